"""Build ../x16.jsonl reproducibly. Run: python3 build.py"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import TENANTS
import rec_hi, rec_vi, rec_uk, rec_id, rec_sv, rec_el

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}

def is_us_police(t):
    return t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"

def end_customer(r):
    h = r.get("headers") or {}
    ec = h.get("X-Usegate-End-Customer")
    if ec is None:
        ec = (r["body"].get("metadata") or {}).get("end_customer")
    return ec

def derive(r):
    t = r["tenant"]; lab = r["labels"]
    recog = lab["purpose"] in RECOG
    c2ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    subjects = [t]; unknown = False
    if t.get("integrator"):
        ec = end_customer(r)
        match = [e for e in t.get("end_customers", []) if e["id"] == ec]
        if ec and match:
            subjects = [match[0]]
        else:
            unknown = True
            subjects = [t]
    clauses = []
    if recog:
        if any(is_us_police(s) for s in subjects):
            clauses.append(C1)
        if c2ctx and any(s.get("sector") == "law_enforcement" for s in subjects):
            clauses.append(C2)
    if r.pop("_ambiguous", False):
        return "ambiguous", {"accept": ["review", "deny"], "clauses": []}
    if unknown and recog and not clauses:
        ecs = t.get("end_customers", [])
        if any(is_us_police(e) for e in ecs) or (c2ctx and any(e.get("sector") == "law_enforcement" for e in ecs)):
            return "ambiguous", {"accept": ["review"], "clauses": []}
    if clauses:
        return "violation", {"accept": ["deny"], "clauses": clauses}
    return "allowed", {"accept": ["allow"], "clauses": []}

ORDER = ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint", "headers", "body", "labels", "expect", "kind"]

def main():
    rnd = random.Random(16016)
    out = []
    for mod in (rec_hi, rec_vi, rec_uk, rec_id, rec_sv, rec_el):
        for r in mod.RECORDS:
            out.append(r)
    lines = []
    for i, r in enumerate(out, 1):
        r = dict(r)
        r["id"] = "b16-x16-%05d" % i
        m = rnd.randint(1, 11); d = rnd.randint(1, 28)
        r["received_at"] = "2026-%02d-%02dT%02d:%02d:%02dZ" % (m, d, rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
        model = rnd.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"])
        if "model" not in r["body"]:
            r["body"] = dict(model=model, **r["body"])
        kind, expect = derive(r)
        r["expect"] = expect; r["kind"] = kind
        lines.append(json.dumps({k: r[k] for k in ORDER}, ensure_ascii=False))
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "x16.jsonl")
    with open(p, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "records")

if __name__ == "__main__":
    main()
