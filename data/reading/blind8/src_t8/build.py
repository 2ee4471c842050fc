"""Rebuild blind8/t8.jsonl from the hand-written records in recs_*.py (stdlib only).
Usage: python3 build.py   (from this folder)"""
import json, os, random, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import derive
import recs_pl, recs_ja, recs_ru, recs_tr, recs_ko, recs_ar, recs2_a, recs2_b, recs3_a, recs3_b, recs4

def main():
    rng = random.Random(8008)
    base = datetime.datetime(2026, 6, 1, 7, 0, 0)
    out = []
    n = 0
    for mod in (recs_pl, recs_ja, recs_ru, recs_tr, recs_ko, recs_ar, recs2_a, recs2_b, recs3_a, recs3_b, recs4):
        for r in mod.RECS:
            n += 1
            kind, accept, clauses = derive(r)
            t = base + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 150))
            rec = {"id": "b8-t8-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
                   "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
                   "labels": r["labels"], "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
            out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "t8.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records ->", os.path.normpath(path))

if __name__ == "__main__":
    main()
