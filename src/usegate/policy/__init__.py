"""Policy packs (data) and the Cedar engine that evaluates them."""
