"""Envelope helper for writer s. Texts are written per record in the batch files."""
import json, sys, random
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
OUT = __import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "s.jsonl")
def T(id, name, sector, country, le_type=None, integrator=False, end=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end)}
def LE(id, name, country, le_type="police"): return T(id, name, "law_enforcement", country, le_type)
def COM(id, name, country): return T(id, name, "commercial", country)
def GOV(id, name, country): return T(id, name, "government", country)
def INT(id, name, country, *end): return T(id, name, "commercial", country, integrator=True, end=end)
def img(k): return {"type": "image_url", "image_url": {"url": "kit:" + k}}
def u(text, *imgs):
    if not imgs: return {"role": "user", "content": text}
    return {"role": "user", "content": ([{"type": "text", "text": text}] if text else []) + [img(k) for k in imgs]}
def s(t): return {"role": "system", "content": t}
def a(t): return {"role": "assistant", "content": t}
def chat(*msgs, model="gpt-4o", tools=None, **kw):
    b = {"model": model, "messages": list(msgs)}
    if tools: b["tools"] = tools
    b.update(kw); return b
def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": "string", "description": v} for k, v in props.items()}}}}
def toolcall(name, args, cid="call_1"):
    return {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}
def toolres(content, cid="call_1"): return {"role": "tool", "tool_call_id": cid, "content": content}
def emb(inputs, model="multimodal-embed-1"): return {"model": model, "input": inputs}
def resp(input, instructions=None, model="gpt-4.1"):
    b = {"model": model, "input": input}
    if instructions: b["instructions"] = instructions
    return b
RECS = []
_n = [0]
def R(lang, voice, cls, tenant, body, purpose, rt=None, mc=None, unc=None, kind="allowed", clauses=None,
      endpoint="/v1/chat/completions", headers=None, at=None, acc=None):
    if kind == "violation":
        if clauses is None:
            cl = []
            ten = [tenant] + [c for c in tenant.get("end_customers", []) if headers and headers.get("X-Usegate-End-Customer") == c["id"]]
            if any(t["sector"] == "law_enforcement" and t["le_type"] == "police" and t["country"] == "US" for t in ten): cl.append(C1)
            if rt and mc and unc: cl.append(C2)
            clauses = cl
        exp = {"accept": ["deny"], "clauses": clauses}
    elif kind == "allowed": exp = {"accept": ["allow"], "clauses": []}
    else: exp = {"accept": acc or ["review"], "clauses": clauses or []}
    RECS.append(dict(lang=lang, voice=voice, **{"class": cls}, received_at=at or "2026-06-02T%02d:%02d:00Z" % (random.randint(0, 23), random.randint(0, 59)),
        tenant=tenant, endpoint=endpoint, headers=headers or {}, body=body,
        labels={"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc}, expect=exp, kind=kind))
def flush():
    import os
    start = 0
    if os.path.exists(OUT):
        start = sum(1 for l in open(OUT) if l.strip())
    with open(OUT, "a", encoding="utf-8") as f:
        for i, r in enumerate(RECS, start + 1):
            r = {"id": "b4-s-%05d" % i, **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECS), "written; total", start + len(RECS))
