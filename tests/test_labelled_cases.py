"""Hand-written cases (tests/cases/*.jsonl): real phrasings, expectations from SPEC."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import load_jsonl
from usegate.driver import Decider
from usegate.request.parse import case_from_json

CASES = [c for f in sorted((Path(__file__).parent / "cases").glob("*.jsonl")) for c in load_jsonl(f)]


@pytest.mark.parametrize("data", CASES, ids=[c["id"] for c in CASES])
def test_labelled_case(decider: Decider, data: dict) -> None:  # type: ignore[type-arg]
    decision = decider.decide(case_from_json(data, now=datetime.now(UTC)))
    expect = data["expect"]
    assert decision.outcome.value in expect["accept"], decision.to_json()
    if decision.outcome.value == "deny":
        assert sorted(decision.clauses) == sorted(expect["clauses"]), decision.to_json()
