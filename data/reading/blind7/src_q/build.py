"""Rebuild /work/main/data/reading/blind7/q.jsonl byte for byte (stdlib only).

    python3 data/reading/blind7/src_q/build.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from common import Corpus  # noqa: E402

SEED = 70717
LANGS = ["pl", "ja", "ru", "tr", "ko", "ar"]


def main():
    c = Corpus(SEED)
    for lang in LANGS:
        mod = __import__(lang)
        mod.write(c)
    out = os.path.join(os.path.dirname(HERE), "q.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(c.records, 1):
            rec = {"id": "b7-q-%05d" % i}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    if "--stats" in sys.argv:
        lk = collections.Counter((r["lang"], r["kind"]) for r in c.records)
        cl = collections.Counter(r["class"] for r in c.records)
        ck = collections.Counter((r["class"], r["kind"]) for r in c.records)
        print("total", len(c.records))
        for lang in LANGS:
            print(lang, {k: lk[(lang, k)] for k in ("violation", "allowed", "ambiguous")})
        print(dict(cl))
        print(dict(ck))


if __name__ == "__main__":
    main()
