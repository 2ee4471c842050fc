"""Tiny helpers so that record modules stay readable."""

def L(purpose, rt=None, mob=None, unc=None):
    return {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}

def img(name):
    return {"type": "image_url", "image_url": {"url": name if name.startswith("kit:") else "kit:" + name}}

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    return {"role": "user", "content": parts + [img(i) for i in imgs]}

def S(text):
    return {"role": "system", "content": text}

def D(text):
    return {"role": "developer", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def tool(name, desc, **props):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: {"type": v} for k, v in props.items()}, "required": list(props)}}}

def chat(*msgs, tools=None, meta=None, **kw):
    b = {"messages": list(msgs)}
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    b.update(kw)
    return b

def resp_in(text, *imgs, instructions=None, meta=None):
    content = [{"type": "input_text", "text": text}] + [{"type": "input_image", "image_url": (i if i.startswith("kit:") else "kit:" + i)} for i in imgs]
    b = {"input": [{"role": "user", "content": content}]}
    if instructions:
        b["instructions"] = instructions
    if meta:
        b["metadata"] = meta
    return b

def emb(*items):
    return {"input": list(items)}

HC = "X-Usegate-End-Customer"
HD = "X-Usegate-Capture-Device"
HM = "X-Usegate-Capture-Mode"
HE = "X-Usegate-Environment"

class _Acc:
    def __init__(self):
        self.recs = []
    def __call__(self, voice, cls, tenant, labels, body, endpoint=None, headers=None, hour=None):
        if endpoint is None:
            endpoint = "/v1/embeddings" if "input" in body and isinstance(body["input"], list) and body["input"] and not isinstance(body["input"][0], dict) or (isinstance(body.get("input"), list) and body["input"] and isinstance(body["input"][0], dict) and "role" not in body["input"][0]) else ("/v1/responses" if "input" in body else "/v1/chat/completions")
        self.recs.append({"voice": voice, "cls": cls, "tenant": tenant, "labels": labels, "body": body,
                          "endpoint": endpoint, "headers": headers or {}, "hour": hour})

def new():
    return _Acc()
