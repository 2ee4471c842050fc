"""Regenerates ../a.jsonl byte for byte:  python3 gen.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import core  # noqa: E402

LANGS = ["en", "fr", "es", "de", "pt", "it", "nl", "pl", "ja", "ru"]


def main():
    items = []
    for lang in LANGS:
        try:
            mod = __import__("lang_" + lang)
        except ImportError:
            continue
        for it in mod.ITEMS:
            items.append((lang, it))
    # interleave languages deterministically so ids do not run in language blocks
    items.sort(key=lambda x: core.sha(x[0] + x[1]["text"][:200] + x[1]["cls"] + str(x[1].get("img"))))
    out = []
    seen = collections.Counter()
    for i, (lang, it) in enumerate(items, 1):
        rec = core.build(i, lang, it)
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        seen[it["text"].strip()] += 1
    dup = [t for t, n in seen.items() if n > 2 and t]
    if dup:
        print("WARNING asks used >2 times:", dup[:10], file=sys.stderr)
    dst = os.path.join(HERE, "..", "a.jsonl")
    tmp = dst + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    os.replace(tmp, dst)
    print(len(out), "records", file=sys.stderr)


if __name__ == "__main__":
    main()
