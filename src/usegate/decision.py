"""Three-valued decisions (SPEC §3) as a sans-I/O generator.

`decide()` evaluates a policy pack under every plausible value of the signals that
are still unknown. If every world forbids, the decision is `deny`; if none can,
`allow`. Otherwise it yields the name of the cheapest unknown signal whose value
could still change the outcome, receives its `SignalValue`, and tries again. When
no computable signal is left and the outcome still depends on an unknown, the
decision is `review`.

Fail closed: a world in which the engine reported an evaluation error counts as a
world that may forbid, so an error can produce `review` or `deny`, never `allow`.

This module does no I/O and reads no clock: drivers pass everything in.
"""

from __future__ import annotations

import itertools
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from usegate.signals.base import SignalValue
from usegate.types import Outcome


@dataclass(frozen=True)
class WorldResult:
    """What the engine says for one complete assignment of the signals."""

    forbidding: frozenset[str]  # clause ids of the forbid policies that applied
    errors: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        if self.forbidding:
            return "deny"
        if self.errors:
            return "error"
        return "allow"


class Evaluator(Protocol):
    """Evaluates one pack for one principal under complete signal assignments."""

    @property
    def signals(self) -> tuple[str, ...]: ...

    def evaluate_table(self, known: Mapping[str, bool], unknown: Sequence[str]) -> list[WorldResult]:
        """Results for every assignment of `unknown` (in `itertools.product((False, True), ...)`
        order), the `known` signals fixed."""
        ...


@dataclass(frozen=True)
class Decision:
    """A decision and its reasons."""

    case_id: str
    outcome: Outcome
    pack: str  # name@version (comma-joined when several packs were applied)
    clauses: tuple[str, ...]
    signals: Mapping[str, SignalValue]
    errors: tuple[str, ...] = ()
    #: signals the outcome still depended on when it was decided (for `review`)
    undetermined: tuple[str, ...] = ()
    decision_id: str = ""
    elapsed_ms: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def contradictions(self) -> tuple[str, ...]:
        return tuple(c for v in self.signals.values() for c in v.contradictions)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.case_id,
            "decision": self.outcome.value,
            "pack": self.pack,
            "clauses": list(self.clauses),
            "signals": {name: value.to_json() for name, value in self.signals.items()},
        }
        if self.undetermined:
            out["undetermined"] = list(self.undetermined)
        if self.errors:
            out["errors"] = list(self.errors)
        if self.decision_id:
            out["decision_id"] = self.decision_id
        out["elapsed_ms"] = round(self.elapsed_ms, 3)
        return out


def assignments(known: Mapping[str, bool], unknown: Sequence[str]) -> list[dict[str, bool]]:
    worlds = []
    for values in itertools.product((False, True), repeat=len(unknown)):
        world = dict(known)
        world.update(zip(unknown, values, strict=True))
        worlds.append(world)
    return worlds


class _Table:
    """Results for every world, in `itertools.product` order over `unknown`.

    Engines cache their result lists, so the analysis of a list (its kinds, which
    unknowns matter) is cached too, keyed by the list's identity (the cache holds the
    list, so an id cannot be reused while its entry lives).
    """

    _cache: dict[int, tuple[list[WorldResult], set[str], dict[bool, list[str]]]] = {}
    _LIMIT = 50_000

    def __init__(self, unknown: tuple[str, ...], results: list[WorldResult]) -> None:
        self.unknown = unknown
        self.results = results
        hit = self._cache.get(id(results))
        if hit is not None and hit[0] is results:
            self._kinds, self._relevant = hit[1], hit[2]
        else:
            self._kinds = {r.kind for r in results}
            self._relevant = {}
            if len(self._cache) >= self._LIMIT:
                self._cache.clear()
            self._cache[id(results)] = (results, self._kinds, self._relevant)

    def kinds(self) -> set[str]:
        return self._kinds

    def relevant(self, clause_level: bool) -> list[str]:
        """Unknown signals whose value changes the outcome (or the cited clauses) in some world."""
        found = self._relevant.get(clause_level)
        if found is not None:
            return found
        if clause_level:
            keys: list[object] = [(r.kind, r.forbidding) for r in self.results]
        else:
            keys = [r.kind for r in self.results]
        k = len(self.unknown)
        out = []
        for j, name in enumerate(self.unknown):
            bit = 1 << (k - 1 - j)
            if any(keys[i] != keys[i | bit] for i in range(len(keys)) if not i & bit):
                out.append(name)
        self._relevant[clause_level] = out
        return out


