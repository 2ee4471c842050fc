"""The review queue, on top of an `AuditStore`: a `review` decision is queued (pending) in
the same commit as its record; a reviewer's verdict updates the queue entry only and
never rewrites the decision record."""

from __future__ import annotations

import builtins
from typing import Any

from usegate.audit.store import AuditStore

VERDICTS = ("approved", "rejected")


class ReviewQueue:
    def __init__(self, store: AuditStore) -> None:
        self.store = store

    def list(self, status: str | None = "pending") -> list[dict[str, Any]]:
        return self.store.reviews(status)

    def pending(self) -> builtins.list[dict[str, Any]]:
        return self.store.reviews("pending")

    def resolve(self, decision_id: str, verdict: str, reviewer: str, note: str = "") -> bool:
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict `{verdict}`: expected approved or rejected")
        return self.store.set_review(decision_id, verdict, reviewer, note)
