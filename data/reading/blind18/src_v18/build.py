"""Build the v18 blind split: python3 build.py  (standard library only, fixed seed)."""
import collections
import datetime
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import derive  # noqa: E402

SEED = 18017
W = "v18"
LANGS = ["en", "fr", "es", "de", "pt", "it", "nl"]
OUT = os.path.join(HERE, "..", W + ".jsonl")


def main():
    rng = random.Random(SEED)
    recs = []
    for lang in LANGS:
        try:
            mod = importlib.import_module("rec_" + lang)
        except ModuleNotFoundError:
            continue
        recs.extend(mod.RECORDS)
    rng.shuffle(recs)
    start = datetime.datetime(2026, 3, 2, 6, 0, 0)
    out = []
    for i, rec in enumerate(recs, 1):
        kind, accept, clauses = derive(rec)
        t = start + datetime.timedelta(seconds=rng.randrange(0, 270 * 86400))
        o = {"id": "b18-%s-%05d" % (W, i), "lang": rec["lang"], "voice": rec["voice"],
             "class": rec["class"], "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "tenant": rec["tenant"], "endpoint": rec["endpoint"], "headers": rec["headers"],
             "body": rec["body"], "labels": rec["labels"],
             "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(o)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # counts
    lk = collections.Counter((o["lang"], o["kind"]) for o in out)
    lc = collections.Counter((o["lang"], o["class"]) for o in out)
    kinds = ["violation", "allowed", "ambiguous"]
    classes = ["plain", "payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere"]
    langs = [l for l in LANGS if any(o["lang"] == l for o in out)]
    lines = ["| lang | " + " | ".join(kinds) + " | total |", "|---" * (len(kinds) + 2) + "|"]
    for l in langs:
        lines.append("| %s | %s | %d |" % (l, " | ".join(str(lk[(l, k)]) for k in kinds),
                                           sum(lk[(l, k)] for k in kinds)))
    lines.append("| all | %s | %d |" % (" | ".join(str(sum(lk[(l, k)] for l in langs)) for k in kinds), len(out)))
    lines += ["", "| lang | " + " | ".join(classes) + " |", "|---" * (len(classes) + 1) + "|"]
    for l in langs:
        lines.append("| %s | %s |" % (l, " | ".join(str(lc[(l, c)]) for c in classes)))
    lines.append("| all | %s |" % " | ".join(str(sum(lc[(l, c)] for l in langs)) for c in classes))
    table = "\n".join(lines)
    with open(os.path.join(HERE, "counts.md"), "w") as f:
        f.write(table + "\n")
    print(table)
    print(len(out), "records ->", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
