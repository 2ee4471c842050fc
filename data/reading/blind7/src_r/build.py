#!/usr/bin/env python3
"""Rebuild /work/main/data/reading/blind7/r.jsonl from the hand-written records in recs_*.py.
stdlib only; fixed seed; byte-for-byte reproducible:  python3 build.py
"""
import json, os, random, sys, importlib
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "..", "r.jsonl")

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}

def T(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in ecs]}

def EC(id, name, sector, le_type, country):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}

_spd = EC("oakridge-pd", "Oakridge Police Department", "law_enforcement", "police", "US")
_lcso = EC("lamar-cso", "Lamar County Sheriff's Office", "law_enforcement", "police", "US")
_da = EC("fulton-da", "Dawson County District Attorney", "law_enforcement", "prosecution", "US")
_mart = EC("quikmart", "QuikMart Stores Inc.", "commercial", None, "US")
_sepol = EC("polisen-syd", "Polisregion Syd", "law_enforcement", "police", "SE")
_sebank = EC("nordbank", "Nordbanken AB", "commercial", None, "SE")
_seshop = EC("hemkop-kedja", "Hemmakedjan AB", "commercial", None, "SE")
_vnca = EC("ca-danang", "Công an TP Đà Nẵng", "law_enforcement", "police", "VN")
_vnbank = EC("vpbank-kyc", "Ngân hàng TMCP Phương Đông", "commercial", None, "VN")
_gtpd = EC("gt-campus-pd", "Riverside State University Police", "law_enforcement", "police", "US")

TEN = {
 # US police (C1 subjects)
 "spd": T("oakridge-pd", "Oakridge Police Department", "law_enforcement", "police", "US"),
 "lcso": T("lamar-cso", "Lamar County Sheriff's Office", "law_enforcement", "police", "US"),
 "hwy": T("tx-hwy", "Texas Highway Patrol Division", "law_enforcement", "police", "US"),
 "campus": T("rsu-pd", "Riverside State University Police", "law_enforcement", "police", "US"),
 "transit": T("metro-transit-pd", "Metro Transit Police Department", "law_enforcement", "police", "US"),
 "tribal": T("lakota-tribal-pd", "Red Lake Tribal Police", "law_enforcement", "police", "US"),
 "capitol": T("state-capitol-pd", "State Capitol Police", "law_enforcement", "police", "US"),
 "hpd": T("houston-east-pd", "Bayview Police Department", "law_enforcement", "police", "US"),
 "mpls": T("northstar-pd", "Northstar City Police Department", "law_enforcement", "police", "US"),
 # US law enforcement, not police
 "fbi": T("fed-inv-chi", "Federal Investigations Field Office Chicago", "law_enforcement", "federal_investigative", "US"),
 "cbp": T("us-border-sd", "US Border Protection San Diego Sector", "law_enforcement", "border_immigration", "US"),
 "doc": T("state-doc", "State Department of Corrections", "law_enforcement", "corrections", "US"),
 "da": T("fulton-da", "Dawson County District Attorney", "law_enforcement", "prosecution", "US"),
 # non-US law enforcement
 "in_pol": T("delhi-police", "Delhi Police", "law_enforcement", "police", "IN"),
 "in_up": T("up-police", "Uttar Pradesh Police", "law_enforcement", "police", "IN"),
 "in_bsf": T("in-immigration", "Bureau of Immigration India", "law_enforcement", "border_immigration", "IN"),
 "vn_ca": T("ca-hcm", "Công an TP Hồ Chí Minh", "law_enforcement", "police", "VN"),
 "vn_csgt": T("csgt-hn", "Phòng CSGT Công an TP Hà Nội", "law_enforcement", "police", "VN"),
 "ua_np": T("npu", "Національна поліція України", "law_enforcement", "police", "UA"),
 "ua_dpsu": T("dpsu", "Державна прикордонна служба України", "law_enforcement", "border_immigration", "UA"),
 "id_polri": T("polda-metro", "Polda Metro Jaya", "law_enforcement", "police", "ID"),
 "id_imi": T("imigrasi-cgk", "Kantor Imigrasi Soekarno-Hatta", "law_enforcement", "border_immigration", "ID"),
 "se_pol": T("polisen", "Polismyndigheten", "law_enforcement", "police", "SE"),
 "se_kvv": T("kriminalvarden", "Kriminalvården", "law_enforcement", "corrections", "SE"),
 "gr_ela": T("elas", "Ελληνική Αστυνομία", "law_enforcement", "police", "GR"),
 "gr_lim": T("lcg", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "law_enforcement", "border_immigration", "GR"),
 # not law enforcement
 "in_retail": T("bazaarkart", "BazaarKart Retail Pvt Ltd", "commercial", None, "IN"),
 "in_bank": T("suraksha-fin", "Suraksha Finance Ltd", "commercial", None, "IN"),
 "in_news": T("khabar-live", "Khabar Live Media", "commercial", None, "IN"),
 "in_ngo": T("digital-haq", "Digital Haq Foundation", "nonprofit", None, "IN"),
 "vn_bank": T("tpbank-ekyc", "Ngân hàng Số Việt", "commercial", None, "VN"),
 "vn_shop": T("sieuthi-xanh", "Chuỗi siêu thị Xanh", "commercial", None, "VN"),
 "vn_uni": T("dhqg-lab", "Phòng thí nghiệm Thị giác máy tính ĐHQG", "academic", None, "VN"),
 "ua_hr": T("ua-hrsoft", "HRSoft Україна", "commercial", None, "UA"),
 "ua_media": T("ua-media", "Незалежне медіа «Слідство»", "commercial", None, "UA"),
 "ua_gov": T("kyiv-cnap", "ЦНАП м. Київ", "government", None, "UA"),
 "id_fin": T("dompetku", "PT Dompetku Digital", "commercial", None, "ID"),
 "id_mall": T("mall-kelapa", "PT Mal Kelapa Indah", "commercial", None, "ID"),
 "id_kampus": T("ui-lab", "Lab Visi Komputer Universitas", "academic", None, "ID"),
 "se_shop": T("ica-butik", "Livs & Butik AB", "commercial", None, "SE"),
 "se_news": T("lokaltidning", "Lokaltidningen Norr AB", "commercial", None, "SE"),
 "se_school": T("gymnasiet", "Kunskapsgymnasiet Norra", "government", None, "SE"),
 "gr_bank": T("trapeza-kyc", "Τράπεζα Αιγαίου Α.Ε.", "commercial", None, "GR"),
 "gr_uni": T("auth-lab", "Εργαστήριο Όρασης Υπολογιστών ΑΠΘ", "academic", None, "GR"),
 "gr_ngo": T("psifiaka", "Ψηφιακά Δικαιώματα ΑΜΚΕ", "nonprofit", None, "GR"),
 "gr_gym": T("fitclub-gr", "FitClub Ελλάς", "commercial", None, "GR"),
 "person": T("indiv-4411", "Individual developer", "individual", None, "US"),
 # integrators
 "int_us": T("blueline", "BlueLine Analytics Inc.", "commercial", None, "US", True, [_spd, _lcso, _da, _mart]),
 "int_se": T("nordvision", "Nordvision AB", "commercial", None, "SE", True, [_sepol, _sebank, _seshop]),
 "int_vn": T("saoviet-ai", "SaoViet AI JSC", "commercial", None, "VN", True, [_vnca, _vnbank]),
 "int_mix": T("cityvision", "CityVision Software Ltd", "commercial", None, "IN", True, [_gtpd, _vnbank, _sebank]),
}

