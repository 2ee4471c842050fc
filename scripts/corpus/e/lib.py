"""Helpers for writer e. Every record is written by hand in the lang_*.py files;
this module only turns a compact hand-written record into the JSON case."""

def _t(id, name, sector, le_type, country, integrator=False, end=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in end]}

def LE(id, name, country, le_type="police"):
    return _t(id, name, "law_enforcement", le_type, country)

def CO(id, name, country, sector="commercial"):
    return _t(id, name, sector, None, country)

def INT(id, name, country, end):
    return _t(id, name, "commercial", None, country, True, end)

def _strip(t):
    return {k: t[k] for k in ("id", "name", "sector", "le_type", "country")}

# ---------------------------------------------------------------- tenants
T = {}
def reg(key, t):
    T[key] = t
    return t

# US police of many kinds
for k, n in [("oakridge", "Oakridge Police Department"), ("pinal", "Pinal Ridge County Sheriff's Office"),
             ("mohp", "Missouri Valley Highway Patrol"), ("uvcampus", "University of Vernon Campus Police"),
             ("metrotransit", "Metro Transit Police Department"), ("tribal", "Red Cedar Tribal Police"),
             ("parkpol", "Lakeshore Park Police"), ("elpaso", "Del Norte Police Department"),
             ("stpd", "Stillwater Township Police"), ("capitol", "State Capitol Police"),
             ("fairview", "Fairview PD"), ("kcso", "Kessler County Sheriff"), ("nyc_pct", "Harbor City Police Department"),
             ("sgtpd", "Saginaw Grove Police"), ("azdps", "Arroyo State Police")]:
    reg(k, LE(k, n, "US"))
# US non-police LE
reg("fbi_field", LE("fed-inv-ny", "Federal Bureau field office (task force)", "US", "federal_investigative"))
reg("cbp", LE("cbp-sector", "Border Sector Intelligence Unit", "US", "border_immigration"))
reg("doc", LE("state-doc", "State Department of Corrections", "US", "corrections"))
reg("da", LE("da-office", "Marin Bay District Attorney's Office", "US", "prosecution"))
# non-US police
for k, n, c, lt in [
    ("met", "Metropolitan Police Service", "GB", "police"), ("gmp", "Greater Manchester Police", "GB", "police"),
    ("pn", "Police nationale", "FR", "police"), ("gn", "Gendarmerie nationale", "FR", "police"),
    ("pm_lyon", "Police municipale de Lyon", "FR", "police"), ("be_pol", "Police fédérale belge", "BE", "police"),
    ("ch_ge", "Police cantonale de Genève", "CH", "police"), ("ca_spvm", "Service de police de la Ville de Montréal", "CA", "police"),
    ("pnes", "Policía Nacional", "ES", "police"), ("gc", "Guardia Civil", "ES", "police"), ("mossos", "Mossos d'Esquadra", "ES", "police"),
    ("mx_cdmx", "Secretaría de Seguridad Ciudadana CDMX", "MX", "police"), ("co_pol", "Policía Nacional de Colombia", "CO", "police"),
    ("ar_pfa", "Policía Federal Argentina", "AR", "police"), ("cl_pdi", "Policía de Investigaciones de Chile", "CL", "police"),
    ("bpol", "Bundespolizei", "DE", "border_immigration"), ("lka_by", "Polizeipräsidium München", "DE", "police"),
    ("at_lpd", "Landespolizeidirektion Wien", "AT", "police"), ("br_pm", "Polícia Militar do Estado de São Paulo", "BR", "police"),
    ("br_pf", "Polícia Federal", "BR", "police"), ("pt_psp", "Polícia de Segurança Pública", "PT", "police"),
    ("it_cc", "Arma dei Carabinieri", "IT", "police"), ("it_ps", "Polizia di Stato", "IT", "police"), ("it_pl", "Polizia Locale di Milano", "IT", "police"),
    ("nl_pol", "Politie Nederland", "NL", "police"), ("nl_kmar", "Koninklijke Marechaussee", "NL", "border_immigration"),
    ("pl_kgp", "Komenda Stołeczna Policji", "PL", "police"), ("pl_sg", "Straż Graniczna", "PL", "border_immigration"),
    ("jp_mpd", "警視庁", "JP", "police"), ("jp_osaka", "大阪府警察", "JP", "police"),
    ("ru_mvd", "ГУ МВД по Новосибирской области", "RU", "police"), ("kz_pol", "Полиция Алматы", "KZ", "police"),
    ("tr_egm", "Emniyet Genel Müdürlüğü", "TR", "police"), ("tr_jand", "Jandarma Genel Komutanlığı", "TR", "police"),
    ("kr_knpa", "경찰청", "KR", "police"), ("kr_seoul", "서울경찰청", "KR", "police"),
    ("ae_dxb", "Dubai Police", "AE", "police"), ("sa_pol", "الأمن العام", "SA", "police"), ("eg_moi", "وزارة الداخلية - مديرية أمن القاهرة", "EG", "police"),
    ("ma_dgsn", "DGSN Maroc", "MA", "police"), ("in_dp", "Delhi Police", "IN", "police"), ("in_mh", "Maharashtra Police", "IN", "police"),
    ("vn_ca", "Công an Thành phố Hồ Chí Minh", "VN", "police"), ("ua_np", "Національна поліція України", "UA", "police"),
    ("ua_dpsu", "Державна прикордонна служба України", "UA", "border_immigration"),
    ("id_polri", "Kepolisian Negara Republik Indonesia", "ID", "police"), ("id_pmj", "Polda Metro Jaya", "ID", "police"),
    ("se_pol", "Polismyndigheten", "SE", "police"), ("se_tull", "Tullverket", "SE", "other"),
    ("gr_elas", "Ελληνική Αστυνομία", "GR", "police"), ("cy_pol", "Αστυνομία Κύπρου", "CY", "police"),
    ("au_vic", "Victoria Police", "AU", "police"), ("ca_rcmp", "Royal Canadian Mounted Police", "CA", "police"),
    ("ie_garda", "An Garda Síochána", "IE", "police"), ("ng_pol", "Nigeria Police Force", "NG", "police"),
    ("za_saps", "South African Police Service", "ZA", "police"), ("ph_pnp", "Philippine National Police", "PH", "police"),
    ("nz_pol", "New Zealand Police", "NZ", "police"), ("ru_fsin", "ФСИН России", "RU", "corrections"),
]:
    reg(k, LE(k, n, c, lt))
