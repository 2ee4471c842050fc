#!/usr/bin/env python3
"""Writer b: builds data/reading/train/b.jsonl (nl pl ja ru tr ko ar).

Deterministic (fixed seed), stdlib only:  python scripts/corpus/b/build.py
"""
import importlib, json, os, random, sys, copy
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import shared as S

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "b.jsonl")
LANGS = ["nl", "pl", "ru", "ja", "ko", "tr", "ar"]
TOTAL = 3400
SEED = 20261130

REC = {"identification", "verification", "gallery"}

# context name -> (real_time, mobile_camera, uncontrolled), headers
CTXDEF = {
    "live_bodycam_street": ((True, True, True), ("body_worn", "live", "uncontrolled")),
    "live_dash_traffic": ((True, True, True), ("dash", "live", "uncontrolled")),
    "live_phone_checkpoint": ((True, True, True), ("handheld", "live", "uncontrolled")),
    "live_drone_crowd": ((True, True, True), ("drone", "live", "uncontrolled")),
    "live_event": ((True, True, True), ("handheld", "live", "uncontrolled")),
    "custody_now": ((True, False, False), ("fixed", "live", "controlled")),
    "interview_room": ((True, False, False), ("fixed", "live", "controlled")),
    "border_booth": ((True, False, False), ("fixed", "live", "controlled")),
    "recorded_bodycam": ((False, True, True), ("body_worn", "recorded", "uncontrolled")),
    "recorded_cctv": ((False, False, True), ("fixed", "recorded", "uncontrolled")),
    "recorded_drone": ((False, True, True), ("drone", "recorded", "uncontrolled")),
    "unclear_patrol": ((None, True, True), None),
    "none": ((None, None, None), None),
}
LIVE = ["live_bodycam_street", "live_dash_traffic", "live_phone_checkpoint", "live_drone_crowd", "live_event"]
CONTROLLED = ["custody_now", "interview_room", "border_booth", "recorded_bodycam", "recorded_cctv", "recorded_drone"]


def ctx_image(rng, ctx):
    a = rng.randint(2, 45)
    days = rng.choice([86400, 172800, 259200, 432000, 604800, 1209600])
    opts = {
        "live_bodycam_street": ["kit:bodycam_frame", f"kit:face_photo?exif=bodycam&age={a}"],
        "live_dash_traffic": ["kit:dashcam_frame", f"kit:face_photo?exif=dashcam&age={a}"],
        "live_phone_checkpoint": [f"kit:face_photo?exif=phone&age={a}", "kit:face_photo"],
        "live_drone_crowd": [f"kit:face_photo?exif=drone&age={a}", "kit:crowd"],
        "live_event": [f"kit:face_photo?exif=phone&age={a}", "kit:crowd", "kit:face_photo"],
        "custody_now": ["kit:face_crop", "kit:cctv_frame"],
        "interview_room": ["kit:face_photo", "kit:cctv_frame"],
        "border_booth": ["kit:face_photo", "kit:face_crop"],
        "recorded_bodycam": ["kit:bodycam_frame", f"kit:face_photo?exif=bodycam&age={days}"],
        "recorded_cctv": ["kit:cctv_frame", f"kit:face_photo?exif=cctv&age={days}"],
        "recorded_drone": [f"kit:face_photo?exif=drone&age={days}", "kit:crowd"],
        "unclear_patrol": ["kit:face_photo"],
        "none": ["kit:face_photo", "kit:face_crop", "kit:face_photo", "kit:face_sheet"],
    }
    return rng.choice(opts[ctx])


class Decks:
    """Draw items without replacement, reshuffling when empty: even use of pools."""
    def __init__(self, rng):
        self.rng = rng
        self.d = {}
        self.uses = Counter()

    def pick(self, key, pool, track=False):
        if not pool:
            raise ValueError("empty pool " + key)
        st = self.d.get(key)
        if not st:
            st = list(range(len(pool)))
            self.rng.shuffle(st)
            self.d[key] = st
        item = pool[st.pop()]
        if track:
            self.uses[(key, json.dumps(item, ensure_ascii=False) if not isinstance(item, str) else item)] += 1
        return item


def img_part(url):
    return {"type": "image_url", "image_url": {"url": url}}


def user_msg(text, images=()):
    if not images:
        return {"role": "user", "content": text}
    parts = []
    if text:
        parts.append({"type": "text", "text": text})
    for u in images:
        parts.append(img_part(u))
    return {"role": "user", "content": parts}


def join(*parts):
    return " ".join(p.strip() for p in parts if p and p.strip())


