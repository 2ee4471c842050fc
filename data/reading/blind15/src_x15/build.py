#!/usr/bin/env python3
"""Builds ../x15.jsonl reproducibly. Run: python3 build.py (from this folder)."""
import json, os, random, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import TENANTS
import rec_hi, rec_vi, rec_uk, rec_id, rec_sv, rec_el

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def end_customer(t, headers, body):
    name = None
    for k, v in (headers or {}).items():
        if k.lower() == "x-usegate-end-customer":
            name = v
    md = body.get("metadata") or {}
    if not name and isinstance(md, dict) and md.get("end_customer"):
        name = md["end_customer"]
    if not name:
        return None, False
    for ec in t.get("end_customers", []):
        if ec["id"] == name:
            return ec, True
    return None, True  # named but not registered


def derive(r):
    t, lab = r["tenant"], r["labels"]
    recog = lab["purpose"] in RECOG
    ec, named = end_customer(t, r.get("headers"), r["body"])
    def is_le(o): return o.get("sector") == "law_enforcement"
    def is_usp(o): return is_le(o) and o.get("le_type") == "police" and o.get("country") == "US"
    unknown_for = False
    if t.get("integrator"):
        subjects = [t] + ([ec] if ec else [])
        if ec is None and any(is_le(e) for e in t.get("end_customers", [])):
            unknown_for = True
    else:
        subjects = [t]
    le = any(is_le(o) for o in subjects)
    usp = any(is_usp(o) for o in subjects)
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    clauses = []
    if recog and usp:
        clauses.append(C1)
    if recog and le and ctx:
        clauses.append(C2)
    if clauses:
        return "violation", {"accept": ["deny"], "clauses": clauses}
    if recog and unknown_for:
        poss = []
        if any(is_usp(e) for e in t.get("end_customers", [])) or named:
            poss.append(C1)
        if ctx:
            poss.append(C2)
        return "ambiguous", {"accept": ["review", "deny"], "clauses": poss or [C1]}
    if r.pop("_amb", False):
        return "ambiguous", {"accept": ["review", "deny"], "clauses": r.pop("_amb_clauses", [C1])}
    return "allowed", {"accept": ["allow"], "clauses": []}


def main():
    rng = random.Random(1515)
    base = datetime(2026, 3, 2, 7, 0, 0, tzinfo=timezone.utc)
    out = []
    for mod in (rec_hi, rec_vi, rec_uk, rec_id, rec_sv, rec_el):
        for spec in mod.RECORDS:
            out.append((mod.LANG, spec))
    lines = []
    for i, (lang, s) in enumerate(out, 1):
        ts = base + timedelta(seconds=rng.randint(0, 200 * 86400))
        model = s.get("model") or rng.choice(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"])
        ep = s.get("endpoint", "/v1/chat/completions")
        body = dict(s["body"])
        if "model" not in body:
            body = {"model": model if not ep.endswith("embeddings") else "text-embedding-3-large", **body}
        r = {"id": f"b15-x15-{i:05d}", "lang": lang, "voice": s["voice"], "class": s["cls"],
             "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "tenant": TENANTS[s["tenant"]], "endpoint": ep, "headers": s.get("headers", {}),
             "body": body,
             "labels": {"purpose": s["purpose"], "real_time": s["rt"], "mobile_camera": s["mob"],
                        "uncontrolled": s["unc"]}}
        if s.get("amb"):
            r["_amb"] = True
            if "amb_clauses" in s:
                r["_amb_clauses"] = s["amb_clauses"]
        kind, exp = derive(r)
        r["expect"] = exp
        r["kind"] = kind
        lines.append(json.dumps(r, ensure_ascii=False))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "x15.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "records")


if __name__ == "__main__":
    main()
