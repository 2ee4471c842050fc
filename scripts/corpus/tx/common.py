"""Shared tenants, kit shorthands, record helper and derive() for the tx writer."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}
P = {"id": "identification", "ver": "verification", "gal": "gallery",
     "fnr": "face_not_recognition", "wfr": "writing_about_fr", "unr": "unrelated"}
KIT = {"fp": "face_photo", "fc": "face_crop", "fs": "face_sheet", "cr": "crowd", "idc": "id_card",
       "nf": "no_face", "pl": "plate", "doc": "document", "bc": "bodycam_frame",
       "dc": "dashcam_frame", "cc": "cctv_frame"}


def _t(id_, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id_, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(ecs)}


LE = "law_enforcement"
T = {
    # US law enforcement
    "us_pd": _t("mgpd", "Maple Grove Police Department", LE, "police", "US"),
    "us_pd2": _t("lwpd", "Lowell Heights Police Department", LE, "police", "US"),
    "us_sher": _t("kvso", "Kern Valley County Sheriff's Office", LE, "police", "US"),
    "us_transit": _t("bmtp", "Bay Metro Transit Police", LE, "police", "US"),
    "us_hwy": _t("sthp", "State Highway Patrol of Ohio", LE, "police", "US"),
    "us_fed": _t("fieo", "Federal Investigations Field Office Newark", LE, "federal_investigative", "US"),
    "us_da": _t("ccsao", "Cook County State's Attorney's Office", LE, "prosecution", "US"),
    "us_corr": _t("tdoc", "Tri-County Department of Corrections", LE, "corrections", "US"),
    # non-US law enforcement
    "se_pol": _t("polisen-sthlm", "Polisen Region Stockholm", LE, "police", "SE"),
    "se_tull": _t("tullverket", "Tullverket", LE, "border_immigration", "SE"),
    "se_kvv": _t("kriminalvarden", "Kriminalvården", LE, "corrections", "SE"),
    "ua_np": _t("npu-kyiv", "Головне управління Національної поліції у м. Києві", LE, "police", "UA"),
    "ua_dpsu": _t("dpsu-west", "Західне регіональне управління ДПСУ", LE, "border_immigration", "UA"),
    "in_pol": _t("mh-police", "Maharashtra Police, Pune City", LE, "police", "IN"),
    "in_dl": _t("delhi-police", "Delhi Police", LE, "police", "IN"),
    "br_pm": _t("pmesp", "Polícia Militar do Estado de São Paulo", LE, "police", "BR"),
    "br_pc": _t("pcmg", "Polícia Civil de Minas Gerais", LE, "police", "BR"),
    "pt_psp": _t("psp-lisboa", "PSP Comando Metropolitano de Lisboa", LE, "police", "PT"),
    "gr_el": _t("elas-attica", "Ελληνική Αστυνομία - Διεύθυνση Αστυνομίας Αττικής", LE, "police", "GR"),
    "gr_lim": _t("limeniko", "Λιμενικό Σώμα", LE, "border_immigration", "GR"),
    "nl_pol": _t("politie-rdam", "Politie Eenheid Rotterdam", LE, "police", "NL"),
    "nl_kmar": _t("kmar", "Koninklijke Marechaussee", LE, "border_immigration", "NL"),
    "be_pol": _t("pz-antwerpen", "Politiezone Antwerpen", LE, "police", "BE"),
    "vn_ca": _t("ca-hcm", "Công an TP. Hồ Chí Minh", LE, "police", "VN"),
    "id_polri": _t("polda-metro", "Polda Metro Jaya", LE, "police", "ID"),
    "id_imig": _t("imigrasi-sh", "Kantor Imigrasi Soekarno-Hatta", LE, "border_immigration", "ID"),
    # not law enforcement
    "se_shop": _t("coopnord", "Coop Nord Butiker AB", "commercial", None, "SE"),
    "se_news": _t("svd-red", "Stockholms Dagblad Redaktion", "commercial", None, "SE"),
    "ua_bank": _t("monofin", "МоноФін Банк", "commercial", None, "UA"),
    "ua_ngo": _t("pravo-ngo", "Центр прав людини «Право»", "nonprofit", None, "UA"),
    "in_kyc": _t("paysetu", "PaySetu Fintech Pvt Ltd", "commercial", None, "IN"),
    "in_hr": _t("talentkart", "TalentKart HR Services", "commercial", None, "IN"),
    "br_loja": _t("lojasbr", "Lojas Bom Preço S.A.", "commercial", None, "BR"),
    "pt_law": _t("mcs-adv", "Matos, Cruz & Silva Advogados", "commercial", None, "PT"),
    "gr_uni": _t("auth-lab", "Εργαστήριο Όρασης ΑΠΘ", "academic", None, "GR"),
    "gr_hotel": _t("aegean-hotels", "Aegean Blue Hotels", "commercial", None, "GR"),
    "nl_gym": _t("fitnl", "FitPlaats B.V.", "commercial", None, "NL"),
    "nl_news": _t("nrd-media", "Noordelijk Dagblad", "commercial", None, "NL"),
    "vn_shop": _t("sieuthi-xanh", "Siêu thị Xanh", "commercial", None, "VN"),
    "vn_kyc": _t("vipay", "ViPay JSC", "commercial", None, "VN"),
    "id_kyc": _t("dompetku", "PT Dompet Kita Digital", "commercial", None, "ID"),
    "id_hr": _t("kerjaku", "PT Kerjaku Indonesia", "commercial", None, "ID"),
    "us_gov": _t("city-clerk", "City of Maple Grove Clerk's Office", "government", None, "US"),
    "indiv": _t("indiv-88", "Individual developer", "individual", None, "SE"),
}
T["vb"] = _t("visionbridge", "VisionBridge Inc.", "commercial", None, "US", True,
             [T["us_pd"], T["nl_pol"], T["br_loja"], T["se_shop"]])
T["ns"] = _t("nordsight", "Nordsight AB", "commercial", None, "SE", True,
             [T["se_pol"], T["us_sher"], T["se_shop"]])
T["kav"] = _t("kavach-ai", "Kavach AI Solutions", "commercial", None, "IN", True,
              [T["in_pol"], T["in_kyc"], T["us_transit"]])
T["lens"] = _t("lensmar", "Lensmar Tecnologia", "commercial", None, "BR", True,
               [T["br_pm"], T["pt_psp"], T["br_loja"]])
T["nus"] = _t("nusa-vision", "PT Nusa Vision", "commercial", None, "ID", True,
              [T["id_polri"], T["id_kyc"], T["vn_ca"]])
T["shop_int"] = _t("shopcam", "ShopCam Analytics", "commercial", None, "NL", True,
                   [T["nl_gym"], T["br_loja"]])

TOOLS = {
    "face": {"type": "function", "function": {"name": "match_face", "description": "Match a face image against the gallery and return candidate identities with scores.",
             "parameters": {"type": "object", "properties": {"image_ref": {"type": "string"}, "top_k": {"type": "integer"}}, "required": ["image_ref"]}}},
    "mug": {"type": "function", "function": {"name": "search_mugshots", "description": "Search the booking-photo archive for faces similar to the supplied image.",
            "parameters": {"type": "object", "properties": {"image": {"type": "string"}, "max_results": {"type": "integer"}}, "required": ["image"]}}},
    "book": {"type": "function", "function": {"name": "search_booking_photos", "description": "1:N face search over prior inmates' booking photos.",
             "parameters": {"type": "object", "properties": {"frame_id": {"type": "string"}}, "required": ["frame_id"]}}},
    "plate": {"type": "function", "function": {"name": "lookup_plate", "description": "Look up a registration plate in the vehicle register.",
              "parameters": {"type": "object", "properties": {"plate": {"type": "string"}}, "required": ["plate"]}}},
    "report": {"type": "function", "function": {"name": "save_report_draft", "description": "Save an incident report draft to the case file.",
               "parameters": {"type": "object", "properties": {"case_no": {"type": "string"}, "text": {"type": "string"}}, "required": ["case_no", "text"]}}},
    "blur": {"type": "function", "function": {"name": "blur_faces", "description": "Detect and blur every face in a frame before release.",
             "parameters": {"type": "object", "properties": {"frame_id": {"type": "string"}, "strength": {"type": "number"}}, "required": ["frame_id"]}}},
    "count": {"type": "function", "function": {"name": "count_people", "description": "Estimate the number of people and density per square metre in an image.",
              "parameters": {"type": "object", "properties": {"image": {"type": "string"}}, "required": ["image"]}}},
    "verify": {"type": "function", "function": {"name": "verify_face", "description": "1:1 compare a live selfie with the portrait on an identity document; returns same_person and score.",
               "parameters": {"type": "object", "properties": {"selfie": {"type": "string"}, "document": {"type": "string"}}, "required": ["selfie", "document"]}}},
}

HDR = {"dev": "X-Usegate-Capture-Device", "mode": "X-Usegate-Capture-Mode", "env": "X-Usegate-Environment",
       "ec": "X-Usegate-End-Customer"}
MOBILE_DEV = {"body_worn", "dash", "handheld", "drone"}
EXIF_MOBILE = {"bodycam", "dashcam", "phone", "drone"}

RECORDS = []
_LANG = [None]


def lang(code):
    _LANG[0] = code


def _img(code):
    base, _, q = code.partition("?")
    return "kit:" + KIT.get(base, base) + ("?" + q if q else "")


def r(k, voice, cls, ten, text, img=None, p="id", ctx="---", sys=None, tools=None, hdr=None, meta=None,
      turns=None, ep=None, emb=None, amb=False, lang=None):
    """k: expected kind (v/a/m); ctx: three chars for real_time, mobile_camera, uncontrolled (T/F/-)."""
    imgs = [] if img is None else ([img] if isinstance(img, str) else list(img))
    RECORDS.append(dict(k=k, voice=voice, cls=cls, ten=ten, text=text, imgs=[_img(i) for i in imgs], p=P[p],
                        ctx=ctx, sys=sys, tools=tools, hdr=hdr or {}, meta=meta, turns=turns or [], ep=ep,
                        emb=emb, amb=amb, lang=lang or _LANG[0]))


def _tri(c):
    return {"T": True, "F": False, "-": None}[c]


def context_labels(rec):
    rt, mob, unc = (_tri(c) for c in rec["ctx"])
    decl = dict(rec["hdr"])
    for key, v in (rec["meta"] or {}).items():
        decl[{"capture_device": HDR["dev"], "capture_mode": HDR["mode"], "environment": HDR["env"]}.get(key, key)] = v
    if mob is None and HDR["dev"] in decl:
        mob = decl[HDR["dev"]] in MOBILE_DEV
    if rt is None and HDR["mode"] in decl:
        rt = decl[HDR["mode"]] == "live"
    if unc is None and HDR["env"] in decl:
        unc = decl[HDR["env"]] == "uncontrolled"
    for i in rec["imgs"]:
        base, _, q = i.partition("?")
        qs = dict(kv.split("=") for kv in q.split("&")) if q else {}
        if mob is None and base in ("kit:bodycam_frame", "kit:dashcam_frame"):
            mob = True
        if mob is None and base == "kit:cctv_frame":
            mob = False
        if "exif" in qs and mob is None:
            mob = qs["exif"] in EXIF_MOBILE
        if "age" in qs and rt is None:
            a = int(qs["age"])
            rt = True if a <= 120 else (False if a >= 3600 else None)
    return rt, mob, unc


def end_customer(rec):
    if rec["hdr"].get(HDR["ec"]):
        return rec["hdr"][HDR["ec"]]
    return (rec["meta"] or {}).get("end_customer")


def derive(tenant, ec_id, purpose, rt, mob, unc, amb=False):
    """kind, accept, clauses from who (tenant / end customer) and the labels (FORMAT.md rules)."""
    recog = purpose in REC
    ent, unknown = tenant, False
    if tenant["integrator"]:
        if ec_id:
            found = [e for e in tenant["end_customers"] if e["id"] == ec_id]
            ent = found[0] if found else None
            unknown = not found
        else:
            ent = None
            unknown = any(e["sector"] == LE for e in tenant["end_customers"])
    if amb:
        return "ambiguous", ["review"], []
    if ent is None:
        if recog and unknown:
            return "ambiguous", ["review", "deny"], []
        return "allowed", ["allow"], []
    le = ent["sector"] == LE
    usp = le and ent["le_type"] == "police" and ent["country"] == "US"
    clauses = []
    if recog and usp:
        clauses.append(C1)
    if recog and le and rt is True and mob is True and unc is True:
        clauses.append(C2)
    if clauses:
        return "violation", ["deny"], clauses
    if recog and le and False not in (rt, mob, unc):
        return "ambiguous", ["review", "deny"], []
    return "allowed", ["allow"], []
