"""Rebuild ../v10.jsonl byte for byte: python3 build.py"""
import json, os, random, sys, datetime, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import derive

MODS = ["recs_en", "recs_fr", "recs_es", "recs_de", "recs_pt", "recs_it", "recs_nl"]

def main():
    rng = random.Random(1010)
    recs = []
    for m in MODS:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        recs.extend(mod.RECS)
    base = datetime.datetime(2026, 3, 2, 6, 0, 0)
    out = []
    for i, r in enumerate(recs, 1):
        r = derive(r)
        when = base + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 240))
        o = {"id": "b10-v10-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
             "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
             "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
             "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
        out.append(json.dumps(o, ensure_ascii=False, sort_keys=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v10.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records")

if __name__ == "__main__":
    main()
