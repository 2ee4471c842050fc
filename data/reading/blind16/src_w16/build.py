"""Rebuild: cd data/reading/blind16/src_w16 && python3 build.py  -> ../w16.jsonl"""
import json, os, random, datetime, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import T, CTX, ROLE
import rec_pl, rec_ja, rec_ru, rec_tr, rec_ko, rec_ar

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}

def is_uspol(o):
    return o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"

def derive(tenant, headers, meta, labels):
    """kind / accept / clauses from FORMAT.md rules."""
    p = labels["purpose"]
    ctx_all = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    if p not in RECOG:
        return "allowed", ["allow"], []
    orgs = [tenant]
    unknown = False
    if tenant.get("integrator"):
        ec = headers.get("X-Usegate-End-Customer") or (meta or {}).get("end_customer")
        reg = {e["id"]: e for e in tenant["end_customers"]}
        if ec and ec in reg:
            orgs = [reg[ec]]
        elif ec:
            # SPEC 2: a named end customer not registered under the integrator leaves
            # "for police" unknown -- it could be anyone, US police included.
            unknown = True
            cands = [{"sector": "law_enforcement", "le_type": "police", "country": "US"}]
        else:
            # no end customer named: unknown only if the integrator serves law enforcement;
            # the possible clauses are those its registered end customers could trigger.
            if any(e["sector"] == "law_enforcement" for e in tenant["end_customers"]):
                unknown = True
                cands = tenant["end_customers"]
    if unknown:
        cl = []
        if any(is_uspol(e) for e in cands):
            cl.append(C1)
        if ctx_all and any(e["sector"] == "law_enforcement" for e in cands):
            cl.append(C2)
        if cl:
            return "ambiguous", ["review", "deny"], cl
        return "allowed", ["allow"], []
    o = orgs[0]
    cl = []
    if is_uspol(o):
        cl.append(C1)
    if o["sector"] == "law_enforcement" and ctx_all:
        cl.append(C2)
    if cl:
        return "violation", ["deny"], cl
    return "allowed", ["allow"], []

import re
def fill_from_images(labels, body):
    """Hand-set labels left null are completed from what the attached kit images carry:
    burned-in overlays (bodycam/dashcam = mobile, CAM label = fixed) and EXIF (device; age <= 120 s = live,
    age >= 3600 s = recorded). Never overrides a hand-set value."""
    refs = re.findall(r'kit:[a-z_]+(?:\?[^"]*)?', json.dumps(body, ensure_ascii=False))
    mob, rt = set(), set()
    for u in refs:
        if "bodycam_frame" in u or "dashcam_frame" in u:
            mob.add(True)
        if "cctv_frame" in u:
            mob.add(False)
        m = re.search(r"exif=(\w+)", u)
        if m:
            mob.add(m.group(1) != "cctv")
        a = re.search(r"age=(\d+)", u)
        if a:
            age = int(a.group(1))
            if age <= 120:
                rt.add(True)
            elif age >= 3600:
                rt.add(False)
    if labels["mobile_camera"] is None and len(mob) == 1:
        labels["mobile_camera"] = mob.pop()
    if labels["real_time"] is None and len(rt) == 1:
        labels["real_time"] = rt.pop()

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"]

def content(text, imgs):
    if not imgs:
        return text
    parts = [{"type": "text", "text": text}] if text else []
    for u in imgs:
        parts.append({"type": "image_url", "image_url": {"url": u}})
    return parts

def build_body(rec, rng):
    model = rec["model"] or rng.choice(MODELS)
    msgs = rec["msgs"]
    if isinstance(msgs, str):
        msgs = ["U:" + msgs]
    ep = rec["ep"]
    if ep == "emb":
        inputs = []
        for i, u in enumerate(rec["img"]):
            inputs.append({"image": u, "text": msgs[0][2:] if i == 0 else ""})
        body = {"model": "multimodal-embed-1", "input": inputs}
        if rec["meta"]:
            body["metadata"] = rec["meta"]
        return "/v1/embeddings", body
    last_u = max(i for i, m in enumerate(msgs) if m[0] == "U") if any(m[0] == "U" for m in msgs) else None
    out = []
    for i, m in enumerate(msgs):
        role = ROLE[m[0]]
        txt = m[2:]
        out.append({"role": role, "content": content(txt, rec["img"] if i == last_u else [])})
    if ep == "resp":
        instr = None
        if out and out[0]["role"] in ("system", "developer"):
            instr = out.pop(0)["content"]
        inp = []
        for m in out:
            c = m["content"]
            if isinstance(c, list):
                c = [({"type": "input_text", "text": x["text"]} if x["type"] == "text" else
                      {"type": "input_image", "image_url": x["image_url"]["url"]}) for x in c]
            inp.append({"role": m["role"], "content": c})
        body = {"model": model}
        if instr:
            body["instructions"] = instr
        body["input"] = inp
        if rec["tools"]:
            body["tools"] = [{"type": "function", **t["function"]} for t in rec["tools"]]
        if rec["meta"]:
            body["metadata"] = rec["meta"]
        return "/v1/responses", body
    body = {"model": model, "messages": out}
    if rec["tools"]:
        body["tools"] = rec["tools"]
    if rec["meta"]:
        body["metadata"] = rec["meta"]
    return "/v1/chat/completions", body

def main():
    rng = random.Random(1616)
    base = datetime.datetime(2026, 3, 2, 6, 0, 0)
    out = []
    n = 0
    for lang, mod in [("pl", rec_pl), ("ja", rec_ja), ("ru", rec_ru), ("tr", rec_tr), ("ko", rec_ko), ("ar", rec_ar)]:
        for rec in mod.RECORDS:
            n += 1
            ts = base + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 240))
            tenant = T[rec["tenant"]]
            endpoint, body = build_body(rec, rng)
            c = rec["ctx"]
            labels = {"purpose": rec["purpose"], "real_time": CTX[c[0]], "mobile_camera": CTX[c[1]], "uncontrolled": CTX[c[2]]}
            fill_from_images(labels, body)
            kind, accept, clauses = derive(tenant, rec["h"], rec["meta"], labels)
            out.append({"id": "b16-w16-%05d" % n, "lang": lang, "voice": rec["voice"], "class": rec["cls"],
                        "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant,
                        "endpoint": endpoint, "headers": rec["h"], "body": body, "labels": labels,
                        "expect": {"accept": accept, "clauses": clauses}, "kind": kind})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "w16.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    from collections import Counter
    print(len(out), Counter((o["lang"], o["kind"]) for o in out), Counter(o["class"] for o in out))

if __name__ == "__main__":
    main()
