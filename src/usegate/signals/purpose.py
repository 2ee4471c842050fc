"""What: the `facial_recognition` signal (SPEC §2).

Evidence in order of cost: the transparent rule layer over every text part and
tool definition; the learned purpose model (when installed); then, only when the
text leaves the purpose open, the images (no face at all settles "not
recognition"; an identity document beside a face crop reads as verification; a
face-image embedding request reads as gallery building). A face alone is not
recognition.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from usegate.request.case import Case, is_embeddings
from usegate.signals import cues
from usegate.signals.base import Memo, SignalValue
from usegate.signals.text_rules import (
    CODE_RUN_IDENTIFIES,
    DECLINING,
    TOPIC_CUES,
    PurposeVerdict,
    names_a_face_or_picture,
    normalise,
    purpose,
    turns_after,
)
from usegate.signals.who import anatomy, payload_findings, text_findings

#: a picture named by its address or file name in the ask (the tool fetches it)
_IMAGE_REFERENCE = re.compile(r"\S+\.(?:jpe?g|png|webp|heic|bmp|tiff?)\b|\bdata:image/", re.IGNORECASE)
#: words of a matching workflow's own input and output, in the languages read (normalised text)
_WORKFLOW_WORD = re.compile(
    r"\b(?:case|caso|cas|fall|zaak|sprawa|dosya|kasus|candidates?|kandydat\w*|aday\w*|kandidat\w*|matche?s?|treffer"
    r"|hits?|scores?|puntaje|pontua\w*|wynik\w*|sonuc\w*|hasil|queue|cola|fila|warteschlange|kolejk\w*|kuyruk|antrian"
    r"|evidence|evidencia|prova|preuve|beweis\w*|dowod\w*|delil|bukti|probe|suspect\w*|sospechos\w*|suspeit\w*"
    r"|verdacht\w*|podejrzan\w*|supheli|tersangka|booking|mugshots?|fichas?|fichaje)\b"
    r"|дело|справ[аи]|кандидат|результат|очеред|черг|доказ|подозрева|підозрюван"
    r"|ứng viên|kết quả|hàng đợi|bằng chứng"
    r"|nghi phạm|قضية|مرشح|نتيجة|مشتبه|केस|संदिग्ध|사건|용의자|결과|事件|容疑者|結果|候補"
)
_TOOL_NAMED = re.compile(r"tool definition ([\w.-]+)\)")


def _tool_already_called(case: Case, hits: list[Any]) -> bool:
    """Whether the conversation has called one of the recognition tools the rules found offered."""
    names = {m.group(1) for h in hits for m in _TOOL_NAMED.finditer(h.where)}
    return any(t.role == "tool_call" and t.text.split(" ", 1)[0] in names for t in case.texts)


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


@dataclass(frozen=True)
class Combination:
    """How the rule verdict and the model's P(recognition) combine (thresholds on P).

    Chosen by `scripts/train_purpose.py` on out-of-fold predictions over the TRAINING split
    (never the held-out split) and shipped in the model's metadata (`signal`); these defaults
    apply when a model carries none.
    """

    #: rules see no purpose: the model decides when it is this sure either way
    open_true: float = 0.75
    open_false: float = 0.25
    #: rules say "nothing to do with faces": the model can still say recognition
    unrelated_true: float = 0.75
    #: rules see a clear non-recognition task (blur, count, transcribe, "don't identify"):
    #: the model can only raise a doubt (unknown), never flip it to recognition
    not_recognition_doubt: float = 0.9
    #: rules fired only a weak recognition cue (needs an image): a confident model can doubt it
    weak_true_doubt: float = 0.0

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any] | None) -> Combination:
        signal = (meta or {}).get("signal") or {}
        return cls(**{k: float(v) for k, v in signal.items() if k in cls.__dataclass_fields__})


def combine(
    rules: PurposeVerdict, p: float, c: Combination, *, images_pending: bool = False
) -> tuple[bool | None, float, str]:
    """The signal's value, confidence and a note, from the rule verdict and P(recognition).

    Strong rule positives (confidence >= 0.9) never reach here: they stand without the model.
    """
    if rules.value is True:
        if p < c.weak_true_doubt:
            return None, 0.5, "a weak rule cue, but the model reads no recognition ask"
        return True, max(rules.confidence, p), ""
    if rules.value is False:
        if rules.kind == "unrelated":
            if p >= c.unrelated_true:
                return True, p, ""
            return False, max(rules.confidence, 1.0 - p), ""
        if p >= c.not_recognition_doubt:
            return None, 0.5, "rules and model disagree"
        return False, max(rules.confidence, 1.0 - p), ""
    if p >= c.open_true:
        return True, p, ""
    if p <= c.open_false:
        if images_pending:
            return None, 1.0 - p, ""  # let the images speak before saying no
        return False, 1.0 - p, ""
    return None, rules.confidence, ""


def _is_topic(evidence: str) -> bool:
    """Whether a rule's evidence string is a cue that only names the technology."""
    return any(f"cue '{cue}'" in evidence for cue in TOPIC_CUES)


