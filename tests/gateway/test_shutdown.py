"""Graceful shutdown of `usegate serve`: SIGTERM lets in-flight requests finish and be
recorded, then the process exits (by the signal, as uvicorn re-raises it after its
shutdown) and takes no new connections."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from tests.gateway.conftest import Server
from usegate.audit.store import open_store, verify
from usegate.gateway.demo import DemoUpstream

USEGATE = Path(sys.executable).parent / "usegate"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sigterm_finishes_in_flight_requests(tmp_path: Path) -> None:
    with Server(DemoUpstream(delay=1.0)) as upstream:
        port = free_port()
        db = tmp_path / "audit.db"
        cfg = tmp_path / "usegate.yaml"
        cfg.write_text(
            f'upstream: {{base_url: "{upstream.url}/v1", api_key: sk-x}}\n'
            f'audit: {{url: "sqlite:///{db}"}}\n'
            "tenants:\n"
            "  - {id: shopco, name: ShopCo, sector: commercial, country: US, api_keys: [ug-shop]}\n"
        )
        proc = subprocess.Popen(
            [str(USEGATE), "serve", "--config", str(cfg), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert proc.poll() is None and time.monotonic() < deadline, "gateway did not start"
                time.sleep(0.1)

            results: list[Any] = []

            def call() -> None:
                try:
                    results.append(
                        httpx.post(
                            base + "/v1/chat/completions",
                            headers={"Authorization": "Bearer ug-shop"},
                            json={"model": "m", "messages": [{"role": "user", "content": "hello"}]},
                            timeout=10,
                        )
                    )
                except Exception as exc:  # the assertion below reports it
                    results.append(exc)

            threads = [threading.Thread(target=call) for _ in range(3)]
            for t in threads:
                t.start()
            time.sleep(0.4)  # the requests are waiting on the slow upstream
            os.kill(proc.pid, signal.SIGTERM)
            for t in threads:
                t.join(15)
            # uvicorn finishes, runs the lifespan shutdown, then re-raises the signal it caught
            assert proc.wait(15) in (0, -signal.SIGTERM)
            assert b"Application shutdown complete" in (proc.stderr.read() if proc.stderr else b"")
            assert all(isinstance(r, httpx.Response) and r.status_code == 200 for r in results), results
            ids = {r.headers["x-usegate-decision-id"] for r in results}
            try:
                httpx.get(base + "/healthz", timeout=1)
                raise AssertionError("the stopped gateway still answers")
            except httpx.TransportError:
                pass
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    store = open_store(f"sqlite:///{db}")
    try:
        recorded = {row.decision_id for row in store.rows()}
        assert ids <= recorded  # every answered request was recorded before the exit
        assert verify(store).ok
    finally:
        store.close()
