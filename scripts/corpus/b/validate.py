#!/usr/bin/env python3
"""Format and label checks for data/reading/train/b.jsonl, plus the counts for the report."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data", "reading", "train", "b.jsonl")

FIELDS = ["id", "lang", "voice", "class", "received_at", "tenant", "endpoint", "headers", "body", "labels", "expect", "kind"]
SECTORS = {"law_enforcement", "government", "commercial", "nonprofit", "academic", "individual"}
LE_TYPES = {"police", "federal_investigative", "border_immigration", "corrections", "prosecution", "other", None}
PURPOSES = {"identification", "verification", "gallery", "face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"}
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
ACCEPT = {"violation": [["deny"]], "allowed": [["allow"]], "ambiguous": [["review"], ["review", "deny"]]}


def check_tenant(t, where):
    errs = []
    for k in ("id", "name", "sector", "le_type", "country", "integrator", "end_customers"):
        if k not in t:
            errs.append(f"{where}: tenant missing {k}")
    if t.get("sector") not in SECTORS:
        errs.append(f"{where}: bad sector {t.get('sector')}")
    if t.get("le_type") not in LE_TYPES:
        errs.append(f"{where}: bad le_type")
    if (t.get("sector") == "law_enforcement") != (t.get("le_type") is not None):
        errs.append(f"{where}: le_type/sector mismatch")
    c = t.get("country")
    if not (isinstance(c, str) and len(c) == 2 and c.isupper()):
        errs.append(f"{where}: bad country {c}")
    for e in t.get("end_customers", []):
        errs += check_tenant(dict(e, end_customers=e.get("end_customers", [])), where + "/ec")
    return errs


def main():
    errs = []
    recs = []
    ids = set()
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append(f"line {n}: {e}")
                continue
            recs.append(r)
            for k in FIELDS:
                if k not in r:
                    errs.append(f"{n}: missing {k}")
            if r["id"] in ids:
                errs.append(f"{n}: dup id")
            ids.add(r["id"])
            if r["expect"]["accept"] not in ACCEPT[r["kind"]]:
                errs.append(f"{n}: accept/kind mismatch")
            lab = r["labels"]
            if lab.get("purpose") not in PURPOSES:
                errs.append(f"{n}: bad purpose")
            for k in ("real_time", "mobile_camera", "uncontrolled"):
                if k not in lab or lab[k] not in (True, False, None):
                    errs.append(f"{n}: bad label {k}")
            if r["class"] not in CLASSES:
                errs.append(f"{n}: bad class")
            errs += check_tenant(r["tenant"], str(n))
            ec = r["headers"].get("X-Usegate-End-Customer") or (r["body"].get("metadata") or {}).get("end_customer")
            if ec and ec not in [c["id"] for c in r["tenant"]["end_customers"]] and r["kind"] != "ambiguous" and r["labels"]["purpose"] in ("identification", "verification", "gallery"):
                errs.append(f"{n}: end customer not registered but decided")
            rec = lab["purpose"] in ("identification", "verification", "gallery")
            if r["kind"] == "violation":
                if not rec:
                    errs.append(f"{n}: violation without recognition purpose")
                if C2 in r["expect"]["clauses"] and not (lab["real_time"] and lab["mobile_camera"] and lab["uncontrolled"]):
                    errs.append(f"{n}: C2 without context")
            if not rec and r["kind"] != "allowed":
                errs.append(f"{n}: non-recognition but not allowed")
            if r["received_at"] < "2024-05-01":
                errs.append(f"{n}: before amendment")
    for e in errs[:50]:
        print("ERR", e)
    print("records", len(recs), "errors", len(errs))
    kinds = Counter(r["kind"] for r in recs)
    print("kinds", {k: f"{v} ({100*v/len(recs):.1f}%)" for k, v in kinds.items()})
    print("\nlang x kind")
    for lang in sorted({r["lang"] for r in recs}):
        c = Counter(r["kind"] for r in recs if r["lang"] == lang)
        print(" ", lang, dict(c))
    print("\nlang x kind x class x purpose")
    c = Counter((r["lang"], r["kind"], r["class"], r["labels"]["purpose"]) for r in recs)
    for k in sorted(c):
        print("  ", *k, c[k])
    print("\nclass", dict(Counter(r["class"] for r in recs)))
    print("purpose", dict(Counter(r["labels"]["purpose"] for r in recs)))
    print("voice", dict(Counter(r["voice"] for r in recs)))
    print("endpoint", dict(Counter(r["endpoint"] for r in recs)))
    print("country", dict(Counter(r["tenant"]["country"] for r in recs)))
    print("le_type", dict(Counter(r["tenant"]["le_type"] for r in recs)))
    print("clauses", dict(Counter(tuple(r["expect"]["clauses"]) for r in recs)))
    # last-user-text uniqueness
    last = Counter()
    for r in recs:
        b = r["body"]
        t = None
        if "messages" in b:
            c_ = b["messages"][-1]["content"]
            t = c_ if isinstance(c_, str) else " ".join(p.get("text", "") for p in c_ if p.get("type") == "text")
        elif isinstance(b.get("input"), str):
            t = b["input"]
        elif isinstance(b.get("input"), list) and b["input"] and isinstance(b["input"][-1], dict) and "role" in b["input"][-1]:
            c_ = b["input"][-1]["content"]
            t = c_ if isinstance(c_, str) else " ".join(p.get("text", "") for p in c_ if p.get("type") == "input_text")
        if t:
            last[t] += 1
    print("\ndistinct last-user texts", len(last), "max repeat", last.most_common(8))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
