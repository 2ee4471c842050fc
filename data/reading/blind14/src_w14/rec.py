"""Record constructor used by the per-language modules."""
from common import U, A, S, fn


def R(lang, voice, cls, tenant, msgs, purpose, rt=None, mob=None, unc=None, *, h=None, ep=None,
      tools=None, meta=None, amb=False, amb_deny=False, body=None):
    if body is None:
        body = {"messages": msgs}
        if tools:
            body["tools"] = tools
    if meta:
        body["metadata"] = meta
    r = {"lang": lang, "voice": voice, "class": cls, "tenant": tenant, "headers": h or {},
         "body": body, "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}}
    if ep:
        r["endpoint"] = ep
    if amb:
        r["_amb"] = True
        r["_amb_deny"] = amb_deny
    return r


def EMB(items):
    return {"input": items}


def RESP(input_):
    return {"input": input_}


def RU(text, *imgs):
    """A user turn in Responses-API shape."""
    c = [{"type": "input_text", "text": text}]
    for i in imgs:
        c.append({"type": "input_image", "image_url": i})
    return {"role": "user", "content": c}
