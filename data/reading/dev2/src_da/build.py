"""Rebuild ../da.jsonl byte for byte: python3 build.py"""
import json, os, random, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import derive
import importlib

MODS = ["recs_r1", "recs_r2", "recs_r3", "recs_r4", "recs_r5"]


def main():
    rng = random.Random(20261201)
    recs = []
    for m in MODS:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        recs.extend(mod.RECS)
    out = []
    base = datetime.datetime(2026, 3, 2, 6, 0, 0)
    for i, r in enumerate(recs, 1):
        r = json.loads(json.dumps(r))
        r = derive(r)
        t = base + datetime.timedelta(seconds=rng.randrange(0, 270 * 86400))
        o = {"id": "d2-da-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
             "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
             "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
             "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
        out.append(json.dumps(o, ensure_ascii=False))
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "da.jsonl")
    with open(p, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records ->", os.path.normpath(p))


if __name__ == "__main__":
    main()
