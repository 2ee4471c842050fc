#!/usr/bin/env python3
"""Build data/reading/blind23/p23.jsonl from the hand-written records in this folder.

    python3 data/reading/blind23/src_p23/build.py          # writes ../p23.jsonl
    python3 data/reading/blind23/src_p23/build.py --stats  # also prints counts

Standard library only; deterministic (fixed seed for received_at).
"""
import importlib
import sys as _sys
_sys.dont_write_bytecode = True
import json
import os
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import derive  # noqa: E402

LANGS = ["fr", "it", "pl", "sv", "tr", "uk"]
SEED = 2323
OUT = os.path.join(os.path.dirname(HERE), "p23.jsonl")


def received_times(rng, n):
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    span = 350 * 86400
    return [(start + timedelta(seconds=rng.randrange(span))).strftime("%Y-%m-%dT%H:%M:%SZ") for _ in range(n)]


def build():
    rng = random.Random(SEED)
    out = []
    for lang in LANGS:
        mod = importlib.import_module("lang_" + lang)
        recs = mod.records()
        times = received_times(rng, len(recs))
        for r, t in zip(recs, times):
            kind, accept, clauses = derive(r["tenant"], r["headers"], r["body"], r["labels"])
            out.append({
                "id": None,
                "lang": lang,
                "voice": r["voice"],
                "class": r["class"],
                "received_at": r["_at"] or t,
                "tenant": r["tenant"],
                "endpoint": r["endpoint"],
                "headers": r["headers"],
                "body": r["body"],
                "labels": r["labels"],
                "expect": {"accept": accept, "clauses": clauses},
                "kind": kind,
            })
    for i, r in enumerate(out, 1):
        r["id"] = "b23-p23-%05d" % i
    return out


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))
    if "--stats" in sys.argv:
        kinds = Counter(r["kind"] for r in recs)
        print("kinds", dict(kinds), {k: round(100 * v / len(recs), 1) for k, v in kinds.items()})
        cls = Counter(r["class"] for r in recs)
        print("classes", {k: (v, round(100 * v / len(recs), 1)) for k, v in cls.items()})
        print("\nlang x kind")
        for lang in LANGS:
            c = Counter(r["kind"] for r in recs if r["lang"] == lang)
            print(" ", lang, sum(c.values()), dict(c))
        print("\nclass x kind")
        for k in sorted(cls):
            c = Counter(r["kind"] for r in recs if r["class"] == k)
            print(" ", k, sum(c.values()), dict(c))
        print("\nlang x class")
        for lang in LANGS:
            c = Counter(r["class"] for r in recs if r["lang"] == lang)
            print(" ", lang, dict(c))
        print("\nendpoints", dict(Counter(r["endpoint"] for r in recs)))
        print("purposes", dict(Counter(r["labels"]["purpose"] for r in recs)))
        print("clauses", dict(Counter(tuple(r["expect"]["clauses"]) for r in recs)))
        # records where literal reading says allowed but context is partly unknown
        soft = [r["id"] for r in recs if r["kind"] == "allowed" and r["labels"]["purpose"] in
                ("identification", "verification", "gallery") and r["tenant"]["sector"] == "law_enforcement"
                and False not in (r["labels"]["real_time"], r["labels"]["mobile_camera"], r["labels"]["uncontrolled"])]
        print("LE recognition allowed with no explicit false context fact:", soft)


if __name__ == "__main__":
    main()
