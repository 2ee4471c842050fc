"""Shared helpers for the z21 blind records. Standard library only.

Every ask is written by hand in the per-language modules; these helpers only
wrap the hand-written text into request bodies (messages, tools, endpoints).
"""

# ---------------------------------------------------------------- tenants

def ten(tid, name, sector, le_type, country, integrator=False, end_customers=()):
    return {"id": tid, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator,
            "end_customers": [dict(e) for e in end_customers]}


def le(tid, name, le_type, country):
    return ten(tid, name, "law_enforcement", le_type, country)


def com(tid, name, country, sector="commercial"):
    return ten(tid, name, sector, None, country)


def integ(tid, name, country, customers):
    return ten(tid, name, "commercial", None, country, True,
               [{k: v for k, v in c.items() if k not in ("integrator", "end_customers")}
                for c in customers])


# ---------------------------------------------------------------- messages

def img(ref, detail=None):
    d = {"url": ref}
    if detail:
        d["detail"] = detail
    return {"type": "image_url", "image_url": d}


def _content(text, imgs):
    if not imgs:
        return text
    parts = []
    if text:
        parts.append({"type": "text", "text": text})
    for i in imgs:
        parts.append(img(i) if isinstance(i, str) else i)
    return parts


def U(text, *imgs):
    return {"role": "user", "content": _content(text, imgs)}


def UI(*imgs_then_text):
    """user message with images first and text last"""
    *imgs, text = imgs_then_text
    parts = [img(i) if isinstance(i, str) else i for i in imgs]
    if text:
        parts.append({"type": "text", "text": text})
    return {"role": "user", "content": parts}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def A(text):
    return {"role": "assistant", "content": text}


def TC(name, args, cid):
    import json
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": cid, "type": "function",
         "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}


def TR(cid, text):
    return {"role": "tool", "tool_call_id": cid, "content": text}


def fn(name, desc, props, required=None):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props,
                       "required": list(required if required is not None else props.keys())}}}


def P(t="string", desc=None, **kw):
    d = {"type": t}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


# ---------------------------------------------------------------- endpoints

def chat(*msgs, tools=None, metadata=None, model=None, **extra):
    body = {"model": model, "messages": list(msgs)}
    if tools:
        body["tools"] = tools
    if metadata:
        body["metadata"] = metadata
    body.update(extra)
    return ("/v1/chat/completions", body)


def resp(inp, instructions=None, tools=None, metadata=None, model=None, **extra):
    body = {"model": model, "input": inp}
    if instructions:
        body["instructions"] = instructions
    if tools:
        body["tools"] = tools
    if metadata:
        body["metadata"] = metadata
    body.update(extra)
    return ("/v1/responses", body)


def ri(text, *imgs, role="user"):
    """a /v1/responses input item"""
    parts = [{"type": "input_text", "text": text}] if text else []
    for i in imgs:
        parts.append({"type": "input_image", "image_url": i})
    return {"role": role, "content": parts}


def emb(model=None, **fields):
    body = {"model": model}
    body.update(fields)
    return ("/v1/embeddings", body)


# ---------------------------------------------------------------- records

PURPOSE = {"id": "identification", "ver": "verification", "gal": "gallery",
           "fnr": "face_not_recognition", "wfr": "writing_about_fr", "unr": "unrelated"}
TF = {"T": True, "F": False, "N": None}


def R(voice, cls, tenant, lab, body, h=None, amb=None, at=None, model=None):
    """lab: '<purpose> <rt><mob><unc>', e.g. 'id TTT', 'wfr NNN'.
    amb: None, 'review' (genuinely unclear ask) or 'review_deny'
    (a declaration that the words contradict)."""
    p, ctx = lab.split()
    assert len(ctx) == 3, lab
    return {"voice": voice, "class": cls, "tenant": tenant,
            "purpose": PURPOSE[p],
            "real_time": TF[ctx[0]], "mobile_camera": TF[ctx[1]], "uncontrolled": TF[ctx[2]],
            "endpoint": body[0], "body": body[1], "headers": dict(h or {}),
            "amb": amb, "at": at, "model": model}
