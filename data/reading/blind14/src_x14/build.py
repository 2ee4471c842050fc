"""Rebuild: cd src_x14 && python3 build.py  -> writes ../x14.jsonl"""
import json, os, random, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import T, RECS
import recs_hi, recs_vi, recs_uk, recs_id, recs_sv, recs_el  # noqa: F401 (fill RECS)

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}

def subject(tenant, headers, body):
    """Return the org the request is made for, or None if unknown (integrator without a registered end customer)."""
    if not tenant["integrator"]:
        return tenant
    ec = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    for e in tenant["end_customers"]:
        if ec and e["id"] == ec:
            return e
    return None

def derive(tenant, headers, body, labels, unclear=False):
    p = labels["purpose"]
    if p not in RECOG:
        return "allowed", ["allow"], []
    subj = subject(tenant, headers, body)
    c2ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    if subj is None:
        if any(e["sector"] == "law_enforcement" for e in tenant["end_customers"]):
            return "ambiguous", ["review"], []
        return "allowed", ["allow"], []
    if unclear:
        return "ambiguous", ["review", "deny"], []
    clauses = []
    if subj["sector"] == "law_enforcement":
        if subj.get("le_type") == "police" and subj["country"] == "US":
            clauses.append(C1)
        if c2ctx:
            clauses.append(C2)
    if clauses:
        return "violation", ["deny"], clauses
    return "allowed", ["allow"], []

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4-turbo"]

def main():
    rng = random.Random(14014)
    base = datetime.datetime(2026, 3, 1, 6, 0, 0)
    out = []
    for i, r in enumerate(RECS, 1):
        t = T[r["tenant"]]
        ra = base + datetime.timedelta(seconds=rng.randrange(0, 270 * 86400))
        body = dict(r["body"])
        model = rng.choice(MODELS) if r["endpoint"] != "/v1/embeddings" else rng.choice(["text-embedding-3-large", "multimodal-embed-v1"])
        body = {"model": model, **body}
        kind, accept, clauses = derive(t, r["headers"], body, r["labels"], r["unclear"])
        out.append({"id": "b14-x14-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
                    "received_at": ra.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": t, "endpoint": r["endpoint"],
                    "headers": r["headers"], "body": body, "labels": r["labels"],
                    "expect": {"accept": accept, "clauses": clauses}, "kind": kind})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "x14.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    from collections import Counter
    print(len(out))
    print(sorted(Counter((o["lang"], o["kind"]) for o in out).items()))
    print(sorted(Counter((o["lang"], o["class"]) for o in out).items()))

if __name__ == "__main__":
    main()
