"""Build q22.jsonl for the blind22 split. Standard library only; fixed seed in common.SEED.

    python3 build.py      # writes ../q22.jsonl (byte-identical on rebuild)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import lang_it, lang_pl, lang_uk, lang_hi, lang_sv, lang_el  # noqa: E402,F401  (order matters)

W = "q22"


def main():
    out = os.path.join(HERE, "..", W + ".jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, rec in enumerate(common.ALL, 1):
            rec["id"] = "b22-%s-%05d" % (W, i)
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records to %s" % (len(common.ALL), os.path.normpath(out)))


if __name__ == "__main__":
    main()
