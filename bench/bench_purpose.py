"""Purpose-model latency on one core: p50/p99 of `PurposeModel.predict` over the held-out split.

    python bench/bench_purpose.py [--rounds 3]  → bench/results/purpose.json

Targets (issue 3): p50 <= 5 ms, p99 <= 20 ms per request. Load time is reported apart.
Also records the held-out metrics so one file says how fast and how good.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

from usegate.purpose.dataset import load_examples  # noqa: E402
from usegate.purpose.evaluate import evaluate_examples  # noqa: E402
from usegate.purpose.model import PurposeModel, artifact_dir  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data", default=str(ROOT / "data/purpose/test.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "bench/results/purpose.json"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    t0 = time.perf_counter()
    model = PurposeModel.load()
    load_ms = (time.perf_counter() - t0) * 1000
    examples = load_examples(args.data)
    for ex in examples[:50]:
        model.predict(ex.case)  # warm-up
    times: list[float] = []
    for _ in range(args.rounds):
        for ex in examples:
            t = time.perf_counter()
            model.predict(ex.case)
            times.append((time.perf_counter() - t) * 1000)
    report = evaluate_examples(examples, model, worst=0)
    npz = artifact_dir() / f"purpose-{model.version}.npz"
    result = {
        "what": "PurposeModel.predict per request, one core, held-out split",
        "requests": len(times),
        "load_ms": round(load_ms, 2),
        "p50_ms": round(pct(times, 50), 3),
        "p90_ms": round(pct(times, 90), 3),
        "p99_ms": round(pct(times, 99), 3),
        "max_ms": round(max(times), 3),
        "targets": {"p50_ms": 5.0, "p99_ms": 20.0},
        "artifact_bytes": npz.stat().st_size,
        "model_version": model.version,
        "features": model.meta.get("features"),
        "held_out": {
            "fr_vs_not_f1": round(report.fr.f1, 4),
            "fr_precision": round(report.fr.precision, 4),
            "fr_recall": round(report.fr.recall, 4),
            "face_false_flag_rate": round(report.face_false_flag_rate, 4),
            "unknown_rate": round(report.unknown_rate, 4),
            "per_language_f1": {k: v["fr_vs_not"]["f1"] for k, v in report.per_language.items()},
        },
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
