"""Build data/reading/train/h.jsonl (writer h). Stdlib only, fixed seed.

Run from the repo root:  python scripts/corpus/h/build.py
Records are written by hand in the per-language modules (en.py, fr.py, ...);
this script only assembles them, adds ids/timestamps/models and derives
kind/expect from tenant + labels by the rules of data/reading/FORMAT.md.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "h.jsonl")

from common import TENANTS, C1, C2, RECOG  # noqa: E402

LANGS = ["en", "fr", "es", "de", "pt", "it", "nl"]
MODELS = ["gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"]


def effective(rec):
    """Return (org, known) - the organisation the request is for."""
    t = TENANTS[rec["tenant_key"]]
    if not t.get("integrator"):
        return t, True
    ec = (rec.get("headers") or {}).get("X-Usegate-End-Customer")
    if ec:
        for e in t["end_customers"]:
            if e["id"] == ec:
                return e, True
    return t, False


def is_us_police(o):
    return o["sector"] == "law_enforcement" and o.get("le_type") == "police" and o["country"] == "US"


def derive(rec):
    lab = rec["labels"]
    if rec.get("force"):
        return rec["force"]
    recog = lab["purpose"] in RECOG
    if not recog:
        return "allowed", ["allow"], []
    t = TENANTS[rec["tenant_key"]]
    org, known = effective(rec)
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    if known:
        cl = []
        if is_us_police(org):
            cl.append(C1)
        if org["sector"] == "law_enforcement" and ctx:
            cl.append(C2)
        if cl:
            return "violation", ["deny"], cl
        return "allowed", ["allow"], []
    # integrator without a (registered) end customer
    ecs = t["end_customers"]
    cl = []
    if any(is_us_police(e) for e in ecs):
        cl.append(C1)
    if ctx and any(e["sector"] == "law_enforcement" for e in ecs):
        cl.append(C2)
    if cl:
        return "ambiguous", ["review"], cl
    return "allowed", ["allow"], []


def main():
    rng = random.Random(20260601 + 8)
    recs = []
    for lang in LANGS:
        if not os.path.exists(os.path.join(HERE, lang + ".py")):
            continue
        mod = __import__(lang)
        for r in mod.RECORDS:
            assert r["lang"] == lang or r.get("lang_override"), r
            recs.append(r)
    lines = []
    for i, r in enumerate(recs, 1):
        month = rng.randint(5, 11)
        day = rng.randint(1, 28)
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        t = TENANTS[r["tenant_key"]]
        body = dict(r["body"])
        body = {"model": rng.choice(MODELS), **body} if r["endpoint"] == "/v1/chat/completions" else body
        kind, accept, clauses = derive(r)
        out = {
            "id": "tr-h-%05d" % i,
            "lang": r["lang"],
            "voice": r["voice"],
            "class": r["class"],
            "received_at": "2026-%02d-%02dT%02d:%02d:%02dZ" % (month, day, hh, mm, ss),
            "tenant": {k: v for k, v in t.items()},
            "endpoint": r["endpoint"],
            "headers": r.get("headers") or {},
            "body": body,
            "labels": r["labels"],
            "expect": {"accept": accept, "clauses": clauses},
            "kind": kind,
        }
        lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "records to", OUT)


if __name__ == "__main__":
    main()
