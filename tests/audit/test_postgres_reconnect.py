"""The PostgreSQL store rides out a lost connection (issue 10 item 8): a terminated
backend is replaced on the next commit, an unreachable server is retried with a
backoff, and the chain stays whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from usegate.audit.record import AuditRecord
from usegate.audit.store import open_store, verify
from usegate.exceptions import AuditError

pytestmark = pytest.mark.postgres
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


def rec(i: int) -> AuditRecord:
    return AuditRecord(
        decision_id=f"r{i}", time="t", tenant="spd", endpoint="/v1/chat/completions", decision="allow"
    )


@pytest.fixture
def url() -> Iterator[str]:
    import psycopg

    schema = "ug_test_" + uuid.uuid4().hex[:8]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG_URL}?options=-csearch_path%3D{schema}&application_name={schema}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def terminate(url: str) -> int:
    """Kill the store's server processes (as a PostgreSQL restart would), not anyone else's."""
    import psycopg

    name = url.rsplit("application_name=", 1)[1]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s", (name,)
        ).fetchall()
    return len(rows)


def test_a_terminated_connection_is_replaced(url: str) -> None:
    store = open_store(url)
    store.append_batch([rec(1)])
    assert terminate(url) == 1
    store.append_batch([rec(2)])  # the dead connection is noticed and replaced: no error
    assert terminate(url) == 1
    assert store.get("r2") is not None  # reads reconnect too (the first read may fail once)
    store.append_batch([rec(3)])
    assert verify(store).ok and verify(store).count == 3
    store.close()


def test_an_unreachable_server_is_retried_with_backoff(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    from usegate.audit import postgres

    store = open_store(url)
    store.append_batch([rec(1)])
    terminate(url)
    real = postgres.PostgresStore._open
    monkeypatch.setattr(
        postgres.PostgresStore, "_open", lambda self: (_ for _ in ()).throw(psycopg.OperationalError("down"))
    )
    with pytest.raises(AuditError, match="cannot reach audit database"):
        store.append_batch([rec(2)])
    with pytest.raises(AuditError, match="next attempt in"):  # within the backoff: fails at once
        store.append_batch([rec(2)])
    monkeypatch.setattr(postgres.PostgresStore, "_open", real)
    store._retry_at = 0.0  # type: ignore[attr-defined]  # the backoff has passed
    store.append_batch([rec(2)])
    assert verify(store).ok and verify(store).count == 2
    store.close()
