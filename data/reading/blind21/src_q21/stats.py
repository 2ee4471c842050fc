"""Print counts language x kind and language x class for q21.jsonl (stdlib only)."""
import collections, json, os, sys
p = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "q21.jsonl")
rows = [json.loads(l) for l in open(p, encoding="utf-8")]
langs = sorted({r["lang"] for r in rows})
kinds = ["violation", "allowed", "ambiguous"]
classes = ["plain", "context", "ask_elsewhere", "topic_vs_task", "payload_as_ask", "text_on_face"]
def table(key, cols):
    c = collections.Counter((r["lang"], r[key]) for r in rows)
    print("| lang | " + " | ".join(cols) + " | total |")
    print("|---" * (len(cols) + 2) + "|")
    for l in langs:
        print("| %s | " % l + " | ".join(str(c[(l, k)]) for k in cols) + " | %d |" % sum(c[(l, k)] for k in cols))
    print("| all | " + " | ".join(str(sum(c[(l, k)] for l in langs)) for k in cols) + " | %d |" % len(rows))
table("kind", kinds); print()
table("class", classes); print()
cc = collections.Counter((r["class"], r["kind"]) for r in rows)
for k in classes:
    print(k, {kk: cc[(k, kk)] for kk in kinds})
print(collections.Counter(r["endpoint"] for r in rows))
print(collections.Counter(r["labels"]["purpose"] for r in rows))
print(collections.Counter(tuple(r["expect"]["clauses"]) for r in rows))
