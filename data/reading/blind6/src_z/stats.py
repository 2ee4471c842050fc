import json, collections, sys
recs=[json.loads(l) for l in open(sys.argv[1] if len(sys.argv)>1 else "z.jsonl")]
c=collections.Counter((r["lang"],r["kind"]) for r in recs)
for lang in sorted({r["lang"] for r in recs}):
    n=sum(v for (l,k),v in c.items() if l==lang)
    print(lang,n,{k:c[(lang,k)] for k in ("violation","allowed","ambiguous")},
          dict(collections.Counter(r["class"] for r in recs if r["lang"]==lang)))
print("total",len(recs),collections.Counter(r["kind"] for r in recs))
print(collections.Counter((r["class"],r["kind"]) for r in recs))
