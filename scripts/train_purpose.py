"""Train the purpose model from `data/purpose/train.jsonl` (reproducible: fixed seeds, sorted vocabulary).

    python scripts/train_purpose.py [--train data/purpose/train.jsonl] [--out src/usegate/purpose/artifacts]

Steps: features (`usegate.purpose.features`) → vocabulary of features seen in at
least `MIN_DF` training requests → idf → multinomial logistic regression
(scikit-learn, L2) → temperature fitted on 5-fold out-of-fold logits (calibration)
→ `purpose-<version>.npz` + `.json`. scikit-learn is needed here only; inference is numpy.
The held-out split (`data/purpose/test.jsonl`) is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from usegate.purpose.dataset import load_examples  # noqa: E402
from usegate.purpose.features import raw_features, vectorise  # noqa: E402
from usegate.purpose.model import FR_FALSE, FR_TRUE, LABELS, VERSION  # noqa: E402

SEED = 1234
MIN_DF = 2
C = 30.0


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    best_t, best_nll = 1.0, math.inf
    for t in np.exp(np.linspace(math.log(0.3), math.log(5.0), 120)):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = -float(logp[np.arange(len(y)), y].mean())
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=str(ROOT / "data/purpose/train.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "src/usegate/purpose/artifacts"))
    args = ap.parse_args()

    examples = load_examples(args.train)
    y = np.array([LABELS.index(e.label) for e in examples])
    bags = [raw_features(e.case)[0] for e in examples]
    df: dict[str, int] = {}
    for bag in bags:
        for key in bag:
            df[key] = df.get(key, 0) + 1
    names = sorted(k for k, n in df.items() if n >= MIN_DF)
    vocab = {k: i for i, k in enumerate(names)}
    n_docs = len(bags)
    idf = np.array([math.log((1 + n_docs) / (1 + df[k])) + 1.0 for k in names], dtype=np.float32)

    rows, cols, vals = [], [], []
    for r, bag in enumerate(bags):
        idx, val, _ = vectorise(bag, vocab, idf)
        rows.extend([r] * len(idx))
        cols.extend(idx.tolist())
        vals.extend(val.tolist())
    X = sparse.csr_matrix((vals, (rows, cols)), shape=(n_docs, len(names)), dtype=np.float64)

    def model() -> LogisticRegression:
        return LogisticRegression(C=C, max_iter=3000, random_state=SEED)

    oof = np.zeros((n_docs, len(LABELS)))
    # folds grouped by template: a template never sits on both sides, so the temperature is
    # fitted on asks the fold's model has not seen (closer to unseen traffic than random folds)
    groups = [str(e.record.get("template") or e.id) for e in examples]
    folds = GroupKFold(n_splits=5)
    for tr, va in folds.split(X, y, groups):
        m = model().fit(X[tr], y[tr])
        oof[va] = m.decision_function(X[va])
    temperature = fit_temperature(oof, y)
    oof_acc = float((oof.argmax(1) == y).mean())

    clf = model().fit(X, y)
    weights = clf.coef_.T.astype(np.float32)  # (n_features, n_labels)
    bias = clf.intercept_.astype(np.float32)
    # drop features whose weights are negligible for every class: smaller artifact, same predictions
    keep = np.abs(weights).max(axis=1) >= 1e-3
    names = [n for n, k in zip(names, keep, strict=True) if k]
    weights, idf = weights[keep], idf[keep]

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    npz = out / f"purpose-{VERSION}.npz"
    vocab_bytes = np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(
        npz, vocab=vocab_bytes, idf=idf.astype(np.float32), weights=weights.astype(np.float16), bias=bias
    )
    train_hash = hashlib.sha256(Path(args.train).read_bytes()).hexdigest()[:16]
    meta = {
        "version": VERSION,
        "labels": list(LABELS),
        "temperature": round(temperature, 4),
        "fr_true": FR_TRUE,
        "fr_false": FR_FALSE,
        "features": len(names),
        "train_records": n_docs,
        "train_sha256_16": train_hash,
        "oof_accuracy": round(oof_acc, 4),
        "C": C,
        "min_df": MIN_DF,
        "seed": SEED,
        "trainer": "scripts/train_purpose.py (sklearn LogisticRegression, lbfgs, L2)",
    }
    (out / f"purpose-{VERSION}.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=2))
    print(f"artifact: {npz} ({npz.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
