"""Rebuild: cd src_v14 && python3 build.py  -> ../v14.jsonl (byte-for-byte reproducible)."""
import json, random, datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import TEN, derive
import rec_en, rec_fr, rec_es, rec_de, rec_pt, rec_it, rec_nl

MODS = [rec_en, rec_fr, rec_es, rec_de, rec_pt, rec_it, rec_nl]
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini"]
DEV = {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False}

def check_decl(r, meta):
    h = dict(meta)
    h.update(r.get("headers") or {})
    lab = r["labels"]
    def g(k):
        return h.get("X-Usegate-" + k) or h.get(k.lower().replace("-", "_"))
    d, m, e = g("Capture-Device"), g("Capture-Mode"), g("Environment")
    if r.get("contra"):
        return
    if d is not None: assert lab["mobile_camera"] == DEV[d], r
    if m is not None: assert lab["real_time"] == (m == "live"), r
    if e is not None: assert lab["uncontrolled"] == (e == "uncontrolled"), r

def main():
    rnd = random.Random(14014)
    base = datetime.datetime(2026, 3, 2, 7, 0, 0)
    out = []
    n = 0
    for mod in MODS:
        for r in mod.RECS:
            n += 1
            t = TEN[r["tenant"]]
            when = base + datetime.timedelta(seconds=rnd.randrange(0, 240 * 86400))
            model = rnd.choice(MODELS)
            body = dict(r["body"])
            if body.get("model") is None:
                body = {"model": model, **{k: v for k, v in body.items() if k != "model"}}
            check_decl(r, body.get("metadata") or {})
            kind, accept, clauses = derive(t, r.get("headers") or {}, body, r["labels"], r.get("amb", False))
            rec = {"id": "b14-v14-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": t,
                   "endpoint": r["endpoint"], "headers": r.get("headers") or {}, "body": body,
                   "labels": r["labels"], "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
            out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v14.jsonl")
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(n, "records")

if __name__ == "__main__":
    main()
