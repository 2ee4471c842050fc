"""What: the `facial_recognition` signal (SPEC §2).

Evidence in order of cost: the transparent rule layer over every text part and
tool definition; the learned purpose model (when installed); then, only when the
text leaves the purpose open, the images (no face at all settles "not
recognition"; an identity document beside a face crop reads as verification; a
face-image embedding request reads as gallery building). A face alone is not
recognition.
"""

from __future__ import annotations

from typing import Any, Protocol

from usegate.request.case import Case
from usegate.signals.base import Memo, SignalValue
from usegate.signals.text_rules import PurposeVerdict, purpose
from usegate.signals.who import text_findings


class PurposeModelLike(Protocol):
    def fr_probability(self, case: Case) -> tuple[float, tuple[str, ...]]: ...


class FaceAnalyzerLike(Protocol):
    def __call__(self, case: Case, memo: Memo) -> list[Any]: ...


def rule_verdict(case: Case, memo: Memo) -> PurposeVerdict:
    return memo.get(
        "purpose_rules",
        lambda: purpose(
            text_findings(case, memo),
            # a declared capture device or mode says imagery is in play even when no image is attached
            has_images=bool(case.images) or any(case.declared(k) for k in ("capture_device", "capture_mode")),
            endpoint=case.endpoint,
        ),
    )


class FacialRecognitionSignal:
    name = "facial_recognition"

    def __init__(
        self,
        model: PurposeModelLike | None = None,
        faces: FaceAnalyzerLike | None = None,
        *,
        model_threshold: float = 0.75,
    ) -> None:
        self.model = model
        self.faces = faces
        self.threshold = model_threshold

    def cost(self, case: Case, memo: Memo) -> float:
        base = 1.0 + (3.0 if self.model is not None else 0.0)
        if case.images and self.faces is not None:
            return base + 60.0 * len(case.images)
        return base

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        rules = rule_verdict(case, memo)
        evidence = list(rules.evidence)
        value, confidence = rules.value, rules.confidence
        if self.model is not None and not (rules.value is True and rules.confidence >= 0.9):
            p, model_evidence = self.model.fr_probability(case)
            evidence.append(
                f"purpose model: P(recognition)={p:.2f}"
                + (f" ({', '.join(model_evidence)})" if model_evidence else "")
            )
            if rules.value is True:
                confidence = max(confidence, p)
            elif rules.value is False:
                if rules.kind == "unrelated":
                    if p >= self.threshold:
                        value, confidence = True, p
                    else:
                        confidence = max(confidence, 1.0 - p)
                elif p >= 0.9:
                    value, confidence = None, 0.5
                    evidence.append("rules and model disagree")
                else:
                    confidence = max(confidence, 1.0 - p)
            elif p >= self.threshold:
                value, confidence = True, p
            elif p <= 1.0 - self.threshold:
                if case.images and self.faces is not None:
                    value, confidence = None, 1.0 - p  # let the images speak before saying no
                else:
                    value, confidence = False, 1.0 - p
        if value is None and case.images and self.faces is not None:
            value, confidence, image_evidence = self._from_images(case, memo)
            evidence.extend(image_evidence)
        if value is None and case.images and self.faces is None:
            evidence.append("images not analysed: the vision extra is not installed")
        return SignalValue(value, confidence, tuple(evidence))

    def _from_images(self, case: Case, memo: Memo) -> tuple[bool | None, float, list[str]]:
        assert self.faces is not None
        reports = self.faces(case, memo)
        evidence: list[str] = []
        analysed = [r for r in reports if getattr(r, "error", None) is None]
        for r in reports:
            evidence.extend(r.evidence())
        if not reports or len(analysed) < len(case.images):
            return None, 0.3, evidence
        if all(r.faces == 0 for r in analysed):
            return False, 0.8, [*evidence, "no face in any image"]
        if case.endpoint.endswith("/embeddings"):
            return True, 0.85, [*evidence, "embeddings of face images make face templates"]
        has_id = any(r.id_document for r in analysed)
        crops = [r for r in analysed if r.tight_crop and not r.id_document]
        if has_id and crops:
            return True, 0.75, [*evidence, "an identity document beside a face crop: verification"]
        return None, 0.4, [*evidence, "faces present, purpose not stated"]
