#!/usr/bin/env python3
"""Build data/reading/train/uh.jsonl (writer uh) deterministically.

    cd /work/main && python3 scripts/corpus/uh/build.py

Standard library only; fixed seed; the output is byte-for-byte reproducible.
"""
import datetime as _dt
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import derive  # noqa: E402

SEED = 20240501
LANGS = ("ar", "id", "vi", "hi", "ja")
MODELS = ("gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-08-06")
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "data", "reading", "train", "uh.jsonl"))
BASE = _dt.datetime(2025, 9, 1, 0, 0, 0)


def main():
    rng = random.Random(SEED)
    rows = []
    n = 0
    for lang in LANGS:
        mod = importlib.import_module(lang)
        for r in mod.records():
            n += 1
            when = BASE + _dt.timedelta(seconds=rng.randrange(0, 300 * 86400))
            model = rng.choice(MODELS)
            body = r["body"]
            if r["endpoint"] == "/v1/chat/completions" and body.get("model") is None:
                body = dict(body)
                body["model"] = model
                body = {"model": body.pop("model"), **body}
            rec = {
                "id": "tr-uh-%05d" % n,
                "lang": lang,
                "voice": r["voice"],
                "class": r["class"],
                "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "tenant": r["tenant"],
                "endpoint": r["endpoint"],
                "headers": r["headers"],
                "body": body,
                "labels": r["labels"],
            }
            kind, accept, clauses = derive(rec)
            rec["expect"] = {"accept": accept, "clauses": clauses}
            rec["kind"] = kind
            rows.append(rec)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
