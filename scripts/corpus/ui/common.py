"""Shared helpers for writer `ui` (el, pl, sv, pt, es, ru training requests).

Standard library only. Language modules build records with these helpers; build.py
adds id, lang, received_at, expect and kind (the last three only through derive()).
"""
import json

# purposes (FORMAT.md)
ID = "identification"
VER = "verification"
GAL = "gallery"
FNR = "face_not_recognition"
WFR = "writing_about_fr"
UNR = "unrelated"
RECOG = {ID, VER, GAL}
PURPOSES = {ID, VER, GAL, FNR, WFR, UNR}

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"

CLASSES = {"context", "ask_elsewhere", "text_on_face", "plain", "payload_as_ask", "topic_vs_task"}


# ---------------------------------------------------------------- tenants
def org(id, name, sector, country, le_type=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}


def tenant(id, name, sector, country, le_type=None, integrator=False, end_customers=()):
    t = org(id, name, sector, country, le_type)
    t["integrator"] = bool(integrator)
    t["end_customers"] = [dict(e) for e in end_customers]
    return t


def police(id, name, country, le_type="police"):
    return tenant(id, name, "law_enforcement", country, le_type)


def company(id, name, country, sector="commercial"):
    return tenant(id, name, sector, country)


def integrator(id, name, country, end_customers, sector="commercial"):
    return tenant(id, name, sector, country, integrator=True, end_customers=end_customers)


# ---------------------------------------------------------------- content
def img(ref):
    """A kit image reference, e.g. img('face_photo?exif=bodycam&age=8')."""
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def U(text=None, *images):
    if not images:
        return {"role": "user", "content": text}
    parts = []
    if text is not None:
        parts.append({"type": "text", "text": text})
    parts.extend(img(i) if isinstance(i, str) else i for i in images)
    return {"role": "user", "content": parts}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def A(text):
    return {"role": "assistant", "content": text}


def AC(name, args, cid, text=None):
    """Assistant turn that calls a tool."""
    return {"role": "assistant", "content": text,
            "tool_calls": [{"id": cid, "type": "function",
                            "function": {"name": name,
                                         "arguments": json.dumps(args, ensure_ascii=False)}}]}


def TR(cid, content):
    """Tool result turn."""
    if not isinstance(content, str):
        content = json.dumps(content, ensure_ascii=False)
    return {"role": "tool", "tool_call_id": cid, "content": content}


def fn(name, desc, props=None, req=None):
    """A function tool. props: {name: (type, description)} or {name: (type, description, enum)}."""
    p = {}
    for k, v in (props or {}).items():
        d = {"type": v[0], "description": v[1]}
        if len(v) > 2:
            d["enum"] = list(v[2])
        p[k] = d
    f = {"name": name, "description": desc,
         "parameters": {"type": "object", "properties": p,
                        "required": list(req) if req is not None else list(p)}}
    return {"type": "function", "function": f}


def lab(purpose, rt=None, mc=None, unc=None):
    assert purpose in PURPOSES, purpose
    for v in (rt, mc, unc):
        assert v in (True, False, None)
    return {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc}


def rec(cls, voice, tnt, messages=None, labels=None, tools=None, headers=None, meta=None,
        endpoint="/v1/chat/completions", body=None, model=None, extra=None):
    assert cls in CLASSES, cls
    assert labels is not None
    if body is None:
        body = {"model": model or "gpt-4o", "messages": list(messages)}
        if tools:
            body["tools"] = list(tools)
        if extra:
            body.update(extra)
    if meta:
        body = dict(body)
        body["metadata"] = dict(meta)
    return {"voice": voice, "class": cls, "tenant": tnt, "endpoint": endpoint,
            "headers": dict(headers or {}), "body": body, "labels": labels}


def emb(cls, voice, tnt, body, labels, headers=None, meta=None, endpoint="/v1/embeddings"):
    return rec(cls, voice, tnt, body=body, labels=labels, headers=headers, meta=meta,
               endpoint=endpoint)


# ---------------------------------------------------------------- decision
def _is_le(o):
    return o.get("sector") == "law_enforcement"


def _is_us_police(o):
    return (o.get("sector") == "law_enforcement" and o.get("le_type") == "police"
            and o.get("country") == "US")


def named_end_customer(r):
    h = {k.lower(): v for k, v in r.get("headers", {}).items()}
    name = h.get("x-usegate-end-customer")
    if name is None:
        name = (r.get("body", {}).get("metadata") or {}).get("end_customer")
    return name


def derive(r):
    """FORMAT.md 'Expected decision under azure-openai-coc@2024-05-01', applied literally.

    Returns (kind, accept, clauses) from labels + tenant (+ named end customer) only.
    """
    L = r["labels"]
    t = r["tenant"]
    if L["purpose"] not in RECOG:
        return "allowed", ["allow"], []
    ctx = L["real_time"] is True and L["mobile_camera"] is True and L["uncontrolled"] is True

    sure = [t]        # parties the request is certainly by or for
    maybe = []        # parties it may be for (integrator, end customer unknown)
    if t.get("integrator"):
        name = named_end_customer(r)
        ecs = t.get("end_customers", [])
        hit = [e for e in ecs if e["id"] == name] if name is not None else []
        if hit:
            sure.append(hit[0])
        elif name is None:
            maybe.extend(ecs)
        else:  # named but not registered under this integrator: unknown
            maybe.append({"sector": "law_enforcement", "le_type": "police", "country": "US"})

    c1 = any(_is_us_police(o) for o in sure)
    c2 = ctx and any(_is_le(o) for o in sure)
    if c1 or c2:
        return "violation", ["deny"], [c for c, on in ((C1, c1), (C2, c2)) if on]
    p1 = any(_is_us_police(o) for o in maybe)
    p2 = ctx and any(_is_le(o) for o in maybe)
    if p1 or p2:
        return "ambiguous", ["review", "deny"], [c for c, on in ((C1, p1), (C2, p2)) if on]
    return "allowed", ["allow"], []


def le_context_unsettled(r):
    """True when a law-enforcement recognition request leaves C2 hanging on unsaid facts
    (no context fact false, not all true) and C1 does not already decide it. Such records
    are kept out of this corpus so that the literal rule and SPEC's `review` never disagree."""
    L = r["labels"]
    if L["purpose"] not in RECOG:
        return False
    t = r["tenant"]
    parties = [t] + (t.get("end_customers", []) if t.get("integrator") else [])
    if not any(_is_le(o) for o in parties):
        return False
    if _is_us_police(t):
        return False
    vals = (L["real_time"], L["mobile_camera"], L["uncontrolled"])
    return False not in vals and not all(v is True for v in vals)
