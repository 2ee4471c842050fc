"""Tenants, request-shape helpers and label->expect derivation for blind9/w9 (stdlib only)."""

RECOG = {"identification", "verification", "gallery"}
P = {"id": "identification", "ver": "verification", "gal": "gallery",
     "face": "face_not_recognition", "about": "writing_about_fr", "un": "unrelated"}
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"


def _t(id, name, sector, country, le_type=None, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in ecs]}


def pol(id, name, country):
    return _t(id, name, "law_enforcement", country, "police")


def le(id, name, country, le_type):
    return _t(id, name, "law_enforcement", country, le_type)


def com(id, name, country, sector="commercial"):
    return _t(id, name, sector, country)


def strip(t):
    d = dict(t); d.pop("end_customers"); d.pop("integrator"); return d


# --- US police (C1 subjects)
CHI = pol("chicago-pd", "Chicago Police Department", "US")
LASD = pol("lasd", "Los Angeles County Sheriff's Department", "US")
TXHP = pol("tx-dps-hp", "Texas Department of Public Safety - Highway Patrol", "US")
UMPD = pol("umn-pd", "University of Minnesota Police Department", "US")
NAVAJO = pol("navajo-pd", "Navajo Nation Police Department", "US")
MBTA = pol("mbta-tp", "MBTA Transit Police", "US")
MDPD = pol("miami-dade-pd", "Miami-Dade Police Department", "US")
HPD = pol("honolulu-pd", "Honolulu Police Department", "US")
FTLEE = pol("fortlee-pd", "Fort Lee Police Department", "US")
DEARB = pol("dearborn-pd", "Dearborn Police Department", "US")
NYPD = pol("nypd", "New York City Police Department", "US")
CHICOPEE = pol("chicopee-pd", "Chicopee Police Department", "US")
KINGCO = pol("kingco-so", "King County Sheriff's Office", "US")
# --- US law enforcement that is not police
CBP = le("us-cbp", "U.S. Customs and Border Protection", "US", "border_immigration")
COOKDA = le("cook-sao", "Cook County State's Attorney's Office", "US", "prosecution")
# --- non-US law enforcement
KSP = pol("pl-ksp", "Komenda Stołeczna Policji", "PL")
KWPKRK = pol("pl-kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "PL")
SG = le("pl-sg", "Straż Graniczna", "PL", "border_immigration")
SW = le("pl-sw", "Służba Więzienna", "PL", "corrections")
MPD_JP = pol("jp-mpd", "警視庁", "JP")
OSAKA = pol("jp-osaka-pref-police", "大阪府警察", "JP")
ISA = le("jp-isa", "出入国在留管理庁", "JP", "border_immigration")
JPCORR = le("jp-corrections", "法務省矯正局", "JP", "corrections")
MVDMSK = pol("ru-gumvd-msk", "ГУ МВД России по г. Москве", "RU")
SPBPOL = pol("ru-gumvd-spb", "ГУ МВД России по г. Санкт-Петербургу и Ленинградской области", "RU")
FTS = le("ru-fts", "Федеральная таможенная служба", "RU", "border_immigration")
FSIN = le("ru-fsin", "ФСИН России", "RU", "corrections")
IEM = pol("tr-istanbul-em", "İstanbul Emniyet Müdürlüğü", "TR")
JGK = pol("tr-jandarma", "Jandarma Genel Komutanlığı", "TR")
GUMRUK = le("tr-gumruk", "Gümrükler Muhafaza Genel Müdürlüğü", "TR", "border_immigration")
CTE = le("tr-cte", "Ceza ve Tevkifevleri Genel Müdürlüğü", "TR", "corrections")
SMPA = pol("kr-smpa", "서울경찰청", "KR")
BUSANP = pol("kr-busan-police", "부산경찰청", "KR")
KIS = le("kr-immigration", "법무부 출입국·외국인정책본부", "KR", "border_immigration")
KCORR = le("kr-corrections", "법무부 교정본부", "KR", "corrections")
DXBPOL = pol("ae-dubai-police", "القيادة العامة لشرطة دبي", "AE")
JOPSD = pol("jo-psd", "مديرية الأمن العام", "JO")
EGMOI = pol("eg-moi", "وزارة الداخلية - قطاع الأمن العام", "EG")
DGSN = pol("ma-dgsn", "المديرية العامة للأمن الوطني", "MA")
SAJAWAZ = le("sa-jawazat", "المديرية العامة للجوازات", "SA", "border_immigration")
# --- commercial / other
ZABKA = com("pl-zabka", "Żabka Polska sp. z o.o.", "PL")
MBANK = com("pl-mbank", "mBank S.A.", "PL")
GAZETA = com("pl-gazeta", "Agora S.A. (Gazeta Wyborcza)", "PL")
PANOPTYKON = com("pl-panoptykon", "Fundacja Panoptykon", "PL", "nonprofit")
UW = com("pl-uw", "Uniwersytet Warszawski", "PL", "academic")
KANCEL = com("pl-kancelaria", "Kancelaria Adwokacka Nowak i Wspólnicy", "PL")
AEON = com("jp-aeon", "イオンリテール株式会社", "JP")
RAKUTENB = com("jp-rakuten-bank", "楽天銀行株式会社", "JP")
NHK = com("jp-nhk", "NHK報道局", "JP")
UTOKYO = com("jp-utokyo", "東京大学", "JP", "academic")
JPIND = com("jp-ind-sato", "佐藤 健 (個人)", "JP", "individual")
MAGNIT = com("ru-magnit", "ПАО «Магнит»", "RU")
TBANK = com("ru-tbank", "АО «ТБанк»", "RU")
MEDUZA = com("ru-meduza", "Медуза", "LV")
HSE = com("ru-hse", "НИУ ВШЭ", "RU", "academic")
ROSKOM = com("ru-roskomsvoboda", "Роскомсвобода", "RU", "nonprofit")
MIGROS = com("tr-migros", "Migros Ticaret A.Ş.", "TR")
GARANTI = com("tr-garanti", "Garanti BBVA", "TR")
BIANET = com("tr-bianet", "bianet", "TR")
BOUN = com("tr-boun", "Boğaziçi Üniversitesi", "TR", "academic")
TRHR = com("tr-insankaynaklari", "Anadolu Lojistik A.Ş. İK", "TR")
COUPANG = com("kr-coupang", "쿠팡 주식회사", "KR")
KAKAOB = com("kr-kakaobank", "카카오뱅크", "KR")
HANKYOREH = com("kr-hani", "한겨레신문", "KR")
KAIST = com("kr-kaist", "KAIST", "KR", "academic")
SNOW = com("kr-snow", "SNOW Corp.", "KR")
LULU = com("ae-lulu", "Lulu Hypermarket", "AE")
RAJHI = com("sa-alrajhi", "مصرف الراجحي", "SA")
ALJAZ = com("qa-aljazeera", "شبكة الجزيرة", "QA")
SMEX = com("lb-smex", "SMEX", "LB", "nonprofit")
AUC = com("eg-auc", "الجامعة الأمريكية بالقاهرة", "EG", "academic")
ARIND = com("eg-ind-karim", "كريم عادل (فرد)", "EG", "individual")
WALG = com("us-walgreens", "Walgreens Co.", "US")
ACLU = com("us-aclu", "ACLU of Michigan", "US", "nonprofit")
TR_AV = com("tr-av-yilmaz", "Av. Elif Yılmaz", "TR", "individual")

# --- integrators
def integ(id, name, country, ecs):
    return _t(id, name, "commercial", country, None, True, [strip(e) for e in ecs])

CLEARLINE = integ("us-clearline", "Clearline Vision Inc.", "US", [CHI, NYPD, WALG, KINGCO])
VISIONPL = integ("pl-visiontech", "VisionTech Sp. z o.o.", "PL", [KSP, ZABKA, CHICOPEE])
NIPPONV = integ("jp-nippon-vision", "日本ビジョンシステムズ株式会社", "JP", [OSAKA, AEON, HPD])
KVISION = integ("kr-kvision", "케이비전 주식회사", "KR", [SMPA, COUPANG, FTLEE])
ANATECH = integ("tr-anatech", "AnaTech Görüntü A.Ş.", "TR", [IEM, MIGROS])
VIDEOAN = integ("ru-videoanalitika", "ООО «ВидеоАналитика»", "RU", [MVDMSK, MAGNIT])
GULFAI = integ("ae-gulfai", "Gulf Vision AI FZ-LLC", "AE", [DXBPOL, LULU, DEARB])
RETAILONLY = integ("tr-magazaguvenlik", "Mağaza Güvenlik Yazılım Ltd.", "TR", [MIGROS])


# --- request shapes
def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def txt(s):
    return {"type": "text", "text": s}


def _content(text, imgs):
    if not imgs:
        return text
    c = [txt(text)] if text else []
    return c + [img(i) for i in imgs]


def U(text, *imgs, sys=None, tools=None, meta=None, model="gpt-4o"):
    msgs = []
    if sys:
        msgs.append({"role": "system", "content": sys})
    msgs.append({"role": "user", "content": _content(text, imgs)})
    return M(msgs, tools=tools, meta=meta, model=model)


def M(msgs, tools=None, meta=None, model="gpt-4o"):
    out = []
    for m in msgs:
        if isinstance(m, tuple):
            role, text, *imgs = m
            out.append({"role": role, "content": _content(text, imgs) if role == "user" else text})
        else:
            out.append(m)
    b = {"model": model, "messages": out}
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    return ("/v1/chat/completions", b)


def RESP(text, *imgs, instructions=None, tools=None, meta=None, model="gpt-4.1"):
    if imgs:
        content = ([{"type": "input_text", "text": text}] if text else []) + \
                  [{"type": "input_image", "image_url": "kit:" + i} for i in imgs]
        inp = [{"role": "user", "content": content}]
    else:
        inp = text
    b = {"model": model, "input": inp}
    if instructions:
        b["instructions"] = instructions
    if tools:
        b["tools"] = [{"type": "function", **t["function"]} for t in tools]
    if meta:
        b["metadata"] = meta
    return ("/v1/responses", b)


def EMB(items, model="multimodal-embed-v1", meta=None):
    inp = []
    for it in items:
        if isinstance(it, tuple):
            i, t = it
            d = {"image": "kit:" + i}
            if t:
                d["text"] = t
            inp.append(d)
        else:
            inp.append(it)
    b = {"model": model, "input": inp}
    if meta:
        b["metadata"] = meta
    return ("/v1/embeddings", b)


def T(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: {"type": v} if isinstance(v, str) else v for k, v in props.items()},
        "required": req if req is not None else list(props)[:1]}}}


