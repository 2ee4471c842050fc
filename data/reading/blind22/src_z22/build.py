"""Build /work/main/data/reading/blind22/z22.jsonl from the hand-written records.

    python3 data/reading/blind22/src_z22/build.py

Standard library only; fixed seed 22202 (used only to fill received_at times and
model names that a record does not set itself). A rebuild is byte-identical.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import derive  # noqa: E402
import r_fr, r_de, r_ru, r_ko, r_ar, r_vi, r_nl  # noqa: E402

W = "z22"
SEED = 22202
OUT = os.path.join(os.path.dirname(HERE), W + ".jsonl")

CHAT_MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini", "gpt-4o-2024-08-06"]
EMB_MODELS = ["multimodal-embed-1", "clip-vit-l-14", "embed-image-v1"]


def main():
    rng = random.Random(SEED)
    base = datetime.datetime(2024, 6, 3, 6, 0, 0)
    out = []
    n = 0
    for mod in (r_fr, r_de, r_ru, r_ko, r_ar, r_vi, r_nl):
        for rec in mod.RECS:
            n += 1
            r_at = rng.randrange(0, 900 * 86400)
            r_model = rng.choice(EMB_MODELS if rec["endpoint"] == "/v1/embeddings" else CHAT_MODELS)
            at = rec["received_at"] or (base + datetime.timedelta(seconds=r_at)).strftime("%Y-%m-%dT%H:%M:%SZ")
            body = dict(rec["body"])
            if body.get("model") is None:
                body["model"] = r_model
            kind, accept, clauses = derive(rec)
            out.append({
                "id": "b22-%s-%05d" % (W, n),
                "lang": rec["lang"], "voice": rec["voice"], "class": rec["class"],
                "received_at": at, "tenant": rec["tenant"], "endpoint": rec["endpoint"],
                "headers": rec["headers"], "body": body, "labels": rec["labels"],
                "expect": {"accept": accept, "clauses": clauses}, "kind": kind,
            })
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