# commercial / others
for k, n, c, s in [
    ("shopright", "ShopRight Stores Inc.", "US", "commercial"), ("tesco_like", "Northgate Grocers plc", "GB", "commercial"),
    ("bank_us", "Cobalt Bank N.A.", "US", "commercial"), ("neobank_de", "Kontoblick GmbH", "DE", "commercial"),
    ("fintech_br", "PagaFácil Pagamentos S.A.", "BR", "commercial"), ("hr_fr", "RH Conseil SAS", "FR", "commercial"),
    ("photoapp", "Snapkeep Inc.", "US", "commercial"), ("casino_es", "Gran Casino Levante S.L.", "ES", "commercial"),
    ("stadium_it", "Stadio Arena S.p.A.", "IT", "commercial"), ("hotel_jp", "株式会社サクラホテルズ", "JP", "commercial"),
    ("telco_tr", "Turkcell-like İletişim A.Ş.", "TR", "commercial"), ("kr_shop", "㈜한빛마트", "KR", "commercial"),
    ("news_us", "The Valley Ledger", "US", "commercial"), ("news_fr", "Le Quotidien du Nord", "FR", "commercial"),
    ("aclu_like", "Civil Liberties Watch", "US", "nonprofit"), ("eff_de", "Digitale Freiheit e.V.", "DE", "nonprofit"),
    ("uni_nl", "Universiteit van Twentekamp", "NL", "academic"), ("uni_us", "Midwest State University", "US", "academic"),
    ("uni_pl", "Uniwersytet Mazowiecki", "PL", "academic"), ("city_gov", "City of Oakridge — Office of the City Attorney", "US", "government"),
    ("council_gb", "Borough Council Information Governance", "GB", "government"), ("dmv_like", "State Department of Motor Vehicles", "US", "government"),
    ("indiv", "individual developer", "US", "individual"), ("indiv_fr", "particulier", "FR", "individual"),
    ("law_us", "Kettering & Vance LLP", "US", "commercial"), ("sec_id", "PT Aman Sentosa Security", "ID", "commercial"),
    ("vn_shop", "Công ty CP Bán lẻ Sao Mai", "VN", "commercial"), ("in_bank", "Navbharat Finance Ltd", "IN", "commercial"),
    ("ru_bank", "АО «Северный банк»", "RU", "commercial"), ("ua_shop", "ТОВ «Сільпо-подібна мережа»", "UA", "commercial"),
    ("sa_mall", "مجموعة مراكز الواحة التجارية", "SA", "commercial"), ("gr_gov", "Αρχή Προστασίας Δεδομένων (γραφείο)", "GR", "government"),
    ("se_kommun", "Malmö-liknande kommun", "SE", "government"), ("pl_bank", "Bank Wiślany S.A.", "PL", "commercial"),
    ("it_hr", "Risorse Umane Srl", "IT", "commercial"), ("pt_uni", "Universidade do Minho-like", "PT", "academic"),
    ("es_ong", "Fundación Derechos Digitales", "ES", "nonprofit"), ("jp_news", "東都新聞社", "JP", "commercial"),
]:
    reg(k, CO(k, n, c, s))
