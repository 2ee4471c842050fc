"""Record composition and label logic for writer g (stdlib only)."""
import copy

from tenants import T
from shared import TOOLS

REC = {"identification", "verification", "gallery"}
PURPOSES = REC | {"face_not_recognition", "writing_about_fr", "unrelated"}
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
TRI = {"T": True, "F": False, "N": None}

RECORDS = []  # filled by the language modules, in order


def r(lang, v, c, t, p, ctx, u, k, **o):
    """One record. lang, voice, class, tenant key, purpose, context 'TFN' (real_time, mobile, uncontrolled),
    final user text (or None), intended kind V/A/? ; options in o."""
    assert t in T, t
    assert p in PURPOSES, p
    assert c in {"payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"}, c
    assert k in "VA?", k
    assert len(ctx) == 3 and all(x in "TFN" for x in ctx), ctx
    RECORDS.append(dict(lang=lang, v=v, c=c, t=t, p=p, ctx=ctx, u=u, k=k, o=o))


def L(lang):
    """Bind a language: returns a function with the same signature as r minus lang."""
    def f(*a, **o):
        r(lang, *a, **o)
    return f


# ---------------------------------------------------------------- decisions
def _effective(tenant, headers, meta):
    """List of organisations the request may be for (one when known)."""
    ec = (headers or {}).get("X-Usegate-End-Customer") or (meta or {}).get("end_customer")
    if tenant["integrator"]:
        if ec:
            found = [e for e in tenant["end_customers"] if e["id"] == ec]
            if found:
                return found, True
            return [tenant] + tenant["end_customers"], False  # unregistered: unknown
        return [tenant] + tenant["end_customers"], False
    return [tenant], True


def decide(rec):
    o = rec["o"]
    tenant = T[rec["t"]]
    rt, mob, unc = (TRI[x] for x in rec["ctx"])
    if rec["p"] not in REC:
        return "A", [], ["allow"]
    orgs, known = _effective(tenant, o.get("h"), o.get("meta"))
    def uspol(x):
        return x["sector"] == "law_enforcement" and x["le_type"] == "police" and x["country"] == "US"
    def le(x):
        return x["sector"] == "law_enforcement"
    c2ctx_def = rt is True and mob is True and unc is True
    c2ctx_pos = rt is not False and mob is not False and unc is not False
    if known:
        x = orgs[0]
        cl = []
        if uspol(x):
            cl.append(C1)
        if le(x) and c2ctx_def:
            cl.append(C2)
        if cl:
            return "V", cl, ["deny"]
        if le(x) and c2ctx_pos:
            return "?", [], o.get("amb", ["review", "deny"])
        return "A", [], ["allow"]
    # unknown end customer
    c1_pos = any(uspol(x) for x in orgs)
    c2_pos = any(le(x) for x in orgs) and c2ctx_pos
    if c1_pos or c2_pos:
        return "?", [], o.get("amb", ["review"])
    return "A", [], ["allow"]


# ---------------------------------------------------------------- image consistency
def image_ctx(refs):
    rt = mob = None
    for ref in refs:
        name, _, q = ref.removeprefix("kit:").partition("?")
        params = dict(x.split("=") for x in q.split("&") if x)
        if name in ("bodycam_frame", "dashcam_frame") or params.get("exif") in ("bodycam", "dashcam", "phone", "drone"):
            mob = True
        if name == "cctv_frame" or params.get("exif") == "cctv":
            mob = False
        if "age" in params:
            rt = float(params["age"]) <= 120
    return rt, mob


# ---------------------------------------------------------------- bodies
def _text_parts(text, imgs, api):
    if not imgs:
        return text
    parts = []
    if text:
        parts.append({"type": "input_text", "text": text} if api == "resp" else {"type": "text", "text": text})
    for im in imgs:
        parts.append({"type": "input_image", "image_url": im} if api == "resp"
                     else {"type": "image_url", "image_url": {"url": im}})
    return parts


def _hist(hist, api):
    out = []
    for m in hist:
        if isinstance(m, dict):
            out.append(copy.deepcopy(m))
            continue
        role, text = m[0], m[1]
        imgs = list(m[2]) if len(m) > 2 else []
        out.append({"role": role, "content": _text_parts(text, imgs, api) if role == "user" else text})
    return out


def body_of(rec, model):
    o = rec["o"]
    ep = o.get("ep", "chat")
    imgs = list(o.get("img", []))
    if ep == "chat":
        msgs = []
        if o.get("sys"):
            msgs.append({"role": o.get("sysrole", "system"), "content": o["sys"]})
        msgs += _hist(o.get("hist", []), "chat")
        if rec["u"] is not None or imgs:
            msgs.append({"role": "user", "content": _text_parts(rec["u"], imgs, "chat")})
        b = {"model": model, "messages": msgs}
        if o.get("tools"):
            b["tools"] = [copy.deepcopy(TOOLS[x]) for x in o["tools"]]
        if o.get("tc"):
            b["tool_choice"] = o["tc"]
    elif ep == "resp":
        b = {"model": model}
        if o.get("sys"):
            b["instructions"] = o["sys"]
        items = _hist(o.get("hist", []), "resp")
        if not items and not imgs and o.get("plain_input"):
            b["input"] = rec["u"]
        else:
            items.append({"role": "user", "content": _text_parts(rec["u"], imgs, "resp")
                          if imgs else [{"type": "input_text", "text": rec["u"]}]})
            b["input"] = items
        if o.get("tools"):
            b["tools"] = [dict(type="function", **copy.deepcopy(TOOLS[x]["function"])) for x in o["tools"]]
    else:  # embeddings
        items = o["emb"]
        if ep == "emb":
            inp = []
            for im, tx in items:
                d = {}
                if im: d["image"] = im
                if tx: d["text"] = tx
                inp.append(d)
            b = {"model": model, "input": inp}
        elif ep == "emb_cohere":
            b = {"model": model, "input_type": "image", "embedding_types": ["float"],
                 "inputs": [{"content": ([{"type": "text", "text": tx}] if tx else []) +
                             ([{"type": "image_url", "image_url": {"url": im}}] if im else [])} for im, tx in items]}
        elif ep == "emb_voyage":
            b = {"model": model, "input_type": "document",
                 "inputs": [{"content": ([{"type": "text", "text": tx}] if tx else []) +
                             ([{"type": "image_url", "image_url": im}] if im else [])} for im, tx in items]}
        elif ep == "emb_jina":
            inp = []
            for im, tx in items:
                if im: inp.append({"image": im})
                if tx: inp.append({"text": tx})
            b = {"model": model, "task": "retrieval.passage", "input": inp}
        else:
            raise ValueError(ep)
        if o.get("dims"):
            b["dimensions"] = o["dims"]
    if o.get("meta"):
        b["metadata"] = dict(o["meta"])
    if o.get("extra"):
        b.update(copy.deepcopy(o["extra"]))
    return b


def all_images(rec):
    o = rec["o"]
    out = list(o.get("img", []))
    for m in o.get("hist", []):
        if isinstance(m, tuple) and len(m) > 2:
            out += list(m[2])
    for im, _ in o.get("emb", []):
        if im: out.append(im)
    return out
