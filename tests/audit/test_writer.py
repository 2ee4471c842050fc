"""Group commit: many concurrent submitters, few commits, every record chained."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

import pytest

from usegate.audit.record import AuditRecord
from usegate.audit.store import MemoryStore, open_store, verify
from usegate.audit.writer import AuditWriter
from usegate.exceptions import AuditError


def rec(i: int) -> AuditRecord:
    return AuditRecord(decision_id=f"d{i}", time="t", tenant="x", endpoint="/v1/embeddings", decision="allow")


def test_group_commit(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    batches: list[int] = []

    async def main() -> None:
        writer = AuditWriter(store, on_commit=lambda n, s: batches.append(n))
        writer.start()
        await asyncio.gather(*(writer.write(rec(i)) for i in range(200)))
        writer.close()

    asyncio.run(main())
    assert sum(batches) == 200 and len(batches) < 200
    assert verify(store).ok and verify(store).count == 200
    store.close()


def test_store_failure_reaches_the_submitter() -> None:
    class Broken(MemoryStore):
        def append_batch(self, records: Sequence[AuditRecord]) -> None:
            raise OSError("disk full")

    async def main() -> None:
        writer = AuditWriter(Broken())
        writer.start()
        with pytest.raises(AuditError, match="disk full"):
            await writer.write(rec(1))
        writer.close()

    asyncio.run(main())


def test_a_lone_request_commits_at_once_and_in_the_chain(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    batches: list[int] = []

    async def main() -> None:
        writer = AuditWriter(store, on_commit=lambda n, s: batches.append(n))
        writer.start()
        for i in range(5):
            future = writer.submit(rec(i), alone=True)
            assert future.done()  # committed on the spot, no hand-over to the writer thread
            await future
        await writer.submit(rec(5))  # not alone: the group commit, as before
        writer.close()

    asyncio.run(main())
    assert batches == [1] * 6
    assert verify(store).ok and [r.decision_id for r in store.rows()] == [f"d{i}" for i in range(6)]
    store.close()


def test_a_lone_request_never_waits_for_another_writer(tmp_path: Path) -> None:
    """Another process holds the write lock (say `usegate audit resolve`): the lone
    request goes to the writer thread, which waits for the lock; the loop does not."""
    import sqlite3
    import time

    path = tmp_path / "a.db"
    store = open_store(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None)

    async def main() -> None:
        writer = AuditWriter(store)
        writer.start()
        other.execute("BEGIN IMMEDIATE")
        started = time.perf_counter()
        future = writer.submit(rec(1), alone=True)
        assert time.perf_counter() - started < 0.2 and not future.done()
        await asyncio.sleep(0.3)
        assert not future.done()  # still waiting for the lock, in the writer thread
        other.execute("COMMIT")
        await asyncio.wait_for(future, 10)
        writer.close()

    asyncio.run(main())
    other.close()
    assert verify(store).ok and store.head()[0] == 1
    store.close()


def test_a_lone_request_hears_a_failing_store(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'a.db'}")

    def broken(records: Sequence[AuditRecord]) -> bool:
        raise OSError("disk I/O error")

    store.try_append_now = broken  # type: ignore[attr-defined]

    async def main() -> None:
        writer = AuditWriter(store)
        writer.start()
        with pytest.raises(AuditError, match="disk I/O error"):
            await writer.submit(rec(1), alone=True)
        writer.close()

    asyncio.run(main())
    store.close()


def test_one_bad_record_never_fails_another_commit() -> None:
    """Issue 10 item 6: a record the store cannot take fails alone; every other record of
    its group commit is committed and chained."""

    class Picky(MemoryStore):
        def append_batch(self, records: Sequence[AuditRecord]) -> None:
            if any(r.decision_id == "d13" for r in records):
                raise ValueError("cannot store d13")
            super().append_batch(records)

    store = Picky()
    failed: list[int] = []

    async def main() -> list[BaseException | None]:
        writer = AuditWriter(store, on_fail=failed.append)
        writer.start()
        results = await asyncio.gather(*(writer.write(rec(i)) for i in range(100)), return_exceptions=True)
        writer.close()
        return results

    results = asyncio.run(main())
    assert [i for i, r in enumerate(results) if r is not None] == [13]
    assert isinstance(results[13], AuditError)
    assert {r.decision_id for r in store.rows()} == {f"d{i}" for i in range(100)} - {"d13"}
    assert verify(store).ok and failed == [1]


def test_deep_body_record_is_sealed_not_failed() -> None:
    """The record of a body nested past the serialiser's limit keeps everything but the body."""
    deep: object = "data:image/png;base64,AAAA"
    for _ in range(300):
        deep = [deep]
    store = MemoryStore()

    async def main() -> None:
        writer = AuditWriter(store)
        writer.start()
        bad = rec(1)
        bad.input = deep
        bad.seal()
        await asyncio.gather(writer.write(bad), *(writer.write(rec(i)) for i in range(2, 50)))
        writer.close()

    asyncio.run(main())
    assert verify(store).count == 49
    got = store.get("d1")
    assert got is not None and got["input"] is None and got["erased"] == ["$"]
