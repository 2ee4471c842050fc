#!/usr/bin/env python3
"""Build ../z21.jsonl from the hand-written records in this folder.

    python3 build.py            # writes ../z21.jsonl (byte-identical on every run)

Standard library only; fixed seed 21202 (used for received_at when a record does
not set one, and for the model name when a record does not set one).
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import nl, pl, ja, ru, tr, ko, ar  # noqa: E402

W = "z21"
SEED = 21202
LANGS = [("nl", nl), ("pl", pl), ("ja", ja), ("ru", ru), ("tr", tr), ("ko", ko), ("ar", ar)]

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}

CHAT_MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini", "gpt-5-mini", "gpt-4o-2024-08-06"]
RESP_MODELS = ["gpt-4.1", "gpt-5", "o3", "gpt-4o"]
EMB_MODELS = ["text-embedding-3-large", "text-embedding-3-small"]


def us_police(t):
    return t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"


def is_le(t):
    return t.get("sector") == "law_enforcement"


def fire(t, lab):
    """Clauses of FORMAT.md 'Expected decision' that fire for subject t."""
    out = []
    if lab["purpose"] not in REC:
        return out
    if us_police(t):
        out.append(C1)
    if is_le(t) and lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True:
        out.append(C2)
    return out


def named_end_customer(headers, body):
    for k, v in headers.items():
        if k.lower() == "x-usegate-end-customer":
            return v
    md = body.get("metadata") or {}
    return md.get("end_customer")


UNKNOWN_US_POLICE = {"sector": "law_enforcement", "le_type": "police", "country": "US"}


def derive(tenant, headers, body, lab, amb):
    """Returns (kind, accept, clauses) following FORMAT.md literally.

    amb is the hand label for the two cases FORMAT leaves to judgement:
    'review' = the ask itself is genuinely unclear; 'review_deny' = a declaration
    (end customer, capture metadata) that the words of the request contradict.
    """
    if tenant.get("integrator"):
        ec = named_end_customer(headers, body)
        reg = {e["id"]: e for e in tenant.get("end_customers", [])}
        if ec is not None and ec in reg:
            subjects, unknown = [reg[ec]], False
        elif ec is not None:                       # not registered: "for police" unknown
            subjects, unknown = list(reg.values()) + [UNKNOWN_US_POLICE], True
        else:                                      # names no end customer
            subjects, unknown = list(reg.values()), True
    else:
        subjects, unknown = [tenant], False

    if amb == "review_deny":
        # the declared end customer is contradicted by the words: who the request is
        # really for is unknown, and may be a US police department
        subjects = subjects + [UNKNOWN_US_POLICE]

    clauses = []
    for s in subjects:
        for c in fire(s, lab):
            if c not in clauses:
                clauses.append(c)
    if amb:
        if not clauses:   # the clauses that would fire if the unclear part resolved badly
            worst = dict(lab, purpose="identification")
            for s in subjects:
                for c in fire(s, worst):
                    if c not in clauses:
                        clauses.append(c)
        return "ambiguous", (["review"] if amb == "review" else ["review", "deny"]), clauses
    if not clauses:
        return "allowed", ["allow"], []
    if unknown:
        return "ambiguous", ["review"], clauses
    return "violation", ["deny"], clauses


def main():
    rng = random.Random(SEED)
    start = dt.datetime(2025, 2, 3, 6, 0, 0)
    span = int((dt.datetime(2026, 11, 27, 22, 0, 0) - start).total_seconds())
    out, n = [], 0
    for lang, mod in LANGS:
        for r in mod.RECORDS:
            n += 1
            at = r["at"] or (start + dt.timedelta(seconds=rng.randrange(span))).strftime("%Y-%m-%dT%H:%M:%SZ")
            body = dict(r["body"])
            if body.get("model") is None:
                pool = {"/v1/chat/completions": CHAT_MODELS, "/v1/responses": RESP_MODELS,
                        "/v1/embeddings": EMB_MODELS}[r["endpoint"]]
                body["model"] = r["model"] or rng.choice(pool)
            else:
                rng.random()  # keep the stream aligned whatever the record sets
            lab = {"purpose": r["purpose"], "real_time": r["real_time"],
                   "mobile_camera": r["mobile_camera"], "uncontrolled": r["uncontrolled"]}
            kind, accept, clauses = derive(r["tenant"], r["headers"], body, lab, r["amb"])
            out.append({
                "id": "b21-%s-%05d" % (W, n),
                "lang": lang,
                "voice": r["voice"],
                "class": r["class"],
                "received_at": at,
                "tenant": r["tenant"],
                "endpoint": r["endpoint"],
                "headers": r["headers"],
                "body": body,
                "labels": lab,
                "expect": {"accept": accept, "clauses": clauses},
                "kind": kind,
            })
    path = os.path.join(HERE, "..", W + ".jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records to %s" % (len(out), os.path.normpath(path)))


if __name__ == "__main__":
    main()
