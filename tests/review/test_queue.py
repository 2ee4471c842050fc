"""Verdicts are chained records: appended, never rewritten; a later verdict supersedes;
the queue is a view of the chain that verification checks; grants are read from the
chain only."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from usegate.audit.record import AuditRecord
from usegate.audit.store import AuditStore, MemoryStore, open_store, verify
from usegate.review.queue import ReviewQueue

SHA = "ab" * 32


def queued(i: int, tenant: str = "lensco", sha: str = SHA) -> AuditRecord:
    return AuditRecord(
        decision_id=f"{i:032x}",
        time="2026-06-01T12:00:00Z",
        tenant=tenant,
        endpoint="/v1/chat/completions",
        decision="review",
        request={"sha256": sha, "size": 10},
        review=True,
    )


PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AuditStore]:
    if request.param == "postgres":
        import psycopg

        schema = "ug_test_" + uuid.uuid4().hex[:8]
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        s: AuditStore = open_store(f"{PG_URL}?options=-csearch_path%3D{schema}")
    elif request.param == "memory":
        s = MemoryStore()
    else:
        s = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    yield s
    s.close()
    if request.param == "postgres":
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_a_verdict_is_a_chained_record_and_history_stays(store: AuditStore) -> None:
    store.append_batch([queued(1)])
    q = ReviewQueue(store)
    assert q.resolve(f"{1:032x}", "rejected", "alice", "no consent")
    assert q.resolve(f"{1:032x}", "approved", "bob", "consent found")
    rows = list(store.rows())
    assert [r.decision for r in rows] == ["review", "rejected", "approved"]
    history = q.history(f"{1:032x}")
    assert [(v["reviewer"], v["decision"], v["note"]) for v in history] == [
        ("alice", "rejected", "no consent"),
        ("bob", "approved", "consent found"),
    ]
    assert history[1]["supersedes"] == history[0]["decision_id"] and history[0]["supersedes"] is None
    assert history[0]["body_sha256"] == SHA and history[0]["chain"]["seq"] == 2
    entry = q.get(f"{1:032x}")
    assert entry is not None and entry["status"] == "approved" and entry["reviewer"] == "bob"
    assert q.pending() == []
    assert verify(store).ok


def test_unknown_reviews_and_verdicts_are_refused(store: AuditStore) -> None:
    q = ReviewQueue(store)
    assert not q.resolve("nope", "approved", "alice")
    store.append_batch([queued(1)])
    with pytest.raises(ValueError, match="unknown verdict `maybe`"):
        q.resolve(f"{1:032x}", "maybe", "alice")
    with pytest.raises(ValueError, match="reviewer"):
        q.resolve(f"{1:032x}", "approved", "  ")


def test_grant_is_bound_to_tenant_body_and_time(store: AuditStore) -> None:
    store.append_batch([queued(1)])
    q = ReviewQueue(store, grant_ttl=3600)
    did = f"{1:032x}"
    now = datetime.now(UTC)
    assert q.grant(did, "lensco", SHA, now) is None  # no verdict yet
    q.resolve(did, "approved", "alice")
    grant = q.grant(did, "lensco", SHA, now)
    assert grant is not None and grant.reviewer == "alice" and grant.decision_id == did
    assert q.grant(did, "spd", SHA, now) is None  # another tenant
    assert q.grant(did, "lensco", "cd" * 32, now) is None  # another body
    assert q.grant(did, "lensco", SHA, now + timedelta(hours=2)) is None  # expired
    q.resolve(did, "rejected", "bob")
    assert q.grant(did, "lensco", SHA, now) is None  # superseded by a rejection
    assert q.rejection("lensco", SHA) is not None and q.rejection("spd", SHA) is None


def test_verification_covers_the_queue(tmp_path: Path) -> None:
    store: Any = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    store.append_batch([queued(1), queued(2)])
    q = ReviewQueue(store)
    q.resolve(f"{1:032x}", "rejected", "alice")
    assert verify(store).ok
    # flipping the queue entry behind the chain's back is noticed, and grants nothing
    store.execute("UPDATE reviews SET status = 'approved' WHERE decision_id = ?", (f"{1:032x}",))
    problems = verify(store).problems
    assert any("queue says `approved` but the chain says `rejected`" in p for p in problems)
    assert q.grant(f"{1:032x}", "lensco", SHA, datetime.now(UTC)) is None
    # so is a verdict edited in place
    store.execute("UPDATE reviews SET status = 'rejected' WHERE decision_id = ?", (f"{1:032x}",))
    store.execute("UPDATE decisions SET decision = 'approved' WHERE seq = 3")
    assert not verify(store).ok
    store.close()
