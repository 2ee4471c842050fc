"""tu writer: hand-written reading-corpus records in uk, vi, sv, id, el, hi, pt, fr focused on
non-US law enforcement identifying people live in the wild (streets, checkpoints, stadiums,
protests; body cams, phones, dash cams, drones, smart glasses) as C2 violations, set against the
same forces working in custody suites, interview rooms, border booths or on footage reviewed
days later (allowed); plus disguised recognition asks (nearest record, look-alike wanted lists,
role-play, hypotheticals) against genuine declines ("describe only"), US-police C1 cases,
integrators with end-customer headers, commercial recognition (retail, KYC, HR, photo apps),
writing about FR, text-on-face work and embeddings of face images. Labels are set by hand;
kind/expect/clauses come from derive() in common.py. Output: data/reading/train/tu.jsonl."""

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import common  # noqa: E402
import rec_uk, rec_vi, rec_sv, rec_id, rec_el, rec_hi, rec_pt, rec_fr, rec_more  # noqa: E402,E401

OUT = HERE.parents[2] / "data" / "reading" / "train" / "tu.jsonl"
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini"]


def main():
    rng = random.Random(20261201)
    specs = []
    for m in (rec_uk, rec_vi, rec_sv, rec_id, rec_el, rec_hi, rec_pt, rec_fr, rec_more):
        specs.extend(m.records())
    base = datetime(2026, 3, 1, tzinfo=timezone.utc)
    lines = []
    for n, s in enumerate(specs, 1):
        recv = (base + timedelta(seconds=rng.randrange(0, 200 * 86400))).strftime("%Y-%m-%dT%H:%M:%SZ")
        model = rng.choice(MODELS)
        kw = s["kw"]
        tenant = common.TENANTS[s["ten"]]
        headers = dict(kw.get("hdr", {}))
        body = common.build_body(s, model)
        labels = {"purpose": s["purpose"], "real_time": s["rt"], "mobile_camera": s["mc"], "uncontrolled": s["unc"]}
        kind, expect = common.derive(tenant, headers, body, labels, kw.get("amb", False), kw.get("contra_ec", False))
        rec = {"id": f"tr-tu-{n:05d}", "lang": s["lang"], "voice": s["voice"], "class": s["cls"],
               "received_at": recv, "tenant": tenant, "endpoint": kw.get("ep", "/v1/chat/completions"),
               "headers": headers, "body": body, "labels": labels, "expect": expect, "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")


if __name__ == "__main__":
    main()
