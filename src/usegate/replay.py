"""Replay: what another pack version would have decided over a stretch of the audit log.

Each recorded decision is decided again under the target pack version (a built-in one
or an operator's) from the signal values it recorded. A signal the target needs that
the original decision never computed (signals are lazy) is filled in as follows:

- `law_enforcement` and `for_us_police` of a tenant that is not an integrator come
  from the tenant registry (for such a tenant the registry alone settles them);
- with the request retained (`audit.retain_bodies`), it is read from the request by
  the current readers; recorded values still win;
- otherwise it stays unknown, and the change is listed with the signals it lacked.

`reread=True` decides every retained request from scratch with the current readers.
Nothing is written: the log is only read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from usegate.audit.store import AuditStore
from usegate.decision import Decision, decide
from usegate.exceptions import CaseError, PackNotFound, UsegateError
from usegate.policy.engine import CompiledPack
from usegate.policy.packs import PackLibrary, PackVersion
from usegate.request.case import Case, Tenant
from usegate.signals.base import SignalValue

GROUP_ORDER = (
    "allow → deny",
    "deny → allow",
    "review → allow",
    "review → deny",
    "allow → review",
    "deny → review",
)
WHO = ("law_enforcement", "for_us_police")


@dataclass(frozen=True)
class Change:
    decision_id: str
    time: str
    tenant: str
    before: str
    after: str
    clauses_before: tuple[str, ...]
    clauses_after: tuple[str, ...]
    missing: tuple[str, ...] = ()  # signals the target needed that nothing could supply
    reread: bool = False

    @property
    def group(self) -> str:
        return f"{self.before} → {self.after}"

    def to_json(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision_id,
            "time": self.time,
            "tenant": self.tenant,
            "before": self.before,
            "after": self.after,
            "clauses_before": list(self.clauses_before),
            "clauses_after": list(self.clauses_after),
            "unrecorded_signals": list(self.missing),
            "reread": self.reread,
        }


@dataclass
class ReplayResult:
    target: str
    total: int = 0
    reread: int = 0
    changes: list[Change] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def groups(self) -> dict[str, list[Change]]:
        found: dict[str, list[Change]] = {}
        for change in self.changes:
            found.setdefault(change.group, []).append(change)
        ordered = {g: found.pop(g) for g in GROUP_ORDER if g in found}
        ordered.update(found)
        return ordered

    @staticmethod
    def by_clause(items: list[Change]) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        for c in items:
            for clause in set(c.clauses_after) ^ set(c.clauses_before) or {"(no clause)"}:
                counts[clause] += 1
        return counts.most_common()

    @staticmethod
    def by_tenant(items: list[Change]) -> list[tuple[str, int]]:
        return Counter(c.tenant for c in items).most_common()

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "replayed": self.total,
            "reread": self.reread,
            "changed": len(self.changes),
            "groups": {
                g: {
                    "count": len(items),
                    "by_clause": dict(self.by_clause(items)),
                    "by_tenant": dict(self.by_tenant(items)),
                    "decisions": [c.to_json() for c in items],
                }
                for g, items in self.groups().items()
            },
            "errors": self.errors,
        }


def signal_of(data: Mapping[str, Any]) -> SignalValue:
    raw = data.get("value")
    value = raw if isinstance(raw, bool) else None
    return SignalValue(
        value,
        float(data.get("confidence", 1.0 if value is not None else 0.0)),
        tuple(data.get("evidence", ())),
        tuple(data.get("contradictions", ())),
        tuple(data.get("errors", ())),
    )


def _placeholder(tenant_id: str) -> Tenant:
    return Tenant(id=tenant_id, name=tenant_id, sector="individual", country="")


def _registry_who(tenant: Tenant, end_customer: str | None) -> dict[str, SignalValue]:
    if tenant.integrator or end_customer or not tenant.country:
        return {}
    why = (f"replay: tenant registry: `{tenant.id}` ({tenant.sector}; {tenant.country})",)
    return {
        "law_enforcement": SignalValue(tenant.is_law_enforcement, 1.0, why),
        "for_us_police": SignalValue(tenant.is_us_police, 1.0, why),
    }


class Replayer:
    """Decides recorded decisions again under one pack version."""

    def __init__(
        self,
        library: PackLibrary,
        target: str,
        *,
        tenants: Mapping[str, Tenant] | None = None,
        decider: Any = None,
        reread: bool = False,
    ) -> None:
        name, _, version = target.partition("@")
        if not version:
            raise PackNotFound(f"replay needs a pinned pack version `NAME@VERSION`, not `{target}`")
        self.version: PackVersion = library.in_force(target, datetime.now(UTC))
        self.compiled = CompiledPack(self.version)
        self.tenants = dict(tenants or {})
        self.decider = decider  # a `Decider` on [target]: re-reads retained requests
        self.reread = reread

    def tenant(self, tenant_id: str) -> Tenant:
        return self.tenants.get(tenant_id) or _placeholder(tenant_id)

    def decide_record(
        self, record: Mapping[str, Any], store: AuditStore
    ) -> tuple[Decision, tuple[str, ...], bool]:
        """(decision under the target, signals it lacked, whether the request was re-read)."""
        tenant = self.tenant(str(record.get("tenant")))
        recorded = {
            k: signal_of(v) for k, v in (record.get("signals") or {}).items() if isinstance(v, Mapping)
        }
        given = {**_registry_who(tenant, record.get("end_customer")), **recorded}
        if self.decider is not None and (self.reread or any(s not in given for s in self.version.signals)):
            case = self._case(record, store, tenant)
            if case is not None:
                decision = self.decider.decide(case, given=None if self.reread else given)
                return decision, (), True
        flow = decide(
            str(record.get("decision_id")),
            self.compiled.evaluator(tenant),
            self.version.ref,
            costs={},
            given=given,
        )
        try:
            next(flow)
            raise AssertionError(
                "no signal is computable in a replay without the request"
            )  # pragma: no cover
        except StopIteration as stop:
            decision = stop.value
        missing = tuple(s for s in decision.undetermined if s not in recorded)
        return decision, missing, False

    def _case(self, record: Mapping[str, Any], store: AuditStore, tenant: Tenant) -> Case | None:
        kept = store.retained(str(record.get("decision_id")))
        if kept is None or tenant.id not in self.tenants:
            return None
        content_type, headers, raw = kept
        from usegate.request.parse import build_case

        try:
            if "multipart/" in content_type:
                import asyncio

                from usegate.gateway.forms import parse_multipart

                body, _ = asyncio.run(
                    parse_multipart([(b"content-type", content_type.encode("latin-1"))], raw)
                )
            else:
                body = orjson.loads(raw)
            received = datetime.fromisoformat(str(record.get("time")).replace("Z", "+00:00"))
            return build_case(
                case_id=str(record.get("decision_id")),
                received_at=received,
                tenant=tenant,
                endpoint=str(record.get("endpoint")),
                headers=headers,
                body=body,
            )
        except (CaseError, orjson.JSONDecodeError, ValueError):
            return None


def replay(
    store: AuditStore,
    library: PackLibrary,
    target: str,
    *,
    since: str | None = None,
    until: str | None = None,
    tenants: Mapping[str, Tenant] | None = None,
    decider: Any = None,
    reread: bool = False,
    limit: int | None = None,
    seq_range: tuple[int, int] | None = None,
) -> ReplayResult:
    """Replay the decisions received in [since, until) (ISO 8601, UTC) under `target`.
    `seq_range` (first, last chain position), when the caller knows it (the console's
    index does), spares reading the rest of the log."""
    replayer = Replayer(library, target, tenants=tenants, decider=decider, reread=reread)
    pack_name = replayer.version.name
    result = ReplayResult(target=replayer.version.ref)
    lo = _instant(since)
    hi = _instant(until)
    first, last = seq_range if seq_range is not None else (1, None)
    for row in store.rows(after=first - 1):
        if last is not None and row.seq > last:
            break
        record = orjson.loads(row.data)
        if record.get("kind") == "verdict" or record.get("decision") not in ("allow", "deny", "review"):
            continue
        when = _instant(record.get("time"))
        if (lo is not None and when is not None and when < lo) or (
            hi is not None and when is not None and when >= hi
        ):
            continue
        packs = [p.partition("@")[0] for p in str(record.get("pack") or "").split(",") if p]
        if pack_name not in packs:
            continue
        if limit is not None and result.total >= limit:
            result.errors.append(f"stopped after {limit} decisions: narrow the time range")
            break
        result.total += 1
        try:
            decision, missing, reread_done = replayer.decide_record(record, store)
        except UsegateError as exc:
            result.errors.append(f"decision `{record.get('decision_id')}`: {exc}")
            continue
        result.reread += reread_done
        before = str(record["decision"])
        if record.get("grant") or record.get("rejected_review"):
            before = "review"  # a human settled it: compare with what the policy said
        after = decision.outcome.value
        if after != before:
            result.changes.append(
                Change(
                    decision_id=str(record["decision_id"]),
                    time=str(record.get("time")),
                    tenant=str(record.get("tenant")),
                    before=before,
                    after=after,
                    clauses_before=tuple(record.get("clauses") or ()),
                    clauses_after=tuple(decision.clauses),
                    missing=missing,
                    reread=reread_done,
                )
            )
    return result


def _instant(value: Any) -> datetime | None:
    if not value:
        return None
    at = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return at if at.tzinfo else at.replace(tzinfo=UTC)
