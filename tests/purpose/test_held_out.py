"""Held-out metrics: regression floors, issue 3's targets on the combined signal, and the same
targets on the model alone, which it does not meet (a strict xfail that fails if it ever does)."""

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
    reason="issue-3 targets are met by the combined signal, not by the model alone (see DATASHEET.md)",
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


def test_combined_signal_meets_issue_targets() -> None:
    """Issue 3's targets for the product signal (rules + model, no images), read three-valued:
    F1 of recognition vs not over the requests the signal decides (unknown is a third
    outcome, human review), overall >= 0.95 and >= 0.90 in every language; F1 with unknown
    counted as recognition (refused at the door) >= 0.95; face-related requests decided as
    recognition <= 3%; unknown <= 15%."""
    from usegate.purpose.dataset import load_examples
    from usegate.purpose.model import FR_LABELS
    from usegate.signals.base import Memo
    from usegate.signals.model import load_purpose_model
    from usegate.signals.purpose import FacialRecognitionSignal

    def f1(pairs: list[tuple[bool, bool]]) -> float:
        tp = sum(g and p for g, p in pairs)
        fp = sum(p and not g for g, p in pairs)
        fn = sum(g and not p for g, p in pairs)
        return 2 * tp / (2 * tp + fp + fn)

    signal = FacialRecognitionSignal(model=load_purpose_model())
    rows = [
        (ex.lang, ex.label in FR_LABELS, ex.label, signal.compute(ex.case, Memo()).value)
        for ex in load_examples(TEST_SPLIT)
    ]
    decided = [(g, bool(v)) for _, g, _, v in rows if v is not None]
    assert f1(decided) >= 0.95
    for lang in {r[0] for r in rows}:
        assert f1([(g, bool(v)) for la, g, _, v in rows if la == lang and v is not None]) >= 0.90, lang
    assert f1([(g, v is not False) for _, g, _, v in rows]) >= 0.95
    face = [v for _, _, lab, v in rows if lab == "face_not_recognition"]
    assert sum(v is True for v in face) / len(face) <= 0.03
    assert sum(v is None for *_, v in rows) / len(rows) <= 0.15
