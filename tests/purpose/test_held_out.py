"""Held-out metrics: a floor that catches regressions, and the issue-3 targets (not yet met: xfail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from usegate.purpose.evaluate import EvalReport, evaluate

TEST_SPLIT = Path(__file__).resolve().parents[2] / "data" / "purpose" / "test.jsonl"


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate(TEST_SPLIT, worst=0)


def test_held_out_floor(report: EvalReport) -> None:
    assert report.n >= 1500
    assert report.fr.f1 >= 0.87
    assert report.face_false_flag_rate <= 0.10
    assert min(d["fr_vs_not"]["f1"] for d in report.per_language.values()) >= 0.80
    assert report.latency_ms["p50"] <= 5.0


@pytest.mark.xfail(
    strict=True, reason="issue-3 target not met yet: held-out F1 0.89, false-flag 8.8% (see DATASHEET.md)"
)
def test_issue_targets(report: EvalReport) -> None:
    assert report.fr.f1 >= 0.95
    assert min(d["fr_vs_not"]["f1"] for d in report.per_language.values()) >= 0.90
    assert report.face_false_flag_rate <= 0.03
