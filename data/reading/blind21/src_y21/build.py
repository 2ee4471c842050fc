"""Build y21.jsonl for the blind21 split.  Usage:  python3 build.py
Standard library only; fixed seed 21101; rebuilding is byte-identical."""
import json, os, random, datetime, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import derive
import rec_en, rec_fr, rec_es, rec_de, rec_pt, rec_it

SEED = 21101
W = "y21"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), W + ".jsonl")


def main():
    rng = random.Random(SEED)
    records = []
    for mod in (rec_en, rec_fr, rec_es, rec_de, rec_pt, rec_it):
        records.extend(mod.RECORDS)
    rng.shuffle(records)
    base = datetime.datetime(2026, 1, 5, 6, 0, 0)
    out = []
    for i, r in enumerate(records, 1):
        at = r["received_at"]
        if at is None:
            t = base + datetime.timedelta(days=rng.randrange(0, 340), seconds=rng.randrange(0, 16 * 3600))
            at = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        kind, expect = derive(r["tenant"], r["headers"], r["body"], r["labels"])
        o = {"id": "b21-%s-%05d" % (W, i), "lang": r["lang"], "voice": r["voice"], "class": r["class"],
             "received_at": at, "tenant": r["tenant"], "endpoint": r["endpoint"], "headers": r["headers"],
             "body": r["body"], "labels": r["labels"], "expect": expect, "kind": kind}
        out.append(json.dumps(o, ensure_ascii=False, sort_keys=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", len(out), "records to", OUT)


if __name__ == "__main__":
    main()
