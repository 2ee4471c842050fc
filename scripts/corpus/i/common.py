"""Tenants and the record helper shared by data_<lang>.py (writer i)."""
RECS = []


def T(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


_ec_riverton = T("rivpd", "Riverton Police Department", "law_enforcement", "police", "US")
_ec_harbor_sheriff = T("hcso", "Harbor County Sheriff's Office", "law_enforcement", "police", "US")
_ec_mart = T("freshmart", "FreshMart Stores Inc.", "commercial", None, "US")
_ec_bank = T("granitebank", "Granite Savings Bank", "commercial", None, "US")
_ec_plpol = T("kmp-lodz", "Komenda Miejska Policji w Łodzi", "law_enforcement", "police", "PL")
_ec_plshop = T("zabka-sieć", "Sieć Sklepów Osiedlowych Sp. z o.o.", "commercial", None, "PL")
_ec_krpol = T("gyeonggi-south-pol", "Gyeonggi Nambu Provincial Police Agency", "law_enforcement", "police", "KR")
_ec_krmall = T("hanbit-mall", "Hanbit Department Store", "commercial", None, "KR")
_ec_aepol = T("shj-police", "Sharjah Police General Command", "law_enforcement", "police", "AE")
_ec_aebank = T("gulf-first", "Gulf First Bank PJSC", "commercial", None, "AE")
_ec_uapol = T("gunp-kyiv", "ГУНП у м. Києві", "law_enforcement", "police", "UA")
_ec_dallas_transit = T("dart-pd", "Metro Area Rapid Transit Police", "law_enforcement", "police", "US")
_ec_trpol = T("ankara-egm", "Ankara Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
_ec_trstore = T("ozsu-market", "Özsu Market Zinciri A.Ş.", "commercial", None, "TR")
_ec_jppol = T("osaka-pref-pol", "Osaka Prefectural Police", "law_enforcement", "police", "JP")
_ec_jpshop = T("kaiyo-drug", "Kaiyo Drugstore Co.", "commercial", None, "JP")

TENANTS = {
    # US police
    "us_city": T("rivpd", "Riverton Police Department", "law_enforcement", "police", "US"),
    "us_city2": T("brookport-pd", "Brookport Police Department", "law_enforcement", "police", "US"),
    "us_city3": T("dearfield-pd", "Dearfield Police Department", "law_enforcement", "police", "US"),
    "us_sheriff": T("hcso", "Harbor County Sheriff's Office", "law_enforcement", "police", "US"),
    "us_sheriff2": T("pinal-ridge-so", "Pinal Ridge County Sheriff's Office", "law_enforcement", "police", "US"),
    "us_state": T("nvhp", "Nevada Highway Patrol", "law_enforcement", "police", "US"),
    "us_state2": T("ospd", "Oregon State Police", "law_enforcement", "police", "US"),
    "us_campus": T("lakeshore-updp", "Lakeshore University Police Department", "law_enforcement", "police", "US"),
    "us_transit": T("dart-pd", "Metro Area Rapid Transit Police", "law_enforcement", "police", "US"),
    "us_tribal": T("redhills-tp", "Red Hills Tribal Police Department", "law_enforcement", "police", "US"),
    # US non-police LE
    "us_fed": T("hsi-nwk", "Homeland Security Investigations - Newark", "law_enforcement", "federal_investigative", "US"),
    "us_fed2": T("fbi-cle", "FBI Cleveland Field Office", "law_enforcement", "federal_investigative", "US"),
    "us_prosec": T("kcda", "Kent County District Attorney's Office", "law_enforcement", "prosecution", "US"),
    "us_corr": T("azdoc", "State Department of Corrections (AZ)", "law_enforcement", "corrections", "US"),
    "us_border": T("cbp-sfo", "CBP San Francisco Field Office", "law_enforcement", "border_immigration", "US"),
    # non-US police / border
    "pl_pol": T("kmp-lodz", "Komenda Miejska Policji w Łodzi", "law_enforcement", "police", "PL"),
    "pl_pol2": T("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL"),
    "pl_border": T("sg-okecie", "Straż Graniczna - Placówka Warszawa-Okęcie", "law_enforcement", "border_immigration", "PL"),
    "jp_pol": T("kanagawa-pp", "Kanagawa Prefectural Police", "law_enforcement", "police", "JP"),
    "jp_pol2": T("osaka-pref-pol", "Osaka Prefectural Police", "law_enforcement", "police", "JP"),
    "jp_immig": T("isa-narita", "Immigration Services Agency - Narita", "law_enforcement", "border_immigration", "JP"),
    "ru_pol": T("guvd-nsk", "ГУ МВД России по Новосибирской области", "law_enforcement", "police", "RU"),
    "kz_pol": T("dp-almaty", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ"),
    "by_border": T("gpk-brest", "Брестская пограничная группа", "law_enforcement", "border_immigration", "BY"),
    "tr_pol": T("ist-egm", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "police", "TR"),
    "tr_pol2": T("ankara-egm", "Ankara Emniyet Müdürlüğü", "law_enforcement", "police", "TR"),
    "tr_jand": T("jgk-izmir", "İzmir İl Jandarma Komutanlığı", "law_enforcement", "police", "TR"),
    "ko_pol": T("smpa", "Seoul Metropolitan Police Agency", "law_enforcement", "police", "KR"),
    "ko_pol2": T("busan-pol", "Busan Metropolitan Police Agency", "law_enforcement", "police", "KR"),
    "ko_immig": T("icn-immig", "Incheon Airport Immigration Service", "law_enforcement", "border_immigration", "KR"),
    "ae_pol": T("dxb-police", "Dubai Police General HQ", "law_enforcement", "police", "AE"),
    "sa_pol": T("riyadh-pol", "Riyadh Region Police", "law_enforcement", "police", "SA"),
    "eg_pol": T("cairo-sec", "Cairo Security Directorate", "law_enforcement", "police", "EG"),
    "jo_pol": T("psd-jo", "Public Security Directorate (Jordan)", "law_enforcement", "police", "JO"),
    "ma_pol": T("dgsn-casa", "DGSN - Préfecture de police de Casablanca", "law_enforcement", "police", "MA"),
    "ua_pol": T("gunp-kyiv", "ГУНП у м. Києві", "law_enforcement", "police", "UA"),
    "ua_pol2": T("gunp-lviv", "ГУНП у Львівській області", "law_enforcement", "police", "UA"),
    "ua_border": T("dpsu-chop", "ДПСУ - Чопський прикордонний загін", "law_enforcement", "border_immigration", "UA"),
    # integrators
    "intg_us": T("lensco", "LensCo Vision Inc.", "commercial", None, "US", True, [_ec_riverton, _ec_harbor_sheriff, _ec_mart, _ec_bank]),
    "intg_us2": T("signalpath", "SignalPath Public Safety Software", "commercial", None, "US", True, [_ec_dallas_transit, _ec_mart]),
    "intg_pl": T("wizjatech", "WizjaTech Sp. z o.o.", "commercial", None, "PL", True, [_ec_plpol, _ec_plshop, _ec_riverton]),
    "intg_ko": T("nuri-ai", "Nuri AI Co., Ltd.", "commercial", None, "KR", True, [_ec_krpol, _ec_krmall, _ec_harbor_sheriff]),
    "intg_ae": T("sahab-tech", "Sahab Technologies FZ-LLC", "commercial", None, "AE", True, [_ec_aepol, _ec_aebank, _ec_riverton]),
    "intg_ua": T("kobza-soft", "Kobza Soft LLC", "commercial", None, "UA", True, [_ec_uapol, _ec_dallas_transit]),
    "intg_tr": T("goz-yazilim", "Göz Yazılım A.Ş.", "commercial", None, "TR", True, [_ec_trpol, _ec_trstore, _ec_harbor_sheriff]),
    "intg_jp": T("mirai-vision", "Mirai Vision K.K.", "commercial", None, "JP", True, [_ec_jppol, _ec_jpshop, _ec_riverton]),
    # commercial / other
    "pl_bank": T("bank-wisla", "Bank Wisła S.A.", "commercial", None, "PL"),
    "pl_shop": T("zabka-sieć", "Sieć Sklepów Osiedlowych Sp. z o.o.", "commercial", None, "PL"),
    "pl_media": T("gazeta-pn", "Gazeta Północna", "commercial", None, "PL"),
    "jp_retail": T("kaiyo-drug", "Kaiyo Drugstore Co.", "commercial", None, "JP"),
    "jp_photo": T("omoide-app", "Omoide Photo App K.K.", "commercial", None, "JP"),
    "jp_univ": T("tohoku-lab", "Tohoku Institute Vision Lab", "academic", None, "JP"),
    "ru_bank": T("sibfinbank", "СибФинБанк", "commercial", None, "RU"),
    "ru_media": T("nsk-news", "НСК Новости", "commercial", None, "RU"),
    "tr_retail": T("ozsu-market", "Özsu Market Zinciri A.Ş.", "commercial", None, "TR"),
    "tr_bank": T("anadolu-fin", "Anadolu Finans Bankası", "commercial", None, "TR"),
    "tr_ngo": T("hak-izle", "Hak İzleme Derneği", "nonprofit", None, "TR"),
    "ko_photo": T("momento-kr", "Momento Photo Co.", "commercial", None, "KR"),
    "ko_fintech": T("toss-like", "Hanul Pay Co.", "commercial", None, "KR"),
    "ko_hr": T("daon-hr", "Daon HR Solutions", "commercial", None, "KR"),
    "ae_bank": T("gulf-first", "Gulf First Bank PJSC", "commercial", None, "AE"),
    "ae_mall": T("marina-mall", "Marina Mall Management LLC", "commercial", None, "AE"),
    "eg_media": T("masr-news", "Masr Today News", "commercial", None, "EG"),
    "ua_bank": T("dnipro-bank", "АТ Дніпро Банк", "commercial", None, "UA"),
    "ua_ngo": T("zmina-like", "ГО Права Людини Онлайн", "nonprofit", None, "UA"),
    "ua_univ": T("kpi-lab", "КПІ - лабораторія комп'ютерного зору", "academic", None, "UA"),
    "us_retail": T("freshmart", "FreshMart Stores Inc.", "commercial", None, "US"),
    "us_city_gov": T("riverton-city", "City of Riverton - Office of the City Attorney", "government", None, "US"),
    "us_news": T("ledger", "The Riverton Ledger", "commercial", None, "US"),
    "us_aclu": T("civlib", "Civil Liberties Watch", "nonprofit", None, "US"),
}

_V = {"T": True, "F": False, "-": None}


def mk(lang):
    def R(tenant, voice, cls, purpose, ctx, text, **kw):
        assert tenant in TENANTS, tenant
        assert len(ctx) == 3
        rec = {"lang": lang, "tenant": tenant, "voice": voice, "cls": cls, "purpose": purpose,
               "ctx": tuple(_V[c] for c in ctx), "text": text}
        rec.update(kw)
        RECS.append(rec)
    return R


# handy tool schemas
def tool(name, desc, **props):
    return {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                           "required": list(props)}}


FACE_SEARCH = tool("face_search", "Search the booking-photo repository for faces similar to the supplied image; returns candidate names, booking numbers and scores.", image_url="string", top_k="integer")
BOOKING = tool("search_booking_photos", "Return booking records whose photo best matches the given image.", image="string")
MATCH_FACE = tool("match_face", "1:1 comparison of two face images, returns similarity score.", image_a="string", image_b="string")
WATCHLIST = tool("watchlist_query", "Query the active watch-list with a probe image; returns hits above threshold.", probe="string", threshold="number")
RUN_FRS = tool("run_frs", "Submit a probe frame to the agency FRS and return top candidates.", frame="string")
CAL = tool("get_shift_calendar", "Read the duty roster for a unit and week.", unit="string", week="string")
SEND_MAIL = tool("send_email", "Send an email.", to="string", subject="string", body="string")
PLATE = tool("lookup_plate", "Look up a licence plate in the vehicle register.", plate="string")

ID, VER, GAL = "identification", "verification", "gallery"
FNR, WAF, UNR = "face_not_recognition", "writing_about_fr", "unrelated"
P, TV, TF, CX, AE, PL_ = "payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"
EC = lambda x: {"X-Usegate-End-Customer": x}  # noqa
