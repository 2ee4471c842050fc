"""The SQLite audit store (the default): WAL journal, one fsync per group commit."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from usegate.audit._sql import MIGRATIONS, SQLStore
from usegate.audit.record import AuditRecord
from usegate.exceptions import AuditError


class SQLiteStore(SQLStore):
    ph = "?"

    def __init__(self, path: str | Path, *, synchronous: str = "full") -> None:
        super().__init__()
        self.path = str(path)
        self._sync = "FULL" if synchronous == "full" else "NORMAL"
        self._fast: sqlite3.Connection | None = None
        try:
            if self.path != ":memory:" and not Path(self.path).parent.is_dir():
                # never created silently: a typo in the path would start a second, empty log
                raise AuditError(f"cannot open audit database `{self.path}`: its folder does not exist")
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(f"PRAGMA synchronous={self._sync}")
            self._conn.execute("PRAGMA busy_timeout=10000")
            if not self._up_to_date():
                # IMMEDIATE: take the write lock (waiting on busy_timeout) before migrating;
                # a deferred transaction that upgrades to a write while a gateway commits
                # fails at once with "database is locked"
                self._conn.execute("BEGIN IMMEDIATE")
                self._migrate()
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open audit database `{self.path}`: {exc}") from exc

    def _up_to_date(self) -> bool:
        """Whether the schema is current, read without a write lock (so `usegate audit`
        beside a busy gateway never waits for, or starves on, the writer)."""
        cur = self._conn.cursor()
        cur.execute("BEGIN")
        try:
            cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
            if cur.fetchone() is None:
                return False
            cur.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
            if int(cur.fetchone()[0]) < len(MIGRATIONS):
                return False
            cur.execute("SELECT 1 FROM chain_head WHERE id = 1")
            return cur.fetchone() is not None
        finally:
            cur.execute("COMMIT")

    def _begin(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")

    def try_append_now(self, records: Sequence[AuditRecord]) -> bool:
        """Commit `records` now, on a second connection that never waits for the write
        lock: False, with nothing written, when another writer holds it.

        For a caller that must not wait on other writers (the gateway's event loop, when
        no other request is in flight: see `AuditWriter.submit`). The commit is as
        durable as `append_batch`'s."""
        if self.path == ":memory:":
            return False
        fast = self._fast
        if fast is None:
            fast = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            fast.execute(f"PRAGMA synchronous={self._sync}")
            fast.execute("PRAGMA busy_timeout=0")
            self._fast = fast
        try:
            self._write(fast, records)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return False
            raise
        return True

    def close(self) -> None:
        if self._fast is not None:
            self._fast.close()
            self._fast = None
        super().close()
