"""The PostgreSQL audit store, for several gateways sharing one log.

The chain head row is locked (`SELECT ... FOR UPDATE`) for the length of each
group commit, so batches from different gateways chain one after the other.
"""

from __future__ import annotations

from typing import Any

import psycopg

from usegate.audit._sql import SQLStore
from usegate.exceptions import AuditError


class PostgresStore(SQLStore):
    ph = "%s"
    dialect = "postgres"
    _for_update = " FOR UPDATE"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=False)
            with self._conn.cursor() as cur:
                # one gateway at a time runs the migrations
                cur.execute("SELECT pg_advisory_xact_lock(7361626)")
            self._migrate()
        except psycopg.Error as exc:
            raise AuditError(f"cannot open audit database `{_safe(url)}`: {str(exc).strip()}") from exc

    def _begin(self, cur: Any) -> None:
        pass  # psycopg opens a transaction on the first statement


def _safe(url: str) -> str:
    """The url without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url
