"""The semantic reader as seen by the signal providers: one reading per request.

Splits the request into roles (`usegate.request.anatomy`), runs the rule layer
on the instructions and the ask (and, apart, on the payload), embeds the ask, the
earlier turns and the instructions, and applies the trained heads
(`usegate.reading.heads`). Computed at most once per request (shared through the
`Memo`), and only when a signal that needs it is asked for: a commercial tenant's
request is never read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from usegate.exceptions import SignalError
from usegate.reading import features
from usegate.reading.heads import CONTEXT_SIGNALS, FR_PURPOSES, Heads, Prediction
from usegate.request.case import Case
from usegate.signals.base import Memo
from usegate.signals.who import anatomy, context_findings, payload_findings, text_findings

#: the encoder-free heads settle a reading on their own when P(recognition) is at least this
#: far to one side (most requests); otherwise the full heads, with the encoder, read it
FAST_SURE = 0.97


@dataclass(frozen=True)
class Reading:
    purpose: Prediction
    context: dict[str, Prediction]
    texts: features.Texts
    #: read by the encoder-free heads (n-grams and rule cues), sure enough without the encoder
    fast: bool = False

    @property
    def fr_probability(self) -> float:
        return sum(p for lab, p in self.purpose.probabilities.items() if lab in FR_PURPOSES)

    def quote(self) -> str:
        ask = self.texts.ask or self.texts.setup or self.texts.instructions
        return ask[:80] + ("…" if len(ask) > 80 else "")


class Reader:
    """Reads requests with the heads of one artifact."""

    def __init__(self, heads: Heads, fast: Heads | None = None) -> None:
        self.heads = heads
        self.fast = fast

    @classmethod
    def load(cls) -> Reader:
        try:
            return cls(Heads.load(), Heads.load_fast())
        except (OSError, ValueError, KeyError) as exc:
            raise SignalError(f"cannot load the reader's heads: {exc}") from exc

    @property
    def meta(self) -> dict[str, Any]:
        return self.heads.meta

    def warm(self) -> None:
        """Load the encoder and the n-gram hasher (scikit-learn) before the first request."""
        from usegate.reading import encoder

        encoder.warm()
        features.ngrams(features.Texts("warm-up", "", ""))

    def threshold(self, name: str, default: float) -> float:
        return self.heads.threshold(name, default)

    def fast_threshold(self, name: str, default: float) -> float:
        """The threshold of the encoder-free heads (they read less, so they may need to be surer)."""
        return (self.fast or self.heads).threshold(name, default)

    def __call__(self, case: Case, memo: Memo) -> Reading:
        return memo.get("reading", lambda: self._read(case, memo))

    def _read(self, case: Case, memo: Memo) -> Reading:
        a = anatomy(case, memo)
        texts = features.texts_of(a)
        rules = features.rule_vector(
            case, a, text_findings(case, memo), payload_findings(case, memo), context_findings(case, memo)
        )
        sparse = features.ngrams(texts)
        if self.fast is not None:
            # a cascade: the encoder costs most of a reading, and the n-grams with the rule cues
            # are sure of most requests on their own
            xs = self.fast.scaled(np.concatenate([np.zeros(features.EMBED_SIZE, np.float32), rules]))
            purpose = self.fast.predict("purpose", xs, sparse)
            p = sum(q for lab, q in purpose.probabilities.items() if lab in FR_PURPOSES)
            if p <= 1.0 - FAST_SURE or p >= FAST_SURE:
                context = {s: self.fast.predict(s, xs, sparse) for s in CONTEXT_SIGNALS}
                return Reading(purpose=purpose, context=context, texts=texts, fast=True)
        xs = self.heads.scaled(np.concatenate([features.embed(texts), rules]))
        return Reading(
            purpose=self.heads.predict("purpose", xs, sparse),
            context={s: self.heads.predict(s, xs, sparse) for s in CONTEXT_SIGNALS},
            texts=texts,
        )
