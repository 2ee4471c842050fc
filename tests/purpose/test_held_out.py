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
    strict=True,
    reason="issue-3 target not met by the model alone: held-out F1 0.91, false-flag 9.5% (see DATASHEET.md)",
)
def test_issue_targets(report: EvalReport) -> None:
    assert report.fr.f1 >= 0.95
    assert min(d["fr_vs_not"]["f1"] for d in report.per_language.values()) >= 0.90
    assert report.face_false_flag_rate <= 0.03


def test_combined_signal_held_out_floor() -> None:
    """The product signal (rules + model, no images) on the held-out split: a regression floor."""
    from usegate.purpose.dataset import load_examples
    from usegate.purpose.model import FR_LABELS
    from usegate.signals.base import Memo
    from usegate.signals.model import load_purpose_model
    from usegate.signals.purpose import FacialRecognitionSignal

    signal = FacialRecognitionSignal(model=load_purpose_model())
    rows = [(ex.label, signal.compute(ex.case, Memo()).value) for ex in load_examples(TEST_SPLIT)]
    n = len(rows)
    decided = [(lab in FR_LABELS, v) for lab, v in rows if v is not None]
    tp = sum(g and v for g, v in decided)
    fp = sum(v and not g for g, v in decided)
    fn = sum(g and not v for g, v in decided)
    face = [v for lab, v in rows if lab == "face_not_recognition"]
    assert sum(v is None for _, v in rows) / n <= 0.20
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95
    assert sum(v is True for v in face) / len(face) <= 0.05