def decide(purpose, tenant, headers, body, labels):
    """Expected decision under azure-openai-coc@2024-05-01."""
    rt, mob, unc = labels["real_time"], labels["mobile_camera"], labels["uncontrolled"]
    if purpose not in REC:
        return "allowed", ["allow"], []
    org = tenant
    if tenant.get("integrator"):
        ec = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
        if ec:
            m = [c for c in tenant["end_customers"] if c["id"] == ec]
            org = m[0] if m else None  # not registered under this integrator: "for police" unknown
        else:
            org = None
    if org is None:
        le = [c for c in tenant["end_customers"] if c["sector"] == "law_enforcement"]
        if not le:
            return "allowed", ["allow"], []
        if any(c["le_type"] == "police" and c["country"] == "US" for c in le):
            return "ambiguous", ["review"], [S.C1]
        if rt is not False and mob is not False and unc is not False:
            return "ambiguous", ["review"], [S.C2]
        return "allowed", ["allow"], []
    if org["sector"] != "law_enforcement":
        return "allowed", ["allow"], []
    cl = []
    if org["le_type"] == "police" and org["country"] == "US":
        cl.append(S.C1)
    if rt is True and mob is True and unc is True:
        cl.append(S.C2)
    if cl:
        return "violation", ["deny"], cl
    if rt is False or mob is False or unc is False:
        return "allowed", ["allow"], []
    return "ambiguous", ["review", "deny"], [S.C2]


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.decks = Decks(self.rng)
        self.asks = Counter()

    # ---------------------------------------------------------- helpers
    def p(self, L, key, sub=None, track=False):
        pool = getattr(L, key)
        k = L.LANG + ":" + key
        if sub is not None:
            pool = pool[sub]
            k += ":" + sub
        return self.decks.pick(k, pool, track)

    def ask(self, L, key, sub=None):
        a = self.p(L, key, sub, track=False)
        self.asks[a if isinstance(a, str) else json.dumps(a, ensure_ascii=False)] += 1
        return a

    def deco(self, L, text, greet=0.3, close=0.25):
        r = self.rng
        if r.random() < greet:
            g = self.p(L, "GREET")
            if g.endswith(",") and text[:1].isupper() and not (L.LANG == "tr" and text[:1] in "Iİ"):
                text = text[:1].lower() + text[1:]
            text = join(g, text)
        if r.random() < close:
            text = join(text, self.p(L, "CLOSE"))
        return text

    def time(self):
        r = self.rng
        m = r.choice(["2025-%02d" % i for i in range(6, 13)] + ["2026-%02d" % i for i in range(1, 12)])
        return "%s-%02dT%02d:%02d:%02dZ" % (m, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

    def model(self):
        return self.rng.choice(S.MODELS)

    def us_police(self, L):
        pool = S.US_POLICE + getattr(L, "US_LOCAL", [])
        return copy.deepcopy(self.decks.pick("uspol", pool))

    def local_police(self, L):
        return copy.deepcopy(self.p(L, "POLICE"))

    def ctx_text_headers(self, L, ctx, channel=None):
        """returns (sentence or '', headers, image, labels)"""
        r = self.rng
        lab, hdr = CTXDEF[ctx]
        labels = {"real_time": lab[0], "mobile_camera": lab[1], "uncontrolled": lab[2]}
        image = ctx_image(r, ctx)
        if ctx == "none":
            return "", {}, image, labels
        if channel is None:
            channel = r.choices(["text", "headers", "both"], [0.62, 0.2, 0.18])[0]
            if hdr is None:
                channel = "text"
        sent, headers = "", {}
        if channel in ("text", "both"):
            sent = self.p(L, "CTX", ctx)
        if channel in ("headers", "both"):
            headers = {"X-Usegate-Capture-Device": hdr[0], "X-Usegate-Capture-Mode": hdr[1],
                       "X-Usegate-Environment": hdr[2]}
            if r.random() < 0.25:
                headers = {}
                self._meta = {"capture_device": hdr[0], "capture_mode": hdr[1], "environment": hdr[2]}
        return sent, headers, image, labels

    def sys_prompt(self, L, pool_name, org):
        r = self.rng
        if pool_name == "generic" and r.random() < 0.3 and getattr(L, "SYS_LOCAL", None):
            return self.p(L, "SYS_LOCAL").format(org=org)
        pool = {"generic": S.SYS_POLICE_GENERIC, "neutral": S.SYS_NEUTRAL, "vendor_fr": S.SYS_VENDOR_FR,
                "vendor_ok": S.SYS_VENDOR_HARMLESS, "com_fr": S.SYS_COMMERCIAL_FR}[pool_name]
        return self.decks.pick("sys:" + pool_name, pool).format(org=org).replace("..", ".")

    def finish(self, L, voice, cls, tenant, messages, purpose, labels, headers=None, tools=None,
               endpoint="/v1/chat/completions", body=None, override=None, allow_responses=True):
        r = self.rng
        headers = dict(headers or {})
        if body is None:
            body = {"model": self.model(), "messages": messages}
            if tools:
                body["tools"] = tools
                if r.random() < 0.3:
                    body["tool_choice"] = "auto"
            if r.random() < 0.2:
                body["temperature"] = r.choice([0, 0.2, 0.3, 0.7])
            meta = getattr(self, "_meta", None)
            if meta:
                body["metadata"] = dict(meta)
            if allow_responses and not tools and r.random() < 0.12:
                body = to_responses(body)
                endpoint = "/v1/responses"
        self._meta = None
        kind, accept, clauses = decide(purpose, tenant, headers, body, labels)
        if override:
            kind, accept, clauses = override
        return {"lang": L.LANG, "voice": voice, "class": cls, "received_at": self.time(),
                "tenant": tenant, "endpoint": endpoint, "headers": headers, "body": body,
                "labels": {"purpose": purpose, **labels},
                "expect": {"accept": accept, "clauses": clauses}, "kind": kind}

    # ---------------------------------------------------------- recipes
    def fr_direct(self, L, who):
        """FR ask with an image. who: us_police / local_live / local_ctrl / us_other_live / us_other_ctrl"""
        r = self.rng
        if who == "us_police":
            tenant = self.us_police(L)
            ctx = r.choice(LIVE + CONTROLLED + ["none"] * 4)
        elif who.startswith("us_other"):
            tenant = copy.deepcopy(self.decks.pick("usother", S.US_OTHER_LE))
            ctx = r.choice(LIVE) if who.endswith("live") else r.choice(CONTROLLED)
        else:
            tenant = self.local_police(L) if r.random() < 0.8 else copy.deepcopy(self.p(L, "OTHER_LE"))
            if who == "local_live" and tenant["le_type"] in ("prosecution", "corrections"):
                tenant = self.local_police(L)
            ctx = r.choice(LIVE) if who == "local_live" else r.choice(CONTROLLED)
        if ctx == "border_booth" and tenant["le_type"] != "border_immigration":
            ctx = "custody_now"
        elif tenant["le_type"] == "border_immigration" and ctx in ("custody_now", "interview_room") and r.random() < 0.7:
            ctx = "border_booth"
        sent, headers, image, labels = self.ctx_text_headers(L, ctx, channel="headers" if who.startswith("us") and ctx != "none" else None)
        verify = r.random() < 0.28
        if verify:
            q = self.ask(L, "FR_VERIFY")
            images = [image, r.choice(["kit:id_card", "kit:face_crop"])]
            purpose = "verification"
        else:
            q = self.ask(L, "FR_ID")
            images = [image]
            purpose = "identification"
        text = self.deco(L, join(sent, q) if r.random() < 0.7 else join(q, sent))
        msgs = []
        if r.random() < 0.45:
            msgs.append({"role": "system", "content": self.sys_prompt(L, "generic", tenant["name"])})
        msgs.append(user_msg(text, images))
        cls = "plain" if ctx == "none" else "context"
        voice = r.choice(["officer", "officer", "detective", "analyst", "dispatcher"])
        return self.finish(L, voice, cls, tenant, msgs, purpose, labels, headers)

    def commercial_fr(self, L):
        r = self.rng
        item = self.ask(L, "COM_FR")
        voice, kind_, text = item
        idx = L.COM_FR.index(item)
        tenant = copy.deepcopy(self.p(L, "COMMERCIAL", kind_))
        purpose = COM_PURPOSE[idx]
        images = {"kyc": ["kit:face_photo", "kit:id_card"], "hr": ["kit:face_crop"], "retail": [r.choice(["kit:cctv_frame", "kit:face_photo"])],
                  "photo": [r.choice(["kit:face_sheet", "kit:face_photo"])], "dev": [], "news": ["kit:face_photo"]}[kind_]
        msgs = []
        if r.random() < 0.4 and kind_ != "dev":
            if kind_ in COM_SYS:
                msgs.append({"role": "system", "content": S.SYS_COMMERCIAL_FR[COM_SYS[kind_]].format(org=tenant["name"])})
            else:
                msgs.append({"role": "system", "content": self.sys_prompt(L, "neutral", tenant["name"])})
        if kind_ == "dev" and r.random() < 0.6:
            text = text + "\n\n" + self.decks.pick("codefr", S.CODE_FR)
        msgs.append(user_msg(self.deco(L, text), images))
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        live_words = getattr(L, "COM_LIVE_MARK", None)
        cls = "plain"
        if idx == 3:  # guard photographed him on the street with a phone: live street, but a retailer
            cls = "context"
            labels = {"real_time": True, "mobile_camera": True, "uncontrolled": True}
        elif idx in (0, 2):
            cls = "context" if r.random() < 0.5 else "plain"
            labels = {"real_time": True if idx == 2 else None, "mobile_camera": False, "uncontrolled": None}
        return self.finish(L, voice, cls, tenant, msgs, purpose, labels)

    def build(self, L, who):
        """topic_vs_task, building FR."""
        r = self.rng
        headers = {}
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        if who == "us":
            if r.random() < 0.3:
                tenant = copy.deepcopy(self.decks.pick("integ", S.INTEGRATORS))
                ec = [c for c in tenant["end_customers"] if c["le_type"] == "police" and c["country"] == "US"][0]
                if r.random() < 0.7:
                    headers["X-Usegate-End-Customer"] = ec["id"]
                else:
                    self._meta = {"end_customer": ec["id"]}
                voice = "vendor_engineer"
            else:
                tenant = self.us_police(L)
                voice = r.choice(["analyst", "developer", "detective", "vendor_engineer"])
            extra = ""
        elif who == "local_live":
            tenant = self.local_police(L)
            extra = self.p(L, "BUILD_CTX_LIVE")
            labels = {"real_time": True, "mobile_camera": True, "uncontrolled": True}
            voice = r.choice(["developer", "analyst", "vendor_engineer"])
        else:  # local_retro
            tenant = self.local_police(L)
            extra = self.p(L, "BUILD_CTX_RETRO")
            labels = {"real_time": False, "mobile_camera": None, "uncontrolled": None}
            voice = r.choice(["developer", "analyst"])
        retro = who == "local_retro"
        if r.random() < 0.45:
            q = self.ask(L, "FR_CODE_ASK")
            while retro and q == L.FR_CODE_ASK[3]:
                q = self.ask(L, "FR_CODE_ASK")
            text = join(extra, q) + "\n\n```python\n" + self.decks.pick("codefr", S.CODE_FR) + "\n```"
        else:
            q = self.ask(L, "FR_BUILD")
            while retro and q == L.FR_BUILD[9]:
                q = self.ask(L, "FR_BUILD")
            text = join(q, extra)
        msgs = []
        if r.random() < 0.35:
            msgs.append({"role": "system", "content": self.sys_prompt(L, r.choice(["neutral", "generic"]), tenant["name"])})
        msgs.append(user_msg(self.deco(L, text, 0.15, 0.15)))
        return self.finish(L, voice, "topic_vs_task", tenant, msgs, "gallery", labels, headers)

    def about_fr(self, L):
        r = self.rng
        roll = r.random()
        q = None
        if roll < 0.55:
            tenant = self.us_police(L); voice = r.choice(["trainer", "analyst", "records_clerk", "officer", "lawyer"])
        elif roll < 0.7:
            tenant = self.local_police(L); voice = r.choice(["trainer", "analyst", "lawyer"])
        else:
            voice, q = self.ask(L, "ABOUT_FR_OUT") if r.random() < 0.6 else (None, None)
            k = {"journalist": "news", "activist": "ngo", "student": "uni", "researcher": "uni", None: r.choice(["news", "ngo", "uni", "law"])}[voice]
            tenant = copy.deepcopy(self.p(L, "COMMERCIAL", k))
            voice = voice or {"news": "journalist", "ngo": "activist", "uni": r.choice(["researcher", "student"]), "law": "lawyer"}[k]
        if roll < 0.7 or q is None:
            q = self.ask(L, "ABOUT_FR")
        text = self.deco(L, q, 0.25, 0.2)
        if r.random() < 0.3:
            doc = r.choice([self.p(L, "DOCS"), self.decks.pick("endoc", S.EN_DOCS)[1]])
            text = text + "\n\n" + doc
        msgs = []
        if r.random() < 0.4:
            msgs.append({"role": "system", "content": self.sys_prompt(L, r.choice(["generic", "neutral"]), tenant["name"])})
        msgs.append(user_msg(text))
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        return self.finish(L, voice, "topic_vs_task", tenant, msgs, "writing_about_fr", labels)

    def payload_transcript(self, L):
        r = self.rng
        tenant = self.us_police(L) if r.random() < 0.6 else self.local_police(L)
        sub = r.choice(["report", "report", "translate", "report"])
        q = self.ask(L, "PAYLOAD_ASK", sub)
        if r.random() < 0.6:
            tr = self.p(L, "TRANSCRIPTS"); ti = L.TRANSCRIPTS.index(tr)
        else:
            tr = self.decks.pick("entr", S.EN_TRANSCRIPTS); ti = S.EN_TRANSCRIPTS.index(tr)
        if r.random() < 0.15:
            tr2 = self.p(L, "TRANSCRIPTS")
            if tr2 != tr:
                tr = tr + "\n\n" + tr2
                ti = 4
        text = self.deco(L, q, 0.2, 0.15)
        text = (text + "\n\n" + tr) if r.random() < 0.75 else (tr + "\n\n" + text)
        msgs = []
        if r.random() < 0.5:
            msgs.append({"role": "system", "content": self.sys_prompt(L, "generic", tenant["name"])})
        if r.random() < 0.15:
            msgs.append(user_msg(text, ["kit:bodycam_frame"]))
        else:
            msgs.append(user_msg(text))
        voice = r.choice(["officer", "officer", "records_clerk", "dispatcher", "detective"])
        lab = TRANSCRIPT_LABELS[ti]
        labels = {"real_time": lab[0], "mobile_camera": lab[1], "uncontrolled": lab[2]}
        return self.finish(L, voice, "payload_as_ask", tenant, msgs, "unrelated", labels)

    def payload_doc(self, L):
        r = self.rng
        roll = r.random()
        tenant = self.us_police(L) if roll < 0.6 else self.local_police(L) if roll < 0.8 else copy.deepcopy(self.p(L, "COMMERCIAL", r.choice(["news", "law", "ngo"])))
        sub = r.choice(["summarise", "summarise", "slides", "records", "legal", "summarise"])
        q = self.ask(L, "PAYLOAD_ASK", sub)
        doc = self.p(L, "DOCS") if r.random() < 0.55 else self.decks.pick("endoc", S.EN_DOCS)[1]
        if r.random() < 0.25:
            doc = doc + "\n\n---\n" + self.decks.pick("endoc", S.EN_DOCS)[1] + "\n\n---\n" + self.p(L, "DOCS")
        text = self.deco(L, q, 0.2, 0.15) + "\n\n---\n" + doc
        msgs = []
        if r.random() < 0.4:
            msgs.append({"role": "system", "content": self.sys_prompt(L, "generic", tenant["name"])})
        msgs.append(user_msg(text))
        voice = r.choice(["records_clerk", "lawyer", "trainer", "analyst", "officer"])
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        return self.finish(L, voice, "payload_as_ask", tenant, msgs, "writing_about_fr", labels)

    def text_on_face(self, L):
        r = self.rng
        tenant = self.us_police(L) if r.random() < 0.7 else self.local_police(L)
        sub = r.choice(["blur", "blur", "count", "clothing", "id_text", "id_text", "poster", "quality", "plate"])
        if sub == "plate":
            q = self.ask(L, "PLATE"); images = ["kit:plate"]; purpose = "unrelated"
        else:
            q = self.ask(L, "NONFR", sub)
            images = {"blur": [r.choice(["kit:bodycam_frame", "kit:crowd", "kit:face_photo"])], "count": ["kit:crowd"],
                      "clothing": [r.choice(["kit:cctv_frame", "kit:bodycam_frame", "kit:face_photo"])],
                      "id_text": ["kit:id_card"], "poster": ["kit:face_crop"], "quality": ["kit:face_photo"]}[sub]
            purpose = "face_not_recognition"
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        headers = {}
        if sub in ("blur", "clothing", "count") and r.random() < 0.35:
            ctx = r.choice(["live_bodycam_street", "recorded_bodycam", "live_drone_crowd", "recorded_cctv"])
            sent, headers, _, labels = self.ctx_text_headers(L, ctx, channel="headers")
        msgs = []
        if r.random() < 0.35:
            msgs.append({"role": "system", "content": self.sys_prompt(L, "generic", tenant["name"])})
        msgs.append(user_msg(self.deco(L, q), images))
        voice = r.choice(["officer", "records_clerk", "analyst", "detective", "dispatcher"])
        return self.finish(L, voice, "text_on_face", tenant, msgs, purpose, labels, headers)

    def _tool_history(self, L, names):
        """prior assistant tool call + tool result + assistant reply, for one of the declared tools."""
        r = self.rng
        cid = "call_%06x" % r.randrange(16 ** 6)
        name = r.choice([n for n in names if n not in ("get_record", "enroll_face", "lookup_case")] or names)
        fid = "frm_%04d" % r.randrange(10000)
        if name == "face_search":
            args = {"image_id": fid, "gallery": r.choice(["mugshots", "warrants", "prior_inmates", "hotlist"]), "top_k": r.choice([3, 5])}
            res = {"candidates": [{"subject": "B%07d" % r.randrange(10 ** 7), "score": round(r.uniform(0.4, 0.8), 2)} for _ in range(r.randint(1, 3))]}
        elif name == "search_booking_photos":
            args = {"probe": "frame:%d" % r.randrange(1000), "min_score": 0.6}
            res = {"matches": [{"booking_no": "%d-%05d" % (r.randint(18, 26), r.randrange(10 ** 5)), "score": round(r.uniform(0.6, 0.9), 2)}]}
        elif name == "match_face":
            args = {"probe_url": fid, "gallery": r.choice(["prior_inmates", "banned_list", "warrants"])}
            res = {"best": {"subject_id": "S%05d" % r.randrange(10 ** 5), "similarity": round(r.uniform(0.3, 0.9), 2)}}
        elif name == "blur_faces":
            args = {"frame_id": fid}
            res = {"frame_id": "red_%04d" % r.randrange(10000), "faces_blurred": r.randint(1, 6)}
        elif name == "count_people":
            args = {"image_id": fid}
            res = {"count": r.randint(3, 400), "density": r.choice(["low", "medium", "high"])}
        elif name == "read_plate":
            args = {"image_id": fid}
            res = {"plate": "%s%d%s" % (r.choice("ABKWT"), r.randint(100, 999), r.choice(["XY", "KL", "PR"])), "confidence": 0.93}
        elif name == "describe_scene":
            args = {"image_id": fid}
            res = {"description": "adult, dark jacket, carrying a bag, walking left"}
        else:  # transcribe_audio
            args = {"clip_id": "clip_%04d" % r.randrange(10000), "language": L.LANG}
            res = {"text": "...", "duration_s": r.randint(20, 600)}
        return [
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}]},
            {"role": "tool", "tool_call_id": cid, "content": json.dumps(res)},
            {"role": "assistant", "content": self.p(L, "ASSIST_ACK")},
        ]

    def elsewhere_vendor(self, L, who):
        r = self.rng
        headers = {}
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        image = r.choice(["kit:face_photo", "kit:bodycam_frame", "kit:face_crop"])
        sent = ""
        fr = True
        if who == "us":
            if r.random() < 0.3:
                tenant = copy.deepcopy(self.decks.pick("integ", S.INTEGRATORS))
                ec = [c for c in tenant["end_customers"] if c["le_type"] == "police" and c["country"] == "US"][0]
                headers["X-Usegate-End-Customer"] = ec["id"]
            else:
                tenant = self.us_police(L)
            if r.random() < 0.4:
                ctx = r.choice(LIVE + CONTROLLED)
                sent, h2, image, labels = self.ctx_text_headers(L, ctx, channel="headers")
                headers.update(h2)
        elif who in ("local_live", "local_ctrl"):
            tenant = self.local_police(L)
            ctx = r.choice(LIVE) if who == "local_live" else r.choice([c for c in CONTROLLED if c != "border_booth"])
            sent, headers, image, labels = self.ctx_text_headers(L, ctx, channel=r.choice(["headers", "text", "both"]))
        elif who == "integ_retail":
            tenant = copy.deepcopy(self.decks.pick("integ", S.INTEGRATORS))
            ec = [c for c in tenant["end_customers"] if c["sector"] == "commercial"][0]
            headers["X-Usegate-End-Customer"] = ec["id"]
        elif who == "integ_none":
            tenant = copy.deepcopy(self.decks.pick("integ", S.INTEGRATORS))
        else:  # harmless
            fr = False
            tenant = self.us_police(L) if r.random() < 0.7 else self.local_police(L)
        if fr and who == "integ_retail":
            ecd = [c for c in tenant["end_customers"] if c["id"] == headers["X-Usegate-End-Customer"]][0]
            kyc = ecd["id"] in KYC_EC
            sysp = S.SYS_COMMERCIAL_FR[0 if kyc else 1].format(org=ecd["name"])
            tools = [S.TOOLS_FR["match_face"]]
            purpose = "verification" if kyc else "identification"
            image = "kit:face_photo" if kyc else r.choice(["kit:cctv_frame", "kit:face_photo"])
        elif fr:
            org = tenant["name"]
            if headers.get("X-Usegate-End-Customer"):
                org = [c for c in tenant["end_customers"] if c["id"] == headers["X-Usegate-End-Customer"]][0]["name"]
            if r.random() < 0.3:
                sysp = self.p(L, "SYS_VENDOR_FR_LOCAL").format(org=org)
            elif who == "local_ctrl":
                sysp = self.decks.pick("sys:vendor_fr_ctrl", [S.SYS_VENDOR_FR[2], S.SYS_VENDOR_FR[5]]).format(org=org)
            else:
                sysp = self.sys_prompt(L, "vendor_fr", org)
            names = ["face_search", "get_record"] if "face_search" in sysp else ["search_booking_photos"] if "search_booking" in sysp else ["match_face"] if "match_face" in sysp else ["face_search"]
            tools = [S.TOOLS_FR[n] for n in names]
            if r.random() < 0.3:
                tools.append(S.TOOLS_FR["enroll_face"])
            purpose = "identification"
        else:
            sysp = self.sys_prompt(L, "vendor_ok", tenant["name"])
            cand = {"RedactKit": ["blur_faces"], "CountCam": ["count_people"], "PlateReader": ["read_plate"], "ReportBuddy": ["transcribe_audio", "lookup_case"],
                    "records release": ["blur_faces"], "SceneNotes": ["describe_scene"]}
            names = next(v for k, v in cand.items() if k in sysp)
            tools = [S.TOOLS_HARMLESS[n] for n in names]
            purpose = "face_not_recognition" if names[0] in ("blur_faces", "count_people", "describe_scene") else "unrelated"
            if names[0] == "read_plate":
                image = "kit:plate"
            elif names[0] == "count_people":
                image = "kit:crowd"
        msgs = [{"role": "system", "content": sysp}]
        if r.random() < 0.5:
            hist_img = image if (not fr or who.startswith("local")) else r.choice(["kit:face_photo", "kit:bodycam_frame", image])
            msgs.append(user_msg(self.p(L, "NEXT"), [hist_img]))
            msgs += self._tool_history(L, [t["function"]["name"] for t in tools])
        nxt = self.ask(L, "NEXT")
        msgs.append(user_msg(join(sent, nxt) if sent else nxt, [image]))
        voice = r.choice(["officer", "officer", "detective", "vendor_engineer"])
        return self.finish(L, voice, "ask_elsewhere", tenant, msgs, purpose, labels, headers, tools=tools)

    def late_ask(self, L, fr=True):
        r = self.rng
        tenant = self.us_police(L) if (not fr or r.random() < 0.85) else copy.deepcopy(self.decks.pick("usother2", S.US_OTHER_LE[:2]))
        msgs = []
        if r.random() < 0.5:
            msgs.append({"role": "system", "content": self.sys_prompt(L, "generic", tenant["name"])})
        n = r.choice([1, 2, 2, 3])
        for _ in range(n):
            u, a = self.p(L, "HARMLESS_TURNS")
            msgs.append({"role": "user", "content": u})
            msgs.append({"role": "assistant", "content": a})
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        if fr:
            q = self.ask(L, "LATE_FR")
            msgs.append(user_msg(q, [r.choice(["kit:face_photo", "kit:cctv_frame", "kit:face_crop", "kit:bodycam_frame"])]))
            purpose = "identification"
            if tenant["le_type"] != "police":  # make the US non-police case a recorded one (allowed)
                sent, h_, _, labels = self.ctx_text_headers(L, "recorded_cctv", channel="headers")
                self._meta = None
                self._late_headers = {"X-Usegate-Capture-Device": "fixed", "X-Usegate-Capture-Mode": "recorded", "X-Usegate-Environment": "uncontrolled"}
                msgs[-1] = user_msg(q, ["kit:cctv_frame"])
            cls = "ask_elsewhere"
        else:
            sub = r.choice(["blur", "clothing", "count", "id_text"])
            q = self.ask(L, "NONFR", sub)
            img = {"blur": "kit:bodycam_frame", "clothing": "kit:cctv_frame", "count": "kit:crowd", "id_text": "kit:id_card"}[sub]
            msgs.append(user_msg(q, [img]))
            purpose = "face_not_recognition"
            cls = "ask_elsewhere"
        voice = r.choice(["officer", "detective", "analyst", "records_clerk"])
        h = getattr(self, "_late_headers", None) or {}
        self._late_headers = None
        return self.finish(L, voice, cls, tenant, msgs, purpose, labels, h)

    def embeddings(self, L, who):
        r = self.rng
        headers = {}
        if who == "us":
            if r.random() < 0.35:
                tenant = copy.deepcopy(self.decks.pick("integ", S.INTEGRATORS))
                ec = [c for c in tenant["end_customers"] if c["le_type"] == "police" and c["country"] == "US"][0]
                headers["X-Usegate-End-Customer"] = ec["id"]
            else:
                tenant = self.us_police(L)
            caps = [self.p(L, "EMB_BOOKING") for _ in range(r.randint(2, 4))]
            imgs = ["kit:face_crop"] * len(caps)
            purpose = "gallery"
        elif who == "photo":
            tenant = copy.deepcopy(self.p(L, "COMMERCIAL", "photo"))
            caps = [L.EMB_OTHER[i] for i in (3, 4)]
            r.shuffle(caps)
            imgs = [r.choice(["kit:face_photo", "kit:face_crop", "kit:face_sheet"]) for _ in caps]
            purpose = "gallery"
        else:
            tenant = self.us_police(L) if r.random() < 0.6 else self.local_police(L)
            idx = r.sample([0, 1, 2, 5] + ([6] if len(L.EMB_OTHER) > 6 else []), r.randint(2, 3))
            caps = [L.EMB_OTHER[i] for i in idx]
            imgs = [{0: "kit:no_face", 1: "kit:document", 2: "kit:plate", 5: "kit:no_face", 6: "kit:document"}[i] for i in idx]
            purpose = "unrelated"
        self.asks[caps[0]] += 1
        shape = r.choice(["openai", "openai", "cohere", "voyage", "jina"])
        if shape == "openai":
            body = {"model": r.choice(S.EMB_MODELS), "input": [{"image": i, "text": c} for i, c in zip(imgs, caps)]}
        elif shape == "cohere":
            body = {"model": "embed-v4.0", "input_type": "image", "inputs": [{"content": [{"type": "text", "text": c}, {"type": "image_url", "image_url": i}]} for i, c in zip(imgs, caps)]}
        elif shape == "voyage":
            body = {"model": "voyage-multimodal-3", "inputs": [{"content": [{"type": "text", "text": c}, {"type": "image_url", "image_url": i}]} for i, c in zip(imgs, caps)]}
        else:
            body = {"model": "jina-clip-v2", "input": [x for i, c in zip(imgs, caps) for x in ({"image": i}, {"text": c})]}
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        voice = r.choice(["vendor_engineer", "developer", "analyst"])
        return self.finish(L, voice, "ask_elsewhere", tenant, None, purpose, labels, headers, endpoint="/v1/embeddings", body=body)

    def attack(self, L, who):
        r = self.rng
        cls, text = self.ask(L, "ATTACK")
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        headers = {}
        if who == "us":
            tenant = self.us_police(L)
        elif who == "local_live":
            tenant = self.local_police(L)
            ctx = r.choice(LIVE)
            sent, headers, image, labels = self.ctx_text_headers(L, ctx, channel="headers")
        else:
            tenant = copy.deepcopy(self.p(L, "COMMERCIAL", "indiv"))
        msgs = []
        if cls == "ask_elsewhere":
            # split over turns
            parts = text.split(" || ")
            for p_ in parts[:-1]:
                msgs.append({"role": "user", "content": p_})
                msgs.append({"role": "assistant", "content": self.p(L, "ASSIST_ACK")})
            text = parts[-1]
        msgs.append(user_msg(text, [r.choice(["kit:face_photo", "kit:face_crop", "kit:bodycam_frame"]) if who != "local_live" else image]))
        return self.finish(L, "attacker" if who != "indiv" else "individual", cls, tenant, msgs, "identification", labels, headers)

    def unrelated(self, L):
        r = self.rng
        tenant = self.us_police(L) if r.random() < 0.6 else self.local_police(L)
        if r.random() < 0.25:
            q = self.ask(L, "CODE_OK_ASK")
            code = S.CODE_HARMLESS[0] if q == L.CODE_OK_ASK[0] else self.decks.pick("codeok", S.CODE_HARMLESS[1:])
            text = q + "\n\n```\n" + code + "\n```"
            purpose = "face_not_recognition" if q == L.CODE_OK_ASK[0] else "unrelated"
            cls = "topic_vs_task"
            voice = "developer"
        else:
            text = self.deco(L, self.ask(L, "UNRELATED"))
            purpose, cls = "unrelated", "plain"
            voice = r.choice(["officer", "dispatcher", "records_clerk", "analyst", "detective"])
        msgs = []
        if r.random() < 0.4:
            msgs.append({"role": "system", "content": self.sys_prompt(L, "generic", tenant["name"])})
        msgs.append(user_msg(text))
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        return self.finish(L, voice, cls, tenant, msgs, purpose, labels)

    def integ_direct(self, L, mode):
        """integrator forwarding an FR ask: mode us / retail / none"""
        r = self.rng
        tenant = copy.deepcopy(self.decks.pick("integ", S.INTEGRATORS))
        headers = {}
        if mode == "us":
            ec = [c for c in tenant["end_customers"] if c["le_type"] == "police" and c["country"] == "US"][0]
            headers["X-Usegate-End-Customer"] = ec["id"]
        elif mode == "none" and r.random() < 0.25:
            headers["X-Usegate-End-Customer"] = r.choice(["client-0042", "pilot-customer", "tenant-b7", "demo"])
        elif mode == "retail":
            ec = [c for c in tenant["end_customers"] if c["sector"] == "commercial"][0]
            headers["X-Usegate-End-Customer"] = ec["id"]
        if mode == "retail":
            k = "kyc" if ec["id"] in KYC_EC else "retail"
            q = self.decks.pick(L.LANG + ":COMFR:" + k, [x for x in L.COM_FR if x[1] == k])[2]
            self.asks[q] += 1
        else:
            q = self.ask(L, "FR_ID")
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        purpose = "identification"
        images = [r.choice(["kit:face_photo", "kit:cctv_frame", "kit:face_crop"])]
        voice = r.choice(["vendor_engineer", "developer"])
        if mode == "retail":
            org = ec["name"]
            if k == "kyc":
                purpose, images, sysp, voice = "verification", ["kit:face_photo", "kit:id_card"], S.SYS_COMMERCIAL_FR[0], "kyc"
            else:
                purpose, sysp, voice = COM_PURPOSE[L.COM_FR.index(next(x for x in L.COM_FR if x[2] == q))], S.SYS_COMMERCIAL_FR[1], r.choice(["store_staff", "loss_prevention", "vendor_engineer"])
            sysp = sysp.format(org=org)
        else:
            org = ec["name"] if mode == "us" else tenant["name"]
            sysp = self.sys_prompt(L, r.choice(["neutral", "generic"]), org)
        msgs = [{"role": "system", "content": sysp}] if r.random() < 0.6 else []
        msgs.append(user_msg(self.deco(L, q, 0.1, 0.1), images))
        return self.finish(L, voice, "plain", tenant, msgs, purpose, labels, headers)

    def fr_long(self, L):
        """Long officer narrative that carries its own context (non-US police)."""
        r = self.rng
        ctx, text = self.ask(L, "LONG_FR")
        tenant = self.local_police(L)
        lab, hdr = CTXDEF[ctx]
        labels = {"real_time": lab[0], "mobile_camera": lab[1], "uncontrolled": lab[2]}
        headers = {}
        if r.random() < 0.25:
            headers = {"X-Usegate-Capture-Device": hdr[0], "X-Usegate-Capture-Mode": hdr[1], "X-Usegate-Environment": hdr[2]}
        msgs = []
        if r.random() < 0.5:
            msgs.append({"role": "system", "content": self.sys_prompt(L, "generic", tenant["name"])})
        msgs.append(user_msg(text, [ctx_image(r, ctx)]))
        return self.finish(L, r.choice(["officer", "officer", "detective"]), "context", tenant, msgs, "identification", labels, headers)

    def fr_nonle(self, L):
        """Same words as a police identification ask, but the tenant is not law enforcement (allowed)."""
        r = self.rng
        k = r.choice(["indiv", "indiv", "news", "uni", "retail", "photo"])
        tenant = copy.deepcopy(self.p(L, "COMMERCIAL", k))
        q = self.decks.pick(L.LANG + ":FRGEN", [L.FR_ID[i] for i in (0, 1, 7, 9, 16)])
        self.asks[q] += 1
        img = r.choice(["kit:face_photo", "kit:crowd", "kit:face_photo?exif=phone&age=%d" % r.randint(3, 40), "kit:face_crop"])
        labels = {"real_time": None, "mobile_camera": None, "uncontrolled": None}
        if "exif=phone" in img:
            labels = {"real_time": True, "mobile_camera": True, "uncontrolled": None}
        msgs = [user_msg(self.deco(L, q), [img])]
        voice = {"indiv": "individual", "news": "journalist", "uni": "researcher", "retail": "store_staff", "photo": "developer"}[k]
        return self.finish(L, voice, "context" if "exif" in img else "plain", tenant, msgs, "identification", labels)

    def amb_unclear(self, L):
        r = self.rng
        tenant = self.local_police(L)
        sent, headers, image, labels = self.ctx_text_headers(L, "unclear_patrol", channel="text")
        q = self.ask(L, "FR_ID")
        msgs = [user_msg(self.deco(L, join(sent, q)), [image])]
        return self.finish(L, "officer", "context", tenant, msgs, "identification", labels, headers)

    def amb_contradiction(self, L):
        r = self.rng
        tenant = self.local_police(L)
        ctx = r.choice(LIVE[:3])
        sent = self.p(L, "CTX", ctx)
        headers = {"X-Usegate-Capture-Device": "fixed", "X-Usegate-Capture-Mode": "recorded", "X-Usegate-Environment": "controlled"}
        if r.random() < 0.5:
            headers = {"X-Usegate-Capture-Mode": "recorded"}
        q = self.ask(L, "FR_ID")
        msgs = [user_msg(join(sent, q), [ctx_image(r, ctx)])]
        labels = {"real_time": True, "mobile_camera": True, "uncontrolled": True}
        return self.finish(L, "officer", "context", tenant, msgs, "identification", labels, headers,
                           override=("ambiguous", ["review", "deny"], [S.C2]))


