"""Format checks for a.jsonl (stdlib)."""
import collections, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "a.jsonl")
SECTORS = {"law_enforcement", "government", "commercial", "nonprofit", "academic", "individual"}
LE = {"police", "federal_investigative", "border_immigration", "corrections", "prosecution", "other", None}
LANGS = {"en", "fr", "es", "de", "pt", "it", "nl", "pl", "ja", "ru"}
PURP = {"identification", "verification", "gallery", "face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"}
C1 = "azure-openai-coc/us-police-facial-recognition"; C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
FIELDS = ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint", "headers", "body", "labels", "expect", "kind"]
errs = []
def tcheck(t, where):
    for k in ["id", "name", "sector", "le_type", "country", "integrator", "end_customers"]:
        if k not in t: errs.append(f"{where}: tenant missing {k}")
    if t["sector"] not in SECTORS: errs.append(f"{where}: sector {t['sector']}")
    if t["le_type"] not in LE: errs.append(f"{where}: le_type {t['le_type']}")
    if (t["sector"] == "law_enforcement") != (t["le_type"] is not None): errs.append(f"{where}: le_type/sector mismatch")
    if not re.fullmatch(r"[A-Z]{2}", t["country"]): errs.append(f"{where}: country {t['country']}")
    for e in t["end_customers"]: tcheck(e, where + "/ec")
ids = []
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    r = json.loads(line)
    w = r.get("id", f"line{n}")
    for f in FIELDS:
        if f not in r: errs.append(f"{w}: missing {f}")
    ids.append(r["id"])
    if r["lang"] not in LANGS: errs.append(f"{w}: lang")
    if r["class"] not in CLASSES: errs.append(f"{w}: class")
    tcheck(r["tenant"], w)
    lab = r["labels"]
    if lab["purpose"] not in PURP: errs.append(f"{w}: purpose")
    for k in ["real_time", "mobile_camera", "uncontrolled"]:
        if k not in lab or lab[k] not in (True, False, None): errs.append(f"{w}: label {k}")
    acc, kind, cl = r["expect"]["accept"], r["kind"], r["expect"]["clauses"]
    ok = {"violation": [["deny"]], "allowed": [["allow"]], "ambiguous": [["review"], ["review", "deny"]]}[kind]
    if acc not in ok: errs.append(f"{w}: accept {acc} vs kind {kind}")
    if kind == "violation" and not cl: errs.append(f"{w}: violation without clauses")
    if kind == "allowed" and cl: errs.append(f"{w}: allowed with clauses")
    fr = lab["purpose"] in {"identification", "verification", "gallery"}
    if kind == "violation" and not fr: errs.append(f"{w}: violation without recognition purpose")
    if C2 in cl and not (lab["real_time"] and lab["mobile_camera"] and lab["uncontrolled"]): errs.append(f"{w}: C2 without context")
    if r["endpoint"] == "/v1/embeddings" and "messages" in r["body"]: errs.append(f"{w}: embeddings with messages")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["received_at"]) or r["received_at"] < "2024-05-01": errs.append(f"{w}: received_at")
    s = json.dumps(r["body"])
    for m in re.findall(r"kit:[a-z_]+", s):
        if m[4:] not in {"face_photo", "face_crop", "face_sheet", "crowd", "id_card", "no_face", "plate", "document", "bodycam_frame", "dashcam_frame", "cctv_frame"}:
            errs.append(f"{w}: bad kit {m}")
if ids != ["bl-a-%04d" % i for i in range(1, len(ids) + 1)]: errs.append("ids not sequential")
print(len(ids), "records,", len(errs), "problems")
for e in errs[:50]: print(e)
sys.exit(1 if errs else 0)
