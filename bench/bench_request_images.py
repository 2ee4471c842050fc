"""Benchmark: whole decisions for requests carrying 10 images of 1280x720 (issue 4 target:
a request carrying 10 images decided in <= 1 s, on one core).

Two requests, each decided from a fresh per-request state (the detector and OCR models
are loaded once, as in a server):
- a US police tenant sending "next one" with 10 frames that contain a face: the purpose
  is open, so faces are analysed on every image;
- a German police tenant asking "who is this?" about 10 frames with no declared context:
  C2 needs the context, so EXIF is read on every image and overlays OCR'd on one.
Writes bench/results/request_images.json.

    .venv/bin/python bench/bench_request_images.py [--runs 5]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.images import photos  # noqa: E402

from usegate.driver import Decider  # noqa: E402
from usegate.request.parse import case_from_json  # noqa: E402
from usegate.signals.registry import default_registry  # noqa: E402

US = {"id": "spd", "name": "SPD", "sector": "law_enforcement", "le_type": "police", "country": "US"}
DE = {"id": "nrw", "name": "Polizei NRW", "sector": "law_enforcement", "le_type": "police", "country": "DE"}


def frames() -> list[str]:
    out = []
    for i in range(10):
        base = photos.astronaut() if i % 2 == 0 else photos.grace_hopper()
        frame = photos.with_overlay(
            photos.resize(base, 1280, 720), bottom=f"CAM {i:02d} 2026-11-21 14:3{i}:00"
        )
        out.append("data:image/jpeg;base64," + base64.b64encode(photos.encode(frame)).decode())
    return out


def case(tenant: dict, text: str, urls: list[str]) -> dict:  # type: ignore[type-arg]
    parts = [{"type": "text", "text": text}] + [{"type": "image_url", "image_url": {"url": u}} for u in urls]
    return {
        "id": "bench",
        "received_at": "2026-11-21T14:40:00Z",
        "tenant": tenant,
        "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": parts}]},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "request_images.json"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    decider = Decider.create(registry=default_registry(vision=True))
    urls = frames()
    now = datetime.now(UTC)
    decider.decide(case_from_json(case(US, "next one", urls[:1]), now=now))  # load the models
    results = {}
    for name, tenant, text in (
        ("us_police_next_one_10_faces", US, "next one"),
        ("de_police_who_is_this_10_frames_ocr", DE, "who is this?"),
    ):
        times, outcome = [], ""
        for _ in range(args.runs):
            c = case_from_json(case(tenant, text, urls), now=now)
            t0 = time.perf_counter()
            d = decider.decide(c)
            times.append((time.perf_counter() - t0) * 1000)
            outcome = d.outcome.value
        results[name] = {
            "runs": args.runs,
            "p50_ms": statistics.median(times),
            "max_ms": max(times),
            "decision": outcome,
            "target_ms": 1000.0,
        }
        print(f"{name:40s} p50 {statistics.median(times):7.1f} ms  max {max(times):7.1f} ms  -> {outcome}")
    Path(args.out).write_text(
        json.dumps({"when": now.isoformat(timespec="seconds"), "results": results}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
