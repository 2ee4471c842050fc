#!/usr/bin/env python3
"""Validate writer c's corpus and print counts."""
import collections
import json
import re
import sys

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
PATH = ARGS[0] if ARGS else "data/reading/train/c.jsonl"
SECTORS = {"law_enforcement", "government", "commercial", "nonprofit", "academic", "individual"}
LETYPES = {"police", "federal_investigative", "border_immigration", "corrections", "prosecution", "other", None}
PURPOSES = {"identification", "verification", "gallery", "face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"}
FIELDS = ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint", "headers", "body", "labels", "expect", "kind"]


def check_tenant(t, errs, rid):
    for k in ("id", "name", "sector", "le_type", "country", "integrator", "end_customers"):
        if k not in t:
            errs.append("%s tenant missing %s" % (rid, k))
    if t.get("sector") not in SECTORS:
        errs.append("%s bad sector" % rid)
    if t.get("le_type") not in LETYPES:
        errs.append("%s bad le_type" % rid)
    if (t.get("sector") == "law_enforcement") != (t.get("le_type") is not None):
        errs.append("%s le_type/sector mismatch" % rid)
    if not re.fullmatch(r"[A-Z]{2}", t.get("country", "")):
        errs.append("%s bad country" % rid)


def main():
    errs = []
    recs = []
    ids = set()
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append("line %d: %s" % (n, e))
                continue
            recs.append(r)
            rid = r.get("id")
            for k in FIELDS:
                if k not in r:
                    errs.append("%s missing %s" % (rid, k))
            if rid in ids:
                errs.append("dup id %s" % rid)
            ids.add(rid)
            check_tenant(r["tenant"], errs, rid)
            for ec in r["tenant"].get("end_customers", []):
                check_tenant(ec, errs, rid)
            lab = r["labels"]
            if lab.get("purpose") not in PURPOSES:
                errs.append("%s bad purpose" % rid)
            for k in ("real_time", "mobile_camera", "uncontrolled"):
                if k not in lab or lab[k] not in (True, False, None):
                    errs.append("%s bad label %s" % (rid, k))
            if r["class"] not in CLASSES:
                errs.append("%s bad class" % rid)
            acc = r["expect"]["accept"]
            k = r["kind"]
            if k == "violation" and acc != ["deny"]:
                errs.append("%s accept/kind" % rid)
            if k == "allowed" and acc != ["allow"]:
                errs.append("%s accept/kind" % rid)
            if k == "ambiguous" and acc not in (["review"], ["review", "deny"]):
                errs.append("%s accept/kind" % rid)
            if k == "violation" and not r["expect"]["clauses"]:
                errs.append("%s violation without clauses" % rid)
    print("records", len(recs), "errors", len(errs))
    for e in errs[:30]:
        print("  ", e)
    c = collections.Counter(r["kind"] for r in recs)
    print("kinds", dict(c), {k: round(v / len(recs), 3) for k, v in c.items()})
    print("langs", dict(collections.Counter(r["lang"] for r in recs)))
    print("classes", dict(collections.Counter(r["class"] for r in recs)))
    print("purposes", dict(collections.Counter(r["labels"]["purpose"] for r in recs)))
    print("endpoints", dict(collections.Counter(r["endpoint"] for r in recs)))
    print("voices", dict(collections.Counter(r["voice"] for r in recs)))
    if "--table" in sys.argv:
        t = collections.Counter((r["lang"], r["kind"], r["class"], r["labels"]["purpose"]) for r in recs)
        for key in sorted(t):
            print("\t".join(key), t[key], sep="\t")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
