"""Train the semantic reader's heads from the reading corpus (data/reading/train/).

    python scripts/train_reader.py --calibrate-on d,e --thresholds fr_true=0.55,fr_false=0.45,speaks=0.5
    python scripts/train_reader.py --holdout-writer c    # development: train without a writer, report on it

Features: `usegate.reading.features` (USE-multilingual embeddings of the ask, the earlier
turns and the instructions, hashed character n-grams, rule-cue counts by role). Heads:
multinomial logistic regression (scikit-learn, training only; inference is numpy, no
pickle). Temperatures are set on the calibration writers (fitted without them) or on
3-fold out-of-fold predictions; the decision thresholds were chosen at the decision level
on the calibration writers (`scripts/eval_reading.py --artifact`). The blind split is
never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from usegate.reading import features as F  # noqa: E402
from usegate.reading.corpus import Record, load  # noqa: E402
from usegate.reading.heads import CONTEXT_CLASSES, CONTEXT_SIGNALS, PURPOSES, VERSION  # noqa: E402
from usegate.request.anatomy import read  # noqa: E402
from usegate.signals.text_rules import analyse, analyse_context, analyse_payload  # noqa: E402

SEED = 20240501


def featurise(records: list[Record]) -> tuple[np.ndarray, sp.csr_matrix]:
    """(dense features, sparse n-gram features) of every record."""
    texts, rules, rows, cols, vals = [], [], [], [], []
    for i, r in enumerate(records):
        a = read(r.case)
        f = analyse(r.case, a)
        rules.append(F.rule_vector(r.case, a, f, analyse_payload(r.case, a), analyse_context(r.case, a)))
        t = F.texts_of(a)
        texts.append(t)
        idx, val = F.ngrams(t)
        rows.extend([i] * len(idx))
        cols.extend(idx.tolist())
        vals.extend(val.tolist())
    emb = cached_embeddings(texts)
    dense = np.concatenate([emb, np.stack(rules)], axis=1).astype(np.float32)
    n_sparse = sum(F.NGRAM_SIZES.values())
    sparse = sp.csr_matrix((vals, (rows, cols)), shape=(len(records), n_sparse), dtype=np.float32)
    return dense, sparse


_DECLARED = {
    "real_time": "x-usegate-capture-mode",
    "mobile_camera": "x-usegate-capture-device",
    "uncontrolled": "x-usegate-environment",
}
_KIT_SAYS = {
    "real_time": ("age=",),
    "mobile_camera": ("exif=", "bodycam_frame", "dashcam_frame", "cctv_frame"),
    "uncontrolled": (),
}


def said_elsewhere(r: Record, signal: str) -> bool:
    """The record's label for `signal` may come from a header or an image rather than the text."""
    if r.labels.get(signal) is None:
        return False
    if r.case.header(_DECLARED[signal]) or r.case.metadata.get(
        _DECLARED[signal].removeprefix("x-usegate-").replace("-", "_")
    ):
        return True
    return any(im.url and any(k in im.url for k in _KIT_SAYS[signal]) for im in r.case.images)


CACHE = ROOT / ".cache" / "reader-embeddings"


def cached_embeddings(texts: list[F.Texts]) -> np.ndarray:
    """`F.batch_embed`, with each text's vector kept on disk by its hash (`.cache/`, not in
    git): retraining after a corpus or head change re-encodes only the new texts."""
    from usegate.reading import encoder

    CACHE.mkdir(parents=True, exist_ok=True)
    flat = [t for x in texts for t in (x.ask, x.setup, x.instructions)]
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in flat]
    store: dict[str, np.ndarray] = {}
    shard = CACHE / f"{encoder.DIM}.npz"
    if shard.exists():
        with np.load(shard) as z:
            store = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))
    missing = sorted({(k, t) for k, t in zip(keys, flat, strict=True) if k not in store})
    if missing:
        todo = [t for _, t in missing]
        vecs = np.concatenate([encoder.encode(todo[i : i + 256]) for i in range(0, len(todo), 256)])
        for (k, _), v in zip(missing, vecs, strict=True):
            store[k] = v
        np.savez(shard, keys=np.array(list(store)), vecs=np.stack(list(store.values())))
    out = np.stack([store[k] for k in keys]).astype(np.float32)
    return out.reshape(len(texts), -1)


