import json, collections, os
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "u8.jsonl")
rs = [json.loads(l) for l in open(p, encoding="utf-8")]
lk = collections.Counter((r["lang"], r["kind"]) for r in rs)
langs = sorted({r["lang"] for r in rs}); kinds = ["violation", "allowed", "ambiguous"]
print("lang  " + " ".join("%9s" % k for k in kinds) + "  total")
for l in langs:
    print("%-5s " % l + " ".join("%9d" % lk[(l, k)] for k in kinds) + "  %5d" % sum(lk[(l, k)] for k in kinds))
print("all   " + " ".join("%9d" % sum(lk[(l, k)] for l in langs) for k in kinds) + "  %5d" % len(rs))
print("class:", dict(collections.Counter(r["class"] for r in rs)))
print("class x kind:", dict(collections.Counter((r["class"], r["kind"]) for r in rs)))
print("lang x class min:", min(collections.Counter((r["lang"], r["class"]) for r in rs).values()))
