"""Shared helpers for writer q21: tenants, body builders, derive().

Standard library only. Every ask text lives in recs_<lang>.py and is written by hand.
"""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}
SHORT = {"id": "identification", "ver": "verification", "gal": "gallery",
         "fnr": "face_not_recognition", "wr": "writing_about_fr", "un": "unrelated"}


def _t(id_, name, sector, le_type=None, country="US", integrator=False, ecs=()):
    return {"id": id_, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator, "end_customers": list(ecs)}


T = {}


def add(*a, **k):
    t = _t(*a, **k)
    T[t["id"]] = t
    return t


# ---- US police (C1 applies to recognition) ----
add("edison-pd", "Edison Township Police Department", "law_enforcement", "police", "US")
add("jcpd", "Jersey City Police Department", "law_enforcement", "police", "US")
add("fremont-pd", "Fremont Police Department", "law_enforcement", "police", "US")
add("westminster-pd", "Westminster Police Department (CA)", "law_enforcement", "police", "US")
add("ggpd", "Garden Grove Police Department", "law_enforcement", "police", "US")
add("hpd", "Houston Police Department", "law_enforcement", "police", "US")
add("sacso", "Sacramento County Sheriff's Office", "law_enforcement", "police", "US")
add("cpd", "Chicago Police Department", "law_enforcement", "police", "US")
add("phlpd", "Philadelphia Police Department", "law_enforcement", "police", "US")
add("septa-tp", "SEPTA Transit Police", "law_enforcement", "police", "US")
add("nypd", "New York City Police Department", "law_enforcement", "police", "US")
add("tarpon-pd", "Tarpon Springs Police Department", "law_enforcement", "police", "US")
add("mpls-pd", "Minneapolis Police Department", "law_enforcement", "police", "US")
add("umn-pd", "University of Minnesota Police Department", "law_enforcement", "police", "US")
add("lindsborg-pd", "Lindsborg Police Department (KS)", "law_enforcement", "police", "US")
add("msp", "Michigan State Police", "law_enforcement", "police", "US")
add("uspp", "United States Park Police", "law_enforcement", "police", "US")
add("lacsd", "Los Angeles County Sheriff's Department", "law_enforcement", "police", "US")
# ---- US law enforcement that is not police ----
add("fbi-sac", "FBI Sacramento Field Office", "law_enforcement", "federal_investigative", "US")
add("cbp-blaine", "U.S. Customs and Border Protection - Blaine Sector", "law_enforcement", "border_immigration", "US")
add("ocda", "Orange County District Attorney", "law_enforcement", "prosecution", "US")
add("cdcr", "California Department of Corrections and Rehabilitation", "law_enforcement", "corrections", "US")
add("hsi-nwk", "Homeland Security Investigations - Newark", "law_enforcement", "federal_investigative", "US")
add("nj-doc", "New Jersey Department of Corrections", "law_enforcement", "corrections", "US")
# ---- non-US law enforcement ----
add("delhi-police", "Delhi Police", "law_enforcement", "police", "IN")
add("ts-police", "Telangana State Police", "law_enforcement", "police", "IN")
add("rpf", "Railway Protection Force", "law_enforcement", "police", "IN")
add("boi", "Bureau of Immigration (India)", "law_enforcement", "border_immigration", "IN")
add("cbi", "Central Bureau of Investigation", "law_enforcement", "federal_investigative", "IN")
add("tihar", "Tihar Prisons", "law_enforcement", "corrections", "IN")
add("met-police", "Metropolitan Police Service", "law_enforcement", "police", "GB")
add("ca-hcm", "Công an Thành phố Hồ Chí Minh", "law_enforcement", "police", "VN")
add("ca-hn", "Công an Thành phố Hà Nội", "law_enforcement", "police", "VN")
add("bdbp", "Bộ đội Biên phòng tỉnh An Giang", "law_enforcement", "border_immigration", "VN")
add("ca-dn", "Phòng CSGT Công an tỉnh Đồng Nai", "law_enforcement", "police", "VN")
add("vks-hcm", "Viện kiểm sát nhân dân TP. Hồ Chí Minh", "law_enforcement", "prosecution", "VN")
add("npu", "Національна поліція України", "law_enforcement", "police", "UA")
add("patrol-kyiv", "Патрульна поліція м. Києва", "law_enforcement", "police", "UA")
add("patrol-lviv", "Управління патрульної поліції у Львівській області", "law_enforcement", "police", "UA")
add("dpsu", "Державна прикордонна служба України", "law_enforcement", "border_immigration", "UA")
add("dbr", "Державне бюро розслідувань", "law_enforcement", "federal_investigative", "UA")
add("ogp", "Офіс Генерального прокурора", "law_enforcement", "prosecution", "UA")
add("pl-policja", "Komenda Wojewódzka Policji we Wrocławiu", "law_enforcement", "police", "PL")
add("polda-metro", "Polda Metro Jaya", "law_enforcement", "police", "ID")
add("polrestabes-sby", "Polrestabes Surabaya", "law_enforcement", "police", "ID")
add("imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "border_immigration", "ID")
add("bnn", "Badan Narkotika Nasional", "law_enforcement", "federal_investigative", "ID")
add("lapas-cipinang", "Lapas Kelas I Cipinang", "law_enforcement", "corrections", "ID")
add("satpolpp-dki", "Satpol PP Provinsi DKI Jakarta", "law_enforcement", "other", "ID")
add("polda-bali", "Polda Bali", "law_enforcement", "police", "ID")
add("polisen", "Polismyndigheten", "law_enforcement", "police", "SE")
add("polisen-noa", "Polismyndigheten - Nationella operativa avdelningen", "law_enforcement", "police", "SE")
add("tullverket", "Tullverket", "law_enforcement", "border_immigration", "SE")
add("kvv", "Kriminalvården", "law_enforcement", "corrections", "SE")
add("akm", "Åklagarmyndigheten", "law_enforcement", "prosecution", "SE")
add("politiet-oslo", "Oslo politidistrikt", "law_enforcement", "police", "NO")
add("elas", "Ελληνική Αστυνομία", "law_enforcement", "police", "GR")
add("elas-attikis", "Γενική Περιφερειακή Αστυνομική Διεύθυνση Αττικής", "law_enforcement", "police", "GR")
add("elas-thess", "Διεύθυνση Αστυνομίας Θεσσαλονίκης", "law_enforcement", "police", "GR")
add("limeniko", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "law_enforcement", "border_immigration", "GR")
add("cy-police", "Αστυνομία Κύπρου", "law_enforcement", "police", "CY")
# ---- not law enforcement ----
add("apna-bazaar", "Apna Bazaar Retail Pvt Ltd", "commercial", None, "IN")
add("nabh-fin", "Nabh Finserv Pvt Ltd", "commercial", None, "IN")
add("shiftwala", "Shiftwala Staffing Solutions", "commercial", None, "IN")
add("iitd", "Indian Institute of Technology Delhi", "academic", None, "IN")
add("iff", "Internet Freedom Foundation", "nonprofit", None, "IN")
add("samvad", "Dainik Samvad (newspaper)", "commercial", None, "IN")
add("hi-indiv", "individual account", "individual", None, "IN")
add("kanoon-llp", "Kanoon & Saathi LLP", "commercial", None, "IN")
add("mcd", "Municipal Corporation of Delhi", "government", None, "IN")
add("bhx-retail", "Chuỗi siêu thị Phố Xanh", "commercial", None, "VN")
add("nhtm-ps", "Ngân hàng TMCP Phương Nam Số", "commercial", None, "VN")
add("vnu-uet", "Trường ĐH Công nghệ - ĐHQG Hà Nội", "academic", None, "VN")
add("vn-news", "Báo điện tử Tin Nhanh Sài Gòn", "commercial", None, "VN")
add("vn-indiv", "individual account", "individual", None, "VN")
add("vn-factory", "Công ty TNHH May mặc Bình An", "commercial", None, "VN")
add("vn-school", "Trường THPT Nguyễn Trãi (Đà Nẵng)", "government", None, "VN")
add("vn-law", "Công ty Luật TNHH Minh Chính", "commercial", None, "VN")
add("silmarket", "ТОВ «Сільмаркет» (мережа супермаркетів)", "commercial", None, "UA")
add("hryvnia-pay", "АТ «Гривня Пей»", "commercial", None, "UA")
add("diia-min", "Міністерство цифрової трансформації України", "government", None, "UA")
add("kpi", "КПІ ім. Ігоря Сікорського", "academic", None, "UA")
add("dsl-ua", "ГО «Лабораторія цифрової безпеки»", "nonprofit", None, "UA")
add("ua-media", "Інтернет-видання «Ґрати»", "commercial", None, "UA")
add("ua-indiv", "individual account", "individual", None, "UA")
add("ua-bar", "АО «Правова Варта»", "commercial", None, "UA")
add("warmart-id", "PT Warung Mart Nusantara", "commercial", None, "ID")
add("dompet-kilat", "PT Dompet Kilat Indonesia", "commercial", None, "ID")
add("ui", "Universitas Indonesia", "academic", None, "ID")
add("safenet", "SAFEnet (Southeast Asia Freedom of Expression Network)", "nonprofit", None, "ID")
add("id-media", "Kabar Jernih Media", "commercial", None, "ID")
add("id-indiv", "individual account", "individual", None, "ID")
add("ojol-co", "PT Gojek-Lokal Mitra Transportasi", "commercial", None, "ID")
add("id-hotel", "Hotel Sanur Permai", "commercial", None, "ID")
add("kai-commuter", "PT Kereta Commuter Nusantara", "commercial", None, "ID")
add("ica-nacka", "ICA Maxi Nacka", "commercial", None, "SE")
add("nordkredit", "Nordkredit Bank AB", "commercial", None, "SE")
add("kth", "KTH Kungliga Tekniska högskolan", "academic", None, "SE")
add("malmo-stad", "Malmö stad", "government", None, "SE")
add("se-media", "Sydöstra Nyheter AB", "commercial", None, "SE")
add("se-indiv", "individual account", "individual", None, "SE")
add("arena-sthlm", "Stockholm Live Arenor AB", "commercial", None, "SE")
add("se-hr", "Bemanningsbolaget Norr AB", "commercial", None, "SE")
add("dfri", "Föreningen för digitala fri- och rättigheter (DFRI)", "nonprofit", None, "SE")
add("gr-super", "Σούπερ Μάρκετ Αιγαίου Α.Ε.", "commercial", None, "GR")
add("gr-bank", "Τράπεζα Ψηφιακής Εξυπηρέτησης Α.Ε.", "commercial", None, "GR")
add("auth", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "academic", None, "GR")
add("homodig", "Homo Digitalis", "nonprofit", None, "GR")
add("gr-media", "Ειδησεογραφικό Πρακτορείο Αιγαίο Α.Ε.", "commercial", None, "GR")
add("gr-indiv", "individual account", "individual", None, "GR")
add("gr-hotel", "Ξενοδοχείο Καλντέρα Σαντορίνη", "commercial", None, "GR")
add("gr-law", "Δικηγορική Εταιρεία Παπαδόπουλος & Συνεργάτες", "commercial", None, "GR")
add("gr-dimos", "Δήμος Θεσσαλονίκης", "government", None, "GR")


def _ec(tid):
    t = dict(T[tid])
    t.pop("integrator", None)
    t.pop("end_customers", None)
    return t


def integ(id_, name, country, ecs):
    t = _t(id_, name, "commercial", None, country, True, [_ec(e) for e in ecs])
    T[id_] = t
    return t


integ("drishti", "DrishtiAI Technologies Pvt Ltd", "IN", ["ts-police", "apna-bazaar", "edison-pd"])
integ("saomai", "Công ty CP Giải pháp Thị giác Sao Mai", "VN", ["ca-hcm", "nhtm-ps", "westminster-pd"])
integ("oko", "ТОВ «Око Аналітика»", "UA", ["patrol-kyiv", "silmarket", "sacso"])
integ("sakti", "PT Sakti Visi Nusantara", "ID", ["polda-metro", "warmart-id", "phlpd"])
integ("nordvakt", "Nordvakt Analys AB", "SE", ["polisen", "ica-nacka", "mpls-pd"])
integ("hellasvision", "Hellas Vision Systems Α.Ε.", "GR", ["elas-attikis", "gr-super", "tarpon-pd"])
integ("blueline", "Blueline Video Systems Inc.", "US", ["ggpd", "cdcr", "bhx-retail"])
integ("photosort", "PhotoSort Labs", "SE", ["ica-nacka", "se-hr"])   # serves no law enforcement
integ("pixelkyc", "PixelKYC Pte Ltd", "ID", ["dompet-kilat", "nhtm-ps"])  # serves no law enforcement


def is_le(t):
    return t["sector"] == "law_enforcement"


def is_us_police(t):
    return is_le(t) and t.get("le_type") == "police" and t.get("country") == "US"


# ---------------------------------------------------------------- body builders
def I(ref):
    return {"type": "image_url", "image_url": {"url": ref}}


def _content(text, imgs):
    if not imgs:
        return text
    parts = []
    if text is not None:
        parts.append({"type": "text", "text": text})
    for r in imgs:
        parts.append(I(r) if isinstance(r, str) else r)
    return parts


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def U(text, *imgs):
    return {"role": "user", "content": _content(text, imgs)}


def A(text):
    return {"role": "assistant", "content": text}


def AC(call_id, name, args):
    import json
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": call_id, "type": "function",
         "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}


def TR(call_id, content):
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def fn(name, desc, props=None, req=None):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props or {}, "required": req or []}}}


