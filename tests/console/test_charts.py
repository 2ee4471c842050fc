"""Server-side SVG charts escape their labels."""

from __future__ import annotations

from usegate.console.charts import bars, columns


def test_labels_are_escaped_and_counts_drawn() -> None:
    svg = bars([("<script>x</script>", {"allow": 3, "deny": 1})], title="t")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count("<rect") == 2
    svg = columns([("11-30", {"allow": 5, "review": 2}), ("12-01", {})], title="<t>")
    assert svg.startswith("<svg") and "&lt;t&gt;" in svg and svg.count("<rect") == 2


def test_empty_charts_say_so() -> None:
    assert "no decisions" in columns([])
    assert "none" in bars([])
