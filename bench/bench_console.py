"""Console pages over a large SQLite audit log: p50/p95/max per page, over real HTTP.

    python bench/bench_console.py [--records 1000000] [--runs 40] [--keep DIR]

Writes a synthetic log (bench/console_log.py: the gateway's record shape, 30 days,
reviews with chained verdicts), builds the console's index once (timed), then asks
each page `--runs` times with varied parameters through uvicorn, logged in as an admin.
Results: bench/results/console.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))

from console_log import TENANTS, fill

from usegate.audit.store import open_store
from usegate.config import AuditSettings, ConsoleSettings, ConsoleUser, Settings
from usegate.console.app import Console
from usegate.console.passwords import hash_password

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--keep", default=None, help="Keep (and reuse) the log in this folder.")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "console.json"))
    args = ap.parse_args()

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="usegate-console-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"audit-{args.records}.db"
    url = f"sqlite:///{db}"
    end = datetime(2026, 11, 30, tzinfo=UTC)
    out: dict[str, object] = {
        "records": args.records,
        "runs_per_page": args.runs,
        "python": platform.python_version(),
        "machine": f"{platform.machine()} {os.cpu_count()} cpus",
    }
    fresh = not db.exists()
    store = open_store(url, synchronous="normal")
    if fresh:
        t0 = time.perf_counter()
        reviews = fill(store, args.records, days=30, end=end, batch=5000)
        out["write_log_s"] = round(time.perf_counter() - t0, 1)
        print(f"wrote {args.records} records in {out['write_log_s']} s", flush=True)
    else:
        reviews = [r["decision_id"] for r in store.reviews(None)]
    out["log_bytes"] = db.stat().st_size
    index_path = folder / f"audit-{args.records}.db.console"
    if fresh and index_path.exists():
        index_path.unlink()

    settings = replace(
        Settings(),
        audit=AuditSettings(url=url),
        console=ConsoleSettings(
            admin_users=(ConsoleUser("bench", hash_password("bench-password")),), index_path=str(index_path)
        ),
    )
    console = Console(settings, lambda: store)
    t0 = time.perf_counter()
    console.sync()
    out["index_build_s"] = round(time.perf_counter() - t0, 1)
    out["index_bytes"] = index_path.stat().st_size
    print(f"index built in {out['index_build_s']} s", flush=True)

    server = uvicorn.Server(
        uvicorn.Config(console, host="127.0.0.1", port=0, log_config=None, lifespan="off", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    client = httpx.Client(base_url=base, timeout=60)
    page = client.get("/console/login")
    token = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    assert (
        client.post(
            "/console/login", data={"csrf": token, "username": "bench", "password": "bench-password"}
        ).status_code
        == 303
    )

    rng = random.Random(1)
    tenants = [t for t, _ in TENANTS]
    ids: list[str] = []
    for _ in range(3):
        day = end - timedelta(days=rng.uniform(0, 29))
        r = client.get("/console/decisions", params={"since": day.strftime("%Y-%m-%dT%H:%M")})
        ids += [p.split('"', 1)[0] for p in r.text.split('href="/console/decisions/')[1:]]

    def day(n: float) -> str:
        return (end - timedelta(days=n)).strftime("%Y-%m-%d")

    pages = {
        "overview (30 days)": lambda: "/console/?range=30d",
        "overview (all time)": lambda: "/console/?range=all",
        "search: newest": lambda: "/console/decisions",
        "search: tenant": lambda: f"/console/decisions?tenant={rng.choice(tenants)}",
        "search: outcome deny": lambda: "/console/decisions?decision=deny",
        "search: clause C2": lambda: f"/console/decisions?clause={C2}",
        "search: tenant + outcome (rare)": lambda: (
            f"/console/decisions?tenant={rng.choice(tenants)}&decision=deny"
        ),
        "search: tenant + clause + outcome": lambda: (
            f"/console/decisions?tenant=lensco&clause={C1}&decision=review"
        ),
        "search: one day": lambda: (lambda d: f"/console/decisions?since={day(d)}&until={day(d)}")(
            rng.randint(1, 29)
        ),
        "search: page 20 (cursor)": None,
        "decision page": lambda: f"/console/decisions/{rng.choice(ids)}",
        "decision page (reviewed)": lambda: f"/console/decisions/{rng.choice(reviews)}",
        "review queue": lambda: "/console/reviews",
        "review queue page 10": lambda: "/console/reviews?page=10",
    }
    results: dict[str, dict[str, float]] = {}
    for name, make in pages.items():
        times: list[float] = []
        if make is None:  # follow "older" 19 times, time each hop
            for _ in range(max(args.runs // 10, 2)):
                link = f"/console/decisions?tenant={rng.choice(tenants)}"
                for _ in range(20):
                    t = time.perf_counter()
                    r = client.get(link)
                    times.append((time.perf_counter() - t) * 1000)
                    assert r.status_code == 200
                    if 'id="older"' not in r.text:
                        break
                    link = r.text.split('" id="older"', 1)[0].rsplit('href="', 1)[1].replace("&amp;", "&")
        else:
            client.get(make())  # warm
            for _ in range(args.runs):
                target = make()
                t = time.perf_counter()
                r = client.get(target)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (target, r.status_code)
        results[name] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(pct(times, 95), 1),
            "max_ms": round(max(times), 1),
            "n": len(times),
        }
        print(
            f"{name:36s} p50 {results[name]['p50_ms']:7.1f} ms  p95 {results[name]['p95_ms']:7.1f} ms",
            flush=True,
        )

    # replay is a computation, not a page view: one day (~33,000 decisions at 1M/30 days)
    times = []
    for d in (3, 10, 20):
        t = time.perf_counter()
        r = client.get(f"/console/replay?pack=azure-openai-coc%402023-06-01&since={day(d)}&until={day(d)}")
        times.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200 and "decisions replayed" in r.text
    out["replay_one_day_ms"] = round(statistics.median(times), 1)

    # the cost of following the log: 10,000 new records, then one page
    more = 10_000
    fill(
        store,
        more,
        days=0.01,
        end=end + timedelta(hours=1),
        seed=99,
        batch=5000,
        prefix=f"more-{time.time()}",
    )
    t = time.perf_counter()
    client.get("/console/")
    out["catch_up_10k_ms"] = round((time.perf_counter() - t) * 1000, 1)
    out["pages"] = results
    out["worst_p95_ms"] = max(v["p95_ms"] for v in results.values())
    server.should_exit = True
    thread.join(5)
    store.close()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps({k: v for k, v in out.items() if k != "pages"}, indent=2))


if __name__ == "__main__":
    main()
