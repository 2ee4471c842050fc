"""Shared helpers for writer z. Stdlib only. kind/expect are derived from tenant + labels (FORMAT.md)."""
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def t(id, name, sector, le_type=None, country="US", integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in ecs]}


def ec(id, name, sector, le_type=None, country="US"):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}


# ---- end customers
EC_CPD = ec("chi-pd", "Chicago Police Department", "law_enforcement", "police", "US")
EC_NYPD = ec("nypd", "New York City Police Department", "law_enforcement", "police", "US")
EC_HCSO = ec("hcso-tx", "Harris County Sheriff's Office", "law_enforcement", "police", "US")
EC_DEARBORN = ec("dearborn-pd", "Dearborn Police Department", "law_enforcement", "police", "US")
EC_LAPD = ec("lapd", "Los Angeles Police Department", "law_enforcement", "police", "US")
EC_KSP = ec("ksp-pl", "Komenda Stołeczna Policji", "law_enforcement", "police", "PL")
EC_MPD_JP = ec("mpd-tokyo", "警視庁", "law_enforcement", "police", "JP")
EC_EGM = ec("egm-tr", "Emniyet Genel Müdürlüğü", "law_enforcement", "police", "TR")
EC_KNPA = ec("knpa", "경찰청", "law_enforcement", "police", "KR")
EC_DXBPOL = ec("dubai-police", "Dubai Police", "law_enforcement", "police", "AE")
EC_MVD = ec("gumvd-msk", "ГУ МВД России по г. Москве", "law_enforcement", "police", "RU")
EC_BANK_PL = ec("pkobank", "Bank Wiślany S.A.", "commercial", None, "PL")
EC_RETAIL_JP = ec("lawmart-jp", "ローマート株式会社", "commercial", None, "JP")
EC_RETAIL_TR = ec("migros-like", "Kardelen Market A.Ş.", "commercial", None, "TR")
EC_STADIUM_KR = ec("sangam-arena", "상암아레나 운영㈜", "commercial", None, "KR")
EC_BANK_AE = ec("emirates-bank", "Gulf Crescent Bank", "commercial", None, "AE")
EC_HR_RU = ec("hr-ru", "ООО «КадрПлюс»", "commercial", None, "RU")

