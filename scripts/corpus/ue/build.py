"""Build data/reading/train/ue.jsonl (writer `ue`). Standard library only, fixed seed.

    python3 scripts/corpus/ue/build.py
"""
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import derive  # noqa: E402
import recs_en, recs_fr, recs_es, recs_hi, recs_id, recs_it, recs_nl, recs_tr  # noqa: E402

SEED = 31502
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "data", "reading", "train", "ue.jsonl"))


def main():
    rng = random.Random(SEED)
    base = datetime.datetime(2025, 1, 6, 0, 0, 0)
    span = int((datetime.datetime(2026, 11, 28) - base).total_seconds())
    rows = []
    for mod in (recs_en, recs_fr, recs_es, recs_hi, recs_id, recs_it, recs_nl, recs_tr):
        rows.extend(mod.RECS)
    out = []
    for n, r in enumerate(rows, 1):
        at = r["received_at"]
        if at is None:
            at = (base + datetime.timedelta(seconds=rng.randrange(span))).strftime("%Y-%m-%dT%H:%M:%SZ")
        kind, accept, clauses = derive(r["tenant"], r["headers"], r["body"], r["labels"], r["_unclear"])
        out.append({
            "id": "tr-ue-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
            "received_at": at, "tenant": r["tenant"], "endpoint": r["endpoint"], "headers": r["headers"],
            "body": r["body"], "labels": r["labels"],
            "expect": {"accept": accept, "clauses": clauses}, "kind": kind})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote", len(out), "records to", OUT)


if __name__ == "__main__":
    main()
