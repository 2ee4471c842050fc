"""Gateway overhead benchmark: ~1 KB allowed chat requests, direct to a stub upstream and
through usegate, writing bench/results/gateway.json.

Layout (2 cores or more): the gateway runs as one uvicorn worker pinned to the last core
(taskset); the stub upstream and the load generator share the other core(s). The stub is
a raw asyncio HTTP/1.1 server answering canned bytes; the load generator is a raw
keep-alive HTTP/1.1 client (one connection per concurrent slot), so neither adds much
noise. "Added" latency is the gateway's percentile minus the direct percentile; CPU per
request is the gateway process's user+system time over the requests it served, under
load (c=32) and at c=1 (where each request also wakes an idle process). The
audit log is SQLite (WAL) with synchronous=FULL: every response waits for a durable
group commit.

    .venv/bin/python bench/bench_gateway.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

TEXT = (
    "Please summarise the following incident notes into a short report draft for the shift supervisor. "
    "The delivery van arrived at the loading dock at 06:40, two pallets were damaged during unloading, "
    "and the driver signed the exception form. Inventory counts were updated in the warehouse system. "
) * 3
BODY = json.dumps(
    {"model": "gpt-4o", "messages": [{"role": "user", "content": TEXT[:900]}], "temperature": 0.2}
)
STREAM_BODY = json.dumps(
    {"model": "gpt-4o", "messages": [{"role": "user", "content": TEXT[:900]}], "stream": True}
)
REPLY = json.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 0,
        "model": "gpt-4o",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "ok " * 40}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 200, "completion_tokens": 40, "total_tokens": 240},
    }
).encode()


# -- stub upstream ---------------------------------------------------------------
class Stub(asyncio.Protocol):
    def connection_made(self, transport: Any) -> None:
        self.t = transport
        self.buf = b""

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buf[:end].lower()
            i = head.find(b"content-length:")
            n = (
                int(head[i + 15 : head.find(b"\r\n", i) if head.find(b"\r\n", i) > 0 else None])
                if i >= 0
                else 0
            )
            if len(self.buf) < end + 4 + n:
                return
            body = self.buf[end + 4 : end + 4 + n]
            self.buf = self.buf[end + 4 + n :]
            if b'"stream": true' in body or b'"stream":true' in body:
                chunks = [
                    b"data: "
                    + json.dumps({"choices": [{"index": 0, "delta": {"content": f"w{k} "}}]}).encode()
                    + b"\n\n"
                    for k in range(8)
                ] + [b"data: [DONE]\n\n"]
                out = [
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
                ]
                for c in chunks:
                    out.append(b"%x\r\n%s\r\n" % (len(c), c))
                out.append(b"0\r\n\r\n")
                self.t.write(b"".join(out))
            else:
                self.t.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
                    % (len(REPLY), REPLY)
                )


def run_stub(port: int) -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(Stub, "127.0.0.1", port, backlog=1024))
    loop.run_until_complete(server.serve_forever())


# -- load generator ----------------------------------------------------------------
async def _one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, req: bytes) -> int:
    writer.write(req)
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    length = -1
    chunked = False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        low = line.lower()
        if low.startswith(b"content-length:"):
            length = int(low[15:])
        elif low.startswith(b"transfer-encoding:") and b"chunked" in low:
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length >= 0:
        await reader.readexactly(length)
    return status


async def load(
    port: int, key: str, concurrency: int, count: int, duration: float, stream: bool
) -> dict[str, Any]:
    body = (STREAM_BODY if stream else BODY).encode()
    req = (
        b"POST /v1/chat/completions HTTP/1.1\r\nhost: bench\r\ncontent-type: application/json\r\n"
        b"authorization: Bearer %s\r\ncontent-length: %d\r\n\r\n%s" % (key.encode(), len(body), body)
    )
    latencies: list[float] = []
    errors = 0
    stop_at = time.perf_counter() + duration if duration else None
    remaining = [count]

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while True:
            if stop_at is not None:
                if time.perf_counter() >= stop_at:
                    break
            else:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            t = time.perf_counter()
            status = await _one(reader, writer, req)
            latencies.append(time.perf_counter() - t)
            if status != 200:
                errors += 1
        writer.close()

    # warm-up
    warm_reader, warm_writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(200):
        await _one(warm_reader, warm_writer, req)
    warm_writer.close()
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(q[49] * 1000, 3),
        "p90_ms": round(q[89] * 1000, 3),
        "p99_ms": round(q[98] * 1000, 3),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 3),
    }


def run_load(args: argparse.Namespace) -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    result = asyncio.run(load(args.port, args.key, args.concurrency, args.count, args.duration, args.stream))
    print(json.dumps(result))


# -- orchestration -------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on {port}")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pin(cores: str) -> list[str]:
    return ["taskset", "-c", cores] if shutil.which("taskset") else []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--role", choices=["orchestrate", "stub", "load"], default="orchestrate")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--key", default="")
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--duration", type=float, default=0.0)
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "gateway.json"))
    args = ap.parse_args()
    if args.role == "stub":
        run_stub(args.port)
        return
    if args.role == "load":
        run_load(args)
        return

    ncpu = os.cpu_count() or 1
    gw_core = str(ncpu - 1)
    other = f"0-{ncpu - 2}" if ncpu > 2 else "0"
    n1 = 1000 if args.quick else 4000
    dur = 3.0 if args.quick else 8.0
    tmp = Path(tempfile.mkdtemp(prefix="usegate-bench-"))
    stub_port, gw_port = free_port(), free_port()
    cfg = tmp / "usegate.yaml"
    cfg.write_text(
        f"""upstream: {{base_url: "http://127.0.0.1:{stub_port}/v1", api_key: sk-bench}}
