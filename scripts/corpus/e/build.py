"""Build data/reading/train/e.jsonl from the hand-written records in lang_*.py.
python scripts/corpus/e/build.py   (stdlib only, deterministic)"""
import importlib, json, os, random, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "e.jsonl")
LANGS = "en fr es de pt it nl pl ja ru tr ko ar hi vi uk id sv el".split()

def main():
    rng = random.Random(20261130)
    recs = []
    for lang in LANGS:
        names = sorted(f[:-3] for f in os.listdir(HERE)
                       if f.endswith(".py") and (f == f"lang_{lang}.py" or f.startswith(f"lang_{lang}_")))
        for name in names:
            mod = importlib.import_module(name)
            for r in mod.RECS:
                recs.append((lang, r))
    order = list(range(len(recs)))
    rng.shuffle(order)
    base = datetime.datetime(2026, 1, 5, 7, 0, 0)
    lines = []
    for n, i in enumerate(order, 1):
        lang, r = recs[i]
        voice, cls, tkey, purp, ctx, eb = r[:6]
        headers = dict(r[6]) if len(r) > 6 and r[6] else {}
        endpoint, body = eb
        body = json.loads(json.dumps(body))
        if endpoint != "/v1/embeddings" and body.get("model") is None:
            body["model"] = rng.choice(lib.MODELS)
        if len(r) > 7 and r[7]:
            body["metadata"] = dict(r[7])
        tenant = json.loads(json.dumps(lib.T[tkey]))
        purpose = lib.PURP[purp]
        c = tuple(lib._tri(ch) for ch in ctx)
        kind, accept, clauses = lib.decide(tenant, purpose, c, headers, body)
        if len(r) > 8 and r[8]:
            kind, accept, clauses = r[8]
        ts = base + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 300))
        rec = {"id": f"tr-e-{n:05d}", "lang": lang, "voice": voice, "class": cls,
               "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant,
               "endpoint": endpoint, "headers": headers, "body": body,
               "labels": {"purpose": purpose, "real_time": c[0], "mobile_camera": c[1], "uncontrolled": c[2]},
               "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    print(len(lines), "records ->", OUT)

if __name__ == "__main__":
    main()
