"""Rebuild ../w9.jsonl byte for byte: python3 build.py"""
import sys; sys.dont_write_bytecode = True
import glob, importlib, json, os, random, datetime
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common

rng = random.Random(90009)
for f in sorted(glob.glob(os.path.join(HERE, "recs_*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])

base = datetime.datetime(2026, 6, 1, 6, 0, 0)
out = []
for i, r in enumerate(common.RECS, 1):
    kind, accept, clauses = common.derive(r)
    at = r["_at"] or (base + datetime.timedelta(days=rng.randrange(0, 170), seconds=rng.randrange(0, 16 * 3600))).strftime("%Y-%m-%dT%H:%M:%SZ")
    rec = {"id": "b9-w9-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
           "received_at": at, "tenant": r["tenant"], "endpoint": r["endpoint"], "headers": r["headers"],
           "body": r["body"], "labels": r["labels"],
           "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
    out.append(rec)
with open(os.path.join(HERE, "..", "w9.jsonl"), "w", encoding="utf-8") as fh:
    for rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
import sources
def table(key):
    c = Counter(key(r) for r in out)
    return "\n".join("| %s | %d |" % (k, v) for k, v in sorted(c.items()))
langs = sorted(set(r["lang"] for r in out))
kinds = ["violation", "allowed", "ambiguous"]
lk = Counter((r["lang"], r["kind"]) for r in out)
rows = ["| lang | " + " | ".join(kinds) + " | total |", "|---|" + "---|" * (len(kinds) + 1)]
for l in langs:
    rows.append("| %s | %s | %d |" % (l, " | ".join(str(lk[(l, k)]) for k in kinds), sum(lk[(l, k)] for k in kinds)))
with open(os.path.join(HERE, "..", "SOURCES_w9.md"), "w", encoding="utf-8") as fh:
    fh.write(sources.HEAD + "\n## Counts (%d records)\n\n### By language and kind\n\n" % len(out) + "\n".join(rows)
             + "\n\n### By class\n\n| class | n |\n|---|---|\n" + table(lambda r: r["class"])
             + "\n\n### By purpose label\n\n| purpose | n |\n|---|---|\n" + table(lambda r: r["labels"]["purpose"])
             + "\n\n### By endpoint\n\n| endpoint | n |\n|---|---|\n" + table(lambda r: r["endpoint"]) + "\n")
if "-q" not in sys.argv:
    print(len(out), "records")
    print("lang", dict(Counter(r["lang"] for r in out)))
    print("kind", dict(Counter(r["kind"] for r in out)))
    print("class", dict(Counter(r["class"] for r in out)))
    print("lang x kind", dict(Counter((r["lang"], r["kind"]) for r in out)))
