"""Rebuilds the corpus, validates it and prints statistics (writer a)."""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
SECTORS = {"law_enforcement", "government", "commercial", "nonprofit", "academic", "individual"}
LE = {"police", "federal_investigative", "border_immigration", "corrections", "prosecution", "other", None}
PURPOSES = {"identification", "verification", "gallery", "face_not_recognition", "writing_about_fr", "unrelated"}
FIELDS = ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint", "headers", "body", "labels", "expect", "kind"]


def check_tenant(t):
    assert t["sector"] in SECTORS, t
    assert t["le_type"] in LE, t
    assert (t["le_type"] is None) == (t["sector"] != "law_enforcement"), t
    assert len(t["country"]) == 2 and t["country"].isupper(), t
    for e in t.get("end_customers", []):
        check_tenant(e)


def expected(r):
    """Independent re-derivation of kind from tenant, headers and labels."""
    t, lab, h = r["tenant"], r["labels"], r["headers"]
    md = r["body"].get("metadata") or {}
    if lab["purpose"] not in ("identification", "verification", "gallery"):
        return "allowed", []
    eff = t
    if t["integrator"]:
        ec = h.get("X-Usegate-End-Customer") or md.get("end_customer")
        match = [e for e in t["end_customers"] if e["id"] == ec]
        if not match:
            return "ambiguous", None
        eff = match[0]
    if eff["sector"] != "law_enforcement":
        return "allowed", []
    cl = []
    if eff["le_type"] == "police" and eff["country"] == "US":
        cl.append(C1)
    vals = (lab["real_time"], lab["mobile_camera"], lab["uncontrolled"])
    if all(v is True for v in vals):
        cl.append(C2)
    elif False not in vals and not cl:
        return "ambiguous", None
    return ("violation", cl) if cl else ("allowed", [])


def main():
    out, recs = build.build()
    lines = build.OUT.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(out)
    bad = 0
    for line, rec in zip(lines, recs):
        r = json.loads(line)
        for f in FIELDS:
            assert f in r, (f, r["id"])
        check_tenant(r["tenant"])
        assert r["labels"]["purpose"] in PURPOSES
        for k in ("real_time", "mobile_camera", "uncontrolled"):
            assert r["labels"][k] in (True, False, None)
        acc = r["expect"]["accept"]
        assert (r["kind"] == "violation") == (acc == ["deny"])
        assert (r["kind"] == "allowed") == (acc == ["allow"])
        assert r["kind"] != "ambiguous" or acc in (["review"], ["review", "deny"])
        k, cl = expected(r)
        if rec["scenario"] == "m_contra":
            k, cl = "ambiguous", None
        if k != r["kind"] or (cl is not None and sorted(cl) != sorted(r["expect"]["clauses"])):
            bad += 1
            print("MISMATCH", r["id"], rec["scenario"], r["kind"], k, r["expect"]["clauses"], cl, file=sys.stderr)
    print("records", len(out), "label mismatches", bad)
    kinds = collections.Counter(r["kind"] for r in out)
    print("kinds", dict(kinds), {k: round(v / len(out) * 100, 1) for k, v in kinds.items()})
    print("\nlang x kind")
    c = collections.Counter((r["lang"], r["kind"]) for r in out)
    for lang in build.LANG_TARGET:
        print(" ", lang, {k: c[(lang, k)] for k in ("violation", "allowed", "ambiguous")})
    print("\nlang x class")
    c = collections.Counter((r["lang"], r["class"]) for r in out)
    classes = sorted({r["class"] for r in out})
    for lang in build.LANG_TARGET:
        print(" ", lang, {k: c[(lang, k)] for k in classes})
    print("\nlang x purpose")
    c = collections.Counter((r["lang"], r["labels"]["purpose"]) for r in out)
    for lang in build.LANG_TARGET:
        print(" ", lang, {k: c[(lang, k)] for k in sorted(PURPOSES)})
    print("\nclass x kind x purpose")
    c = collections.Counter((r["class"], r["kind"], r["labels"]["purpose"]) for r in out)
    for k in sorted(c):
        print(" ", k, c[k])
    print("\nvoices", dict(collections.Counter(r["voice"] for r in out).most_common()))
    print("endpoints", dict(collections.Counter(r["endpoint"] for r in out)))
    print("with headers", sum(1 for r in out if r["headers"]), "with system", sum(1 for r in out if "instructions" in r["body"] or any(m.get("role") in ("system", "developer") for m in r["body"].get("messages", []))))
    print("tenant le_type", dict(collections.Counter((r["tenant"]["sector"], r["tenant"]["le_type"], r["tenant"]["integrator"]) for r in out)))
    print("countries", len({r["tenant"]["country"] for r in out}))
    # ask usage
    asks = collections.Counter()
    core = collections.Counter()
    for rec in recs:
        a = rec["_ask"]
        parts = [a[i + 1] for i in range(0, len(a), 2) if a[i] != "next_msgs"]
        if parts:
            asks[" | ".join(parts)] += 1
            for p in parts:
                core[p] += 1
    print("\ndistinct asks (composed)", len(asks), "max uses", max(asks.values()), "asks used >3:", sum(1 for v in asks.values() if v > 3))
    print("distinct core ask sentences", len(core), "max", max(core.values()), ">3:", sum(1 for v in core.values() if v > 3), ">5:", sum(1 for v in core.values() if v > 5))
    for a, n in asks.most_common(15):
        print("  ", n, a[:90])


if __name__ == "__main__":
    main()
