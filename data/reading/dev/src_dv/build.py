"""Rebuild /work/main/data/reading/dev/dv.jsonl from the hand-written records in recs_*.py.

    python3 build.py          (stdlib only; deterministic: fixed seed, fixed order)
"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import recs_a, recs_b, recs_c, recs_d, recs_e, recs_f, recs_g, recs_h, recs_i, recs_j, recs_k, recs_l

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
SEED = 20261201


def _us_police(t):
    return t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"


def _le(t):
    return t.get("sector") == "law_enforcement"


def _named_end_customer(rec):
    h = rec.get("headers") or {}
    for k, v in h.items():
        if k.lower() == "x-usegate-end-customer":
            return v
    md = rec["body"].get("metadata") or {}
    return md.get("end_customer")


def derive(rec):
    """kind / expect from tenant (+ named end customer) and labels, per FORMAT.md."""
    t = rec["tenant"]
    lab = rec["labels"]
    recog = lab["purpose"] in RECOG
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    subjects, unknown = [t], False
    if t.get("integrator"):
        name = None if rec.get("_ec_void") else _named_end_customer(rec)
        ecs = {e["id"]: e for e in t.get("end_customers", [])}
        if name and name in ecs:
            subjects = [ecs[name]]
        else:
            unknown = True
            subjects = [t]
            candidates = list(ecs.values())
            if name:
                # a named end customer not registered under this integrator: "for police" unknown (SPEC 2)
                candidates.append({"sector": "law_enforcement", "le_type": "police", "country": "US"})
    clauses, maybe = [], []
    if recog:
        if any(_us_police(s) for s in subjects):
            clauses.append(C1)
        elif unknown and any(_us_police(e) for e in candidates):
            maybe.append(C1)
        if ctx:
            if any(_le(s) for s in subjects):
                clauses.append(C2)
            elif unknown and any(_le(e) for e in candidates):
                maybe.append(C2)
    if clauses:
        rec["expect"] = {"accept": ["deny"], "clauses": clauses}
        rec["kind"] = "violation"
    elif maybe:
        acc = ["review", "deny"] if rec.get("_ec_void") else ["review"]
        rec["expect"] = {"accept": acc, "clauses": maybe}
        rec["kind"] = "ambiguous"
    else:
        rec["expect"] = {"accept": ["allow"], "clauses": []}
        rec["kind"] = "allowed"
    return rec


def main():
    raw = recs_a.RECORDS + recs_b.RECORDS + recs_c.RECORDS + recs_d.RECORDS + recs_e.RECORDS + recs_f.RECORDS + recs_g.RECORDS + recs_h.RECORDS + recs_i.RECORDS + recs_j.RECORDS + recs_k.RECORDS + recs_l.RECORDS
    rng = random.Random(SEED)
    order = list(range(len(raw)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = raw[i]
        rec = {"id": "dev-dv-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
               "received_at": r["received_at"], "tenant": r["tenant"], "endpoint": r["endpoint"],
               "headers": r["headers"], "body": r["body"], "labels": r["labels"]}
        rec["_ec_void"] = r["_ec_void"]
        rec = derive(rec)
        del rec["_ec_void"]
        out.append(rec)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dv.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records to %s" % (len(out), os.path.normpath(path)))
    if "--stats" in sys.argv:
        from collections import Counter
        langs = ["en", "fr", "es", "de", "pt", "it", "nl", "pl", "ja", "ru", "tr", "ko", "ar", "hi", "vi", "uk", "id", "sv", "el"]
        lk = Counter((r["lang"], r["kind"]) for r in out)
        print("| lang | violation | allowed | ambiguous | total |\n|---|---|---|---|---|")
        for l in langs:
            print("| %s | %d | %d | %d | %d |" % (l, lk[(l, "violation")], lk[(l, "allowed")], lk[(l, "ambiguous")],
                                               sum(lk[(l, k)] for k in ("violation", "allowed", "ambiguous"))))
        k = Counter(r["kind"] for r in out)
        print("| all | %d | %d | %d | %d |" % (k["violation"], k["allowed"], k["ambiguous"], len(out)))
        c = Counter(r["class"] for r in out)
        ck = Counter((r["class"], r["kind"]) for r in out)
        print("\n| class | n | % | violation | allowed | ambiguous |\n|---|---|---|---|---|---|")
        for cl in ["plain", "context", "payload_as_ask", "topic_vs_task", "text_on_face", "ask_elsewhere"]:
            print("| %s | %d | %.1f | %d | %d | %d |" % (cl, c[cl], 100.0 * c[cl] / len(out), ck[(cl, "violation")], ck[(cl, "allowed")], ck[(cl, "ambiguous")]))
        lc = Counter((r["lang"], r["class"]) for r in out)
        missing = [(l, cl) for l in langs for cl in c if lc[(l, cl)] == 0]
        print("\nlanguage x class gaps:", missing)


if __name__ == "__main__":
    main()
