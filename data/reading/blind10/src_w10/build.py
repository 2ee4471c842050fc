"""Rebuild ../w10.jsonl byte for byte: python3 build.py"""
import json, os, random, datetime
import common
import recs_pl, recs_ja, recs_ru, recs_tr, recs_ko, recs_ar  # noqa: F401  (each appends to common.RECS)

def main():
    rng = random.Random(1010)
    base = datetime.datetime(2026, 5, 4, 6, 0, 0)
    out = []
    for i, rec in enumerate(common.RECS, 1):
        rec = common.derive(rec)
        ts = base + datetime.timedelta(seconds=rng.randint(0, 200 * 86400))
        o = {"id": "b10-w10-%05d" % i, "lang": rec["lang"], "voice": rec["voice"], "class": rec["class"],
             "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": rec["tenant"], "endpoint": rec["endpoint"],
             "headers": rec["headers"], "body": rec["body"], "labels": rec["labels"], "expect": rec["expect"],
             "kind": rec["kind"]}
        out.append(json.dumps(o, ensure_ascii=False, sort_keys=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "w10.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records ->", os.path.normpath(path))

if __name__ == "__main__":
    main()
