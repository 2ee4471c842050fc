"""`/readyz`, the audit-failure metric and a PostgreSQL log that comes back (issue 10
item 8): the gateway says when it cannot answer, counts what it could not record, and
rides out a lost database connection without a restart."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import httpx
import pytest

from usegate.audit.record import AuditRecord
from usegate.audit.store import MemoryStore, verify

CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
HEADERS = {"Authorization": "Bearer ug-shopco-1"}
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


class Flaky(MemoryStore):
    def __init__(self) -> None:
        super().__init__()
        self.down = False

    def append_batch(self, records: Sequence[AuditRecord]) -> None:
        if self.down:
            raise OSError("disk gone")
        super().append_batch(records)

    def ping(self) -> None:
        if self.down:
            raise OSError("disk gone")


def test_ready_when_store_and_upstream_answer(gateway: Any) -> None:
    r = httpx.get(gateway.server.url + "/readyz")
    assert r.status_code == 200 and r.json() == {"status": "ready"}


def test_not_ready_without_upstream(make_gateway: Any, settings: Any) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    gw = make_gateway(
        replace(settings, upstream=replace(settings.upstream, base_url=f"http://127.0.0.1:{dead}/v1"))
    )
    r = httpx.get(gw.server.url + "/readyz")
    assert r.status_code == 503 and r.json()["problems"] == ["upstream: not reachable"]
    assert str(dead) not in r.text
    assert httpx.get(gw.server.url + "/healthz").status_code == 200  # the process is up


def test_store_outage_shows_in_readyz_and_the_metric(make_gateway: Any, settings: Any) -> None:
    from usegate.gateway import readiness

    store = Flaky()
    gw = make_gateway(settings, store=store)
    assert httpx.post(gw.base_url + "/chat/completions", json=CHAT, headers=HEADERS).status_code == 200
    store.down = True
    readiness.CACHE_SECONDS = 0.0
    try:
        r = httpx.get(gw.server.url + "/readyz")
        assert r.status_code == 503 and r.json()["problems"] == ["audit store: OSError"]
        assert httpx.post(gw.base_url + "/chat/completions", json=CHAT, headers=HEADERS).status_code == 503
        assert "usegate_audit_failures_total 1.0" in httpx.get(gw.server.url + "/metrics").text
        store.down = False
        assert httpx.get(gw.server.url + "/readyz").status_code == 200
    finally:
        readiness.CACHE_SECONDS = 1.0
    assert httpx.post(gw.base_url + "/chat/completions", json=CHAT, headers=HEADERS).status_code == 200


@pytest.fixture
def pg_url() -> Iterator[str]:
    import psycopg

    schema = "ug_test_" + uuid.uuid4().hex[:8]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG_URL}?options=-csearch_path%3D{schema}&application_name={schema}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def terminate(url: str) -> int:
    import psycopg

    name = url.rsplit("application_name=", 1)[1]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s", (name,)
        ).fetchall()
    return len(rows)


@pytest.mark.postgres
def test_gateway_rides_out_a_lost_postgres_connection(make_gateway: Any, settings: Any, pg_url: str) -> None:
    """Before: after the connection was lost every request got 503 until a restart."""
    gw = make_gateway(replace(settings, audit=replace(settings.audit, url=pg_url)))
    statuses = []
    for round_ in range(3):
        for _ in range(5):
            statuses.append(
                httpx.post(gw.base_url + "/chat/completions", json=CHAT, headers=HEADERS).status_code
            )
        assert terminate(pg_url) >= 1, round_
    statuses.append(httpx.post(gw.base_url + "/chat/completions", json=CHAT, headers=HEADERS).status_code)
    assert statuses == [200] * 16
    assert httpx.get(gw.server.url + "/readyz").status_code == 200
    assert verify(gw.app.store).ok and verify(gw.app.store).count == 16