packs: [azure-openai-coc]
audit: {{url: "sqlite:///{tmp / "audit.db"}", synchronous: full}}
tenants:
  - {{id: shopco, name: ShopCo, sector: commercial, country: US, api_keys: [ug-shop]}}
  - {{id: spd, name: Springfield Police Department, sector: law_enforcement, le_type: police, country: US,
     api_keys: [ug-spd]}}
"""
    )
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(
            subprocess.Popen([*pin(other), PY, __file__, "--role", "stub", "--port", str(stub_port)])
        )
        gw_log = open(tmp / "gateway.log", "wb")  # closed with the process
        gw = subprocess.Popen(
            [
                *pin(gw_core),
                str(ROOT / ".venv" / "bin" / "usegate"),
                "serve",
                "--config",
                str(cfg),
                "--port",
                str(gw_port),
            ],
            stdout=gw_log,
            stderr=gw_log,
        )
        procs.append(gw)
        wait_port(stub_port)
        wait_port(gw_port, 60)

        def loadgen(
            port: int, key: str, c: int, count: int = 0, duration: float = 0.0, stream: bool = False
        ) -> dict[str, Any]:
            cmd = [
                *pin(other),
                PY,
                __file__,
                "--role",
                "load",
                "--port",
                str(port),
                "--key",
                key,
                "--concurrency",
                str(c),
                "--count",
                str(count),
                "--duration",
                str(duration),
            ]
            if stream:
                cmd.append("--stream")
            before = cpu_seconds(gw.pid)
            out = subprocess.run(cmd, check=True, capture_output=True).stdout
            result: dict[str, Any] = json.loads(out)
            if port == gw_port:
                result["gateway_cpu_ms_per_request"] = round(
                    (cpu_seconds(gw.pid) - before) * 1000 / max(1, result["requests"] + 200), 3
                )
            return result

        runs: dict[str, Any] = {}
        runs["direct_c1"] = loadgen(stub_port, "x", 1, count=n1)
        runs["commercial_c1"] = loadgen(gw_port, "ug-shop", 1, count=n1)
        runs["direct_c32"] = loadgen(stub_port, "x", 32, duration=dur)
        runs["commercial_c32"] = loadgen(gw_port, "ug-shop", 32, duration=dur)
        runs["law_enforcement_c1"] = loadgen(gw_port, "ug-spd", 1, count=n1)
        runs["direct_stream_c1"] = loadgen(stub_port, "x", 1, count=n1, stream=True)
        runs["commercial_stream_c1"] = loadgen(gw_port, "ug-shop", 1, count=n1, stream=True)

        def added(a: str, b: str, k: str) -> float:
            return round(runs[a][k] - runs[b][k], 3)

        summary = {
            "commercial_added_p50_ms": added("commercial_c1", "direct_c1", "p50_ms"),
            "commercial_added_p99_ms": added("commercial_c1", "direct_c1", "p99_ms"),
            # CPU per request under load (the figure that sets requests/s per core, as in the
            # issue's "6 ms of CPU on each ... near 160 requests/s per core"); at c=1 each
            # request also pays for waking an idle process, reported beside it
            "commercial_cpu_ms_per_request": runs["commercial_c32"]["gateway_cpu_ms_per_request"],
            "commercial_cpu_ms_per_request_c1": runs["commercial_c1"]["gateway_cpu_ms_per_request"],
            "commercial_rps_c32": runs["commercial_c32"]["rps"],
            "law_enforcement_added_p50_ms": added("law_enforcement_c1", "direct_c1", "p50_ms"),
            "streaming_extra_added_p50_ms": round(
                added("commercial_stream_c1", "direct_stream_c1", "p50_ms")
                - added("commercial_c1", "direct_c1", "p50_ms"),
                3,
            ),
        }
        targets = {
            "commercial_added_p50_ms": ("<=", 1.0),
            "commercial_added_p99_ms": ("<=", 3.0),
            "commercial_cpu_ms_per_request": ("<=", 0.6),
            "commercial_cpu_ms_per_request_c1": ("<=", 0.6),
            "commercial_rps_c32": (">=", 1500.0),
            "law_enforcement_added_p50_ms": ("<=", 3.0),
            "streaming_extra_added_p50_ms": ("<=", 0.5),
        }
        verdicts = {
            k: {
                "target": f"{op} {v}",
                "measured": summary[k],
                "met": summary[k] <= v if op == "<=" else summary[k] >= v,
            }
            for k, (op, v) in targets.items()
        }
        result = {
            "machine": {
                "cpus": ncpu,
                "gateway_core": gw_core,
                "load_and_stub_cores": other,
                "python": sys.version.split()[0],
                "audit": "sqlite WAL synchronous=FULL, group commit",
            },
            "body_bytes": len(BODY),
            "summary": verdicts,
            "runs": runs,
        }
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps(result, indent=2))
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
