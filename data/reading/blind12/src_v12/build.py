"""Build ../v12.jsonl reproducibly: python3 build.py (stdlib only, fixed seed)."""
import json, os, random, datetime
import common
import recs_en, recs_fr, recs_es, recs_de, recs_pt, recs_it, recs_nl  # noqa: F401 (register records)

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def subject(r):
    """Return (us_police, law_enforcement) as True/False/None for the party the request is by or for."""
    t = r["ten"]
    if not t["integrator"]:
        le = t["sector"] == "law_enforcement"
        return (le and t["le_type"] == "police" and t["country"] == "US"), le
    ec_id = r["hd"].get("X-Usegate-End-Customer") or (r["meta"] or {}).get("end_customer")
    ecs = t["end_customers"]
    hit = [e for e in ecs if e["id"] == ec_id] if ec_id else []
    if hit:
        e = hit[0]
        le = e["sector"] == "law_enforcement"
        return (le and e["le_type"] == "police" and e["country"] == "US"), le
    if ec_id:  # named but not registered under this integrator: "for police" unknown (SPEC §2)
        return None, None
    # no end customer named: unknown if it serves such parties
    usp = None if any(e["sector"] == "law_enforcement" and e["le_type"] == "police" and e["country"] == "US" for e in ecs) else False
    le = None if any(e["sector"] == "law_enforcement" for e in ecs) else False
    return usp, le


def derive(r):
    recog = r["p"] in RECOG
    usp, le = subject(r)
    ctx = r["rt"] is True and r["mob"] is True and r["unc"] is True
    c1 = recog and usp
    c2 = recog and ctx and le
    if r["amb"]:
        cl = ([C1] if recog and usp is not False else []) + ([C2] if recog and ctx and le is not False else [])
        return "ambiguous", list(r["amb"]), cl
    if c1 is True or c2 is True:
        return "violation", ["deny"], ([C1] if c1 is True else []) + ([C2] if c2 is True else [])
    if recog and (usp is None or (ctx and le is None)):
        cl = ([C1] if usp is None else []) + ([C2] if ctx and le is None else [])
        return "ambiguous", ["review"], cl
    return "allowed", ["allow"], []


def to_responses(msgs):
    out = []
    for m in msgs:
        if isinstance(m["content"], str):
            out.append(m); continue
        c = []
        for part in m["content"]:
            if part["type"] == "text":
                c.append({"type": "input_text", "text": part["text"]})
            else:
                c.append({"type": "input_image", "image_url": part["image_url"]["url"]})
        out.append({"role": m["role"], "content": c})
    return out


def main():
    rng = random.Random(1212)
    base = datetime.datetime(2026, 3, 1, 6, 0, 0)
    models = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-5-mini"]
    lines = []
    for n, r in enumerate(common.RECS, 1):
        ts = base + datetime.timedelta(seconds=rng.randrange(0, 240 * 86400))
        model = rng.choice(models)
        ep = r["ep"]
        if ep == "emb":
            endpoint = "/v1/embeddings"
            body = {"model": "multimodal-embed-1", "input": r["emb"]}
        elif ep == "responses":
            endpoint = "/v1/responses"
            body = {"model": model, "input": to_responses(r["msgs"])}
        else:
            endpoint = "/v1/chat/completions"
            body = {"model": model, "messages": r["msgs"]}
        if r["tools"]:
            body["tools"] = r["tools"]
        if r["meta"]:
            body["metadata"] = r["meta"]
        kind, accept, clauses = derive(r)
        rec = {"id": "b12-v12-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
               "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["ten"], "endpoint": endpoint,
               "headers": r["hd"], "body": body,
               "labels": {"purpose": r["p"], "real_time": r["rt"], "mobile_camera": r["mob"], "uncontrolled": r["unc"]},
               "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v12.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "records ->", os.path.normpath(out))


if __name__ == "__main__":
    main()
