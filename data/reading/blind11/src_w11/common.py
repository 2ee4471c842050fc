"""Shared helpers for the w11 blind split. Records are hand-written in rec_<lang>.py."""
N = None
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}


def org(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


# ---- end customers (registered under integrators) ----
EC_DETROIT = org("dearborn-hts-pd", "Dearborn Heights Police Department", "law_enforcement", "police", "US")
EC_COOK = org("cook-sheriff", "Cook County Sheriff's Office", "law_enforcement", "police", "US")
EC_MALL = org("lakeside-mall", "Lakeside Mall Security LLC", "commercial", None, "US")
EC_BANKUS = org("firstharbor-bank", "First Harbor Bank", "commercial", None, "US")
EC_KWP = org("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL")
EC_ZABKA = org("sklepy-kropka", "Sieć Sklepów Kropka sp. z o.o.", "commercial", None, "PL")
EC_KNP = org("knp-seoul", "서울특별시경찰청", "law_enforcement", "police", "KR")
EC_CVS = org("gs-mart", "지에스마트 편의점", "commercial", None, "KR")
EC_DXB = org("dubai-police", "Dubai Police", "law_enforcement", "police", "AE")
EC_MALLAE = org("marina-mall-ae", "Marina Retail Group", "commercial", None, "AE")
EC_TRPOL = org("ist-emniyet", "İstanbul İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
EC_TRBANK = org("kuzey-bank", "Kuzey Katılım Bankası", "commercial", None, "TR")
EC_NYPD_PREC = org("yonkers-pd", "Yonkers Police Department", "law_enforcement", "police", "US")
EC_HOTEL = org("sakura-hotels", "さくらホテルズ株式会社", "commercial", None, "JP")
EC_MVD = org("mvd-almaty", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ")
EC_RUSHOP = org("vkusmart", "ООО «ВкусМаркет»", "commercial", None, "KZ")

T = {
    # US police of several kinds
    "chicago_pd": org("chicago-pd", "Chicago Police Department", "law_enforcement", "police", "US"),
    "cook_sheriff": EC_COOK,
    "dearborn_pd": org("dearborn-pd", "Dearborn Police Department", "law_enforcement", "police", "US"),
    "nj_state": org("njsp", "New Jersey State Police", "law_enforcement", "police", "US"),
    "paterson_pd": org("paterson-pd", "Paterson Police Department", "law_enforcement", "police", "US"),
    "brooklyn_transit": org("mta-pd", "MTA Police Department", "law_enforcement", "police", "US"),
    "honolulu_pd": org("hpd", "Honolulu Police Department", "law_enforcement", "police", "US"),
    "uw_campus": org("uw-campus-pd", "University of Washington Police Department", "law_enforcement", "police", "US"),
    "la_pd": org("la-pd", "Los Angeles Police Department", "law_enforcement", "police", "US"),
    "navajo_pd": org("navajo-pd", "Navajo Nation Police", "law_enforcement", "police", "US"),
    "park_police": org("uspp", "United States Park Police", "law_enforcement", "police", "US"),
    "chp": org("chp", "California Highway Patrol", "law_enforcement", "police", "US"),
    # US LE, not police
    "fbi_fo": org("fbi-chi-fo", "FBI Chicago Field Office", "law_enforcement", "federal_investigative", "US"),
    "cbp": org("cbp-ofo-jfk", "CBP Office of Field Operations JFK", "law_enforcement", "border_immigration", "US"),
    "doc_mi": org("mdoc", "Michigan Department of Corrections", "law_enforcement", "corrections", "US"),
    "da_kings": org("kings-da", "Kings County District Attorney", "law_enforcement", "prosecution", "US"),
    # non-US police
    "policja": org("kgp", "Komenda Główna Policji", "law_enforcement", "police", "PL"),
    "kwp_krakow": EC_KWP,
    "straz_graniczna": org("sg-pl", "Straż Graniczna", "law_enforcement", "border_immigration", "PL"),
    "jp_police": org("mpd-tokyo", "警視庁", "law_enforcement", "police", "JP"),
    "osaka_police": org("osaka-pp", "大阪府警察", "law_enforcement", "police", "JP"),
    "ru_police": org("mvd-msk", "ГУ МВД России по г. Москве", "law_enforcement", "police", "RU"),
    "kz_police": EC_MVD,
    "tr_emniyet": org("egm", "Emniyet Genel Müdürlüğü", "law_enforcement", "police", "TR"),
    "jandarma": org("jandarma", "Jandarma Genel Komutanlığı", "law_enforcement", "police", "TR"),
    "knp": org("knp", "경찰청", "law_enforcement", "police", "KR"),
    "busan_police": org("busan-pa", "부산광역시경찰청", "law_enforcement", "police", "KR"),
    "dubai_police": EC_DXB,
    "sa_police": org("sa-pss", "الأمن العام - المملكة العربية السعودية", "law_enforcement", "police", "SA"),
    "eg_police": org("eg-moi", "وزارة الداخلية المصرية - الإدارة العامة للمباحث", "law_enforcement", "police", "EG"),
    "ma_dgsn": org("ma-dgsn", "المديرية العامة للأمن الوطني", "law_enforcement", "police", "MA"),
    # integrators
    "vb_us": org("visionbridge", "VisionBridge Analytics Inc.", "commercial", None, "US", True, [EC_DETROIT, EC_COOK, EC_MALL, EC_BANKUS]),
    "lens_pl": org("obiektyw-ai", "Obiektyw AI sp. z o.o.", "commercial", None, "PL", True, [EC_KWP, EC_ZABKA]),
    "kr_integ": org("nuri-vision", "누리비전 주식회사", "commercial", None, "KR", True, [EC_KNP, EC_CVS]),
    "ae_integ": org("sahra-tech", "Sahra Tech FZ-LLC", "commercial", None, "AE", True, [EC_DXB, EC_MALLAE, EC_DETROIT]),
    "tr_integ": org("gozcu-yazilim", "Gözcü Yazılım A.Ş.", "commercial", None, "TR", True, [EC_TRPOL, EC_TRBANK]),
    "jp_integ": org("mirai-sensing", "ミライセンシング株式会社", "commercial", None, "JP", True, [EC_HOTEL, EC_NYPD_PREC]),
    "ru_integ": org("videoglaz", "ТОО «ВидеоГлаз»", "commercial", None, "KZ", True, [EC_MVD, EC_RUSHOP]),
    # commercial
    "retail_pl": org("kropka-retail", "Sieć Sklepów Kropka sp. z o.o.", "commercial", None, "PL"),
    "bank_pl": org("bank-wisla", "Bank Wisła S.A.", "commercial", None, "PL"),
    "kyc_tr": org("papel-odeme", "Papel Ödeme Hizmetleri A.Ş.", "commercial", None, "TR"),
    "hr_tr": org("kadro-ik", "Kadro İK Teknolojileri", "commercial", None, "TR"),
    "retail_tr": org("bim-benzeri", "Ucuzcu Marketler A.Ş.", "commercial", None, "TR"),
    "photo_kr": org("snapmoa", "스냅모아", "commercial", None, "KR"),
    "kyc_kr": org("toss-like", "페이온 주식회사", "commercial", None, "KR"),
    "press_jp": org("kahoku-shimbun", "河北日報社", "commercial", None, "JP"),
    "retail_jp": org("lawson-like", "ハッピーマート株式会社", "commercial", None, "JP"),
    "hr_jp": org("jinzai-link", "人材リンク株式会社", "commercial", None, "JP"),
    "kyc_ru": org("bystrobank", "АО «БыстроБанк»", "commercial", None, "RU"),
    "retail_ru": org("magnit-like", "ООО «Дикси-Плюс»", "commercial", None, "RU"),
    "press_ru": org("meduza-like", "SIA Novaya Redaktsiya", "commercial", None, "LV"),
    "kyc_ae": org("wallet-ae", "Falcon Wallet LLC", "commercial", None, "AE"),
    "retail_sa": org("souq-sa", "أسواق الندى", "commercial", None, "SA"),
    "press_ar": org("arab-daily", "مؤسسة الخبر اليومي للصحافة", "commercial", None, "JO"),
    "hr_ae": org("talent-gulf", "Talent Gulf HR FZE", "commercial", None, "AE"),
    # NGOs, universities, government
    "ngo_pl": org("panoptykon-like", "Fundacja Wolne Oko", "nonprofit", None, "PL"),
    "ngo_ru": org("ovd-like", "Правозащитный центр «Свидетель»", "nonprofit", None, "GE"),
    "ngo_ar": org("smex-like", "منظمة الحقوق الرقمية", "nonprofit", None, "LB"),
    "ngo_kr": org("jinbo-like", "디지털인권센터", "nonprofit", None, "KR"),
    "uni_pl": org("uw-pl", "Uniwersytet Warszawski", "academic", None, "PL"),
    "uni_jp": org("kyoto-u", "京都大学", "academic", None, "JP"),
    "uni_tr": org("odtu", "Orta Doğu Teknik Üniversitesi", "academic", None, "TR"),
    "uni_kr": org("kaist-like", "한국과학기술원", "academic", None, "KR"),
    "uni_ar": org("aub-like", "الجامعة الأمريكية - كلية الهندسة", "academic", None, "LB"),
    "uni_ru": org("hse-like", "НИУ ВШЭ", "academic", None, "RU"),
    "indiv": org("indiv-4411", "Individual developer", "individual", None, "US"),
    "gov_tr": org("kvkk-like", "Kişisel Verileri Koruma Kurumu", "government", None, "TR"),
}

# ---- tool schemas (as vendors would write them) ----
def fn(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": req or list(props)}}}

TOOL = {
    "face_search": fn("face_search", "Search the enrolled face gallery for the closest matches to the face in the given image. Returns candidate person ids with similarity scores.",
                      {"image_ref": {"type": "string"}, "top_k": {"type": "integer"}}),
    "search_mugshots": fn("search_mugshots", "Compare a probe face against the county mugshot repository and return candidate booking records.",
                          {"probe_image": {"type": "string"}, "min_score": {"type": "number"}}),
    "search_booking_photos": fn("search_booking_photos", "1:N face search over booking photos.",
                                {"image_ref": {"type": "string"}}),
    "verify_face": fn("verify_face", "1:1 face verification: returns match true/false and a score for two face images.",
                      {"image_a": {"type": "string"}, "image_b": {"type": "string"}}),
    "enroll_face": fn("enroll_face", "Create a face template from the image and store it in the named watch-list gallery.",
                      {"image_ref": {"type": "string"}, "gallery": {"type": "string"}, "person_id": {"type": "string"}}),
    "lookup_plate": fn("lookup_plate", "Look up a licence plate in the stolen-vehicle hotlist.", {"plate": {"type": "string"}}),
    "blur_faces": fn("blur_faces", "Detect every face in an image or video and apply a Gaussian blur so nobody can be identified.",
                     {"media_ref": {"type": "string"}, "strength": {"type": "integer"}}),
    "transcribe": fn("transcribe_audio", "Transcribe an audio track to text with timestamps.", {"audio_ref": {"type": "string"}}),
    "create_report": fn("create_incident_report", "Create a draft incident report in the RMS.", {"summary": {"type": "string"}, "case_no": {"type": "string"}}),
    "count_people": fn("count_people", "Count people in a frame and return a density estimate per zone.", {"image_ref": {"type": "string"}}),
    "ocr_document": fn("ocr_document", "Extract printed text fields (name, number, dates) from an identity document image.", {"image_ref": {"type": "string"}}),
}

RECORDS = []


def mk(voice, cls, ten, purpose, rt, mc, unc, text, img=None, sys=None, hist=None, tools=None,
       hdr=None, ep="chat", ec=None, amb=None, meta=None, note=None, emb=None):
    assert purpose in PURPOSES, purpose
    rt, mc, unc = [None if v is None else bool(v) for v in (rt, mc, unc)]
    RECORDS.append(dict(voice=voice, cls=cls, ten=ten, purpose=purpose, rt=rt, mc=mc, unc=unc, text=text,
                        img=img, sys=sys, hist=hist, tools=tools, hdr=hdr, ep=ep, ec=ec, amb=amb,
                        meta=meta, note=note, emb=emb, lang=CUR_LANG[0]))

CUR_LANG = ["?"]
