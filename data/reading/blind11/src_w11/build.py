"""Build ../w11.jsonl reproducibly.  Run:  cd src_w11 && python3 build.py"""
import json, os, random, sys, datetime
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import T, TOOL, C1, C2, RECOG, CUR_LANG

LANGS = ["pl", "ja", "ru", "tr", "ko", "ar"]
for L in LANGS:
    CUR_LANG[0] = L
    __import__("rec_" + L)

rng = random.Random(20261201)
HDR_EC = "X-Usegate-End-Customer"
DEV = {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False}
MODE = {"live": True, "recorded": False}
ENV = {"uncontrolled": True, "controlled": False}


def declared(r):
    """Context facts declared in headers or metadata."""
    d = {}
    srcs = [(r["hdr"] or {}), {("X-Usegate-" + k.replace("capture_device", "Capture-Device").replace("capture_mode", "Capture-Mode").replace("environment", "Environment")): v
                                for k, v in (r["meta"] or {}).items()}]
    for s in srcs:
        for k, v in s.items():
            if k == "X-Usegate-Capture-Device": d["mc"] = DEV[v]
            if k == "X-Usegate-Capture-Mode": d["rt"] = MODE[v]
            if k == "X-Usegate-Environment": d["unc"] = ENV[v]
    return d


def end_customer(r):
    return (r["hdr"] or {}).get(HDR_EC) or (r["meta"] or {}).get("end_customer")


def is_us_police(o):
    return o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"


def clauses_for(o, r):
    out = []
    if is_us_police(o):
        out.append(C1)
    if o["sector"] == "law_enforcement" and r["rt"] is True and r["mc"] is True and r["unc"] is True:
        out.append(C2)
    return out


def derive(r):
    """kind, accept, clauses from tenant / end customer and labels (FORMAT.md rules)."""
    ten = T[r["ten"]]
    # labels must agree with declarations unless the record says the content contradicts them
    for k, v in declared(r).items():
        if r[k] != v:
            assert r["amb"] and "contradict" in r["amb"], (r["text"][:60], k)
    recog = r["purpose"] in RECOG
    party, possible = ten, [ten]
    if ten["integrator"]:
        ec = end_customer(r)
        reg = {e["id"]: e for e in ten["end_customers"]}
        if ec in reg:
            party, possible = reg[ec], [reg[ec]]
        else:
            party = None
            possible = list(ten["end_customers"]) + ([common.org("?", "?", "law_enforcement", "police", "US")] if ec else [])
    if not recog:
        assert not r["amb"], r["text"][:60]
        return "allowed", ["allow"], []
    if r["amb"]:
        # content contradicts the declared end customer: the declaration does not count (SPEC s.2),
        # so "for US police" is unknown -> C1 (and C2 if every context fact is true) may apply.
        cl = [C1] + ([C2] if (r["rt"], r["mc"], r["unc"]) == (True, True, True) else [])
        return "ambiguous", ["review", "deny"], cl
    if party is None:
        found = {c for o in possible for c in clauses_for(o, r)}
        cl = [c for c in (C1, C2) if c in found]
        if cl:
            return "ambiguous", ["review", "deny"], cl
        return "allowed", ["allow"], []
    cl = clauses_for(party, r)
    if cl:
        return "violation", ["deny"], [c for c in (C1, C2) if c in cl]
    if party["sector"] == "law_enforcement":
        ctx = [r["rt"], r["mc"], r["unc"]]
        assert False in ctx, ("non-US LE recognition with unclear context", r["text"][:60])
    return "allowed", ["allow"], []


def kit(x):
    return x if x.startswith("kit:") else "kit:" + x


def imgs(r):
    i = r["img"]
    return [] if i is None else ([i] if isinstance(i, str) else list(i))


def body(r, model):
    ep = r["ep"]
    if ep == "emb":
        b = {"model": model, "input": [({"image": kit(x["image"]), **({"text": x["text"]} if x.get("text") else {})} if isinstance(x, dict) else x) for x in r["emb"]]}
        if r["meta"]: b["metadata"] = r["meta"]
        return "/v1/embeddings", b
    hist = r["hist"] or []
    turns = []
    role = "user"
    for h in hist:
        if isinstance(h, tuple):
            turns.append(h)
            role = "assistant" if h[0] == "user" else "user"
        else:
            turns.append((role, h))
            role = "assistant" if role == "user" else "user"
    turns.append(("user", r["text"], r["img"]))
    if ep == "resp":
        inp = []
        for t in turns:
            ims = [] if len(t) < 3 or t[2] is None else ([t[2]] if isinstance(t[2], str) else t[2])
            if t[0] == "assistant":
                inp.append({"role": "assistant", "content": [{"type": "output_text", "text": t[1]}]})
            elif ims:
                inp.append({"role": t[0], "content": [{"type": "input_text", "text": t[1]}] + [{"type": "input_image", "image_url": kit(x)} for x in ims]})
            else:
                inp.append({"role": t[0], "content": t[1]})
        b = {"model": model}
        if r["sys"]: b["instructions"] = r["sys"]
        b["input"] = inp
        if r["tools"]:
            b["tools"] = [{"type": "function", "name": TOOL[t]["function"]["name"], "description": TOOL[t]["function"]["description"], "parameters": TOOL[t]["function"]["parameters"]} for t in r["tools"]]
        if r["meta"]: b["metadata"] = r["meta"]
        return "/v1/responses", b
    msgs = []
    if r["sys"]:
        msgs.append({"role": "system", "content": r["sys"]})
    for t in turns:
        ims = [] if len(t) < 3 or t[2] is None else ([t[2]] if isinstance(t[2], str) else t[2])
        if ims:
            msgs.append({"role": t[0], "content": [{"type": "text", "text": t[1]}] + [{"type": "image_url", "image_url": {"url": kit(x)}} for x in ims]})
        else:
            msgs.append({"role": t[0], "content": t[1]})
    b = {"model": model, "messages": msgs}
    if r["tools"]:
        b["tools"] = [TOOL[t] if isinstance(t, str) else t for t in r["tools"]]
    if r["meta"]: b["metadata"] = r["meta"]
    return "/v1/chat/completions", b


def main():
    out, stats = [], Counter()
    base = datetime.datetime(2026, 5, 4, 6, 0, 0)
    for n, r in enumerate(common.RECORDS, 1):
        when = base + datetime.timedelta(seconds=rng.randrange(0, 200 * 86400))
        model = rng.choice(["multimodal-embed-1", "text-embedding-3-large"] if r["ep"] == "emb" else ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-11-20"])
        kind, accept, clauses = derive(r)
        ep, b = body(r, model)
        rec = {"id": "b11-w11-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
               "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": T[r["ten"]], "endpoint": ep,
               "headers": r["hdr"] or {}, "body": b,
               "labels": {"purpose": r["purpose"], "real_time": r["rt"], "mobile_camera": r["mc"], "uncontrolled": r["unc"]},
               "expect": {"accept": accept, "clauses": clauses}, "kind": kind}
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        stats[(r["lang"], kind)] += 1
        stats[("class", r["cls"])] += 1
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "w11.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    for k in sorted(stats): print(k, stats[k])
    print("total", len(out))


if __name__ == "__main__":
    main()
