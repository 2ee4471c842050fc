"""The combined `facial_recognition` signal (rules + purpose model, no images): hard cases pinned.

Phrasings here were written for these tests (not taken from the held-out split).
"""

from __future__ import annotations

import pytest

from tests.purpose.conftest import chat
from usegate.purpose import PurposeModel
from usegate.purpose.concepts import concept_of, concept_sequence
from usegate.purpose.features import raw_features
from usegate.signals.base import Memo
from usegate.signals.purpose import Combination, FacialRecognitionSignal, combine
from usegate.signals.text_rules import PurposeVerdict


@pytest.fixture(scope="module")
def signal(model: PurposeModel) -> FacialRecognitionSignal:
    return FacialRecognitionSignal(model=model)


@pytest.mark.parametrize(
    "text",
    [
        "does she have a record? photo attached",  # records lookup by face, slang
        "sla dit gezicht op zodat de camera's hem herkennen",  # nl: save this face so cameras flag him
        "この写真の人物の名前を調べて",  # ja: look up the name of the person in this photo
        "Ce mec, il est dans nos fichiers ?",  # fr: is this guy in our files
    ],
)
def test_recognition_asks_in_new_phrasing_are_flagged(signal: FacialRecognitionSignal, text: str) -> None:
    v = signal.compute(chat(text), Memo())
    assert v.value is True, (text, v.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Hat er was auf dem Kerbholz? Hier sein Gesicht.",  # de slang: does he have priors? here's his face
        "zapamiętaj tę twarz, żeby kamery ją wykryły",  # pl: remember this face so the cameras catch her
        "¿Este señor tiene orden de búsqueda? Te paso su cara",  # es: is he wanted? here's his face
    ],
)
def test_recognition_asks_are_never_cleared(signal: FacialRecognitionSignal, text: str) -> None:
    """Where the signal is not sure, it must go to review, never let a recognition ask through."""
    v = signal.compute(chat(text), Memo())
    assert v.value is not False, (text, v.evidence)


@pytest.mark.parametrize(
    ("text", "image"),
    [
        ("Sfoca i volti dei passanti prima della pubblicazione", True),  # it: blur passers-by
        ("Tel het aantal mensen op het plein", True),  # nl: count the people on the square
        ("Describe the lighting in this portrait", True),  # photo quality, not recognition
        ("Policz osoby w kolejce", True),  # pl: count the people in the queue
        ("写真の人の服装を説明してください", True),  # ja: describe the clothing
        ("Don't identify anyone, just blur the faces", True),
        ("Who is the prime minister of Canada?", False),  # who-question, no face in play
    ],
)
def test_face_adjacent_work_is_not_recognition(
    signal: FacialRecognitionSignal, text: str, image: bool
) -> None:
    v = signal.compute(chat(text, image=image), Memo())
    assert v.value is False, (text, v.evidence)


def test_signal_reads_thresholds_from_the_model(model: PurposeModel, signal: FacialRecognitionSignal) -> None:
    assert model.meta.get("signal"), "train_purpose.py ships the combination thresholds"
    assert signal.combination == Combination.from_meta(model.meta)
    # chosen on training out-of-fold predictions, with a margin: a decision needs a confident model
    assert signal.combination.open_true >= 0.5 > signal.combination.open_false


def _verdict(value: bool | None, kind: str, confidence: float = 0.85) -> PurposeVerdict:
    return PurposeVerdict(value, confidence, ("rule",), kind)


def test_clear_rule_negatives_never_become_recognition() -> None:
    c = Combination()
    for p in (0.0, 0.5, 0.95, 1.0):
        value, _, _ = combine(_verdict(False, "not_recognition"), p, c)
        assert value is not True
    assert combine(_verdict(False, "not_recognition"), 0.99, c)[0] is None  # a doubt goes to review


def test_unrelated_rule_verdict_can_be_overridden_by_a_confident_model() -> None:
    c = Combination(unrelated_true=0.9)
    assert combine(_verdict(False, "unrelated"), 0.95, c)[0] is True
    assert combine(_verdict(False, "unrelated"), 0.5, c)[0] is False


def test_open_rules_follow_the_model_and_wait_for_images() -> None:
    c = Combination(open_true=0.8, open_false=0.2)
    open_ = _verdict(None, "unsure", 0.3)
    assert combine(open_, 0.9, c)[0] is True
    assert combine(open_, 0.5, c)[0] is None
    assert combine(open_, 0.1, c)[0] is False
    assert combine(open_, 0.1, c, images_pending=True)[0] is None


def test_strong_rule_positive_stands_without_the_model() -> None:
    class Never:
        meta: dict[str, object] = {}

        def fr_probability(self, case: object) -> tuple[float, tuple[str, ...]]:
            raise AssertionError("the model must not be consulted")

    sig = FacialRecognitionSignal(model=Never())
    v = sig.compute(chat("Run this face against the mugshot database and give me his name"), Memo())
    assert v.value is True


def test_concepts_transfer_across_languages() -> None:
    assert concept_of("identifizieren") == concept_of("identify") == "IDENTIFY"
    assert concept_of("gezicht") == concept_of("visage") == concept_of("twarzy") == "FACE"
    assert [c for c, _ in concept_sequence(["NOT_identify"])] == ["NOT_IDENTIFY"]
    ja = [c for c, _ in concept_sequence([], "顔を特定しないで")]
    assert "NOT_IDENTIFY" in ja  # Japanese negates after the verb
    de, _ = raw_features(chat("Verpixele alle Gesichter"))
    en, _ = raw_features(chat("Pixelate all faces"))
    shared = {k for k in de if k.startswith("k:")} & {k for k in en if k.startswith("k:")}
    assert "k:BLUR FACE" in shared


def test_concept_evidence_is_explainable(model: PurposeModel) -> None:
    p = model.predict(chat("Gleiche das Gesicht mit der Fahndungsliste ab"))
    assert p.fr is True
    assert all(e.startswith("model: ") for e in p.evidence)
