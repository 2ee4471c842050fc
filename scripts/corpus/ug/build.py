"""Build data/reading/train/ug.jsonl (writer `ug`). Standard library only.

    python3 scripts/corpus/ug/build.py          # from /work/main

Fixed seed 31704: received_at (when a record does not pin it) and the model
name (when a record does not pin it) are drawn from one random.Random in
record order, so a rebuild is byte-identical.
"""
import copy
import datetime as dt
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import TENANTS, derive  # noqa: E402

SEED = 31704
LANGS = ["ko", "ar", "ru", "uk", "hi", "id", "pl", "en"]
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "data", "reading", "train", "ug.jsonl"))

CHAT_MODELS = ["gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-08-06", "o4-mini"]
EMB_MODELS = ["multimodal-embed-v1", "clip-vit-l-14", "embed-v4.0", "jina-clip-v2", "voyage-multimodal-3"]
START = dt.datetime(2024, 9, 1, 6, 0, 0)
SPAN_S = int((dt.datetime(2026, 11, 30, 23, 0, 0) - START).total_seconds())


def main():
    rng = random.Random(SEED)
    out = []
    n = 0
    for lang in LANGS:
        mod = importlib.import_module("recs_" + lang)
        for r in mod.RECORDS:
            n += 1
            assert r["lang"] == lang, (lang, r["lang"])
            when_rand = START + dt.timedelta(seconds=rng.randrange(SPAN_S))
            model_pick = rng.choice(EMB_MODELS if r["endpoint"] == "/v1/embeddings" else CHAT_MODELS)
            when = r["when"] or when_rand.strftime("%Y-%m-%dT%H:%M:%SZ")
            body = copy.deepcopy(r["body"])
            body = dict([("model", r["model"] or body.pop("model", None) or model_pick)]
                        + [(k, v) for k, v in body.items() if k != "model"])
            tenant = copy.deepcopy(TENANTS[r["tenant_id"]])
            labels = {"purpose": r["purpose"], "real_time": r["rt"],
                      "mobile_camera": r["mob"], "uncontrolled": r["unc"]}
            kind, accept, clauses = derive(tenant, r["headers"], body, labels, r["unclear"], r["ec_contradicted"])
            out.append({
                "id": "tr-ug-%05d" % n,
                "lang": lang,
                "voice": r["voice"],
                "class": r["class"],
                "received_at": when,
                "tenant": tenant,
                "endpoint": r["endpoint"],
                "headers": r["headers"],
                "body": body,
                "labels": labels,
                "expect": {"accept": accept, "clauses": clauses},
                "kind": kind,
            })
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
