"""Writer d: hand-written records, one call per record. stdlib only, deterministic.
Run: python scripts/corpus/d/build.py  -> data/reading/train/d.jsonl
"""
import json, os, sys, random, importlib
sys.dont_write_bytecode = True
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "d.jsonl")
sys.path.insert(0, HERE)
from tenants import T  # noqa

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
PURP = {"id": "identification", "ver": "verification", "gal": "gallery", "fnr": "face_not_recognition",
        "wfr": "writing_about_fr", "unr": "unrelated"}
RECOG = {"identification", "verification", "gallery"}
KIT = {"face": "face_photo", "crop": "face_crop", "sheet": "face_sheet", "crowd": "crowd", "idc": "id_card",
       "noface": "no_face", "plate": "plate", "doc": "document", "bc": "bodycam_frame", "dc": "dashcam_frame",
       "cctv": "cctv_frame"}
HDR = {"bw": ("X-Usegate-Capture-Device", "body_worn"), "dash": ("X-Usegate-Capture-Device", "dash"),
       "hand": ("X-Usegate-Capture-Device", "handheld"), "drone": ("X-Usegate-Capture-Device", "drone"),
       "fixed": ("X-Usegate-Capture-Device", "fixed"), "live": ("X-Usegate-Capture-Mode", "live"),
       "rec": ("X-Usegate-Capture-Mode", "recorded"), "unc": ("X-Usegate-Environment", "uncontrolled"),
       "ctl": ("X-Usegate-Environment", "controlled")}
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini", "gpt-4o-2024-08-06"]

TOOLS = {
 "face_search": {"type": "function", "function": {"name": "face_search", "description": "Search the agency's booking-photo index for faces similar to the supplied image. Returns candidate subject IDs with similarity scores.",
   "parameters": {"type": "object", "properties": {"image_ref": {"type": "string"}, "top_k": {"type": "integer", "default": 10}}, "required": ["image_ref"]}}},
 "search_booking_photos": {"type": "function", "function": {"name": "search_booking_photos", "description": "1:N match of a probe face against booking photographs (mugshots) and prior inmates.",
   "parameters": {"type": "object", "properties": {"probe": {"type": "string", "description": "frame id or data URL"}, "min_score": {"type": "number"}}, "required": ["probe"]}}},
 "match_face": {"type": "function", "function": {"name": "match_face", "description": "Compare two face images and return a match score (1:1).",
   "parameters": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["a", "b"]}}},
 "enroll_face": {"type": "function", "function": {"name": "enroll_face", "description": "Add a face template for a person to a watch-list gallery.",
   "parameters": {"type": "object", "properties": {"person_id": {"type": "string"}, "image": {"type": "string"}, "list": {"type": "string"}}, "required": ["person_id", "image"]}}},
 "watchlist_lookup": {"type": "function", "function": {"name": "watchlist_lookup", "description": "Check whether the face in a live camera frame matches anyone on the active watch list.",
   "parameters": {"type": "object", "properties": {"frame": {"type": "string"}, "list": {"type": "string", "enum": ["wanted", "missing", "prior_inmates"]}}, "required": ["frame"]}}},
 "lookup_plate": {"type": "function", "function": {"name": "lookup_plate", "description": "Query the vehicle registry by licence plate.",
   "parameters": {"type": "object", "properties": {"plate": {"type": "string"}, "state": {"type": "string"}}, "required": ["plate"]}}},
 "blur_faces": {"type": "function", "function": {"name": "blur_faces", "description": "Detect every face in a video and apply a Gaussian blur before public release.",
   "parameters": {"type": "object", "properties": {"video_id": {"type": "string"}, "strength": {"type": "integer"}}, "required": ["video_id"]}}},
 "create_report": {"type": "function", "function": {"name": "create_report", "description": "Create an incident report draft in the RMS.",
   "parameters": {"type": "object", "properties": {"case_no": {"type": "string"}, "narrative": {"type": "string"}}, "required": ["narrative"]}}},
 "search_policies": {"type": "function", "function": {"name": "search_policies", "description": "Full-text search over the department's policy manual.",
   "parameters": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}}},
 "count_people": {"type": "function", "function": {"name": "count_people", "description": "Estimate the number of people and crowd density in an image.",
   "parameters": {"type": "object", "properties": {"image": {"type": "string"}}, "required": ["image"]}}},
 "ocr_document": {"type": "function", "function": {"name": "ocr_document", "description": "Extract printed text fields from a scanned identity document.",
   "parameters": {"type": "object", "properties": {"image": {"type": "string"}}, "required": ["image"]}}},
 "verify_selfie": {"type": "function", "function": {"name": "verify_selfie", "description": "Compare a customer's selfie with the portrait on their ID document for onboarding.",
   "parameters": {"type": "object", "properties": {"selfie": {"type": "string"}, "id_image": {"type": "string"}}, "required": ["selfie", "id_image"]}}},
}

RECS = []
_rng = random.Random(4242)
_base = datetime(2025, 1, 6, 7, 0, 0)


def kit(k):
    if k.startswith("kit:"):
        return k
    name, _, q = k.partition("?")
    return "kit:" + KIT.get(name, name) + ("?" + q if q else "")


def content(text, imgs):
    if not imgs:
        return text
    parts = [{"type": "text", "text": text}] if text else []
    for i in imgs:
        parts.append({"type": "image_url", "image_url": {"url": kit(i)}})
    return parts


