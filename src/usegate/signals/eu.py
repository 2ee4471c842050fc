"""Signals the `eu-ai-act-art5` pack reads, built on the same evidence as the others.

- `biometric_identification`: facial recognition that identifies (1:N) or builds a
  gallery; 1:1 verification is excluded from remote biometric identification by
  the AI Act's definitions (Art. 3(36), recital 15).
- `publicly_accessible`: the `uncontrolled` evidence (street, crowd, event vs
  station, custody suite, office).
- `declared_authorisation`: `X-Usegate-Authorisation` / `metadata.authorisation`
  names the prior authorisation of Art. 5(3).
- `untargeted_scraping`: building or expanding a face database from scraped web or
  CCTV images.
"""

from __future__ import annotations

import re

from usegate.request.case import Case
from usegate.signals.base import Memo, Signal, SignalValue
from usegate.signals.purpose import rule_verdict
from usegate.signals.who import anatomy, text_findings

_SCRAPE = re.compile(
    r"\b(?:scrap\w*|crawl\w*|harvest\w*|bulk[ -]download\w*|collect (?:all|every|as many)"
    r"|mass[ -]collect\w*)\b"
)
_SOURCE = re.compile(
    r"\b(?:internet|web|websites?|social media|instagram|facebook|tiktok|linkedin|x\.com|twitter|vk|cctv|"
    r"public cameras?|profile (?:photos|pictures)|online)\b"
)


def _shared(name: str, provider: Signal, case: Case, memo: Memo) -> SignalValue:
    if name not in memo.signals:
        memo.signals[name] = provider.compute(case, memo)
    return memo.signals[name]


class BiometricIdentificationSignal:
    name = "biometric_identification"

    def __init__(self, facial_recognition: Signal) -> None:
        self.fr = facial_recognition

    def cost(self, case: Case, memo: Memo) -> float:
        return self.fr.cost(case, memo)

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        fr = _shared("facial_recognition", self.fr, case, memo)
        kind = rule_verdict(case, memo).kind
        reading = memo.values.get("reading")
        if reading is not None:  # the reader's purpose, when it read the request
            probs = reading.purpose.probabilities
            fr_kinds = {k: probs.get(k, 0.0) for k in ("identification", "verification", "gallery")}
            kind = max(fr_kinds, key=lambda k: fr_kinds[k])
        if fr.value is True and kind == "verification":
            return SignalValue(False, 0.7, (*fr.evidence, "1:1 verification is not remote identification"))
        return SignalValue(fr.value, fr.confidence, fr.evidence, fr.contradictions, fr.errors)


class PubliclyAccessibleSignal:
    name = "publicly_accessible"

    def __init__(self, uncontrolled: Signal) -> None:
        self.uncontrolled = uncontrolled

    def cost(self, case: Case, memo: Memo) -> float:
        return self.uncontrolled.cost(case, memo)

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        return _shared("uncontrolled", self.uncontrolled, case, memo)


class DeclaredAuthorisationSignal:
    name = "declared_authorisation"

    def cost(self, case: Case, memo: Memo) -> float:
        return 0.1

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        ref = case.declared("authorisation") or case.declared("authorization")
        if ref:
            return SignalValue(True, 0.9, (f"declared authorisation `{ref[:80]}`",))
        return SignalValue(False, 0.9, ("no authorisation declared",))


class UntargetedScrapingSignal:
    name = "untargeted_scraping"

    def cost(self, case: Case, memo: Memo) -> float:
        return 1.0

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        f = text_findings(case, memo)
        scrape = [h for h in f.gallery if h.cue == "scrape faces"]
        a = anatomy(case, memo)  # the ask and the instructions, within the reading windows
        text = " ".join(seg.text.lower() for seg in (*a.instructions, *a.ask))
        if scrape and _SOURCE.search(text):
            return SignalValue(True, 0.85, tuple(h.evidence("scraping") for h in scrape[:2]))
        if f.gallery and _SCRAPE.search(text) and _SOURCE.search(text):
            return SignalValue(True, 0.75, tuple(h.evidence("gallery building") for h in f.gallery[:2]))
        if scrape:
            return SignalValue(None, 0.4, tuple(h.evidence("scraping, source unclear") for h in scrape[:2]))
        return SignalValue(False, 0.8, ("no face-database scraping cue",))
