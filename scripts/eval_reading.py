"""Decide a labelled reading corpus end to end and report decision quality.

    python scripts/eval_reading.py data/reading/blind --blind            # aggregates only, never a case
    python scripts/eval_reading.py data/reading/train/c.jsonl --errors 30   # development: show mistakes
    python scripts/eval_reading.py ... --option rules|ngram|reader        # compare readers

Every case goes through the same `Decider` as `usegate check` and the gateway
(pack `azure-openai-coc`, version in force at `received_at`), with its kit images
resolved to real JPEGs (tests/images/kit.py) and analysed. Figures, per the
issue's targets:

- violations: hard-denied (deny) and caught (deny or review);
- allowed: refused (deny) and sent to review;
- accuracy (the decision is one the record accepts) overall, per language, per class.

`--blind` prints aggregates only and writes them to `--out`; it never prints a
request, so the split stays unread.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.images.kit import resolve  # noqa: E402

from usegate.driver import Decider  # noqa: E402
from usegate.reading.corpus import load  # noqa: E402
from usegate.signals.registry import SignalRegistry, default_registry  # noqa: E402


def registry_for(option: str, artifact: Path | None = None, overrides: str = "") -> SignalRegistry:
    reg = default_registry()
    if option == "reader" and artifact is None and not overrides:
        return reg
    if option == "reader":
        from usegate.reading.heads import Heads
        from usegate.signals.context import make_context_signals
        from usegate.signals.purpose import FacialRecognitionSignal
        from usegate.signals.semantic import Reader
        from usegate.signals.vision import face_reports, image_context

        heads = Heads.load(artifact)
        for item in filter(None, overrides.split(",")):
            key, _, value = item.partition("=")
            names = (
                [f"{s}_speaks" for s in ("real_time", "mobile_camera", "uncontrolled")]
                if key == "speaks"
                else [key]
            )
            for name in names:
                heads.meta.setdefault("thresholds", {})[name] = float(value)
        reader = Reader(heads)
        reg = reg.with_provider(FacialRecognitionSignal(reader=reader, faces=face_reports))
        for s in make_context_signals(image_context, reader):
            reg = reg.with_provider(s)
        return reg
    from usegate.signals.purpose import FacialRecognitionSignal
    from usegate.signals.vision import face_reports

    if option == "ngram":
        from usegate.signals.model import load_purpose_model

        return reg.with_provider(FacialRecognitionSignal(model=load_purpose_model(), faces=face_reports))
    if option == "rules":
        return reg.with_provider(FacialRecognitionSignal(faces=face_reports))
    raise SystemExit(f"unknown option `{option}`")


def rate(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", type=Path, nargs="+")
    ap.add_argument("--blind", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--option", default="reader")
    ap.add_argument("--lang", help="only records in this language (development)")
    ap.add_argument("--out", type=Path)
    ap.add_argument(
        "--dump", type=Path, help="development: one line per case (id, kind, class, lang, decision, ok)"
    )
    ap.add_argument(
        "--artifact", type=Path, help="a reader artifact other than the shipped one (development)"
    )
    ap.add_argument("--thresholds", default="", help="development: fr_true=0.8,fr_false=0.2,speaks=0.8")
    args = ap.parse_args()
    if args.blind and (args.errors or args.dump):
        raise SystemExit("--blind shows no cases")
    records = load(args.paths, transform=resolve)
    decider = Decider.create(registry=registry_for(args.option, args.artifact, args.thresholds))
    stats: dict[str, Any] = defaultdict(lambda: defaultdict(int))
    mistakes = []
    latencies = []
    dumped: list[dict[str, Any]] = []
    t0 = time.time()
    for r in records:
        accept = set((r.raw.get("expect") or {}).get("accept") or [])
        if not accept or (args.lang and r.lang != args.lang):
            continue
        d = decider.decide(r.case)
        latencies.append(d.elapsed_ms)
        got = d.outcome.value
        ok = got in accept
        for key in (
            "all",
            f"lang:{r.lang}",
            f"class:{r.klass}",
            f"kind:{r.kind}",
            f"kind:{r.kind}|class:{r.klass}",
        ):
            s = stats[key]
            s["n"] += 1
            s["ok"] += ok
            s[got] += 1
        if not ok and args.errors:
            mistakes.append((r, d))
        if args.dump:
            row = {"id": r.raw.get("id"), "kind": r.kind, "class": r.klass, "lang": r.lang}
            dumped.append({**row, "got": got, "ok": ok})
    elapsed = time.time() - t0
    out: dict[str, Any] = {"option": args.option, "cases": stats["all"]["n"], "seconds": round(elapsed, 1)}
    v, a = stats["kind:violation"], stats["kind:allowed"]
    out["violations"] = {
        "n": v["n"],
        "hard_denied": rate(v["deny"], v["n"]),
        "caught": rate(v["deny"] + v["review"], v["n"]),
    }
    out["allowed"] = {"n": a["n"], "refused": rate(a["deny"], a["n"]), "review": rate(a["review"], a["n"])}
    out["ambiguous"] = {
        "n": stats["kind:ambiguous"]["n"],
        "accepted": rate(stats["kind:ambiguous"]["ok"], stats["kind:ambiguous"]["n"]),
    }
    out["accuracy"] = rate(stats["all"]["ok"], stats["all"]["n"])
    group = lambda prefix: {  # noqa: E731
        k.split(":", 1)[1]: {
            "n": s["n"],
            "accuracy": rate(s["ok"], s["n"]),
            "deny": s["deny"],
            "review": s["review"],
            "allow": s["allow"],
        }
        for k, s in sorted(stats.items())
        if k.startswith(prefix) and "|" not in k
    }
    out["per_language"] = group("lang:")
    out["per_class"] = group("class:")
    out["per_kind_class"] = {
        k.removeprefix("kind:"): {
            "n": s["n"],
            "accuracy": rate(s["ok"], s["n"]),
            "deny": s["deny"],
            "review": s["review"],
            "allow": s["allow"],
        }
        for k, s in sorted(stats.items())
        if "|" in k
    }
    latencies.sort()
    if latencies:
        out["decide_ms"] = {
            "p50": round(latencies[len(latencies) // 2], 2),
            "p99": round(latencies[int(len(latencies) * 0.99)], 2),
        }
    text = json.dumps(out, indent=1, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.dump:
        args.dump.write_text("".join(json.dumps(x) + "\n" for x in dumped), encoding="utf-8")
    for r, d in mistakes[: args.errors]:
        sig = {
            k: (v.value, [e[:160] for e in v.evidence][:4])
            for k, v in d.signals.items()
            if k in ("facial_recognition", "real_time", "mobile_camera", "uncontrolled", "for_us_police")
        }
        print("\n---", r.raw.get("id"), r.lang, r.kind, r.klass, "got", d.outcome.value, "labels", r.labels)
        print(
            "   tenant:",
            r.case.tenant.id,
            r.case.tenant.sector,
            r.case.tenant.le_type,
            r.case.tenant.country,
            "headers:",
            {k: v for k, v in r.case.headers.items()},
        )
        for t in r.case.texts[-3:]:
            print(f"   [{t.role}] {t.text[:300]!r}")
        for k, (val, ev) in sig.items():
            print(f"   {k}={val}: {ev}")


if __name__ == "__main__":
    main()