def chat(*msgs, model="gpt-4o", tools=None, meta=None, **kw):
    b = {"model": model, "messages": list(msgs)}
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    b.update(kw)
    return b


def RI(text, *imgs, role="user"):
    c = []
    if text is not None:
        c.append({"type": "input_text", "text": text})
    for r in imgs:
        c.append({"type": "input_image", "image_url": r})
    return {"role": role, "content": c}


def rfn(name, desc, props=None, req=None):
    return {"type": "function", "name": name, "description": desc,
            "parameters": {"type": "object", "properties": props or {}, "required": req or []}}


def rsp(inp, instructions=None, tools=None, model="gpt-4.1", meta=None, **kw):
    b = {"model": model}
    if instructions:
        b["instructions"] = instructions
    b["input"] = inp
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    b.update(kw)
    return b


def H(mode=None, dev=None, env=None, ec=None, **extra):
    h = {}
    if ec:
        h["X-Usegate-End-Customer"] = ec
    if mode:
        h["X-Usegate-Capture-Mode"] = mode
    if dev:
        h["X-Usegate-Capture-Device"] = dev
    if env:
        h["X-Usegate-Environment"] = env
    h.update(extra)
    return h


STR = {"type": "string"}
NUM = {"type": "number"}
INT = {"type": "integer"}


