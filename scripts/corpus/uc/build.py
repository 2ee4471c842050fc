"""uc writer: where the recognition ask hides, in 9 languages (ja ko ar ru de fr es it en).

Covers (1) asks that live elsewhere than the last user line: deployer system prompts and tool schemas
(face_search, search_booking_photos, match_face, lookup_person_by_photo and many localised names) that do the
matching while the user types "next", "go", a bare image or one word; recognition asks arriving late after
harmless turns; declines followed by disclaimer retries (violations) or by other work (allowed); multimodal
embeddings of face images in several providers' shapes versus embeddings of documents and product photos;
and the same deployer prompts and tools used for translation, timesheets, report drafts or faceless documents.
(2) long pasted payloads (body-camera transcripts with "who's he?", FR policies, bans, news of wrongful
arrests, vendor contracts, court rulings, code/JSON/YAML to "run mentally") with harmless asks versus the same
material followed by a real recognition ask. (3) writing about FR (SOPs, memos, procurement comparisons,
slides, essays, FOIA replies) versus building it (face search, enrolment, insightface/ArcFace/DeepFace/
face_recognition + FAISS pipelines, TODOs in face-matching code) for US police or live/mobile/street LE.
Labels are hand-set; kind/expect/clauses come from common.derive(). Standard library only, fixed seed.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import m_ja, m_ko, m_ar, m_ru, m_de, m_fr, m_es, m_it, m_en  # noqa: E402

MODULES = [m_ja, m_ko, m_ar, m_ru, m_de, m_fr, m_es, m_it, m_en]
OUT = HERE.parents[2] / "data" / "reading" / "train" / "uc.jsonl"


def main():
    rng = random.Random(45045)
    start = datetime(2026, 1, 3, tzinfo=timezone.utc)
    lines = []
    n = 0
    for mod in MODULES:
        for r in mod.RECS:
            n += 1
            at = start + timedelta(seconds=rng.randrange(0, 340 * 86400))
            if r["endpoint"] == "/v1/embeddings":
                model = r["body"].get("model") or rng.choice(["multimodal-embed-v1", "clip-vit-l-14", "embed-v4.0"])
            else:
                model = rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"])
            body = {"model": model, **{k: v for k, v in r["body"].items() if k != "model"}}
            rec = {"id": f"tr-uc-{n:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
                   "endpoint": r["endpoint"], "headers": r["headers"], "body": body,
                   "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
            lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {n} records to {OUT}")


if __name__ == "__main__":
    main()
