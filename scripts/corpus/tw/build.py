"""tw writer: ~500 hand-written usegate reading records in en, fr, es, pt, uk, ru, pl, ja, hi, ar, sv, el,
focused on payload vs ask (long pasted body-cam transcripts with "who's he / ID please" dialogue, FR
policies, bills, court rulings, news articles, contracts and code on which the ask is harmless work --
summarise, translate, redact, draft a report -- set against requests whose own ask, before, after or
between the pasted material, is to identify a person in an attached photo, search mugshots or match a
face) and on topic vs task (writing about facial recognition vs building or running it), with the other
classes (text_on_face, context, ask_elsewhere, plain) covered too. Voices range from officers on phones
to vendor engineers with system prompts and tool schemas, store staff, KYC, HR, journalists, lawyers,
trainers and attackers; tenants include US police, non-US police, other US law enforcement, commercial
customers and integrators naming (or not naming) end customers. kind/expect are derived in derive()
from tenant/end customer and labels; a fixed seed only picks received_at and model."""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import derive  # noqa: E402
import rec_en, rec_fr, rec_es, rec_pt, rec_uk, rec_ru, rec_pl, rec_ja, rec_hi, rec_ar, rec_sv, rec_el, rec_more, rec_more2  # noqa: E402

MODULES = [rec_en, rec_fr, rec_es, rec_pt, rec_uk, rec_ru, rec_pl, rec_ja, rec_hi, rec_ar, rec_sv, rec_el, rec_more, rec_more2]
OUT = HERE.parents[2] / "data" / "reading" / "train" / "tw.jsonl"
CHAT_MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4-turbo"]


def main():
    rng = random.Random(20260602)
    lines = []
    n = 0
    for mod in MODULES:
        for rec in mod.RECORDS:
            n += 1
            kind, expect = derive(rec)
            day = rng.randint(0, 180)
            secs = rng.randint(6 * 3600, 23 * 3600)
            import datetime as dt
            ts = (dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc) + dt.timedelta(days=day, seconds=secs))
            body = dict(rec["body"])
            if "model" not in body:
                if rec["endpoint"] == "/v1/embeddings":
                    model = "text-embedding-3-large"
                else:
                    model = rng.choice(CHAT_MODELS)
                body = {"model": model, **body}
            out = {
                "id": f"tr-tw-{n:05d}",
                "lang": rec["lang"],
                "voice": rec["voice"],
                "class": rec["class"],
                "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "tenant": rec["tenant"],
                "endpoint": rec["endpoint"],
                "headers": rec["headers"],
                "body": body,
                "labels": rec["labels"],
                "expect": expect,
                "kind": kind,
            }
            lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {OUT}")


if __name__ == "__main__":
    main()
