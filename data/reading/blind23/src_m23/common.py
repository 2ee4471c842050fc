"""Shared helpers for the m23 blind records (standard library only).

Every record is written by hand in the lang_*.py modules; these helpers only
spare the JSON plumbing (message shapes, tool schemas, kit image refs).
"""

RECORDS = {}          # lang -> list of raw records, filled by the language modules


def tenant(id, name, sector, le_type=None, country="US", integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator,
            "end_customers": [dict(e) for e in end_customers]}


def ec(t):
    """The registry row of an end customer (same fields as a tenant, minus integrator data)."""
    return {k: t[k] for k in ("id", "name", "sector", "le_type", "country")}


# ---- message shapes -------------------------------------------------------

def img(ref, detail=None):
    part = {"type": "image_url", "image_url": {"url": ref}}
    if detail:
        part["image_url"]["detail"] = detail
    return part


def _content(text, imgs):
    if not imgs:
        return text
    parts = []
    if text:
        parts.append({"type": "text", "text": text})
    for i in imgs:
        parts.append(img(i) if isinstance(i, str) else i)
    return parts


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def U(text, *imgs, name=None):
    m = {"role": "user", "content": _content(text, imgs)}
    if name:
        m["name"] = name
    return m


def A(text):
    return {"role": "assistant", "content": text}


def CALL(*calls, text=None):
    """Assistant turn with tool calls: CALL(("call_1", "fn", {"a": 1}), ...)."""
    import json
    return {"role": "assistant", "content": text,
            "tool_calls": [{"id": cid, "type": "function",
                            "function": {"name": fn, "arguments": json.dumps(args, ensure_ascii=False)}}
                           for cid, fn, args in calls]}


def TOOL(call_id, content):
    import json
    if not isinstance(content, str):
        content = json.dumps(content, ensure_ascii=False)
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def fn(name, description, properties, required=None):
    return {"type": "function", "function": {
        "name": name, "description": description,
        "parameters": {"type": "object", "properties": properties,
                       "required": list(required if required is not None else properties.keys())}}}


def p(type_, desc=None, **kw):
    d = {"type": type_}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def chat(*messages, model="gpt-4o", tools=None, **extra):
    b = {"model": model, "messages": list(messages)}
    if tools:
        b["tools"] = tools
    b.update(extra)
    return b


def responses(input, model="gpt-4.1", instructions=None, tools=None, **extra):
    b = {"model": model, "input": input}
    if instructions:
        b["instructions"] = instructions
    if tools:
        b["tools"] = [({"type": "function", **t["function"]} if t.get("type") == "function" else t) for t in tools]
    b.update(extra)
    return b


def rin(role, *parts):
    """A /v1/responses input item: parts are strings (input_text) or 'kit:' refs (input_image)."""
    content = []
    for x in parts:
        if isinstance(x, str) and x.startswith("kit:"):
            content.append({"type": "input_image", "image_url": x})
        else:
            content.append({"type": "input_text", "text": x})
    return {"role": role, "content": content}


def embeddings(input, model="text-embedding-3-large", **extra):
    b = {"model": model, "input": input}
    b.update(extra)
    return b


def completions(prompt, model="gpt-3.5-turbo-instruct", **extra):
    b = {"model": model, "prompt": prompt}
    b.update(extra)
    return b


# ---- record ---------------------------------------------------------------

def rec(lang, voice, cls, ten, body, purpose, rt=None, mc=None, unc=None,
        endpoint="/v1/chat/completions", headers=None, at=None, note=None):
    """Append one hand-written record. rt/mc/unc: what the words (and image evidence) say."""
    RECORDS.setdefault(lang, []).append({
        "lang": lang, "voice": voice, "class": cls, "tenant": ten,
        "endpoint": endpoint, "headers": dict(headers or {}), "body": body,
        "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc},
        "at": at, "note": note})
