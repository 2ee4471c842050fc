"""Build q21.jsonl for the blind21 split.  Usage: python3 build.py  (stdlib only, fixed seed)."""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import common  # noqa: E402
import recs_hi, recs_vi, recs_uk, recs_id, recs_sv, recs_el  # noqa: E402

SEED = 21303
W = "q21"
OUT = os.path.join(os.path.dirname(HERE), W + ".jsonl")


def main():
    rng = random.Random(SEED)
    recs = []
    for m in (recs_hi, recs_vi, recs_uk, recs_id, recs_sv, recs_el):
        recs.extend(m.RECS)
    rng.shuffle(recs)
    base = datetime.datetime(2026, 1, 5, 6, 0, 0)
    lines = []
    for i, r in enumerate(recs, 1):
        ts = r["ts"]
        if ts is None:
            dt = base + datetime.timedelta(days=rng.randrange(0, 330), seconds=rng.randrange(0, 16 * 3600))
            ts = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        ten = json.loads(json.dumps(common.T[r["tenant_id"]]))
        rec = {"id": "b21-%s-%05d" % (W, i), "lang": r["lang"], "voice": r["voice"],
               "class": r["class"], "received_at": ts, "tenant": ten,
               "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
               "labels": r["labels"]}
        kind, accept, clauses = common.derive(rec, r["hand"])
        rec["expect"] = {"accept": accept, "clauses": clauses}
        rec["kind"] = kind
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "records to", OUT)


if __name__ == "__main__":
    main()