_TURN = re.compile(r"\((?:messages|input)\[(\d+)\]")


def _turn_in(where: str) -> int:
    """The message index a piece of evidence or a hit's location names (-1 when none)."""
    m = _TURN.search(where)
    return int(m.group(1)) if m else -1


def _only_earlier_turns(evidence: tuple[str, ...], last_turn: int) -> bool:
    """Whether every cue of a rule verdict sits in a turn before the last user turn."""
    turns = [t for e in evidence if (t := _turn_in(e)) >= 0]
    return bool(turns) and last_turn >= 0 and all(t < last_turn for t in turns)


#: the assistant declines ("I can't identify people", "no puedo", "не могу"): in the turn before
#: the last user turn, it marks a retry or a change of task
_REFUSAL = re.compile(
    r"\b(?:i can(?:'|no)?t|i cannot|i'm (?:not able|unable)|i am (?:not able|unable)|i won'?t|i will not"
    r"|i'm sorry|je ne peux pas|je ne suis pas en mesure|no puedo|ich kann (?:\w+ )?(?:nicht|keine)"
    r"|non posso|nao posso|não posso|ik kan (?:\w+ )?niet|nie mog[eę]|yapamam|yardimci olamam|yardımcı olamam"
    r"|saya tidak (?:bisa|dapat)|jag kan (?:\w+ )?inte|toi khong the|tôi không thể)\b"
    r"|не могу|не можу|δεν μπορώ|할 수 없|できません|لا أستطيع|لا يمكنني|नहीं कर सकत"
)


_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _span(text: str) -> int:
    """Length in Latin-letter terms: a kana, kanji or Hangul syllable says what about three letters do
    ("顔をぼかして" is a whole ask, not a bare "next")."""
    return len(text) + 2 * len(_DENSE.findall(text))


def _vector_search(a: Any) -> bool:
    """Vectors of booking or arrest records searched for the nearest, in the ask or the code it
    works on: the reader weighs what is matched even when no face or picture is named."""
    text = normalise(a.text("ask") + "\n" + "\n".join(s.text for s in a.payload if s.source == "code"))
    return bool(
        (cues.VECTOR_RE.search(text) or cues.TEMPLATE_RE.search(text))
        and cues.NEAREST_RE.search(text)
        and cues.BOOKING_RE.search(text)
    )


class ReaderLike(Protocol):
    def __call__(self, case: Case, memo: Memo) -> Any: ...

    def threshold(self, name: str, default: float) -> float: ...


#: a confident rule verdict stands unless the reader is at least this sure of the opposite
#: (P(recognition) at most this against a recognition cue; at least 1 - this against other work)
RULE_DOUBT = 0.1
#: ... and in a long ask (pasted material the anatomy left in the ask: a directive, an article
#: after the instruction), a reader this sure of other work overrules the cues it carries
READER_OVERRULES = 0.02
LONG_ASK = 600
#: an ask this short, alone in its request, is read by the rules alone when they are sure
SHORT_ASK = 240

#: P(recognition) bounds when a reader artifact carries none
#: a turn shorter than this ("next", "go on") says nothing of its own
BARE_TURN = 24
#: the reader's P(recognition) at which a short ask beside an image is read as recognition
SURE_OF_A_SHORT_ASK = 0.9
SURE_SHORT_NOTE = "the reader is sure the few words ask for recognition"
FACES_UNSTATED = "faces present, purpose not stated"
#: with a picture and no cue, a reading of other work clears recognition only below this P
IMAGE_DOUBT = 0.3
#: an ask for other work followed by a second task ("..., then ..."): the reader's P(recognition)
#: at which the second task reads as recognition, and the fewest characters it must have
SECOND_TASK_TRUE = 0.75
SECOND_TASK_CHARS = 12
FR_TRUE = 0.8
FR_FALSE = 0.2


#: an embeddings input item this many words long or more is a passage of text, not a label
PROSE_WORDS = 8


def _documents(case: Case) -> bool:
    """Every text the embeddings request embeds is prose (a sentence of `PROSE_WORDS` words or more)."""
    items = [t.text for t in case.texts if t.role == "input"]
    return bool(items) and all(len(t.split()) >= PROSE_WORDS for t in items)