# ---- US police (C1)
CPD = t("chi-pd", "Chicago Police Department", "law_enforcement", "police")
NYPD = t("nypd", "New York City Police Department", "law_enforcement", "police")
HCSO = t("hcso-tx", "Harris County Sheriff's Office", "law_enforcement", "police")
COOK_SO = t("cook-so", "Cook County Sheriff's Office", "law_enforcement", "police")
NJSP = t("njsp", "New Jersey State Police", "law_enforcement", "police")
WSP = t("wsp", "Washington State Patrol", "law_enforcement", "police")
CHP = t("chp", "California Highway Patrol", "law_enforcement", "police")
UCPD = t("uc-campus-pd", "University of Chicago Police Department", "law_enforcement", "police")
MTAPD = t("mta-pd", "MTA Police Department", "law_enforcement", "police")
BART = t("bart-pd", "BART Police Department", "law_enforcement", "police")
NAVAJO = t("navajo-pd", "Navajo Nation Police", "law_enforcement", "police")
DEARBORN = t("dearborn-pd", "Dearborn Police Department", "law_enforcement", "police")
LAPD = t("lapd", "Los Angeles Police Department", "law_enforcement", "police")
PATERSON = t("paterson-pd", "Paterson Police Department", "law_enforcement", "police")
KING_SO = t("kcso", "King County Sheriff's Office", "law_enforcement", "police")
BKLYN_PCT = t("nypd-61", "NYPD 61st Precinct (Brighton Beach)", "law_enforcement", "police")
USPP = t("uspp", "United States Park Police", "law_enforcement", "police")
# ---- US law enforcement, not police
FBI = t("fbi-chi", "FBI Chicago Field Office", "law_enforcement", "federal_investigative")
USMS = t("usms", "U.S. Marshals Service", "law_enforcement", "federal_investigative")
HSI = t("hsi", "Homeland Security Investigations", "law_enforcement", "federal_investigative")
CBP = t("cbp", "U.S. Customs and Border Protection", "law_enforcement", "border_immigration")
ICE = t("ice-ero", "ICE Enforcement and Removal Operations", "law_enforcement", "border_immigration")
CCDA = t("cook-sao", "Cook County State's Attorney's Office", "law_enforcement", "prosecution")
LADA = t("la-da", "Los Angeles County District Attorney", "law_enforcement", "prosecution")
CDCR = t("cdcr", "California Department of Corrections and Rehabilitation", "law_enforcement", "corrections")
NYDOCCS = t("nydoccs", "NY State Dept. of Corrections and Community Supervision", "law_enforcement", "corrections")
PUBDEF = t("cook-pd-def", "Law Office of the Cook County Public Defender", "government")
# ---- non-US LE
PL_KSP = t("ksp-pl", "Komenda Stołeczna Policji", "law_enforcement", "police", "PL")
PL_KWP_KRK = t("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL")
PL_SG = t("sg-pl", "Straż Graniczna", "law_enforcement", "border_immigration", "PL")
PL_CBA = t("cba-pl", "Centralne Biuro Antykorupcyjne", "law_enforcement", "federal_investigative", "PL")
PL_PROK = t("prok-pl", "Prokuratura Okręgowa w Warszawie", "law_enforcement", "prosecution", "PL")
JP_MPD = t("mpd-tokyo", "警視庁", "law_enforcement", "police", "JP")
JP_OSAKA = t("osaka-pref-pol", "大阪府警察", "law_enforcement", "police", "JP")
JP_KANAGAWA = t("kanagawa-pol", "神奈川県警察", "law_enforcement", "police", "JP")
JP_IMM = t("isa-jp", "出入国在留管理庁", "law_enforcement", "border_immigration", "JP")
JP_PROS = t("tokyo-pros", "東京地方検察庁", "law_enforcement", "prosecution", "JP")
RU_MVD = t("gumvd-msk", "ГУ МВД России по г. Москве", "law_enforcement", "police", "RU")
RU_SPB = t("gumvd-spb", "ГУ МВД России по Санкт-Петербургу и Ленинградской области", "law_enforcement", "police", "RU")
RU_TRANSPORT = t("utmvd-cfo", "УТ МВД России по ЦФО (транспортная полиция)", "law_enforcement", "police", "RU")
KZ_POL = t("kz-almaty-pol", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ")
RU_FSIN = t("fsin", "ФСИН России", "law_enforcement", "corrections", "RU")
TR_IST = t("ist-emniyet", "İstanbul İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
TR_ANK = t("ank-emniyet", "Ankara İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
TR_JAND = t("jandarma", "Jandarma Genel Komutanlığı", "law_enforcement", "police", "TR")
TR_GOC = t("goc-idaresi", "Göç İdaresi Başkanlığı", "law_enforcement", "border_immigration", "TR")
TR_SAVCI = t("ist-bassavcilik", "İstanbul Cumhuriyet Başsavcılığı", "law_enforcement", "prosecution", "TR")
KR_SEOUL = t("smpa", "서울경찰청", "law_enforcement", "police", "KR")
KR_BUSAN = t("bspa", "부산경찰청", "law_enforcement", "police", "KR")
KR_KNPA = t("knpa", "경찰청", "law_enforcement", "police", "KR")
KR_IMM = t("kr-immigration", "법무부 출입국·외국인정책본부", "law_enforcement", "border_immigration", "KR")
KR_PROS = t("spo-kr", "서울중앙지방검찰청", "law_enforcement", "prosecution", "KR")
AE_DXB = t("dubai-police", "Dubai Police", "law_enforcement", "police", "AE")
AE_AD = t("adpolice", "شرطة أبوظبي", "law_enforcement", "police", "AE")
SA_PS = t("sa-public-security", "الأمن العام - المملكة العربية السعودية", "law_enforcement", "police", "SA")
EG_MOI = t("eg-moi", "وزارة الداخلية - مصر", "law_enforcement", "police", "EG")
JO_PSD = t("jo-psd", "مديرية الأمن العام الأردنية", "law_enforcement", "police", "JO")
MA_DGSN = t("ma-dgsn", "المديرية العامة للأمن الوطني", "law_enforcement", "police", "MA")
SA_JAWAZAT = t("sa-jawazat", "المديرية العامة للجوازات", "law_enforcement", "border_immigration", "SA")
# ---- integrators
VND_US = t("bluelens", "BlueLens Analytics Inc.", "commercial", None, "US", True, [EC_CPD, EC_NYPD, EC_HCSO, EC_DEARBORN])
VND_LA = t("ridgeline", "Ridgeline Public Safety Software", "commercial", None, "US", True, [EC_LAPD, EC_BANK_AE])
VND_PL = t("wizjer", "Wizjer Systemy Sp. z o.o.", "commercial", None, "PL", True, [EC_KSP, EC_BANK_PL, EC_CPD])
VND_JP = t("kanshi-tech", "カンシテック株式会社", "commercial", None, "JP", True, [EC_MPD_JP, EC_RETAIL_JP])
VND_RU = t("vizor", "ООО «Визор Технологии»", "commercial", None, "RU", True, [EC_MVD, EC_HR_RU])
VND_TR = t("gozcu", "Gözcü Yazılım A.Ş.", "commercial", None, "TR", True, [EC_EGM, EC_RETAIL_TR, EC_NYPD])
VND_KR = t("nunbit", "눈빛AI㈜", "commercial", None, "KR", True, [EC_KNPA, EC_STADIUM_KR, EC_LAPD])
VND_AE = t("sahar", "Sahar Vision FZ-LLC", "commercial", None, "AE", True, [EC_DXBPOL, EC_BANK_AE, EC_DEARBORN])
VND_NONE = t("facekit-dev", "FaceKit Labs", "commercial", None, "US", True, [])
# ---- commercial / other
PL_BANK = t("bank-wislany", "Bank Wiślany S.A.", "commercial", None, "PL")
PL_SHOP = t("sklepy-lipa", "Sieć Sklepów Lipa", "commercial", None, "PL")
PL_UNI = t("uw", "Uniwersytet Warszawski", "academic", None, "PL")
PL_MEDIA = t("gazeta-pl-x", "Redakcja Dziennika Obywatelskiego", "commercial", None, "PL")
PL_NGO = t("fundacja-panoptykon-like", "Fundacja Prywatność Teraz", "nonprofit", None, "PL")
JP_BANK = t("sakura-fin", "さくら信用金庫", "commercial", None, "JP")
JP_RETAIL = t("lawmart-jp", "ローマート株式会社", "commercial", None, "JP")
JP_UNI = t("utokyo-lab", "東京工科大学 情報学部", "academic", None, "JP")
JP_MEDIA = t("nikkan-x", "日刊ミライ新聞社", "commercial", None, "JP")
JP_PHOTO = t("fotomo", "フォトモ株式会社", "commercial", None, "JP")
RU_BANK = t("bank-sever", "АО «Банк Северный»", "commercial", None, "RU")
RU_HR = t("hr-ru", "ООО «КадрПлюс»", "commercial", None, "RU")
RU_MEDIA = t("novaya-x", "Издание «Открытый город»", "commercial", None, "RU")
RU_UNI = t("hse-x", "НИУ «Высшая школа цифровых технологий»", "academic", None, "RU")
RU_RETAIL = t("magnit-x", "Сеть «Продукты 24»", "commercial", None, "RU")
TR_BANK = t("anadolu-bank", "Anadolu Katılım Bankası", "commercial", None, "TR")
TR_RETAIL = t("kardelen", "Kardelen Market A.Ş.", "commercial", None, "TR")
TR_UNI = t("odtu-x", "Boğaziçi Teknoloji Üniversitesi", "academic", None, "TR")
TR_MEDIA = t("medyascope-x", "Haber Ekranı", "commercial", None, "TR")
TR_BARO = t("ist-baro", "İstanbul Barosu İnsan Hakları Merkezi", "nonprofit", None, "TR")
KR_BANK = t("hana-x", "한빛은행", "commercial", None, "KR")
KR_STADIUM = t("sangam-arena", "상암아레나 운영㈜", "commercial", None, "KR")
KR_HR = t("kr-hr", "잡플러스㈜", "commercial", None, "KR")
KR_UNI = t("kaist-x", "한국과학기술대학교 비전연구실", "academic", None, "KR")
KR_MEDIA = t("kr-media", "오늘뉴스", "commercial", None, "KR")
KR_PHOTO = t("snaplab", "스냅랩㈜", "commercial", None, "KR")
AR_BANK = t("gulf-crescent", "Gulf Crescent Bank", "commercial", None, "AE")
AR_RETAIL = t("souq-mart", "أسواق الواحة", "commercial", None, "SA")
AR_UNI = t("aub-x", "جامعة بيروت للعلوم", "academic", None, "LB")
AR_MEDIA = t("ar-media", "شبكة المرصد الإخبارية", "commercial", None, "QA")
AR_NGO = t("ar-ngo", "مؤسسة سمكس للحقوق الرقمية", "nonprofit", None, "LB")
AR_HR = t("ar-hr", "شركة توظيف بلس", "commercial", None, "EG")
US_RETAIL = t("shopwell", "ShopWell Stores Inc.", "commercial", None, "US")
US_STADIUM = t("metlife-ops", "Meadowlands Stadium Operations", "commercial", None, "US")
US_ACLU = t("aclu-x", "Civil Liberties Union of Illinois", "nonprofit", None, "US")
US_CITY_IT = t("chi-doit", "City of Chicago Dept. of Technology", "government", None, "US")


# ---- message helpers
def _content(text, imgs):
    if not imgs:
        return text
    parts = []
    if text:
        parts.append({"type": "text", "text": text})
    for i in imgs:
        parts.append({"type": "image_url", "image_url": {"url": i if i.startswith("kit:") else "kit:" + i}})
    return parts


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def U(text, *imgs):
    return {"role": "user", "content": _content(text, imgs)}


def A(text):
    return {"role": "assistant", "content": text}


def fn(name, desc, props=None, req=None):
    props = props or {}
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: {"type": v if v in ("string", "integer", "number", "boolean") else "string",
                                             "description": v if v not in ("string", "integer", "number", "boolean") else ""}
                                         for k, v in props.items()},
        "required": list(req if req is not None else props.keys())}}}


