"""Rebuild ../x9.jsonl byte for byte: python3 build.py"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import importlib, glob
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "recs_*.py")))
for m in mods:
    importlib.import_module(m)
rng = random.Random(90909)
out = []
for i, r in enumerate(common.RECS, 1):
    day = rng.randint(0, 540)
    sec = rng.randint(6 * 3600, 23 * 3600)
    import datetime
    t = datetime.datetime(2025, 3, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=day, seconds=sec)
    rec = {"id": "b9-x9-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
           "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
    for k in ("tenant", "endpoint", "headers", "body", "labels", "expect", "kind"):
        rec[k] = r[k]
    out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "x9.jsonl")
with open(p, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
from collections import Counter
print(len(out), Counter(r["lang"] for r in common.RECS), Counter(r["kind"] for r in common.RECS), Counter(r["class"] for r in common.RECS))
