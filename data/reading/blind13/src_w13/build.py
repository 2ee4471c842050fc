"""Rebuild: cd data/reading/blind13/src_w13 && python3 build.py  -> ../w13.jsonl"""
import json, os, random, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import C1, C2, REC, ENDPOINTS, user
import recs_pl, recs_ja, recs_ru, recs_tr, recs_ko, recs_ar
import more_pl, more_ja, more_ru, more_tr, more_ko, more_ar

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-11-20"]


def us_police(s):
    return s["sector"] == "law_enforcement" and s["le_type"] == "police" and s["country"] == "US"


def is_le(s):
    return s["sector"] == "law_enforcement"


def derive(ten, headers, body, labels, contra=False, unclear=False):
    """kind, accept, clauses from tenant/end customer + labels, per FORMAT.md."""
    rec = labels["purpose"] in REC
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    if not rec:
        return "allowed", ["allow"], []
    if ten["integrator"]:
        ec_id = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
        match = [e for e in ten["end_customers"] if e["id"] == ec_id] if ec_id else []
        if match:
            subjects, known = match, True
        else:
            subjects, known = ten["end_customers"], False
            if ec_id:  # named but not registered: could be anyone, police included
                subjects = subjects + [{"sector": "law_enforcement", "le_type": "police", "country": "US"}]
    else:
        subjects, known = [ten], True
    clauses = []
    if any(us_police(s) for s in subjects):
        clauses.append(C1)
    if ctx and any(is_le(s) for s in subjects):
        clauses.append(C2)
    if contra:
        # a declaration the content contradicts does not count (SPEC 2): the content's reading
        # (police wording) makes C1 possible even when the declared end customer is a retailer
        return "ambiguous", ["review", "deny"], clauses or [C1]
    if unclear and clauses:
        return "ambiguous", ["review", "deny"], clauses
    if not clauses:
        return "allowed", ["allow"], []
    if known:
        return "violation", ["deny"], clauses
    return "ambiguous", ["review"], clauses


def build_body(r, model):
    ep = r["ep"]
    if ep == "chat":
        msgs = []
        if r["sys"]:
            msgs.append({"role": "system", "content": r["sys"]})
        for item in r["hist"]:
            role, text = item[0], (item[1] if len(item) == 2 else tuple(item[1:]))
            if isinstance(text, tuple):
                msgs.append(dict(user(text[0], *text[1:]), role=role))
            else:
                msgs.append({"role": role, "content": text})
        if r["u"] is not None:
            msgs.append(user(r["u"], *r["im"]))
        body = {"model": model, "messages": msgs}
        if r["tools"]:
            body["tools"] = r["tools"]
    elif ep == "resp":
        body = {"model": model}
        if r["sys"]:
            body["instructions"] = r["sys"]
        if r["inp"] is not None:
            body["input"] = r["inp"]
        else:
            content = [{"type": "input_text", "text": r["u"]}] + [
                {"type": "input_image", "image_url": "kit:" + i} for i in r["im"]]
            body["input"] = [{"role": "user", "content": content}]
        if r["tools"]:
            body["tools"] = r["tools"]
    else:  # embeddings
        body = {"model": "multimodal-embed-v1"}
        if isinstance(r["inp"], dict):  # other providers' shapes
            body.update(r["inp"])
        else:
            body["input"] = r["inp"]
    if r["meta"]:
        body["metadata"] = r["meta"]
    return body


def main():
    rng = random.Random(1313)
    base = datetime(2026, 5, 4, 6, 0, 0, tzinfo=timezone.utc)
    out = []
    n = 0
    groups = [(recs_pl, more_pl), (recs_ja, more_ja), (recs_ru, more_ru), (recs_tr, more_tr), (recs_ko, more_ko), (recs_ar, more_ar)]
    for a, b in groups:
        for r in a.RECS + b.RECS:
            n += 1
            when = base + timedelta(seconds=rng.randrange(0, 200 * 86400))
            model = rng.choice(MODELS)
            body = build_body(r, model)
            labels = {"purpose": r["purpose"], "real_time": r["rt"], "mobile_camera": r["mc"], "uncontrolled": r["unc"]}
            kind, accept, clauses = derive(r["ten"], r["hdr"], body, labels, r["contra"], r["unclear"])
            rec = {"id": "b13-w13-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
                   "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["ten"],
                   "endpoint": ENDPOINTS[r["ep"]], "headers": r["hdr"], "body": body, "labels": labels,
                   "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
            out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "w13.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records ->", os.path.normpath(path))


if __name__ == "__main__":
    main()