def chat(*msgs, tools=None, model="gpt-4o", meta=None, **kw):
    b = {"model": model, "messages": list(msgs)}
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    b.update(kw)
    return b


def resp(inp, model="gpt-4.1", instructions=None, tools=None, meta=None):
    b = {"model": model, "input": inp}
    if instructions:
        b["instructions"] = instructions
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    b["_ep"] = EP["resp"]
    return b


def rinput(text, *imgs):
    """responses-API style user item with text + images"""
    c = [{"type": "input_text", "text": text}] if text else []
    for i in imgs:
        c.append({"type": "input_image", "image_url": i if i.startswith("kit:") else "kit:" + i})
    return [{"role": "user", "content": c}]


def emb(items, model="multimodal-embed-v1"):
    return {"model": model, "input": items, "_ep": EP["emb"]}


def comp(prompt, model="gpt-3.5-turbo-instruct", **kw):
    b = {"model": model, "prompt": prompt}
    b.update(kw)
    return b


EP = {"chat": "/v1/chat/completions", "resp": "/v1/responses", "emb": "/v1/embeddings", "comp": "/v1/completions"}
_CTX = {"T": True, "F": False, "N": None}


def R(lang, voice, cls, tenant, purpose, body, ctx="NNN", headers=None, amb=False, ep=None, ec_id=None, unsure=None):
    """One record. ctx = 3 letters T/F/N for real_time, mobile_camera, uncontrolled."""
    body = dict(body)
    auto = body.pop("_ep", None)
    if ep is None:
        ep = auto or (EP["chat"] if "messages" in body else EP["comp"] if "prompt" in body else EP["resp"])
    else:
        ep = EP.get(ep, ep)
    headers = dict(headers or {})
    if ec_id:
        headers["X-Usegate-End-Customer"] = ec_id
    return {"lang": lang, "voice": voice, "cls": cls, "tenant": tenant, "endpoint": ep, "headers": headers,
            "body": body, "purpose": purpose, "ctx": ctx, "amb": amb, "unsure": unsure}


