"""Shared helpers for writer `uf`. Standard library only.

Records are written by hand in recs_<lang>.py; this module only supplies
the plumbing (tenants, message/tool/image constructors, derive()).
"""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOGNITION = {"identification", "verification", "gallery"}
PURPOSES = RECOGNITION | {"face_not_recognition", "writing_about_fr", "unrelated"}


# ---------------------------------------------------------------- tenants
def org(id, name, sector, country, le_type=None):
    return {"id": id, "name": name, "sector": sector,
            "le_type": le_type if sector == "law_enforcement" else None,
            "country": country}


def tenant(id, name, sector, country, le_type=None, integrator=False, end_customers=()):
    t = org(id, name, sector, country, le_type)
    t["integrator"] = bool(integrator)
    t["end_customers"] = [dict(e) for e in end_customers]
    return t


def police(id, name, country):
    return tenant(id, name, "law_enforcement", country, "police")


def le(id, name, country, le_type):
    return tenant(id, name, "law_enforcement", country, le_type)


def com(id, name, country, sector="commercial"):
    return tenant(id, name, sector, country)


def integ(id, name, country, ecs, sector="commercial"):
    return tenant(id, name, sector, country, integrator=True, end_customers=ecs)


# ---------------------------------------------------------------- messages
def img(ref, detail=None):
    d = {"url": ref}
    if detail:
        d["detail"] = detail
    return {"type": "image_url", "image_url": d}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def U(text, *images, name=None):
    if not images:
        m = {"role": "user", "content": text}
    else:
        parts = [{"type": "text", "text": text}] if text else []
        for i in images:
            parts.append(img(i) if isinstance(i, str) else i)
        m = {"role": "user", "content": parts}
    if name:
        m["name"] = name
    return m


def A(text=None, calls=None):
    m = {"role": "assistant", "content": text}
    if calls:
        m["tool_calls"] = [
            {"id": cid, "type": "function", "function": {"name": fn, "arguments": args}}
            for cid, fn, args in calls]
    return m


def TOOL(call_id, content):
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def fn(name, description, props, required=()):
    return {"type": "function", "function": {
        "name": name, "description": description,
        "parameters": {"type": "object", "properties": props, "required": list(required)}}}


def rfn(name, description, props, required=()):
    """/v1/responses style function tool."""
    return {"type": "function", "name": name, "description": description,
            "parameters": {"type": "object", "properties": props, "required": list(required)}}


def p(typ="string", desc=None, **kw):
    d = {"type": typ}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


# ---------------------------------------------------------------- derive
def _end_customer(tenant_, headers, body):
    ec = (headers or {}).get("X-Usegate-End-Customer")
    if ec is None and isinstance(body, dict):
        md = body.get("metadata") or {}
        ec = md.get("end_customer")
    return ec


def _is_le(o):
    return o["sector"] == "law_enforcement"


def _is_us_police(o):
    return o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"


def who(tenant_, headers, body, doubt=False):
    """Returns (law_enforcement, for_us_police) as True/False/None (None = unknown)."""
    if not tenant_["integrator"]:
        return _is_le(tenant_), _is_us_police(tenant_)
    ec = _end_customer(tenant_, headers, body)
    ecs = tenant_["end_customers"]
    if ec is not None:
        hit = [e for e in ecs if e["id"] == ec]
        if hit and not doubt:
            return _is_le(hit[0]), _is_us_police(hit[0])
        # named but not registered, or declaration contradicted by the words
        return None, None
    # no end customer named: unknown when any registered end customer could make it true
    le_any = any(_is_le(e) for e in ecs) or _is_le(tenant_)
    usp_any = any(_is_us_police(e) for e in ecs) or _is_us_police(tenant_)
    le_all = _is_le(tenant_)
    return (True if le_all else (None if le_any else False)), (None if usp_any else False)


def derive(tenant_, headers, body, labels, doubt=False):
    """FORMAT.md 'Expected decision' applied literally."""
    rec = labels["purpose"] in RECOGNITION
    law, usp = who(tenant_, headers, body, doubt)
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    c1 = (usp if usp is not False else False) if rec else False
    c2 = (law if (law is not False and ctx) else False) if rec else False
    sure = [c for c, v in ((C1, c1), (C2, c2)) if v is True]
    maybe = [c for c, v in ((C1, c1), (C2, c2)) if v is None]
    if sure:
        return "violation", {"accept": ["deny"], "clauses": sure}
    if maybe:
        return "ambiguous", {"accept": ["review", "deny"], "clauses": maybe}
    return "allowed", {"accept": ["allow"], "clauses": []}


# ---------------------------------------------------------------- records
def R(lang, voice, cls, ten, purpose, messages=None, *, rt=None, mob=None, unc=None,
      endpoint="/v1/chat/completions", headers=None, tools=None, model="gpt-4o",
      body=None, meta=None, at=None, doubt=False, extra=None):
    assert purpose in PURPOSES, purpose
    if body is None:
        body = {"model": model, "messages": messages}
        if tools:
            body["tools"] = tools
        if meta:
            body["metadata"] = meta
        if extra:
            body.update(extra)
    return {"lang": lang, "voice": voice, "class": cls, "tenant": ten, "endpoint": endpoint,
            "headers": headers or {}, "body": body, "at": at, "doubt": doubt,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}}
