"""Rebuild ../db.jsonl byte for byte:  python3 build.py  (stdlib only, fixed seed)."""
import json, os, random, sys, datetime, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import importlib, glob

HERE = os.path.dirname(os.path.abspath(__file__))
mods = sorted(os.path.basename(f)[:-3] for f in glob.glob(os.path.join(HERE, "recs_*.py")))
for m in mods:
    importlib.import_module(m)

rng = random.Random(20261201)
base = datetime.datetime(2026, 3, 2, 6, 0, 0)
out = []
for i, r in enumerate(common.RECS, 1):
    r = dict(r)
    amb = r.pop("_amb")
    r["id"] = "d2-db-%05d" % i
    if r["received_at"] is None:
        dt = base + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 260))
        r["received_at"] = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    common.derive(r, amb)
    order = ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint", "headers", "body", "labels", "expect", "kind"]
    out.append({k: r[k] for k in order})
path = os.path.join(HERE, "..", "db.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
c = collections.Counter
print(len(out), "records")
print("lang", dict(sorted(c(r["lang"] for r in out).items())))
print("kind", dict(c(r["kind"] for r in out)))
print("class", dict(c(r["class"] for r in out)))
print("lang x kind", dict(sorted(c((r["lang"], r["kind"]) for r in out).items())))
