"""Build writer f's training corpus: python scripts/corpus/f/build.py

Deterministic (fixed seed), stdlib only. Writes data/reading/train/f.jsonl.
"""
import json, os, random, sys, importlib
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import *  # noqa

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "f.jsonl")
LANGS = ["vi", "ko", "sv", "ar", "id", "tr", "hi", "el", "uk"]
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-08-06", "o4-mini", "gpt-5-mini"]


def S(ask, cls, purpose, ctx=(None, None, None), tenants=("us",), voice="officer", **kw):
    d = dict(ask=ask, cls=cls, purpose=purpose, ctx=ctx, tenants=list(tenants), voice=voice)
    d.update(kw)
    return d


class Pools:
    def __init__(self, rng, local):
        self.rng = rng
        self.local = local
        self.ctr = Counter()

    def pick(self, key):
        src = {"us": US_PD, "fed": US_FED, "cbp": US_BORDER, "corr": US_CORR, "da": US_DA,
               "uscom": US_COM}.get(key)
        if src is None:
            if key.startswith("int"):
                src = INTEGRATORS
            else:
                src = self.local[key]
        i = self.ctr[key]
        self.ctr[key] += 1
        return src[(i + self.rng.randrange(len(src))) % len(src)] if len(src) > 1 else src[0]


def decide(tenant, ekey, purpose, ctx, headers, body):
    """Returns kind, accept, clauses following FORMAT.md."""
    if purpose not in REC:
        return "allowed", ["allow"], []
    eff = tenant
    unknown = False
    if tenant["integrator"]:
        ec = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
        m = [e for e in tenant["end_customers"] if e["id"] == ec]
        if m:
            eff = m[0]
        else:
            unknown = True
    live = all(v is True for v in ctx)
    if unknown:
        if any(e["sector"] == "law_enforcement" for e in tenant["end_customers"]):
            return "ambiguous", ["review"], []
        return "allowed", ["allow"], []
    cl = []
    if eff["sector"] == "law_enforcement" and eff["le_type"] == "police" and eff["country"] == "US":
        cl.append(C1)
    if eff["sector"] == "law_enforcement" and live:
        cl.append(C2)
    if cl:
        return "violation", ["deny"], cl
    return "allowed", ["allow"], []


def pick_i(x, i):
    if isinstance(x, list):
        return x[i % len(x)]
    return x


def content_for(text, imgs):
    if not imgs:
        return text
    parts = [{"type": "text", "text": text}] if text else []
    for u in imgs:
        parts.append({"type": "image_url", "image_url": {"url": u}})
    return parts