class FacialRecognitionSignal:
    """`facial_recognition` from the ask: the rule layer (by role), the semantic reader,
    then the images when the text leaves the purpose open.

    The reader's P(recognition) decides with the thresholds chosen at training
    (`fr_true`, `fr_false`). In the band between, a confident rule verdict on the ask
    stands; otherwise the images speak, and failing them the signal is unknown.
    """

    name = "facial_recognition"

    def __init__(
        self,
        model: PurposeModelLike | None = None,
        faces: FaceAnalyzerLike | None = None,
        *,
        reader: ReaderLike | None = None,
        model_threshold: float = 0.75,
    ) -> None:
        self.model = model
        self.reader = reader
        self.faces = faces
        self.threshold = model_threshold
        meta = getattr(model, "meta", None) if model is not None else None
        if isinstance(meta, Mapping) and meta.get("signal"):
            self.combination = Combination.from_meta(meta)
        else:
            t = model_threshold
            self.combination = Combination(open_true=t, open_false=1.0 - t, unrelated_true=t)
        self.fr_true = reader.threshold("fr_true", FR_TRUE) if reader is not None else FR_TRUE
        self.fr_false = reader.threshold("fr_false", FR_FALSE) if reader is not None else FR_FALSE

    def cost(self, case: Case, memo: Memo) -> float:
        base = 1.0 + (4.0 if (self.model is not None or self.reader is not None) else 0.0)
        if case.images and self.faces is not None:
            return base + 60.0 * len(case.images)
        return base

    def offload(self, case: Case, memo: Memo) -> bool:
        return self.reader is not None and "reading" not in memo.values

    def warm(self) -> None:
        warm = getattr(self.reader, "warm", None)
        if warm is not None:
            warm()

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        rules = rule_verdict(case, memo)
        evidence = list(rules.evidence)
        value, confidence = rules.value, rules.confidence
        findings = text_findings(case, memo)
        payload = payload_findings(case, memo)
        for h in payload.recognition_hits[:2]:
            evidence.append(h.evidence("payload mentions") + " (the material, not the ask)")
        faceless = (
            not case.images
            and not findings.visual
            and not findings.face_words
            and not payload.recognition_hits
            and not payload.face_words
            and not _vector_search(anatomy(case, memo))  # last: it normalises the ask again
        )
        if is_embeddings(case.endpoint) and not case.images and (not findings.face_words or _documents(case)):
            # embeddings of text that names no face, or of sentences (a policy on face recognition
            # chunked for search): vectors of words, not face templates; short labels that name
            # faces ("face of subject 670") are read on
            value, confidence = False, 0.85
            evidence.append("embeddings of text only, no face named or prose for search: not face templates")
        elif rules.value is False and faceless:
            # no image, no picture or face anywhere, and the words ask for other work: there is
            # no face to recognise, so the reader is not consulted
            evidence.append("no image and no face or picture in the request")
        elif self._nothing_to_match(case, memo, rules):
            # the deployer offers a face-search tool, but this request gives it nothing: no image,
            # and an ask that names no face or picture (a newsletter, a translation, a timesheet)
            value, confidence = False, 0.7
            evidence.append(
                "a recognition tool is offered, but the request carries no image and its ask names "
                "no face or picture: nothing to match"
            )
        elif self._ask_abandoned(case, memo, rules):
            # "who is this?" / "I can't identify people" / "ok, just summarise the report then":
            # the user dropped the declined ask and asks for other work in the last turn
            value, confidence = False, 0.8
            evidence.append(
                "the assistant declined the earlier ask, and the last turn asks for other work instead"
            )
        elif self._rules_settle_a_short_ask(case, memo, rules):
            # one short turn, nothing pasted, no deployer text: the cue is the ask itself, and a
            # reading could only raise a doubt the material cannot cause (the reader is not run)
            evidence.append("a short ask with nothing pasted: the rule cue is the ask")
        elif is_embeddings(case.endpoint) and case.images and self.faces is not None:
            # embeddings of images: what the images hold decides (a face makes a face template,
            # whatever the caption beside it says); the reader is not asked about a caption
            value, confidence = None, 0.3
        elif self.reader is not None:
            value, confidence = self._read(case, memo, rules, evidence)
        elif self.model is not None and not (rules.value is True and rules.confidence >= 0.9):
            value, confidence = self._ngram(case, memo, rules, findings, evidence)
        if value is None and case.images and self.faces is not None:
            value, confidence, image_evidence = self._from_images(case, memo)
            evidence.extend(image_evidence)
            if value is None and SURE_SHORT_NOTE in evidence and image_evidence[-1:] == [FACES_UNSTATED]:
                value, confidence = True, 0.8
                evidence.append("a face, and a few words the reader is sure ask who it is: recognition")
        if value is None and case.images and self.faces is None:
            evidence.append("images not analysed: the vision extra is not installed")
        return SignalValue(value, confidence, tuple(evidence))

    def _rules_settle_a_short_ask(self, case: Case, memo: Memo, rules: PurposeVerdict) -> bool:
        if rules.value is None or rules.confidence < 0.85 or is_embeddings(case.endpoint):
            return False
        if rules.value is True and all(
            _is_topic(e) for e in rules.evidence if "recognition cue" in e or "recognition (" in e
        ):
            return False  # only the technology named: the topic as often as the task
        a = anatomy(case, memo)
        if a.payload or a.instructions or a.earlier_ask or a.truncated:
            return False
        return len(a.last_ask) <= SHORT_ASK

    def _ask_abandoned(self, case: Case, memo: Memo, rules: PurposeVerdict) -> bool:
        """Every recognition cue sits in a turn before the last, the assistant declined in the
        turn just before it, and the last turn names other work of its own (a decline alone,
        "just numbers, not identification", is a retry, not other work)."""
        a = anatomy(case, memo)
        if rules.value is not True or not _only_earlier_turns(rules.evidence, a.last_turn):
            return False
        before = [s for s in a.payload if s.source == "assistant" and s.turn == a.last_turn - 1]
        if not any(_REFUSAL.search(s.text.lower()) for s in before):
            return False
        f = text_findings(case, memo)
        last = [h for h in f.not_recognition if _turn_in(h.where) == a.last_turn]
        work = [h for h in last if h.cue not in DECLINING and not h.cue.startswith("do not identify")]
        return bool(work) and not any(_turn_in(h.where) == a.last_turn for h in f.recognition_hits)

    def _nothing_to_match(self, case: Case, memo: Memo, rules: PurposeVerdict) -> bool:
        if case.images or not rules.evidence:
            return False
        f = text_findings(case, memo)
        hits = [*f.identify, *f.verify, *f.gallery, *f.tools]
        if rules.value is False or not hits or not all(h.where.startswith("instructions") for h in hits):
            return False
        a = anatomy(case, memo)
        if len(a.last_ask.strip()) < BARE_TURN and not a.earlier_ask:
            # "next", "go", "अगला": the turn only moves the deployer's workflow on, and the
            # workflow is the face search; the reader weighs it with the instructions
            return False
        ask = a.text("ask")
        if _WORKFLOW_WORD.search(normalise(ask)) and not any(
            h.where.startswith("ask") and h.cue not in DECLINING for h in f.not_recognition
        ):
            # the deployer's instructions run a face search and the ask feeds it ("case 88123,
            # evidence item 4, list the candidates"): a case, a queue, candidates, scores. An ask
            # with none of that ("Tools: face_match, payroll" and an overtime sum, a lost-luggage
            # notice) gives the search nothing to match
            return False
        if _IMAGE_REFERENCE.search(ask) or _tool_already_called(case, hits):
            # "evidencia https://…/frame_0042.jpg — dale": the picture travels by address; or the
            # conversation has already run the face search and "siguiente" asks for the next one
            return False
        return not names_a_face_or_picture(ask)

    def _read(
        self, case: Case, memo: Memo, rules: PurposeVerdict, evidence: list[str]
    ) -> tuple[bool | None, float]:
        assert self.reader is not None
        r = self.reader(case, memo)
        p = r.fr_probability
        top = sorted(r.purpose.probabilities.items(), key=lambda kv: -kv[1])[:2]
        how = " (n-grams and rule cues, sure without the encoder)" if getattr(r, "fast", False) else ""
        evidence.append(
            f"reader{how}: P(recognition)={p:.2f}; "
            + ", ".join(f"{lab} {q:.2f}" for lab, q in top)
            + f"; from {r.purpose.explain()}; ask read: '{r.quote()}'"
        )
        says_little = _span(r.texts.ask) < BARE_TURN and not r.texts.setup and not r.texts.instructions
        if says_little and rules.value is None and case.images and self.faces is not None:
            # "next one" under an image, and nothing else: the words say nothing about the
            # purpose, so the images speak (no face: not recognition; a face: unknown, unless
            # the reader is sure the few words ask who it is: "¿quién es?", "vem", "розпізнай")
            evidence.append("the ask says little: the images decide")
            if p >= SURE_OF_A_SHORT_ASK:
                evidence.append(SURE_SHORT_NOTE)
            return None, 0.5
        named_only = rules.value is True and all(
            _is_topic(e) for e in rules.evidence if "recognition cue" in e or "recognition (" in e
        )
        if named_only:
            # the only cue names the technology ("facial recognition", "FRT"): as likely the topic
            # of a policy, a memo or a records reply as the ask; the reader weighs it in context
            evidence.append("the rules only saw the technology named: the reader decides")
        if rules.value is True and rules.confidence >= 0.85 and not named_only:
            # a recognition cue in the ask or the instructions: the reader can only raise a doubt
            if p <= READER_OVERRULES and len(anatomy(case, memo).last_ask) >= LONG_ASK and not case.images:
                evidence.append(
                    "the reader reads the whole ask as other work: the cues stand in material it carries"
                )
                return False, 1.0 - p
            if p <= RULE_DOUBT and not any(CODE_RUN_IDENTIFIES in e for e in rules.evidence):
                # (code or a form the ask runs is read by the rules only: the reader sees prose)
                evidence.append("the rules read recognition, the reader reads none: in doubt")
                return None, 0.5
            return True, max(rules.confidence, p)
        if rules.value is False and rules.kind == "not_recognition":
            # the words ask for other work (blur, transcribe, summarise, describe): the same
            if p >= self.fr_true and _only_earlier_turns(rules.evidence, anatomy(case, memo).last_turn):
                # "summarise the radio log" two turns ago, "now match his face" in the last: the
                # ask turned, and the reader reads the last turn
                evidence.append(
                    "the other work was asked in an earlier turn; the last turn asks for recognition"
                )
                return True, p
            other_work = (h.quote for h in text_findings(case, memo).not_recognition)
            second = turns_after(anatomy(case, memo).last_ask, other_work)
            if p >= SECOND_TASK_TRUE and len(second) >= SECOND_TASK_CHARS:
                # "translate the statement, then take the doorbell still and find him in our
                # booking photos": the other work comes first, and the reader reads the ask as a
                # whole as recognition
                evidence.append(f"the other work is asked first, then more: '{second[:80]}'")
                return True, p
            if p >= 1.0 - RULE_DOUBT:
                evidence.append("the rules read other work, the reader reads recognition: in doubt")
                return None, 0.5
            return False, max(rules.confidence, 1.0 - p)
        if p >= self.fr_true:
            if rules.value is None and top[0][0] != "gallery" and self._no_face_anywhere(case, memo):
                # "what is this object?", "what kind of boat is that?": a question about a picture
                # reads like "who is this?", but no picture holds a face and no word asks for one
                evidence.append("the reader reads a question about a person, but no image holds a face")
                return False, 0.7
            return True, p
        if p <= self.fr_false and not (rules.value is None and case.images and p > IMAGE_DOUBT):
            return False, 1.0 - p
        if p <= self.fr_false:
            # no cue either way, a picture, and a reading that is not sure enough to clear it:
            # the pictures decide (no face: not recognition; a face: unknown, so review)
            evidence.append(
                f"the reader leans to other work, not surely enough beside a picture (P > {IMAGE_DOUBT})"
            )
            return None, 0.5
        evidence.append("the reader is unsure")
        return None, 0.5

    def _no_face_anywhere(self, case: Case, memo: Memo) -> bool:
        """Every image analysed and none holds a face (False without images or vision)."""
        if not case.images or self.faces is None:
            return False
        reports = self.faces(case, memo)
        analysed = [r for r in reports if getattr(r, "error", None) is None]
        return len(analysed) == len(case.images) and all(r.faces == 0 for r in analysed)

    def _ngram(
        self, case: Case, memo: Memo, rules: PurposeVerdict, findings: Any, evidence: list[str]
    ) -> tuple[bool | None, float]:
        assert self.model is not None
        with_findings = getattr(self.model, "fr_probability_with_findings", None)
        if with_findings is not None:
            p, model_evidence = with_findings(case, findings)
        else:
            p, model_evidence = self.model.fr_probability(case)
        evidence.append(
            f"purpose model: P(recognition)={p:.2f}"
            + (f" ({', '.join(model_evidence)})" if model_evidence else "")
        )
        pending = bool(case.images) and self.faces is not None
        value, confidence, note = combine(rules, p, self.combination, images_pending=pending)
        if note:
            evidence.append(note)
        return value, confidence

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
        if is_embeddings(case.endpoint):
            return True, 0.85, [*evidence, "embeddings of face images make face templates"]
        has_id = any(r.id_document for r in analysed)
        crops = [r for r in analysed if r.tight_crop and not r.id_document]
        if has_id and crops:
            return True, 0.75, [*evidence, "an identity document beside a face crop: verification"]
        return None, 0.4, [*evidence, FACES_UNSTATED]
