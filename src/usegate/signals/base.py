"""The signal-provider interface and the value a signal takes.

A `Signal` computes one named signal for a case. It declares a `cost` (relative
effort: 0 for table look-ups, ~1 for text rules, ~5 for the text model, ~60 for
face detection, ~250 for OCR) so the registry can order work cheapest first, and
`compute()` returns a `SignalValue`: true, false or unknown (value None), with a
confidence and human-readable evidence. Providers share per-request work through
the `Memo` they are given (e.g. a decoded image is decoded once).

Must not import any detector or model at module import time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from usegate.request.case import Case
from usegate.types import Tri

T = TypeVar("T")


@dataclass(frozen=True)
class SignalValue:
    """A signal's value: True, False or None (unknown), with confidence and evidence."""

    value: bool | None
    confidence: float = 1.0
    evidence: tuple[str, ...] = ()
    #: declarations the content contradicted (SPEC §2): they did not count
    contradictions: tuple[str, ...] = ()
    #: provider failures; a signal with errors is unknown
    errors: tuple[str, ...] = ()

    @property
    def tri(self) -> Tri:
        return Tri.of(self.value)

    @property
    def known(self) -> bool:
        return self.value is not None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": self.tri.value if self.value is None else self.value,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
        }
        if self.contradictions:
            out["contradictions"] = list(self.contradictions)
        if self.errors:
            out["errors"] = list(self.errors)
        return out

    @classmethod
    def unknown(cls, *evidence: str, confidence: float = 0.0, errors: tuple[str, ...] = ()) -> SignalValue:
        return cls(None, confidence, tuple(evidence), errors=errors)


@dataclass
class Memo:
    """Per-request scratch space shared by providers; never outlives the request."""

    values: dict[str, Any] = field(default_factory=dict)
    #: signals computed so far for this request
    signals: dict[str, SignalValue] = field(default_factory=dict)

    def get(self, key: str, compute: Callable[[], T]) -> T:
        if key not in self.values:
            self.values[key] = compute()
        result: T = self.values[key]
        return result


class Signal(Protocol):
    """Computes one signal. Implementations must be safe to call from worker threads."""

    name: str

    def cost(self, case: Case, memo: Memo) -> float:
        """Relative effort of computing this signal for this case."""
        ...

    def compute(self, case: Case, memo: Memo) -> SignalValue:
        """The signal's value for this case. Must not raise for bad input: return unknown."""
        ...

    # Optional: `offload(case, memo) -> bool`, true when computing the signal now would hold a
    # CPU for milliseconds (a model); the gateway then computes it in a worker thread.