def decide(
    case_id: str,
    evaluator: Evaluator,
    pack: str,
    *,
    costs: Mapping[str, float],
    given: Mapping[str, SignalValue] | None = None,
    refine_budget: float = 1.0,
) -> Generator[str, SignalValue, Decision]:
    """Decide one case against one pack.

    Yields the name of each signal it needs; the driver sends back its `SignalValue`.
    `costs` holds each computable signal's cost for this case (a signal absent from
    `costs` has no provider and stays unknown). Once the outcome is settled, signals
    no dearer than `refine_budget` are still computed when they could change which
    clauses are cited (e.g. C2 on top of C1 from declared context), so the cited
    clauses are exact without paying for image analysis on a request already denied.
    """
    signals: dict[str, SignalValue] = dict(given or {})
    errors: list[str] = []
    attempted: set[str] = set(signals)

    while True:
        known = {
            n: bool(v.value) for n, v in signals.items() if v.value is not None and n in evaluator.signals
        }
        unknown = tuple(n for n in evaluator.signals if n not in known)
        results = evaluator.evaluate_table(known, unknown)
        table = _Table(unknown, results)
        kinds = table.kinds()
        settled = len(kinds) == 1 and kinds != {"error"}
        if settled:
            candidates = [n for n in table.relevant(clause_level=True) if n not in attempted]
            candidates = [n for n in candidates if n in costs and costs[n] <= refine_budget]
        else:
            candidates = [n for n in table.relevant(clause_level=False) if n not in attempted and n in costs]
        if candidates:
            name = min(candidates, key=lambda n: (costs[n], evaluator.signals.index(n)))
            attempted.add(name)
            value = yield name
            signals[name] = value
            continue
        break

    for r in results:
        for e in r.errors:
            if e not in errors:
                errors.append(e)
    undetermined = tuple(table.relevant(clause_level=False))
    if kinds == {"deny"}:
        outcome = Outcome.DENY
        common = frozenset.intersection(*(r.forbidding for r in results))
        clauses = common or frozenset.union(*(r.forbidding for r in results))
        undetermined = ()
    elif kinds == {"allow"}:
        outcome = Outcome.ALLOW
        clauses = frozenset()
        undetermined = ()
    else:
        # Depends on an unknown, or the engine failed in some world: fail closed.
        outcome = Outcome.REVIEW
        clauses = frozenset().union(*(r.forbidding for r in results))
    ordered = tuple(sorted(clauses))
    return Decision(
        case_id=case_id,
        outcome=outcome,
        pack=pack,
        clauses=ordered,
        signals=signals,
        errors=tuple(errors),
        undetermined=undetermined,
    )


def combine(decisions: Sequence[Decision]) -> Decision:
    """Combine the decisions of several packs: deny beats review beats allow."""
    if len(decisions) == 1:
        return decisions[0]
    rank = {Outcome.ALLOW: 0, Outcome.REVIEW: 1, Outcome.DENY: 2}
    worst = max(decisions, key=lambda d: rank[d.outcome])
    signals: dict[str, SignalValue] = {}
    clauses: list[str] = []
    errors: list[str] = []
    undetermined: list[str] = []
    for d in decisions:
        signals.update(d.signals)
        if d.outcome == worst.outcome:
            clauses.extend(c for c in d.clauses if c not in clauses)
            undetermined.extend(u for u in d.undetermined if u not in undetermined)
        errors.extend(d.errors)
    return Decision(
        case_id=worst.case_id,
        outcome=worst.outcome,
        pack=",".join(d.pack for d in decisions),
        clauses=tuple(clauses),
        signals=signals,
        errors=tuple(errors),
        undetermined=tuple(undetermined),
    )
