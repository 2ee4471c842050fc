"""Build blind20/w20.jsonl.  Usage: python3 build.py  (standard library only, fixed seed)."""
import json, os, random, datetime, importlib, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (US_PD, US_FED, NONUS_POL, INTEGRATORS, INTEG_RETAIL_ONLY, NONLE,
                    EC_US_POLICE, EC_NONUS_POLICE, derive, build_body)

SEED = 20023
LANGS = ["pl", "ja", "ru", "tr", "ko", "ar"]
OUT = os.path.join(os.path.dirname(HERE), "w20.jsonl")


class SafeDict(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def pick_tenant(rng, key, lang):
    hdr = {}
    if key == "us_pd":
        return rng.choice(US_PD), hdr
    if key == "us_fed":
        return rng.choice(US_FED[:3]), hdr
    if key == "fbi":
        return US_FED[0], hdr
    if key == "pol":
        return rng.choice(NONUS_POL[lang][:2]), hdr
    if key == "border":
        return NONUS_POL[lang][2], hdr
    if key.startswith("int_"):
        if key == "int_retail":
            t = INTEG_RETAIL_ONLY
            ec = rng.choice(t["end_customers"])
            hdr["X-Usegate-End-Customer"] = ec["id"]
            return t, hdr
        t = rng.choice(INTEGRATORS)
        if key == "int_nonus":
            cc = {"pl": "PL", "ja": "JP"}.get(lang)
            if cc:
                t = rng.choice([i for i in INTEGRATORS if any(e["country"] == cc for e in i["end_customers"])])
        if key == "int_us":
            ecs = [e for e in t["end_customers"] if e["country"] == "US" and e["sector"] == "law_enforcement"]
            hdr["X-Usegate-End-Customer"] = rng.choice(ecs)["id"]
        elif key == "int_nonus":
            ecs = [e for e in t["end_customers"] if e["country"] != "US" and e["sector"] == "law_enforcement"]
            cc = {"pl": "PL", "ja": "JP"}.get(lang)
            if cc:
                ecs = [e for e in ecs if e["country"] == cc]
            hdr["X-Usegate-End-Customer"] = rng.choice(ecs)["id"]
        elif key == "int_unreg":
            hdr["X-Usegate-End-Customer"] = rng.choice(["rockford-pd", "hamtramck-pd", "clifton-pd-nj", "agency-7731"])
        return t, hdr
    return rng.choice(NONLE[key]), hdr


def fill(rng, s, slots):
    if not isinstance(s, str):
        return s
    d = SafeDict({k: rng.choice(v) for k, v in slots.items()})
    d["n"] = str(rng.randint(2, 40))
    d["case"] = "%d-%05d" % (rng.choice([2025, 2026]), rng.randint(100, 99999))
    return s.format_map(d)


def main():
    rng = random.Random(SEED)
    recs = []
    for lang in LANGS:
        mod = importlib.import_module("lang_" + lang)
        for sc in mod.SCENARIOS:
            for i in range(sc["n"]):
                txt = fill(rng, sc["txt"][i % len(sc["txt"])], mod.SLOTS)
                tenant, hdr = pick_tenant(rng, sc["t"], lang)
                hdr.update(sc.get("hdr", {}))
                received = datetime.datetime(2026, 1, 5, 6, 0, 0) + datetime.timedelta(
                    minutes=rng.randint(0, 60 * 24 * 320))
                imgs = [im.replace("{age}", str(sc.get("age", 6))) for im in sc.get("img", [])]
                s2 = dict(sc)
                for k in ("sys",):
                    if sc.get(k):
                        s2[k] = fill(rng, sc[k], mod.SLOTS)
                if sc.get("hist"):
                    s2["hist"] = [(r, fill(rng, t, mod.SLOTS)) for r, t in sc["hist"]]
                if sc.get("emb"):
                    s2["emb"] = [fill(rng, x, mod.SLOTS) if isinstance(x, str) else
                                 {k: fill(rng, v, mod.SLOTS) for k, v in x.items()} for x in sc["emb"]]
                if "ep" not in sc and rng.random() < 0.12:
                    s2["ep"] = "/v1/responses"
                ep, body = build_body(rng, s2, txt, imgs)
                if sc.get("meta"):
                    body["metadata"] = dict(sc["meta"])
                labels = {"purpose": sc["p"], "real_time": sc.get("rt"),
                          "mobile_camera": sc.get("mob"), "uncontrolled": sc.get("unc")}
                kind, accept, clauses = derive(tenant, hdr, labels)
                recs.append({"lang": lang, "voice": sc["v"], "class": sc["c"],
                             "received_at": received.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "tenant": tenant, "endpoint": ep, "headers": hdr, "body": body,
                             "labels": labels, "expect": {"accept": accept, "clauses": clauses},
                             "kind": kind})
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            r = {"id": "b20-w20-%05d" % i, **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kc = collections.Counter((r["lang"], r["kind"]) for r in recs)
    cc = collections.Counter((r["lang"], r["class"]) for r in recs)
    print(len(recs), "records")
    for lang in LANGS:
        print(lang, {k: kc[(lang, k)] for k in ("violation", "allowed", "ambiguous")},
              {c: cc[(lang, c)] for c in ("plain", "payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere")})


if __name__ == "__main__":
    main()