# integrators
def ec(k): return _strip(T[k])
reg("lensco", INT("lensco", "LensCo Vision Inc.", "US", [ec("oakridge"), ec("shopright")]))
reg("bluewire", INT("bluewire", "Bluewire Public Safety Software", "US", [ec("pinal"), ec("metrotransit"), ec("bank_us")]))
reg("visionde", INT("visionde", "Sichtwerk Analytics GmbH", "DE", [ec("lka_by"), ec("neobank_de"), ec("kcso")]))
reg("eyefr", INT("eyefr", "OeilNet SAS", "FR", [ec("pn"), ec("hr_fr")]))
reg("gr_int", INT("gr_int", "Ωμέγα Συστήματα Ασφαλείας ΑΕ", "GR", [ec("gr_elas"), ec("fairview")]))
reg("br_int", INT("br_int", "Olho Vivo Tecnologia Ltda", "BR", [ec("br_pm"), ec("fintech_br")]))
reg("jp_int", INT("jp_int", "株式会社ミライ映像解析", "JP", [ec("jp_mpd"), ec("hotel_jp")]))
reg("in_int", INT("in_int", "Drishti AI Pvt Ltd", "IN", [ec("in_dp"), ec("in_bank"), ec("elpaso")]))
reg("kr_int", INT("kr_int", "㈜비전세이프", "KR", [ec("kr_seoul"), ec("kr_shop")]))

KIT = {"fp": "kit:face_photo", "fc": "kit:face_crop", "fs": "kit:face_sheet", "cr": "kit:crowd", "id": "kit:id_card",
       "nf": "kit:no_face", "pl": "kit:plate", "doc": "kit:document", "bc": "kit:bodycam_frame",
       "dc": "kit:dashcam_frame", "cc": "kit:cctv_frame"}

def img(code):
    """'fp' or 'fp?exif=phone&age=6' -> kit url"""
    base, _, q = code.partition("?")
    u = KIT.get(base, base)
    return u + ("?" + q if q else "")

def _content(text, imgs):
    if not imgs:
        return text
    c = []
    if text:
        c.append({"type": "text", "text": text})
    for i in imgs:
        c.append({"type": "image_url", "image_url": {"url": img(i)}})
    return c

MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4o-2024-08-06", "gpt-5-mini", "o4-mini"]

def U(text, *imgs, model=None):
    return ("/v1/chat/completions", {"model": model, "messages": [{"role": "user", "content": _content(text, imgs)}]})

def S(sys, text, *imgs, model=None):
    return ("/v1/chat/completions", {"model": model, "messages": [{"role": "system", "content": sys},
                                                                   {"role": "user", "content": _content(text, imgs)}]})

