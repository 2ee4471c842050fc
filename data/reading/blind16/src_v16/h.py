def U(t, *imgs):
    if not imgs: return {"role": "user", "content": t}
    return {"role": "user", "content": [{"type": "text", "text": t}] + [{"type": "image_url", "image_url": {"url": "kit:" + i}} for i in imgs]}
def S(t): return {"role": "system", "content": t}
def A(t): return {"role": "assistant", "content": t}
def FN(name, desc, *props):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {"type": "object", "properties": {k: {"type": "integer" if k == "top_k" else "string"} for k in props}, "required": list(props[:1])}}}
def EMB(*items): return [({"image": "kit:" + x} if not x.startswith("txt:") else {"text": x[4:]}) for x in items]
EC = lambda x: {"X-Usegate-End-Customer": x}
def r(v, c, t, m, p, rt=None, mc=None, unc=None, **kw):
    d = {"v": v, "c": c, "t": t, "m": m, "p": p, "rt": rt, "mc": mc, "unc": unc}; d.update(kw); return d
def UR(t, *imgs):
    return {"role": "user", "content": [{"type": "input_text", "text": t}] + [{"type": "input_image", "image_url": "kit:" + i} for i in imgs]}
