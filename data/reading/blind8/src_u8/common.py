"""Shared helpers for writer u8: tenants, message builders, label->expect derivation."""
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}


def T(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


SPD = T("spd", "Springfield Police Department", "law_enforcement", "police", "US")
HCSO = T("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police", "US")
WSP = T("wsp", "Washington State Patrol", "law_enforcement", "police", "US")
UCPD = T("ucpd", "University of Cascadia Police Department", "law_enforcement", "police", "US")
METRO = T("mtpd", "Metro Transit Police Department", "law_enforcement", "police", "US")
USFED = T("hsi-nw", "Homeland Security Investigations, Seattle field office", "law_enforcement", "federal_investigative", "US")
USCBP = T("cbp-blaine", "CBP Blaine Port of Entry", "law_enforcement", "border_immigration", "US")
USDA = T("kcpao", "King County Prosecuting Attorney's Office", "law_enforcement", "prosecution", "US")
USDOC = T("wadoc", "Washington Department of Corrections", "law_enforcement", "corrections", "US")
IN_POL = T("delhi-pol", "Delhi Police", "law_enforcement", "police", "IN")
VN_POL = T("ca-hcm", "Công an TP. Hồ Chí Minh", "law_enforcement", "police", "VN")
UA_POL = T("npu-kyiv", "Головне управління Національної поліції у м. Києві", "law_enforcement", "police", "UA")
ID_POL = T("polda-mj", "Polda Metro Jaya", "law_enforcement", "police", "ID")
SE_POL = T("polisen-sthlm", "Polisen, region Stockholm", "law_enforcement", "police", "SE")
GR_POL = T("elas-att", "Γενική Περιφερειακή Αστυνομική Διεύθυνση Αττικής", "law_enforcement", "police", "GR")
RETAIL = T("bigbazaar-lp", "FreshMart Retail Loss Prevention", "commercial", None, "IN")
BANK = T("vnbank", "VietPay Bank eKYC", "commercial", None, "VN")
HRCO = T("nordhr", "NordStaff AB", "commercial", None, "SE")
UNI = T("uni-ath", "Εθνικό Μετσόβιο Πολυτεχνείο", "academic", None, "GR")
NEWS = T("kompas-lab", "Redaksi Data Harian Nusantara", "commercial", None, "ID")
NGO = T("ua-rights", "Права людини онлайн (ГО)", "nonprofit", None, "UA")
LAWF = T("patel-law", "Patel & Rao Defence Advocates", "commercial", None, "US")
GOV_IN = T("mha-policy", "State Home Department Policy Cell", "government", None, "IN")

SHOP_EC = {"id": "kmart-se", "name": "Konsumhuset AB", "sector": "commercial", "le_type": None,
           "country": "SE", "integrator": False, "end_customers": []}
SPD_EC = dict(SPD)
HCSO_EC = dict(HCSO)
SEPOL_EC = dict(SE_POL)
VISIONCO = T("visionco", "VisionCo Integrations", "commercial", None, "US", True,
             [SPD_EC, SHOP_EC, SEPOL_EC])
LENSVN = T("lensvn", "LensVN Solutions", "commercial", None, "VN", True, [HCSO_EC, dict(BANK)])


def u(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    for i in imgs:
        parts.append({"type": "image_url", "image_url": {"url": i}})
    return {"role": "user", "content": parts}


def s(text):
    return {"role": "system", "content": text}


def a(text):
    return {"role": "assistant", "content": text}


def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props}}}


def subject(tenant, headers, body, ec_contradicted=False):
    """Return (org, known) the request is made by or for.
    ec_contradicted: the request's words contradict the declared end customer (SPEC: then the
    declaration does not count and "for police" is unknown)."""
    if not tenant.get("integrator"):
        return tenant, True
    ec = (headers or {}).get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    if ec_contradicted:
        return None, False
    for e in tenant["end_customers"]:
        if ec and e["id"] == ec:
            return e, True
    return None, False


def is_uspol(o):
    return o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"


def derive(tenant, headers, body, labels, ec_contradicted=False):
    rec = labels["purpose"] in REC
    if not rec:
        return "allowed", ["allow"], []
    org, known = subject(tenant, headers, body, ec_contradicted)
    ctx = [labels["real_time"], labels["mobile_camera"], labels["uncontrolled"]]
    if not known:
        ecs = tenant["end_customers"]
        possible = []
        if any(is_uspol(e) for e in ecs):
            possible.append(C1)
        if any(e["sector"] == "law_enforcement" for e in ecs) and all(c is True for c in ctx):
            possible.append(C2)
        if possible:
            return "ambiguous", ["review", "deny"], possible
        return "allowed", ["allow"], []
    clauses = []
    if is_uspol(org):
        clauses.append(C1)
    if org["sector"] == "law_enforcement":
        if all(c is True for c in ctx):
            clauses.append(C2)
    if clauses:
        return "violation", ["deny"], clauses
    return "allowed", ["allow"], []


RECS = []
def R(lang, voice, cls, tenant, msgs, purpose, rt=None, mc=None, unc=None, headers=None, endpoint="/v1/chat/completions", body=None, tools=None, meta=None, ec_contradicted=False):
    b = body if body is not None else {"model": "gpt-4o", "messages": msgs}
    if tools: b["tools"] = tools
    if meta: b["metadata"] = meta
    RECS.append(dict(ecx=ec_contradicted, lang=lang, voice=voice, cls=cls, tenant=tenant, headers=headers or {}, endpoint=endpoint, body=b,
                     labels={"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc}))



TRIBAL = T("nnpd", "Red Cedar Tribal Police Department", "law_enforcement", "police", "US")
PARKPD = T("usppnw", "United States Park Police, Pacific field unit", "law_enforcement", "police", "US")
CAPPD = T("capd", "State Capitol Police", "law_enforcement", "police", "US")
UA_BORDER = T("dpsu", "Державна прикордонна служба України, ВПС Київ", "law_enforcement", "border_immigration", "UA")
SE_TULL = T("tullverket", "Tullverket, gränsskydd Arlanda", "law_enforcement", "other", "SE")
VN_PROC = T("vks-hcm", "Viện Kiểm sát nhân dân TP. Hồ Chí Minh", "law_enforcement", "prosecution", "VN")
