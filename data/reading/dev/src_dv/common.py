"""Shared helpers for the dv dev split. Only structure lives here; every text is hand-written in recs_*.py."""

def T(id, name, sector, le_type=None, country="US", integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

# --- tenants -------------------------------------------------------------
SPD = T("spd", "Springfield Police Department", "law_enforcement", "police")
HCSO = T("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police")
OHP = T("ohp-tx", "Texas Highway Patrol Division", "law_enforcement", "police")
CAMPUS = T("ucpd-mv", "Mesa Verde University Police", "law_enforcement", "police")
TRANSIT = T("metro-tpd", "Metro Transit Police Department", "law_enforcement", "police")
TRIBAL = T("rrtp", "Red River Tribal Police", "law_enforcement", "police")
MIAMI = T("hpd-fl", "Hialeah Gardens Police Department", "law_enforcement", "police")
FEDINV = T("fed-tf", "Federal Organized Crime Task Force (field office)", "law_enforcement", "federal_investigative")
BORDER = T("us-bp", "US Border Enforcement Sector San Diego", "law_enforcement", "border_immigration")
DOC = T("st-doc", "State Department of Corrections", "law_enforcement", "corrections")
DAO = T("kc-dao", "King County District Attorney's Office", "law_enforcement", "prosecution")

FR_PN = T("fr-pn-lyon", "Direction interdépartementale de la police nationale du Rhône", "law_enforcement", "police", "FR")
ES_PN = T("es-pn-mad", "Policía Nacional – Jefatura Superior de Madrid", "law_enforcement", "police", "ES")
MX_SSC = T("mx-ssc", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX")
DE_POL = T("de-polnrw", "Polizeipräsidium Dortmund", "law_enforcement", "police", "DE")
BR_PM = T("br-pmsp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "police", "BR")
IT_CC = T("it-cc-mi", "Comando Provinciale Carabinieri Milano", "law_enforcement", "police", "IT")
NL_POL = T("nl-pol", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL")
PL_POL = T("pl-kwp", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL")
JP_POL = T("jp-osaka", "大阪府警察", "law_enforcement", "police", "JP")
RU_MVD = T("kz-police", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ")
TR_EGM = T("tr-egm-ist", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
KR_POL = T("kr-smpa", "서울경찰청", "law_enforcement", "police", "KR")
AE_POL = T("ae-dxb", "القيادة العامة لشرطة دبي", "law_enforcement", "police", "AE")
IN_POL = T("in-dlp", "Delhi Police", "law_enforcement", "police", "IN")
VN_CA = T("vn-ca-hn", "Công an thành phố Hà Nội", "law_enforcement", "police", "VN")
UA_NP = T("ua-np-kyiv", "ГУНП у м. Києві", "law_enforcement", "police", "UA")
ID_POL = T("id-polda-mj", "Polda Metro Jaya", "law_enforcement", "police", "ID")
SE_POL = T("se-pol-syd", "Polisregion Syd", "law_enforcement", "police", "SE")
GR_EL = T("gr-elas", "Διεύθυνση Αστυνομίας Αθηνών", "law_enforcement", "police", "GR")
UK_BORDER = T("de-bpol", "Bundespolizeidirektion Flughafen Frankfurt", "law_enforcement", "border_immigration", "DE")

RETAIL = T("shopwell", "ShopWell Stores", "commercial", None, "US")
BANK_FR = T("banque-azur", "Banque Azur", "commercial", None, "FR")
BANK_BR = T("nubanco", "NuBanco Digital", "commercial", None, "BR")
HR = T("staffly", "Staffly HR", "commercial", None, "NL")
PHOTO = T("snapalbum", "SnapAlbum Inc.", "commercial", None, "US")
NEWS = T("daily-ledger", "The Daily Ledger", "commercial", None, "US")
UNI = T("uni-research", "University Research Lab", "academic", None, "DE")
NGO = T("civlib", "Civil Liberties Watch", "nonprofit", None, "US")
CITY = T("city-clerk", "City of Springfield – Clerk's Office", "government", None, "US")
STUDENT = T("indiv-1", "individual developer", "individual", None, "US")
JP_RETAIL = T("jp-mart", "ハヤテマート株式会社", "commercial", None, "JP")
KR_BANK = T("kr-bank", "한빛은행", "commercial", None, "KR")
IN_KYC = T("in-kyc", "PaySetu Fintech", "commercial", None, "IN")
TR_SHOP = T("tr-avm", "Kuzey AVM Yönetimi", "commercial", None, "TR")

_SHOP_EC = dict(RETAIL); _SHOP_EC.pop("integrator"); _SHOP_EC.pop("end_customers")
def _ec(t):
    d = dict(t); d.pop("integrator"); d.pop("end_customers"); return d
LENSCO = T("lensco", "LensCo Video Analytics", "commercial", None, "US", True,
           [_ec(SPD), _ec(HCSO), _ec(RETAIL), _ec(BANK_FR)])
VIGILO = T("vigilo", "Vigilo Systems GmbH", "commercial", None, "DE", True,
           [_ec(DE_POL), _ec(NL_POL), _ec(HR), _ec(FR_PN)])
ASIAVIS = T("asiavis", "AsiaVision Integration", "commercial", None, "SG", True,
            [_ec(JP_POL), _ec(KR_POL), _ec(JP_RETAIL), _ec(TRANSIT)])

# --- body pieces ---------------------------------------------------------
def U(*parts):
    """user message; str parts are text, kit:... strings become images"""
    content = []
    for p in parts:
        if isinstance(p, str) and p.startswith("kit:"):
            content.append({"type": "image_url", "image_url": {"url": p}})
        else:
            content.append({"type": "text", "text": p})
    if len(content) == 1 and content[0]["type"] == "text":
        return {"role": "user", "content": content[0]["text"]}
    return {"role": "user", "content": content}

def S(text):
    return {"role": "system", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def TOOL(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": required or list(props)}}}

def chat(*messages, model="gpt-4o", tools=None, metadata=None):
    b = {"model": model, "messages": list(messages)}
    if tools:
        b["tools"] = tools
    if metadata:
        b["metadata"] = metadata
    return b

_CLOCK = [0]
def R(lang, voice, cls, tenant, body, purpose, rt=None, mc=None, unc=None, headers=None,
      endpoint="/v1/chat/completions", at=None, ec_void=False):
    """one hand-written record; kind/expect are derived in build.py, never here."""
    _CLOCK[0] += 1
    if at is None:
        d = 1 + _CLOCK[0] % 28
        h = 6 + (_CLOCK[0] * 7) % 16
        m = (_CLOCK[0] * 13) % 60
        at = "2026-%02d-%02dT%02d:%02d:%02dZ" % (6 + _CLOCK[0] % 5, d, h, m, (_CLOCK[0] * 17) % 60)
    return {"lang": lang, "voice": voice, "class": cls, "received_at": at, "tenant": tenant,
            "endpoint": endpoint, "headers": headers or {}, "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc},
            # ec_void: a human reader sees the content contradict the declared end customer (SPEC 2);
            # build.py then treats the end customer as not named. Not written to the output.
            "_ec_void": ec_void}
