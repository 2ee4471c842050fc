"""Build data/reading/blind19/x19.jsonl.  Usage: python3 build.py  (standard library only)."""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import T, derive, effective_orgs, RECOG  # noqa: E402
import rec_hi, rec_vi, rec_uk, rec_id, rec_sv, rec_el  # noqa: E402

SEED = 19031
OUT = os.path.join(HERE, "..", "x19.jsonl")
MODULES = [("hi", rec_hi), ("vi", rec_vi), ("uk", rec_uk), ("id", rec_id), ("sv", rec_sv), ("el", rec_el)]


def main():
    rng = random.Random(SEED)
    recs = []
    for lang, mod in MODULES:
        for spec in mod.RECS:
            recs.append((lang, spec))
    rng.shuffle(recs)
    start = datetime.datetime(2025, 1, 6, tzinfo=datetime.timezone.utc)
    out = []
    for i, (lang, s) in enumerate(recs, 1):
        tenant = T[s["tenant_id"]]
        kind, accept, clauses = derive(tenant, s["headers"], s["body"], s["labels"])
        # sanity: non-US LE recognition must not hinge on unsaid context (keeps labels decisive)
        org, known = effective_orgs(tenant, s["headers"], s["body"])
        if known and s["labels"]["purpose"] in RECOG and org["sector"] == "law_enforcement" and not clauses:
            vals = [s["labels"][k] for k in ("real_time", "mobile_camera", "uncontrolled")]
            assert False in vals, (lang, s["body"])
        t = start + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 690))
        rec = {"id": "b19-x19-%05d" % i, "lang": lang, "voice": s["voice"], "class": s["class"],
               "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant,
               "endpoint": s["endpoint"], "headers": s["headers"], "body": s["body"],
               "labels": s["labels"], "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # counts
    lk = collections.Counter((r["lang"], r["kind"]) for r in out)
    lc = collections.Counter((r["lang"], r["class"]) for r in out)
    kinds = ["violation", "allowed", "ambiguous"]
    classes = ["plain", "payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere"]
    print("records", len(out))
    print("lang | " + " | ".join(kinds) + " | total")
    for lang, _ in MODULES:
        row = [lk[(lang, k)] for k in kinds]
        print(lang, "|", " | ".join(map(str, row)), "|", sum(row))
    print("total |", " | ".join(str(sum(lk[(l, k)] for l, _ in MODULES)) for k in kinds))
    print()
    print("lang | " + " | ".join(classes))
    for lang, _ in MODULES:
        print(lang, "|", " | ".join(str(lc[(lang, c)]) for c in classes))
    print("total |", " | ".join(str(sum(lc[(l, c)] for l, _ in MODULES)) for c in classes))


if __name__ == "__main__":
    main()
