"""Benchmark: decision time per text-only case on one core (issue 2 target: p50 ≤ 2 ms, p99 ≤ 10 ms).

Cases: the hand-written labelled cases, the shared examples and the declared-context
matrix (text only, no images). The process is pinned to one core. Each case is
decided once per round; round 1 is reported separately (cold per-case caches),
all rounds together as steady state. Writes bench/results/decide.json.

    .venv/bin/python bench/bench_decide.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_decision_matrix import MATRIX, matrix_case  # noqa: E402

from usegate.driver import Decider  # noqa: E402
from usegate.request.parse import case_from_json  # noqa: E402
from usegate.signals.registry import default_registry  # noqa: E402


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "decide.json"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    raw = [json.loads(x) for x in (ROOT / "tests" / "cases" / "labelled.jsonl").read_text().splitlines() if x]
    examples = ROOT / "examples" / "cases.jsonl"
    raw += [json.loads(x) for x in examples.read_text().splitlines() if x]
    raw += [matrix_case(*row) for row in MATRIX]
    now = datetime.now(UTC)
    cases = [case_from_json(c, now=now) for c in raw]
    decider = Decider.create(registry=default_registry(vision=False))
    # warm the process as a server does at start (imports, model load, first engine call),
    # on a case that is not in the measured set
    warm = dict(raw[0], id="warm-up", body={"messages": [{"role": "user", "content": "hello there"}]})
    decider.decide(case_from_json(warm, now=now))
    # the first decision for a tenant *shape* (sector, le_type, country, integrator) pays for
    # evaluating the pack's whole truth table in Cedar once; the gateway does this at start
    # for every registered tenant (`Decider.warm`). Measure that cost, then warm the rest.
    shapes: dict[tuple[object, ...], object] = {}
    for c in cases:
        t = c.tenant
        shapes.setdefault((t.sector, t.le_type, t.country, t.integrator), t)
        for e in t.end_customers:
            shapes.setdefault((e.sector, e.le_type, e.country, e.integrator), e)
    cold: list[float] = []
    for tenant in shapes.values():
        t0 = time.perf_counter()
        decider.warm([tenant])  # type: ignore[list-item]
        cold.append((time.perf_counter() - t0) * 1000)
    first: list[float] = []
    all_rounds: list[float] = []
    for r in range(args.rounds):
        for case in cases:
            t0 = time.perf_counter()
            decider.decide(case)
            ms = (time.perf_counter() - t0) * 1000
            all_rounds.append(ms)
            if r == 0:
                first.append(ms)
    result = {
        "benchmark": "decision time per text-only case, one core",
        "when": now.isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpu": platform.processor() or platform.machine(),
            "pinned_cores": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        },
        "cases": len(cases),
        "rounds": args.rounds,
        "first_round_ms": {
            "p50": pct(first, 50),
            "p90": pct(first, 90),
            "p99": pct(first, 99),
            "max": max(first),
            "mean": statistics.fmean(first),
        },
        "all_rounds_ms": {
            "p50": pct(all_rounds, 50),
            "p90": pct(all_rounds, 90),
            "p99": pct(all_rounds, 99),
            "max": max(all_rounds),
            "mean": statistics.fmean(all_rounds),
        },
        "targets_ms": {"p50": 2.0, "p99": 10.0},
        "tenant_shape_warmup_ms": {
            "shapes": len(cold),
            "p50": pct(cold, 50),
            "max": max(cold),
            "note": "once per tenant shape and process, at gateway start",
        },
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    w = result["tenant_shape_warmup_ms"]
    print(f"warm-up per tenant shape ({w['shapes']} shapes): p50 {w['p50']:.3f}  max {w['max']:.3f}")
    for label in ("first_round_ms", "all_rounds_ms"):
        s = result[label]
        print(f"{label:15s} p50 {s['p50']:.3f}  p90 {s['p90']:.3f}  p99 {s['p99']:.3f}  max {s['max']:.3f}")


if __name__ == "__main__":
    main()