#: the embedding blocks keep their geometry (unit vectors, halved), the rule counts are standardised
#: and damped, the n-grams stay L2-normalised: so no block drowns the others (measured on writers
#: held out: standardising 1,536 embedding dimensions let the encoder overrule the n-grams in
#: languages it was not trained on)
EMBED_SCALE = 2.0
RULE_DAMPING = 0.3


def scaling(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    emb = 3 * 512
    mean = x.mean(axis=0)
    scale = (x.std(axis=0) + 1e-3) / RULE_DAMPING
    mean[:emb] = 0.0
    scale[:emb] = EMBED_SCALE
    return mean.astype(np.float32), scale.astype(np.float32)


def weights(m: LogisticRegression, labels: tuple[str, ...], d: int) -> tuple[np.ndarray, np.ndarray]:
    """The head's weights with one row per label, in `labels` order (absent labels never win)."""
    w = np.zeros((len(labels), d), dtype=np.float32)
    b = np.full(len(labels), -30.0, dtype=np.float32)
    for j, lab in enumerate(labels):
        if lab in m.classes_:
            k = list(m.classes_).index(lab)
            w[j] = m.coef_[k] if len(m.classes_) > 2 else (m.coef_[0] if k == 1 else -m.coef_[0])
            b[j] = (
                m.intercept_[k] if len(m.classes_) > 2 else (m.intercept_[0] if k == 1 else -m.intercept_[0])
            )
    return w, b


def ctx_label(v: object) -> str:
    return "true" if v is True else "false" if v is False else "unsaid"


def fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    m = LogisticRegression(C=c, max_iter=400, tol=1e-3, class_weight="balanced")
    m.fit(x, y)
    return m


def oof(
    x: np.ndarray, y: np.ndarray, labels: tuple[str, ...], c: float, groups: np.ndarray | None = None
) -> np.ndarray:
    """Out-of-fold logits (n x k), columns in `labels` order. With `groups` (the writer of each
    record), each fold leaves one writer out: the predictions then show how the heads do on a
    style they were not trained on, which is what calibration and thresholds must expect."""
    out = np.zeros((len(y), len(labels)), dtype=np.float64)
    if groups is not None:
        splits = list(LeaveOneGroupOut().split(x, y, groups))
    else:
        splits = list(StratifiedKFold(n_splits=3, shuffle=True, random_state=SEED).split(x, y))
    for tr, te in splits:
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
    for t in np.arange(0.3, 8.01, 0.05):
        p = softmax(z, t)
        nll = -np.mean(np.log(p[np.arange(len(y)), idx] + 1e-12))
        if nll < best:
            best, best_t = nll, float(t)
    return best_t


#: share of recognition asks the reader alone may call "no", and of the others it may call "yes",
#: on the calibration records (the rules, the images and the context still stand behind it)
MISS = 0.01
FALSE_FLAG = 0.01


def thresholds(p_fr: np.ndarray, is_fr: np.ndarray) -> dict[str, float]:
    """`fr_false`: the highest P(recognition) read as "no" with at most `MISS` of true recognition
    asks below it; `fr_true`: the lowest read as "yes" with at most `FALSE_FLAG` of the others above it."""
    pos, neg = np.sort(p_fr[is_fr]), np.sort(p_fr[~is_fr])
    lo = float(pos[int(len(pos) * MISS)]) if len(pos) else 0.2
    hi = float(neg[min(len(neg) - 1, int(len(neg) * (1 - FALSE_FLAG)))]) if len(neg) else 0.8
    lo = min(max(lo, 0.01), 0.5)
    hi = max(min(hi, 0.99), 0.5)
    return {"fr_false": round(lo, 4), "fr_true": round(hi, 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, action="append")
    ap.add_argument("--out", type=Path, default=ROOT / "src/usegate/reading/artifacts" / f"reader-{VERSION}")
    ap.add_argument("--holdout-writer", default=None)
    ap.add_argument("--c", type=float, default=3.0)
    ap.add_argument("--cv", choices=["writer", "random"], default="random")
    ap.add_argument(
        "--calibrate-on",
        default="",
        help="writers (file stems) whose records calibrate temperatures and thresholds: the heads are "
        "fitted without them and judged on them, as on a style never seen",
    )
    ap.add_argument(
        "--thresholds",
        default="",
        help="fixed thresholds instead of the computed ones, e.g. fr_true=0.6,fr_false=0.4,speaks=0.6 "
        "(chosen at the decision level on the calibration writers with scripts/eval_reading.py)",
    )
    ap.add_argument(
        "--calibration-out", type=Path, help="also write the heads fitted without the calibration writers"
    )
    ap.add_argument("--ablate", choices=["encoder", "ngrams"], help="train without a block (comparison)")
    ap.add_argument(
        "--rule-dropout",
        type=float,
        default=0.0,
        help="share of records shown without their rule-cue counts, so the heads learn to read the words "
        "where no cue matched (the cues were written from the training corpus, which they cover far "
        "better than a writer's they never saw)",
    )
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
    x, ngr = featurise(records)
    # image dropout: half of the records (every other one) are shown without their image features,
    # so the heads learn the purpose from the words and take an attached image as support only
    image_cols = [3 * 512 + F.RULE_FEATURES.index(n) for n in F.IMAGE_FEATURES]
    x[::2, image_cols] = 0.0
    if args.rule_dropout:
        rule_cols = [3 * 512 + i for i, n in enumerate(F.RULE_FEATURES) if n.startswith("rule:")]
        drop = np.random.default_rng(SEED).random(len(x)) < args.rule_dropout
        x[np.ix_(drop, rule_cols)] = 0.0
    if args.ablate == "encoder":
        x[:, : 3 * 512] = 0.0
    elif args.ablate == "ngrams":
        ngr = sp.csr_matrix(ngr.shape, dtype=np.float32)
    print(f"features {x.shape} + {ngr.shape} sparse ({time.time() - t0:.0f} s)", flush=True)
    mean, scale = scaling(x)
    xs = sp.hstack([sp.csr_matrix((x - mean) / scale), ngr]).tocsr()
    arrays: dict[str, np.ndarray] = {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32)}
    cal_arrays: dict[str, np.ndarray] = dict(arrays)
    meta: dict[str, object] = {
        "version": VERSION,
        "labels": {},
        "temperatures": {},
        "thresholds": {},
        "oof": {},
    }
    heads = [("purpose", PURPOSES, np.array([r.labels["purpose"] for r in records]))]
    for s in CONTEXT_SIGNALS:
        heads.append((s, CONTEXT_CLASSES, np.array([ctx_label(r.labels.get(s)) for r in records])))
    # the purpose head does not see the rule layer's context counts (live, mobile, street): live
    # street requests in the corpus are mostly identifications, and a head that learns the
    # setting refuses "which way did he go?" on a body camera. The scaled columns are zeroed, so
    # their weights stay zero. The ask's n-grams and embedding still carry setting words
    # ("bodycam", "live"); the allowed live look-alikes in the corpus are what teach the head
    # that those words do not make an identification.
    setting = np.ones(xs.shape[1], dtype=np.float32)
    for c in [3 * 512 + F.RULE_FEATURES.index(n) for n in F.RULE_FEATURES if n.startswith("context:")]:
        setting[c] = 0.0
    xs_purpose = (xs @ sp.diags(setting)).tocsr()
    for name, labels, y in heads:
        # a context label the text may not carry (a declaration header or an image says it) is
        # not a lesson for a head that reads the text: those records sit out that head
        keep = np.array([name == "purpose" or not said_elsewhere(r, name) for r in records])
        head_records = [r for r, k in zip(records, keep, strict=True) if k]
        y = y[keep]
        xs_all, xs = xs, (xs_purpose if name == "purpose" else xs)[keep]
        calib = set(filter(None, args.calibrate_on.split(",")))
        if calib:
            held_mask = np.array([r.source in calib for r in head_records])
            m_cal = fit(xs[~held_mask], y[~held_mask], args.c)
            cal_arrays[f"{name}_W"], cal_arrays[f"{name}_b"] = weights(m_cal, labels, xs.shape[1])
            zc = m_cal.decision_function(xs[held_mask])
            cols = [list(m_cal.classes_).index(lab) if lab in m_cal.classes_ else None for lab in labels]
            z = np.stack([zc[:, c] if c is not None else np.full(len(zc), -30.0) for c in cols], axis=1)
            y_all = y
            y = y[held_mask]
        else:
            groups = np.array([r.source for r in head_records]) if args.cv == "writer" else None
            z = oof(xs, y, labels, args.c, groups)
            y_all = y
        t = temperature(z, y, labels)
        p = softmax(z, t)
        acc = float(np.mean(np.array(labels)[p.argmax(axis=1)] == y))
        m = fit(xs, y_all, args.c)
        arrays[f"{name}_W"], arrays[f"{name}_b"] = weights(m, labels, xs.shape[1])
        meta["labels"][name] = list(labels)  # type: ignore[index]
        meta["temperatures"][name] = t  # type: ignore[index]
        meta["oof"][name] = {"accuracy": round(acc, 4)}  # type: ignore[index]
        if name == "purpose":
            is_fr = np.isin(y, ["identification", "verification", "gallery"])
            p_fr = p[:, :3].sum(axis=1)
            th = thresholds(p_fr, is_fr)
            meta["thresholds"].update(th)  # type: ignore[attr-defined]
            band = float(np.mean((p_fr > th["fr_false"]) & (p_fr < th["fr_true"])))
            langs = np.array([r.lang for r in head_records])
            if calib:
                langs = langs[held_mask]
            per_lang = {
                lg: round(float(np.mean(((p_fr >= 0.5) == is_fr)[langs == lg])), 3)
                for lg in sorted(set(langs))
            }
            print(f"  recognition yes/no accuracy by language (held out): {per_lang}", flush=True)
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
        print(
            f"head {name}: {len(y)} records, held-out accuracy {acc:.3f}, T={t:.2f} "
            f"({time.time() - t0:.0f} s)",
            flush=True,
        )
        xs = xs_all
    digest = hashlib.sha256()
    for p in sorted(set(r.source for r in records)):
        digest.update(p.encode())
    meta["trained_on"] = {
        "records": len(records),
        "files": sorted(set(r.source for r in records)),
        "c": args.c,
        "cv": args.cv,
        "calibrated_on": args.calibrate_on or "out-of-fold",
        "features": int(xs.shape[1]),
        "ablate": args.ablate,
        "rule_dropout": args.rule_dropout,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for item in filter(None, args.thresholds.split(",")):
        key, _, value = item.partition("=")
        keys = [f"{s}_speaks" for s in CONTEXT_SIGNALS] if key == "speaks" else [key]
        for k in keys:
            meta["thresholds"][k] = float(value)  # type: ignore[index]
    meta["thresholds_source"] = (  # type: ignore[assignment]
        f"fixed: {args.thresholds}" if args.thresholds else "computed from the calibration predictions"
    )
    np.savez_compressed(args.out.with_suffix(".npz"), **arrays)
    args.out.with_suffix(".json").write_text(
        json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(json.dumps(meta["oof"]), json.dumps(meta["thresholds"]))
    if args.calibrate_on and args.calibration_out:
        # the heads fitted without the calibration writers: for a decision-level look at them
        calib_out = args.calibration_out
        np.savez_compressed(calib_out.with_suffix(".npz"), **cal_arrays)
        calib_out.with_suffix(".json").write_text(
            json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    if held:
        held = [r for r in held if (r.labels or {}).get("purpose") in PURPOSES]
        xh, nh = featurise(held)
        if args.ablate == "encoder":
            xh[:, : 3 * 512] = 0.0
        elif args.ablate == "ngrams":
            nh = sp.csr_matrix(nh.shape, dtype=np.float32)
        xhs = sp.hstack([sp.csr_matrix((xh - mean) / scale), nh]).tocsr()
        ph = softmax(
            np.asarray(xhs @ arrays["purpose_W"].T) + arrays["purpose_b"], meta["temperatures"]["purpose"]
        )  # type: ignore[index]
        yh = np.array([r.labels["purpose"] for r in held])
        acc = float(np.mean(np.array(PURPOSES)[ph.argmax(axis=1)] == yh))
        print(f"held-out writer {args.holdout_writer}: {len(held)} records, purpose accuracy {acc:.3f}")


if __name__ == "__main__":
    main()
