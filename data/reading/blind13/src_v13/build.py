"""Build ../v13.jsonl (blind split v13). Standard library only; reproducible.

    cd /work/main/data/reading/blind13/src_v13 && python3 build.py
"""
import json, os, random, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import C1, C2, RECOG, PURP

SEED = 1313
MODELS_CHAT = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"]
MODELS_EMB = ["multimodal-embed-v1", "clip-embed-large"]
RECORDS = []


def fn(name, desc, props=None, required=None):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props or {}, "required": required or []}}}


def R(voice, cls, tenant, msgs, purpose, ctx="???", **kw):
    """msgs: str = user text; ("u", text, [imgs]); ("s", text) system; ("d", text) developer;
    ("a", text) assistant. ctx: three chars for real_time, mobile_camera, uncontrolled: T/F/?"""
    RECORDS.append(dict(voice=voice, cls=cls, tenant=tenant, msgs=msgs, purpose=PURP[purpose],
                        ctx=ctx, kw=kw, lang=kw.pop("lang", None)))


def _tri(c):
    return {"T": True, "F": False, "?": None}[c]


def _violates(o, purpose, rt, mob, unc):
    if purpose not in RECOG or o is None:
        return []
    cl = []
    if o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US":
        cl.append(C1)
    if o["sector"] == "law_enforcement" and rt is True and mob is True and unc is True:
        cl.append(C2)
    return cl


HYPO_US_POLICE = {"id": "?", "sector": "law_enforcement", "le_type": "police", "country": "US"}


def derive(tenant, ec_id, purpose, rt, mob, unc, amb=False):
    """kind, accept, clauses from tenant / end customer and labels (FORMAT.md rules)."""
    if tenant["integrator"]:
        ecs = {e["id"]: e for e in tenant["end_customers"]}
        if ec_id is not None and ec_id in ecs:
            cands = [ecs[ec_id]]
        elif ec_id is not None:           # named but not registered: "for police" unknown
            cands = [tenant, HYPO_US_POLICE] + list(ecs.values())
        else:                             # no end customer named
            cands = [tenant] + list(ecs.values())
    else:
        cands = [tenant]
    outcomes = [_violates(o, purpose, rt, mob, unc) for o in cands]
    if all(outcomes) and not amb:
        clauses = sorted(set(outcomes[0]), key=[C1, C2].index)
        return "violation", ["deny"], clauses
    if not any(outcomes) and not amb:
        return "allowed", ["allow"], []
    clauses = sorted({c for oc in outcomes for c in oc}, key=[C1, C2].index)
    return "ambiguous", ["review", "deny"], clauses


def _parts(text, imgs, api):
    if not imgs:
        return text if api == "chat" else [{"type": "input_text", "text": text}]
    if api == "chat":
        p = [{"type": "text", "text": text}] if text else []
        return p + [{"type": "image_url", "image_url": {"url": i}} for i in imgs]
    p = [{"type": "input_text", "text": text}] if text else []
    return p + [{"type": "input_image", "image_url": i} for i in imgs]


def build_body(rec, rng):
    kw = rec["kw"]
    ep = kw.get("ep", "chat")
    if ep == "emb":
        body = {"model": kw.get("model") or rng.choice(MODELS_EMB), "input": rec["msgs"]}
        endpoint = "/v1/embeddings"
    else:
        model = kw.get("model") or rng.choice(MODELS_CHAT)
        msgs, instr = [], None
        for m in rec["msgs"]:
            if isinstance(m, str):
                m = ("u", m, None)
            role = {"u": "user", "a": "assistant", "s": "system", "d": "developer"}[m[0]]
            imgs = m[2] if len(m) > 2 else None
            if ep == "resp" and role == "system" and not msgs:
                instr = m[1]
                continue
            if ep == "resp" and role == "assistant":
                msgs.append({"role": role, "content": [{"type": "output_text", "text": m[1]}]})
                continue
            msgs.append({"role": role, "content": _parts(m[1], imgs, ep)})
        if ep == "resp":
            body = {"model": model}
            if instr:
                body["instructions"] = instr
            body["input"] = msgs
            endpoint = "/v1/responses"
        else:
            body = {"model": model, "messages": msgs}
            endpoint = "/v1/chat/completions"
    if kw.get("tools"):
        body["tools"] = kw["tools"]
    if kw.get("meta"):
        body["metadata"] = kw["meta"]
    return endpoint, body


HDR_CHECK = {"X-Usegate-Capture-Mode": (0, {"live": True, "recorded": False}),
             "X-Usegate-Capture-Device": (1, {"body_worn": True, "dash": True, "handheld": True,
                                              "drone": True, "fixed": False}),
             "X-Usegate-Environment": (2, {"controlled": False, "uncontrolled": True})}
META_KEYS = {"capture_mode": "X-Usegate-Capture-Mode", "capture_device": "X-Usegate-Capture-Device",
             "environment": "X-Usegate-Environment"}


def main():
    import build as _self  # record modules fill build.RECORDS (not __main__.RECORDS)
    import recs_en, recs_fr, recs_es, recs_de, recs_pt, recs_it, recs_nl  # noqa: F401
    rng = random.Random(SEED)
    base = datetime.datetime(2026, 3, 2, 7, 0, 0)
    out, n = [], 0
    for rec in _self.RECORDS:
        n += 1
        kw = rec["kw"]
        received = base + datetime.timedelta(seconds=rng.randrange(0, 240 * 86400))
        endpoint, body = build_body(rec, rng)
        headers = dict(kw.get("hdr") or {})
        ec_id = kw.get("ec")
        if ec_id and not kw.get("ec_in_meta"):
            headers["X-Usegate-End-Customer"] = ec_id
        if ec_id is None:
            ec_id = (kw.get("meta") or {}).get("end_customer")
        rt, mob, unc = (_tri(c) for c in rec["ctx"])
        # declarations must agree with labels unless the record documents a contradiction
        decl = dict(headers)
        for k, v in (kw.get("meta") or {}).items():
            if k in META_KEYS:
                decl[META_KEYS[k]] = v
        if not kw.get("contradiction"):
            for h, (idx, mp) in HDR_CHECK.items():
                if h in decl:
                    assert (rt, mob, unc)[idx] == mp[decl[h]], (n, h, rec["ctx"])
        if kw.get("ec_untrusted"):   # content contradicts the declared end customer (SPEC 2): treat as unknown
            ec_id = "__declared_end_customer_contradicted__"
        kind, accept, clauses = derive(rec["tenant"], ec_id, rec["purpose"], rt, mob, unc, kw.get("amb", False))
        out.append({"id": "b13-v13-%05d" % n, "lang": rec["lang"], "voice": rec["voice"],
                    "class": rec["cls"],
                    "received_at": received.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "tenant": rec["tenant"], "endpoint": endpoint, "headers": headers, "body": body,
                    "labels": {"purpose": rec["purpose"], "real_time": rt, "mobile_camera": mob,
                               "uncontrolled": unc},
                    "expect": {"accept": accept, "clauses": clauses}, "kind": kind})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v13.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    # summary
    from collections import Counter
    lk = Counter((o["lang"], o["kind"]) for o in out)
    for lang in ["en", "fr", "es", "de", "pt", "it", "nl"]:
        tot = sum(v for (l, _), v in lk.items() if l == lang)
        print(lang, tot, {k: lk[(lang, k)] for k in ("violation", "allowed", "ambiguous")})
    print("classes", dict(Counter((o["lang"], o["class"]) for o in out)))
    print("total", len(out))


if __name__ == "__main__":
    main()
