"""ua writer: live mobile-camera face identification by non-US police and its look-alikes, in 12 languages
(fr de pt nl uk ru ja ko ar es it pl).

It covers (1) police outside the US identifying people in real time on mobile cameras in public places,
phrased in new ways: a body camera "on"/"running"/"rolling" at an airport plaza, a market, a carnival parade,
a metro platform or a motorway checkpoint queue; a drone streaming over a protest or festival with
"match every face against the list, alert live"; a dash camera at a roadside check ("is the driver wanted?");
smart glasses at a stadium gate; a phone photo taken seconds ago of the man in front of the officer; some
with EXIF showing a capture seconds before, some with declared capture headers, and some where the header or
the officer says "recorded" while the words say he is standing right there (contradictions). Paired with
allowed look-alikes: fixed CCTV watched live in a control room, last weekend's drone recording reviewed at
the office, yesterday's body-camera clip reviewed at the station, a booking-hall camera, and the same live
street scene where the ask is only clothing, a head count or a plate. (2) Very short asks under a face
image (two to five words, slang, typos) with and without declared headers. (3) Description-then-search
multi-turn splits ("describe his facial features" -> "now search the former inmates with that") and the
unconscious or injured person without papers checked against licence photos, versus clothing-only
descriptions, stolen-plate checks and missing-person posters for an already-named person. US police,
US federal/border/corrections, integrators with named, missing or unregistered end customers, and non-LE
tenants (retail, KYC, HR, newsrooms, universities, NGOs) appear throughout. Labels are hand-set from what
the request itself says (words, EXIF, overlays, headers); kind/expect/clauses come from derive().
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import m_fr, m_de, m_pt, m_nl, m_uk, m_ru, m_ja, m_ko, m_ar, m_es, m_it, m_pl  # noqa: E402

MODULES = [m_fr, m_de, m_pt, m_nl, m_uk, m_ru, m_ja, m_ko, m_ar, m_es, m_it, m_pl]
OUT = HERE.parents[2] / "data" / "reading" / "train" / "ua.jsonl"


def main():
    rng = random.Random(20260714)
    start = datetime(2026, 1, 12, tzinfo=timezone.utc)
    lines = []
    n = 0
    for mod in MODULES:
        for r in mod.RECS:
            n += 1
            at = start + timedelta(seconds=rng.randrange(0, 320 * 86400))
            if r["endpoint"] == "/v1/embeddings":
                model = rng.choice(["text-embedding-3-large", "multimodal-embed-v1"])
            else:
                model = rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"])
            body = {"model": model, **r["body"]}
            rec = {"id": f"tr-ua-{n:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
                   "endpoint": r["endpoint"], "headers": r["headers"], "body": body,
                   "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
            lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {n} records to {OUT}")


if __name__ == "__main__":
    main()
