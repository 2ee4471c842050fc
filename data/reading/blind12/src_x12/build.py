"""Rebuild: cd src_x12 && python3 build.py  -> writes ../x12.jsonl"""
import json, os, random, datetime
import common
from common import TEN, derive, RECS
import rec_hi, rec_vi, rec_uk, rec_id, rec_sv, rec_el  # noqa: F401  (they fill RECS)

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini"]
EMB_MODELS = ["text-embedding-3-large", "multimodal-embed-v1"]


def to_responses(msgs):
    out = []
    for m in msgs:
        c = m["content"]
        if isinstance(c, list):
            parts = []
            for x in c:
                if x["type"] == "text":
                    parts.append({"type": "input_text", "text": x["text"]})
                else:
                    parts.append({"type": "input_image", "image_url": x["image_url"]["url"]})
            out.append({"role": m["role"], "content": parts})
        else:
            out.append({"role": m["role"], "content": c})
    return out


def main():
    rnd = random.Random(12012)
    base = datetime.datetime(2026, 3, 2, 7, 0, 0)
    out = []
    for n, s in enumerate(RECS, 1):
        ten = TEN[s["ten"]]
        at = base + datetime.timedelta(seconds=rnd.randrange(0, 250 * 86400))
        model = rnd.choice(MODELS)
        if s["ep"] == "emb":
            ep = "/v1/embeddings"
            body = {"model": rnd.choice(EMB_MODELS), "input": s["emb"]}
        elif s["ep"] == "resp":
            ep = "/v1/responses"
            body = {"model": model, "input": to_responses(s["msgs"])}
            if s["tools"]:
                body["tools"] = [dict(type="function", **t["function"]) for t in s["tools"]]
        else:
            ep = "/v1/chat/completions"
            body = {"model": model, "messages": s["msgs"]}
            if s["tools"]:
                body["tools"] = s["tools"]
        if s["meta"]:
            body["metadata"] = s["meta"]
        labels = {"purpose": s["p"], "real_time": s["rt"], "mobile_camera": s["mob"],
                  "uncontrolled": s["unc"]}
        kind, accept, clauses = derive(ten, s["hdr"], body, labels, s["unclear"])
        rec = {"id": "b12-x12-%05d" % n, "lang": s["lang"], "voice": s["voice"], "class": s["cls"],
               "received_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": ten, "endpoint": ep,
               "headers": s["hdr"], "body": body, "labels": labels,
               "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(rec)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "x12.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    # stats
    from collections import Counter
    c = Counter((x["lang"], x["kind"]) for x in out)
    for lang in ["hi", "vi", "uk", "id", "sv", "el"]:
        tot = sum(v for (l, k), v in c.items() if l == lang)
        print(lang, tot, {k: v for (l, k), v in c.items() if l == lang})
    print(Counter((x["lang"], x["class"]) for x in out))
    print(len(out))


if __name__ == "__main__":
    main()
