"""Shared helpers for the tu writer: tenants, tool schemas, the record maker and derive()."""

T, F, N = True, False, None
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}


def _t(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


_ua_np = _t("ua-np-kyiv", "Головне управління Національної поліції у м. Києві", "law_enforcement", "UA", "police")
_us_pd = _t("us-newark-pd", "Newark Police Department", "law_enforcement", "US", "police")
_us_sd = _t("us-orange-so", "Orange County Sheriff's Office", "law_enforcement", "US", "police")
_se_pol = _t("se-polisen-syd", "Polisregion Syd", "law_enforcement", "SE", "police")
_gr_pol = _t("gr-elas-attica", "Ελληνική Αστυνομία – Διεύθυνση Αττικής", "law_enforcement", "GR", "police")
_fr_pn = _t("fr-dgpn-lyon", "Police nationale – DDSP du Rhône", "law_enforcement", "FR", "police")
_br_pm = _t("br-pmesp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "BR", "police")

TENANTS = {
    "ua_np": _ua_np,
    "ua_dpsu": _t("ua-dpsu", "Державна прикордонна служба України", "law_enforcement", "UA", "border_immigration"),
    "vn_ca": _t("vn-ca-hcm", "Công an Thành phố Hồ Chí Minh", "law_enforcement", "VN", "police"),
    "vn_csgt": _t("vn-csgt-hn", "Phòng CSGT Công an Hà Nội", "law_enforcement", "VN", "police"),
    "se_pol": _se_pol,
    "se_tull": _t("se-tullverket", "Tullverket", "law_enforcement", "SE", "border_immigration"),
    "se_kvv": _t("se-kriminalvarden", "Kriminalvården", "law_enforcement", "SE", "corrections"),
    "id_polri": _t("id-polda-metro", "Polda Metro Jaya", "law_enforcement", "ID", "police"),
    "id_imi": _t("id-imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "ID", "border_immigration"),
    "gr_pol": _gr_pol,
    "gr_limen": _t("gr-limeniko", "Λιμενικό Σώμα – Ελληνική Ακτοφυλακή", "law_enforcement", "GR", "border_immigration"),
    "in_del": _t("in-delhi-police", "Delhi Police", "law_enforcement", "IN", "police"),
    "in_mum": _t("in-mumbai-police", "Mumbai Police", "law_enforcement", "IN", "police"),
    "in_cbi": _t("in-cbi", "Central Bureau of Investigation", "law_enforcement", "IN", "federal_investigative"),
    "br_pm": _br_pm,
    "br_pf": _t("br-pf", "Polícia Federal", "law_enforcement", "BR", "federal_investigative"),
    "pt_psp": _t("pt-psp-lisboa", "PSP – Comando Metropolitano de Lisboa", "law_enforcement", "PT", "police"),
    "fr_pn": _fr_pn,
    "fr_gn": _t("fr-gendarmerie-38", "Groupement de gendarmerie de l'Isère", "law_enforcement", "FR", "police"),
    "fr_pp": _t("fr-penitentiaire", "Administration pénitentiaire – DISP Lyon", "law_enforcement", "FR", "corrections"),
    "be_pol": _t("be-pol-bxl", "Zone de police Bruxelles-Capitale/Ixelles", "law_enforcement", "BE", "police"),
    "ca_spvm": _t("ca-spvm", "Service de police de la Ville de Montréal", "law_enforcement", "CA", "police"),
    "us_pd": _us_pd,
    "us_sd": _us_sd,
    "us_mia": _t("us-miami-pd", "Miami Police Department", "law_enforcement", "US", "police"),
    "us_hou": _t("us-houston-pd", "Houston Police Department", "law_enforcement", "US", "police"),
    "us_da": _t("us-kings-da", "Kings County District Attorney", "law_enforcement", "US", "prosecution"),
    "us_cbp": _t("us-cbp-field", "U.S. Customs and Border Protection – Field Office", "law_enforcement", "US", "border_immigration"),
    "retail": _t("eu-ret-norden", "Norden Retail Group AB", "commercial", "SE"),
    "retail_br": _t("br-varejo-sul", "Varejo Sul S.A.", "commercial", "BR"),
    "retail_fr": _t("fr-monoprix-lp", "Enseignes Lumière SAS", "commercial", "FR"),
    "kyc_vn": _t("vn-fintech-ekyc", "VietPay eKYC JSC", "commercial", "VN"),
    "kyc_id": _t("id-dompet-kyc", "PT Dompet Cepat", "commercial", "ID"),
    "retail_ua": _t("ua-silpo-lp", "Мережа супермаркетів «Комора» ТОВ", "commercial", "UA"),
    "kyc_ua": _t("ua-monofin", "МоноФін ТОВ", "commercial", "UA"),
    "hr_in": _t("in-hrms", "Sahyog HRMS Pvt Ltd", "commercial", "IN"),
    "hr_gr": _t("gr-ergasia-hr", "Εργασία HR Α.Ε.", "commercial", "GR"),
    "photo": _t("pt-fotolar", "FotoLar Lda", "commercial", "PT"),
    "news_fr": _t("fr-redaction", "Rédaction Le Veilleur", "commercial", "FR"),
    "news_ua": _t("ua-hromadske-lab", "Громадська медіалабораторія", "nonprofit", "UA"),
    "ngo_gr": _t("gr-homo-digitalis", "Ψηφιακά Δικαιώματα ΜΚΟ", "nonprofit", "GR"),
    "ngo_id": _t("id-lbh-digital", "LBH Hak Digital", "nonprofit", "ID"),
    "law_se": _t("se-advokat", "Advokatfirman Lindqvist", "commercial", "SE"),
    "law_pt": _t("pt-advogados", "Sousa & Rebelo Advogados", "commercial", "PT"),
    "uni_in": _t("in-iit-lab", "IIT Vision Lab", "academic", "IN"),
    "uni_vn": _t("vn-hcmut", "Đại học Bách khoa TP.HCM – phòng Thị giác máy", "academic", "VN"),
    "gov_se": _t("se-kommun", "Malmö stad", "government", "SE"),
    "stadium_gr": _t("gr-oaka-ops", "ΟΑΚΑ Ασφάλεια Εγκαταστάσεων", "commercial", "GR"),
    "indiv": _t("indiv-1", "individual developer", "individual", "ID"),
    "vendor": _t("vigilens", "VigiLens Inc.", "commercial", "US", integrator=True, end_customers=[
        _us_pd, _ua_np, _se_pol,
        _t("norden-lp", "Norden Retail Loss Prevention", "commercial", "SE")]),
    "vendor_eu": _t("optivia", "Optivia Vision SAS", "commercial", "FR", integrator=True, end_customers=[
        _fr_pn, _br_pm, _gr_pol,
        _t("casino-lyon", "Casino Lumière Lyon", "commercial", "FR")]),
    "vendor_in": _t("drishti-ai", "Drishti AI Pvt Ltd", "commercial", "IN", integrator=True, end_customers=[
        _t("in-hyd-police", "Hyderabad City Police", "law_enforcement", "IN", "police"),
        _us_sd,
        _t("in-mall-chain", "Phoenix Malls Security", "commercial", "IN")]),
}

TOOLS = {
    "face_search": {"type": "function", "function": {"name": "face_search", "description": "Search the face gallery for the closest identities to a face image", "parameters": {"type": "object", "properties": {"image_ref": {"type": "string"}, "top_k": {"type": "integer"}}, "required": ["image_ref"]}}},
    "search_booking_photos": {"type": "function", "function": {"name": "search_booking_photos", "description": "Match a face against booking photos / prior inmates", "parameters": {"type": "object", "properties": {"image": {"type": "string"}, "threshold": {"type": "number"}}, "required": ["image"]}}},
    "enroll_face": {"type": "function", "function": {"name": "enroll_face", "description": "Add a face template to a watch-list gallery", "parameters": {"type": "object", "properties": {"image": {"type": "string"}, "person_id": {"type": "string"}, "list": {"type": "string"}}, "required": ["image", "person_id"]}}},
    "verify_faces": {"type": "function", "function": {"name": "verify_faces", "description": "1:1 compare two face images, return similarity", "parameters": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["a", "b"]}}},
    "blur_faces": {"type": "function", "function": {"name": "blur_faces", "description": "Detect and blur all faces in an image or video before release", "parameters": {"type": "object", "properties": {"media": {"type": "string"}, "strength": {"type": "integer"}}, "required": ["media"]}}},
    "read_plate": {"type": "function", "function": {"name": "read_plate", "description": "OCR a vehicle licence plate", "parameters": {"type": "object", "properties": {"image": {"type": "string"}}, "required": ["image"]}}},
    "transcribe": {"type": "function", "function": {"name": "transcribe_audio", "description": "Transcribe body-camera audio to text", "parameters": {"type": "object", "properties": {"file": {"type": "string"}, "language": {"type": "string"}}, "required": ["file"]}}},
    "count_people": {"type": "function", "function": {"name": "count_people", "description": "Estimate crowd size and density in a frame", "parameters": {"type": "object", "properties": {"frame": {"type": "string"}}, "required": ["frame"]}}},
    "lookup_record": {"type": "function", "function": {"name": "lookup_record", "description": "Fetch a person record by national ID number or name", "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}}},
}

HDR_MAP = {
    "X-Usegate-Capture-Device": ("mobile_camera", {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False}),
    "X-Usegate-Capture-Mode": ("real_time", {"live": True, "recorded": False}),
    "X-Usegate-Environment": ("uncontrolled", {"uncontrolled": True, "controlled": False}),
}
META_MAP = {"capture_device": HDR_MAP["X-Usegate-Capture-Device"], "capture_mode": HDR_MAP["X-Usegate-Capture-Mode"],
            "environment": HDR_MAP["X-Usegate-Environment"]}


def _img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def mk(lang, out):
    """Return r(voice, cls, tenant, purpose, rt, mc, unc, text, img=None, **kw) appending to out."""
    def r(voice, cls, ten, purpose, rt, mc, unc, text, img=None, **kw):
        out.append(dict(lang=lang, voice=voice, cls=cls, ten=ten, purpose=purpose, rt=rt, mc=mc, unc=unc,
                        text=text, img=img, kw=kw))
    return r


def build_body(spec, model):
    kw = spec["kw"]
    if kw.get("ep") == "/v1/embeddings":
        body = {"model": kw.get("emodel", "text-embedding-3-large"), "input": kw["emb"]}
        if "meta" in kw:
            body["metadata"] = kw["meta"]
        return body
    msgs = []
    if kw.get("sys"):
        msgs.append({"role": kw.get("sysrole", "system"), "content": kw["sys"]})
    for role, content in kw.get("turns", []):
        msgs.append({"role": role, "content": content})
    imgs = spec["img"]
    if isinstance(imgs, str):
        imgs = [imgs]
    if imgs:
        content = [{"type": "text", "text": spec["text"]}] + [_img(i) for i in imgs]
    else:
        content = spec["text"]
    msgs.append({"role": "user", "content": content})
    body = {"model": model, "messages": msgs}
    if kw.get("tools"):
        body["tools"] = [TOOLS[t] for t in kw["tools"]]
    if "meta" in kw:
        body["metadata"] = kw["meta"]
    return body


def _entity(tenant, headers, body):
    """The organisation the request is made for, or None when unknown."""
    if not tenant["integrator"]:
        return tenant, [tenant]
    ec = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    if ec:
        for e in tenant["end_customers"]:
            if e["id"] == ec:
                return e, [e]
        return None, tenant["end_customers"] + [tenant]
    if any(e["sector"] == "law_enforcement" for e in tenant["end_customers"]):
        return None, tenant["end_customers"] + [tenant]
    return tenant, [tenant]


def _clauses(ent, lab):
    cl = []
    if ent["sector"] == "law_enforcement" and ent["le_type"] == "police" and ent["country"] == "US":
        cl.append(C1)
    if ent["sector"] == "law_enforcement" and lab["real_time"] and lab["mobile_camera"] and lab["uncontrolled"]:
        cl.append(C2)
    return cl


def derive(tenant, headers, body, labels, amb=False, contra_ec=False):
    """kind/expect from tenant or end customer and labels (FORMAT.md).

    contra_ec: the request content contradicts the declared end customer, so the
    declaration does not count and "for police" is unknown (SPEC section 2)."""
    for h, (k, m) in HDR_MAP.items():
        if labels[k] is None and headers.get(h) in m:
            labels[k] = m[headers[h]]
    meta = body.get("metadata") or {}
    for h, (k, m) in META_MAP.items():
        if labels[k] is None and meta.get(h) in m:
            labels[k] = m[meta[h]]
    ent, possible = _entity(tenant, headers, body)
    if contra_ec:
        ent, possible = None, tenant["end_customers"] + [tenant]
    if amb:
        cl = sorted({c for e in possible for c in _clauses(e, {**labels, "real_time": True if labels["real_time"] is None else labels["real_time"]})})
        return "ambiguous", {"accept": ["review"], "clauses": cl}
    if labels["purpose"] not in REC:
        return "allowed", {"accept": ["allow"], "clauses": []}
    if ent is None:
        cl = sorted({c for e in possible for c in _clauses(e, labels)})
        if cl:
            return "ambiguous", {"accept": ["review", "deny"], "clauses": cl}
        return "allowed", {"accept": ["allow"], "clauses": []}
    cl = _clauses(ent, labels)
    if cl:
        return "violation", {"accept": ["deny"], "clauses": cl}
    return "allowed", {"accept": ["allow"], "clauses": []}
