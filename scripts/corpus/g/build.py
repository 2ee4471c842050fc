"""Build data/reading/train/g.jsonl from writer g's hand-written pools.

    python scripts/corpus/g/build.py          # regenerates the file byte for byte
"""
import collections
import datetime as dt
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "g.jsonl")

import core  # noqa: E402
from tenants import T  # noqa: E402

LANGS = ["en", "fr", "es", "de", "pt", "it", "nl", "pl", "ja", "ru"]
MODULES = ["lang_" + x for x in LANGS] + ["lang_zz_extra"]
SEED = 20261201

CHAT_MODELS = ["gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4-turbo", "o4-mini", "gpt-5-mini"]
RESP_MODELS = ["gpt-4.1", "gpt-4o", "o4-mini", "gpt-5"]
EMB_MODELS = {"emb": ["multimodal-embed-1", "clip-vit-l-14"], "emb_cohere": ["embed-v4.0"],
              "emb_voyage": ["voyage-multimodal-3"], "emb_jina": ["jina-clip-v2"]}
EP = {"chat": "/v1/chat/completions", "resp": "/v1/responses"}
HDR = {"X-Usegate-Capture-Device": (1, {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False}),
       "X-Usegate-Capture-Mode": (0, {"live": True, "recorded": False}),
       "X-Usegate-Environment": (2, {"uncontrolled": True, "controlled": False})}


def check_consistency(rec):
    o = rec["o"]
    ctx = [core.TRI[x] for x in rec["ctx"]]
    rt, mob = core.image_ctx(core.all_images(rec))
    where = f"{rec['lang']} {rec['u']!r:.80}"
    if not o.get("imgctx_ok"):
        if rt is not None and ctx[0] != rt:
            raise SystemExit(f"real_time label {ctx[0]} vs image {rt}: {where}")
        if mob is not None and ctx[1] != mob:
            raise SystemExit(f"mobile label {ctx[1]} vs image {mob}: {where}")
    for h, (i, m) in HDR.items():
        val = (o.get("h") or {}).get(h)
        if val is not None and not o.get("contra"):
            if ctx[i] != m[val]:
                raise SystemExit(f"header {h}={val} vs label {ctx[i]}: {where}")


def main():
    for mod in MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise
    rng = random.Random(SEED)
    recs = list(core.RECORDS)
    rng.shuffle(recs)
    start = dt.datetime(2024, 6, 3, 7, 0, 0)
    span = int((dt.datetime(2026, 11, 27) - start).total_seconds())
    lines, stats, asks = [], collections.Counter(), collections.Counter()
    for n, rec in enumerate(recs, 1):
        o = rec["o"]
        check_consistency(rec)
        kind, clauses, accept = core.decide(rec)
        if kind != rec["k"]:
            raise SystemExit(f"intended {rec['k']} but rules give {kind}: {rec['lang']} {rec['t']} {rec['u']!r:.120}")
        ep = o.get("ep", "chat")
        if "model" in o:
            model = o["model"]
        elif ep == "chat":
            model = rng.choice(CHAT_MODELS)
        elif ep == "resp":
            model = rng.choice(RESP_MODELS)
        else:
            model = rng.choice(EMB_MODELS[ep])
        if "at" in o:
            received = o["at"]
        else:
            received = (start + dt.timedelta(seconds=rng.randrange(span))).strftime("%Y-%m-%dT%H:%M:%SZ")
        rt, mob, unc = (core.TRI[x] for x in rec["ctx"])
        out = {
            "id": f"tr-g-{n:05d}", "lang": rec["lang"], "voice": rec["v"], "class": rec["c"],
            "received_at": received, "tenant": T[rec["t"]],
            "endpoint": EP.get(ep, "/v1/embeddings"), "headers": dict(o.get("h") or {}),
            "body": core.body_of(rec, model),
            "labels": {"purpose": rec["p"], "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
            "expect": {"accept": accept, "clauses": clauses},
            "kind": {"V": "violation", "A": "allowed", "?": "ambiguous"}[kind],
        }
        lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
        stats[(rec["lang"], out["kind"], rec["c"], rec["p"])] += 1
        ask = o.get("ask") or (rec["u"] or "").strip().split("\n")[0][:240]
        asks[ask] += 1
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    if "-q" not in sys.argv:
        kinds = collections.Counter()
        bylang = collections.Counter()
        for (lg, k, c, p), n in stats.items():
            kinds[k] += n; bylang[(lg, k)] += n
        print(len(lines), "records", dict(kinds))
        for lg in LANGS:
            print(lg, {k: bylang[(lg, k)] for k in ("violation", "allowed", "ambiguous")})
        print("distinct asks", len(asks), "max reuse", max(asks.values()) if asks else 0,
              [a for a, c in asks.items() if c > 3][:10])
        if "-v" in sys.argv:
            for key in sorted(stats):
                print(*key, stats[key], sep="\t")


if __name__ == "__main__":
    main()
