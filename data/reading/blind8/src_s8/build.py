#!/usr/bin/env python3
"""Build blind8/s8.jsonl from hand-written records (records_*.py). stdlib only, fixed seed."""
import json, os, random, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import TENANTS, REC
import records_a, records_b, records_c, records_d, records_e, records_f, records_g, records_h, records_i, records_j, records_k, records_l, records_m, records_n, records_o, records_p, records_q, records_r

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"

def is_uspol(t): return t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"
def is_le(t): return t.get("sector") == "law_enforcement"

def and3(*vals):
    if any(v is False for v in vals): return False
    if all(v is True for v in vals): return True
    return None

def derive(tenant, ec_id, labels):
    rec = labels["purpose"] in REC
    subjects, pool = [tenant], []
    if tenant.get("integrator"):
        ecs = {e["id"]: e for e in tenant.get("end_customers", [])}
        if ec_id and ec_id in ecs: subjects.append(ecs[ec_id])
        else: pool = list(ecs.values())
    def who(pred):
        if any(pred(s) for s in subjects): return True
        if any(pred(s) for s in pool): return None
        return False
    c1 = and3(rec, who(is_uspol))
    c2 = and3(rec, who(is_le), labels["real_time"], labels["mobile_camera"], labels["uncontrolled"])
    sure = [c for c, v in ((C1, c1), (C2, c2)) if v is True]
    maybe = [c for c, v in ((C1, c1), (C2, c2)) if v is None]
    if sure: return "violation", ["deny"], sure
    if maybe: return "ambiguous", ["review", "deny"], maybe
    return "allowed", ["allow"], []

def main():
    rng = random.Random(8008)
    base = datetime.datetime(2026, 6, 1, 7, 0, 0)
    out = []
    recs = records_a.RECORDS + records_b.RECORDS + records_c.RECORDS + records_d.RECORDS + records_e.RECORDS + records_f.RECORDS + records_g.RECORDS + records_h.RECORDS + records_i.RECORDS + records_j.RECORDS + records_k.RECORDS + records_l.RECORDS + records_m.RECORDS + records_n.RECORDS + records_o.RECORDS + records_p.RECORDS + records_q.RECORDS + records_r.RECORDS
    for i, r in enumerate(recs, 1):
        base += datetime.timedelta(minutes=rng.randint(7, 400), seconds=rng.randint(0, 59))
        tenant = TENANTS[r["tenant"]]
        headers = dict(r.get("headers") or {})
        body = r["body"]
        ec = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
        labels = {"purpose": r["purpose"], "real_time": r.get("rt"), "mobile_camera": r.get("mc"), "uncontrolled": r.get("unc")}
        kind, accept, clauses = derive(tenant, ec, labels)
        out.append({"id": "b8-s8-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
                    "received_at": base.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant,
                    "endpoint": r.get("endpoint", "/v1/chat/completions"), "headers": headers, "body": body,
                    "labels": labels, "expect": {"accept": accept, "clauses": clauses}, "kind": kind})
    path = os.path.join(HERE, "..", "s8.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    print(len(out), "records ->", os.path.normpath(path))
    if "--counts" in sys.argv:
        from collections import Counter
        lk = Counter((o["lang"], o["kind"]) for o in out)
        for l in ["en", "fr", "es", "de", "pt", "it", "nl"]:
            print(l, {k: lk[(l, k)] for k in ["violation", "allowed", "ambiguous"]})
        print("kind", dict(Counter(o["kind"] for o in out)))
        print("class", dict(Counter(o["class"] for o in out)))
        print("lang x class", dict(Counter((o["lang"], o["class"]) for o in out)))

if __name__ == "__main__":
    main()
