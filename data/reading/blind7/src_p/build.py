#!/usr/bin/env python3
"""Rebuild /work/main/data/reading/blind7/p.jsonl from the hand-written records in recs_*.py.

stdlib only; fixed seed; byte-for-byte reproducible:
    python3 data/reading/blind7/src_p/build.py
kind / expect are derived here from tenant (+ end customer) and the hand-set labels.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import TENANTS, RECORDS  # noqa: E402
import recs_en, recs_fr, recs_es, recs_de, recs_pt, recs_it, recs_nl  # noqa: E402,F401

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}


def _is_us_police(org):
    return org.get("sector") == "law_enforcement" and org.get("le_type") == "police" and org.get("country") == "US"


def _is_le(org):
    return org.get("sector") == "law_enforcement"


def who(tenant, ec_id, ec_unregistered=False, ec_contradicted=False):
    """Return (us_police, le) each True/False/None (None = unknown)."""
    if _is_le(tenant):
        return _is_us_police(tenant), True
    if not tenant.get("integrator"):
        return False, False
    ecs = tenant.get("end_customers", [])
    if ec_id and not ec_unregistered and not ec_contradicted:
        org = next((e for e in ecs if e["id"] == ec_id), None)
        if org is None:
            raise ValueError("end customer %s not registered under %s" % (ec_id, tenant["id"]))
        return _is_us_police(org), _is_le(org)
    # no end customer named, or named one we cannot rely on
    if ec_unregistered or ec_contradicted:
        return None, None
    usp = None if any(_is_us_police(e) for e in ecs) else False
    le = None if any(_is_le(e) for e in ecs) else False
    return usp, le


def derive(r, tenant, ec_id):
    lab = r["labels"]
    recog = lab["purpose"] in RECOG
    contradicted = r.pop("_ec_contradicted", False)
    usp, le = who(tenant, ec_id, r.pop("_ec_unregistered", False), contradicted)
    c1 = False if not recog else usp
    ctx = [lab["real_time"], lab["mobile_camera"], lab["uncontrolled"]]
    if not recog or le is False:
        c2 = False
    else:
        if False in ctx:
            c2 = False
        elif all(v is True for v in ctx):
            c2 = le  # True or None
        else:
            # recognition by (possible) law enforcement with unstated context:
            # FORMAT says allowed unless all three facts are true in the request
            c2 = False
            if le is True and usp is False and any(v is True for v in ctx):
                raise ValueError("%s: non-US LE recognition with partly stated context %s" % (r["id"], ctx))
    true_cl = [c for c, v in ((C1, c1), (C2, c2)) if v is True]
    unk_cl = [c for c, v in ((C1, c1), (C2, c2)) if v is None]
    if true_cl:
        return "violation", {"accept": ["deny"], "clauses": true_cl}
    if unk_cl:
        # SPEC §2: a declaration contradicted by the content gives deny or review
        return "ambiguous", {"accept": ["review", "deny"] if contradicted else ["review"], "clauses": unk_cl}
    return "allowed", {"accept": ["allow"], "clauses": []}


def main():
    rnd = random.Random(7_2026_0501)
    base = datetime(2026, 6, 1, 7, 0, 0, tzinfo=timezone.utc)
    out = []
    for i, spec in enumerate(RECORDS, 1):
        rid = "b7-p-%05d" % i
        t = spec["tenant"]
        tenant = TENANTS[t]
        if spec.get("received_at"):
            ra = spec["received_at"]
        else:
            dt = base + timedelta(days=rnd.randint(0, 150), seconds=rnd.randint(0, 86399))
            ra = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        body = spec["body"]
        headers = dict(spec.get("headers") or {})
        ec = spec.get("ec")
        if ec and spec.get("ec_via", "header") == "header":
            headers["X-Usegate-End-Customer"] = ec
        elif ec:
            body = dict(body)
            md = dict(body.get("metadata") or {})
            md["end_customer"] = ec
            body["metadata"] = md
        lab = {"purpose": spec["purpose"], "real_time": spec.get("rt"),
               "mobile_camera": spec.get("mob"), "uncontrolled": spec.get("unc")}
        assert lab["purpose"] in PURPOSES, (rid, lab["purpose"])
        rec = {"id": rid, "lang": spec["lang"], "voice": spec["voice"], "class": spec["cls"],
               "received_at": ra, "tenant": tenant, "endpoint": spec.get("endpoint", "/v1/chat/completions"),
               "headers": headers, "body": body, "labels": lab}
        rec["_ec_unregistered"] = spec.get("ec_unregistered", False)
        rec["_ec_contradicted"] = spec.get("ec_contradicted", False)
        kind, expect = derive(rec, tenant, ec)
        rec["expect"] = expect
        rec["kind"] = kind
        out.append(rec)
    path = os.path.join(HERE, "..", "p.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    # summary
    from collections import Counter
    c = Counter((r["lang"], r["kind"]) for r in out)
    cl = Counter(r["class"] for r in out)
    langs = sorted({r["lang"] for r in out})
    print("total", len(out))
    for lg in langs:
        print(lg, {k: c[(lg, k)] for k in ("violation", "allowed", "ambiguous")})
    for k, v in sorted(cl.items()):
        print(k, v, "%.1f%%" % (100.0 * v / len(out)))
    ck = Counter(r["kind"] for r in out)
    print(dict(ck))
    cc = Counter((r["lang"], r["class"]) for r in out)
    for lg in langs:
        print(lg, {k: cc[(lg, k)] for k in sorted(cl)})


if __name__ == "__main__":
    main()
