"""Decision API benchmark: the latency `POST /v1/usegate/decide` adds for a commercial
tenant's ~1 KB chat request, writing bench/results/decide_api.json (target: ≤ 1 ms p50 added).

"Added" is the decide API's percentile minus that of `GET /healthz` (a no-op endpoint)
measured the same way, so what remains is the API's own cost: reading and validating the
request, building the case, deciding it and committing its audit record (answered only
once committed). Two ways:

- in-process: the ASGI app called directly, one request at a time (no sockets);
- HTTP: `usegate serve` in a process of its own on localhost, and one keep-alive raw
  HTTP/1.1 client (each request one write), one request at a time.

The audit log is SQLite in WAL mode, with `synchronous: normal` (survives a process crash;
the commit is a write, not an fsync) and with `synchronous: full` (the gateway's default:
each group commit waits for an fsync, which costs what the disk costs).

    .venv/bin/python bench/bench_decide_api.py [--requests 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.gateway.conftest import TENANTS  # noqa: E402

from usegate.audit.store import open_store  # noqa: E402
from usegate.config import AuditSettings, from_mapping  # noqa: E402
from usegate.gateway.app import Gateway, create_app  # noqa: E402

TEXTS = [
    "Please summarise the following incident notes into a short report draft for the shift supervisor. "
    "The delivery van arrived at the loading dock at 06:40, two pallets were damaged during unloading, "
    "and the driver signed the exception form. Inventory counts were updated in the warehouse system. ",
    "Write a friendly product description for a stainless steel water bottle that keeps drinks cold for "
    "24 hours. Mention the leak-proof lid, the powder-coated finish and that it fits most cup holders. ",
    "Translate into German: our store opening hours change on public holidays; please check the website "
    "before visiting. Customers with online orders can still collect them at the service desk. ",
    "Classify this customer email as billing, delivery or returns and draft a short reply: I ordered a "
    "blue jacket two weeks ago and received a green one. How do I send it back and get the right one? ",
]
KEY = "ug-shopco-1"


def request_body(i: int) -> bytes:
    text = (TEXTS[i % len(TEXTS)] * 3)[:900]
    return json.dumps(
        {
            "endpoint": "/v1/chat/completions",
            "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]},
        }
    ).encode()


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def summary(ms: list[float]) -> dict[str, float]:
    return {
        "p50": round(pct(ms, 50), 4),
        "p90": round(pct(ms, 90), 4),
        "p99": round(pct(ms, 99), 4),
        "mean": round(statistics.fmean(ms), 4),
    }


def make_app(tmp: Path, synchronous: Any, name: str) -> Gateway:
    settings = from_mapping({"tenants": TENANTS, "vision": False, "log": {"requests": False}})
    audit = AuditSettings(url=f"sqlite:///{tmp / f'audit-{name}.db'}", synchronous=synchronous)
    return create_app(replace(settings, audit=audit))


async def asgi_call(app: Gateway, method: str, path: str, body: bytes) -> int:
    headers = [(b"host", b"bench"), (b"authorization", f"Bearer {KEY}".encode())]
    if body:
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 40000),
        "server": ("127.0.0.1", 8080),
    }
    given = False

    async def receive() -> dict[str, Any]:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    status = 0

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def in_process(app: Gateway, n: int, warm: int) -> dict[str, Any]:
    await app.startup()
    try:
        for i in range(warm):
            assert await asgi_call(app, "POST", "/v1/usegate/decide", request_body(i)) == 200
            assert await asgi_call(app, "GET", "/healthz", b"") == 200
        decide: list[float] = []
        noop: list[float] = []
        for i in range(n):  # interleaved, so both see the same machine
            t = time.perf_counter()
            await asgi_call(app, "GET", "/healthz", b"")
            noop.append((time.perf_counter() - t) * 1000.0)
            body = request_body(i)
            t = time.perf_counter()
            status = await asgi_call(app, "POST", "/v1/usegate/decide", body)
            decide.append((time.perf_counter() - t) * 1000.0)
            assert status == 200
        records = app.store.head()[0]
    finally:
        await app.shutdown()
    return _result(decide, noop, records)


class RawClient:
    """A keep-alive HTTP/1.1 client that sends each request in one write (TCP_NODELAY), so
    the client adds next to nothing to what is measured."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""

    def __enter__(self) -> RawClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()

    def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, bytes]:
        head = (
            f"{method} {path} HTTP/1.1\r\nhost: bench\r\nauthorization: Bearer {KEY}\r\n"
            f"content-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        )
        self.sock.sendall(head.encode() + body)
        while b"\r\n\r\n" not in self.buf:
            self.buf += self.sock.recv(65536)
        raw_head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = raw_head.split(b"\r\n")
        length = next(
            int(v) for k, _, v in (x.partition(b":") for x in lines[1:]) if k.lower() == b"content-length"
        )
        while len(self.buf) < length:
            self.buf += self.sock.recv(65536)
        payload, self.buf = self.buf[:length], self.buf[length:]
        return int(lines[0].split(b" ")[1]), payload


def over_http(tmp: Path, synchronous: str, n: int, warm: int) -> dict[str, Any]:
    """`usegate serve` in a process of its own (as deployed), a keep-alive client here."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = tmp / f"usegate-{synchronous}.yaml"
    tenants = "\n".join(f"  - {json.dumps(t)}" for t in TENANTS)
    cfg.write_text(
        f"""vision: false
log: {{requests: false}}
audit: {{url: "sqlite:///{tmp / f"audit-http-{synchronous}.db"}", synchronous: {synchronous}}}
tenants:
{tenants}
"""
    )
    log = open(tmp / f"gateway-{synchronous}.log", "wb")
    proc = subprocess.Popen(
        [str(ROOT / ".venv/bin/usegate"), "serve", "--config", str(cfg), "--port", str(port)],
        stdout=log,
        stderr=log,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(
                    "the gateway did not start: " + (tmp / f"gateway-{synchronous}.log").read_text()[-2000:]
                )
            time.sleep(0.2)
        with RawClient(port) as client:
            for i in range(warm):
                assert client.request("POST", "/v1/usegate/decide", request_body(i))[0] == 200
                client.request("GET", "/healthz")
            decide: list[float] = []
            noop: list[float] = []
            for i in range(n):
                t = time.perf_counter()
                client.request("GET", "/healthz")
                noop.append((time.perf_counter() - t) * 1000.0)
                body = request_body(i)
                t = time.perf_counter()
                status, answer = client.request("POST", "/v1/usegate/decide", body)
                decide.append((time.perf_counter() - t) * 1000.0)
                assert status == 200 and json.loads(answer)["decision"] == "allow"
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()
    store = open_store(f"sqlite:///{tmp / f'audit-http-{synchronous}.db'}")
    records = store.head()[0]
    store.close()
    return _result(decide, noop, records)


def _result(decide: list[float], noop: list[float], records: int) -> dict[str, Any]:
    d, h = summary(decide), summary(noop)
    return {
        "requests": len(decide),
        "records_committed": records,
        "decide_ms": d,
        "healthz_ms": h,
        "added_ms": {k: round(d[k] - h[k], 4) for k in ("p50", "p90", "p99")},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warm", type=int, default=200)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for sync in ("normal", "full"):
            results[f"in_process_sqlite_{sync}"] = asyncio.run(
                in_process(make_app(Path(tmp), sync, f"asgi-{sync}"), args.requests, args.warm)
            )
            print(
                sync, "in-process", json.dumps(results[f"in_process_sqlite_{sync}"]["added_ms"]), flush=True
            )
            results[f"http_sqlite_{sync}"] = over_http(Path(tmp), sync, args.requests, args.warm)
            print(sync, "http", json.dumps(results[f"http_sqlite_{sync}"]["added_ms"]), flush=True)
    out = {
        "benchmark": "latency added by POST /v1/usegate/decide for a commercial tenant (~1 KB chat), vs GET /healthz",
        "command": ".venv/bin/python bench/bench_decide_api.py",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpu": platform.machine(),
            "cpus": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        },
        "target_added_ms": {"p50": 1.0},
        "results": results,
    }
    path = ROOT / "bench/results/decide_api.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
