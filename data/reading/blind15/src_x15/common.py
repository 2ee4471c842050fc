"""Tenants and small helpers shared by the record modules."""

def _t(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(ecs)}

_ec_usp = _t("ec-oakpd", "Oakdale Police Department", "law_enforcement", "police", "US")
_ec_sher = _t("ec-fbcso", "Fort Bend County Sheriff's Office", "law_enforcement", "police", "US")
_ec_inp = _t("ec-pune", "Pune City Police", "law_enforcement", "police", "IN")
_ec_vnp = _t("ec-cadn", "Công an thành phố Đà Nẵng", "law_enforcement", "police", "VN")
_ec_uap = _t("ec-npu-kyiv", "ГУНП у м. Києві", "law_enforcement", "police", "UA")
_ec_idp = _t("ec-poldajatim", "Polda Jawa Timur", "law_enforcement", "police", "ID")
_ec_sep = _t("ec-polis-syd", "Polisregion Syd", "law_enforcement", "police", "SE")
_ec_grp = _t("ec-elas-thess", "Διεύθυνση Αστυνομίας Θεσσαλονίκης", "law_enforcement", "police", "GR")
_ec_bank = _t("ec-bank", "Sao Mai Commercial Bank", "commercial", None, "VN")
_ec_mall = _t("ec-mall", "Nordhallen Köpcentrum AB", "commercial", None, "SE")
_ec_shop = _t("ec-shop", "Kirana Mart Pvt Ltd", "commercial", None, "IN")
_ec_hotel = _t("ec-hotel", "Aegean Blue Hotels SA", "commercial", None, "GR")
_ec_fed = _t("ec-cbp", "U.S. Customs and Border Protection - Seattle Field Office", "law_enforcement", "border_immigration", "US")