# purpose of COM_FR items by position (same order in every language file)
COM_PURPOSE = ["verification", "identification", "identification", "verification", "verification", "verification",
               "verification", "verification", "gallery", "identification", "verification", "gallery", "gallery", "identification"]
COM_SYS = {"kyc": 0, "retail": 1, "hr": 2, "photo": 3}
KYC_EC = {"kyc-fin", "kobe-bank"}
# transcripts are write-ups of recorded material: (real_time, mobile_camera, uncontrolled)
TRANSCRIPT_LABELS = {0: (False, True, True), 1: (False, None, True), 2: (False, None, True),
                     3: (False, False, False), 4: (None, None, None), 5: (False, None, True)}


def to_responses(body):
    msgs = body["messages"]
    instr = None
    inp = []
    for m in msgs:
        if m["role"] == "system" and instr is None:
            instr = m["content"]
            continue
        c = m["content"]
        if isinstance(c, list):
            nc = []
            for p in c:
                if p["type"] == "text":
                    nc.append({"type": "input_text", "text": p["text"]})
                else:
                    nc.append({"type": "input_image", "image_url": p["image_url"]["url"]})
            inp.append({"role": m["role"], "content": nc})
        else:
            inp.append({"role": m["role"], "content": c})
    nb = {"model": body["model"]}
    if instr:
        nb["instructions"] = instr
    if len(inp) == 1 and isinstance(inp[0]["content"], str):
        nb["input"] = inp[0]["content"]
    else:
        nb["input"] = inp
    for k in ("metadata", "temperature"):
        if k in body:
            nb[k] = body[k]
    return nb


