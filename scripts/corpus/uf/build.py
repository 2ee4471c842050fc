#!/usr/bin/env python3
"""Build data/reading/train/uf.jsonl from the hand-written records in recs_*.py.

    python3 scripts/corpus/uf/build.py            # from /work/main

Standard library only; fixed seed; a rebuild is byte-identical.
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from common import derive  # noqa: E402
import recs_de, recs_pt, recs_es, recs_el, recs_vi, recs_sv, recs_ja  # noqa: E402,E401

SEED = 31603
W = "uf"
OUT = os.path.join(HERE, "..", "..", "..", "data", "reading", "train", W + ".jsonl")


def main():
    rng = random.Random(SEED)
    records = []
    for mod in (recs_de, recs_pt, recs_es, recs_el, recs_vi, recs_sv, recs_ja):
        records.extend(mod.RECORDS)
    rng.shuffle(records)
    start = dt.datetime(2025, 3, 3, 6, 0, 0)
    out = []
    for n, r in enumerate(records, 1):
        at = r["at"]
        if at is None:
            t = start + dt.timedelta(seconds=rng.randrange(0, 600 * 86400))
            at = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        kind, expect = derive(r["tenant"], r["headers"], r["body"], r["labels"], r["doubt"])
        o = {"id": "tr-%s-%05d" % (W, n), "lang": r["lang"], "voice": r["voice"],
             "class": r["class"], "received_at": at, "tenant": r["tenant"],
             "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
             "labels": r["labels"], "expect": expect, "kind": kind}
        out.append(json.dumps(o, ensure_ascii=False, sort_keys=False))
    with open(os.path.normpath(OUT), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", len(out), "records to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
