"""Rebuild data/reading/train/ts.jsonl byte for byte (fixed seed, stdlib only)."""
import json
import pathlib
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common  # noqa: E402

MODULES = ["recs_r1", "recs_r2", "recs_r3", "recs_r4", "recs_r5", "recs_r6"]
for m in MODULES:
    if (HERE / f"{m}.py").exists():
        __import__(m)

rng = random.Random(20261201)
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini"]
EMB_MODELS = ["multimodal-embed-v1", "text-embedding-3-large"]
start = datetime(2026, 1, 5, 6, 0, tzinfo=timezone.utc)
out = []
for i, r in enumerate(common.RECS, 1):
    ts = start + timedelta(seconds=rng.randrange(0, 300 * 86400))
    body = r["body"]
    if "model" not in body:
        body = {"model": r["_model"] or rng.choice(MODELS), **body}
    rec = {"id": f"tr-ts-{i:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
           "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
           "endpoint": r["endpoint"], "headers": r["headers"], "body": body, "labels": r["labels"]}
    common.derive(rec, r["_contra"])
    rec = {k: rec[k] for k in ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint",
                               "headers", "body", "labels", "expect", "kind"]}
    out.append(json.dumps(rec, ensure_ascii=False))
dst = HERE.parents[2] / "data" / "reading" / "train" / "ts.jsonl"
dst.parent.mkdir(parents=True, exist_ok=True)
dst.write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "records ->", dst)
