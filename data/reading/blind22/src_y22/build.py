"""Build ../y22.jsonl from the hand-written records in rec_*.py.

    python3 data/reading/blind22/src_y22/build.py

Standard library only; fixed seed; a rebuild is byte-identical.
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import rec_en, rec_es, rec_pt, rec_ja, rec_tr, rec_id  # noqa: E402

SEED = 22101
WRITER = "y22"
OUT = os.path.join(os.path.dirname(HERE), WRITER + ".jsonl")
KEYS = ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint", "headers",
        "body", "labels", "expect", "kind"]


def main():
    rng = random.Random(SEED)
    recs = []
    for mod in (rec_en, rec_es, rec_pt, rec_ja, rec_tr, rec_id):
        recs.extend(mod.records())
    start = dt.datetime(2024, 6, 3, 7, 0, 0)
    for r in recs:
        if not r["received_at"]:
            t = start + dt.timedelta(seconds=rng.randrange(0, 86400 * 900))
            r["received_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        r.pop("_note", None)
        r["kind"], r["expect"] = common.derive(r)
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(recs, 1):
            r["id"] = "b22-%s-%05d" % (WRITER, i)
            f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
