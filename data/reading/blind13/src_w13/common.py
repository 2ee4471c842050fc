"""Shared helpers for the w13 blind split. Standard library only."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}


def T(id, name, sector, le_type, country, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in end_customers]}


def E(id, name, sector, le_type, country):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}


# ---- end customers
EC_ELGIN = E("elgin-pd", "Elgin Police Department", "law_enforcement", "police", "US")
EC_KING = E("kingco-so", "King County Sheriff's Office", "law_enforcement", "police", "US")
EC_MARTA = E("marta-pd", "MARTA Police Department", "law_enforcement", "police", "US")
EC_DOC = E("ohio-drc", "Ohio Dept. of Rehabilitation and Correction", "law_enforcement", "corrections", "US")
EC_DA = E("cook-sao", "Cook County State's Attorney", "law_enforcement", "prosecution", "US")
EC_FRESHCO = E("freshco", "FreshCo Markets", "commercial", None, "US")
EC_BANKPL = E("bank-pl", "Bank Nadwiślański S.A.", "commercial", None, "PL")
EC_KRPOL = E("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL")
EC_TOKYOMPD = E("mpd-tokyo", "Tokyo Metropolitan Police Department", "law_enforcement", "police", "JP")
EC_LAWSON = E("konbini-jp", "Sakura Konbini K.K.", "commercial", None, "JP")
EC_IST = E("ist-emniyet", "İstanbul İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
EC_KNPA = E("knpa-seoul", "Seoul Metropolitan Police Agency", "law_enforcement", "police", "KR")
EC_DUBAI = E("dubai-police", "Dubai Police", "law_enforcement", "police", "AE")
EC_GYM = E("fitgym-ae", "FitZone Gyms LLC", "commercial", None, "AE")
EC_HOTEL = E("hotel-kr", "Hanbit Hotels Co.", "commercial", None, "KR")

# ---- tenants: US police of several kinds
CHI_PD = T("chicago-pd-d9", "Chicago Police Department, 9th District", "law_enforcement", "police", "US")
NYPD61 = T("nypd-61", "NYPD 61st Precinct (Brighton Beach)", "law_enforcement", "police", "US")
DEARBORN = T("dearborn-pd", "Dearborn Police Department", "law_enforcement", "police", "US")
LASD = T("lasd-ktown", "Los Angeles County Sheriff's Department", "law_enforcement", "police", "US")
HONOLULU = T("hpd", "Honolulu Police Department", "law_enforcement", "police", "US")
NJSP = T("njsp", "New Jersey State Police", "law_enforcement", "police", "US")
PATERSON = T("paterson-pd", "Paterson Police Department", "law_enforcement", "police", "US")
UIC_PD = T("uic-pd", "University of Illinois Chicago Police", "law_enforcement", "police", "US")
NYCTRANSIT = T("mta-pd", "MTA Police Department", "law_enforcement", "police", "US")
TRIBAL = T("navajo-pd", "Navajo Nation Police", "law_enforcement", "police", "US")
CAPITOL = T("uscp", "United States Capitol Police", "law_enforcement", "police", "US")
FAIRFAX_SO = T("fairfax-so", "Fairfax County Sheriff's Office", "law_enforcement", "police", "US")
HWY_CA = T("chp-sf", "California Highway Patrol, Golden Gate Division", "law_enforcement", "police", "US")
# ---- US law enforcement that is not police
FBI_FO = T("fbi-detroit", "FBI Detroit Field Office", "law_enforcement", "federal_investigative", "US")
CBP = T("cbp-jfk", "CBP Office of Field Operations, JFK", "law_enforcement", "border_immigration", "US")
NYDOCCS = T("nydoccs", "NY State Dept. of Corrections and Community Supervision", "law_enforcement", "corrections", "US")
DA_KINGS = T("kings-da", "Kings County District Attorney", "law_enforcement", "prosecution", "US")
HSI = T("hsi-la", "Homeland Security Investigations, Los Angeles", "law_enforcement", "federal_investigative", "US")
# ---- non-US police / LE
PL_POL = T("kmp-warszawa", "Komenda Stołeczna Policji", "law_enforcement", "police", "PL")
PL_SG = T("sg-okecie", "Straż Graniczna, Placówka Warszawa-Okęcie", "law_enforcement", "border_immigration", "PL")
PL_SM = T("sm-lodz", "Straż Miejska w Łodzi", "law_enforcement", "other", "PL")
JP_OSAKA = T("osaka-pp", "大阪府警察本部", "law_enforcement", "police", "JP")
JP_KANAGAWA = T("kanagawa-pp", "神奈川県警察", "law_enforcement", "police", "JP")
RU_MVD = T("guvd-spb", "ГУ МВД по Санкт-Петербургу", "law_enforcement", "police", "RU")
KZ_POL = T("almaty-dp", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ")
TR_EGM = T("ankara-emniyet", "Ankara İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
TR_JAND = T("jandarma-izmir", "İzmir İl Jandarma Komutanlığı", "law_enforcement", "police", "TR")
KR_BUSAN = T("busan-pa", "부산경찰청", "law_enforcement", "police", "KR")
KR_CUSTOMS = T("kcs-incheon", "인천본부세관", "law_enforcement", "border_immigration", "KR")
AE_ABUDHABI = T("adp", "Abu Dhabi Police", "law_enforcement", "police", "AE")
SA_POL = T("riyadh-pol", "شرطة منطقة الرياض", "law_enforcement", "police", "SA")
EG_MOI = T("eg-moi-giza", "مديرية أمن الجيزة", "law_enforcement", "police", "EG")
DE_BPOL = T("bpol-berlin", "Bundespolizeidirektion Berlin", "law_enforcement", "police", "DE")
# ---- integrators
LENSCO = T("lensco", "LensCo Analytics Inc.", "commercial", None, "US", True,
           [EC_ELGIN, EC_KING, EC_FRESHCO, EC_DOC])
TRANSITAI = T("transitai", "TransitVision LLC", "commercial", None, "US", True, [EC_MARTA, EC_DA])
VISIONPL = T("visionpl", "Vizja Systemy sp. z o.o.", "commercial", None, "PL", True, [EC_KRPOL, EC_BANKPL])
NIHONAI = T("nihon-ai", "日本ビジョンソリューションズ株式会社", "commercial", None, "JP", True,
            [EC_TOKYOMPD, EC_LAWSON, EC_ELGIN])
SECURTR = T("securtr", "Güvenli Görü Teknoloji A.Ş.", "commercial", None, "TR", True, [EC_IST, EC_FRESHCO])
KVISION = T("kvision", "케이비전 주식회사", "commercial", None, "KR", True, [EC_KNPA, EC_HOTEL, EC_KING])
GULFAI = T("gulfai", "Gulf Vision AI FZ-LLC", "commercial", None, "AE", True, [EC_DUBAI, EC_GYM, EC_MARTA])
RETAILONLY = T("shopsense", "ShopSense Analytics GmbH", "commercial", None, "DE", True, [EC_FRESHCO, EC_LAWSON])
# ---- commercial / NGO / academic / individual
ZABKA = T("sklep-pl", "Sieć sklepów Kropka sp. z o.o.", "commercial", None, "PL")
FINTECH_PL = T("paylo", "Paylo S.A.", "commercial", None, "PL")
GAZETA = T("gazeta-pl", "Gazeta Codzienna", "commercial", None, "PL")
PANOPTYKON = T("fundacja-pl", "Fundacja Wolność Cyfrowa", "nonprofit", None, "PL")
UW = T("uw", "Uniwersytet Warszawski", "academic", None, "PL")
JP_HR = T("jinji-jp", "株式会社ミライ人材", "commercial", None, "JP")
JP_PHOTO = T("photo-jp", "フォトアルバム株式会社", "commercial", None, "JP")
JP_PRESS = T("shimbun", "東都新聞社", "commercial", None, "JP")
JP_UNIV = T("kyodai", "京都大学", "academic", None, "JP")
JP_BANK = T("jp-netbank", "みらいネット銀行", "commercial", None, "JP")
RU_BANK = T("ru-bank", "АО «Северный Банк»", "commercial", None, "RU")
RU_SHOP = T("ru-retail", "ООО «Магнит-Плюс»", "commercial", None, "RU")
RU_NGO = T("ru-ngo", "Правозащитный центр «Око»", "nonprofit", None, "LV")
RU_UNIV = T("hse", "НИУ ВШЭ", "academic", None, "RU")
RU_MEDIA = T("ru-media", "Редакция «Новая линия»", "commercial", None, "LV")
TR_RETAIL = T("tr-market", "Anadolu Market A.Ş.", "commercial", None, "TR")
TR_KYC = T("tr-kyc", "HızlıÖde Elektronik Para A.Ş.", "commercial", None, "TR")
TR_UNIV = T("boun", "Boğaziçi Üniversitesi", "academic", None, "TR")
TR_NGO = T("tr-ngo", "Dijital Haklar Derneği", "nonprofit", None, "TR")
TR_PRESS = T("tr-press", "Gündem Haber Ajansı", "commercial", None, "TR")
KR_KYC = T("kr-kyc", "토스페이먼츠형 핀테크 주식회사", "commercial", None, "KR")
KR_HR = T("kr-hr", "잡코리아형 인사솔루션", "commercial", None, "KR")
KR_PHOTO = T("kr-photo", "스냅앨범 주식회사", "commercial", None, "KR")
KR_UNIV = T("kaist", "KAIST", "academic", None, "KR")
KR_NGO = T("kr-ngo", "정보인권연구소", "nonprofit", None, "KR")
KR_PRESS = T("kr-press", "한빛일보", "commercial", None, "KR")
AR_BANK = T("ar-bank", "بنك الخليج الرقمي", "commercial", None, "AE")
AR_RETAIL = T("ar-retail", "هايبر ماركت الواحة", "commercial", None, "SA")
AR_NGO = T("ar-ngo", "منظمة الحقوق الرقمية", "nonprofit", None, "LB")
AR_UNIV = T("aub", "الجامعة الأمريكية في بيروت", "academic", None, "LB")
AR_PRESS = T("ar-press", "صحيفة الغد", "commercial", None, "JO")
AR_HR = T("ar-hr", "شركة موارد للتوظيف", "commercial", None, "EG")
INDIV = T("indiv-17", "individual developer", "individual", None, "US")

ENDPOINTS = {"chat": "/v1/chat/completions", "resp": "/v1/responses", "emb": "/v1/embeddings"}

# Tool schemas reused by deployers (a tool definition is deployer config, not prose)
def tool(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                           "required": list(props)[:1]}}}


def img(ref):
    return {"type": "image_url", "image_url": {"url": ref if ref.startswith("kit:") else "kit:" + ref}}


def user(text, *images):
    if not images:
        return {"role": "user", "content": text}
    return {"role": "user", "content": [{"type": "text", "text": text}] + [img(i) for i in images]}


def R(lang, voice, cls, ten, purpose, rt=None, mc=None, unc=None, *, u=None, im=(), sys=None, hist=(),
      tools=None, ep="chat", hdr=None, meta=None, inp=None, contra=False, unclear=False, note=None):
    """One record spec. u = last user text; im = image kit names for the last turn;
    hist = earlier turns as (role, text) pairs; inp = raw body input for responses/embeddings."""
    if isinstance(im, str):
        im = (im,)
    return dict(lang=lang, voice=voice, cls=cls, ten=ten, purpose=purpose, rt=rt, mc=mc, unc=unc, u=u,
                im=tuple(im), sys=sys, hist=tuple(hist), tools=tools, ep=ep, hdr=hdr or {}, meta=meta,
                inp=inp, contra=contra, unclear=unclear, note=note)
