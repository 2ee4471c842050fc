"""Rebuild ../z.jsonl byte for byte: python src_z/build.py"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import derive  # noqa: E402

LANG_MODULES = ["pl", "ja", "ru", "tr", "ko", "ar"]


def main():
    rng = random.Random(20261201)
    recs = []
    for m in LANG_MODULES:
        try:
            mod = __import__(m)
        except ModuleNotFoundError:
            continue
        recs.extend(mod.RECS)
    base = datetime(2025, 6, 1, tzinfo=timezone.utc)
    out = []
    for n, r in enumerate(recs, 1):
        lab, exp, kind = derive(r)
        ts = base + timedelta(seconds=rng.randrange(0, 330 * 86400))
        out.append({"id": f"b6-z-{n:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
                    "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
                    "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
                    "labels": lab, "expect": exp, "kind": kind})
    path = os.path.join(HERE, "..", "z.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    print(len(out), "records ->", os.path.normpath(path))


if __name__ == "__main__":
    main()
