"""Context: `real_time`, `mobile_camera` and `uncontrolled` (SPEC §2, needed by C2).

Sources in order of cost: declarations (`X-Usegate-Capture-Device`,
`X-Usegate-Capture-Mode`, `X-Usegate-Environment` or the same keys under
`metadata`), text cues, the gateway's session frame rate (real_time), EXIF, and
burned-in overlays read by OCR (only when nothing cheaper settled the signal).

A declaration is evidence: it settles the signal when nothing in the request
contradicts it. When content contradicts it, it does not count; the value comes
from the content, and the contradiction is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from usegate.request.case import Case, is_embeddings
from usegate.signals.base import Memo, SignalValue
from usegate.signals.text_rules import context, only_bare_now
from usegate.signals.who import anatomy, context_findings

DECLARATIONS: dict[str, tuple[str, dict[str, bool]]] = {
    "mobile_camera": (
        "capture_device",
        {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False},
    ),
    "real_time": ("capture_mode", {"live": True, "recorded": False}),
    "uncontrolled": ("environment", {"uncontrolled": True, "controlled": False}),
}

#: content contradicts a declaration only when its strongest evidence is at least this sure
CONTRADICTS = 0.7
#: ... or this sure, when the declaration said the lower-risk value (recorded, fixed, controlled)
CONTRADICTS_LOWER_RISK = 0.45
#: when content disagrees, a side whose strongest evidence is this much surer wins
OUTWEIGHS = 0.2
#: the reader's context heads count as content with their probability times this: a reading of
#: the words, weaker than a camera's EXIF or overlay
READER_WEIGHT = 0.8

#: a controlled place named by a rule cue stands against the reader's "uncontrolled" below this P
PLACE_NAMED_WINS = 0.97
#: ... and below this P when the place is named only in the instructions or an earlier turn
PLACE_NAMED_ELSEWHERE_WINS = 0.8
#: the reader's head must be at least this sure to read the lower-risk value (false) on its own
LOWER_RISK_READING = 0.7

#: frames per minute in one session above which a stream of images reads as live
LIVE_FRAME_RATE = 6.0

#: (case, memo, with_ocr) -> per-signal values from image analysis
ImageContext = Callable[[Case, Memo, bool], Mapping[str, SignalValue]]


def declared(case: Case, signal: str) -> tuple[bool | None, str | None, str | None]:
    """(value, evidence, problem) of the declaration for `signal`."""
    key, table = DECLARATIONS[signal]
    raw = case.declared(key)
    if raw is None:
        return None, None, None
    header = "X-Usegate-" + "-".join(w.capitalize() for w in key.split("_"))
    norm = raw.strip().lower().replace("-", "_").replace(" ", "_")
    if norm not in table:
        return None, None, f"declared {header} `{raw}` is not one of {', '.join(table)}: ignored"
    return table[norm], f"declared {header}: {norm}", None


class ContextSignal:
    def __init__(self, name: str, images: ImageContext | None = None, reader: Any = None) -> None:
        if name not in DECLARATIONS:
            raise ValueError(f"unknown context signal `{name}`")
        self.name = name
        self.images = images
        self.reader = reader
        self.speaks = reader.threshold(f"{name}_speaks", 0.9) if reader is not None else 1.1
        fast = getattr(reader, "fast_threshold", None)
        self.speaks_fast = fast(f"{name}_speaks", self.speaks) if fast is not None else self.speaks

    def offload(self, case: Case, memo: Memo) -> bool:
        return self.reader is not None and "reading" not in memo.values

    def _read(self, case: Case, memo: Memo) -> list[tuple[bool, float, str]]:
        """The reader's head for this signal, when it is sure the request says true or false."""
        if self.reader is None:
            return []
        reading = self.reader(case, memo)
        r, fast = reading.context[self.name], getattr(reading, "fast", False)
        p = r.probabilities.get(r.label, 0.0)
        if r.label == "unsaid" or p < (self.speaks_fast if fast else self.speaks):
            return []
        if r.label == "false" and p < LOWER_RISK_READING:
            # fail closed: a reading of the words that lowers the risk (recorded, fixed, indoors)
            # must be surer than one that raises it
            return []
        return [
            (
                r.label == "true",
                p * READER_WEIGHT,
                f"reader{' (without the encoder)' if fast else ''}: {self.name}={r.label} "
                f"(P={p:.2f}; from {r.explain()})",
            )
        ]

    def _cheap(self, case: Case, memo: Memo) -> tuple[list[tuple[bool, float, str]], list[str]]:
        """Content evidence from the text, the reader and the session, and notes."""
        text = context(context_findings(case, memo), self.name)
        rules = (
            [(bool(text.value), text.confidence, e) for e in text.evidence] if text.value is not None else []
        )
        read = self._read(case, memo)
        if (
            read
            and self.name == "uncontrolled"
            and read[0][0]
            and any(not r[0] for r in rules)
            and (read[0][1] < self._place_wins_below(case, memo, rules) * READER_WEIGHT)
        ):
            # a controlled place named in the words (a custody cell, a station) is harder evidence
            # than a reading that the scene is outdoors: the place stands, the reading is noted
            out = [r for r in rules if not r[0]]
            notes = [f"{read[0][2]} (outweighed by the place named)"]
        elif read:
            # the reader weighs every cue of the ask in its setting; a rule cue it outweighs
            # (the month "March", "our station's photos" on a street) is noted, not counted
            out = read + [r for r in rules if r[0] == read[0][0]]
            notes = [f"{r[2]} (outweighed by the reader)" for r in rules if r[0] != read[0][0]]
        else:
            out, notes = rules, []
        if self.name == "real_time":
            rate = case.extras.get("session_frames_per_minute")
            if isinstance(rate, int | float) and rate >= LIVE_FRAME_RATE:
                out.append((True, 0.8, f"session: {rate:.0f} image frames a minute (live stream)"))
        return out, notes

    @staticmethod
    def _place_wins_below(case: Case, memo: Memo, rules: list[tuple[bool, float, str]]) -> float:
        """How sure the reader must be that the scene is in the wild to outweigh a controlled place
        the words name. A place in the last turn is where the officer is: it stands unless the
        reading is all but certain. A place named only in the deployer's instructions (the unit's
        name: "Polrestabes Medan", "custody assistant"), or in an earlier turn when the last one
        names the street, may not be where this picture was taken: a sure reading outweighs it."""
        a = anatomy(case, memo)
        last = tuple(f"{s.where}:" for s in a.ask if s.turn == a.last_turn)
        places = [r for r in rules if not r[0]]
        if last and any(r[2].startswith(last) for r in places):
            return PLACE_NAMED_WINS
        if any(r[2].startswith("ask (") for r in places) and not any(
            r[0] and r[2].startswith(last) for r in rules
        ):
            # an earlier turn of the officer's ("I'm in interview room 2") still sets the scene,
            # unless the last turn itself names the street
            return PLACE_NAMED_WINS
        return PLACE_NAMED_ELSEWHERE_WINS

    def cost(self, case: Case, memo: Memo) -> float:
        # uncontrolled is asked last among equals: it may be inferred from the other two
        return self._cost(case, memo) + (0.5 if self.name == "uncontrolled" else 0.0)

    def _cost(self, case: Case, memo: Memo) -> float:
        value, _, _ = declared(case, self.name)
        if self.reader is not None and "reading" not in memo.values:
            return 5.0 + (5.0 * len(case.images) if case.images and self.images is not None else 0.0)
        if not case.images or self.images is None:
            return 1.0
        if value is not None or self._cheap(case, memo)[0]:
            return 1.0 + 5.0 * len(case.images)
        return 1.0 + 255.0 * len(case.images)

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        value, decl_evidence, problem = declared(case, self.name)
        content, notes = self._cheap(case, memo)
        notes = ([problem] if problem else []) + notes
        if case.images and self.images is not None:
            cheap_images = self.images(case, memo, False).get(self.name)
            if cheap_images is not None and cheap_images.value is not None:
                content += [
                    (bool(cheap_images.value), cheap_images.confidence, e) for e in cheap_images.evidence
                ]
            if value is None and not content:
                ocr = self.images(case, memo, True).get(self.name)
                if ocr is not None:
                    if ocr.value is not None:
                        content += [(bool(ocr.value), ocr.confidence, e) for e in ocr.evidence]
                    else:
                        notes.extend(ocr.evidence)
        if self.name == "real_time" and value is None and not content and is_embeddings(case.endpoint):
            # an embeddings request enrols or indexes what it is given; nothing says it was captured
            # moments ago (a live frame says so through its text, its EXIF or its overlay)
            content = [(False, 0.7, "embeddings request: enrolment or indexing, nothing captured live")]
        if self.name == "real_time" and value is None and not content and not self._setting_said(case, memo):
            # SPEC §3 decides on the *plausible* values of what is unknown: a live identification
            # on a mobile camera in the wild is said or shown somewhere (words, a declaration,
            # EXIF, an overlay, a stream of frames). When nothing speaks of any of the three,
            # the request works on material already captured
            content = [
                (
                    False,
                    0.6,
                    "nothing in the request speaks of a live capture, a mobile camera or a public "
                    "place: read as material already captured",
                )
            ]
        if self.name == "real_time" and any(not c[0] and "EXIF DateTimeOriginal" in c[2] for c in content):
            if only_bare_now(context_findings(case, memo)):
                # the camera's clock says hours or days ago; the only live word is a bare "now"
                # (when the officer asks): the readings that rest on it give way to the camera
                dropped = [c for c in content if c[0] and not c[2].startswith("image")]
                content = [c for c in content if c not in dropped]
                notes.extend(f"{c[2]} (a bare 'now': the camera's clock wins)" for c in dropped)
        result = _combine(value, decl_evidence, content, notes)
        if self.name == "uncontrolled" and result.value is None and value is None and not content:
            return self._in_the_field(memo) or result
        return result

    def _setting_said(self, case: Case, memo: Memo) -> bool:
        """Whether anything cheap in the request says the capture is mobile or in a public place
        (declarations, text cues, the reader, EXIF): what keeps a live capture plausible."""
        for name in ("mobile_camera", "uncontrolled"):
            if declared(case, name)[0] is not None:
                return True
            content, _ = ContextSignal(name, self.images, self.reader)._cheap(case, memo)
            if any(c[0] for c in content):
                return True
            if case.images and self.images is not None:
                seen = self.images(case, memo, False).get(name)
                if seen is not None and seen.value is True:
                    return True
        return False

    def _in_the_field(self, memo: Memo) -> SignalValue | None:
        """Nothing names the place, but the capture is live and on a mobile camera: the
        amendment's own example (officers on patrol with body-worn or dash cameras). Read as
        uncontrolled unless something names a controlled place; computed after the other two."""
        live, mobile = memo.signals.get("real_time"), memo.signals.get("mobile_camera")
        if live is None or mobile is None or live.value is not True or mobile.value is not True:
            return None
        return SignalValue(
            True,
            0.6,
            (
                "inferred: a live capture on a mobile camera, and no controlled place named: in the field",
                f"real_time: {live.evidence[0] if live.evidence else 'true'}",
                f"mobile_camera: {mobile.evidence[0] if mobile.evidence else 'true'}",
            ),
        )


