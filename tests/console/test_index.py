"""The console's index follows the log: incremental sync, search with a keyset cursor,
hourly counts, the review queue as the chain tells it, and the chain walked on the way."""

from __future__ import annotations

from typing import Any

import pytest

from usegate.audit.record import AuditRecord, VerdictRecord
from usegate.audit.store import MemoryStore, StoredRow
from usegate.console.index import ConsoleIndex, Query, default_path, micros

C1 = "azure-openai-coc/us-police-facial-recognition"


def rec(i: int, tenant: str = "shopco", decision: str = "allow", minute: int = 0, **kw: Any) -> AuditRecord:
    return AuditRecord(
        decision_id=f"{i:032x}",
        time=f"2026-06-01T{10 + minute // 60:02d}:{minute % 60:02d}:00Z",
        tenant=tenant,
        endpoint="/v1/chat/completions",
        decision=decision,
        clauses=[C1] if decision != "allow" else [],
        review=decision == "review",
        **kw,
    )


def test_sync_is_incremental_and_search_pages_by_cursor() -> None:
    store = MemoryStore()
    store.append_batch(
        [
            rec(i, "spd" if i % 3 == 0 else "shopco", "deny" if i % 3 == 0 else "allow", i)
            for i in range(1, 31)
        ]
    )
    index = ConsoleIndex()
    assert index.sync(store) == 30
    assert index.sync(store) == 0
    store.append_batch([rec(31, minute=31)])
    assert index.sync(store) == 1

    newest = index.search(Query(limit=5))
    assert [e.decision_id for e in newest] == [f"{i:032x}" for i in (31, 30, 29, 28, 27)]
    seen = []
    q = Query(tenant="spd", limit=4)
    while True:
        page = index.search(q)
        seen += [e.decision_id for e in page]
        if len(page) < q.limit:
            break
        q = Query(tenant="spd", limit=4, before=(page[-1].t, page[-1].seq))
    assert seen == [f"{i:032x}" for i in range(30, 0, -3)]
    assert {e.decision for e in index.search(Query(clause=C1, limit=100))} == {"deny"}
    window = index.search(Query(since=micros("2026-06-01T10:05:00Z"), until=micros("2026-06-01T10:08:00Z")))
    assert [e.decision_id for e in window] == [f"{i:032x}" for i in (7, 6, 5)]
    counts = index.counts()
    assert sum(n for _, d, n in counts["hours"] if d == "deny") == 10
    assert dict(((t, d), n) for t, d, n in counts["tenants"])[("spd", "deny")] == 10
    assert index.tenants() == ["shopco", "spd"] and index.clauses() == [C1]
    assert index.chain(store).ok


def test_queue_follows_chained_verdicts() -> None:
    store = MemoryStore()
    store.append_batch([rec(1, "lensco", "review", 1), rec(2, "lensco", "review", 2)])
    index = ConsoleIndex()
    index.sync(store)
    assert [q["decision_id"] for q in index.queue()] == [f"{1:032x}", f"{2:032x}"]  # oldest first
    store.append_batch(
        [
            VerdictRecord(
                decision_id="v-1",
                time="2026-06-01T11:00:00Z",
                tenant="lensco",
                decision="approved",
                review_of=f"{1:032x}",
                reviewer="alice",
            )
        ]
    )
    index.sync(store)
    assert [q["decision_id"] for q in index.queue()] == [f"{2:032x}"]
    [done] = index.queue("approved")
    assert done["reviewer"] == "alice"
    assert index.backlog()[0] == 1
    assert index.turnaround() == [59 * 60.0]
    # verdicts are not decisions
    assert all(not e.decision_id.startswith("v-") for e in index.search(Query(limit=10)))


def test_a_changed_record_is_reported() -> None:
    store = MemoryStore()
    store.append_batch([rec(1), rec(2)])
    row = list(store.rows())[0]
    store.replace_row(
        0,
        StoredRow(
            row.seq,
            row.decision_id,
            row.decision,
            row.tenant,
            row.prev_hash,
            row.hash,
            row.data.replace(b"shopco", b"spd"),
        ),
    )
    index = ConsoleIndex()
    index.sync(store)
    chain = index.chain(store)
    assert not chain.ok and "content changed" in chain.problems[0]


def test_index_location() -> None:
    assert default_path("sqlite:///./a.db", None) == "./a.db.console"
    assert default_path("sqlite:////var/lib/a.db", None) == "/var/lib/a.db.console"
    assert default_path("postgresql://x/y", None) == ":memory:"
    assert default_path("postgresql://x/y", "/tmp/i.db") == "/tmp/i.db"


@pytest.mark.postgres
def test_the_index_follows_a_postgres_log() -> None:
    import uuid

    import psycopg

    from usegate.audit.store import open_store

    url = "postgresql://postgres@127.0.0.1:5432/test"
    schema = "ug_test_" + uuid.uuid4().hex[:8]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    store = open_store(f"{url}?options=-csearch_path%3D{schema}")
    try:
        store.append_batch([rec(1, "spd", "deny", 1), rec(2, "lensco", "review", 2)])
        index = ConsoleIndex()
        assert index.sync(store) == 2
        assert [e.decision for e in index.search(Query(limit=10))] == ["review", "deny"]
        assert index.backlog()[0] == 1 and index.chain(store).ok
    finally:
        store.close()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
