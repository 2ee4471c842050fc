# Shared helpers for the x14 blind split. Standard library only.
T = {}
def _t(key, name, sector, le_type, country, integrator=False, end_customers=None):
    T[key] = {"id": key, "name": name, "sector": sector, "le_type": le_type, "country": country,
              "integrator": integrator, "end_customers": end_customers or []}
_t("us_pd_oak", "Oakridge Police Department", "law_enforcement", "police", "US")
_t("us_so_harlan", "Harlan County Sheriff's Office", "law_enforcement", "police", "US")
_t("us_hp_nm", "New Mexico State Police", "law_enforcement", "police", "US")
_t("us_campus_pd", "Midstate University Police Department", "law_enforcement", "police", "US")
_t("us_transit_pd", "Metro Transit Police", "law_enforcement", "police", "US")
_t("us_tribal_pd", "Red Lake Tribal Police", "law_enforcement", "police", "US")
_t("us_fbi_fo", "Federal investigative field office (test)", "law_enforcement", "federal_investigative", "US")
_t("us_cbp", "Port of Entry Operations Unit", "law_enforcement", "border_immigration", "US")
_t("us_doc", "State Department of Corrections", "law_enforcement", "corrections", "US")
_t("us_da", "Cook Valley District Attorney", "law_enforcement", "prosecution", "US")
_t("in_pol", "Pune City Police", "law_enforcement", "police", "IN")
_t("vn_pol", "Cong an TP Da Nang", "law_enforcement", "police", "VN")
_t("ua_pol", "Natsionalna politsiia, Kyiv", "law_enforcement", "police", "UA")
_t("id_pol", "Polda Jawa Barat", "law_enforcement", "police", "ID")
_t("se_pol", "Polisregion Väst", "law_enforcement", "police", "SE")
_t("gr_pol", "Elliniki Astynomia, Thessaloniki", "law_enforcement", "police", "GR")
_t("gr_border", "Hellenic Coast Guard", "law_enforcement", "border_immigration", "GR")
_EC_POLICE = {"id": "ec_pd_ridge", "name": "Ridgefield Police Department", "sector": "law_enforcement", "le_type": "police", "country": "US"}
_EC_SHER = {"id": "ec_so_baker", "name": "Baker County Sheriff", "sector": "law_enforcement", "le_type": "police", "country": "US"}
_EC_RETAIL = {"id": "ec_shopmart", "name": "ShopMart Stores", "sector": "commercial", "le_type": None, "country": "US"}
_EC_BANK = {"id": "ec_nusabank", "name": "Nusa Bank", "sector": "commercial", "le_type": None, "country": "ID"}
_EC_SEPOL = {"id": "ec_polis_syd", "name": "Polisregion Syd", "sector": "law_enforcement", "le_type": "police", "country": "SE"}
_EC_INPOL = {"id": "ec_hyd_pol", "name": "Hyderabad City Police", "sector": "law_enforcement", "le_type": "police", "country": "IN"}
_t("integ_vigil", "VigilSoft Inc.", "commercial", None, "US", True, [_EC_POLICE, _EC_SHER, _EC_RETAIL])
_t("integ_nordic", "Nordvision AB", "commercial", None, "SE", True, [_EC_SEPOL, _EC_RETAIL])
_t("integ_asia", "Sentra Analytics Pte", "commercial", None, "SG", True, [_EC_BANK, _EC_INPOL])
_t("integ_kyc", "IdentiFlow", "commercial", None, "US", True, [_EC_BANK, _EC_RETAIL])
_t("retail_in", "BigBazaar Retail", "commercial", None, "IN")
_t("retail_se", "Hemköp Väst", "commercial", None, "SE")
_t("kyc_vn", "VPay Fintech", "commercial", None, "VN")
_t("kyc_id", "DanaCepat", "commercial", None, "ID")
_t("hr_ua", "Robota HR", "commercial", None, "UA")
_t("photo_gr", "Fotakia App", "commercial", None, "GR")
_t("press_ua", "Ukrainska Pravda newsroom", "commercial", None, "UA")
_t("press_se", "Göteborgs-Tidning", "commercial", None, "SE")
_t("ngo_in", "Internet Freedom Collective", "nonprofit", None, "IN")
_t("ngo_gr", "Homo Digitalis", "nonprofit", None, "GR")
_t("uni_vn", "Dai hoc Bach khoa Ha Noi", "academic", None, "VN")
_t("uni_id", "Universitas Indonesia", "academic", None, "ID")
_t("gov_vn", "So Giao thong Van tai", "government", None, "VN")

def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}
def u(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    return {"role": "user", "content": parts + [img(i) for i in imgs]}
def s(text):
    return {"role": "system", "content": text}
def a(text):
    return {"role": "assistant", "content": text}
def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}

RECS = []
def R(lang, voice, cls, tenant, msgs, purpose, rt=None, mob=None, unc=None, endpoint="/v1/chat/completions",
      headers=None, tools=None, metadata=None, body=None, unclear=False):
    if body is None:
        body = {"messages": msgs}
        if tools:
            body["tools"] = tools
        if metadata:
            body["metadata"] = metadata
    RECS.append(dict(lang=lang, voice=voice, cls=cls, tenant=tenant, endpoint=endpoint, headers=headers or {},
                     body=body, labels={"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
                     unclear=unclear))
def emb(items):
    return {"input": items}
def resp(text, *imgs):
    c = [{"type": "input_text", "text": text}] + [{"type": "input_image", "image_url": "kit:" + i} for i in imgs]
    return {"input": [{"role": "user", "content": c}]}