RECIPES = [
    # violations (~40)
    ("fr_us", 9.8, lambda b, L: b.fr_direct(L, "us_police")),
    ("fr_local_live", 8.3, lambda b, L: b.fr_direct(L, "local_live")),
    ("fr_usother_live", 1.5, lambda b, L: b.fr_direct(L, "us_other_live")),
    ("build_us", 5, lambda b, L: b.build(L, "us")),
    ("build_local_live", 1.2, lambda b, L: b.build(L, "local_live")),
    ("vendor_us", 4, lambda b, L: b.elsewhere_vendor(L, "us")),
    ("vendor_local_live", 2, lambda b, L: b.elsewhere_vendor(L, "local_live")),
    ("late_us", 3, lambda b, L: b.late_ask(L, True)),
    ("emb_us", 2.5, lambda b, L: b.embeddings(L, "us")),
    ("attack_us", 2.3, lambda b, L: b.attack(L, "us")),
    ("attack_local_live", 0.7, lambda b, L: b.attack(L, "local_live")),
    ("integ_us", 1.3, lambda b, L: b.integ_direct(L, "us")),
    # allowed (~52)
    ("fr_local_ctrl", 5.6, lambda b, L: b.fr_direct(L, "local_ctrl")),
    ("fr_usother_ctrl", 1.5, lambda b, L: b.fr_direct(L, "us_other_ctrl")),
    ("commercial", 4.6, lambda b, L: b.commercial_fr(L)),
    ("build_local_retro", 1, lambda b, L: b.build(L, "local_retro")),
    ("about", 6, lambda b, L: b.about_fr(L)),
    ("payload_tr", 6.6, lambda b, L: b.payload_transcript(L)),
    ("payload_doc", 5, lambda b, L: b.payload_doc(L)),
    ("text_on_face", 7.5, lambda b, L: b.text_on_face(L)),
    ("vendor_ok", 3, lambda b, L: b.elsewhere_vendor(L, "harmless")),
    ("vendor_local_ctrl", 1.5, lambda b, L: b.elsewhere_vendor(L, "local_ctrl")),
    ("vendor_integ_retail", 0.8, lambda b, L: b.elsewhere_vendor(L, "integ_retail")),
    ("late_ok", 1.7, lambda b, L: b.late_ask(L, False)),
    ("emb_ok", 1.2, lambda b, L: b.embeddings(L, "other")),
    ("emb_photo", 0.6, lambda b, L: b.embeddings(L, "photo")),
    ("attack_indiv", 1.2, lambda b, L: b.attack(L, "indiv")),
    ("unrelated", 2.6, lambda b, L: b.unrelated(L)),
    ("integ_retail", 0.8, lambda b, L: b.integ_direct(L, "retail")),
    ("fr_nonle", 1.5, lambda b, L: b.fr_nonle(L)),
    ("fr_long", 2.4, lambda b, L: b.fr_long(L)),
    # ambiguous (~8)
    ("integ_none", 2.9, lambda b, L: b.integ_direct(L, "none")),
    ("vendor_integ_none", 1.2, lambda b, L: b.elsewhere_vendor(L, "integ_none")),
    ("amb_unclear", 3, lambda b, L: b.amb_unclear(L)),
    ("amb_contra", 1.6, lambda b, L: b.amb_contradiction(L)),
]


