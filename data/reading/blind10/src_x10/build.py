"""Rebuild ../x10.jsonl byte for byte: python3 build.py"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import glob, importlib

here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(here, "recs_*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])

rng = random.Random(1010)
out = []
base = 1780000000  # 2026-05-28
for i, r in enumerate(common.RECS, 1):
    amb = r.pop("_amb")
    common.derive(r, amb)
    ts = base + rng.randrange(0, 180 * 86400)
    import time
    rec = {"id": "b10-x10-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
           "received_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)),
           "tenant": r["tenant"], "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
           "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
    out.append(rec)
with open(os.path.join(here, "..", "x10.jsonl"), "w", encoding="utf-8") as fh:
    for rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
from collections import Counter
print(len(out), Counter(r["kind"] for r in out), Counter(r["lang"] for r in out))
print(Counter(r["class"] for r in out))
