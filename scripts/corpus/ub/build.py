"""ub writer: everyday face-identification asks versus their allowed look-alikes, written natively in
8 languages (el pl vi hi tr id sv nl; Hindi both romanised and Devanagari, Vietnamese and Greek with and
without diacritics/accents). It covers (1) "who is this / is he known / run his face / check the register
(DPO, efterlysta, καταζητούμενοι) / same person as the booking photo / most similar on file / everything on
the man in the picture" from US police, non-US police (setting said or unsaid), integrators with named,
missing or unregistered end customers, and non-law-enforcement tenants (KYC selfie vs ID, shop owners,
HR, photo apps: allowed); (2) allowed look-alikes with a face in the picture (age, emotion, clothing,
direction, injuries, blur before publishing, counting, reading the printed name/DOB off an ID, plates,
scene descriptions, caption translation, image quality) including from police; (3) live street context
for non-US police (body camera running at a named place, drone over a crowd, dash camera at a roadside
check, phone photo seconds old of the man in front of the officer) against recorded footage reviewed at
the station, fixed CCTV, custody and interview rooms. Labels are hand-set; kind/expect come from derive().
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import m_el, m_pl, m_vi, m_hi, m_tr, m_id, m_sv, m_nl  # noqa: E402

MODULES = [m_el, m_pl, m_vi, m_hi, m_tr, m_id, m_sv, m_nl]
OUT = HERE.parents[2] / "data" / "reading" / "train" / "ub.jsonl"


def main():
    rng = random.Random(20260715)
    start = datetime(2026, 1, 8, tzinfo=timezone.utc)
    lines = []
    n = 0
    for mod in MODULES:
        for r in mod.RECS:
            n += 1
            at = start + timedelta(seconds=rng.randrange(0, 320 * 86400))
            if r["endpoint"] == "/v1/embeddings":
                model = rng.choice(["text-embedding-3-large", "multimodal-embed-v1"])
            else:
                model = rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1"])
            body = {"model": model, **r["body"]}
            rec = {"id": f"tr-ub-{n:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
                   "endpoint": r["endpoint"], "headers": r["headers"], "body": body,
                   "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
            lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {n} records to {OUT}")


if __name__ == "__main__":
    main()
