"""Build blind18/w18.jsonl. Python standard library only. Seed fixed."""
import json, os, random, sys, datetime, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SEED = 18023
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
from tenants import TENANTS


def _subject(tenant, headers, body):
    """Return (org or None, known: bool)."""
    if not tenant.get("integrator"):
        return tenant, True
    ec = None
    for k, v in (headers or {}).items():
        if k.lower() == "x-usegate-end-customer":
            ec = v
    if ec is None:
        ec = ((body or {}).get("metadata") or {}).get("end_customer")
    if ec is None:
        if any(e["sector"] == "law_enforcement" for e in tenant["end_customers"]):
            return None, False
        return tenant, True
    for e in tenant["end_customers"]:
        if e["id"] == ec:
            return e, True
    return None, False  # not registered under this integrator


def derive(tenant, headers, body, labels):
    rec = labels["purpose"] in RECOG
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    org, known = _subject(tenant, headers, body)
    if not rec:
        return "allowed", ["allow"], []
    if known:
        cl = []
        if org["sector"] == "law_enforcement" and org.get("le_type") == "police" and org["country"] == "US":
            cl.append(C1)
        if org["sector"] == "law_enforcement" and ctx:
            cl.append(C2)
        return ("violation", ["deny"], cl) if cl else ("allowed", ["allow"], [])
    # unknown who the request is for
    cands = [e for e in tenant["end_customers"] if e["sector"] == "law_enforcement"]
    cl = []
    if any(e.get("le_type") == "police" and e["country"] == "US" for e in cands) or not cands:
        cl.append(C1)
    if ctx:
        cl.append(C2)
    return "ambiguous", (["review", "deny"] if ctx else ["review"]), cl


MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini", "gpt-5-mini"]


def build():
    rnd = random.Random(SEED)
    out = []
    for lang in ["pl", "ja", "ru", "tr", "ko", "ar"]:
        mod = importlib.import_module("recs_" + lang)
        specs = list(mod.RECS)
        try:
            extra = importlib.import_module("recs_%s_x" % lang)
        except ImportError:
            extra = None
        if extra is not None:
            drop = extra.DROP
            specs = [sp for sp in specs if not any(d in json.dumps(sp["body"], ensure_ascii=False) for d in drop)]
            specs += extra.RECS
        for spec in specs:
            out.append((lang, spec))
    rnd.shuffle(out)
    base = datetime.datetime(2025, 3, 1, 6, 0, 0)
    lines = []
    for i, (lang, s) in enumerate(out, 1):
        t = base + datetime.timedelta(seconds=rnd.randint(0, 600 * 86400))
        if s.get("hour") is not None:
            t = t.replace(hour=s["hour"])
        tenant = TENANTS[s["tenant"]]
        headers = dict(s.get("headers") or {})
        body = s["body"](rnd) if callable(s["body"]) else s["body"]
        body = json.loads(json.dumps(body))
        if "model" not in body:
            body = {"model": rnd.choice(MODELS) if s["endpoint"] != "/v1/embeddings" else "text-embedding-3-large", **body}
        kind, accept, clauses = derive(tenant, headers, body, s["labels"])
        lines.append({
            "id": "b18-w18-%05d" % i, "lang": lang, "voice": s["voice"], "class": s["cls"],
            "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant,
            "endpoint": s["endpoint"], "headers": headers, "body": body,
            "labels": s["labels"], "expect": {"accept": accept, "clauses": clauses}, "kind": kind})
    return lines


if __name__ == "__main__":
    lines = build()
    dst = os.path.join(os.path.dirname(HERE), "w18.jsonl")
    with open(dst, "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((l["lang"], l["kind"]) for l in lines)
    print(len(lines), "records")
    for k in sorted(c):
        print(k, c[k])
