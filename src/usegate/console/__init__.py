"""The compliance console: a server-side rendered Starlette app under /console."""