def C(sys, turns, *imgs, tools=None, model=None):
    """turns: list of strings alternating user/assistant, starting with user; imgs go on the last user turn"""
    msgs = []
    if sys:
        msgs.append({"role": "system", "content": sys})
    for i, t in enumerate(turns):
        role = "user" if i % 2 == 0 else "assistant"
        last = i == len(turns) - 1
        msgs.append({"role": role, "content": _content(t, imgs if last else ())})
    b = {"model": model, "messages": msgs}
    if tools:
        b["tools"] = tools
    return ("/v1/chat/completions", b)

def R(instructions, text, *imgs, model=None):
    inp = text
    if imgs:
        inp = [{"role": "user", "content": [{"type": "input_text", "text": text}] +
                [{"type": "input_image", "image_url": img(i)} for i in imgs]}]
    b = {"model": model, "input": inp}
    if instructions:
        b = {"model": model, "instructions": instructions, "input": inp}
    return ("/v1/responses", b)

def E(items, model="text-embedding-3-large", shape="openai"):
    """items: list of ('img'|'txt', value) or tuples (img, txt)"""
    out = []
    for it in items:
        if isinstance(it, tuple) and len(it) == 2 and it[0] not in ("img", "txt"):
            out.append({"image": img(it[0]), "text": it[1]})
        elif isinstance(it, tuple) and it[0] == "img":
            out.append({"image": img(it[1])})
        elif isinstance(it, tuple):
            out.append(it[1])
        else:
            out.append(it)
    if shape == "cohere":
        return ("/v1/embeddings", {"model": model, "input_type": "image", "inputs": [{"content": [
            {"type": "image_url", "image_url": o["image"]}]} for o in out if isinstance(o, dict)]})
    if shape == "voyage":
        return ("/v1/embeddings", {"model": model, "inputs": [{"content": ([{"type": "text", "text": o["text"]}] if o.get("text") else []) +
                                                              [{"type": "image_url", "image_url": o["image"]}]} for o in out]})
    return ("/v1/embeddings", {"model": model, "input": out})

def tool(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: {"type": v[0], "description": v[1]} for k, v in props.items()},
        "required": req if req is not None else list(props)[:1]}}}

def H(dev=None, mode=None, env=None, end=None):
    h = {}
    if dev: h["X-Usegate-Capture-Device"] = dev
    if mode: h["X-Usegate-Capture-Mode"] = mode
    if env: h["X-Usegate-Environment"] = env
    if end: h["X-Usegate-End-Customer"] = end
    return h

PURP = {"id": "identification", "ver": "verification", "gal": "gallery", "fnr": "face_not_recognition",
        "wab": "writing_about_fr", "unr": "unrelated"}
RECOG = {"identification", "verification", "gallery"}
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"

def _tri(ch):
    return {"1": True, "0": False, "-": None}[ch]

def _is_us_police(t):
    return t["sector"] == "law_enforcement" and t["le_type"] == "police" and t["country"] == "US"

def decide(tenant, purpose, ctx, headers, body):
    rt, mob, unc = ctx
    recog = purpose in RECOG
    if not recog:
        return "allowed", ["allow"], []
    end = headers.get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    subj = [tenant]
    unknown = False
    if tenant["integrator"]:
        named = [e for e in tenant["end_customers"] if e["id"] == end]
        if named:
            subj = [named[0]]
        else:
            subj = tenant["end_customers"]
            unknown = True
    clauses = []
    if not unknown:
        s = subj[0]
        if _is_us_police(s):
            clauses.append(C1)
        if s["sector"] == "law_enforcement" and rt is True and mob is True and unc is True:
            clauses.append(C2)
        if clauses:
            return "violation", ["deny"], clauses
        if s["sector"] == "law_enforcement" and purpose == "gallery" and True not in ctx:
            # building a photo-search/enrolment capability with no live, mobile or street element stated:
            # C1 does not reach non-US-police tenants and nothing points at C2
            return "allowed", ["allow"], []
        if s["sector"] == "law_enforcement" and False not in ctx and None in ctx:
            return "ambiguous", ["review", "deny"], []
        return "allowed", ["allow"], []
    # integrator, end customer unknown
    if any(_is_us_police(s) for s in subj):
        return "ambiguous", ["review"], []
    if any(s["sector"] == "law_enforcement" for s in subj) and False not in ctx and (purpose != "gallery" or True in ctx):
        return "ambiguous", ["review"], []
    return "allowed", ["allow"], []
