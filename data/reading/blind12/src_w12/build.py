#!/usr/bin/env python3
"""Build ../w12.jsonl reproducibly:  python3 build.py"""
import json, os, random, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import TEN, derive
import importlib
MODS = [importlib.import_module(m) for m in ('rec_pl', 'more_pl', 'rec_ja', 'more_ja', 'rec_ru', 'more_ru', 'rec_tr', 'more_tr', 'rec_ko', 'more_ko', 'rec_ar', 'more_ar')
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + '.py'))]

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini"]

def main():
    rng = random.Random(1212)
    base = datetime(2026, 3, 2, 6, 0, 0, tzinfo=timezone.utc)
    out = []
    n = 0
    for mod in MODS:
        for r in mod.RECORDS:
            n += 1
            ten = TEN[r["ten"]]
            t = base + timedelta(seconds=rng.randint(0, 240 * 86400))
            model = rng.choice(MODELS)
            if r["body"] is not None:
                body = dict(r["body"])
                body.setdefault("model", "text-embedding-3-large" if r["ep"] == "/v1/embeddings" else model)
            elif r["ep"] == "/v1/responses":
                body = {"model": model, "input": r["msgs"]}
            else:
                body = {"model": model, "messages": r["msgs"]}
            if r["tools"]:
                body["tools"] = r["tools"]
            if r["meta"]:
                body["metadata"] = r["meta"]
            p, rt, mc, uc = r["lab"]
            labels = {"purpose": p, "real_time": rt, "mobile_camera": mc, "uncontrolled": uc}
            kind, accept, clauses = derive(ten, r["hd"], body, labels, r["amb"])
            rec = {"id": "b12-w12-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
                   "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": ten, "endpoint": r["ep"],
                   "headers": r["hd"], "body": body, "labels": labels,
                   "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
            out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "w12.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", n, "records")

if __name__ == "__main__":
    main()
