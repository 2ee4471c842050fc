"""Shared helpers and tenant registry for the x17 blind split (stdlib only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"


def _t(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator,
            "end_customers": end_customers or []}


def le(id, name, le_type, country):
    return _t(id, name, "law_enforcement", le_type, country)


def org(id, name, sector, country):
    return _t(id, name, sector, None, country)


# ---------------------------------------------------------------- tenants
T = {}


def add(t):
    T[t["id"]] = t
    return t

# US police (C1 applies to recognition)
for _id, _n in [
    ("houston-pd", "Houston Police Department"),
    ("garden-grove-pd", "Garden Grove Police Department"),
    ("westminster-pd-ca", "Westminster Police Department (California)"),
    ("harris-co-so", "Harris County Sheriff's Office"),
    ("edison-twp-pd", "Edison Township Police Department"),
    ("jersey-city-pd", "Jersey City Police Department"),
    ("fremont-pd", "Fremont Police Department"),
    ("sacramento-co-so", "Sacramento County Sheriff's Office"),
    ("chicago-pd", "Chicago Police Department"),
    ("philly-pd", "Philadelphia Police Department"),
    ("rockford-pd", "Rockford Police Department"),
    ("tarpon-springs-pd", "Tarpon Springs Police Department"),
    ("nypd-114", "New York City Police Department"),
    ("uw-police", "University of Washington Police Department"),
    ("bart-pd", "BART Police Department"),
    ("us-park-police", "United States Park Police"),
    ("mn-state-patrol", "Minnesota State Patrol"),
    ("san-jose-pd", "San Jose Police Department"),
]:
    add(le(_id, _n, "police", "US"))

# US law enforcement that is not police (C1 does not apply)
add(le("fbi-ny", "Federal Bureau of Investigation - New York Field Office", "federal_investigative", "US"))
add(le("cbp-sfo", "U.S. Customs and Border Protection - San Francisco Field Office", "border_immigration", "US"))
add(le("cook-co-doc", "Cook County Department of Corrections", "corrections", "US"))
add(le("la-da", "Los Angeles County District Attorney's Office", "prosecution", "US"))
add(le("dea-houston", "Drug Enforcement Administration - Houston Division", "federal_investigative", "US"))

# non-US law enforcement
add(le("delhi-police", "Delhi Police", "police", "IN"))
add(le("blr-city-police", "Bengaluru City Police", "police", "IN"))
add(le("up-police", "Uttar Pradesh Police", "police", "IN"))
add(le("cbi-in", "Central Bureau of Investigation (India)", "federal_investigative", "IN"))
add(le("tihar-prisons", "Tihar Prisons, Delhi Prisons Department", "corrections", "IN"))
add(le("boi-in", "Bureau of Immigration (India)", "border_immigration", "IN"))
add(le("ca-hcm", "Công an Thành phố Hồ Chí Minh", "police", "VN"))
add(le("ca-danang", "Công an Thành phố Đà Nẵng", "police", "VN"))
add(le("csgt-hanoi", "Phòng Cảnh sát giao thông - Công an TP. Hà Nội", "police", "VN"))
add(le("xnc-vn", "Cục Quản lý xuất nhập cảnh (Vietnam Immigration Department)", "border_immigration", "VN"))
add(le("np-kyiv", "Головне управління Національної поліції у м. Києві", "police", "UA"))
add(le("patrol-lviv", "Управління патрульної поліції у Львівській області", "police", "UA"))
add(le("dpsu", "Державна прикордонна служба України", "border_immigration", "UA"))
add(le("ua-penitentiary", "Державна кримінально-виконавча служба України", "corrections", "UA"))
add(le("nabu", "Національне антикорупційне бюро України", "federal_investigative", "UA"))
add(le("polda-metro", "Polda Metro Jaya", "police", "ID"))
add(le("polrestabes-sby", "Polrestabes Surabaya", "police", "ID"))
add(le("imigrasi-id", "Direktorat Jenderal Imigrasi", "border_immigration", "ID"))
add(le("ditjenpas", "Direktorat Jenderal Pemasyarakatan", "corrections", "ID"))
add(le("polisen-sthlm", "Polismyndigheten, polisregion Stockholm", "police", "SE"))
add(le("polisen-syd", "Polismyndigheten, polisregion Syd", "police", "SE"))
add(le("tullverket", "Tullverket", "border_immigration", "SE"))
add(le("kriminalvarden", "Kriminalvården", "corrections", "SE"))
add(le("elas-thess", "Ελληνική Αστυνομία - Διεύθυνση Αστυνομίας Θεσσαλονίκης", "police", "GR"))
add(le("elas-attica", "Ελληνική Αστυνομία - Γενική Περιφερειακή Αστυνομική Διεύθυνση Αττικής", "police", "GR"))
add(le("limeniko", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "border_immigration", "GR"))
add(le("korydallos", "Κατάστημα Κράτησης Κορυδαλλού", "corrections", "GR"))

# non-law-enforcement
for _id, _n, _s, _c in [
    ("nilgiri-mart", "Nilgiri Mart Retail Pvt Ltd", "commercial", "IN"),
    ("saral-finance", "Saral Finance Ltd", "commercial", "IN"),
    ("talentbridge", "TalentBridge HR Services", "commercial", "IN"),
    ("dainik-khabar", "Dainik Khabar Media", "commercial", "IN"),
    ("iff-in", "Internet Freedom Foundation", "nonprofit", "IN"),
    ("iit-res", "Indian Institute of Technology Madras - CV Lab", "academic", "IN"),
    ("uidai-pilot", "State e-Governance Mission, Government of Rajasthan", "government", "IN"),
    ("saomai-mart", "Chuỗi siêu thị Sao Mai", "commercial", "VN"),
    ("vietpay", "VietPay JSC", "commercial", "VN"),
    ("bao-sangmai", "Báo Sáng Mai", "commercial", "VN"),
    ("hust", "Đại học Bách khoa Hà Nội", "academic", "VN"),
    ("snapalbum", "SnapAlbum Co., Ltd", "commercial", "VN"),
    ("monolend", "MonoLend LLC", "commercial", "UA"),
    ("kyiv-wire", "Kyiv Wire", "commercial", "UA"),
    ("dslua", "Digital Security Lab Ukraine", "nonprofit", "UA"),
    ("kpi", "КПІ ім. Ігоря Сікорського", "academic", "UA"),
    ("nova-market", "Nova Market LLC", "commercial", "UA"),
    ("ua-hr", "Robota Pro HR", "commercial", "UA"),
    ("toko-sinar", "PT Sinar Jaya Retailindo", "commercial", "ID"),
    ("danakilat", "PT Dana Kilat Indonesia", "commercial", "ID"),
    ("kabar-kini", "Kabar Kini", "commercial", "ID"),
    ("safenet", "SAFEnet", "nonprofit", "ID"),
    ("ui-lab", "Universitas Indonesia - Fakultas Ilmu Komputer", "academic", "ID"),
    ("fotokita", "PT Foto Kita Digital", "commercial", "ID"),
    ("nordlan", "Nordlån AB", "commercial", "SE"),
    ("nordhandel", "Nordhandel AB", "commercial", "SE"),
    ("norrlandsbladet", "Norrlandsbladet", "commercial", "SE"),
    ("dfri", "DFRI - Föreningen för digitala fri- och rättigheter", "nonprofit", "SE"),
    ("lund-uni", "Lunds universitet", "academic", "SE"),
    ("bemanning-se", "Stjärnbemanning AB", "commercial", "SE"),
    ("aegean-pay", "Aegean Pay S.A.", "commercial", "GR"),
    ("agora-sm", "Agora Super Market A.E.", "commercial", "GR"),
    ("athens-ledger", "Athens Ledger", "commercial", "GR"),
    ("homo-digitalis", "Homo Digitalis", "nonprofit", "GR"),
    ("auth", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "academic", "GR"),
    ("aia-gr", "Athens International Airport S.A.", "commercial", "GR"),
    ("us-vn-news", "Người Việt Daily News", "commercial", "US"),
    ("astoria-bank", "Astoria Community Bank", "commercial", "US"),
]:
    add(org(_id, _n, _s, _c))


def integ(id, name, country, customers):
    return add(_t(id, name, "commercial", None, country, True, [dict(T[c]) for c in customers]))

integ("pho-tech", "Pho Tech Solutions Inc.", "US", ["san-jose-pd", "garden-grove-pd", "us-vn-news"])
integ("kavach", "Kavach Vision Pvt Ltd", "IN", ["delhi-police", "nilgiri-mart", "edison-twp-pd"])
integ("visionlab-kyiv", "VisionLab Kyiv LLC", "UA", ["np-kyiv", "monolend", "sacramento-co-so"])
integ("sentra-ai", "PT Sentra AI Nusantara", "ID", ["polda-metro", "toko-sinar", "philly-pd"])
integ("nordvision", "NordVision AB", "SE", ["polisen-syd", "nordhandel", "rockford-pd"])
integ("hellas-sec", "Hellas SecureTech A.E.", "GR", ["elas-attica", "agora-sm", "tarpon-springs-pd"])
integ("retailsense", "RetailSense Analytics AB", "SE", ["nordhandel"])


# ---------------------------------------------------------------- request parts
def img(kit):
    if not kit.startswith("kit:"):
        kit = "kit:" + kit
    return {"type": "image_url", "image_url": {"url": kit}}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def U(text, *images):
    if not images:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    parts += [img(k) for k in images]
    return {"role": "user", "content": parts}


def A(text):
    return {"role": "assistant", "content": text}


def fn(name, desc, props, required=None):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props,
                       "required": required if required is not None else list(props)}}}


def P(t="string", d=None):
    p = {"type": t}
    if d:
        p["description"] = d
    return p


def chat(*msgs, tools=None, model="gpt-4o", meta=None):
    body = {"model": model, "messages": list(msgs)}
    if tools:
        body["tools"] = tools
    if meta:
        body["metadata"] = meta
    return ("/v1/chat/completions", body)


def resp(inp, instructions=None, tools=None, model="gpt-4.1", meta=None, images=()):
    if images:
        inp = [{"role": "user", "content": [{"type": "input_text", "text": inp}] +
                [{"type": "input_image", "image_url": ("kit:" + k if not k.startswith("kit:") else k)} for k in images]}]
    body = {"model": model, "input": inp}
    if instructions:
        body["instructions"] = instructions
    if tools:
        body["tools"] = [t["function"] | {"type": "function"} if "function" in t else t for t in tools]
    if meta:
        body["metadata"] = meta
    return ("/v1/responses", body)


def emb(inputs, model="multimodal-embed-1", meta=None):
    body = {"model": model, "input": inputs}
    if meta:
        body["metadata"] = meta
    return ("/v1/embeddings", body)


def H(dev=None, mode=None, env=None, ec=None, lower=False):
    h = {}
    if dev:
        h["X-Usegate-Capture-Device"] = dev
    if mode:
        h["X-Usegate-Capture-Mode"] = mode
    if env:
        h["X-Usegate-Environment"] = env
    if ec:
        h["X-Usegate-End-Customer"] = ec
    if lower:
        h = {k.lower(): v for k, v in h.items()}
    return h


PURPOSES = {"id": "identification", "ver": "verification", "gal": "gallery",
            "fnr": "face_not_recognition", "wfr": "writing_about_fr", "unr": "unrelated"}
CLASSES = {"pa": "payload_as_ask", "tt": "topic_vs_task", "tf": "text_on_face",
           "cx": "context", "ae": "ask_elsewhere", "pl": "plain"}
_TF = {"T": True, "F": False, "-": None}


def R(voice, cls, tenant, req, purpose, ctx="---", headers=None):
    """One hand-written record. ctx = three chars for real_time, mobile_camera,
    uncontrolled: T (true), F (false), - (the request does not say)."""
    endpoint, body = req
    return {"voice": voice, "class": CLASSES[cls], "tenant": T[tenant],
            "endpoint": endpoint, "headers": headers or {}, "body": body,
            "labels": {"purpose": PURPOSES[purpose],
                       "real_time": _TF[ctx[0]], "mobile_camera": _TF[ctx[1]],
                       "uncontrolled": _TF[ctx[2]]}}
