"""Rebuild ../v9.jsonl byte for byte: python3 build.py  (stdlib only, fixed seed)."""
import json, os, random, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import recs_en, recs_fr, recs_es, recs_de, recs_pt, recs_it, recs_nl  # noqa: F401  (register records)

rng = random.Random(9009)
out = []
for i, r in enumerate(common.RECS, 1):
    day = rng.randrange(0, 180)
    sec = rng.randrange(6 * 3600, 23 * 3600)
    m, d = divmod(day, 30)
    ts = "2026-%02d-%02dT%02d:%02d:%02dZ" % (5 + m, 1 + min(d, 27), sec // 3600, sec // 60 % 60, sec % 60)
    rec = {"id": "b9-v9-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
           "received_at": ts, "tenant": r["tenant"], "endpoint": r["endpoint"],
           "headers": r["headers"], "body": r["body"], "labels": r["labels"],
           "expect": r["expect"], "kind": r["kind"]}
    out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v9.jsonl")
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out) + "\n")
c = collections.Counter
recs = common.RECS
print(len(recs))
print("lang", sorted(c(r["lang"] for r in recs).items()))
print("kind", sorted(c(r["kind"] for r in recs).items()))
print("class", sorted(c(r["class"] for r in recs).items()))
for L in sorted(set(r["lang"] for r in recs)):
    print(L, sorted(c(r["kind"] for r in recs if r["lang"] == L).items()))
