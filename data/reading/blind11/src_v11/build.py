"""Rebuild: cd src_v11 && python3 build.py  -> ../v11.jsonl (byte-for-byte reproducible)."""
import json, os, random, datetime
import common
import r_en, r_fr, r_es, r_de, r_pt, r_it, r_nl  # noqa: F401  (each appends to common.RECORDS)

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-5-mini"]
EMB_MODELS = ["multimodal-embed-v1", "text-embedding-3-large"]


def main():
    rnd = random.Random(1107)
    base = datetime.datetime(2025, 1, 6, 0, 0, 0)
    out = []
    for i, r in enumerate(common.RECORDS, 1):
        when = base + datetime.timedelta(seconds=rnd.randrange(0, 680 * 86400))
        model = rnd.choice(EMB_MODELS if r["endpoint"] == "/v1/embeddings" else MODELS)
        body = {"model": model}
        body.update(r["body"])
        kind, accept, clauses = common.derive(r)
        rec = {"id": "b11-v11-%05d" % i, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
               "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"],
               "endpoint": r["endpoint"], "headers": r["headers"], "body": body,
               "labels": r["labels"], "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "v11.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
