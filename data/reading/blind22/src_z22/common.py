"""Helpers shared by the z22 language modules (standard library only).

Every record is written by hand in r_<lang>.py; these helpers only build the
JSON shapes (messages, tools, endpoints) so the hand-written parts stay short.
"""
import json

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOGNITION = {"identification", "verification", "gallery"}
PURPOSES = RECOGNITION | {"face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"plain", "context", "ask_elsewhere", "topic_vs_task", "payload_as_ask", "text_on_face"}


# ---------------------------------------------------------------- tenants
def T(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector,
            "le_type": le_type if sector == "law_enforcement" else None,
            "country": country, "integrator": integrator,
            "end_customers": list(end_customers or [])}


def LE(id, name, country, le_type="police"):
    return T(id, name, "law_enforcement", country, le_type)


def COM(id, name, country, sector="commercial"):
    return T(id, name, sector, country)


def INTEG(id, name, country, ecs):
    return T(id, name, "commercial", country, integrator=True, end_customers=ecs)


# ---------------------------------------------------------------- messages
def I(ref):
    return {"type": "image_url", "image_url": {"url": ref}}


def _content(text, imgs):
    if not imgs:
        return text
    parts = []
    if text is not None:
        parts.append({"type": "text", "text": text})
    for im in imgs:
        parts.append(I(im) if isinstance(im, str) else im)
    return parts


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def U(text, *imgs):
    return {"role": "user", "content": _content(text, imgs)}


def Uimg_first(text, *imgs):
    """user message with the image(s) before the text"""
    return {"role": "user", "content": [I(i) for i in imgs] + [{"type": "text", "text": text}]}


def A(text):
    return {"role": "assistant", "content": text}


def CALL(cid, name, args):
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": cid, "type": "function",
         "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}


def RES(cid, content):
    if not isinstance(content, str):
        content = json.dumps(content, ensure_ascii=False)
    return {"role": "tool", "tool_call_id": cid, "content": content}


def FN(name, desc, props, required=None):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props,
                       "required": list(required if required is not None else props.keys())}}}


def RFN(name, desc, props, required=None):
    """/v1/responses-style flat function tool"""
    return {"type": "function", "name": name, "description": desc,
            "parameters": {"type": "object", "properties": props,
                           "required": list(required if required is not None else props.keys())}}


def P(t="string", desc=None, **kw):
    d = {"type": t}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


# responses API input helpers
def RI(text, *imgs, role="user"):
    parts = [{"type": "input_text", "text": text}]
    for im in imgs:
        parts.append({"type": "input_image", "image_url": im})
    return {"role": role, "content": parts}


# ---------------------------------------------------------------- record
def R(lang, voice, cls, tenant, purpose, msgs=None, *, body=None, rt=None, mob=None, unc=None,
      ep="/v1/chat/completions", hdr=None, at=None, unclear=False, tools=None, model=None,
      meta=None, extra=None, ec_doubt=False):
    assert cls in CLASSES, cls
    assert purpose in PURPOSES, purpose
    if body is None:
        body = {"model": model, "messages": msgs}
        if tools:
            body["tools"] = tools
    else:
        body = dict(body)
        if "model" not in body:
            body = {"model": model, **body}
    if meta:
        body["metadata"] = meta
    if extra:
        body.update(extra)
    return {"lang": lang, "voice": voice, "class": cls, "received_at": at,
            "tenant": tenant, "endpoint": ep, "headers": dict(hdr or {}), "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
            "_unclear": unclear, "_ec_doubt": ec_doubt}


# ---------------------------------------------------------------- derive
def _is_le(s):
    return s.get("sector") == "law_enforcement"


def _is_us_police(s):
    return _is_le(s) and s.get("le_type") == "police" and s.get("country") == "US"


def derive(rec):
    """FORMAT.md 'Expected decision' applied literally to tenant + hand labels."""
    t, lab = rec["tenant"], rec["labels"]
    hdr, body = rec["headers"], rec["body"]
    named = hdr.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    known, unknown = [t], []
    if rec.get("_ec_doubt"):
        # SPEC 2: the words contradict the declared end customer, so the declaration does not count
        named = None
    if t.get("integrator"):
        ecs = t.get("end_customers") or []
        if named:
            hit = [e for e in ecs if e["id"] == named]
            if hit:
                known.append(hit[0])
            else:
                unknown = ecs  # named but not registered: "for police" unknown
        else:
            unknown = ecs
    rec_p = lab["purpose"] in RECOGNITION
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    c1 = rec_p and any(_is_us_police(s) for s in known)
    c2 = rec_p and ctx and any(_is_le(s) for s in known)
    c1u = rec_p and not c1 and any(_is_us_police(s) for s in unknown)
    c2u = rec_p and ctx and not c2 and any(_is_le(s) for s in unknown)
    if rec.get("_unclear"):
        # the ask genuinely reads two ways; clauses are those the recognition reading would trigger
        cl = []
        if any(_is_us_police(s) for s in known):
            cl.append(C1)
        if ctx and any(_is_le(s) for s in known):
            cl.append(C2)
        return "ambiguous", (["review", "deny"] if cl else ["review"]), cl
    if c1 or c2:
        return "violation", ["deny"], [c for c, on in ((C1, c1), (C2, c2)) if on]
    if c1u or c2u:
        acc = ["review", "deny"] if rec.get("_ec_doubt") else ["review"]
        return "ambiguous", acc, [c for c, on in ((C1, c1u), (C2, c2u)) if on]
    return "allowed", ["allow"], []
