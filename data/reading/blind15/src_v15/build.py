"""Build ../v15.jsonl reproducibly. Run: python3 build.py (stdlib only)."""
import json, os, random, datetime
from common import TENANTS, C1, C2
import r_en, r_fr, r_es, r_de, r_pt, r_it, r_nl

SEED = 15015
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"]
EMB_MODELS = ["text-embedding-3-large", "multimodal-embed-1"]
REC = {"identification", "verification", "gallery"}


def derive(rec):
    t = TENANTS[rec["tenant"]]
    lab = rec["labels"]
    isrec = lab["purpose"] in REC
    ctx_all = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    if not isrec:
        return "allowed", ["allow"], []
    ec_id = rec["end_customer"]
    if t["integrator"]:
        if ec_id is None:
            cands = t["end_customers"]
        else:
            match = [e for e in t["end_customers"] if e["id"] == ec_id]
            cands = match if match else None  # unregistered -> unknown
        if cands is None:
            return "ambiguous", ["review", "deny"], [C1] + ([C2] if ctx_all else [])
        if ec_id is not None:
            e = cands[0]
            cl = []
            if e["sector"] == "law_enforcement" and e["le_type"] == "police" and e["country"] == "US":
                cl.append(C1)
            if e["sector"] == "law_enforcement" and ctx_all:
                cl.append(C2)
            return ("violation", ["deny"], cl) if cl else ("allowed", ["allow"], [])
        # no end customer named: unknown among registered ones
        cl = []
        if any(e["sector"] == "law_enforcement" and e["le_type"] == "police" and e["country"] == "US" for e in cands):
            cl.append(C1)
        if ctx_all and any(e["sector"] == "law_enforcement" for e in cands):
            cl.append(C2)
        return ("ambiguous", ["review", "deny"], cl) if cl else ("allowed", ["allow"], [])
    cl = []
    if t["sector"] == "law_enforcement" and t["le_type"] == "police" and t["country"] == "US":
        cl.append(C1)
    if t["sector"] == "law_enforcement" and ctx_all:
        cl.append(C2)
    if rec.get("amb"):
        return "ambiguous", ["review", "deny"] if cl else ["review"], cl or [C1]
    return ("violation", ["deny"], cl) if cl else ("allowed", ["allow"], [])


def main():
    rnd = random.Random(SEED)
    base = datetime.datetime(2026, 3, 2, 8, 0, 0)
    out = []
    n = 0
    for mod in (r_en, r_fr, r_es, r_de, r_pt, r_it, r_nl):
        for rec in mod.R:
            n += 1
            t = TENANTS[rec["tenant"]]
            when = base + datetime.timedelta(seconds=rnd.randint(0, 240 * 86400))
            kind, accept, clauses = derive(rec)
            body = dict(rec["body"])
            if rec["endpoint"] == "/v1/embeddings":
                body = {"model": rnd.choice(EMB_MODELS), **body}
            else:
                body = {"model": rnd.choice(MODELS), **body}
            o = {
                "id": "b15-v15-%05d" % n,
                "lang": mod.LANG,
                "voice": rec["voice"],
                "class": rec["cls"],
                "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "tenant": t,
                "endpoint": rec["endpoint"],
                "headers": rec["headers"],
                "body": body,
                "labels": rec["labels"],
                "expect": {"accept": accept, "clauses": clauses},
                "kind": kind,
            }
            out.append(json.dumps(o, ensure_ascii=False, sort_keys=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v15.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(n, "records")


if __name__ == "__main__":
    main()
