"""Shared helpers for the `ud` training corpus (standard library only)."""
import random

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"plain", "context", "ask_elsewhere", "topic_vs_task", "payload_as_ask", "text_on_face"}

RNG = random.Random(31401)


def org(id, name, sector, le_type, country, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in end_customers]}


def le(id, name, le_type, country):
    return org(id, name, "law_enforcement", le_type, country)


def ix(id, name, country, ecs):
    return org(id, name, "commercial", None, country, True, ecs)


# ---------------------------------------------------------------- message helpers
def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def U(text=None, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = []
    if text is not None:
        parts.append({"type": "text", "text": text})
    parts += [img(r) for r in imgs]
    return {"role": "user", "content": parts}


def Ui(*imgs_then_text):
    """images first, then optional text (a different part order)."""
    parts = []
    for x in imgs_then_text:
        if x.startswith("@"):
            parts.append(img(x[1:]))
        else:
            parts.append({"type": "text", "text": x})
    return {"role": "user", "content": parts}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def A(text):
    return {"role": "assistant", "content": text}


def Acall(name, args, cid="call_1"):
    import json
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}


def Tres(content, cid="call_1"):
    return {"role": "tool", "tool_call_id": cid, "content": content}


def fn(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": list(required or props.keys())}}}


def rfn(name, desc, props, required=None):
    """tool in /v1/responses shape"""
    return {"type": "function", "name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": list(required or props.keys())}}


def rin(text=None, *imgs, role="user"):
    parts = []
    if text is not None:
        parts.append({"type": "input_text", "text": text})
    parts += [{"type": "input_image", "image_url": "kit:" + r} for r in imgs]
    return {"role": role, "content": parts}


# ---------------------------------------------------------------- derive
def _target(tenant, headers, body):
    """Return (org or None, known:bool) for whom the request is made."""
    if not tenant.get("integrator"):
        return [tenant], True
    ec = (headers or {}).get("X-Usegate-End-Customer")
    if ec is None and isinstance(body, dict):
        ec = (body.get("metadata") or {}).get("end_customer")
    ecs = tenant.get("end_customers") or []
    if ec is not None:
        for e in ecs:
            if e["id"] == ec:
                return [e], True
        return [tenant] + ecs, False   # named but not registered: unknown
    return [tenant] + ecs, False        # not named: unknown among the registered ones


def _is_usp(o):
    return o["sector"] == "law_enforcement" and o.get("le_type") == "police" and o["country"] == "US"


def _is_le(o):
    return o["sector"] == "law_enforcement"


def derive(rec):
    lab = rec["labels"]
    t = rec["tenant"]
    cands, known = _target(t, rec.get("headers"), rec.get("body"))
    rec_p = lab["purpose"] in RECOG
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True

    def verdict(o):
        cl = []
        if rec_p and _is_usp(o):
            cl.append(C1)
        if rec_p and _is_le(o) and ctx:
            cl.append(C2)
        return cl

    if known:
        cl = verdict(cands[0])
        return ("violation", ["deny"], cl) if cl else ("allowed", ["allow"], [])
    # unknown end customer: possible targets are the integrator itself and any organisation
    outs = [verdict(o) for o in cands]
    if not any(outs):
        return "allowed", ["allow"], []
    if all(outs):
        common = [c for c in (C1, C2) if all(c in o for o in outs)]
        return "ambiguous", ["review", "deny"], common
    return "ambiguous", ["review"], []


# ---------------------------------------------------------------- record factory
class Book:
    def __init__(self, lang):
        self.lang = lang
        self.recs = []

    def add(self, voice, cls, tenant, purpose, rt=None, mob=None, unc=None, *, msgs=None, body=None,
            endpoint="/v1/chat/completions", headers=None, at=None, tools=None, model=None, meta=None,
            extra=None):
        assert cls in CLASSES, cls
        assert purpose in PURPOSES, purpose
        if body is None:
            body = {"model": model or RNG.choice(["gpt-4o", "gpt-4o", "gpt-4.1", "gpt-4o-mini", "gpt-4.1-mini"]),
                    "messages": msgs}
            if tools:
                body["tools"] = tools
            if meta:
                body["metadata"] = meta
            if extra:
                body.update(extra)
        if at is None:
            m = RNG.randint(1, 11)
            d = RNG.randint(1, 28)
            at = "2026-%02d-%02dT%02d:%02d:%02dZ" % (m, d, RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59))
        rec = {"id": None, "lang": self.lang, "voice": voice, "class": cls, "received_at": at,
               "tenant": tenant, "endpoint": endpoint, "headers": headers or {}, "body": body,
               "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}}
        kind, acc, cl = derive(rec)
        rec["expect"] = {"accept": acc, "clauses": cl}
        rec["kind"] = kind
        self.recs.append(rec)
        return rec


def H(**kw):
    """declared headers: mode, device, env, ec"""
    m = {"mode": "X-Usegate-Capture-Mode", "device": "X-Usegate-Capture-Device",
         "env": "X-Usegate-Environment", "ec": "X-Usegate-End-Customer"}
    return {m[k]: v for k, v in kw.items()}