def build_record(sc, i, tenant, tkey, rng):
    headers = dict(pick_i(sc.get("headers"), i) or {})
    ask = sc["ask"]
    payload = pick_i(sc.get("payload"), i)
    code = pick_i(sc.get("code"), i)
    text = ask
    if payload:
        if "{P}" in text:
            text = text.replace("{P}", payload)
        elif sc.get("payload_first"):
            text = payload + "\n\n" + ask
        else:
            text = ask + "\n\n" + payload
    if code:
        text = text + "\n\n```python\n" + code + "\n```"
    imgs = pick_i(sc.get("img"), i)
    if isinstance(imgs, str):
        imgs = [imgs]
    model = MODELS[rng.randrange(len(MODELS))]
    sysp = pick_i(sc.get("sys"), i)
    body = {"model": model}
    endpoint = "/v1/chat/completions"
    shape = sc.get("shape", "chat")
    if tkey == "int_pd":
        ec = [e for e in tenant["end_customers"] if e["sector"] == "law_enforcement"][0]
        if i % 3 == 2:
            body["metadata"] = {"end_customer": ec["id"]}
        else:
            headers["X-Usegate-End-Customer"] = ec["id"]
    elif tkey == "int_ret":
        ec = [e for e in tenant["end_customers"] if e["sector"] != "law_enforcement"][0]
        headers["X-Usegate-End-Customer"] = ec["id"]
    if shape == "embed":
        endpoint = "/v1/embeddings"
        items = sc["embed"]
        style = i % 3
        if style == 0:
            body["model"] = "multimodal-embed-1"
            body["input"] = [{"image": im, "text": tx} for im, tx in items]
        elif style == 1:
            body["model"] = "voyage-multimodal-3"
            body["inputs"] = [{"content": [{"type": "text", "text": tx}, {"type": "image_url", "image_url": im}]} for im, tx in items]
            body["input_type"] = "document"
        else:
            body["model"] = "jina-clip-v2"
            body["input"] = [x for im, tx in items for x in ({"image": im}, {"text": tx})]
        if ask:
            body["metadata"] = dict(body.get("metadata", {}), note=ask)
    elif shape == "responses":
        endpoint = "/v1/responses"
        if sysp:
            body["instructions"] = sysp
        inp = []
        for role, t in sc.get("hist", []):
            inp.append({"role": role, "content": t})
        if imgs:
            parts = [{"type": "input_text", "text": text}] + [{"type": "input_image", "image_url": u} for u in imgs]
            inp.append({"role": "user", "content": parts})
        else:
            inp.append({"role": "user", "content": text})
        body["input"] = inp if len(inp) > 1 or imgs else text
    else:
        msgs = []
        if sysp:
            msgs.append({"role": "system", "content": sysp})
        for role, t in sc.get("hist", []):
            if isinstance(t, tuple):  # (text, imgs)
                msgs.append({"role": role, "content": content_for(t[0], t[1])})
            else:
                msgs.append({"role": role, "content": t})
        tr = sc.get("toolrun")
        if tr:
            # tr = (first_user_text, tool_name, args_json_dict, result_dict, assistant_reply)
            fu, tname, targs, tres, areply = tr
            msgs.append({"role": "user", "content": fu})
            cid = "call_%04d" % rng.randrange(10000)
            msgs.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": cid, "type": "function", "function": {"name": tname, "arguments": json.dumps(targs, ensure_ascii=False)}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "content": json.dumps(tres, ensure_ascii=False)})
            msgs.append({"role": "assistant", "content": areply})
        msgs.append({"role": "user", "content": content_for(text, imgs)})
        body["messages"] = msgs
    tools = sc.get("tools")
    if tools:
        body["tools"] = [TOOLS[t] for t in tools]
    if sc.get("meta"):
        body["metadata"] = dict(body.get("metadata", {}), **sc["meta"])
    kind, accept, clauses = decide(tenant, tkey, sc["purpose"], sc["ctx"], headers, body)
    if sc.get("contradict") and kind == "violation" and C1 not in clauses:
        # declaration contradicts the content: SPEC says deny or review
        kind, accept, clauses = "ambiguous", ["review", "deny"], []
    rt, mob, unc = sc["ctx"]
    return {
        "lang": None, "voice": sc["voice"], "class": sc["cls"],
        "tenant": tenant, "endpoint": endpoint, "headers": headers, "body": body,
        "labels": {"purpose": sc["purpose"], "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
        "expect": {"accept": accept, "clauses": clauses}, "kind": kind,
        "_ask": ask,
    }


def main():
    rng = random.Random(20261201)
    recs = []
    for lang in LANGS:
        try:
            mod = importlib.import_module("lang_" + lang)
        except ModuleNotFoundError:
            continue
        pools = Pools(random.Random("f-" + lang), mod.LOCAL)
        for sc in mod.SCENES:
            for i, tk in enumerate(sc["tenants"]):
                tenant = pools.pick(tk)
                r = build_record(sc, i, tenant, tk, rng)
                r["lang"] = sc.get("lang", lang)
                recs.append(r)
    rng.shuffle(recs)
    # trim to TARGET by dropping the later uses of allowed asks used three times
    TARGET = 1000
    seen = Counter()
    keep = []
    excess = len(recs) - TARGET
    for r in recs:
        seen[r["_ask"]] += 1
        if excess > 0 and r["kind"] == "allowed" and r["_ask"] and seen[r["_ask"]] == 3:
            excess -= 1
            continue
        keep.append(r)
    recs = keep
    start = datetime(2025, 2, 3, 7, 0, tzinfo=timezone.utc)
    out = []
    for n, r in enumerate(recs, 1):
        ts = start + timedelta(minutes=rng.randrange(60 * 24 * 640))
        rec = {"id": "tr-f-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["class"],
               "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ")}
        for k in ("tenant", "endpoint", "headers", "body", "labels", "expect", "kind"):
            rec[k] = r[k]
        out.append(rec)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    asks = Counter(r["_ask"] for r in recs)
    print(len(out), "records;", len(asks), "distinct asks; max reuse", max(asks.values()) if asks else 0, file=sys.stderr)
    print(Counter(r["kind"] for r in recs), file=sys.stderr)


if __name__ == "__main__":
    main()
