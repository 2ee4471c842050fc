"""Benchmark: the semantic reader's cost (issue 9 targets, one core).

- law-enforcement text requests decided: p50 ≤ 8 ms, p99 ≤ 40 ms. Cases: every text-only
  request of a law-enforcement tenant in the training corpus (data/reading/train), each
  decided once, in file order (a realistic stream: recurring system prompts hit the
  encoder's cache, asks never do);
- a 30 MB body decided in ≤ 1 s: JSON parse, case built, decided (police tenant, a
  pasted transcript of 30 MB under a report request);
- commercial tenants pay nothing: the same requests from a retailer are decided
  without reading (the reader is never computed).

Writes bench/results/reading.json.

    .venv/bin/python bench/bench_reading.py [--limit 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from usegate.driver import Decider  # noqa: E402
from usegate.reading.corpus import load  # noqa: E402
from usegate.request.parse import case_from_json  # noqa: E402

RETAILER = {"id": "shop", "name": "Northgate Stores", "sector": "commercial", "country": "US"}


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=2000)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    decider = Decider.create()
    records = [
        r
        for r in load([ROOT / "data/reading/train"])
        if r.case.tenant.is_law_enforcement and not r.case.images
    ][: args.limit]
    decider.decide(records[0].case)  # load the encoder and the heads
    le = []
    for r in records:
        t = time.perf_counter()
        decider.decide(r.case)
        le.append((time.perf_counter() - t) * 1000)
    commercial = []
    read_by_commercial = 0
    for r in records:
        raw = dict(r.raw)
        raw["tenant"] = RETAILER
        case = case_from_json(raw, now=datetime.now(UTC))
        t = time.perf_counter()
        d = decider.decide(case)
        commercial.append((time.perf_counter() - t) * 1000)
        read_by_commercial += "facial_recognition" in d.signals
    lines = "OFFICER: who's he? I know him, run his face.\nMALE: my cousin, he lives here.\n" * 400_000
    body = {
        "model": "gpt-4o",
        "messages": [
            {"role": "system", "content": "You help officers write reports."},
            {
                "role": "user",
                "content": "Write my report narrative from this body-cam transcript.\n\n" + lines,
            },
        ],
    }
    police = {"id": "spd", "name": "SPD", "sector": "law_enforcement", "le_type": "police", "country": "US"}
    raw = json.dumps({"id": "big", "tenant": police, "body": body})
    big = []
    for _ in range(3):
        t = time.perf_counter()
        case = case_from_json(json.loads(raw), now=datetime.now(UTC))
        outcome = decider.decide(case).outcome.value
        big.append((time.perf_counter() - t) * 1000)
    out = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {os.cpu_count()} cpus, pinned to one core",
        "law_enforcement_text": {
            "n": len(le),
            "p50_ms": pct(le, 50),
            "p90_ms": pct(le, 90),
            "p99_ms": pct(le, 99),
        },
        "commercial_text": {
            "n": len(commercial),
            "p50_ms": pct(commercial, 50),
            "p99_ms": pct(commercial, 99),
            "requests_read_because_the_text_says_it_works_for_police": read_by_commercial,
        },
        "body_30mb": {"bytes": len(raw), "decided_ms": [round(v, 1) for v in big], "decision": outcome},
        "targets": {"le_p50_ms": 8, "le_p99_ms": 40, "body_30mb_ms": 1000},
    }
    text = json.dumps(out, indent=1)
    print(text)
    (ROOT / "bench/results/reading.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
