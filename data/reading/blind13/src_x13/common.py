# Shared helpers for the x13 blind split. Records are hand-written in rec_*.py.
T, F, N = True, False, None

def _t(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in ecs]}

# --- tenants -------------------------------------------------------------
TEN = {}
def add(t): TEN[t["id"]] = t; return t
# US police of several kinds
add(_t("edison-pd", "Edison Township Police Department", "law_enforcement", "police", "US"))
add(_t("harris-so", "Harris County Sheriff's Office", "law_enforcement", "police", "US"))
add(_t("wsp", "Washington State Patrol", "law_enforcement", "police", "US"))
add(_t("umn-pd", "University of Minnesota Police Department", "law_enforcement", "police", "US"))
add(_t("mbta-tp", "MBTA Transit Police", "law_enforcement", "police", "US"))
add(_t("navajo-pd", "Navajo Nation Police", "law_enforcement", "police", "US"))
add(_t("uscp", "United States Capitol Police", "law_enforcement", "police", "US"))
add(_t("fremont-pd", "Fremont Police Department", "law_enforcement", "police", "US"))
add(_t("orange-so", "Orange County Sheriff's Office (FL)", "law_enforcement", "police", "US"))
# US law enforcement that is not police
add(_t("hsi-ny", "HSI New York Field Office", "law_enforcement", "federal_investigative", "US"))
add(_t("cbp-sfo", "CBP San Francisco Field Operations", "law_enforcement", "border_immigration", "US"))
add(_t("tdcj", "Texas Department of Criminal Justice", "law_enforcement", "corrections", "US"))
add(_t("kings-da", "Kings County District Attorney", "law_enforcement", "prosecution", "US"))
# non-US police
add(_t("mh-police", "Maharashtra Police – Cyber Cell", "law_enforcement", "police", "IN"))
add(_t("dl-police", "Delhi Police", "law_enforcement", "police", "IN"))
add(_t("vn-ca-hcm", "Công an TP. Hồ Chí Minh", "law_enforcement", "police", "VN"))
add(_t("ua-npu", "Національна поліція України – ГУНП у Львівській області", "law_enforcement", "police", "UA"))
add(_t("ua-sbgs", "Державна прикордонна служба України", "law_enforcement", "border_immigration", "UA"))
add(_t("id-polri", "Polda Metro Jaya", "law_enforcement", "police", "ID"))
add(_t("id-imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "border_immigration", "ID"))
add(_t("se-polis", "Polismyndigheten – Region Syd", "law_enforcement", "police", "SE"))
add(_t("se-tull", "Tullverket", "law_enforcement", "other", "SE"))
add(_t("gr-elas", "Ελληνική Αστυνομία – Διεύθυνση Αστυνομίας Θεσσαλονίκης", "law_enforcement", "police", "GR"))
add(_t("gr-lim", "Λιμενικό Σώμα – Ελληνική Ακτοφυλακή", "law_enforcement", "other", "GR"))
# integrators
EC_EDISON = _t("edison-pd", "Edison Township Police Department", "law_enforcement", "police", "US")
EC_SHERIFF = _t("marion-so", "Marion County Sheriff's Office", "law_enforcement", "police", "US")
EC_MALL = _t("sunmall", "Sun Plaza Mall Management", "commercial", None, "ID")
EC_BANK = _t("techbank", "Techcombank eKYC", "commercial", None, "VN")
EC_SEPOL = _t("se-polis", "Polismyndigheten – Region Syd", "law_enforcement", "police", "SE")
EC_UAPOL = _t("ua-npu", "Національна поліція України – ГУНП у Львівській області", "law_enforcement", "police", "UA")
EC_GRPOL = _t("gr-elas", "Ελληνική Αστυνομία – Διεύθυνση Αστυνομίας Θεσσαλονίκης", "law_enforcement", "police", "GR")
EC_HOTEL = _t("grandhotel", "Grand Hotel Athens", "commercial", None, "GR")
EC_CLINIC = _t("apollo-clinic", "Apollo Clinics Front Desk", "commercial", None, "IN")
EC_DA = _t("kings-da", "Kings County District Attorney", "law_enforcement", "prosecution", "US")
add(_t("vigilsoft", "VigilSoft Inc.", "commercial", None, "US", True, [EC_EDISON, EC_SHERIFF, EC_MALL]))
add(_t("netra-ai", "Netra Vision AI Pvt Ltd", "commercial", None, "IN", True, [EC_CLINIC, EC_EDISON]))
add(_t("fpt-vision", "FPT Vision Solutions", "commercial", None, "VN", True, [EC_BANK, EC_SHERIFF]))
add(_t("kyivtech", "KyivTech Integrations", "commercial", None, "UA", True, [EC_UAPOL, EC_SHERIFF]))
add(_t("nusantara-ai", "Nusantara AI Integrasi", "commercial", None, "ID", True, [EC_MALL, EC_EDISON]))
add(_t("nordvision", "NordVision AB", "commercial", None, "SE", True, [EC_SEPOL, EC_EDISON]))
add(_t("hellas-sec", "Hellas Security Systems", "commercial", None, "GR", True, [EC_GRPOL, EC_HOTEL, EC_SHERIFF]))
add(_t("caseflow", "CaseFlow Legal Tech", "commercial", None, "US", True, [EC_DA]))
# commercial
add(_t("bigbazaar", "BigBazaar Retail Loss Prevention", "commercial", None, "IN"))
add(_t("paytm-kyc", "PayKaro Wallet KYC", "commercial", None, "IN"))
add(_t("naukri-hr", "TalentHire HR Services", "commercial", None, "IN"))
add(_t("momo-kyc", "VíMoMo eKYC", "commercial", None, "VN"))
add(_t("vn-photo", "AnhDep Photo App", "commercial", None, "VN"))
add(_t("vnexpress", "Báo điện tử Tin Nhanh", "commercial", None, "VN"))
add(_t("ua-atb", "АТБ-Маркет служба безпеки", "commercial", None, "UA"))
add(_t("ua-mono", "monobank KYC", "commercial", None, "UA"))
add(_t("ua-press", "Українська правда (редакція)", "commercial", None, "UA"))
add(_t("id-gojek", "GoRide Driver Verification", "commercial", None, "ID"))
add(_t("id-indomart", "IndoMart Loss Prevention", "commercial", None, "ID"))
add(_t("id-tempo", "Majalah Tempo (redaksi)", "commercial", None, "ID"))
add(_t("se-ica", "ICA Butik Säkerhet", "commercial", None, "SE"))
add(_t("se-bankid", "Nordbank Onboarding", "commercial", None, "SE"))
add(_t("se-dn", "Dagens Nyheter redaktion", "commercial", None, "SE"))
add(_t("se-photo", "Bildminne AB (fotoapp)", "commercial", None, "SE"))
add(_t("gr-viva", "VivaPay KYC", "commercial", None, "GR"))
add(_t("gr-kath", "Kathimerini (σύνταξη)", "commercial", None, "GR"))
add(_t("gr-superm", "Σούπερ Μάρκετ Αιγαίο", "commercial", None, "GR"))
add(_t("gr-hr", "HellasStaff HR", "commercial", None, "GR"))
# NGOs / universities / individuals
add(_t("iff", "Internet Freedom Foundation", "nonprofit", None, "IN"))
add(_t("iitb", "IIT Bombay – CSE", "academic", None, "IN"))
add(_t("vn-uni", "ĐH Bách khoa Hà Nội", "academic", None, "VN"))
add(_t("ua-zmina", "Правозахисний центр ZMINA", "nonprofit", None, "UA"))
add(_t("ua-kpi", "КПІ ім. Ігоря Сікорського", "academic", None, "UA"))
add(_t("id-safenet", "SAFEnet", "nonprofit", None, "ID"))
add(_t("id-ui", "Universitas Indonesia – Fasilkom", "academic", None, "ID"))
add(_t("se-kth", "KTH Kungliga Tekniska högskolan", "academic", None, "SE"))
add(_t("se-dfri", "DFRI – Föreningen för digitala fri- och rättigheter", "nonprofit", None, "SE"))
add(_t("gr-homo", "Homo Digitalis", "nonprofit", None, "GR"))
add(_t("gr-auth", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "academic", None, "GR"))
add(_t("gr-gov", "Υπουργείο Ψηφιακής Διακυβέρνησης", "government", None, "GR"))
add(_t("in-gov", "Municipal Corporation of Greater Mumbai", "government", None, "IN"))

# --- message helpers ----------------------------------------------------
def _parts(text, imgs):
    if not imgs:
        return text
    c = [{"type": "text", "text": text}] if text else []
    for i in imgs:
        c.append({"type": "image_url", "image_url": {"url": i}})
    return c

def U(text, *imgs): return {"role": "user", "content": _parts(text, imgs)}
def S(text): return {"role": "system", "content": text}
def D(text): return {"role": "developer", "content": text}
def A(text): return {"role": "assistant", "content": text}

def fn(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props,
                           "required": required if required is not None else list(props)}}}

