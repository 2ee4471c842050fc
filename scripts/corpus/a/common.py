"""Shared helpers for writer a's corpus builder."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tenants as TN  # noqa: E402

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"

LANG_TARGET = {"en": 1300, "fr": 420, "es": 420, "de": 420, "pt": 420, "it": 420}
SEED = 20261130


def load_pools():
    pools = {}
    for lang in LANG_TARGET:
        try:
            mod = __import__(f"pools_{lang}")
        except ImportError:
            continue
        pools[lang] = mod.P
    return pools


POOLS = load_pools()


class Gen:
    def __init__(self, lang, rng):
        self.lang = lang
        self.rng = rng
        self.P = POOLS[lang]
        self.decks = {}
        self.asks = []

    # balanced draw: every item of a pool is used once before any is reused
    ASK_KEYS = {"police_id", "police_verify", "build_fr", "live_full", "live_short", "place", "station", "partial",
                "retail_live", "commercial_fr", "build_ok", "about", "report_asks", "doc_asks", "translate_asks",
                "textface", "police_nonfr", "next_msgs", "late_asks", "late_live", "late_benign", "attack",
                "integ_asks", "contra", "live_nonfr"}

    def pick(self, key, pool=None):
        items = pool if pool is not None else self.P[key]
        if key in self.ASK_KEYS:
            self.asks.append(key)
            r = self._pick(key, items)
            self.asks.append(r if isinstance(r, str) else r[0] if isinstance(r[0], str) else " / ".join(r[0]))
            return r
        return self._pick(key, items)

    def _pick(self, key, items):
        d = self.decks.get(key)
        if not d:
            d = list(range(len(items)))
            self.rng.shuffle(d)
            self.decks[key] = d
        return items[d.pop()]

    def has(self, *keys):
        return all(k in self.P and self.P[k] for k in keys)

    def chance(self, p):
        return self.rng.random() < p

    def choice(self, seq):
        return self.rng.choice(seq)


# ----------------------------------------------------------------- helpers
MODELS = ["gpt-4o", "gpt-4o", "gpt-4.1", "gpt-4o-mini", "gpt-4.1-mini", "o4-mini", "gpt-5-mini", "gpt-4.1-nano"]
KIT = {"face": "kit:face_photo", "crop": "kit:face_crop", "sheet": "kit:face_sheet", "crowd": "kit:crowd",
       "id": "kit:id_card", "noface": "kit:no_face", "plate": "kit:plate", "doc": "kit:document",
       "bodycam": "kit:bodycam_frame", "dashcam": "kit:dashcam_frame", "cctv": "kit:cctv_frame"}
IMG_MC = {"bodycam": True, "dashcam": True, "cctv": False}


def tri(v):
    return None if v is None else bool(v)


def kit(name, exif=None, age=None):
    u = KIT[name]
    if exif:
        u += f"?exif={exif}&age={age}"
    return u


def user_content(g, text, images, style=None):
    if not images:
        return text
    parts = []
    imgs = [{"type": "image_url", "image_url": {"url": u}} for u in images]
    if text is None:
        return imgs
    if g.chance(0.7):
        parts.append({"type": "text", "text": text})
        parts.extend(imgs)
    else:
        parts.extend(imgs)
        parts.append({"type": "text", "text": text})
    if g.chance(0.15):
        for p in parts:
            if p["type"] == "image_url" and g.chance(0.5):
                p["image_url"]["detail"] = g.choice(["high", "auto", "low"])
    return parts


def to_responses(g, messages, extra):
    """Convert a chat body to the Responses API shape."""
    instr = None
    inp = []
    for m in messages:
        if m["role"] in ("system", "developer") and instr is None:
            instr = m["content"]
            continue
        c = m["content"]
        if isinstance(c, list):
            nc = []
            for p in c:
                if p["type"] == "text":
                    nc.append({"type": "input_text" if m["role"] == "user" else "output_text", "text": p["text"]})
                else:
                    nc.append({"type": "input_image", "image_url": p["image_url"]["url"]})
            c = nc
        if m["role"] == "tool" or m.get("tool_calls"):
            return None
        inp.append({"role": m["role"], "content": c})
    body = {"model": g.choice(["gpt-4.1", "gpt-4o", "o4-mini", "gpt-5"])}
    if instr:
        body["instructions"] = instr
    if len(inp) == 1 and isinstance(inp[0]["content"], str) and g.chance(0.5):
        body["input"] = inp[0]["content"]
    else:
        body["input"] = inp
    if "tools" in extra:
        body["tools"] = [{"type": "function", **t["function"]} for t in extra["tools"]]
    if "metadata" in extra:
        body["metadata"] = extra["metadata"]
    return body


def chat_body(g, messages, tools=None, metadata=None, allow_responses=True):
    extra = {}
    if tools:
        extra["tools"] = tools
    if metadata:
        extra["metadata"] = metadata
    if allow_responses and g.chance(0.14):
        b = to_responses(g, messages, extra)
        if b is not None:
            return "/v1/responses", b
    body = {"model": g.choice(MODELS), "messages": messages}
    if tools:
        body["tools"] = tools
        if g.chance(0.4):
            body["tool_choice"] = "auto"
    if metadata:
        body["metadata"] = metadata
    if g.chance(0.25):
        body["temperature"] = g.choice([0, 0.2, 0.3, 0.7, 1])
    if g.chance(0.1):
        body["max_tokens"] = g.choice([400, 800, 1500, 4000])
    return "/v1/chat/completions", body


def fill(s, tenant, g):
    if "{org}" in s:
        s = s.replace("{org}", tenant["name"])
    return s


def add_sys(g, msgs, tenant, key="sys_police", p=0.45):
    if g.has(key) and g.chance(p):
        msgs.insert(0, {"role": g.choice(["system", "system", "developer"]), "content": fill(g.pick(key), tenant, g)})


def with_leadin(g, text, key="leadin", p=0.3):
    if g.has(key) and g.chance(p):
        li = g.pick(key)
        return li + (" " if not li.endswith("\n") else "") + text
    return text


def labels(purpose, rt=None, mc=None, unc=None):
    return {"purpose": purpose, "real_time": tri(rt), "mobile_camera": tri(mc), "uncontrolled": tri(unc)}


def merge_img_ctx(lab, imgnames, exif=None, age=None):
    for n in imgnames:
        if n in IMG_MC and lab["mobile_camera"] is None:
            lab["mobile_camera"] = IMG_MC[n]
    if exif:
        if lab["mobile_camera"] is None:
            lab["mobile_camera"] = exif != "cctv"
        if lab["real_time"] is None:
            lab["real_time"] = age < 120
    return lab


HDR = {"dev": "X-Usegate-Capture-Device", "mode": "X-Usegate-Capture-Mode", "env": "X-Usegate-Environment",
       "ec": "X-Usegate-End-Customer"}


IMG_DEV = {"bodycam": "body_worn", "dashcam": "dash"}


def ctx_headers(g, lab, p=0.5, full=False, imgs=()):
    h = {}
    if not full and not g.chance(p):
        return h
    devs = [IMG_DEV[i] for i in imgs if i in IMG_DEV]
    if lab["mobile_camera"] is True:
        h[HDR["dev"]] = devs[0] if devs else g.choice(["body_worn", "dash", "handheld", "drone"])
    elif lab["mobile_camera"] is False:
        h[HDR["dev"]] = "fixed"
    if lab["real_time"] is not None:
        h[HDR["mode"]] = "live" if lab["real_time"] else "recorded"
    if lab["uncontrolled"] is not None:
        h[HDR["env"]] = "uncontrolled" if lab["uncontrolled"] else "controlled"
    if not full and h and g.chance(0.35):
        # declare only some of them
        k = g.choice(list(h))
        h = {k: h[k]}
    return h


def fr_clauses(tenant_eff, lab):
    """Clauses for a recognition purpose, given the effective (tenant or end-customer) org."""
    cl = []
    if tenant_eff["sector"] == "law_enforcement" and tenant_eff["le_type"] == "police" and tenant_eff["country"] == "US":
        cl.append(C1)
    if tenant_eff["sector"] == "law_enforcement" and lab["real_time"] and lab["mobile_camera"] and lab["uncontrolled"]:
        cl.append(C2)
    return cl


RECOG = {"identification", "verification", "gallery"}


def us_police(g):
    return g.pick("_uspol", TN.US_POLICE)


def nonus_le(g, police_only=False):
    pool = TN.NONUS_LE[g.lang]
    if police_only:
        pool = [t for t in pool if t["le_type"] == "police"]
    return g.pick("_nonus" + ("p" if police_only else ""), pool)


def nonle(g, kinds):
    k = g.choice(kinds)
    return g.pick("_nonle_" + k, TN.NONLE[g.lang][k])


def us_share(g):
    return {"en": 1.0, "es": 0.45, "pt": 0.3, "fr": 0.25, "de": 0.2, "it": 0.2}[g.lang]


def us_police_or_integrator(g):
    """A tenant whose request is for a US police department. Returns (tenant, headers, metadata, eff)."""
    r = g.rng.random()
    if r < 0.72 * us_share(g) + (0.0 if g.lang == "en" else 0.1):
        t = us_police(g)
        return t, {}, None, t
    it = TN.integrator(g.choice(TN.INTEGRATOR_BY_LANG[g.lang]))
    ec = [e for e in it["end_customers"] if e["le_type"] == "police" and e["country"] == "US"][0]
    if g.chance(0.7):
        return it, {HDR["ec"]: ec["id"]}, None, ec
    return it, {}, {"end_customer": ec["id"]}, ec


def mk(g, voice, cls, tenant, endpoint, headers, body, lab, kind, clauses, accept=None):
    if kind == "violation":
        acc = ["deny"]
    elif kind == "allowed":
        acc = ["allow"]
        clauses = []
    else:
        acc = accept or ["review"]
    return {"lang": g.lang, "voice": voice, "class": cls, "tenant": tenant, "endpoint": endpoint,
            "headers": headers, "body": body, "labels": lab, "expect": {"accept": acc, "clauses": clauses},
            "kind": kind}


