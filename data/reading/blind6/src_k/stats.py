import json, collections, sys, os
rs=[json.loads(l) for l in open(os.path.join(os.path.dirname(__file__),"..","k.jsonl"))]
print(len(rs))
for k in ("lang","kind","class"):
    print(k, dict(collections.Counter(r[k] for r in rs)))
c=collections.Counter((r["lang"],r["kind"]) for r in rs); print(sorted(c.items()))
c=collections.Counter((r["lang"],r["class"]) for r in rs); print(sorted(c.items()))
print(collections.Counter((r["class"],r["kind"]) for r in rs))
print(collections.Counter(r["endpoint"] for r in rs))