# ---------------------------------------------------------------- derive
def end_customer_id(rec):
    h = rec.get("headers") or {}
    for k, v in h.items():
        if k.lower() == "x-usegate-end-customer":
            return v
    meta = (rec.get("body") or {}).get("metadata") or {}
    return meta.get("end_customer")


def derive(rec, hand):
    """FORMAT.md 'Expected decision' applied to tenant + hand labels.

    hand: {"unclear": bool, "ec_contradicted": bool}
    Returns (kind, accept, clauses).
    """
    lab = rec["labels"]
    if lab["purpose"] not in RECOG:
        return "allowed", ["allow"], []
    t = rec["tenant"]
    # who: police-for-US and law-enforcement as True / False / None (unknown)
    if t.get("integrator"):
        ecid = end_customer_id(rec)
        ecs = t.get("end_customers") or []
        ec = next((e for e in ecs if e["id"] == ecid), None) if ecid else None
        if hand.get("ec_contradicted"):
            ec = None
            ecid = "contradicted"
        if ec is not None:
            police, le = is_us_police(ec), is_le(ec)
        elif ecid:            # named but not registered under this integrator, or contradicted
            police, le = None, None
        else:                 # names no end customer
            police = None if any(is_us_police(e) for e in ecs) else False
            le = None if any(is_le(e) for e in ecs) else False
    else:
        police, le = is_us_police(t), is_le(t)
    ctx = (lab["real_time"] is True and lab["mobile_camera"] is True
           and lab["uncontrolled"] is True)
    sure, maybe = [], []
    if police is True:
        sure.append(C1)
    elif police is None:
        maybe.append(C1)
    if ctx and le is True:
        sure.append(C2)
    elif ctx and le is None:
        maybe.append(C2)
    if sure and not hand.get("unclear"):
        return "violation", ["deny"], sure
    if sure and hand.get("unclear"):
        return "ambiguous", ["review", "deny"], sure
    if maybe:
        if hand.get("ec_contradicted"):
            return "ambiguous", ["review", "deny"], maybe
        return "ambiguous", ["review"], maybe
    if hand.get("unclear"):
        # unclear context for law enforcement: C2 hinges on an unstated fact
        return "ambiguous", ["review"], [C2]
    return "allowed", ["allow"], []


# ---------------------------------------------------------------- record
EP = {"chat": "/v1/chat/completions", "resp": "/v1/responses", "emb": "/v1/embeddings"}
CLASSES = {"plain", "context", "ask_elsewhere", "topic_vs_task", "payload_as_ask", "text_on_face"}


def _b(v):
    return None if v is None else bool(v)


def R(lang, voice, cls, ten, body, lab, ep="chat", h=None, ts=None, unclear=False, ecx=False):
    assert cls in CLASSES, cls
    p = SHORT.get(lab[0], lab[0])
    assert p in PURPOSES, p
    rt, mob, unc = (list(lab[1:]) + [None, None, None])[:3]
    return {"lang": lang, "voice": voice, "class": cls, "ts": ts, "tenant_id": ten,
            "endpoint": EP.get(ep, ep), "headers": h or {}, "body": body,
            "labels": {"purpose": p, "real_time": _b(rt), "mobile_camera": _b(mob),
                       "uncontrolled": _b(unc)},
            "hand": {"unclear": unclear, "ec_contradicted": ecx}}
