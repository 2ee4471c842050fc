"""Train the semantic reader's heads from the reading corpus (data/reading/train/).

    python scripts/train_reader.py [--train data/reading/train] [--out src/usegate/reading/artifacts/reader-v1]
                                   [--holdout-writer c]    # dev estimate: train without one writer, report on it

Features: `usegate.reading.features` (USE-multilingual embeddings of the ask, the earlier
turns and the instructions, plus rule-cue counts by role). Heads: multinomial logistic
regression (scikit-learn, training only; inference is numpy). Temperatures and the purpose
thresholds are chosen on 5-fold out-of-fold predictions over the training split. The blind
split is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from usegate.reading import features as F  # noqa: E402
from usegate.reading.corpus import Record, load  # noqa: E402
from usegate.reading.heads import CONTEXT_CLASSES, CONTEXT_SIGNALS, PURPOSES, VERSION  # noqa: E402
from usegate.request.anatomy import read  # noqa: E402
from usegate.signals.text_rules import analyse, analyse_context, analyse_payload  # noqa: E402

SEED = 20240501


def featurise(records: list[Record]) -> np.ndarray:
    texts, rules = [], []
    for r in records:
        a = read(r.case)
        f = analyse(r.case, a)
        rules.append(F.rule_vector(r.case, a, f, analyse_payload(r.case, a), analyse_context(r.case, a)))
        texts.append(F.texts_of(a))
    emb = F.batch_embed(texts)
    return np.concatenate([emb, np.stack(rules)], axis=1).astype(np.float32)


def ctx_label(v: object) -> str:
    return "true" if v is True else "false" if v is False else "unsaid"


def fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    m = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    m.fit(x, y)
    return m


def oof(x: np.ndarray, y: np.ndarray, labels: tuple[str, ...], c: float) -> np.ndarray:
    """Out-of-fold logits (n x k), columns in `labels` order."""
    out = np.zeros((len(y), len(labels)), dtype=np.float64)
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    for tr, te in skf.split(x, y):
        m = fit(x[tr], y[tr], c)
        z = m.decision_function(x[te])
        cols = [list(m.classes_).index(lab) if lab in m.classes_ else None for lab in labels]
        for j, col in enumerate(cols):
            out[te, j] = z[:, col] if col is not None else -30.0
    return out


def softmax(z: np.ndarray, t: float) -> np.ndarray:
    z = z / t
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def temperature(z: np.ndarray, y: np.ndarray, labels: tuple[str, ...]) -> float:
    idx = np.array([labels.index(v) for v in y])
    best, best_t = 1e9, 1.0
    for t in np.arange(0.3, 4.01, 0.05):
        p = softmax(z, t)
        nll = -np.mean(np.log(p[np.arange(len(y)), idx] + 1e-12))
        if nll < best:
            best, best_t = nll, float(t)
    return best_t


def thresholds(p_fr: np.ndarray, is_fr: np.ndarray) -> dict[str, float]:
    """`fr_false`: the highest P(recognition) read as "no" with at most 0.5 % of true recognition
    asks below it; `fr_true`: the lowest read as "yes" with at most 0.5 % of the others above it."""
    pos, neg = np.sort(p_fr[is_fr]), np.sort(p_fr[~is_fr])
    lo = float(pos[int(len(pos) * 0.005)]) if len(pos) else 0.2
    hi = float(neg[min(len(neg) - 1, int(len(neg) * 0.995))]) if len(neg) else 0.8
    lo = min(max(lo, 0.02), 0.5)
    hi = max(min(hi, 0.98), 0.5)
    return {"fr_false": round(lo, 4), "fr_true": round(hi, 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, action="append")
    ap.add_argument("--out", type=Path, default=ROOT / "src/usegate/reading/artifacts" / f"reader-{VERSION}")
    ap.add_argument("--holdout-writer", default=None)
    ap.add_argument("--c", type=float, default=1.0)
    args = ap.parse_args()
    paths = args.train or [ROOT / "data/reading/train"]
    t0 = time.time()
    records = load(paths)
    held: list[Record] = []
    if args.holdout_writer:
        held = [r for r in records if r.source == args.holdout_writer]
        records = [r for r in records if r.source != args.holdout_writer]
    records = [r for r in records if (r.labels or {}).get("purpose") in PURPOSES]
    print(f"{len(records)} training records ({time.time() - t0:.0f} s)", flush=True)
    x = featurise(records)
    print(f"features {x.shape} ({time.time() - t0:.0f} s)", flush=True)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-3
    xs = (x - mean) / scale
    arrays: dict[str, np.ndarray] = {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32)}
    meta: dict[str, object] = {"version": VERSION, "labels": {}, "temperatures": {}, "thresholds": {}, "oof": {}}
    heads = [("purpose", PURPOSES, np.array([r.labels["purpose"] for r in records]))]
    for s in CONTEXT_SIGNALS:
        heads.append((s, CONTEXT_CLASSES, np.array([ctx_label(r.labels.get(s)) for r in records])))
    for name, labels, y in heads:
        z = oof(xs, y, labels, args.c)
        t = temperature(z, y, labels)
        p = softmax(z, t)
        acc = float(np.mean(np.array(labels)[p.argmax(axis=1)] == y))
        m = fit(xs, y, args.c)
        w = np.zeros((len(labels), xs.shape[1]), dtype=np.float32)
        b = np.full(len(labels), -30.0, dtype=np.float32)
        for j, lab in enumerate(labels):
            if lab in m.classes_:
                k = list(m.classes_).index(lab)
                w[j] = m.coef_[k] if len(m.classes_) > 2 else (m.coef_[0] if k == 1 else -m.coef_[0])
                b[j] = m.intercept_[k] if len(m.classes_) > 2 else (m.intercept_[0] if k == 1 else -m.intercept_[0])
        arrays[f"{name}_W"], arrays[f"{name}_b"] = w, b
        meta["labels"][name] = list(labels)  # type: ignore[index]
        meta["temperatures"][name] = t  # type: ignore[index]
        meta["oof"][name] = {"accuracy": round(acc, 4)}  # type: ignore[index]
        if name == "purpose":
            is_fr = np.isin(y, ["identification", "verification", "gallery"])
            p_fr = p[:, :3].sum(axis=1)
            th = thresholds(p_fr, is_fr)
            meta["thresholds"].update(th)  # type: ignore[attr-defined]
            band = float(np.mean((p_fr > th["fr_false"]) & (p_fr < th["fr_true"])))
            meta["oof"][name].update({"unknown_band": round(band, 4)})  # type: ignore[index]
        else:
            # a context head speaks when its top class (true/false) is at least this likely;
            # chosen so that at most 2 % of its confident calls are wrong out of fold
            conf = p.max(axis=1)
            pred = np.array(labels)[p.argmax(axis=1)]
            said = pred != "unsaid"
            best = 0.95
            for th in np.arange(0.5, 0.96, 0.01):
                sel = said & (conf >= th)
                if sel.sum() and np.mean(pred[sel] != y[sel]) <= 0.02:
                    best = float(th)
                    break
            meta["thresholds"][f"{name}_speaks"] = round(best, 3)  # type: ignore[index]
        print(f"head {name}: oof accuracy {acc:.3f}, T={t:.2f} ({time.time() - t0:.0f} s)", flush=True)
    digest = hashlib.sha256()
    for p in sorted(set(r.source for r in records)):
        digest.update(p.encode())
    meta["trained_on"] = {
        "records": len(records),
        "files": sorted(set(r.source for r in records)),
        "c": args.c,
        "features": int(xs.shape[1]),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out.with_suffix(".npz"), **arrays)
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(meta["oof"]), json.dumps(meta["thresholds"]))
    if held:
        from usegate.reading.heads import Heads

        heads_obj = Heads.load(args.out)
        held = [r for r in held if (r.labels or {}).get("purpose") in PURPOSES]
        xh = heads_obj.scaled(featurise(held))
        ph = heads_obj.heads["purpose"].proba_batch(xh)
        yh = np.array([r.labels["purpose"] for r in held])
        acc = float(np.mean(np.array(PURPOSES)[ph.argmax(axis=1)] == yh))
        print(f"held-out writer {args.holdout_writer}: {len(held)} records, purpose accuracy {acc:.3f}")


if __name__ == "__main__":
    main()
