"""The SQLite audit store (the default): WAL journal, one fsync per group commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from usegate.audit._sql import SQLStore
from usegate.exceptions import AuditError


class SQLiteStore(SQLStore):
    ph = "?"

    def __init__(self, path: str | Path, *, synchronous: str = "full") -> None:
        super().__init__()
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(f"PRAGMA synchronous={'FULL' if synchronous == 'full' else 'NORMAL'}")
            self._conn.execute("PRAGMA busy_timeout=10000")
            self._conn.execute("BEGIN")
            self._migrate()
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open audit database `{self.path}`: {exc}") from exc

    def _begin(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")
