#!/usr/bin/env python3
"""Rebuild /work/main/data/reading/dev/dw.jsonl from the hand-written records in recs_*.py.

stdlib only. Usage:  python3 build.py   (writes ../dw.jsonl next to this folder)
kind / expect are derived here from tenant (+ named end customer) and the hand-set labels.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "dw.jsonl")
SEED = 20261201

from common import TENANTS  # noqa: E402

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}
MODULES = ["recs_en", "recs_fr_es", "recs_de_pt_it", "recs_nl_pl_sv", "recs_ja_ko_vi",
           "recs_ru_uk_tr", "recs_ar_hi_id_el", "recs2_a", "recs2_b", "recs2_c", "recs3_a", "recs3_b", "recs4_a", "recs4_b", "recs5_a", "recs5_b", "recs6"]


def is_us_police(org):
    return (org.get("sector") == "law_enforcement" and org.get("le_type") == "police"
            and org.get("country") == "US")


def is_le(org):
    return org.get("sector") == "law_enforcement"


def candidate_orgs(rec):
    """Organisations the request may be made by/for: [(org, certain)]."""
    t = rec["tenant"]
    if not t.get("integrator"):
        return [t], True
    named = (rec.get("headers") or {}).get("X-Usegate-End-Customer")
    if named is None:
        named = ((rec["body"].get("metadata") or {}) if isinstance(rec["body"], dict) else {}).get("end_customer")
    if named:
        for ec in t.get("end_customers", []):
            if ec["id"] == named:
                return [ec], True
    # no end customer named, or not registered: any registered end customer (or the integrator itself)
    return [t] + list(t.get("end_customers", [])), False


def derive(rec):
    lab = rec["labels"]
    assert lab["purpose"] in PURPOSES, lab
    orgs, certain = candidate_orgs(rec)
    recog = lab["purpose"] in RECOG
    sure, maybe = [], []
    if recog:
        c1_any = any(is_us_police(o) for o in orgs)
        c1_all = certain and c1_any
        ctx = [lab["real_time"], lab["mobile_camera"], lab["uncontrolled"]]
        ctx_all = all(v is True for v in ctx)
        ctx_any = ctx_all  # null = not said: C2 needs all three stated (FORMAT.md)
        c2_any = any(is_le(o) for o in orgs) and ctx_any
        c2_all = certain and any(is_le(o) for o in orgs) and ctx_all
        if c1_all:
            sure.append(C1)
        elif c1_any:
            maybe.append(C1)
        if c2_all:
            sure.append(C2)
        elif c2_any:
            maybe.append(C2)
    if sure:
        return "violation", {"accept": ["deny"], "clauses": sure}
    if maybe:
        return "ambiguous", {"accept": ["review", "deny"], "clauses": maybe}
    return "allowed", {"accept": ["allow"], "clauses": []}


def main():
    rng = random.Random(SEED)
    recs = []
    for m in MODULES:
        mod = importlib.import_module(m)
        recs.extend(mod.RECORDS)
    out = []
    for i, r in enumerate(recs, 1):
        tenant = TENANTS[r["tenant"]]
        # received_at: spread over 2026, seeded; a record may pin its own
        at = r.get("at")
        if at is None:
            at = "2026-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 11), rng.randint(1, 28),
                                                     rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        else:
            rng.random()
        body = dict(r["body"])
        rec = {
            "id": "dev-dw-%05d" % i,
            "lang": r["lang"],
            "voice": r["voice"],
            "class": r["cls"],
            "received_at": at,
            "tenant": tenant,
            "endpoint": r.get("endpoint", "/v1/chat/completions"),
            "headers": r.get("headers", {}),
            "body": body,
            "labels": {"purpose": r["p"], "real_time": r.get("rt"), "mobile_camera": r.get("mob"),
                       "uncontrolled": r.get("unc")},
        }
        kind, expect = derive(rec)
        rec["expect"] = expect
        rec["kind"] = kind
        out.append(rec)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    # summary
    from collections import Counter
    lk = Counter((r["lang"], r["kind"]) for r in out)
    cl = Counter(r["class"] for r in out)
    ck = Counter((r["class"], r["kind"]) for r in out)
    langs = sorted({r["lang"] for r in out})
    print("records:", len(out))
    print("lang  violation allowed ambiguous total")
    for lg in langs:
        v, a, m = lk[(lg, "violation")], lk[(lg, "allowed")], lk[(lg, "ambiguous")]
        print("%-5s %9d %7d %9d %5d" % (lg, v, a, m, v + a + m))
    print("kind:", dict(Counter(r["kind"] for r in out)))
    print("class:", dict(cl))
    print("class x kind:", {"%s/%s" % k: n for k, n in sorted(ck.items())})


if __name__ == "__main__":
    main()
