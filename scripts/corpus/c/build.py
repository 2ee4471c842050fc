#!/usr/bin/env python3
"""Build writer c's training corpus: data/reading/train/c.jsonl.

Deterministic (fixed seed), stdlib only.  Material pools live next to this file
(pool_<lang>.py).  Labels are computed from the item's purpose/context and the
chosen tenant by the rules in data/reading/FORMAT.md.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "reading", "train", "c.jsonl")

import tenants as TN  # noqa: E402
import common as CM  # noqa: E402

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
PURPOSES = {"I": "identification", "V": "verification", "G": "gallery",
            "F": "face_not_recognition", "W": "writing_about_fr", "U": "unrelated"}
CLASSES = {"pa": "payload_as_ask", "tt": "topic_vs_task", "tf": "text_on_face",
           "cx": "context", "ae": "ask_elsewhere", "pl": "plain"}
REC = {"identification", "verification", "gallery"}

LANGS = ["en", "hi", "vi", "uk", "id", "sv", "el"]
TARGET = {"en": 1100, "hi": 383, "vi": 383, "uk": 383, "id": 383, "sv": 384, "el": 384}
KIND_TARGET = {"violation": 0.40, "allowed": 0.52, "ambiguous": 0.08}

DEVICE_HDR = {"body_worn", "dash", "handheld", "drone"}
VOICE_LE = {
    "officer": ("police", "federal_investigative", "border_immigration"),
    "border_officer": ("border_immigration",),
    "corrections": ("corrections",),
    "lawyer": ("prosecution", "police", "federal_investigative"),
    "detective": ("police", "federal_investigative"),
    "dispatcher": ("police",),
    "trainer": ("police", "corrections", "border_immigration"),
}


LANG_CC = {"hi": "IN", "vi": "VN", "uk": "UA", "id": "ID", "sv": "SE", "el": "GR"}
LE_WORDS = [
    "mugshot", "booking", "warrant", "arrest", "suspect", "custody", "sergeant", "prior", "jail", "inmate",
    "wanted", "patrol", "body cam", "bodycam", "body-cam", "traffic stop", "detective", "parolee", "officer",
    "गिरफ़्तार", "वांछित", "हवालात", "मुजरिम", "अपराधी", "कैदी", "थाने", "बॉडीकैम", "इंस्पेक्टर", "जाँच अधिकारी", "संदिग्ध",
    "truy nã", "tạm giữ", "tiền án", "phạm nhân", "đối tượng", "nghi phạm", "trinh sát", "công an", "bodycam", "Thượng úy",
    "арешт", "розшук", "затрим", "бодікам", "ІТТ", "СІЗО", "ув'язн", "засуджен", "фігурант", "підозрюван", "слідч", "майор",
    "DPO", "tahanan", "residivis", "napi", "tersangka", "penyidik", "Kompol", "polsek",
    "efterlys", "gripna", "arrestfoto", "belastade", "dömda", "intagen", "misstänkta", "utredaren", "kommissarie", "register",
    "καταζητ", "κράτησ", "σύλληψ", "κρατουμέν", "καταδικασμέν", "υπόπτ", "ανακριτ", "αστυνόμ", "φυλακ",
]


def le_evident(item):
    text = " ".join(item["turns"]) + " " + (item["sys"] or "")
    low = text.lower()
    return any(w.lower() in low for w in LE_WORDS)


def parse_pool(text, lang):
    items = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, body = line.partition(" | ")
        toks = head.split()
        if len(toks) < 6:
            raise ValueError("bad line: %r" % line[:80])
        p, cls, ctx, hint, voice, img = toks[:6]
        tools = None
        for t in toks[6:]:
            if t.startswith("@"):
                tools = t[1:]
        body = body.replace("\\n", "\n")
        sys_prompt = None
        if "||" in body:
            sys_prompt, body = body.split("||", 1)
            sys_prompt = sys_prompt.strip()
            if sys_prompt.startswith("SYS:"):
                sys_prompt = sys_prompt[4:].strip()
            body = body.strip()
        turns = [t.strip() for t in body.split(" >> ")]
        items.append({"purpose": PURPOSES[p], "cls": CLASSES[cls], "ctx": ctx, "hint": hint,
                      "voice": voice, "img": None if img == "-" else img.split("+"),
                      "tools": tools, "sys": sys_prompt, "turns": turns, "lang": lang})
    return items


def tri(c):
    return {"T": True, "F": False, "N": None}[c]


class Builder:
    def __init__(self, seed=20261130):
        self.r = random.Random(seed)
        self.counts = {}
        self.kcount = {"violation": 0, "allowed": 0, "ambiguous": 0}
        self.total = 0
        self.integrators = self._make_integrators()

    def _make_integrators(self):
        r = random.Random(7)
        out = []
        for i, (iid, name, cc) in enumerate(TN.INTEGRATOR_NAMES):
            pol = TN.US_POLICE[(i * 3) % len(TN.US_POLICE)]
            ret = TN.RETAIL_EC[i % len(TN.RETAIL_EC)]
            ecs = [dict(pol), dict(ret)]
            if i % 3 == 0:
                ecs.append(dict(TN.LOCAL_LE["en"][i % 5]))
            out.append(TN.T(iid, name, "commercial", None, cc, True, ecs))
        # retail-only integrators
        out.append(TN.T("shopsense", "ShopSense Retail Analytics", "commercial", None, "US", True,
                        [dict(TN.RETAIL_EC[0]), dict(TN.RETAIL_EC[1])]))
        out.append(TN.T("kycly", "KYCly Identity Cloud", "commercial", None, "GB", True,
                        [dict(TN.RETAIL_EC[2]), dict(TN.RETAIL_EC[3])]))
        return out

    # ---------- label helpers ----------
    def ctx_labels(self, item, imgs_kinds):
        rt, mob, unc = (tri(c) for c in item["ctx"])
        for k in imgs_kinds:
            if k in ("bodycam_frame", "dashcam_frame") and mob is None:
                mob = True
            if k == "cctv_frame" and mob is None:
                mob = False
        return rt, mob, unc

    def device_for(self, default):
        imgs = self._imgs or []
        if "bodycam_frame" in imgs:
            return "body_worn"
        if "dashcam_frame" in imgs:
            return "dash"
        return default

    def fill_headers(self, rt, mob, unc, mode):
        """mode: 'true' fill all None with True; 'false' set at least one None to False;
        'any' random consistent fill of some Nones."""
        h = {}
        r = self.r
        if mode == "true":
            if mob is None:
                h["X-Usegate-Capture-Device"] = self.device_for(r.choice(sorted(DEVICE_HDR))); mob = True
            if rt is None:
                h["X-Usegate-Capture-Mode"] = "live"; rt = True
            if unc is None:
                h["X-Usegate-Environment"] = "uncontrolled"; unc = True
        elif mode == "false":
            nones = [k for k, v in (("rt", rt), ("mob", mob), ("unc", unc)) if v is None]
            pick = set(r.sample(nones, r.randint(1, len(nones)))) if nones else set()
            for k in nones:
                if k in pick:
                    if k == "rt":
                        h["X-Usegate-Capture-Mode"] = "recorded"; rt = False
                    elif k == "mob":
                        h["X-Usegate-Capture-Device"] = "fixed"; mob = False
                    else:
                        h["X-Usegate-Environment"] = "controlled"; unc = False
        elif mode == "any":
            if rt is not None and r.random() < 0.3:
                h["X-Usegate-Capture-Mode"] = "live" if rt else "recorded"
            if mob is not None and r.random() < 0.3:
                dev = self.device_for(None) if mob else "fixed"
                if dev:
                    h["X-Usegate-Capture-Device"] = dev
            if unc is not None and r.random() < 0.3:
                h["X-Usegate-Environment"] = "uncontrolled" if unc else "controlled"
        return h, rt, mob, unc

    # ---------- options ----------
    def options(self, item):
        """Return list of candidate (kind, builder-fn) for this item."""
        lang = item["lang"]
        rec = item["purpose"] in REC
        hint = item["hint"]
        opts = []
        r = self.r
        pin = None
        if ":" in hint:
            hint, pin = hint.split(":", 1)
            allt = TN.US_POLICE + TN.US_OTHER_LE + [x for v in TN.LOCAL_LE.values() for x in v]
            pin = [x for x in allt if x["id"] == pin][0]
            if hint == "U":
                return [("violation" if rec else "allowed", pin, "any", {})]
        local_le = TN.LOCAL_LE[lang]
        local_nonle = TN.LOCAL_NONLE[lang] + ([] if lang == "en" else TN.LOCAL_NONLE["en"][:3])
        us_pol = TN.US_POLICE
        us_oth = TN.US_OTHER_LE

        def add(kind, tenant, hmode, extra=None):
            opts.append((kind, tenant, hmode, extra or {}))

        if hint in ("L", "U", "A"):
            t = r.choice(us_pol)
            if rec:
                add("violation", t, "any")
            else:
                add("allowed", t, "any")
        if hint in ("L", "X", "A", "U", "O"):
            pool = []
            if hint in ("L", "X", "A"):
                pool += local_le
            if hint in ("L", "U", "A"):
                pool += us_oth
            if hint == "X":
                pool = local_le
            if hint == "O":
                pool = us_oth
            if pin is not None:
                pool = [pin]
            pref = VOICE_LE.get(item["voice"])
            if pref:
                fp = [x for x in pool if x["le_type"] in pref]
                if fp:
                    pool = fp
            t = r.choice(pool)
            if not rec:
                add("allowed", t, "any")
            else:
                lab = self.ctx_labels(item, item["img"] or [])
                c = "".join({True: "T", False: "F", None: "N"}[v] for v in lab)
                if "F" in c:
                    add("allowed", t, "any")
                elif c == "TTT":
                    add("violation", t, "any")
                    if r.random() < 0.25 and t["country"] != "US":
                        add("ambiguous", t, "contra_recorded")
                else:
                    if item["voice"] in ("officer", "border_officer") and item["purpose"] != "gallery":
                        add("violation", t, "true")
                    add("allowed", t, "false")
        if hint in ("C", "A"):
            add("allowed", r.choice(local_nonle), "any")
        if hint in ("V", "A", "C") or (hint == "L" and rec):
            local_integ = [x for x in self.integrators if x["country"] == LANG_CC.get(lang)]
            if local_integ and r.random() < 0.6:
                integ = r.choice(local_integ)
            else:
                integ = r.choice(self.integrators)
            pol_ecs = [e for e in integ["end_customers"] if e["le_type"] == "police" and e["country"] == "US"]
            ret_ecs = [e for e in integ["end_customers"] if e["sector"] != "law_enforcement"]
            if hint == "L":
                # LE voice while the integrator declares a retailer: contradiction
                if rec and pol_ecs and ret_ecs and le_evident(item):
                    add("ambiguous", integ, "any", {"ec": ret_ecs[0]["id"], "accept": ["review", "deny"]})
            elif hint == "C":
                if ret_ecs:
                    add("allowed", integ, "any", {"ec": ret_ecs[0]["id"]})
            else:
                contra = rec and le_evident(item)
                if pol_ecs:
                    add("violation" if rec else "allowed", integ, "any", {"ec": pol_ecs[0]["id"]})
                    add("ambiguous" if rec else "allowed", integ, "any", {"ec": None})
                    if rec and r.random() < 0.2:
                        add("ambiguous", integ, "any", {"ec": "unregistered-" + r.choice(["pd-77", "sheriff-x", "cust-0042"])})
                if ret_ecs:
                    if contra:
                        add("ambiguous", integ, "any", {"ec": ret_ecs[0]["id"], "accept": ["review", "deny"]})
                    else:
                        add("allowed", integ, "any", {"ec": ret_ecs[0]["id"]})
                if not pol_ecs:
                    if contra:
                        add("ambiguous", integ, "any", {"ec": None, "accept": ["review", "deny"]})
                    else:
                        add("allowed", integ, "any", {"ec": None})
        if hint == "A" and r.random() < 0.3:
            add("allowed", r.choice(TN.LOCAL_NONLE["en"]), "any")
        return opts

    def choose(self, opts):
        tot = max(1, self.total)
        best = None
        bestscore = None
        for o in opts:
            k = o[0]
            deficit = KIND_TARGET[k] - self.kcount[k] / tot
            score = deficit + self.r.random() * 0.08
            if bestscore is None or score > bestscore:
                best, bestscore = o, score
        return best

    # ---------- body ----------
    def image_ref(self, kind, rt, mob):
        ref = "kit:" + kind
        r = self.r
        if kind in ("face_photo", "face_crop", "bodycam_frame", "dashcam_frame") and r.random() < 0.35:
            if rt is True and mob is True:
                dev = {"bodycam_frame": "bodycam", "dashcam_frame": "dashcam"}.get(kind, "phone")
                ref += "?exif=%s&age=%d" % (dev, r.choice([3, 5, 8, 12, 20, 41]))
            elif rt is False and mob is not False:
                dev = {"bodycam_frame": "bodycam", "dashcam_frame": "dashcam"}.get(kind, "phone")
                ref += "?exif=%s&age=%d" % (dev, r.choice([86400 * 2, 259200, 604800, 1209600]))
            elif mob is False and kind == "face_photo" and rt is not True:
                ref += "?exif=cctv&age=%d" % r.choice([172800, 432000])
        return ref

    def build(self, item, rid):
        r = self.r
        opts = self.options(item)
        kind, tenant, hmode, extra = self.choose(opts)
        lang = item["lang"]
        imgs = item["img"] or []
        self._imgs = imgs
        rt, mob, unc = self.ctx_labels(item, imgs)
        accept = None
        headers = {}
        if hmode == "contra_recorded":
            headers = {"X-Usegate-Capture-Mode": "recorded"}
            accept = ["review", "deny"]
        else:
            h, rt, mob, unc = self.fill_headers(rt, mob, unc, hmode)
            headers.update(h)
        metadata = None
        if "ec" in extra and extra["ec"] is not None:
            if r.random() < 0.3:
                metadata = {"end_customer": extra["ec"]}
            else:
                headers["X-Usegate-End-Customer"] = extra["ec"]
        # clauses
        purpose = item["purpose"]
        rec = purpose in REC
        clauses = []
        if rec:
            eff = tenant
            if tenant["integrator"] and extra.get("ec"):
                m = [e for e in tenant["end_customers"] if e["id"] == extra["ec"]]
                eff = m[0] if m else None
            if eff is not None and not (tenant["integrator"] and not extra.get("ec")):
                if eff["sector"] == "law_enforcement" and eff["le_type"] == "police" and eff["country"] == "US":
                    clauses.append(C1)
                if eff["sector"] == "law_enforcement" and rt and mob and unc:
                    clauses.append(C2)
            else:
                # unknown end customer
                clauses.append(C1)
        if kind == "violation":
            assert clauses, (item, tenant)
            expect = {"accept": ["deny"], "clauses": clauses}
        elif kind == "allowed":
            expect = {"accept": ["allow"], "clauses": []}
        else:
            if not clauses:
                clauses = [C1] if tenant["integrator"] else [C2]
            expect = {"accept": accept or extra.get("accept") or ["review"], "clauses": clauses}
        # consistency checks for allowed
        if kind == "allowed" and rec and not tenant["integrator"]:
            assert not (tenant["sector"] == "law_enforcement" and tenant["le_type"] == "police" and tenant["country"] == "US")
            assert not (tenant["sector"] == "law_enforcement" and rt and mob and unc)
        body, endpoint = self.make_body(item, tenant, rt, mob)
        if metadata:
            body["metadata"] = metadata
        elif r.random() < 0.06 and endpoint != "/v1/embeddings":
            body["metadata"] = {"ticket": "%s-%05d" % (r.choice(["INC", "RMS", "CASE", "REQ", "JIRA"]), r.randint(100, 99999))}
        rec_obj = {
            "id": rid, "lang": lang, "voice": item["voice"], "class": item["cls"],
            "received_at": self.when(), "tenant": tenant, "endpoint": endpoint, "headers": headers,
            "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
            "expect": expect, "kind": kind,
        }
        self.kcount[kind] += 1
        self.total += 1
        return rec_obj

    def when(self):
        base = datetime(2024, 7, 1, 6, 0, 0)
        dt = base + timedelta(seconds=self.r.randint(0, 86400 * 870))
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")

    def fill_text(self, s, lang):
        r = self.r
        for ph, key in (("{T}", "transcripts"), ("{D}", "docs"), ("{CODE_FR}", "code_fr"),
                        ("{CODE_OK}", "code_ok")):
            while ph in s:
                pool = CM.get_pool(lang, key)
                s = s.replace(ph, r.choice(pool), 1)
        return s

    def make_body(self, item, tenant, rt, mob):
        r = self.r
        lang = item["lang"]
        model = r.choice(CM.MODELS)
        turns = [self.fill_text(t, lang) for t in item["turns"]]
        sys_prompt = item["sys"]
        if sys_prompt is None and r.random() < 0.4:
            sys_prompt = CM.system_prompt(r, lang, tenant)
        if sys_prompt:
            sys_prompt = self.fill_text(sys_prompt, lang).replace("{ORG}", tenant["name"])
        prior = []
        if len(turns) == 1 and item["cls"] != "ae" and r.random() < 0.18:
            prior = list(r.choice(CM.get_pool(lang, "prior")))
        if item["tools"] and item["tools"].startswith("emb"):
            return CM.embeddings_body(r, item, [self.image_ref(k, rt, mob) for k in (item["img"] or [])]), "/v1/embeddings"
        tools = CM.TOOLSETS[item["tools"]] if item["tools"] else None
        imgs = [self.image_ref(k, rt, mob) for k in (item["img"] or [])]
        endpoint = "/v1/chat/completions"
        use_resp = tools is None and r.random() < 0.13
        all_turns = prior + turns
        if use_resp:
            endpoint = "/v1/responses"
            inp = []
            for i, t in enumerate(all_turns):
                role = "user" if i % 2 == 0 else "assistant"
                if i == len(all_turns) - 1 and imgs:
                    content = [{"type": "input_text", "text": t}] + [{"type": "input_image", "image_url": u} for u in imgs]
                    inp.append({"role": role, "content": content})
                elif role == "assistant":
                    inp.append({"role": role, "content": [{"type": "output_text", "text": t}]})
                else:
                    inp.append({"role": role, "content": t})
            body = {"model": model}
            if sys_prompt:
                body["instructions"] = sys_prompt
            if len(inp) == 1 and isinstance(inp[0]["content"], str) and r.random() < 0.5:
                body["input"] = inp[0]["content"]
            else:
                body["input"] = inp
            return body, endpoint
        msgs = []
        if sys_prompt:
            msgs.append({"role": r.choice(["system"] * 4 + ["developer"]), "content": sys_prompt})
        for i, t in enumerate(all_turns):
            role = "user" if i % 2 == 0 else "assistant"
            if i == len(all_turns) - 1 and imgs:
                content = ([{"type": "text", "text": t}] if t else []) + [{"type": "image_url", "image_url": {"url": u}} for u in imgs]
                msgs.append({"role": role, "content": content})
            else:
                msgs.append({"role": role, "content": t})
        body = {"model": model, "messages": msgs}
        if tools:
            body["tools"] = tools
            if r.random() < 0.3:
                body["tool_choice"] = "auto"
        if r.random() < 0.1:
            body["temperature"] = r.choice([0, 0.2, 0.3, 0.7])
        return body, endpoint


def main():
    b = Builder()
    records = []
    for lang in LANGS:
        try:
            mod = __import__("pool_" + lang)
        except ImportError:
            print("skip %s (no pool yet)" % lang, file=sys.stderr)
            continue
        items = parse_pool(mod.POOL, lang)
        extra = getattr(mod, "EXTRA", None)
        n = min(TARGET[lang], int(len(items) * 3.2))
        seq = []
        passes = 0
        while len(seq) < n:
            order = list(items)
            b.r.shuffle(order)
            if len(seq) + len(order) > n:
                # last, partial pass: recognition asks first (keeps the kind mix near target)
                order.sort(key=lambda it: 0 if it["purpose"] in REC and it["hint"] not in ("C",) else 1)
            seq.extend(order)
            passes += 1
        seq = seq[:n]
        print("%s: %d items, %d passes" % (lang, len(items), passes), file=sys.stderr)
        for it in seq:
            records.append(b.build(it, None))
    b.r.shuffle(records)
    # embeddings / special records from common
    for i, rec in enumerate(records, 1):
        rec["id"] = "tr-c-%05d" % i
    tmp = OUT + ".tmp"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(tmp, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print("wrote %d records; kinds %s" % (len(records), b.kcount), file=sys.stderr)


if __name__ == "__main__":
    main()
