"""Builds data/reading/train/a.jsonl (writer a: en fr es de pt it).

Deterministic: python scripts/corpus/a/build.py regenerates the file byte for byte.
Material pools live in pools_<lang>.py; scenarios.py composes whole request bodies.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import LANG_TARGET, POOLS, SEED, Gen  # noqa: E402
import scenarios as SC  # noqa: E402

ROOT = HERE.parents[2]
OUT = ROOT / "data" / "reading" / "train" / "a.jsonl"


def received_at(rng):
    # 2025-01-01 .. 2026-11-28
    day = rng.randrange(0, 697)
    sec = rng.randrange(0, 86400)
    t = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=day, seconds=sec)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def build():
    rng = random.Random(SEED)
    records = []
    for lang, n in LANG_TARGET.items():
        if lang not in POOLS:
            continue
        g = Gen(lang, random.Random(f"{SEED}-{lang}"))
        weights = SC.weights_for(g)
        names = list(weights)
        ws = [weights[k] for k in names]
        made = 0
        guard = 0
        while made < n and guard < n * 20:
            guard += 1
            name = g.rng.choices(names, ws)[0]
            fn = getattr(SC, name)
            g.asks = []
            rec = fn(g)
            if rec is None:
                continue
            rec["scenario"] = name
            rec["_ask"] = list(g.asks)
            records.append(rec)
            made += 1
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        o = {"id": f"tr-a-{i:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
             "received_at": received_at(rng), "tenant": r["tenant"], "endpoint": r["endpoint"],
             "headers": r["headers"], "body": r["body"], "labels": r["labels"], "expect": r["expect"],
             "kind": r["kind"]}
        out.append(o)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    # side file with scenario names for stats (not part of the corpus)
    return out, records


if __name__ == "__main__":
    out, recs = build()
    print(len(out), "records ->", OUT)