def RESP(*items):
    """Responses-API input items: ('u'|'s', text, imgs...)"""
    out = []
    for it in items:
        role = {"u": "user", "s": "system", "d": "developer"}[it[0]]
        c = [{"type": "input_text", "text": it[1]}]
        for im in it[2:]:
            c.append({"type": "input_image", "image_url": im})
        out.append({"role": role, "content": c})
    return out

RECS = []
def r(tenant, voice, cls, purpose, rt, mob, unc, msgs=None, *, tools=None, hdr=None, ep="/v1/chat/completions",
      body=None, meta=None, amb=False, note=None, contra=False):
    RECS.append(dict(tenant=tenant, voice=voice, cls=cls, purpose=purpose, rt=rt, mob=mob, unc=unc,
                     msgs=msgs, tools=tools, hdr=hdr or {}, ep=ep, body=body, meta=meta, amb=amb, note=note, contra=contra))

# tenants added for the Swedish set
add(_t("duluth-pd", "Duluth Police Department", "law_enforcement", "police", "US"))
add(_t("hennepin-so", "Hennepin County Sheriff's Office", "law_enforcement", "police", "US"))
add(_t("amtrak-pd", "Amtrak Police Department", "law_enforcement", "police", "US"))
add(_t("usms-mn", "U.S. Marshals Service – District of Minnesota", "law_enforcement", "federal_investigative", "US"))
add(_t("se-kriminalvarden", "Kriminalvården", "law_enforcement", "corrections", "SE"))
add(_t("se-kommun", "Göteborgs Stad – Trafikkontoret", "government", None, "SE"))
