"""Build /work/main/data/reading/blind18/x18.jsonl (stdlib only, fixed seed).

Run: python3 build.py   (from any directory)
"""
import json, os, random, datetime, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import TEN, derive

SEED = 18031
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "x18.jsonl")
ENTRIES = []
CUR = {"lang": None}
MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini", "gpt-5-mini"]
ROLE = {"s": "system", "d": "developer", "u": "user", "a": "assistant"}


def tool(name, desc, params):
    props = {p: {"type": "string", "description": p.replace("_", " ")} for p in params}
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": list(params)[:1]}}}


def R(voice, cls, ten, pur, ctx, msgs, img=None, hdr=None, ec=None, tools=None,
      ep="chat", meta=None, model=None, inp=None, ecbody=False):
    ctxv = {"T": True, "F": False, "N": None}
    labels = {"purpose": pur, "real_time": ctxv[ctx[0]], "mobile_camera": ctxv[ctx[1]],
              "uncontrolled": ctxv[ctx[2]]}
    ENTRIES.append(dict(lang=CUR["lang"], voice=voice, cls=cls, ten=ten, labels=labels, msgs=msgs,
                        img=img, hdr=dict(hdr or {}), ec=ec, tools=tools, ep=ep, meta=meta,
                        model=model, inp=inp, ecbody=ecbody))


def _content(text, imgs, api):
    if not imgs:
        return text
    if api == "chat":
        parts = [{"type": "text", "text": text}] if text else []
        parts += [{"type": "image_url", "image_url": {"url": u}} for u in imgs]
    else:
        parts = [{"type": "input_text", "text": text}] if text else []
        parts += [{"type": "input_image", "image_url": u} for u in imgs]
    return parts


def make_body(e, rng):
    model = e["model"] or rng.choice(MODELS)
    if e["ep"] == "emb":
        body = {"model": model or "text-embedding-3-small", "input": e["inp"]}
        if e["meta"]:
            body["metadata"] = dict(e["meta"])
        return "/v1/embeddings", body
    msgs = e["msgs"]
    if isinstance(msgs, str):
        msgs = [("u", msgs)]
    last_u = max(i for i, m in enumerate(msgs) if m[0] == "u")
    api = "chat" if e["ep"] == "chat" else "resp"
    if api == "chat" and rng.random() < 0.22:
        api = "resp"
    out = []
    instructions = None
    for i, (r, txt) in enumerate(msgs):
        imgs = e["img"] if i == last_u else None
        if api == "resp" and r == "s" and i == 0:
            instructions = txt
            continue
        out.append({"role": ROLE[r], "content": _content(txt, imgs, api)})
    if api == "chat":
        body = {"model": model, "messages": out}
    else:
        body = {"model": model}
        if instructions:
            body["instructions"] = instructions
        if len(out) == 1 and isinstance(out[0]["content"], str) and rng.random() < 0.5:
            body["input"] = out[0]["content"]
        else:
            body["input"] = out
    if e["tools"]:
        if api == "chat":
            body["tools"] = e["tools"]
        else:
            body["tools"] = [dict(type="function", **x["function"]) for x in e["tools"]]
    if e["meta"]:
        body["metadata"] = dict(e["meta"])
    return ("/v1/chat/completions" if api == "chat" else "/v1/responses"), body


def main():
    import recs_hi, recs_vi, recs_uk, recs_id, recs_sv, recs_el  # noqa: F401 (register entries)
    rng = random.Random(SEED)
    base = datetime.datetime(2026, 2, 1, 6, 0, 0)
    recs = []
    import build as _b
    for n, e in enumerate(_b.ENTRIES, 1):
        ten = TEN[e["ten"]]
        headers = dict(e["hdr"])
        endpoint, body = make_body(e, rng)
        if e["ec"]:
            if e["ecbody"]:
                body.setdefault("metadata", {})["end_customer"] = e["ec"]
            else:
                headers[rng.choice(["x-usegate-end-customer", "X-Usegate-End-Customer"])] = e["ec"]
        kind, accept, clauses = derive(ten, headers, body, e["labels"])
        when = base + datetime.timedelta(seconds=rng.randrange(0, 300 * 86400))
        rec = {"id": "b18-x18-%05d" % n, "lang": e["lang"], "voice": e["voice"], "class": e["cls"],
               "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": ten,
               "endpoint": endpoint, "headers": headers, "body": body, "labels": e["labels"],
               "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", OUT)
    return recs


if __name__ == "__main__":
    main()
