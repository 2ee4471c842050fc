"""Group commit: a background thread that writes queued records in batches, one durable
commit per batch, and resolves each submitter's future once its record is committed.

The event loop never waits for another writer; a request waits only for its own commit,
and every request that arrives while a commit is in flight rides on the next one. A
request with no other in flight, and an idle writer, commits itself (`submit(alone=True)`).
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Callable

from usegate.audit.record import AuditRecord
from usegate.audit.store import AuditStore
from usegate.exceptions import AuditError

log = logging.getLogger("usegate.audit")


class AuditWriter:
    def __init__(
        self,
        store: AuditStore,
        *,
        max_batch: int = 1024,
        on_commit: Callable[[int, float], None] | None = None,
        on_fail: Callable[[int], None] | None = None,
    ) -> None:
        self.store = store
        self.max_batch = max_batch
        self.on_commit = on_commit
        self.on_fail = on_fail
        # a C-level queue: handing one record to the writer costs a put, not a condition
        self._queue: queue.SimpleQueue[tuple[AuditRecord, asyncio.Future[None]] | None] = queue.SimpleQueue()
        self._closing = False
        self._busy = False  # the writer thread holds a batch
        self._commit_now: Callable[[list[AuditRecord]], bool] | None = getattr(store, "try_append_now", None)
        self._metrics_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._run, name="usegate-audit-writer", daemon=True)
        self._thread.start()

    def submit(self, record: AuditRecord, *, alone: bool = False) -> asyncio.Future[None]:
        """Queue a record; the future completes when it is committed (or fails with `AuditError`).

        `alone`: the caller has no other request in flight. If the writer is idle too,
        and the store can commit without waiting for another writer (SQLite's
        `try_append_now`), the record is committed here and now: at concurrency 1 that
        saves the hand-over to the writer thread and back, which cost more CPU than the
        commit itself. Under load, records always go to the group commit.
        """
        assert self._loop is not None, "writer not started"
        future: asyncio.Future[None] = self._loop.create_future()
        if self._closing:
            future.set_exception(AuditError("audit writer is closed"))
            return future
        if alone and self._commit_now is not None and not self._busy and self._queue.empty():
            started = time.perf_counter()
            try:
                done = self._commit_now([record])
            except Exception as exc:
                log.exception("audit commit of 1 record failed")
                self._failed(1)
                future.set_exception(AuditError(f"audit log write failed: {type(exc).__name__}: {exc}"))
                return future
            if done:
                self._committed(1, time.perf_counter() - started)
                future.set_result(None)
                return future
        self._queue.put((record, future))
        return future

    def _committed(self, size: int, seconds: float) -> None:
        if self.on_commit is not None:
            with self._metrics_lock:  # the loop thread (commits now) and the writer thread
                self.on_commit(size, seconds)

    def _failed(self, size: int) -> None:
        if self.on_fail is not None:
            with self._metrics_lock:
                self.on_fail(size)

    async def write(self, record: AuditRecord) -> None:
        await self.submit(record)

    def _run(self) -> None:
        closing = False
        while not closing:
            first = self._queue.get()
            if first is None:
                break
            self._busy = True
            batch = [first]
            # everything queued while the last commit was in flight rides on this one
            while len(batch) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:  # close(): write this batch, then stop
                    closing = True
                    break
                batch.append(item)
            started = time.perf_counter()
            results = self._commit([r for r, _ in batch])
            failed = sum(1 for e in results if e is not None)
            if failed < len(batch):
                self._committed(len(batch) - failed, time.perf_counter() - started)
            if failed:
                self._failed(failed)
            assert self._loop is not None
            try:
                self._loop.call_soon_threadsafe(_resolve_each, [f for _, f in batch], results)
            except RuntimeError:  # the loop is gone (shutdown): nobody is waiting any more
                pass
            self._busy = False

    def _commit(self, records: list[AuditRecord]) -> list[BaseException | None]:
        """Commit `records` as one group; if the group fails, each record alone, so one
        bad record never fails another's commit. One result per record (None: committed)."""
        try:
            self.store.append_batch(records)
            return [None] * len(records)
        except Exception as exc:
            log.exception("audit commit of %d records failed", len(records))
            if len(records) == 1:
                return [AuditError(f"audit log write failed: {type(exc).__name__}: {exc}")]
        results: list[BaseException | None] = []
        in_a_row = 0
        for record in records:
            if in_a_row >= 2:  # the store itself is down, not one record: fail the rest at once
                results.append(results[-1])
                continue
            try:
                self.store.append_batch([record])
                results.append(None)
                in_a_row = 0
            except Exception as exc:
                log.exception("audit commit of record `%s` failed", record.decision_id)
                results.append(AuditError(f"audit log write failed: {type(exc).__name__}: {exc}"))
                in_a_row += 1
        return results

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop the thread."""
        self._closing = True
        self._queue.put(None)  # after every record submitted before it
        if self._thread is not None:
            self._thread.join(timeout)
        # a record that raced past the close check is failed, never left hanging
        late: list[asyncio.Future[None]] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                late.append(item[1])
        if late and self._loop is not None:
            try:
                self._loop.call_soon_threadsafe(_resolve, late, AuditError("audit writer is closed"))
            except RuntimeError:
                pass


def _resolve_each(futures: list[asyncio.Future[None]], results: list[BaseException | None]) -> None:
    for f, error in zip(futures, results, strict=True):
        if f.done():
            continue
        if error is None:
            f.set_result(None)
        else:
            f.set_exception(error)


def _resolve(futures: list[asyncio.Future[None]], error: BaseException | None) -> None:
    for f in futures:
        if f.done():
            continue
        if error is None:
            f.set_result(None)
        else:
            f.set_exception(error)
