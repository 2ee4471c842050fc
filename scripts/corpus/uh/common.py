"""Shared helpers for writer uh's training requests (standard library only).

Language modules build records with R(...) and the message helpers below; they
set only what the words say (purpose and the three context facts).  `kind`,
`expect.accept` and `expect.clauses` are filled in by derive() alone.
"""
import json

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"

RECOGNITION = ("identification", "verification", "gallery")
PURPOSES = RECOGNITION + ("face_not_recognition", "writing_about_fr", "unrelated")
CLASSES = ("context", "ask_elsewhere", "text_on_face", "plain", "payload_as_ask", "topic_vs_task")


# ---------------------------------------------------------------- tenants
def org(oid, name, sector, country, le_type=None, integrator=False, end_customers=None):
    """A tenant as SPEC §2 describes it."""
    return {
        "id": oid,
        "name": name,
        "sector": sector,
        "le_type": le_type if sector == "law_enforcement" else None,
        "country": country,
        "integrator": bool(integrator),
        "end_customers": [customer(c) for c in (end_customers or [])],
    }


def customer(t):
    """An end customer entry (the registered organisation's fields)."""
    return {"id": t["id"], "name": t["name"], "sector": t["sector"],
            "le_type": t["le_type"], "country": t["country"]}


# ---------------------------------------------------------------- messages
def _part(x):
    if isinstance(x, dict):
        return x
    if x.startswith("kit:"):
        return {"type": "image_url", "image_url": {"url": x}}
    return {"type": "text", "text": x}


def U(*parts):
    """A user turn. Strings starting with 'kit:' become images."""
    if len(parts) == 1 and not parts[0].startswith("kit:"):
        return {"role": "user", "content": parts[0]}
    return {"role": "user", "content": [_part(p) for p in parts]}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def A(text):
    return {"role": "assistant", "content": text}


def CALL(name, args, cid):
    return {"role": "assistant", "content": None,
            "tool_calls": [{"id": cid, "type": "function",
                            "function": {"name": name,
                                         "arguments": json.dumps(args, ensure_ascii=False)}}]}


def RES(cid, obj):
    content = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
    return {"role": "tool", "tool_call_id": cid, "content": content}


def FN(name, desc, props, required=None):
    """A function tool. props: {name: (type, description)}"""
    properties = {}
    for k, v in props.items():
        if isinstance(v, dict):
            properties[k] = v
        else:
            typ, d = v
            properties[k] = {"type": typ, "description": d}
    return {"type": "function",
            "function": {"name": name, "description": desc,
                         "parameters": {"type": "object", "properties": properties,
                                        "required": list(required) if required is not None else list(props)}}}


# ---------------------------------------------------------------- records
def R(cls, voice, tenant, messages=None, purpose=None, rt=None, mob=None, unc=None,
      tools=None, headers=None, meta=None, endpoint="/v1/chat/completions", body=None,
      model=None, extra=None):
    """One hand-written request with its hand-set labels.

    rt / mob / unc: 1 = the words say so, 0 = the words say the opposite,
    None = the request does not say.
    """
    assert cls in CLASSES, cls
    assert purpose in PURPOSES, purpose
    if body is None:
        body = {"model": model, "messages": messages}
        if tools:
            body["tools"] = tools
        if extra:
            body.update(extra)
        if meta:
            body["metadata"] = meta
    def tri(v):
        return None if v is None else bool(v)
    return {"voice": voice, "class": cls, "tenant": tenant, "endpoint": endpoint,
            "headers": dict(headers or {}), "body": body,
            "labels": {"purpose": purpose, "real_time": tri(rt), "mobile_camera": tri(mob),
                       "uncontrolled": tri(unc)}}


# ---------------------------------------------------------------- derive
def _is_le(o):
    return o.get("sector") == "law_enforcement"


def _is_us_police(o):
    return _is_le(o) and o.get("le_type") == "police" and o.get("country") == "US"


def _whom(rec):
    """Who the request is by or for: (known, [candidate orgs]).

    A non-integrator tenant acts for itself.  An integrator acts for the end
    customer named in X-Usegate-End-Customer or metadata.end_customer when
    that customer is registered under it.  Naming none (or naming one that is
    not registered) leaves the organisation unknown: the candidates are its
    registered end customers, plus None for an unregistered name.
    """
    t = rec["tenant"]
    if not t.get("integrator"):
        return True, [t]
    named = rec["headers"].get("X-Usegate-End-Customer")
    meta = rec["body"].get("metadata") if isinstance(rec["body"], dict) else None
    if not named and isinstance(meta, dict):
        named = meta.get("end_customer")
    ecs = t.get("end_customers") or []
    if named:
        for c in ecs:
            if c["id"] == named:
                return True, [c]
        return False, [None]
    return False, list(ecs) + [t]


def derive(rec):
    """FORMAT.md 'Expected decision under azure-openai-coc@2024-05-01', literally.

    - C1: recognition purpose AND the tenant (or the named, registered end
      customer) is law_enforcement / police / US.
    - C2: recognition purpose AND that organisation is law_enforcement (any
      le_type, any country) AND real_time AND mobile_camera AND uncontrolled
      are all true.
    - Some clause applies -> violation, accept [deny].
    - No clause can apply -> allowed, accept [allow] (non-LE recognition, non-US
      LE unless all three context facts are true, every non-recognition use).
    - An integrator that names no end customer, or names one not registered
      under it, while a clause could apply for some candidate -> ambiguous,
      accept [review]; the clauses listed are the ones that could apply.
    """
    lab = rec["labels"]
    recog = lab["purpose"] in RECOGNITION
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    known, cands = _whom(rec)

    def clauses_for(o):
        if not recog:
            return []
        if o is None:  # an unregistered end customer: could be anyone
            return [C1] + ([C2] if ctx else [])
        out = []
        if _is_us_police(o):
            out.append(C1)
        if _is_le(o) and ctx:
            out.append(C2)
        return out

    if known:
        cl = clauses_for(cands[0])
        if cl:
            return "violation", ["deny"], cl
        return "allowed", ["allow"], []
    possible = []
    for o in cands:
        for c in clauses_for(o):
            if c not in possible:
                possible.append(c)
    if possible:
        possible.sort(key=[C1, C2].index)
        return "ambiguous", ["review"], possible
    return "allowed", ["allow"], []
