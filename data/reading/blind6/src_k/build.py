"""Rebuild ../k.jsonl byte for byte: python src_k/build.py"""
import importlib, json, os, random, sys, datetime
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import derive  # noqa: E402

BATCHES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("b") and f.endswith(".py") and f != "build.py")


def main():
    rng = random.Random(20261201)
    out, n = [], 0
    base = datetime.datetime(2026, 5, 4, 6, 0, 0)
    for mod in BATCHES:
        m = importlib.import_module(mod)
        for r in m.RECS:
            n += 1
            at = base + datetime.timedelta(seconds=rng.randrange(0, 200 * 86400))
            kind, expect = derive(r)
            rec = {"id": "b6-k-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
                   "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
                   "labels": r["labels"], "expect": expect, "kind": kind}
            out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    with open(os.path.join(HERE, "..", "k.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