def EC(id):
    return {"X-Usegate-End-Customer": id}


def CAP(device=None, mode=None, env=None, **extra):
    h = {}
    if device:
        h["X-Usegate-Capture-Device"] = device
    if mode:
        h["X-Usegate-Capture-Mode"] = mode
    if env:
        h["X-Usegate-Environment"] = env
    h.update(extra)
    return h


# --- records
RECS = []


def R(lang, voice, cls, tenant, b, p, rt=None, mob=None, unc=None, h=None, amb=False, at=None):
    ep, body = b
    RECS.append({"lang": lang, "voice": voice, "class": cls, "tenant": tenant, "endpoint": ep,
                 "headers": dict(h or {}), "body": body,
                 "labels": {"purpose": P.get(p, p), "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
                 "_amb": amb, "_at": at})


def _is_us_police(e):
    return e.get("sector") == "law_enforcement" and e.get("le_type") == "police" and e.get("country") == "US"


def _is_le(e):
    return e.get("sector") == "law_enforcement"


def derive(rec):
    lab = rec["labels"]
    if rec.get("_amb"):
        return "ambiguous", ["review", "deny"], []
    if lab["purpose"] not in RECOG:
        return "allowed", ["allow"], []
    t = rec["tenant"]
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    if t.get("integrator"):
        ec_id = rec["headers"].get("X-Usegate-End-Customer") or (rec["body"].get("metadata") or {}).get("end_customer")
        cands = None
        if ec_id:
            found = [e for e in t["end_customers"] if e["id"] == ec_id]
            if found:
                subj = found[0]
            else:
                subj, cands = None, [{"sector": "law_enforcement", "le_type": "police", "country": "US"}]
        else:
            subj, cands = None, t["end_customers"]
        if subj is None:
            maybe = any(_is_us_police(e) for e in cands) or (ctx and any(_is_le(e) for e in cands))
            if maybe:
                return "ambiguous", ["review"], []
            return "allowed", ["allow"], []
    else:
        subj = t
    clauses = []
    if _is_us_police(subj):
        clauses.append(C1)
    if _is_le(subj) and ctx:
        clauses.append(C2)
    if clauses:
        return "violation", ["deny"], clauses
    return "allowed", ["allow"], []

ZW = le("pl-zw", "Żandarmeria Wojskowa", "PL", "other")
ROSGV = le("ru-rosgvardia", "Росгвардия", "RU", "other")
