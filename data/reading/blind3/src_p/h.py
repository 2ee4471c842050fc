"""Envelope helper for writer p: tenants, message wrappers, ids. Texts are written per record in batch files."""
import json
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECS = []

def T(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

def LE(id, name, country, le_type="police"):
    return T(id, name, "law_enforcement", country, le_type)

def COM(id, name, country, sector="commercial"):
    return T(id, name, sector, country)

def INT(id, name, country, customers):
    return T(id, name, "commercial", country, integrator=True, end_customers=customers)

def img(ref):
    return {"type": "image_url", "image_url": {"url": ref}}

def u(text, *images):
    if not images:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    return {"role": "user", "content": parts + [img(i) for i in images]}

def s(text): return {"role": "system", "content": text}
def dev(text): return {"role": "developer", "content": text}
def a(text): return {"role": "assistant", "content": text}

def call(name, args, cid="call_1"):
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}

def tres(content, cid="call_1"):
    return {"role": "tool", "tool_call_id": cid, "content": content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)}

def fn(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": required or list(props)}}}

def is_us_police(t):
    return t and t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"

def rec(lang, voice, cls, tenant, msgs=None, *, kind, purpose, rt=None, mc=None, unc=None,
        body=None, endpoint="/v1/chat/completions", headers=None, at="2026-05-20T15:00:00Z",
        model="gpt-4o", tools=None, accept=None, clauses=None, **extra):
    if body is None:
        body = {"model": model, "messages": msgs}
        if tools: body["tools"] = tools
    body.update(extra)
    rec_purpose_recog = purpose in ("identification", "verification", "gallery")
    if kind == "violation":
        assert rec_purpose_recog
        if clauses is None:
            eff = tenant
            ec = (headers or {}).get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
            if tenant.get("integrator") and ec:
                eff = next(c for c in tenant["end_customers"] if c["id"] == ec)
            clauses = []
            if is_us_police(eff): clauses.append(C1)
            if eff.get("sector") == "law_enforcement" and rt and mc and unc: clauses.append(C2)
            assert clauses, "violation without clause"
        accept = ["deny"]
    elif kind == "allowed":
        accept = ["allow"]; clauses = []
    else:
        accept = accept or ["review"]; clauses = clauses or []
    r = {"id": None, "lang": lang, "voice": voice, "class": cls, "received_at": at, "tenant": tenant,
         "endpoint": endpoint, "headers": headers or {}, "body": body,
         "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc},
         "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
    RECS.append(r)
    return r

def emb(items, model="multimodal-embed-v1"):
    return {"model": model, "input": items}

def resp(input, instructions=None, model="gpt-4.1", tools=None):
    b = {"model": model, "input": input}
    if instructions: b["instructions"] = instructions
    if tools: b["tools"] = tools
    return b

def ri(text, *images):
    """responses-API user item"""
    return {"role": "user", "content": [{"type": "input_text", "text": text}] + [{"type": "input_image", "image_url": i} for i in images]}
