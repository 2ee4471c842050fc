#!/usr/bin/env python3
"""Build /work/main/data/reading/blind23/k23.jsonl from the hand-written records.

    python3 data/reading/blind23/src_k23/build.py

Standard library only. Deterministic: received_at comes from a fixed-seed RNG
(records that need a particular clock time carry their own), ids are assigned in
module order ar, de, id, ja, nl, pt.
"""
import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import derive  # noqa: E402
import lang_ar, lang_de, lang_id, lang_ja, lang_nl, lang_pt  # noqa: E402,E401

MODULES = [("ar", lang_ar), ("de", lang_de), ("id", lang_id),
           ("ja", lang_ja), ("nl", lang_nl), ("pt", lang_pt)]
OUT = os.path.join(os.path.dirname(HERE), "k23.jsonl")
SEED = 230023
START = datetime.datetime(2025, 2, 3, 0, 0, 0)
SPAN_S = int((datetime.datetime(2026, 11, 27) - START).total_seconds())


def main():
    rng = random.Random(SEED)
    out = []
    n = 0
    for lang, mod in MODULES:
        for r in mod.RECORDS:
            n += 1
            drawn = START + datetime.timedelta(seconds=rng.randrange(SPAN_S))
            at = r["_at"] or drawn.strftime("%Y-%m-%dT%H:%M:%SZ")
            kind, accept, clauses = derive(r["tenant"], r["headers"], r["body"],
                                           r["labels"], r["_doubt"])
            out.append({
                "id": "b23-k23-%05d" % n,
                "lang": lang,
                "voice": r["voice"],
                "class": r["class"],
                "received_at": at,
                "tenant": r["tenant"],
                "endpoint": r["endpoint"],
                "headers": r["headers"],
                "body": r["body"],
                "labels": r["labels"],
                "expect": {"accept": accept, "clauses": clauses},
                "kind": kind,
            })
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")

    # summary on stderr
    by_lk = collections.Counter((r["lang"], r["kind"]) for r in out)
    by_ck = collections.Counter((r["class"], r["kind"]) for r in out)
    kinds = ["violation", "allowed", "ambiguous"]
    print("records:", len(out), file=sys.stderr)
    print("%-15s %9s %9s %9s %6s" % ("lang", *kinds, "total"), file=sys.stderr)
    for lang, _ in MODULES:
        row = [by_lk[(lang, k)] for k in kinds]
        print("%-15s %9d %9d %9d %6d" % (lang, *row, sum(row)), file=sys.stderr)
    print("%-15s %9s %9s %9s %6s" % ("class", *kinds, "total"), file=sys.stderr)
    for c in ["plain", "context", "topic_vs_task", "payload_as_ask", "ask_elsewhere", "text_on_face"]:
        row = [by_ck[(c, k)] for k in kinds]
        print("%-15s %9d %9d %9d %6d" % (c, *row, sum(row)), file=sys.stderr)
    tot = [sum(by_lk[(l, k)] for l, _ in MODULES) for k in kinds]
    print("%-15s %9d %9d %9d %6d" % ("all", *tot, sum(tot)), file=sys.stderr)


if __name__ == "__main__":
    main()
