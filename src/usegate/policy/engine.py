"""The Cedar engine: the only module that imports `cedarpy`.

Builds the request (principal = the calling tenant, context = one Bool per signal)
and entities, calls Cedar, maps the determining forbid policies to clause ids, and
turns cedarpy failures into `PolicyEvalError`. Results are memoised per pack,
principal and assignment: the space is small (2^signals per tenant shape).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

import cedarpy

from usegate.decision import WorldResult, assignments
from usegate.exceptions import PolicyEvalError
from usegate.policy.packs import PackVersion
from usegate.request.case import Tenant

_CACHE_LIMIT = 200_000
#: packs reading at most this many signals get their whole truth table evaluated at once
FULL_TABLE_SIGNALS = 10


class CompiledPack:
    """A pack version parsed once, with a memo of evaluated worlds."""

    def __init__(self, pack: PackVersion) -> None:
        self.pack = pack
        try:
            self._policies = cedarpy.PolicySet.from_str(pack.policies)
        except ValueError as exc:  # load_version validated already; belt and braces
            raise PolicyEvalError(f"pack `{pack.ref}`: {exc}") from exc
        self._by_policy_id = {c.policy_id: c.id for c in pack.clauses}
        self._memo: OrderedDict[tuple[Any, ...], WorldResult] = OrderedDict()
        self._tables: OrderedDict[tuple[Any, ...], list[WorldResult]] = OrderedDict()
        self._full: dict[tuple[Any, ...], dict[tuple[bool, ...], WorldResult]] = {}
        self._lock = threading.Lock()

    def evaluator(self, tenant: Tenant) -> TenantEvaluator:
        return TenantEvaluator(self, tenant)

    def _run(
        self, tenant: Tenant, assignments: Sequence[Mapping[str, bool]], extra_context: Mapping[str, Any]
    ) -> list[WorldResult]:
        attrs = {
            "sector": tenant.sector,
            "le_type": tenant.le_type or "",
            "country": tenant.country,
            "integrator": tenant.integrator,
        }
        principal_key = (tenant.sector, tenant.le_type, tenant.country, tenant.integrator)
        extra_key = tuple(sorted(extra_context.items()))
        keys = [(principal_key, extra_key, tuple(sorted(a.items()))) for a in assignments]
        results: list[WorldResult | None] = []
        missing: list[int] = []
        with self._lock:
            for i, key in enumerate(keys):
                hit = self._memo.get(key)
                results.append(hit)
                if hit is None:
                    missing.append(i)
        if missing:
            entities: list[dict[str, Any]] = [
                {"uid": {"type": "Tenant", "id": "caller"}, "attrs": attrs, "parents": []},
                {"uid": {"type": "Model", "id": "model"}, "attrs": {}, "parents": []},
            ]
            requests = [
                {
                    "principal": 'Tenant::"caller"',
                    "action": 'Action::"invoke"',
                    "resource": 'Model::"model"',
                    "context": {**extra_context, **assignments[i]},
                }
                for i in missing
            ]
            try:
                answers = cedarpy.is_authorized_batch(requests, self._policies, entities)
            except (ValueError, RuntimeError, TypeError) as exc:
                raise PolicyEvalError(f"pack `{self.pack.ref}`: cedar failed: {exc}") from exc
            with self._lock:
                for i, answer in zip(missing, answers, strict=True):
                    forbidding = frozenset(
                        self._by_policy_id[p] for p in answer.diagnostics.reasons if p in self._by_policy_id
                    )
                    errors = tuple(f"{self.pack.ref}: {e}" for e in answer.diagnostics.errors)
                    result = WorldResult(forbidding=forbidding, errors=errors)
                    results[i] = result
                    self._memo[keys[i]] = result
                while len(self._memo) > _CACHE_LIMIT:
                    self._memo.popitem(last=False)
        return [r for r in results if r is not None]


class TenantEvaluator:
    """The `Evaluator` of `usegate.decision` for one pack and one calling tenant."""

    def __init__(
        self, compiled: CompiledPack, tenant: Tenant, extra_context: Mapping[str, Any] | None = None
    ):
        self._compiled = compiled
        self._tenant = tenant
        self._extra = dict(extra_context or {})

    @property
    def signals(self) -> tuple[str, ...]:
        return self._compiled.pack.signals

    def evaluate(self, worlds: Sequence[Mapping[str, bool]]) -> list[WorldResult]:
        return self._compiled._run(self._tenant, worlds, self._extra)

    def full_table(self) -> dict[tuple[bool, ...], WorldResult] | None:
        """Every world of this pack for this tenant shape, evaluated once (one Cedar batch).

        Sub-tables for any known/unknown split are then look-ups. Packs reading more than
        `FULL_TABLE_SIGNALS` signals are evaluated world by world instead.
        """
        names = self.signals
        if len(names) > FULL_TABLE_SIGNALS:
            return None
        c = self._compiled
        t = self._tenant
        key = ((t.sector, t.le_type, t.country, t.integrator), tuple(sorted(self._extra.items())))
        full = c._full.get(key)
        if full is None:
            worlds = assignments({}, names)
            results = self.evaluate(worlds)
            full = {tuple(w[n] for n in names): r for w, r in zip(worlds, results, strict=True)}
            with c._lock:
                c._full[key] = full
        return full

    def evaluate_table(self, known: Mapping[str, bool], unknown: Sequence[str]) -> list[WorldResult]:
        c = self._compiled
        t = self._tenant
        key = (
            (t.sector, t.le_type, t.country, t.integrator),
            tuple(sorted(self._extra.items())),
            tuple(sorted(known.items())),
            tuple(unknown),
        )
        table = c._tables.get(key)
        if table is None:
            worlds = assignments(known, unknown)
            full = self.full_table()
            if full is not None:
                names = self.signals
                table = [full[tuple(w[n] for n in names)] for w in worlds]
            else:
                table = self.evaluate(worlds)
            with c._lock:
                c._tables[key] = table
                while len(c._tables) > _CACHE_LIMIT:
                    c._tables.popitem(last=False)
        return table
