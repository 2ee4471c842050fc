"""Build blind split v17:  python3 build.py  (writes ../v17.jsonl). Stdlib only, seed 17017."""
import json, os, random, datetime, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import lang_en, lang_fr, lang_es, lang_de, lang_pt, lang_it, lang_nl  # noqa: F401  (they append to common.RECS)

SEED = 17017
W = "v17"
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
HYPOTHETICAL_US_POLICE = {"sector": "law_enforcement", "le_type": "police", "country": "US"}


def _clauses_for(entity, labels):
    out = []
    if labels["purpose"] not in RECOG:
        return out
    if entity.get("sector") == "law_enforcement" and entity.get("le_type") == "police" and entity.get("country") == "US":
        out.append(C1)
    if (entity.get("sector") == "law_enforcement" and labels["real_time"] is True
            and labels["mobile_camera"] is True and labels["uncontrolled"] is True):
        out.append(C2)
    return out


def end_customer_id(headers, body):
    for k, v in (headers or {}).items():
        if k.lower() == "x-usegate-end-customer":
            return v
    md = body.get("metadata") or {}
    return md.get("end_customer")


def derive(tenant, headers, body, labels):
    """FORMAT.md 'Expected decision' under azure-openai-coc@2024-05-01 -> (kind, accept, clauses)."""
    if not tenant.get("integrator"):
        cl = _clauses_for(tenant, labels)
        return ("violation", ["deny"], cl) if cl else ("allowed", ["allow"], [])
    ecid = end_customer_id(headers, body)
    registered = {e["id"]: e for e in tenant.get("end_customers", [])}
    if ecid and ecid in registered:
        cl = _clauses_for(registered[ecid], labels)
        return ("violation", ["deny"], cl) if cl else ("allowed", ["allow"], [])
    # end customer unknown: none named, or named but not registered under this integrator
    if ecid:
        candidates = [tenant, HYPOTHETICAL_US_POLICE] + list(registered.values())
    else:
        candidates = [tenant] + list(registered.values())
    outcomes = [_clauses_for(c, labels) for c in candidates]
    if all(outcomes):
        cl = sorted(set(x for o in outcomes for x in o))
        return "violation", ["deny"], cl
    if not any(outcomes):
        return "allowed", ["allow"], []
    cl = sorted(set(x for o in outcomes for x in o))
    return "ambiguous", (["review", "deny"] if ecid else ["review"]), cl


def main():
    rng = random.Random(SEED)
    base = datetime.datetime(2026, 1, 5, 6, 0, 0)
    out = []
    for i, rec in enumerate(common.RECS, 1):
        t = base + datetime.timedelta(seconds=rng.randrange(0, 320 * 86400))
        kind, accept, clauses = derive(rec["tenant"], rec["headers"], rec["body"], rec["labels"])
        o = {"id": f"b17-{W}-{i:05d}", "lang": rec["lang"], "voice": rec["voice"], "class": rec["class"],
             "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": rec["tenant"], "endpoint": rec["endpoint"],
             "headers": rec["headers"], "body": rec["body"], "labels": rec["labels"],
             "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(o)
    path = os.path.join(HERE, "..", f"{W}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    kc = Counter((o["lang"], o["kind"]) for o in out)
    cc = Counter((o["lang"], o["class"]) for o in out)
    print(len(out), "records")
    for k in sorted(kc): print("kind", k, kc[k])
    for k in sorted(cc): print("class", k, cc[k])


if __name__ == "__main__":
    main()
