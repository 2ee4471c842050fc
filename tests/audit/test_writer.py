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
