"""Rebuild data/reading/train/tq.jsonl from the hand-written recs_*.py (stdlib, fixed seed)."""
import importlib
import json
import pathlib
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common  # noqa: E402

OUT = HERE.parents[2] / "data" / "reading" / "train" / "tq.jsonl"


def main():
    for p in sorted(HERE.glob("recs_*.py")):
        importlib.import_module(p.stem)
    rng = random.Random(20261201)
    base = datetime(2026, 3, 1, 6, 0, tzinfo=timezone.utc)
    lines = []
    for n, r in enumerate(common.REC, 1):
        at = r.pop("_at") or (base + timedelta(minutes=rng.randrange(0, 60 * 24 * 240))).strftime("%Y-%m-%dT%H:%M:%SZ")
        unclear = r.pop("_unclear")
        kind, expect = common.derive(r["tenant"], r["headers"], r["body"], r["labels"], unclear)
        rec = {"id": f"tr-tq-{n:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
               "received_at": at, "tenant": r["tenant"], "endpoint": r["endpoint"], "headers": r["headers"],
               "body": r["body"], "labels": r["labels"], "expect": expect, "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")


if __name__ == "__main__":
    main()
