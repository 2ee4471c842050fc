#!/usr/bin/env python3
"""Rebuild /work/main/data/reading/blind8/u8.jsonl from the hand-written records (stdlib only).

    python3 build.py            # writes ../u8.jsonl
"""
import json, os, random, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import recs_hi_vi, recs_uk_id, recs_sv_el  # noqa: F401  (records register themselves)
try:
    import recs_more  # noqa: F401
    import recs_more2  # noqa: F401
    import recs_more3  # noqa: F401
    import recs_more4  # noqa: F401
    import recs_more5  # noqa: F401
    import recs_more6  # noqa: F401
    import recs_more7  # noqa: F401
    import recs_more8  # noqa: F401
    import recs_more9  # noqa: F401
except ImportError:
    pass

SEED = 8008
OUT = os.path.join(os.path.dirname(HERE), "u8.jsonl")


def main():
    rng = random.Random(SEED)
    recs = list(common.RECS)
    rng.shuffle(recs)
    base = datetime.datetime(2026, 3, 2, 6, 0, 0)
    lines = []
    for n, r in enumerate(recs, 1):
        when = base + datetime.timedelta(days=rng.randrange(0, 240), seconds=rng.randrange(0, 86400))
        kind, accept, clauses = common.derive(r["tenant"], r["headers"], r["body"], r["labels"], r["ecx"])
        rec = {"id": "b8-u8-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
               "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
               "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
               "labels": r["labels"], "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "records to", OUT)


if __name__ == "__main__":
    main()
