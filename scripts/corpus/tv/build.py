"""Writer tv: vendor- and integrator-side requests for face-matching products whose end customer is a
police department (product specs, API designs, user stories, code, system prompts, tool/function
schemas, multi-turn "next" sessions, multimodal embeddings of face crops), often phrased without the
word "face" (booking photos, wanted list hits from the patrol app), set against allowed look-alikes:
plate readers, face blurring/redaction, face counting, KYC selfie-to-ID checks for banks, retail and HR
uses, and vendors writing procurement comparisons, risk memos or policy about facial recognition. Eleven
languages (en de es it nl pl ja ko tr ar ru), labels hand-set per record, kind/expect derived in code."""

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import derive  # noqa: E402
import r_en, r_de, r_es, r_it, r_nl, r_pl, r_ja, r_ko, r_tr, r_ar, r_ru  # noqa: E402,E401

MODULES = [r_en, r_de, r_es, r_it, r_nl, r_pl, r_ja, r_ko, r_tr, r_ar, r_ru]
OUT = Path(__file__).resolve().parents[3] / "data" / "reading" / "train" / "tv.jsonl"


def main():
    rnd = random.Random(20260601)
    start = datetime(2026, 6, 1, 6, 0, tzinfo=timezone.utc)
    lines = []
    n = 0
    for mod in MODULES:
        for rec in mod.RECS:
            n += 1
            amb = rec.pop("_amb")
            kind, expect = derive(rec, amb)
            when = start + timedelta(seconds=rnd.randrange(0, 180 * 86400))
            if rec["endpoint"] == "/v1/embeddings":
                model = rnd.choice(["mm-embed-v2", "multimodal-embedding-1", "clip-vit-l14"])
            else:
                model = rnd.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"])
            body = {"model": model}
            body.update(rec["body"])
            out = {"id": f"tr-tv-{n:05d}", "lang": rec["lang"], "voice": rec["voice"], "class": rec["class"],
                   "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": rec["tenant"],
                   "endpoint": rec["endpoint"], "headers": rec["headers"], "body": body,
                   "labels": rec["labels"], "expect": expect, "kind": kind}
            lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {n} records to {OUT}")


if __name__ == "__main__":
    main()
