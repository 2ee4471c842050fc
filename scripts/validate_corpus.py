"""Validate blind corpus records WITHOUT deciding them: structure, labels, kit refs, parse.
usage: python3 scripts/validate_corpus.py FILE.jsonl   (the writers' check: it never decides a record)"""

import json
import sys
from datetime import UTC, datetime

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "src"))
from usegate.request.parse import case_from_json

LANGS = set("en fr es de pt it nl pl ja ru tr ko ar hi vi uk id sv el".split())
PURPOSES = {
    "identification",
    "verification",
    "gallery",
    "face_not_recognition",
    "writing_about_fr",
    "unrelated",
}
CLASSES = {"payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"}
KITS = {
    "face_photo",
    "face_crop",
    "face_sheet",
    "crowd",
    "id_card",
    "no_face",
    "plate",
    "document",
    "bodycam_frame",
    "dashcam_frame",
    "cctv_frame",
}
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
bad = 0
n = 0
ids = set()


def err(i, msg):
    global bad
    bad += 1
    print(f"line {i}: {msg}")


for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if not line.strip():
        continue
    n += 1
    try:
        r = json.loads(line)
    except Exception as e:
        err(i, f"json: {e}")
        continue
    if r.get("id") in ids:
        err(i, "duplicate id")
    ids.add(r.get("id"))
    if r.get("lang") not in LANGS:
        err(i, f"lang {r.get('lang')}")
    if r.get("class") not in CLASSES:
        err(i, f"class {r.get('class')}")
    if r.get("kind") not in {"violation", "allowed", "ambiguous"}:
        err(i, "kind")
    lab = r.get("labels") or {}
    if lab.get("purpose") not in PURPOSES:
        err(i, f"purpose {lab.get('purpose')}")
    for k in ("real_time", "mobile_camera", "uncontrolled"):
        if lab.get(k) not in (True, False, None):
            err(i, f"{k}")
    exp = r.get("expect") or {}
    acc = exp.get("accept")
    kind = r.get("kind")
    if kind == "violation" and acc != ["deny"]:
        err(i, "violation must accept [deny]")
    if kind == "allowed" and acc != ["allow"]:
        err(i, "allowed must accept [allow]")
    if kind == "ambiguous" and acc not in (["review"], ["review", "deny"]):
        err(i, "ambiguous accept")
    if kind == "violation":
        if lab.get("purpose") not in {"identification", "verification", "gallery"}:
            err(i, "violation needs a recognition purpose")
        cl = exp.get("clauses") or []
        if not cl or any(c not in (C1, C2) for c in cl):
            err(i, "violation clauses")
        t = r.get("tenant") or {}
        if C2 in cl and not (lab.get("real_time") and lab.get("mobile_camera") and lab.get("uncontrolled")):
            err(i, "C2 needs all three context labels true")
    s = json.dumps(r.get("body"))
    import re

    for m in re.findall(r"kit:([a-z_]+)", s):
        if m not in KITS:
            err(i, f"unknown kit image {m}")
    try:
        case_from_json(r, now=datetime(2026, 6, 2, 10, 0, tzinfo=UTC))
    except Exception as e:
        err(i, f"parse: {e}")
print(f"{n} records, {bad} problems")