def main():
    langs = []
    for code in LANGS:
        try:
            langs.append(importlib.import_module("lang_" + code))
        except ModuleNotFoundError:
            pass
    b = Builder(SEED)
    per = [TOTAL // len(LANGS)] * len(langs)
    if len(langs) == len(LANGS):
        for i in range(TOTAL - sum(per)):
            per[i] += 1
    else:
        per = [max(TOTAL // len(LANGS), 1300 // len(langs) + 1)] * len(langs)
    names = [x[0] for x in RECIPES]
    weights = [x[1] for x in RECIPES]
    recs = []
    for L, n in zip(langs, per):
        for _ in range(n):
            i = b.rng.choices(range(len(RECIPES)), weights)[0]
            rec = RECIPES[i][2](b, L)
            rec["_recipe"] = names[i]
            recs.append(rec)
    b.rng.shuffle(recs)
    tmp = OUT + ".tmp"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(tmp, "w", encoding="utf-8") as f:
        for k, rec in enumerate(recs, 1):
            rec.pop("_recipe")
            out = {"id": "tr-b-%05d" % k}
            out.update(rec)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    # stats to stderr
    c = Counter(r["kind"] for r in recs)
    print("records", len(recs), dict(c), file=sys.stderr)
    print("distinct asks", len(b.asks), "max use", max(b.asks.values()), file=sys.stderr)
    top = b.asks.most_common(5)
    print("top", top, file=sys.stderr)


if __name__ == "__main__":
    main()