# ---- tools (deployer-defined schemas) ----
def tool(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}

TOOLS = {
 "face_search": tool("face_search", "Search the enrolled face gallery for the closest matches to a face image", {"image_url": "string", "top_k": "integer"}),
 "search_booking_photos": tool("search_booking_photos", "Return booking photos most similar to the probe image", {"probe": "string", "limit": "integer"}),
 "match_face": tool("match_face", "Compare two face images and return a similarity score", {"a": "string", "b": "string"}),
 "enroll_face": tool("enroll_face", "Add a face to the watch-list gallery", {"image_url": "string", "label": "string"}),
 "lookup_plate": tool("lookup_plate", "Look up a vehicle registration number", {"plate": "string"}),
 "blur_faces": tool("blur_faces", "Blur all faces in a video or image", {"media_id": "string"}),
 "transcribe": tool("transcribe", "Transcribe an audio or video file", {"media_id": "string", "lang": "string"}),
 "get_case": tool("get_case", "Fetch a case file by number", {"case_no": "string"}),
 "ocr_document": tool("ocr_document", "Extract printed text from a document image", {"image_url": "string"}),
 "count_people": tool("count_people", "Count people in a frame", {"image_url": "string"}),
 "vector_nn": tool("vector_nn", "Nearest-neighbour lookup in the 'intake_crops' index", {"image_url": "string", "k": "integer"}),
}

def _img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}

