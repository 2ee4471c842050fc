"""The review queue, on top of an `AuditStore`.

A `review` decision is queued (pending) in the same commit as its record. A reviewer's
verdict is a record of its own, appended to the hash chain (reviewer, time, note); the
queue entry follows the last verdict, and a later verdict supersedes an earlier one
while both stay in the chain. Nothing here rewrites a past record.

An approved verdict is a grant: the reviewed request's `decision_id`, sent back in
`X-Usegate-Review-Grant` by the same tenant with the same body, lets that request
through for `ttl` seconds after the verdict. A rejected verdict turns that tenant's
requests with that body into `deny`.
"""

from __future__ import annotations

import builtins
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from usegate.audit.record import VerdictRecord
from usegate.audit.store import AuditStore, now_iso

VERDICTS = ("approved", "rejected")
GRANT_HEADER = "X-Usegate-Review-Grant"


@dataclass(frozen=True)
class Grant:
    """An approved review a retried request may cite."""

    decision_id: str  # the reviewed (refused) request
    verdict_id: str
    reviewer: str
    approved_at: str
    expires_at: str

    def to_json(self) -> dict[str, str]:
        return {
            "decision_id": self.decision_id,
            "verdict_id": self.verdict_id,
            "reviewer": self.reviewer,
            "approved_at": self.approved_at,
            "expires_at": self.expires_at,
        }


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def iso(at: datetime) -> str:
    return at.isoformat(timespec="microseconds").replace("+00:00", "Z")


class ReviewQueue:
    def __init__(self, store: AuditStore, *, grant_ttl: float = 86400.0) -> None:
        self.store = store
        self.grant_ttl = grant_ttl

    def list(self, status: str | None = "pending") -> list[dict[str, Any]]:
        return self.store.reviews(status)

    def pending(self) -> builtins.list[dict[str, Any]]:
        return self.store.reviews("pending")

    def get(self, decision_id: str) -> dict[str, Any] | None:
        return self.store.review(decision_id)

    def history(self, decision_id: str) -> builtins.list[dict[str, Any]]:
        """Every chained verdict on `decision_id`, oldest first."""
        return self.store.verdicts(decision_id)

    def resolve(self, decision_id: str, verdict: str, reviewer: str, note: str = "") -> bool:
        """Append a verdict to the chain; False when `decision_id` was never queued."""
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict `{verdict}`: expected approved or rejected")
        if not reviewer.strip():
            raise ValueError("a verdict needs a reviewer")
        entry = self.store.review(decision_id)
        if entry is None:
            return False
        earlier = self.store.verdicts(decision_id)
        self.store.append_batch(
            [
                VerdictRecord(
                    decision_id="v-" + secrets.token_hex(16),
                    time=now_iso(),
                    tenant=entry["tenant"],
                    decision=verdict,
                    review_of=decision_id,
                    reviewer=reviewer.strip(),
                    note=note,
                    body_sha256=entry.get("body_sha256"),
                    supersedes=earlier[-1]["decision_id"] if earlier else None,
                )
            ]
        )
        return True

    def grant(self, decision_id: str, tenant: str, body_sha256: str, now: datetime) -> Grant | None:
        """The grant `decision_id` gives this tenant for this body at `now`, read from the
        chained verdicts (never from the queue view): None unless the last verdict is an
        approval of the same tenant's request with the same body, younger than the TTL."""
        history = self.store.verdicts(decision_id)
        if not history:
            return None
        last = history[-1]
        if last.get("decision") != "approved" or last.get("tenant") != tenant:
            return None
        if not body_sha256 or last.get("body_sha256") != body_sha256:
            return None
        approved = parse_time(last["time"])
        expires = approved + timedelta(seconds=self.grant_ttl)
        if now >= expires:
            return None
        return Grant(decision_id, last["decision_id"], last["reviewer"], last["time"], iso(expires))

    def rejection(self, tenant: str, body_sha256: str) -> dict[str, Any] | None:
        """The rejected review of this tenant's request with this body, if any."""
        for entry in self.store.reviews_for_body(tenant, body_sha256):
            if entry["status"] == "rejected":
                return entry
        return None

    def status(self, decision_id: str, now: datetime) -> dict[str, Any] | None:
        """What a tenant polling its decision sees of the review (None: never queued)."""
        entry = self.store.review(decision_id)
        if entry is None:
            return None
        out: dict[str, Any] = {"status": entry["status"], "updated": entry.get("updated")}
        if entry["status"] == "approved":
            grant = self.grant(decision_id, entry["tenant"], entry.get("body_sha256") or "", now)
            if grant is not None:
                out["grant"] = {"header": GRANT_HEADER, "value": decision_id, "expires_at": grant.expires_at}
            else:
                out["grant"] = None
        return out
