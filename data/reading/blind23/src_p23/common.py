"""Shared helpers for split 23, part p23 (fr, it, pl, sv, tr, uk).

Records are written by hand in the lang_*.py modules with the small builders
below.  Nothing here decides a request except derive(), which applies the
"Expected decision" section of data/reading/FORMAT.md literally to the
hand-set labels and the tenant (plus the end customer the request names).
"""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"plain", "context", "topic_vs_task", "payload_as_ask", "ask_elsewhere", "text_on_face"}


# ---------------------------------------------------------------- tenants
def T(tid, name, sector, le_type=None, country="US", integrator=False, end_customers=()):
    return {
        "id": tid,
        "name": name,
        "sector": sector,
        "le_type": le_type if sector == "law_enforcement" else None,
        "country": country,
        "integrator": bool(integrator),
        "end_customers": [dict(e) for e in end_customers],
    }


def EC(tid, name, sector, le_type=None, country="US"):
    """An end customer entry (same fields as a tenant)."""
    return {"id": tid, "name": name, "sector": sector,
            "le_type": le_type if sector == "law_enforcement" else None,
            "country": country, "integrator": False, "end_customers": []}


# ---------------------------------------------------------------- body parts
def img(kind, exif=None, age=None, detail=None):
    url = "kit:" + kind
    if exif:
        url += "?exif=%s" % exif
        if age is not None:
            url += "&age=%d" % age
    d = {"url": url}
    if detail:
        d["detail"] = detail
    return {"type": "image_url", "image_url": d}


def txt(s):
    return {"type": "text", "text": s}


def _content(parts):
    if len(parts) == 1 and isinstance(parts[0], str):
        return parts[0]
    return [txt(p) if isinstance(p, str) else p for p in parts]


def S(s):
    return {"role": "system", "content": s}


def D(s):
    return {"role": "developer", "content": s}


def U(*parts, name=None):
    m = {"role": "user", "content": _content(parts)}
    if name:
        m["name"] = name
    return m


def A(s):
    return {"role": "assistant", "content": s}


def CALL(cid, name, args, text=None):
    import json
    return {"role": "assistant", "content": text,
            "tool_calls": [{"id": cid, "type": "function",
                            "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}


def TOOL(cid, content):
    import json
    if not isinstance(content, str):
        content = json.dumps(content, ensure_ascii=False)
    return {"role": "tool", "tool_call_id": cid, "content": content}


def FN(name, desc, props=None, required=None):
    """A chat-completions function tool schema. props: {name: (type, description)}"""
    props = props or {}
    p = {}
    for k, v in props.items():
        if isinstance(v, tuple):
            t, d = v
            p[k] = {"type": t, "description": d}
        else:
            p[k] = v
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": p,
                       "required": list(required if required is not None else props.keys())}}}


def RFN(name, desc, props=None, required=None):
    """The same tool in the /v1/responses shape (flat)."""
    f = FN(name, desc, props, required)["function"]
    return {"type": "function", "name": f["name"], "description": f["description"],
            "parameters": f["parameters"]}


# ---------------------------------------------------------------- bodies
def chat(*msgs, tools=None, model="gpt-4o", **kw):
    b = {"model": model, "messages": list(msgs)}
    if tools:
        b["tools"] = tools
    b.update(kw)
    return ("/v1/chat/completions", b)


def resp(inp, instructions=None, tools=None, model="gpt-4.1", **kw):
    b = {"model": model}
    if instructions:
        b["instructions"] = instructions
    b["input"] = inp
    if tools:
        b["tools"] = tools
    b.update(kw)
    return ("/v1/responses", b)


def rin(text=None, *images, role="user"):
    """One /v1/responses input message."""
    c = []
    if text is not None:
        c.append({"type": "input_text", "text": text})
    for i in images:
        c.append({"type": "input_image", "image_url": i["image_url"]["url"]})
    return {"role": role, "content": c}


def emb(inp, model="text-embedding-3-large", **kw):
    b = {"model": model, "input": inp}
    b.update(kw)
    return ("/v1/embeddings", b)


def compl(prompt, model="gpt-3.5-turbo-instruct", **kw):
    b = {"model": model, "prompt": prompt}
    b.update(kw)
    return ("/v1/completions", b)


def eimg(kind, text=None, exif=None, age=None):
    """An embeddings input item carrying an image."""
    d = {"image": img(kind, exif, age)["image_url"]["url"]}
    if text is not None:
        d["text"] = text
    return d


# ---------------------------------------------------------------- records
def R(voice, cls, tenant, ep_body, purpose, rt=None, mob=None, unc=None, hdr=None, at=None):
    assert cls in CLASSES, cls
    assert purpose in PURPOSES, purpose
    ep, body = ep_body
    return {"voice": voice, "class": cls, "tenant": tenant, "endpoint": ep,
            "headers": dict(hdr or {}), "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
            "_at": at}


# ---------------------------------------------------------------- derive
def _is_le(t):
    return t.get("sector") == "law_enforcement"


def _is_us_police(t):
    return _is_le(t) and t.get("le_type") == "police" and t.get("country") == "US"


def named_end_customer(headers, body):
    for k, v in (headers or {}).items():
        if k.lower() == "x-usegate-end-customer":
            return v
    md = body.get("metadata") if isinstance(body, dict) else None
    if isinstance(md, dict) and md.get("end_customer"):
        return md["end_customer"]
    return None


def derive(tenant, headers, body, labels):
    """FORMAT.md "Expected decision under azure-openai-coc@2024-05-01", literally.

    C1: recognition purpose AND (tenant is law_enforcement/police/US, or it is an
        integrator and the named end customer is).
    C2: recognition purpose AND tenant (or end customer) is law_enforcement
        AND real_time AND mobile_camera AND uncontrolled (all three true).
    violation -> ["deny"]; allowed -> ["allow"];
    ambiguous -> ["review", "deny"]: an integrator that names no end customer
        (or names one it has not registered) while a registered end customer
        (or, for an unregistered one, anyone) could make a clause fire.
    Returns (kind, accept, clauses).
    """
    if labels["purpose"] not in RECOG:
        return "allowed", ["allow"], []
    rt, mob, unc = labels["real_time"], labels["mobile_camera"], labels["uncontrolled"]
    ctx = rt is True and mob is True and unc is True

    subjects = [tenant]
    unknown_candidates = []   # who the request might be for, when that is unknown
    unknown_anyone = False
    if tenant.get("integrator"):
        reg = {e["id"]: e for e in tenant.get("end_customers", [])}
        ec = named_end_customer(headers, body)
        if ec is None:
            unknown_candidates = list(reg.values())
        elif ec in reg:
            subjects.append(reg[ec])
        else:
            unknown_anyone = True

    clauses = []
    if any(_is_us_police(s) for s in subjects):
        clauses.append(C1)
    if ctx and any(_is_le(s) for s in subjects):
        clauses.append(C2)
    if clauses:
        return "violation", ["deny"], clauses

    possible = []
    if unknown_anyone or any(_is_us_police(e) for e in unknown_candidates):
        possible.append(C1)
    if ctx and (unknown_anyone or any(_is_le(e) for e in unknown_candidates)):
        possible.append(C2)
    if possible:
        return "ambiguous", ["review", "deny"], possible
    return "allowed", ["allow"], []


def imgedit(prompt, *kinds, model="gpt-image-1", **kw):
    """/v1/images/edits: the image goes where the image goes."""
    urls = ["kit:" + k for k in kinds]
    b = {"model": model, "image": urls[0] if len(urls) == 1 else urls, "prompt": prompt}
    b.update(kw)
    return ("/v1/images/edits", b)
