"""Measure the COMBINED `facial_recognition` signal (rules + purpose model, no images) on a JSONL corpus.

    python scripts/eval_purpose_signal.py [data/purpose/test.jsonl] [--out bench/results/purpose_signal.json]
                                          [--no-model] [--errors 20]

The signal is three-valued. Reported:

- `unknown_rate`: share of requests the signal leaves unknown (they go to human review);
- `decided`: precision / recall / F1 of recognition-vs-not over the requests it decided;
- `strict`: F1 with unknown counted as wrong both ways (unknown on a recognition request is a
  miss, unknown on a non-recognition request is a false flag) -- the number a user feels;
- `lenient`: F1 with unknown counted as "recognition" (the gate refuses it at the door, so for
  forbidden uses it is safe; for allowed ones it is friction) -- the number issue 3 quotes;
- per label: share decided True / False / unknown; for `face_not_recognition` the wrongly-flagged
  rate (decided True) with the unknown rate beside it;
- per language: the same three F1s and the unknown rate;
- latency of `compute` per request (p50 / p99, ms).

Only reads the file it is given; pass the training file to look at training fit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from usegate.purpose.dataset import Example, load_examples  # noqa: E402
from usegate.purpose.model import FR_LABELS, LABELS  # noqa: E402
from usegate.signals.base import Memo  # noqa: E402
from usegate.signals.purpose import FacialRecognitionSignal  # noqa: E402


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def summarise(rows: list[tuple[bool, bool | None]]) -> dict[str, Any]:
    """rows: (gold is recognition, signal value)."""
    n = len(rows)
    unknown = sum(v is None for _, v in rows)
    dec = [(g, v) for g, v in rows if v is not None]
    tp = sum(g and v for g, v in dec)
    fp = sum((not g) and v for g, v in dec)
    fn = sum(g and not v for g, v in dec)
    strict_fn = fn + sum(g for g, v in rows if v is None)
    strict_fp = fp + sum(not g for g, v in rows if v is None)
    lenient_fp = fp + sum(not g for g, v in rows if v is None)
    return {
        "n": n,
        "unknown_rate": round(unknown / n, 4) if n else 0.0,
        "decided": _f1(tp, fp, fn),
        "strict": _f1(tp, strict_fp, strict_fn),
        "lenient": _f1(tp + sum(g for g, v in rows if v is None), lenient_fp, fn),
    }


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, round(q / 100 * (len(s) - 1)))]


def _snippet(ex: Example, limit: int = 120) -> str:
    text = " | ".join(t.text for t in ex.case.texts if t.role != "assistant").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evaluate_signal(
    examples: list[Example], signal: FacialRecognitionSignal, *, errors: int = 20
) -> dict[str, Any]:
    values: list[bool | None] = []
    times: list[float] = []
    evidence: list[tuple[str, ...]] = []
    for ex in examples:
        t0 = time.perf_counter()
        v = signal.compute(ex.case, Memo())
        times.append((time.perf_counter() - t0) * 1000)
        values.append(v.value)
        evidence.append(v.evidence)
    gold = [ex.label in FR_LABELS for ex in examples]
    rows = list(zip(gold, values, strict=True))
    out: dict[str, Any] = summarise(rows)
    per_label: dict[str, dict[str, Any]] = {}
    for lab in LABELS:
        vals = [v for ex, v in zip(examples, values, strict=True) if ex.label == lab]
        if not vals:
            continue
        c = Counter("unknown" if v is None else str(v).lower() for v in vals)
        per_label[lab] = {
            "n": len(vals),
            "true": round(c["true"] / len(vals), 4),
            "false": round(c["false"] / len(vals), 4),
            "unknown": round(c["unknown"] / len(vals), 4),
        }
    out["per_label"] = per_label
    face = per_label.get("face_not_recognition", {})
    out["face_not_recognition_flagged"] = face.get("true", 0.0)
    out["face_not_recognition_unknown"] = face.get("unknown", 0.0)
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, ex in enumerate(examples):
        by_lang[ex.lang].append(i)
    per_language: dict[str, Any] = {}
    for lang in sorted(by_lang):
        idx = by_lang[lang]
        d = summarise([rows[i] for i in idx])
        face_idx = [i for i in idx if examples[i].label == "face_not_recognition"]
        flagged = sum(values[i] is True for i in face_idx)
        d["face_flagged"] = round(flagged / len(face_idx), 4) if face_idx else 0.0
        per_language[lang] = d
    out["per_language"] = per_language
    out["latency_ms"] = {"p50": round(_pct(times, 50), 3), "p99": round(_pct(times, 99), 3)}
    wrong = [i for i, (g, v) in enumerate(rows) if v is not None and v != g] + [
        i for i, (g, v) in enumerate(rows) if v is None
    ]
    out["errors"] = [
        {
            "id": examples[i].id,
            "lang": examples[i].lang,
            "gold": examples[i].label,
            "value": values[i],
            "text": _snippet(examples[i]),
            "evidence": list(evidence[i][:4]),
        }
        for i in wrong[:errors]
    ]
    return out


def to_text(r: dict[str, Any]) -> str:
    def line(name: str, d: dict[str, Any]) -> str:
        return (
            f"{name:<8} n={d['n']:>5}  unknown {d['unknown_rate']:>6.1%}  "
            f"decided P {d['decided']['precision']:.3f} R {d['decided']['recall']:.3f}"
            f" F1 {d['decided']['f1']:.3f}  "
            f"lenient F1 {d['lenient']['f1']:.3f}  strict F1 {d['strict']['f1']:.3f}"
            + (f"  face flagged {d['face_flagged']:.1%}" if "face_flagged" in d else "")
        )

    out = [line("all", r), ""]
    out += [line(lang, d) for lang, d in r["per_language"].items()]
    out += ["", f"{'label':<22}{'true':>8}{'false':>8}{'unknown':>9}{'n':>6}"]
    for lab, d in r["per_label"].items():
        out.append(f"{lab:<22}{d['true']:>8.1%}{d['false']:>8.1%}{d['unknown']:>9.1%}{d['n']:>6}")
    out.append(
        f"\nface_not_recognition wrongly flagged {r['face_not_recognition_flagged']:.1%}"
        f" (+{r['face_not_recognition_unknown']:.1%} unknown)"
    )
    out.append(f"latency ms: p50 {r['latency_ms']['p50']}  p99 {r['latency_ms']['p99']}")
    if r["errors"]:
        out.append("\nerrors (wrong first, then unknown):")
        for e in r["errors"]:
            out.append(f"  {e['id']} [{e['lang']}] {e['gold']} → {e['value']}: {e['text']}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(ROOT / "data/purpose/test.jsonl"))
    ap.add_argument(
        "--out",
        default=None,
        help="JSON result (default: bench/results/purpose_signal.json "
        "when evaluating the held-out split, else none)",
    )
    ap.add_argument("--no-model", action="store_true", help="rules only")
    ap.add_argument("--errors", type=int, default=20)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    model = None
    if not args.no_model:
        from usegate.signals.model import load_purpose_model

        model = load_purpose_model()
    signal = FacialRecognitionSignal(model=model)
    examples = load_examples(args.data)
    result = evaluate_signal(examples, signal, errors=args.errors)
    result = {
        "what": "FacialRecognitionSignal (rules + purpose model, no image analysis) on "
        + Path(args.data).name,
        "model": not args.no_model,
        **result,
    }
    print(to_text(result))
    out = args.out
    if out is None and Path(args.data).resolve() == (ROOT / "data/purpose/test.jsonl").resolve():
        out = str(ROOT / "bench/results/purpose_signal.json")
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
