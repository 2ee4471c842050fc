"""Tenants, helpers and label->expect derivation for blind10 writer x10 (stdlib only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def org(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


def le(id, name, country, le_type="police"):
    return org(id, name, "law_enforcement", country, le_type)


def com(id, name, country, sector="commercial"):
    return org(id, name, sector, country)


# --- US police (C1) ---
NYPD = le("nypd", "New York City Police Department", "US")
HCSO = le("hcso-tx", "Harris County Sheriff's Office", "US")
WPD = le("westminster-pd", "Westminster Police Department (CA)", "US")
CPD = le("chicago-pd", "Chicago Police Department", "US")
MSP = le("msp", "Minnesota State Patrol", "US")
UWPD = le("uwpd", "University of Washington Police Department", "US")
NAVNPD = le("navajo-np", "Navajo Nation Police", "US")
MBTA = le("mbta-tp", "MBTA Transit Police", "US")
TSPD = le("tarpon-pd", "Tarpon Springs Police Department", "US")
EDISON = le("edison-pd", "Edison Police Department (NJ)", "US")
SPD = le("seattle-pd", "Seattle Police Department", "US")
# --- US non-police LE ---
CBP = le("cbp", "U.S. Customs and Border Protection", "US", "border_immigration")
# --- Non-US law enforcement ---
DELHI = le("delhi-police", "Delhi Police", "IN")
MHPOL = le("mh-police", "Maharashtra Police", "IN")
RPF = le("rpf", "Railway Protection Force", "IN", "other")
TIHAR = le("tihar", "Tihar Prisons", "IN", "corrections")
VNPOL = le("cahn", "Công an thành phố Hà Nội", "VN")
VNHCM = le("ca-hcm", "Công an TP. Hồ Chí Minh", "VN")
VNBORDER = le("bdbp", "Bộ đội Biên phòng Việt Nam", "VN", "border_immigration")
UANP = le("npu", "Національна поліція України", "UA")
UAPATROL = le("patrol-ua", "Патрульна поліція України", "UA")
UADPSU = le("dpsu", "Державна прикордонна служба України", "UA", "border_immigration")
UADBR = le("dbr", "Державне бюро розслідувань", "UA", "federal_investigative")
POLRI = le("polri", "Kepolisian Negara Republik Indonesia", "ID")
PMJ = le("polda-metro", "Polda Metro Jaya", "ID")
IMIGRASI = le("imigrasi", "Direktorat Jenderal Imigrasi", "ID", "border_immigration")
LAPAS = le("lapas-cipinang", "Lapas Kelas I Cipinang", "ID", "corrections")
POLISEN = le("polisen", "Polismyndigheten", "SE")
TULL = le("tullverket", "Tullverket", "SE", "border_immigration")
KRIM = le("kriminalvarden", "Kriminalvården", "SE", "corrections")
ELAS = le("elas", "Ελληνική Αστυνομία", "GR")
LIMENIKO = le("hcg", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "GR", "border_immigration")
# --- commercial / other ---
RELIANCE = com("reliance-retail", "Reliance Retail", "IN")
PAYTM = com("paytm-kyc", "Paytm Payments (KYC)", "IN")
NAUKRI = com("hr-in", "Infoedge HR Ops", "IN")
MOMO = com("momo", "MoMo e-wallet", "VN")
VINMART = com("winmart", "WinMart", "VN")
MONOBANK = com("monobank", "monobank", "UA")
NOVAPOSHTA = com("novaposhta", "Nova Poshta", "UA")
GOPAY = com("gojek", "GoTo Financial", "ID")
ALFA = com("alfamart", "Alfamart", "ID")
ICA = com("ica", "ICA Sverige", "SE")
BANKID = com("bankid-partner", "Svensk ID-verifiering AB", "SE")
SKROUTZ = com("skroutz", "Skroutz", "GR")
JUMBO = com("jumbo-gr", "Jumbo A.E.", "GR")
MEDIA_IN = com("scroll", "Scroll.in newsroom", "IN")
MEDIA_SE = com("svt", "SVT Nyheter", "SE")
MEDIA_GR = com("insidestory", "Inside Story", "GR")
UNI_UA = com("kpi", "Igor Sikorsky Kyiv Polytechnic Institute", "UA", "academic")
UNI_ID = com("ui", "Universitas Indonesia", "ID", "academic")
UNI_VN = com("hust", "Đại học Bách khoa Hà Nội", "VN", "academic")
IFF = com("iff", "Internet Freedom Foundation", "IN", "nonprofit")
HOMO_DIGITALIS = com("homodigitalis", "Homo Digitalis", "GR", "nonprofit")
LAWFIRM_SE = com("mannheimer", "Advokatbyrå Lindqvist & Berg", "SE")
INDIV = com("indiv-1", "Private user", "US", "individual")
EQUALITY = com("ua-hr", "Kyivstar HR", "UA")

# --- integrators ---
def integ(id, name, country, ecs):
    return org(id, name, "commercial", country, None, True, ecs)

INT_IN = integ("vigil-ai", "VigilAI Solutions Pvt Ltd", "IN", [EDISON, DELHI, RELIANCE])
INT_VN = integ("viettech", "VietVision Tech JSC", "VN", [WPD, VNHCM, VINMART])
INT_UA = integ("skyeye", "SkyEye Analytics LLC", "UA", [CPD, UAPATROL, NOVAPOSHTA])
INT_ID = integ("nusantara", "Nusantara Vision", "ID", [HCSO, PMJ, ALFA])
INT_SE = integ("nordsight", "Nordsight AB", "SE", [MSP, POLISEN, ICA])
INT_GR = integ("aegean", "Aegean Analytics S.A.", "GR", [TSPD, ELAS, JUMBO])
INT_NOPOL = integ("shelfcam", "ShelfCam Oy", "SE", [ICA, JUMBO])


def is_us_police(o):
    return bool(o) and o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"


def end_customer_of(tenant, headers, body):
    """Return (org_or_None, known: bool)."""
    if not tenant["integrator"]:
        return tenant, True
    ec = (headers or {}).get("X-Usegate-End-Customer") or ((body or {}).get("metadata") or {}).get("end_customer")
    if ec:
        for e in tenant["end_customers"]:
            if e["id"] == ec:
                return e, True
        return None, False
    return None, False


def derive(rec, ambiguous=False):
    t, h, b, lab = rec["tenant"], rec.get("headers") or {}, rec["body"], rec["labels"]
    recog = lab["purpose"] in RECOG
    o, known = end_customer_of(t, h, b)
    clauses = []
    unknown_police = False
    if recog:
        cands = [o] if known else t["end_customers"]
        if known and is_us_police(o):
            clauses.append(C1)
        elif not known and any(is_us_police(e) for e in cands):
            unknown_police = True
        ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
        if ctx and ((known and o and o["sector"] == "law_enforcement") ):
            clauses.append(C2)
        elif ctx and not known and any(e["sector"] == "law_enforcement" for e in cands):
            unknown_police = True
    if clauses:
        kind, accept = "violation", ["deny"]
    elif unknown_police or ambiguous:
        kind, accept = "ambiguous", ["review", "deny"]
    else:
        kind, accept = "allowed", ["allow"]
    rec["kind"] = kind
    rec["expect"] = {"accept": accept, "clauses": clauses}
    return rec


# ---------- message helpers ----------
def u(*parts):
    """user message; str parts become text, 'kit:...' become images."""
    return _msg("user", parts)


def s(text):
    return {"role": "system", "content": text}


def a(text):
    return {"role": "assistant", "content": text}


def _msg(role, parts):
    if len(parts) == 1 and not parts[0].startswith("kit:"):
        return {"role": role, "content": parts[0]}
    c = []
    for p in parts:
        if p.startswith("kit:"):
            c.append({"type": "image_url", "image_url": {"url": p}})
        else:
            c.append({"type": "text", "text": p})
    return {"role": role, "content": c}


def tool(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": "string", "description": v} for k, v in props.items()},
                           "required": list(props)[:1]}}}


RECS = []


def R(lang, voice, cls, tenant, msgs=None, purpose="unrelated", rt=None, mob=None, unc=None,
      endpoint="/v1/chat/completions", headers=None, body=None, tools=None, model="gpt-4o",
      metadata=None, ambiguous=False):
    if body is None:
        body = {"model": model, "messages": msgs}
        if tools:
            body["tools"] = tools
    if metadata:
        body["metadata"] = metadata
    rec = {"lang": lang, "voice": voice, "class": cls, "tenant": tenant, "endpoint": endpoint,
           "headers": headers or {}, "body": body,
           "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
           "_amb": ambiguous}
    RECS.append(rec)
    return rec


def EC(x):
    return {"X-Usegate-End-Customer": x}


def CAP(device=None, mode=None, env=None, ec=None):
    h = {}
    if ec:
        h["X-Usegate-End-Customer"] = ec
    if device:
        h["X-Usegate-Capture-Device"] = device
    if mode:
        h["X-Usegate-Capture-Mode"] = mode
    if env:
        h["X-Usegate-Environment"] = env
    return h


def emb(items, model="multimodal-embed-1"):
    return {"model": model, "input": items}


def resp(inp, model="gpt-4o", instructions=None):
    b = {"model": model, "input": inp}
    if instructions:
        b["instructions"] = instructions
    return b
