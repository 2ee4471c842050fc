"""Build data/reading/train/tp.jsonl from recs_*.py. Deterministic (fixed seed)."""
import datetime, importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "..", "..", "data", "reading", "train", "tp.jsonl")
MODS = ["recs_el", "recs_ar", "recs_de", "recs_id", "recs_vi", "recs_en", "recs_misc"]
MODELS = ["gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"]


def main():
    rng = random.Random(20261201)
    recs = []
    for m in MODS:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        recs.extend(mod.RECS)
    rng.shuffle(recs)
    base = datetime.datetime(2026, 1, 5, 6, 0, 0)
    out = []
    for i, r in enumerate(recs, 1):
        ts = base + datetime.timedelta(seconds=rng.randrange(0, 300 * 86400))
        if r["endpoint"] == "/v1/chat/completions" and r["body"].get("model") == "gpt-4o":
            r["body"]["model"] = MODELS[rng.randrange(len(MODELS))]
        rec = {"id": "tr-tp-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
               "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
               "endpoint": r["endpoint"], "headers": r["headers"], "body": r["body"],
               "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records ->", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
