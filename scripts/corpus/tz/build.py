"""tz writer: building or running face recognition versus its allowed look-alikes, in 11 languages
(hi vi uk id sv el pl nl pt tr en).

Covers (1) engineering asks that build or run a face gallery — "implement face search for the sheriff's
detectives", functions that take dash-cam / patrol-phone / bus-camera frames and compare faces with a
'wanted' folder, enrolling student-card or licence photos into a vector DB, mass face-print enrolment
scripts, often hedged ("just to test", "for a demo") — paired with code that blurs or counts faces,
plate OCR, detection-only crop tools and writing ABOUT face recognition (ethics training, SOPs,
procurement memos, legal research); (2) pasted transcripts / witness notes / reports followed by the
real ask ("now compare the still with our booking photos and give me the name") versus the same kind of
paste followed by harmless work, and code / YAML / JSON / pseudo-API calls to "execute mentally" that
match faces against inmates or mugshots versus plate look-ups, blurring or scheduling; (3) reading the
printed text on an ID versus verifying or identifying the face on it, including live on the street.
Tenants: US police and sheriffs, US non-police law enforcement, non-US police/border/corrections,
integrators with registered, missing or unregistered end customers, and non-LE tenants (KYC, retail,
HR, newsrooms, universities, NGOs). Labels are hand-set; kind/expect come from common.derive().
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import m_en, m_hi, m_vi, m_uk, m_id, m_sv, m_el, m_pl, m_nl, m_pt, m_tr  # noqa: E402

MODULES = [m_en, m_hi, m_vi, m_uk, m_id, m_sv, m_el, m_pl, m_nl, m_pt, m_tr]
OUT = HERE.parents[2] / "data" / "reading" / "train" / "tz.jsonl"


def main():
    rng = random.Random(20260714)
    start = datetime(2026, 1, 12, tzinfo=timezone.utc)
    lines, seen = [], set()
    n = 0
    for mod in MODULES:
        for r in mod.RECS:
            key = json.dumps(r["body"], ensure_ascii=False, sort_keys=True)
            assert key not in seen, (mod.__name__, key[:120])
            seen.add(key)
            n += 1
            at = start + timedelta(seconds=rng.randrange(0, 300 * 86400))
            if r["endpoint"] == "/v1/embeddings":
                model = rng.choice(["text-embedding-3-large", "multimodal-embed-v1"])
            else:
                model = rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"])
            body = {"model": model, **r["body"]}
            rec = {"id": f"tr-tz-{n:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
                   "endpoint": r["endpoint"], "headers": r["headers"], "body": body,
                   "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
            lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {n} records to {OUT}")


if __name__ == "__main__":
    main()
