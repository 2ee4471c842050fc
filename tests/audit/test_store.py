"""Audit stores: group commit, hash chain, tamper detection, review queue, redaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from usegate.audit._sql import MIGRATIONS
from usegate.audit.record import AuditRecord, redact
from usegate.audit.store import AuditStore, MemoryStore, StoredRow, open_store, verify
from usegate.review.queue import ReviewQueue

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


def rec(i: int, decision: str = "allow", review: bool = False) -> AuditRecord:
    return AuditRecord(
        decision_id=f"d{i}",
        time=f"2026-06-01T12:00:{i:02d}Z",
        tenant="spd",
        endpoint="/v1/chat/completions",
        decision=decision,
        clauses=[],
        review=review,
    )


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AuditStore]:
    if request.param == "memory":
        s: AuditStore = MemoryStore()
    elif request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    else:
        import psycopg

        schema = "ug_test_" + uuid.uuid4().hex[:8]
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        s = open_store(f"{PG_URL}?options=-csearch_path%3D{schema}")
    yield s
    s.close()
    if request.param == "postgres":
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_append_get_verify(store: AuditStore) -> None:
    store.append_batch([rec(1), rec(2, "deny")])
    store.append_batch([rec(3, "review", review=True)])
    assert [r.seq for r in store.rows()] == [1, 2, 3]
    got = store.get("d2")
    assert got is not None and got["decision"] == "deny" and got["chain"]["seq"] == 2
    assert store.get("nope") is None
    result = verify(store)
    assert result.ok and result.count == 3
    assert store.head()[0] == 3


def test_review_queue(store: AuditStore) -> None:
    store.append_batch([rec(1), rec(2, "review", review=True)])
    queue = ReviewQueue(store)
    [item] = queue.pending()
    assert item["decision_id"] == "d2" and item["status"] == "pending"
    assert queue.resolve("d2", "approved", "alice", "recorded footage, fine")
    assert queue.pending() == []
    assert queue.list("approved")[0]["reviewer"] == "alice"
    assert not queue.resolve("d1", "approved", "alice")
    assert verify(store).ok  # a verdict never rewrites the record


def test_empty_store_verifies(store: AuditStore) -> None:
    assert verify(store).ok


@pytest.mark.parametrize(
    "tamper,expect",
    [
        (
            "UPDATE decisions SET record = replace(record, '\"allow\"', '\"deny\"') WHERE seq = 2",
            "content changed",
        ),  # edited record
        (
            "UPDATE decisions SET decision = 'deny' WHERE seq = 2",
            "column `decision` changed",
        ),  # edited column
        ("DELETE FROM decisions WHERE seq = 2", "missing"),  # removed record
        ("DELETE FROM decisions WHERE seq = 4", "missing at the end"),  # removed tail
    ],
)
def test_sqlite_tampering_is_detected(tmp_path: Path, tamper: str, expect: str) -> None:
    s: Any = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    s.append_batch([rec(i) for i in range(1, 5)])
    assert verify(s).ok
    s.execute(tamper)
    result = verify(s)
    assert not result.ok
    assert any(expect in p for p in result.problems), result.problems
    s.close()


def test_memory_tampering_is_detected() -> None:
    s = MemoryStore()
    s.append_batch([rec(i) for i in range(1, 4)])
    row = next(iter(s.rows()))
    s.replace_row(
        0,
        StoredRow(
            row.seq,
            row.decision_id,
            row.decision,
            row.tenant,
            row.prev_hash,
            row.hash,
            row.data.replace(b"spd", b"xyz"),
        ),
    )
    assert not verify(s).ok


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    s: Any = open_store(url)
    s.append_batch([rec(1)])
    s.close()
    s = open_store(url)  # reopening runs no migration twice and keeps the chain
    assert s.schema_version == len(MIGRATIONS)
    s.append_batch([rec(2)])
    assert verify(s).ok
    s.close()


def test_redact_images_and_files() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "data: not a url"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,aGVsbG8="}},
                ],
            }
        ]
    }
    out, erased = redact(body)
    assert erased == ["messages[0].content[1].image_url.url"]
    url = out["messages"][0]["content"][1]["image_url"]["url"]
    assert url.startswith("[erased image/png sha256:2cf24dba") and "size:5" in url
    assert out["messages"][0]["content"][0]["text"] == "data: not a url"
    assert body["messages"][0]["content"][1]["image_url"]["url"].startswith("data:")  # input untouched


def test_sqlite_opens_beside_a_busy_writer(tmp_path: Path) -> None:
    """`usegate audit ...` opens the database while a gateway commits: it waits for the
    write lock instead of failing with "database is locked"."""
    import threading

    path = tmp_path / "busy.db"
    writer = open_store(f"sqlite:///{path}")
    stop = threading.Event()

    def write() -> None:
        i = 0
        while not stop.is_set():
            writer.append_batch([rec(i)])
            i += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        for _ in range(60):
            reader = open_store(f"sqlite:///{path}")
            assert reader.head()[0] >= 0
            reader.close()
    finally:
        stop.set()
        thread.join()
    assert verify(writer).ok
    writer.close()


def test_sqlite_log_of_schema_1_is_upgraded_with_its_chain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A log written by schema 1 (seq a separate key, time and tenant indexes) opens
    under the current schema with every record and an intact chain."""
    import sqlite3

    url = f"sqlite:///{tmp_path / 'old.db'}"
    monkeypatch.setattr("usegate.audit._sql.MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr("usegate.audit.sqlite.MIGRATIONS", MIGRATIONS[:1])
    old: Any = open_store(url)
    old.append_batch([rec(1), rec(2, "deny")])
    queued = rec(3, "review")
    queued.request = {"sha256": "ab" * 32}
    old.append_batch([queued])
    # the review queue entry as schema 1 wrote it (no body hash column)
    old.execute(
        "INSERT INTO reviews (decision_id, time, tenant, status, row) VALUES (?, ?, ?, 'pending', ?)",
        ("d3", queued.time, "spd", '{"decision_id": "d3", "tenant": "spd"}'),
    )
    assert old.schema_version == 1
    old.close()
    monkeypatch.undo()

    s: Any = open_store(url)
    assert s.schema_version == len(MIGRATIONS)
    assert [r.decision for r in s.rows()] == ["allow", "deny", "review"]
    assert verify(s).ok and s.head()[0] == 3
    # schema 3 gave the queued review its body hash, from the chained record
    assert s.review("d3")["body_sha256"] == "ab" * 32
    s.append_batch([rec(4)])
    assert verify(s).ok and s.get("d4")["chain"]["seq"] == 4
    s.close()
    with sqlite3.connect(tmp_path / "old.db") as conn:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert not indexes & {"decisions_time", "decisions_tenant"}
        # seq is the rowid: no separate key index on it
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'decisions'").fetchone()
        assert "seq INTEGER PRIMARY KEY" in sql


@pytest.mark.postgres
def test_two_gateways_share_one_postgres_log() -> None:
    """Two stores (two gateways' connections) commit batches at the same time: the chain
    head lock orders their batches into one unbroken chain holding every record."""
    import threading

    import psycopg

    schema = "ug_test_" + uuid.uuid4().hex[:8]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    try:
        stores = [open_store(url), open_store(url)]

        def write(g: int) -> None:
            for batch in range(20):
                stores[g].append_batch(
                    [
                        AuditRecord(
                            decision_id=f"g{g}-{batch}-{i}",
                            time="2026-06-01T12:00:00Z",
                            tenant="shopco",
                            endpoint="/v1/chat/completions",
                            decision="allow",
                        )
                        for i in range(5)
                    ]
                )

        threads = [threading.Thread(target=write, args=(g,)) for g in (0, 1)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        rows = list(stores[0].rows())
        assert [r.seq for r in rows] == list(range(1, 201))
        assert {r.decision_id for r in rows} == {
            f"g{g}-{b}-{i}" for g in (0, 1) for b in range(20) for i in range(5)
        }
        assert verify(stores[1]).ok
        for s in stores:
            s.close()
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