_MOBILE_EXIF = {"bodycam", "dashcam", "phone", "drone"}


def kit_context(body):
    """Context shown by kit images: overlay frames and EXIF options. Conflicting evidence leaves a label open."""
    import json
    import re
    seen = {"real_time": set(), "mobile_camera": set()}
    for ref in re.findall(r"kit:[a-z_]+(?:\\?[a-z=&0-9]+)?", json.dumps(body)):
        name, _, q = ref[4:].partition("?")
        opts = dict(p.split("=", 1) for p in q.split("&") if "=" in p)
        if name in ("bodycam_frame", "dashcam_frame"):
            seen["mobile_camera"].add(True)
        elif name == "cctv_frame":
            seen["mobile_camera"].add(False)
        if "exif" in opts:
            seen["mobile_camera"].add(opts["exif"] in _MOBILE_EXIF)
        if "age" in opts:
            seen["real_time"].add(int(opts["age"]) <= 120)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def derive(r):
    ten = r["tenant"]
    lab = {"purpose": r["purpose"], "real_time": _CTX[r["ctx"][0]], "mobile_camera": _CTX[r["ctx"][1]],
           "uncontrolled": _CTX[r["ctx"][2]]}
    # what the images show (overlay frames, EXIF) fills a context label the text left open
    ev = kit_context(r["body"])
    for k, v in ev.items():
        if lab[k] is None:
            lab[k] = v
    recog = r["purpose"] in RECOG
    named = r["headers"].get("X-Usegate-End-Customer") or (r["body"].get("metadata") or {}).get("end_customer")

    def is_le(o):
        return o.get("sector") == "law_enforcement"

    def is_usp(o):
        return is_le(o) and o.get("le_type") == "police" and o.get("country") == "US"

    le, usp = is_le(ten), is_usp(ten)
    if ten.get("integrator") and not le:
        ecs = ten.get("end_customers") or []
        if named:
            m = [e for e in ecs if e["id"] == named]
            if m:
                le, usp = is_le(m[0]), is_usp(m[0])
            else:
                le = None if any(is_le(e) for e in ecs) or True else False
                usp = None
        else:
            le = None if any(is_le(e) for e in ecs) else False
            usp = None if any(is_usp(e) for e in ecs) else False
    ctx_all = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    c1 = (usp if usp is not True else True) if recog else False
    c2 = (le if ctx_all else False) if recog else False
    clauses, maybe = [], []
    if c1 is True:
        clauses.append(C1)
    if c2 is True:
        clauses.append(C2)
    if c1 is None:
        maybe.append(C1)
    if c2 is None:
        maybe.append(C2)
    if r["amb"] == "rd":  # SPEC: content contradicts a declaration -> deny or review
        kind, acc, cl = "ambiguous", ["review", "deny"], clauses or maybe or [C2]
    elif r["amb"]:
        kind, acc, cl = "ambiguous", ["review"], [C1] if recog else []
        if not cl:
            cl = [C1]
    elif clauses:
        kind, acc, cl = "violation", ["deny"], clauses
    elif maybe:
        # every registered end customer is a US police department -> deny is as defensible as review
        ecs = ten.get("end_customers") or []
        all_usp = bool(ecs) and all(is_usp(e) for e in ecs)
        kind, acc, cl = "ambiguous", (["review", "deny"] if all_usp else ["review"]), maybe
    else:
        kind, acc, cl = "allowed", ["allow"], []
    return lab, {"accept": acc, "clauses": cl}, kind
