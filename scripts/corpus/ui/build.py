"""Build data/reading/train/ui.jsonl (writer ui: el, pl, sv, pt, es, ru).

Run from /work/main:  python3 scripts/corpus/ui/build.py
Standard library only; fixed seed; the output is byte-for-byte reproducible.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import el, pl, sv, pt, es, ru  # noqa: E402,E401

SEED = 20260501
OUT = os.path.join(HERE, "..", "..", "..", "data", "reading", "train", "ui.jsonl")
LANGS = [("el", el), ("pl", pl), ("sv", sv), ("pt", pt), ("es", es), ("ru", ru)]
BASE = dt.datetime(2026, 1, 12, 6, 0, 0)
SPAN_S = 300 * 24 * 3600
CHAT_MODELS = ["gpt-4o", "gpt-4o", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-mini", "gpt-5-mini"]


def main():
    rng = random.Random(SEED)
    pool = []
    for lang, mod in LANGS:
        for r in mod.records():
            pool.append((lang, r))
    rng.shuffle(pool)

    models = random.Random(SEED + 1)
    for lang, r in pool:
        if r["endpoint"] == "/v1/chat/completions" and r["body"].get("model") == "gpt-4o":
            r["body"]["model"] = models.choice(CHAT_MODELS)

    out, problems = [], []
    for n, (lang, r) in enumerate(pool, 1):
        kind, accept, clauses = common.derive(r)
        if common.le_context_unsettled(r) and kind == "allowed":
            problems.append("%s/%s: LE recognition with unsettled context" % (lang, n))
        when = BASE + dt.timedelta(seconds=rng.randrange(SPAN_S))
        rec = collections.OrderedDict()
        rec["id"] = "tr-ui-%05d" % n
        rec["lang"] = lang
        rec["voice"] = r["voice"]
        rec["class"] = r["class"]
        rec["received_at"] = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        rec["tenant"] = r["tenant"]
        rec["endpoint"] = r["endpoint"]
        rec["headers"] = r["headers"]
        rec["body"] = r["body"]
        rec["labels"] = r["labels"]
        rec["expect"] = {"accept": accept, "clauses": clauses}
        rec["kind"] = kind
        out.append(rec)
    if problems:
        sys.exit("\n".join(problems))

    path = os.path.normpath(OUT)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    if "--stats" in sys.argv:
        by_lk = collections.Counter((r["lang"], r["kind"]) for r in out)
        by_ck = collections.Counter((r["class"], r["kind"]) for r in out)
        kinds = ["violation", "allowed", "ambiguous"]
        print("records", len(out))
        print("| lang | " + " | ".join(kinds) + " | total |")
        for lang, _ in LANGS:
            row = [by_lk[(lang, k)] for k in kinds]
            print("| %s | %s | %d |" % (lang, " | ".join(map(str, row)), sum(row)))
        print("| class | " + " | ".join(kinds) + " | total |")
        for c in ["context", "ask_elsewhere", "text_on_face", "plain", "payload_as_ask", "topic_vs_task"]:
            row = [by_ck[(c, k)] for k in kinds]
            print("| %s | %s | %d |" % (c, " | ".join(map(str, row)), sum(row)))
        print("kinds", collections.Counter(r["kind"] for r in out))
    print("wrote %d records to %s" % (len(out), os.path.relpath(path)))


if __name__ == "__main__":
    main()
