"""Regenerate ../b.jsonl byte for byte:  python3 build.py"""
import json, os, random, sys, datetime
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core
from tenants import TENANTS
import lang_en, lang_tr, lang_ko, lang_ar, lang_hi, lang_vi, lang_uk, lang_id, lang_sv, lang_el  # noqa: F401

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "b.jsonl")
LANGS = {"en", "tr", "ko", "ar", "hi", "vi", "uk", "id", "sv", "el"}
CLASSES = {"payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"}


def main():
    rng = random.Random(20261130)
    start = datetime.datetime(2024, 6, 3, 0, 0, 0)
    span = int((datetime.datetime(2026, 11, 27) - start).total_seconds())
    cases = list(core.CASES)
    order = list(range(len(cases)))
    rng.shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        c = cases[idx]
        assert c["lang"] in LANGS, c
        assert c["cls"] in CLASSES, c
        t = TENANTS[c["tenant"]]
        comp, clauses = core.expected(c, t)
        if c["k"] == "?" and comp != "?":
            assert c["amb_accept"], ("forced ambiguous needs amb_accept", c)
            kind, accept = "ambiguous", c["amb_accept"]
            clauses = clauses or [core.C1]
        else:
            assert comp == c["k"], ("label mismatch", comp, c)
            kind = {"V": "violation", "A": "allowed", "?": "ambiguous"}[comp]
            accept = {"violation": ["deny"], "allowed": ["allow"], "ambiguous": c["amb_accept"] or ["review"]}[kind]
        ts = start + datetime.timedelta(seconds=rng.randrange(span))
        body = dict(c["body"])
        ep = body.pop("_ep", None) or c["ep"] or "/v1/chat/completions"
        model = body.pop("_model", None)
        if ep == "/v1/embeddings":
            pass
        else:
            model = model or rng.choice(core.MODELS)
            body = {"model": model, **body}
        headers = dict(c["hdr"])
        if c["ec"] and "metadata" not in body and "X-Usegate-End-Customer" not in headers:
            headers["X-Usegate-End-Customer"] = c["ec"]
        rt, mob, unc = (core._tri(ch) for ch in c["ctx"])
        rec = {"id": "bl-b-%04d" % n, "lang": c["lang"], "voice": c["voice"], "class": c["cls"],
               "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": t, "endpoint": ep,
               "headers": headers, "body": body,
               "labels": {"purpose": c["pur"], "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
               "expect": {"accept": accept, "clauses": clauses if kind != "allowed" else []},
               "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    print(len(lines), "records ->", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