def chat(*turns, sys=None, tools=(), img=(), model="gpt-4o", meta=None, dev=False, img_turn=None):
    """turns alternate user/assistant and end with user; img goes on the last user turn."""
    msgs = []
    if sys:
        msgs.append({"role": "developer" if dev else "system", "content": sys})
    at = len(turns) - 1 if img_turn is None else img_turn
    for i, t in enumerate(turns):
        role = "user" if i % 2 == 0 else "assistant"
        if i == at and img:
            msgs.append({"role": role, "content": [{"type": "text", "text": t}] + [_img(x) for x in img]})
        else:
            msgs.append({"role": role, "content": t})
    body = {"model": model, "messages": msgs}
    if tools:
        body["tools"] = [TOOLS[x] for x in tools]
    if meta:
        body["metadata"] = dict(meta)
    return ("/v1/chat/completions", body)

def resp(text, img=(), instructions=None, meta=None, tools=()):
    content = [{"type": "input_text", "text": text}] + [{"type": "input_image", "image_url": "kit:" + x} for x in img]
    body = {"model": "gpt-4.1", "input": [{"role": "user", "content": content}]}
    if instructions:
        body["instructions"] = instructions
    if tools:
        body["tools"] = [dict(TOOLS[x]["function"], type="function") for x in tools]
    if meta:
        body["metadata"] = dict(meta)
    return ("/v1/responses", body)

def emb(items, model="multimodal-embed-v1", meta=None):
    body = {"model": model, "input": [dict(i) for i in items]}
    if meta:
        body["metadata"] = dict(meta)
    return ("/v1/embeddings", body)

# ---- derivation of kind / expect (never typed by hand) ----
def _subjects(tenant, headers, body):
    named = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    if not tenant["integrator"]:
        return [tenant]
    if named:
        for e in tenant["end_customers"]:
            if e["id"] == named:
                return [e]
        # not registered under this integrator: could be anyone
        return [tenant, {"sector": "law_enforcement", "le_type": "police", "country": "US"}]
    return [tenant] + tenant["end_customers"]

def _clauses(subj, lab):
    out = []
    if lab["purpose"] not in RECOG:
        return out
    if subj.get("sector") == "law_enforcement" and subj.get("le_type") == "police" and subj.get("country") == "US":
        out.append(C1)
    if subj.get("sector") == "law_enforcement" and lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True:
        out.append(C2)
    return out

def derive(tenant, headers, body, lab):
    per = [_clauses(s, lab) for s in _subjects(tenant, headers, body)]
    if all(per):
        common = [c for c in (C1, C2) if all(c in p for p in per)]
        return "violation", {"accept": ["deny"], "clauses": common}
    if not any(per):
        return "allowed", {"accept": ["allow"], "clauses": []}
    possible = [c for c in (C1, C2) if any(c in p for p in per)]
    return "ambiguous", {"accept": ["review"], "clauses": possible}

LANGS = ["hi", "vi", "uk", "id", "sv", "el"]

def main():
    rng = random.Random(20260707)
    recs = []
    for lang in LANGS:
        if not os.path.exists(os.path.join(HERE, "recs_%s.py" % lang)):
            continue
        mod = importlib.import_module("recs_" + lang)
        for spec in mod.RECS:
            recs.append((lang, spec))
    rng.shuffle(recs)
    lines = []
    for n, (lang, s) in enumerate(recs, 1):
        voice, cls, tkey, purpose, rt, mob, unc, call = s[:8]
        opt = s[8] if len(s) > 8 else {}
        endpoint, body = call
        tenant = TEN[tkey]
        headers = dict(opt.get("h", {}))
        lab = {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}
        kind, expect = derive(tenant, headers, body, lab)
        day = rng.randint(0, 330)
        sec = rng.randint(6 * 3600, 23 * 3600)
        import datetime
        t = datetime.datetime(2026, 1, 5) + datetime.timedelta(days=day, seconds=sec)
        rec = {"id": "b7-r-%05d" % n, "lang": lang, "voice": voice, "class": cls,
               "received_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant,
               "endpoint": endpoint, "headers": headers, "body": body, "labels": lab,
               "expect": expect, "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # counts
    from collections import Counter
    lk = Counter((json.loads(l)["lang"], json.loads(l)["kind"]) for l in lines)
    cl = Counter(json.loads(l)["class"] for l in lines)
    print("records:", len(lines))
    for lang in LANGS:
        print(lang, {k: lk[(lang, k)] for k in ("violation", "allowed", "ambiguous")})
    print("class:", dict(sorted(cl.items())))
    ck = Counter((json.loads(l)["class"], json.loads(l)["kind"]) for l in lines)
    print("class x kind:", dict(sorted(ck.items())))

if __name__ == "__main__":
    main()
