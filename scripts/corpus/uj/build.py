#!/usr/bin/env python3
"""Build data/reading/train/uj.jsonl (writer uj). Standard library only, deterministic.

    cd /work/main && python3 scripts/corpus/uj/build.py
"""
import datetime as dt
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "uj.jsonl")
sys.path.insert(0, HERE)

from common import derive  # noqa: E402

LANGS = ("en", "de", "fr", "it", "nl", "ko", "tr", "uk")
SEED = 20240501
START = dt.datetime(2025, 3, 3, 6, 0, 0)
SPAN_S = 600 * 24 * 3600


def main():
    rng = random.Random(SEED)
    pool = []
    for lang in LANGS:
        mod = importlib.import_module("lang_" + lang)
        for r in mod.records():
            r = dict(r)
            r["lang"] = lang
            pool.append(r)
    rng.shuffle(pool)
    seen = set()
    lines = []
    for i, r in enumerate(pool, 1):
        key = json.dumps(r["body"], sort_keys=True, ensure_ascii=False)
        if key in seen:
            raise SystemExit("duplicate body in %s" % r["lang"])
        seen.add(key)
        when = START + dt.timedelta(seconds=rng.randrange(SPAN_S))
        kind, accept, clauses = derive(r)
        out = {
            "id": "tr-uj-%05d" % i,
            "lang": r["lang"],
            "voice": r["voice"],
            "class": r["class"],
            "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tenant": r["tenant"],
            "endpoint": r["endpoint"],
            "headers": r["headers"],
            "body": r["body"],
            "labels": r["labels"],
            "expect": {"accept": accept, "clauses": clauses},
            "kind": kind,
        }
        lines.append(json.dumps(out, ensure_ascii=False))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d records to %s" % (len(lines), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
