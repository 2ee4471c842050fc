"""Maps signal names to providers, computes them once per request, orders work by cost.

Must not know about clauses.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from usegate.request.case import Case
from usegate.signals.base import Memo, Signal, SignalValue

log = logging.getLogger("usegate.signals")


class SignalRegistry:
    def __init__(self, providers: Iterable[Signal]) -> None:
        self._providers: dict[str, Signal] = {}
        for p in providers:
            self._providers[p.name] = p

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._providers)

    def provider(self, name: str) -> Signal | None:
        return self._providers.get(name)

    def with_provider(self, provider: Signal) -> SignalRegistry:
        """A copy with one provider replaced or added (tests stub signals this way)."""
        return SignalRegistry([*(p for n, p in self._providers.items() if n != provider.name), provider])

    def costs(self, case: Case, memo: Memo, names: Iterable[str]) -> dict[str, float]:
        out: dict[str, float] = {}
        for name in names:
            p = self._providers.get(name)
            if p is None:
                continue
            try:
                out[name] = float(p.cost(case, memo))
            except Exception:  # a broken cost estimate must not stop the decision
                log.exception("cost estimate of signal %s failed", name)
                out[name] = 1e6
        return out

    def warm(self) -> None:
        """Load what providers load lazily (the reader's encoder) before the first request."""
        for p in self._providers.values():
            warm = getattr(p, "warm", None)
            if warm is not None:
                warm()

    def offload(self, name: str, case: Case, memo: Memo) -> bool:
        """Whether computing `name` now would hold a CPU for long (the semantic reader): the
        gateway then runs it in a worker thread, whatever its cost."""
        p = self._providers.get(name)
        check = getattr(p, "offload", None)
        return bool(check(case, memo)) if check is not None and name not in memo.signals else False

    def compute(self, name: str, case: Case, memo: Memo) -> SignalValue:
        """Compute a signal; a provider failure gives `unknown` with the error (never a crash)."""
        if name in memo.signals:
            return memo.signals[name]
        p = self._providers.get(name)
        if p is None:
            value = SignalValue.unknown(errors=(f"no provider computes signal `{name}`",))
        else:
            try:
                value = p.compute(case, memo)
            except Exception as exc:  # providers fail closed: unknown, never allow
                log.exception("signal %s failed", name)
                value = SignalValue.unknown(errors=(f"signal `{name}` failed: {type(exc).__name__}: {exc}",))
        memo.signals[name] = value
        return value


def default_registry(*, vision: bool | None = None, model: bool = True) -> SignalRegistry:
    """The built-in providers. `vision=None` uses image analysis when the extra is installed."""
    from usegate.signals.context import make_context_signals
    from usegate.signals.purpose import FacialRecognitionSignal
    from usegate.signals.who import ForUSPoliceSignal, LawEnforcementSignal

    faces = images = None
    if vision is not False:
        try:
            from usegate.signals.vision import face_reports, image_context
        except ImportError:
            if vision:
                raise
        else:
            faces, images = face_reports, image_context
    reader = None
    if model:
        from usegate.signals.semantic import Reader

        reader = Reader.load()
    from usegate.signals.eu import (
        BiometricIdentificationSignal,
        DeclaredAuthorisationSignal,
        PubliclyAccessibleSignal,
        UntargetedScrapingSignal,
    )

    fr = FacialRecognitionSignal(reader=reader, faces=faces)
    context = make_context_signals(images, reader)
    uncontrolled = next(s for s in context if s.name == "uncontrolled")
    return SignalRegistry(
        [
            LawEnforcementSignal(),
            ForUSPoliceSignal(),
            fr,
            *context,
            BiometricIdentificationSignal(fr),
            PubliclyAccessibleSignal(uncontrolled),
            DeclaredAuthorisationSignal(),
            UntargetedScrapingSignal(),
        ]
    )


def given_signals(values: Mapping[str, bool | None]) -> dict[str, SignalValue]:
    """Signal values fixed by a caller (tests, `usegate explain --set`)."""
    return {k: SignalValue(v, 1.0, ("given",)) for k, v in values.items()}
