"""Shared helpers for the x11 blind split. Records are hand-written in lang_*.py."""

def tn(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

def ec(id, name, sector, country, le_type=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}

T = {
 # US police of several kinds
 "spd": tn("clt-pd", "Charlotte-Mecklenburg Police Department", "law_enforcement", "US", "police"),
 "sheriff": tn("harris-so", "Harris County Sheriff's Office", "law_enforcement", "US", "police"),
 "hp": tn("azdps", "Arizona Department of Public Safety - Highway Patrol", "law_enforcement", "US", "police"),
 "campus": tn("umn-pd", "University of Minnesota Police Department", "law_enforcement", "US", "police"),
 "transit": tn("septa-pd", "SEPTA Transit Police", "law_enforcement", "US", "police"),
 "tribal": tn("navajo-pd", "Navajo Nation Police", "law_enforcement", "US", "police"),
 "parkpol": tn("uspp", "United States Park Police", "law_enforcement", "US", "police"),
 "nypd": tn("edison-pd", "Edison Township Police Department", "law_enforcement", "US", "police"),
 # US law enforcement that is not police
 "fedinv": tn("dea-hou", "DEA Houston Field Division", "law_enforcement", "US", "federal_investigative"),
 "border": tn("cbp-sdo", "CBP San Diego Field Office", "law_enforcement", "US", "border_immigration"),
 "corr": tn("tdcj", "Texas Department of Criminal Justice", "law_enforcement", "US", "corrections"),
 "da": tn("kc-dao", "Kings County District Attorney's Office", "law_enforcement", "US", "prosecution"),
 # non-US law enforcement
 "in_pol": tn("mh-police", "Maharashtra Police", "law_enforcement", "IN", "police"),
 "in_rail": tn("rpf-wr", "Railway Protection Force, Western Railway", "law_enforcement", "IN", "police"),
 "vn_pol": tn("ca-hcm", "Cong an TP. Ho Chi Minh", "law_enforcement", "VN", "police"),
 "ua_pol": tn("npu-kyiv", "National Police of Ukraine - Kyiv", "law_enforcement", "UA", "police"),
 "ua_border": tn("dpsu", "State Border Guard Service of Ukraine", "law_enforcement", "UA", "border_immigration"),
 "id_pol": tn("polda-metro", "Polda Metro Jaya", "law_enforcement", "ID", "police"),
 "id_imm": tn("imigrasi-cgk", "Kantor Imigrasi Soekarno-Hatta", "law_enforcement", "ID", "border_immigration"),
 "se_pol": tn("polisen-syd", "Polisregion Syd", "law_enforcement", "SE", "police"),
 "se_tull": tn("tullverket", "Tullverket", "law_enforcement", "SE", "other"),
 "gr_pol": tn("elas-att", "Hellenic Police - Attica", "law_enforcement", "GR", "police"),
 "gr_coast": tn("hcg", "Hellenic Coast Guard", "law_enforcement", "GR", "other"),
 # commercial, NGO, academic
 "retail_in": tn("bigbazaar", "Reliance Retail Stores", "commercial", "IN"),
 "retail_se": tn("ica-lp", "ICA Butiker Loss Prevention", "commercial", "SE"),
 "retail_us": tn("quikmart", "QuikMart Stores Inc.", "commercial", "US"),
 "kyc_vn": tn("momo", "MoMo e-wallet", "commercial", "VN"),
 "kyc_id": tn("gopay-kyc", "GoPay Identity Team", "commercial", "ID"),
 "kyc_ua": tn("mono", "monobank", "commercial", "UA"),
 "hr_gr": tn("hr-athens", "Olympus Staffing SA", "commercial", "GR"),
 "photo": tn("snaplo", "Snaplo Photo App", "commercial", "US"),
 "press_se": tn("svd", "Svenska Dagbladet", "commercial", "SE"),
 "press_ua": tn("hromadske", "Hromadske", "commercial", "UA"),
 "press_gr": tn("kathimerini", "Kathimerini", "commercial", "GR"),
 "press_in": tn("scroll", "Scroll.in", "commercial", "IN"),
 "ngo": tn("iff", "Internet Freedom Foundation", "nonprofit", "IN"),
 "ngo_gr": tn("homo-digitalis", "Homo Digitalis", "nonprofit", "GR"),
 "ngo_vn": tn("vn-ngo", "Vietnam Legal Aid Network", "nonprofit", "VN"),
 "uni_id": tn("ugm", "Universitas Gadjah Mada", "academic", "ID"),
 "uni_se": tn("kth", "KTH Royal Institute of Technology", "academic", "SE"),
 "uni_ua": tn("kpi", "Igor Sikorsky Kyiv Polytechnic Institute", "academic", "UA"),
 "gov_vn": tn("vn-gov", "So Thong tin va Truyen thong Da Nang", "government", "VN"),
}

E = {
 "e_spd": ec("mesa-pd", "Mesa Police Department", "law_enforcement", "US", "police"),
 "e_sheriff": ec("polk-so", "Polk County Sheriff's Office", "law_enforcement", "US", "police"),
 "e_ice": ec("ice-ero", "ICE Enforcement and Removal Operations", "law_enforcement", "US", "border_immigration"),
 "e_mall": ec("westfield", "Westfield Mall Security", "commercial", "US"),
 "e_bank": ec("hdfc", "HDFC Bank", "commercial", "IN"),
 "e_inpol": ec("blr-police", "Bengaluru City Police", "law_enforcement", "IN", "police"),
 "e_vnpol": ec("ca-hn", "Cong an TP. Ha Noi", "law_enforcement", "VN", "police"),
 "e_uapol": ec("npu-lviv", "National Police of Ukraine - Lviv", "law_enforcement", "UA", "police"),
 "e_idpol": ec("polda-jatim", "Polda Jawa Timur", "law_enforcement", "ID", "police"),
 "e_sepol": ec("polisen-sthlm", "Polisregion Stockholm", "law_enforcement", "SE", "police"),
 "e_grpol": ec("elas-thess", "Hellenic Police - Thessaloniki", "law_enforcement", "GR", "police"),
 "e_hotel": ec("grecotel", "Grecotel Hotels", "commercial", "GR"),
 "e_uni": ec("su", "Stockholms universitet", "academic", "SE"),
}

# integrators with registered end customers
T["vend_us"] = tn("lumivu", "Lumivu Analytics", "commercial", "US", integrator=True,
                  end_customers=[E["e_spd"], E["e_sheriff"], E["e_ice"], E["e_mall"]])
T["vend_in"] = tn("drishti", "Drishti Vision Pvt Ltd", "commercial", "IN", integrator=True,
                  end_customers=[E["e_inpol"], E["e_bank"], E["e_spd"]])
T["vend_vn"] = tn("vnai", "VNAI Solutions JSC", "commercial", "VN", integrator=True,
                  end_customers=[E["e_vnpol"], E["e_mall"]])
T["vend_ua"] = tn("skyeye-ua", "SkyEye Systems UA", "commercial", "UA", integrator=True,
                  end_customers=[E["e_uapol"], E["e_sheriff"]])
T["vend_id"] = tn("nusa-ai", "Nusa AI", "commercial", "ID", integrator=True,
                  end_customers=[E["e_idpol"], E["e_bank"]])
T["vend_se"] = tn("nordvis", "Nordvis AB", "commercial", "SE", integrator=True,
                  end_customers=[E["e_sepol"], E["e_uni"], E["e_spd"]])
T["vend_gr"] = tn("aegean-ai", "Aegean AI IKE", "commercial", "GR", integrator=True,
                  end_customers=[E["e_grpol"], E["e_hotel"]])
T["vend_shop"] = tn("shopsense", "ShopSense", "commercial", "SE", integrator=True,
                    end_customers=[E["e_mall"], E["e_hotel"]])

def img(ref):
    if not ref.startswith("kit:"):
        ref = "kit:" + ref
    return {"type": "image_url", "image_url": {"url": ref}}

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = []
    if text:
        parts.append({"type": "text", "text": text})
    parts += [img(i) for i in imgs]
    return {"role": "user", "content": parts}

def S(text):
    return {"role": "system", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": "string"} for k in props},
                           "required": list(props)}}}

RECORDS = []

def R(lang, voice, cls, tenant, msgs, p, rt=None, mob=None, unc=None, h=None, ep="chat",
      tools=None, meta=None, note=None, emb=None, resp=None):
    """msgs: str or list of message dicts. ep: chat | responses | embeddings."""
    if isinstance(msgs, str):
        msgs = [U(msgs)]
    RECORDS.append(dict(lang=lang, voice=voice, cls=cls, tenant=T[tenant], msgs=msgs, p=p,
                        rt=rt, mob=mob, unc=unc, h=h or {}, ep=ep, tools=tools, meta=meta,
                        note=note, emb=emb, resp=resp))