TENANTS = {
    # US police, several kinds
    "us_city": _t("ggpd", "Garden Grove Police Department", "law_enforcement", "police", "US"),
    "us_sheriff": _t("fbcso", "Fort Bend County Sheriff's Office", "law_enforcement", "police", "US"),
    "us_state": _t("njsp", "New Jersey State Police", "law_enforcement", "police", "US"),
    "us_campus": _t("utd-pd", "UT Dallas Police Department", "law_enforcement", "police", "US"),
    "us_transit": _t("mta-pd", "Metropolitan Transit Authority Police", "law_enforcement", "police", "US"),
    "us_tribal": _t("tribal-pd", "Seminole Police Department", "law_enforcement", "police", "US"),
    "us_sac": _t("sacpd", "Sacramento Police Department", "law_enforcement", "police", "US"),
    "us_mpls": _t("mpls-pd", "Minneapolis Police Department", "law_enforcement", "police", "US"),
    "us_chi": _t("chgo-pd", "Chicago Police Department", "law_enforcement", "police", "US"),
    # US law enforcement that is not police
    "us_fbi": _t("fbi-hou", "FBI Houston Field Office", "law_enforcement", "federal_investigative", "US"),
    "us_cbp": _t("cbp-sea", "U.S. Customs and Border Protection - Seattle Field Office", "law_enforcement", "border_immigration", "US"),
    "us_corr": _t("cook-doc", "Cook County Department of Corrections", "law_enforcement", "corrections", "US"),
    "us_da": _t("ocda", "Orange County District Attorney's Office", "law_enforcement", "prosecution", "US"),
    # non-US police
    "in_pol": _t("delhi-pol", "Delhi Police", "law_enforcement", "police", "IN"),
    "vn_pol": _t("ca-hcm", "Công an Thành phố Hồ Chí Minh", "law_enforcement", "police", "VN"),
    "ua_pol": _t("npu", "Національна поліція України", "law_enforcement", "police", "UA"),
    "id_pol": _t("polda-metro", "Polda Metro Jaya", "law_enforcement", "police", "ID"),
    "se_pol": _t("polisen", "Polismyndigheten", "law_enforcement", "police", "SE"),
    "gr_pol": _t("elas", "Ελληνική Αστυνομία", "law_enforcement", "police", "GR"),
    "ua_border": _t("dpsu", "Державна прикордонна служба України", "law_enforcement", "border_immigration", "UA"),
    "id_imm": _t("imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "border_immigration", "ID"),
    # integrators
    "int_us": _t("bluewatch", "BlueWatch Video Inc.", "commercial", None, "US", True, [_ec_usp, _ec_sher, _ec_mall, _ec_fed]),
    "int_in": _t("drishti", "Drishti Vision Labs Pvt Ltd", "commercial", None, "IN", True, [_ec_inp, _ec_shop, _ec_usp]),
    "int_vn": _t("vnvision", "VNVision JSC", "commercial", None, "VN", True, [_ec_vnp, _ec_bank]),
    "int_ua": _t("ukrvision", "UkrVision LLC", "commercial", None, "UA", True, [_ec_uap, _ec_sher]),
    "int_id": _t("nusacam", "PT Nusa Kamera Cerdas", "commercial", None, "ID", True, [_ec_idp, _ec_usp]),
    "int_se": _t("nordsight", "NordSight AB", "commercial", None, "SE", True, [_ec_sep, _ec_mall, _ec_usp]),
    "int_gr": _t("optikon", "Optikon AE", "commercial", None, "GR", True, [_ec_grp, _ec_hotel, _ec_sher]),
    "int_shop": _t("shopeye", "ShopEye Analytics", "commercial", None, "SE", True, [_ec_mall, _ec_shop, _ec_hotel]),
    # commercial, NGO, academic
    "retail_in": _t("bazaar", "Bharat Bazaar Retail Ltd", "commercial", None, "IN"),
    "kyc_vn": _t("vipay", "ViPay Fintech", "commercial", None, "VN"),
    "kyc_id": _t("danakilat", "PT Dana Kilat", "commercial", None, "ID"),
    "hr_ua": _t("hr-ua", "Rabota Cloud HR", "commercial", None, "UA"),
    "photo_se": _t("bildalbum", "Bildalbum AB", "commercial", None, "SE"),
    "press_gr": _t("efimerida", "Εφημερίδα των Συντακτών", "commercial", None, "GR"),
    "press_in": _t("khabar", "Khabar Lahar Media", "commercial", None, "IN"),
    "retail_gr": _t("supermarket-gr", "Αγορά Plus ΑΕ", "commercial", None, "GR"),
    "retail_vn": _t("bachhoa", "Bách Hóa Xanh Mini", "commercial", None, "VN"),
    "hr_sv": _t("personalkoll", "Personalkoll AB", "commercial", None, "SE"),
    "ngo_ua": _t("zmina", "Правозахисна група Зміна", "nonprofit", None, "UA"),
    "ngo_in": _t("iff", "Digital Rights Foundation India", "nonprofit", None, "IN"),
    "ngo_id": _t("safenet", "SAFEnet Indonesia", "nonprofit", None, "ID"),
    "uni_se": _t("lu", "Lunds universitet", "academic", None, "SE"),
    "uni_gr": _t("auth", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "academic", None, "GR"),
    "uni_vn": _t("hust", "Đại học Bách khoa Hà Nội", "academic", None, "VN"),
    "uni_us": _t("umich", "University of Michigan", "academic", None, "US"),
    "gov_id": _t("kominfo", "Kementerian Komunikasi dan Digital", "government", None, "ID"),
}

# ---- helpers ----------------------------------------------------------------

def img(ref):
    return {"type": "image_url", "image_url": {"url": ref}}

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    return {"role": "user", "content": [{"type": "text", "text": text}] + [img(i) for i in imgs]}

def S(text):
    return {"role": "system", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def tool(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                           "required": list(props)[:1]}}}

def R(voice, cls, tenant, msgs, purpose, rt=None, mob=None, unc=None, headers=None, tools=None,
      metadata=None, amb=False, **kw):
    body = {"messages": msgs}
    if tools:
        body["tools"] = tools
    if metadata:
        body["metadata"] = metadata
    d = {"voice": voice, "cls": cls, "tenant": tenant, "body": body, "purpose": purpose,
         "rt": rt, "mob": mob, "unc": unc, "headers": headers or {}}
    if amb:
        d["amb"] = True
    d.update(kw)
    return d

def EMB(voice, cls, tenant, items, purpose, rt=None, mob=None, unc=None, headers=None, **kw):
    d = {"voice": voice, "cls": cls, "tenant": tenant, "endpoint": "/v1/embeddings",
         "body": {"input": items}, "purpose": purpose, "rt": rt, "mob": mob, "unc": unc,
         "headers": headers or {}}
    d.update(kw)
    return d

def RESP(voice, cls, tenant, text, imgs, purpose, rt=None, mob=None, unc=None, headers=None,
         instructions=None, **kw):
    content = [{"type": "input_text", "text": text}] + [{"type": "input_image", "image_url": i} for i in imgs]
    body = {"input": [{"role": "user", "content": content}]}
    if instructions:
        body["instructions"] = instructions
    d = {"voice": voice, "cls": cls, "tenant": tenant, "endpoint": "/v1/responses", "body": body,
         "purpose": purpose, "rt": rt, "mob": mob, "unc": unc, "headers": headers or {}}
    d.update(kw)
    return d

EC = "X-Usegate-End-Customer"
