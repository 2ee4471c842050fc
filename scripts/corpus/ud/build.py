"""Build data/reading/train/ud.jsonl (standard library only; seed 31401; byte-identical rebuilds).

    python3 scripts/corpus/ud/build.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import recs_ru, recs_ar, recs_pl, recs_ko, recs_uk, recs_ja  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "data", "reading", "train", "ud.jsonl"))


def main():
    common.RNG.seed(31401)
    recs = []
    for m in (recs_ru, recs_ar, recs_pl, recs_ko, recs_uk, recs_ja):
        recs += m.build()
    for i, r in enumerate(recs, 1):
        r["id"] = "tr-ud-%05d" % i
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    if "-q" not in sys.argv:
        print(len(recs), "records ->", OUT)
        print("kind", dict(Counter(r["kind"] for r in recs)))
        print("class", dict(Counter(r["class"] for r in recs)))
        for lang in ("ru", "ar", "pl", "ko", "uk", "ja"):
            rs = [r for r in recs if r["lang"] == lang]
            print(lang, len(rs), dict(Counter(r["kind"] for r in rs)), dict(Counter(r["class"] for r in rs)))


if __name__ == "__main__":
    main()