def _combine(
    declared_value: bool | None,
    declared_evidence: str | None,
    content: Sequence[tuple[bool, float, str]],
    notes: list[str],
) -> SignalValue:
    yes = [c for c in content if c[0]]
    no = [c for c in content if not c[0]]
    evidence = [c[2] for c in content]
    top_yes = max((c[1] for c in yes), default=0.0)
    top_no = max((c[1] for c in no), default=0.0)
    camera_side = _camera_against_reader(yes, no)
    if camera_side is not None:
        # what a camera recorded (EXIF make and capture time, a burned-in overlay) outweighs a
        # reading of the words: the reader's side is noted, not counted
        read = "false" if camera_side else "true"
        notes = [*notes, f"evidence disagrees; the camera's own data wins over the reader's {read}"]
        yes, no = (yes, []) if camera_side else ([], no)
    elif yes and no and abs(top_yes - top_no) >= OUTWEIGHS:
        # hard evidence (a camera's EXIF, a burned-in overlay) outweighs a reading of the words
        weaker = "false" if top_yes > top_no else "true"
        notes = [*notes, f"evidence disagrees; the stronger side wins over the {weaker} side"]
        yes, no = (yes, []) if top_yes > top_no else ([], no)
    if yes and no:
        content_value: bool | None = None
    elif yes:
        content_value = True
    elif no:
        content_value = False
    else:
        content_value = None
    content_conf = max((c[1] for c in content), default=0.0)
    if declared_value is not None:
        assert declared_evidence is not None
        if content_value is None and not (yes and no):
            return SignalValue(declared_value, 0.9, (declared_evidence, *notes))
        if content_value == declared_value:
            return SignalValue(declared_value, 0.97, (declared_evidence, *evidence, *notes))
        # fail closed: a declaration that lowers the risk ("recorded", "fixed", "controlled") is
        # doubted on weaker evidence than one that raises it
        needed = CONTRADICTS_LOWER_RISK if content_value is True else CONTRADICTS
        if content_conf < needed:
            # a weak reading of the words does not overturn an attestation: noted, not counted
            weak = "; ".join(c[2] for c in content if c[0] != declared_value)
            return SignalValue(
                declared_value,
                0.8,
                (declared_evidence, *notes, f"weak contrary evidence, not counted: {weak}"),
            )
        contradiction = f"{declared_evidence}, contradicted by the request: " + "; ".join(
            c[2] for c in content if c[0] != declared_value
        )
        return SignalValue(
            content_value,
            content_conf * 0.9 if content_value is not None else 0.3,
            (*evidence, *notes),
            contradictions=(contradiction,),
        )
    if content_value is None:
        if yes and no:
            notes = [*notes, "evidence disagrees"]
        return SignalValue(None, 0.3 if content else 0.0, (*evidence, *notes) or ("no evidence",))
    return SignalValue(content_value, content_conf, (*evidence, *notes))


def _camera_against_reader(
    yes: Sequence[tuple[bool, float, str]], no: Sequence[tuple[bool, float, str]]
) -> bool | None:
    """The side (True/False) shown by a camera's own data when the only other side is the reader."""

    def only_read(side: Sequence[tuple[bool, float, str]]) -> bool:
        return bool(side) and all(c[2].startswith("reader") for c in side)

    def shown(side: Sequence[tuple[bool, float, str]]) -> bool:
        return any(c[2].startswith("image ") and (" EXIF " in c[2] or " overlay " in c[2]) for c in side)

    if only_read(no) and shown(yes):
        return True
    if only_read(yes) and shown(no):
        return False
    return None


def make_context_signals(images: ImageContext | None = None, reader: Any = None) -> list[Any]:
    return [ContextSignal(name, images, reader) for name in ("real_time", "mobile_camera", "uncontrolled")]
