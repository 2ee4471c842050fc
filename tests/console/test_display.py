"""What the pages show: form times, the role an evidence string came from, chart buckets."""

from __future__ import annotations

import pytest

from usegate.console.display import HOUR, buckets, evidence_role, parse_when, short, when
from usegate.console.index import micros


def test_form_times() -> None:
    assert parse_when("") is None
    assert parse_when("2026-06-01") == micros("2026-06-01T00:00:00Z")
    assert parse_when("2026-06-01", end=True) == micros("2026-06-02T00:00:00Z")  # the whole day
    assert parse_when("2026-06-01T10:30") == micros("2026-06-01T10:30:00Z")
    with pytest.raises(ValueError, match="cannot read the time `yesterday`"):
        parse_when("yesterday")


@pytest.mark.parametrize(
    "evidence, record, role",
    [
        # the message the location points at, when the body was kept
        (
            "text (messages[1].content): recognition cue",
            {"input": {"messages": [{"role": "system"}, {"role": "user"}]}},
            "user",
        ),
        # the readers' form: the role leads the evidence
        ("ask (messages[2].content): recognition cue 'who is this person': 'who is he'", {}, "ask"),
        ("payload (messages[1].content, quoted): recognition cue 'who is': 'who's he?'", {}, "payload"),
        ("instructions (tool definition match_face): tool cue", {}, "instructions"),
        # a role the evidence names itself
        ("text (ask, messages[2]): 'who is he'", {}, "ask"),
        ("text (payload, messages[0]): 'who's he?'", {}, "payload"),
        ("text (tools.match_face): tool schema", {}, "tool schema"),
        ("declared X-Usegate-Capture-Mode: live", {}, "declaration"),
        ("image 1: 1 face", {}, "image"),
        # nothing to go on: no role shown
        ("text (messages[0].content): cue", {"input": None}, None),
        ("tenant `spd` (registry)", {}, None),
    ],
)
def test_evidence_role(evidence: str, record: dict[str, object], role: str | None) -> None:
    assert evidence_role(evidence, record) == role


def test_chart_buckets_and_labels() -> None:
    start = micros("2026-06-01T00:00:00Z")
    hours = {start: {"allow": 2}, start + 5 * HOUR: {"deny": 1}}
    hourly = buckets(hours, start, start + 10 * HOUR)
    assert len(hourly) == 10 and hourly[0] == ("00:00", {"allow": 2}) and hourly[5][1] == {"deny": 1}
    daily = buckets(hours, start - 20 * 24 * HOUR, start + HOUR)
    assert len(daily) == 21 and daily[-1][1] == {"allow": 2, "deny": 1}
    assert buckets({}, None, start) == []
    assert when("2026-06-01T10:30:00.123456Z") == "2026-06-01 10:30:00"
    assert short("azure-openai-coc/us-police-facial-recognition") == "us-police-facial-recognition"
