#!/usr/bin/env python3
"""Build ../m23.jsonl from the hand-written records in lang_*.py.

    python3 build.py            # writes ../m23.jsonl, prints counts
Deterministic: records keep their written order, received_at comes from a fixed seed.
"""
import datetime as dt
import importlib
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402

LANGS = ["el", "en", "es", "hi", "ko", "ru", "vi"]
OUT = os.path.join(HERE, "..", "m23.jsonl")
SEED = 2323

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOGNITION = {"identification", "verification", "gallery"}
PURPOSES = RECOGNITION | {"face_not_recognition", "writing_about_fr", "unrelated"}


def _is_le(org):
    return org.get("sector") == "law_enforcement"


def _is_us_police(org):
    return _is_le(org) and org.get("le_type") == "police" and org.get("country") == "US"


def _parties(r):
    """(certain, candidates): orgs the request is surely by/for, and every plausible one.

    FORMAT: C1/C2 look at the tenant, or, for an integrator, the end customer named by
    X-Usegate-End-Customer / metadata.end_customer. A named id that is not registered
    under the integrator, or no name at all, leaves the end customer unknown: every
    registered end customer stays plausible (SPEC §2: unknown, never false).
    """
    t = r["tenant"]
    if not t.get("integrator"):
        return [t], [t]
    named = r["headers"].get("X-Usegate-End-Customer")
    if not named and isinstance(r["body"].get("metadata"), dict):
        named = r["body"]["metadata"].get("end_customer")
    ecs = {e["id"]: e for e in t.get("end_customers", [])}
    if named and named in ecs:
        return [t, ecs[named]], [t, ecs[named]]
    return [t], [t] + list(ecs.values())


def derive(r):
    """FORMAT.md 'Expected decision' applied literally to labels + tenant."""
    lab = r["labels"]
    assert lab["purpose"] in PURPOSES, lab
    recog = lab["purpose"] in RECOGNITION
    # C2's three context facts must each be *true in the request*; null counts as not true.
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True

    def hits(org):
        out = set()
        if recog and _is_us_police(org):
            out.add(C1)
        if recog and _is_le(org) and ctx:
            out.add(C2)
        return out

    certain_orgs, candidates = _parties(r)
    certain = set().union(*(hits(o) for o in certain_orgs))
    possible = set().union(*(hits(o) for o in candidates))
    order = [C1, C2]
    if certain:
        return "violation", ["deny"], [c for c in order if c in certain]
    if possible:
        return "ambiguous", ["review"], [c for c in order if c in possible]
    return "allowed", ["allow"], []


def received_at(rng):
    start = dt.datetime(2025, 2, 3, 0, 0, 0)
    secs = rng.randrange(0, int((dt.datetime(2026, 10, 30) - start).total_seconds()))
    return (start + dt.timedelta(seconds=secs)).strftime("%Y-%m-%dT%H:%M:%SZ")


def load():
    for lang in LANGS:
        importlib.import_module("lang_" + lang)
    return common.RECORDS


def build():
    recs = load()
    rng = random.Random(SEED)
    out, n = [], 0
    for lang in LANGS:
        for r in recs.get(lang, []):
            n += 1
            kind, accept, clauses = derive(r)
            at = r["at"] or received_at(rng)
            if r["at"]:
                rng.random()  # keep the stream aligned whether or not a time was fixed by hand
            o = {"id": "b23-m23-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                 "received_at": at, "tenant": r["tenant"], "endpoint": r["endpoint"]}
            if r["headers"]:
                o["headers"] = r["headers"]
            o["body"] = r["body"]
            o["labels"] = r["labels"]
            o["expect"] = {"accept": accept, "clauses": clauses}
            o["kind"] = kind
            out.append(o)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    return out


def report(out):
    print("records:", len(out))
    kinds = ["violation", "allowed", "ambiguous"]
    by_lang = Counter((o["lang"], o["kind"]) for o in out)
    by_cls = Counter((o["class"], o["kind"]) for o in out)
    print("\nlang  " + " ".join("%9s" % k for k in kinds) + "  total")
    for l in LANGS:
        row = [by_lang[(l, k)] for k in kinds]
        print("%-5s " % l + " ".join("%9d" % x for x in row) + "  %5d" % sum(row))
    classes = ["plain", "context", "topic_vs_task", "payload_as_ask", "ask_elsewhere", "text_on_face"]
    print("\nclass          " + " ".join("%9s" % k for k in kinds) + "  total")
    for c in classes:
        row = [by_cls[(c, k)] for k in kinds]
        print("%-14s " % c + " ".join("%9d" % x for x in row) + "  %5d" % sum(row))
    tot = Counter(o["kind"] for o in out)
    print("\nkinds:", dict(tot), {k: round(100 * v / len(out), 1) for k, v in tot.items()})
    print("classes:", {c: round(100 * sum(1 for o in out if o["class"] == c) / len(out), 1) for c in classes})
    print("endpoints:", dict(Counter(o["endpoint"] for o in out)))
    print("voices:", len(set(o["voice"] for o in out)))


if __name__ == "__main__":
    report(build())
