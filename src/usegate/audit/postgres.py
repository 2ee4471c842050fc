"""The PostgreSQL audit store, for several gateways sharing one log.

The chain head row is locked (`SELECT ... FOR UPDATE`) for the length of each
group commit, so batches from different gateways chain one after the other.

A lost connection (a server restart, a failover, `pg_terminate_backend`) is dropped
and opened again on the next use, with a backoff (0.1 s doubling to 5 s) while the
server stays away: meanwhile each commit fails at once with `AuditError` (the gateway
answers 503, nothing unrecorded), and the first commit after the server is back
succeeds. A commit that finds its connection dead before it could write retries once
on a new one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

import psycopg

from usegate.audit._sql import SQLStore
from usegate.audit.store import Record
from usegate.exceptions import AuditError

log = logging.getLogger("usegate.audit")

BACKOFF_MIN = 0.1
BACKOFF_MAX = 5.0
CONNECT_TIMEOUT = 5


class PostgresStore(SQLStore):
    ph = "%s"
    dialect = "postgres"
    _for_update = " FOR UPDATE"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._backoff = 0.0
        self._retry_at = 0.0
        try:
            self._conn = self._open()
            with self._conn.cursor() as cur:
                # one gateway at a time runs the migrations
                cur.execute("SELECT pg_advisory_xact_lock(7361626)")
            self._migrate()
        except psycopg.Error as exc:
            raise AuditError(f"cannot open audit database `{_safe(url)}`: {_one_line(exc)}") from exc

    def _open(self) -> Any:
        return psycopg.connect(self.url, autocommit=False, connect_timeout=CONNECT_TIMEOUT)

    def _begin(self, cur: Any) -> None:
        pass  # psycopg opens a transaction on the first statement

    def _connection(self) -> Any:
        conn = self._conn
        if conn is not None and not conn.closed and not conn.broken:
            return conn
        now = time.monotonic()
        if now < self._retry_at:
            wait = self._retry_at - now
            raise AuditError(f"audit database `{_safe(self.url)}` unavailable: next attempt in {wait:.1f} s")
        try:
            conn = self._open()
        except psycopg.Error as exc:
            self._backoff = min(max(self._backoff * 2, BACKOFF_MIN), BACKOFF_MAX)
            self._retry_at = time.monotonic() + self._backoff
            raise AuditError(f"cannot reach audit database `{_safe(self.url)}`: {_one_line(exc)}") from exc
        if self._backoff:
            log.warning("audit database connection restored")
        self._backoff = 0.0
        self._conn = conn
        return conn

    def _lost(self, exc: BaseException) -> None:
        conn = self._conn
        if conn is None:
            return
        if conn.broken or conn.closed or isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
            log.warning(
                "audit database connection lost: %s", str(exc).strip().splitlines()[0] if str(exc) else exc
            )
            try:
                conn.close()
            except psycopg.Error:
                pass
            self._conn = None

    def _retry(self, exc: BaseException) -> bool:
        return self._conn is None  # `_lost` dropped it: the server went away, not the query

    def append_batch(self, records: Sequence[Record]) -> None:
        if not records:
            return
        with self._lock:
            for attempt in (1, 2):
                conn = self._connection()
                try:
                    self._write(conn, records)
                    return
                except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
                    self._lost(exc)
                    if attempt == 2 or self._conn is not None:
                        raise
                    # a connection that died while idle (the server restarted): once more on a new one
                except Exception as exc:
                    self._lost(exc)
                    raise

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()


def _one_line(exc: BaseException) -> str:
    return "; ".join(line.strip() for line in str(exc).strip().splitlines() if line.strip())


def _safe(url: str) -> str:
    """The url without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url