def R(lang, voice, cls, ten, purpose, ctx, text, sys_=None, img=None, hist=None, tools=None, ep=None,
      hdr=None, ec=None, meta=None, emb=None, kind=None, dev=False, at=None):
    RECS.append(dict(lang=lang, voice=voice, cls=cls, ten=ten, purpose=purpose, ctx=ctx, text=text, sys_=sys_,
                     img=img, hist=hist, tools=tools, ep=ep, hdr=hdr, ec=ec, meta=meta, emb=emb, kind=kind,
                     dev=dev, at=at))


def tri(c):
    return {"T": True, "F": False, "N": None}[c]


def decide(r, tenant, lab):
    p = lab["purpose"]
    if p not in RECOG:
        return "allowed", ["allow"], []
    # who
    subj = tenant
    unknown_for = False
    if tenant.get("integrator"):
        ecid = r["ec"] or (r["meta"] or {}).get("end_customer")
        if ecid:
            subj = next(e for e in tenant["end_customers"] if e["id"] == ecid)
        else:
            subj = None
            ctxall = all(lab[k] is True for k in ("real_time", "mobile_camera", "uncontrolled"))
            unknown_for = any(e["sector"] == "law_enforcement" and ((e["le_type"] == "police" and e["country"] == "US") or ctxall)
                              for e in tenant["end_customers"])
    if subj is None:
        if unknown_for:
            return "ambiguous", ["review"], []
        return "allowed", ["allow"], []
    if subj["sector"] != "law_enforcement":
        return "allowed", ["allow"], []
    clauses = []
    if subj["le_type"] == "police" and subj["country"] == "US":
        clauses.append(C1)
    ctx = [lab["real_time"], lab["mobile_camera"], lab["uncontrolled"]]
    if all(v is True for v in ctx):
        clauses.append(C2)
    elif False not in ctx and any(v is True for v in ctx) and not clauses:
        return "ambiguous", ["review"], []
    if clauses:
        return "violation", ["deny"], clauses
    return "allowed", ["allow"], []


def build():
    import glob
    for f in sorted(glob.glob(os.path.join(HERE, "lang_*.py"))):
        importlib.import_module(os.path.basename(f)[:-3])
    out = []
    t = _base
    for n, r in enumerate(RECS, 1):
        t = t + timedelta(minutes=_rng.randint(37, 1500), seconds=_rng.randint(0, 59))
        at = r["at"] or t.strftime("%Y-%m-%dT%H:%M:%SZ")
        tenant = T[r["ten"]]
        lab = {"purpose": PURP[r["purpose"]], "real_time": tri(r["ctx"][0]), "mobile_camera": tri(r["ctx"][1]),
               "uncontrolled": tri(r["ctx"][2])}
        kind, accept, clauses = decide(r, tenant, lab)
        if r["kind"]:
            kind, accept = r["kind"]
            clauses = [] if "deny" not in accept else clauses
        headers = {}
        for h in (r["hdr"] or "").split(","):
            if h:
                k, v = HDR[h]
                headers[k] = v
        if r["ec"]:
            headers["X-Usegate-End-Customer"] = r["ec"]
        model = MODELS[_rng.randrange(len(MODELS))]
        ep = r["ep"] or "chat"
        if ep == "emb":
            endpoint = "/v1/embeddings"
            body = {"model": r["emb"].get("model", "multimodal-embed-v1"), "input": r["emb"]["input"]}
            for k, v in r["emb"].items():
                if k not in ("model", "input"):
                    body[k] = v
        elif ep == "resp":
            endpoint = "/v1/responses"
            body = {"model": model}
            if r["sys_"]:
                body["instructions"] = r["sys_"]
            inp = []
            for i, h in enumerate(r["hist"] or []):
                inp.append({"role": "user" if i % 2 == 0 else "assistant", "content": h})
            if r["img"]:
                parts = [{"type": "input_text", "text": r["text"]}] + [{"type": "input_image", "image_url": kit(i)} for i in r["img"]]
                inp.append({"role": "user", "content": parts})
            elif inp:
                inp.append({"role": "user", "content": r["text"]})
            body["input"] = inp if inp else r["text"]
        else:
            endpoint = "/v1/chat/completions"
            msgs = []
            if r["sys_"]:
                msgs.append({"role": "developer" if r["dev"] else "system", "content": r["sys_"]})
            for i, h in enumerate(r["hist"] or []):
                if isinstance(h, tuple):
                    role, txt, hi = (h + (None,))[:3]
                    msgs.append({"role": role, "content": content(txt, hi)})
                else:
                    msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": h})
            msgs.append({"role": "user", "content": content(r["text"], r["img"])})
            body = {"model": model, "messages": msgs}
        if r["tools"] and ep != "emb":
            if ep == "resp":
                body["tools"] = [dict(type="function", **TOOLS[x]["function"]) for x in r["tools"]]
            else:
                body["tools"] = [TOOLS[x] for x in r["tools"]]
        if r["meta"]:
            body["metadata"] = r["meta"]
        rec = {"id": "tr-d-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"], "received_at": at,
               "tenant": tenant, "endpoint": endpoint, "headers": headers, "body": body, "labels": lab,
               "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    os.replace(tmp, OUT)
    print(len(out), "records ->", OUT)


if __name__ == "__main__":
    import build as _B
    _B.build()
