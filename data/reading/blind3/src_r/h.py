"""Envelope helper for writer r: tenants, wrappers, id numbering, expect computation.
Texts of asks/payloads live in the per-language batch files, written per record."""
import json, os
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}
OUT = str(__import__("pathlib").Path(__file__).resolve().parents[1] / "r.jsonl")

def T(id, name, sector, country, le_type=None, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end_customers)}

def LE(id, name, country, le_type="police"):
    return T(id, name, "law_enforcement", country, le_type)

def CO(id, name, country, sector="commercial"):
    return T(id, name, sector, country)

def INT(id, name, country, customers):
    return T(id, name, "commercial", country, None, True, customers)

# --- plain message helpers
def sys(t): return {"role": "system", "content": t}
def dev(t): return {"role": "developer", "content": t}
def a(t): return {"role": "assistant", "content": t}
def u(t, *imgs):
    if not imgs: return {"role": "user", "content": t}
    c = [{"type": "text", "text": t}] if t else []
    for i in imgs: c.append({"type": "image_url", "image_url": {"url": "kit:" + i}})
    return {"role": "user", "content": c}
def call(name, args, cid="call_1", text=None):
    return {"role": "assistant", "content": text, "tool_calls": [{"id": cid, "type": "function",
            "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}
def res(cid, obj):
    return {"role": "tool", "tool_call_id": cid, "content": obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)}
def fn(name, desc, props, req=()):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": list(req)}}}
def S(d="string"): return {"type": d}

def chat(*msgs, model="gpt-4o", tools=None, **kw):
    b = {"model": model, "messages": list(msgs)}
    if tools: b["tools"] = tools
    b.update(kw)
    return b
def resp(instructions, inp, model="gpt-4.1", **kw):
    b = {"model": model, "input": inp}
    if instructions is not None: b["instructions"] = instructions
    b.update(kw)
    return b
def ri(role, *parts):
    """responses-API input item; parts: str -> input_text, 'kit:..' -> input_image"""
    c = []
    for p in parts:
        if p.startswith("kit:"): c.append({"type": "input_image", "image_url": p})
        else: c.append({"type": "input_text", "text": p})
    return {"role": role, "content": c}

def effective(tenant, headers, body):
    ec = (headers or {}).get("X-Usegate-End-Customer") or ((body or {}).get("metadata") or {}).get("end_customer")
    if tenant.get("integrator"):
        if ec:
            for c in tenant["end_customers"]:
                if c["id"] == ec: return c
            return None
        return None if any(c.get("sector") == "law_enforcement" for c in tenant["end_customers"]) else tenant
    return tenant

def expect(tenant, headers, body, lab, amb=None):
    if lab["purpose"] not in REC: return "allowed", {"accept": ["allow"]}
    eff = effective(tenant, headers, body)
    if eff is None:
        return "ambiguous", {"accept": amb or ["review"]}
    if eff.get("sector") != "law_enforcement": return "allowed", {"accept": ["allow"]}
    cl = []
    if eff.get("le_type") == "police" and eff.get("country") == "US": cl.append(C1)
    ctx = [lab["real_time"], lab["mobile_camera"], lab["uncontrolled"]]
    if all(x is True for x in ctx): cl.append(C2)
    if cl: return "violation", {"accept": ["deny"], "clauses": cl}
    if any(x is False for x in ctx): return "allowed", {"accept": ["allow"]}
    return "ambiguous", {"accept": amb or ["review"]}

RECS = []
def R(lang, voice, cls, tenant, body, purpose, rt=None, mc=None, unc=None, *, at="2026-06-02T10:15:00Z",
      ep=None, headers=None, amb=None, force=None):
    if ep is None:
        ep = "/v1/responses" if "input" in body and "messages" not in body and body.get("_emb") is None else "/v1/chat/completions"
    lab = {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc}
    kind, exp = expect(tenant, headers, body, lab, amb)
    if force: kind, exp = force
    RECS.append({"lang": lang, "voice": voice, "class": cls, "received_at": at, "tenant": tenant,
                 "endpoint": ep, "headers": headers or {}, "body": body, "labels": lab, "expect": exp, "kind": kind})

def emb(inputs, model="multimodal-embed-v1"):
    return {"model": model, "input": inputs}

def flush(batch):
    """Write this batch's records to OUT (replacing an earlier write of the same batch)."""
    lines = []
    if os.path.exists(OUT):
        lines = [l for l in open(OUT, encoding="utf-8") if l.strip() and json.loads(l).get("_b") != batch]
    recs = [json.loads(l) for l in lines]
    for r in RECS: r["_b"] = batch
    allr = recs + RECS
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(allr, 1):
            r["id"] = f"b3-r-{i:05d}"
            r = {"id": r["id"], **{k: v for k, v in r.items() if k != "id"}}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(batch, len(RECS), "total", len(allr))
