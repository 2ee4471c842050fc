"""Faults under load (issue 10, "done when"): `kill -9` of the gateway (SQLite and
PostgreSQL) loses no record of an answered request and leaves a chain that verifies;
a PostgreSQL outage mid-run is ridden out without a restart.

The PostgreSQL outage is simulated on a database of the test's own, so that other
suites sharing the server are not disturbed: connections to it are refused
(`ALLOW_CONNECTIONS false`) and the gateway's backends terminated, which is what a
restart looks like from the gateway; then connections are allowed again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.gateway.conftest import Server
from tests.gateway.test_shutdown import free_port
from usegate.audit.store import open_store, verify
from usegate.gateway.demo import DemoUpstream

USEGATE = Path(sys.executable).parent / "usegate"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
ALLOWED = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Summarise this shift report."}]}
DENIED = {
    "model": "gpt-4o",
    "messages": [
        {"role": "user", "content": "Who is the man in this photo? Match his face against our mugshots."}
    ],
}

pytestmark = pytest.mark.slow


class Gateway:
    """`usegate serve` in a subprocess."""

    def __init__(self, config: Path) -> None:
        self.port = free_port()
        self.config = config
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [str(USEGATE), "serve", "--config", str(self.config), "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "USEGATE_LOG_REQUESTS": "false"},
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert self.proc.poll() is None and time.monotonic() < deadline, "gateway did not start"
            time.sleep(0.1)

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)


class Load:
    """Clients sending allowed and denied requests until stopped; keeps what was answered."""

    def __init__(self, gateway: Gateway, clients: int = 8) -> None:
        self.gateway = gateway
        self.answered: list[tuple[int, str]] = []  # (status, decision id)
        self.unavailable = 0
        self.unexpected: list[str] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(clients)]
        self._lock = threading.Lock()

    def _run(self, i: int) -> None:
        key = "ug-spd" if i % 2 else "ug-shop"
        body = DENIED if i % 4 == 1 else ALLOWED
        with httpx.Client(timeout=10) as client:
            while not self._stop.is_set():
                try:
                    r = client.post(
                        self.gateway.url + "/v1/chat/completions",
                        json=body,
                        headers={"Authorization": f"Bearer {key}"},
                    )
                except httpx.TransportError:
                    time.sleep(0.01)
                    continue
                with self._lock:
                    if r.status_code in (200, 403):
                        self.answered.append((r.status_code, r.headers["x-usegate-decision-id"]))
                    elif r.status_code == 503:
                        self.unavailable += 1
                    else:
                        self.unexpected.append(f"{r.status_code}: {r.text[:200]}")

    def __enter__(self) -> Load:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(15)
        assert not self.unexpected, self.unexpected[:3]

    def wait_for(self, count: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.answered) < count:
            assert time.monotonic() < deadline, f"only {len(self.answered)} answers"
            time.sleep(0.05)


def config(tmp_path: Path, upstream: Server, audit_url: str) -> Path:
    path = tmp_path / "usegate.yaml"
    path.write_text(
        f'upstream: {{base_url: "{upstream.url}/v1", api_key: sk-x}}\n'
        f'audit: {{url: "{audit_url}"}}\n'
        "vision: false\n"
        "tenants:\n"
        "  - {id: shopco, name: ShopCo, sector: commercial, country: US, api_keys: [ug-shop]}\n"
        "  - {id: spd, name: SPD, sector: law_enforcement, le_type: police, country: US, api_keys: [ug-spd]}\n"
    )
    return path


def kill_under_load_twice(cfg: Path, audit_url: str) -> None:
    gateway = Gateway(cfg)
    answered: list[tuple[int, str]] = []
    try:
        for _ in range(2):
            gateway.start()
            with Load(gateway) as load:
                load.wait_for(len(answered) + 150)
                gateway.kill9()  # mid-flight: requests are being decided and committed
            answered.extend(load.answered)
        gateway.start()  # the log opens after two crashes, and takes more
        with Load(gateway) as load:
            load.wait_for(50)
        answered.extend(load.answered)
    finally:
        gateway.stop()
    store = open_store(audit_url)
    try:
        result = verify(store)
        assert result.ok, result.problems
        for status, did in answered:  # every answered request has its record, as answered
            record = store.get(did)
            assert record is not None, f"answered {status} for `{did}` but no record"
            assert record["action"] == ("refused" if status == 403 else "forwarded")
        assert {s for s, _ in answered} == {200, 403}
    finally:
        store.close()


@pytest.fixture(scope="module")
def upstream() -> Iterator[Server]:
    with Server(DemoUpstream()) as server:
        yield server


def test_kill9_under_load_sqlite(tmp_path: Path, upstream: Server) -> None:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    kill_under_load_twice(config(tmp_path, upstream, url), url)


@pytest.fixture
def pg_database() -> Iterator[str]:
    import psycopg

    name = "ug_fault_" + uuid.uuid4().hex[:8]
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.mark.postgres
def test_kill9_under_load_postgres(tmp_path: Path, upstream: Server, pg_database: str) -> None:
    kill_under_load_twice(config(tmp_path, upstream, pg_database), pg_database)


def outage(database: str, seconds: float) -> None:
    """What a PostgreSQL restart looks like to the gateway, on its database only."""
    import psycopg

    name = database.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        time.sleep(seconds)
        conn.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")


@pytest.mark.postgres
def test_postgres_outage_mid_run_is_ridden_out(tmp_path: Path, upstream: Server, pg_database: str) -> Any:
    gateway = Gateway(config(tmp_path, upstream, pg_database))
    gateway.start()
    try:
        with Load(gateway) as load:
            load.wait_for(100)
            outage(pg_database, 2.0)
            during = load.unavailable
            after = len(load.answered)
            load.wait_for(after + 200, timeout=20)  # answering again, without a restart
        assert during > 0  # the outage was seen: 503, never an unrecorded answer
        assert httpx.get(gateway.url + "/readyz", timeout=5).status_code == 200
    finally:
        gateway.stop()
    store = open_store(pg_database)
    try:
        assert verify(store).ok
        for _, did in load.answered:
            assert store.get(did) is not None
    finally:
        store.close()
