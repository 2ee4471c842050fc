"""Build data/reading/train/i.jsonl (writer i). stdlib only, fixed seed.

Run from /work/main:  python scripts/corpus/i/build.py
Records are written by hand in data_<lang>.py; this script only assembles them
and derives kind/expect from tenant + labels (FORMAT.md rules).
"""
import json, os, random, sys, datetime
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import TENANTS, RECS  # noqa
import importlib
for _l in ("pl", "ja", "ru", "tr", "ko", "ar", "uk"):
    if os.path.exists(os.path.join(HERE, "data_%s.py" % _l)):
        importlib.import_module("data_" + _l)  # fills RECS

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def is_us_police(t):
    return t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"


def derive(tenant, headers, body, labels, amb):
    recog = labels["purpose"] in RECOG
    eff = tenant
    unknown_for = False
    if tenant.get("integrator"):
        ec = (headers or {}).get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
        match = [e for e in tenant.get("end_customers", []) if e["id"] == ec]
        if match:
            eff = match[0]
        elif any(is_us_police(e) or e.get("sector") == "law_enforcement" for e in tenant.get("end_customers", [])):
            unknown_for = True
    if not recog:
        return "allowed", {"accept": ["allow"], "clauses": []}
    clauses = []
    if is_us_police(eff):
        clauses.append(C1)
    if eff.get("sector") == "law_enforcement" and labels["real_time"] is True \
            and labels["mobile_camera"] is True and labels["uncontrolled"] is True:
        clauses.append(C2)
    if clauses and not amb:
        return "violation", {"accept": ["deny"], "clauses": clauses}
    if unknown_for or amb:
        if not clauses:
            clauses = [C2] if (eff.get("sector") == "law_enforcement" and not is_us_police(eff)) else [C1]
        return "ambiguous", {"accept": ["review", "deny"], "clauses": clauses}
    return "allowed", {"accept": ["allow"], "clauses": []}


MOBILE_FRAMES = {"bodycam_frame", "dashcam_frame"}
MOBILE_EXIF = {"bodycam", "dashcam", "phone", "drone"}


def shown_labels(labels, imgs):
    """Fill context labels the images show (overlay frames, EXIF) when the text left them unset."""
    for ref in imgs:
        name, _, q = ref.partition("?")
        opts = dict(p.split("=", 1) for p in q.split("&") if p)
        mob = None
        if name in MOBILE_FRAMES or opts.get("exif") in MOBILE_EXIF:
            mob = True
        elif name == "cctv_frame" or opts.get("exif") == "cctv":
            mob = False
        if mob is not None and labels["mobile_camera"] is None:
            labels["mobile_camera"] = mob
        if "age" in opts and labels["real_time"] is None:
            age = int(opts["age"])
            if age <= 120:
                labels["real_time"] = True
            elif age >= 3600:
                labels["real_time"] = False


def main():
    rnd = random.Random(20261201)
    out = []
    base = datetime.datetime(2026, 1, 5, 7, 0, 0)
    for n, r in enumerate(RECS, 1):
        tenant = TENANTS[r["tenant"]]
        when = base + datetime.timedelta(days=rnd.randint(0, 320), minutes=rnd.randint(0, 900), seconds=rnd.randint(0, 59))
        msgs = []
        if r.get("sys"):
            msgs.append({"role": "system", "content": r["sys"]})
        for role, txt in r.get("hist", []):
            msgs.append({"role": role, "content": txt})
        imgs = r.get("img") or []
        if isinstance(imgs, str):
            imgs = [imgs]
        body = {"model": r.get("model", "gpt-4o")}
        ep = r.get("ep", "/v1/chat/completions")
        if ep == "/v1/embeddings":
            body["input"] = r["input"]
        else:
            if imgs:
                content = [{"type": "text", "text": r["text"]}] if r["text"] else []
                content += [{"type": "image_url", "image_url": {"url": "kit:" + i}} for i in imgs]
            else:
                content = r["text"]
            msgs.append({"role": "user", "content": content})
            body["messages"] = msgs
        if r.get("tools"):
            body["tools"] = [{"type": "function", "function": f} for f in r["tools"]]
        if r.get("meta"):
            body["metadata"] = r["meta"]
        labels = {"purpose": r["purpose"], "real_time": r["ctx"][0], "mobile_camera": r["ctx"][1], "uncontrolled": r["ctx"][2]}
        shown_labels(labels, imgs)
        headers = r.get("hdr") or {}
        kind, expect = derive(tenant, headers, body, labels, r.get("amb", False))
        rec = {"id": "tr-i-%05d" % n, "lang": r["lang"], "voice": r["voice"], "class": r["cls"],
               "received_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant, "endpoint": ep,
               "headers": headers, "body": body, "labels": labels, "expect": expect, "kind": kind}
        out.append(rec)
    root = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
    path = os.path.join(root, "data", "reading", "train", "i.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote", len(out), "records to", path)


if __name__ == "__main__":
    main()
