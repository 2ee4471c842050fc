"""Runs the `decide()` generator: synchronously for `usegate check`, asynchronously
for the gateway (expensive signals are computed in worker threads, with a time
limit). Contains no policy logic.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Generator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from usegate.decision import Decision, combine, decide
from usegate.exceptions import PolicyError
from usegate.policy.engine import CompiledPack
from usegate.policy.packs import PackLibrary, PackVersion
from usegate.request.case import Case, Tenant
from usegate.signals.base import Memo, SignalValue
from usegate.signals.registry import SignalRegistry, default_registry

#: signals at least this dear run in a worker thread under the gateway
THREAD_COST = 20.0
DEFAULT_PACKS = ("azure-openai-coc",)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Decider:
    """Decides cases against a set of packs with a set of signal providers."""

    def __init__(
        self,
        library: PackLibrary,
        packs: Sequence[str] = DEFAULT_PACKS,
        registry: SignalRegistry | None = None,
        *,
        signal_timeout: float = 5.0,
        refine_budget: float = 6.0,
    ) -> None:
        if not packs:
            raise PolicyError("no policy pack configured")
        self.library = library
        self.packs = tuple(packs)
        for name in self.packs:
            library.versions(name)  # raises PackNotFound early
            if "@" in name:  # a pinned version must exist, or every request would fail
                library.in_force(name, _EPOCH)  # (a pinned name ignores the time)
        self.registry = registry if registry is not None else default_registry()
        self.signal_timeout = signal_timeout
        self.refine_budget = refine_budget
        self._compiled: dict[str, CompiledPack] = {}
        for name in self.packs:
            for version in library.versions(name):
                missing = [s for s in version.signals if self.registry.provider(s) is None]
                if missing:
                    raise PolicyError(
                        f"pack `{version.ref}` reads signal `{missing[0]}` that no provider computes"
                    )

    @classmethod
    def create(
        cls,
        packs: Sequence[str] = DEFAULT_PACKS,
        pack_dirs: Sequence[str | Path] = (),
        registry: SignalRegistry | None = None,
        **kwargs: float,
    ) -> Decider:
        return cls(PackLibrary.discover(pack_dirs), packs, registry, **kwargs)

    def warm(self, tenants: Sequence[Tenant]) -> None:
        """Evaluate every pack version's truth table for these tenants (and their end
        customers) ahead of traffic, so no request pays for a first Cedar evaluation."""
        for name in self.packs:
            for version in self.library.versions(name):
                compiled = self.compiled(version)
                for tenant in tenants:
                    compiled.evaluator(tenant).full_table()
        self.registry.warm()

    def compiled(self, version: PackVersion) -> CompiledPack:
        found = self._compiled.get(version.ref)
        if found is None:
            found = self._compiled[version.ref] = CompiledPack(version)
        return found

    def versions_for(self, case: Case) -> list[PackVersion]:
        return [self.library.in_force(name, case.received_at) for name in self.packs]

    def _flows(
        self, case: Case, memo: Memo, given: Mapping[str, SignalValue] | None
    ) -> Generator[tuple[str, float], SignalValue, Decision]:
        decisions = []
        for version in self.versions_for(case):
            evaluator = self.compiled(version).evaluator(case.tenant)
            known = dict(memo.signals)
            if given:
                known.update(given)
            costs = self.registry.costs(case, memo, [s for s in version.signals if s not in known])
            flow = decide(
                case.id, evaluator, version.ref, costs=costs, given=known, refine_budget=self.refine_budget
            )
            try:
                name = next(flow)
                while True:
                    value = yield name, costs[name]
                    name = flow.send(value)
            except StopIteration as stop:
                decisions.append(stop.value)
        return combine(decisions)

    def decide(self, case: Case, *, given: Mapping[str, SignalValue] | None = None) -> Decision:
        started = time.perf_counter()
        memo = Memo()
        flow = self._flows(case, memo, given)
        try:
            name, _ = next(flow)
            while True:
                value = self.registry.compute(name, case, memo)
                name, _ = flow.send(value)
        except StopIteration as stop:
            decision: Decision = stop.value
        return _finish(decision, started)

    async def decide_async(self, case: Case, *, given: Mapping[str, SignalValue] | None = None) -> Decision:
        started = time.perf_counter()
        memo = Memo()
        flow = self._flows(case, memo, given)
        try:
            name, cost = next(flow)
            while True:
                value = await self._compute_async(name, cost, case, memo)
                name, cost = flow.send(value)
        except StopIteration as stop:
            decision: Decision = stop.value
        return _finish(decision, started)

    async def _compute_async(self, name: str, cost: float, case: Case, memo: Memo) -> SignalValue:
        if cost < THREAD_COST and not self.registry.offload(name, case, memo):
            return self.registry.compute(name, case, memo)
        try:
            return await asyncio.wait_for(
                asyncio.to_thread(self.registry.compute, name, case, memo), timeout=self.signal_timeout
            )
        except TimeoutError:
            value = SignalValue.unknown(
                errors=(f"signal `{name}` timed out after {self.signal_timeout:g} s",)
            )
            memo.signals[name] = value
            return value


def _finish(decision: Decision, started: float) -> Decision:
    """Stamp the id and the time taken. `decision` was made by this call's flow and is
    not shared yet, so it is stamped in place (`dataclasses.replace` costs ~10 µs)."""
    object.__setattr__(decision, "decision_id", secrets.token_hex(16))  # 128 random bits
    object.__setattr__(decision, "elapsed_ms", (time.perf_counter() - started) * 1000.0)
    return decision
