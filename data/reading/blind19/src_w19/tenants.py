"""Tenant registry used by the w19 blind split (fictional or public agency names)."""


def org(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


def ec(id, name, sector, country, le_type=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}


LE = "law_enforcement"

US_PD = {
    "pl": [org("chi-pd", "Chicago Police Department", LE, "US", "police"),
           org("hamtramck-pd", "Hamtramck Police Department", LE, "US", "police"),
           org("cook-so", "Cook County Sheriff's Office", LE, "US", "police"),
           org("newbritain-pd", "New Britain Police Department", LE, "US", "police")],
    "ja": [org("hnl-pd", "Honolulu Police Department", LE, "US", "police"),
           org("torrance-pd", "Torrance Police Department", LE, "US", "police"),
           org("kc-so", "King County Sheriff's Office", LE, "US", "police"),
           org("gardena-pd", "Gardena Police Department", LE, "US", "police")],
    "ru": [org("nypd", "New York City Police Department", LE, "US", "police"),
           org("sac-so", "Sacramento County Sheriff's Office", LE, "US", "police"),
           org("glendale-pd", "Glendale Police Department (CA)", LE, "US", "police"),
           org("nj-sp", "New Jersey State Police", LE, "US", "police")],
    "tr": [org("paterson-pd", "Paterson Police Department", LE, "US", "police"),
           org("clifton-pd", "Clifton Police Department", LE, "US", "police"),
           org("hou-pd", "Houston Police Department", LE, "US", "police"),
           org("bergen-so", "Bergen County Sheriff's Office", LE, "US", "police")],
    "ko": [org("lapd", "Los Angeles Police Department", LE, "US", "police"),
           org("fortlee-pd", "Fort Lee Police Department", LE, "US", "police"),
           org("fairfax-pd", "Fairfax County Police Department", LE, "US", "police"),
           org("uspp", "United States Park Police", LE, "US", "police"),
           org("duluth-ga-pd", "Duluth Police Department (GA)", LE, "US", "police")],
    "ar": [org("dearborn-pd", "Dearborn Police Department", LE, "US", "police"),
           org("wayne-so", "Wayne County Sheriff's Office", LE, "US", "police"),
           org("uscp", "United States Capitol Police", LE, "US", "police"),
           org("anaheim-pd", "Anaheim Police Department", LE, "US", "police")],
}

US_FED = [org("fbi-cjis", "Federal Bureau of Investigation - CJIS Division", LE, "US", "federal_investigative"),
          org("hsi-nyc", "Homeland Security Investigations - New York", LE, "US", "federal_investigative")]
US_CBP = [org("cbp-ofo", "U.S. Customs and Border Protection - Office of Field Operations", LE, "US", "border_immigration"),
          org("usbp-sdc", "U.S. Border Patrol - San Diego Sector", LE, "US", "border_immigration")]
US_DOC = [org("bop-mcc", "Federal Bureau of Prisons - MCC Chicago", LE, "US", "corrections"),
          org("tdcj", "Texas Department of Criminal Justice", LE, "US", "corrections")]
US_DA = [org("kings-da", "Kings County District Attorney's Office", LE, "US", "prosecution")]

LOC_PD = {
    "pl": [org("pl-ksp", "Komenda Stołeczna Policji", LE, "PL", "police"),
           org("pl-kwp-krk", "Komenda Wojewódzka Policji w Krakowie", LE, "PL", "police"),
           org("pl-kmp-gda", "Komenda Miejska Policji w Gdańsku", LE, "PL", "police")],
    "ja": [org("jp-mpd", "警視庁 (Tokyo Metropolitan Police Department)", LE, "JP", "police"),
           org("jp-osaka", "大阪府警察 (Osaka Prefectural Police)", LE, "JP", "police"),
           org("jp-fukuoka", "福岡県警察 (Fukuoka Prefectural Police)", LE, "JP", "police")],
    "ru": [org("kz-almaty", "Департамент полиции г. Алматы", LE, "KZ", "police"),
           org("ee-ppa", "Politsei- ja Piirivalveamet (Ida prefektuur)", LE, "EE", "police"),
           org("lv-vp", "Valsts policija (Latvia)", LE, "LV", "police"),
           org("kg-bishkek", "ГУВД г. Бишкек", LE, "KG", "police")],
    "tr": [org("tr-ist", "İstanbul İl Emniyet Müdürlüğü", LE, "TR", "police"),
           org("tr-ank", "Ankara İl Emniyet Müdürlüğü", LE, "TR", "police"),
           org("tr-jand-izmir", "İzmir İl Jandarma Komutanlığı", LE, "TR", "police"),
           org("cy-kktc", "KKTC Polis Genel Müdürlüğü", LE, "CY", "police")],
    "ko": [org("kr-smpa", "서울경찰청 (Seoul Metropolitan Police Agency)", LE, "KR", "police"),
           org("kr-busan", "부산경찰청 (Busan Metropolitan Police Agency)", LE, "KR", "police"),
           org("kr-gg-south", "경기남부경찰청", LE, "KR", "police")],
    "ar": [org("ae-dxbpol", "شرطة دبي (Dubai Police)", LE, "AE", "police"),
           org("jo-psd", "مديرية الأمن العام (Jordan Public Security Directorate)", LE, "JO", "police"),
           org("ma-dgsn", "المديرية العامة للأمن الوطني (Morocco DGSN)", LE, "MA", "police"),
           org("om-rop", "شرطة عُمان السلطانية (Royal Oman Police)", LE, "OM", "police")],
}
LOC_BORDER = {
    "pl": [org("pl-sg", "Straż Graniczna - Nadwiślański Oddział", LE, "PL", "border_immigration")],
    "ja": [org("jp-isa", "出入国在留管理庁 (Immigration Services Agency)", LE, "JP", "border_immigration")],
    "ru": [org("kz-kps", "Пограничная служба КНБ РК (пункт Хоргос)", LE, "KZ", "border_immigration")],
    "tr": [org("tr-gib", "Göç İdaresi Başkanlığı", LE, "TR", "border_immigration")],
    "ko": [org("kr-immi", "법무부 출입국·외국인정책본부", LE, "KR", "border_immigration")],
    "ar": [org("sa-jawazat", "المديرية العامة للجوازات (Saudi Jawazat)", LE, "SA", "border_immigration")],
}
LOC_CORR = {
    "pl": [org("pl-sw", "Służba Więzienna - Areszt Śledczy Warszawa-Białołęka", LE, "PL", "corrections")],
    "ja": [org("jp-corr", "法務省矯正局 府中刑務所", LE, "JP", "corrections")],
    "ru": [org("ee-vangla", "Tartu Vangla", LE, "EE", "corrections")],
    "tr": [org("tr-cte", "Ceza ve Tevkifevleri Genel Müdürlüğü", LE, "TR", "corrections")],
    "ko": [org("kr-corr", "법무부 교정본부 서울구치소", LE, "KR", "corrections")],
    "ar": [org("jo-crc", "مراكز الإصلاح والتأهيل (الأردن)", LE, "JO", "corrections")],
}

NONLE = {
    "retail": {"pl": ("pl-zabka-lp", "Sieć sklepów Kropka - Dział Ochrony", "commercial", "PL"),
               "ja": ("jp-donki-lp", "ミナトマート株式会社 損失防止部", "commercial", "JP"),
               "ru": ("kz-magnum-lp", "ТОО Арман Маркет - служба безопасности", "commercial", "KZ"),
               "tr": ("tr-bim-lp", "Yıldız Market Zinciri Kayıp Önleme", "commercial", "TR"),
               "ko": ("kr-conv-lp", "한빛편의점 손실방지팀", "commercial", "KR"),
               "ar": ("ae-mall-lp", "مجموعة الواحة للتجزئة - منع الخسائر", "commercial", "AE")},
    "bank": {"pl": ("pl-bank-kyc", "Bank Wiślany S.A. - KYC", "commercial", "PL"),
             "ja": ("jp-bank-kyc", "あおば銀行 本人確認センター", "commercial", "JP"),
             "ru": ("ee-fintech", "Lumo Pay OÜ (KYC)", "commercial", "EE"),
             "tr": ("tr-bank-kyc", "Marmara Katılım Bankası Uyum", "commercial", "TR"),
             "ko": ("kr-bank-kyc", "한결은행 비대면인증팀", "commercial", "KR"),
             "ar": ("sa-bank-kyc", "مصرف الخليج الرقمي - اعرف عميلك", "commercial", "SA")},
    "hr": {"pl": ("pl-hr", "KadryPro sp. z o.o.", "commercial", "PL"),
           "ja": ("jp-hr", "ジンザイワークス株式会社", "commercial", "JP"),
           "ru": ("kz-hr", "ТОО StaffPoint", "commercial", "KZ"),
           "tr": ("tr-hr", "İnsanKaynak Yazılım A.Ş.", "commercial", "TR"),
           "ko": ("kr-hr", "피플링크 주식회사", "commercial", "KR"),
           "ar": ("jo-hr", "شركة كوادر للموارد البشرية", "commercial", "JO")},
    "news": {"pl": ("pl-news", "Gazeta Pomorska - dział śledczy", "commercial", "PL"),
             "ja": ("jp-news", "東都新聞 調査報道部", "commercial", "JP"),
             "ru": ("lv-news", "Meduza-style newsroom (Riga)", "commercial", "LV"),
             "tr": ("tr-news", "Bağımsız Haber Ajansı", "commercial", "TR"),
             "ko": ("kr-news", "한겨울일보 탐사보도팀", "commercial", "KR"),
             "ar": ("jo-news", "شبكة أريج للصحافة الاستقصائية", "nonprofit", "JO")},
    "photo": {"pl": ("pl-photo", "FotoAlbum.pl", "commercial", "PL"),
              "ja": ("jp-photo", "アルバモ株式会社 (photo app)", "commercial", "JP"),
              "ru": ("ru-photo", "SnapKlip Ltd (photo app)", "commercial", "CY"),
              "tr": ("tr-photo", "Anı Albüm Uygulaması", "commercial", "TR"),
              "ko": ("kr-photo", "포토로그 주식회사", "commercial", "KR"),
              "ar": ("eg-photo", "تطبيق ذكرياتي للصور", "commercial", "EG")},
    "uni": {"pl": ("pl-uni", "Politechnika Wrocławska - Katedra Informatyki", "academic", "PL"),
            "ja": ("jp-uni", "東北情報大学 研究室", "academic", "JP"),
            "ru": ("kz-uni", "КазНУ им. аль-Фараби - факультет ИТ", "academic", "KZ"),
            "tr": ("tr-uni", "Orta Doğu Teknik Üniversitesi - Bilgisayar Müh.", "academic", "TR"),
            "ko": ("kr-uni", "한국과학기술대학교 비전연구실", "academic", "KR"),
            "ar": ("eg-uni", "جامعة القاهرة - كلية الحاسبات", "academic", "EG")},
    "ngo": {"pl": ("pl-ngo", "Fundacja Panoptykon (program badawczy)", "nonprofit", "PL"),
            "ja": ("jp-ngo", "デジタル人権ネット", "nonprofit", "JP"),
            "ru": ("ee-ngo", "Digital Rights Baltic MTÜ", "nonprofit", "EE"),
            "tr": ("tr-ngo", "İfade Özgürlüğü Derneği", "nonprofit", "TR"),
            "ko": ("kr-ngo", "정보인권연구소", "nonprofit", "KR"),
            "ar": ("lb-ngo", "SMEX - تبادل الإعلام الاجتماعي", "nonprofit", "LB")},
    "law": {"pl": ("pl-law", "Kancelaria Nowak i Wspólnicy", "commercial", "PL"),
            "ja": ("jp-law", "さくら総合法律事務所", "commercial", "JP"),
            "ru": ("kz-law", "Юридическая фирма «Дала Лигал»", "commercial", "KZ"),
            "tr": ("tr-law", "Yılmaz Hukuk Bürosu", "commercial", "TR"),
            "ko": ("kr-law", "법무법인 한솔", "commercial", "KR"),
            "ar": ("ae-law", "مكتب الراشد للمحاماة", "commercial", "AE")},
    "gov": {"pl": ("pl-ztm", "Zarząd Transportu Miejskiego w Warszawie", "government", "PL"),
            "ja": ("jp-city", "横浜市 デジタル統括本部", "government", "JP"),
            "ru": ("kz-akimat", "Акимат г. Астаны - управление цифровизации", "government", "KZ"),
            "tr": ("tr-belediye", "Kadıköy Belediyesi Bilgi İşlem", "government", "TR"),
            "ko": ("kr-city", "성남시청 스마트도시과", "government", "KR"),
            "ar": ("ae-rta", "هيئة الطرق والمواصلات - دبي", "government", "AE")},
}

INTEGRATORS = {
    "pl": ("pl-int", "Sentio Vision sp. z o.o.", "PL"),
    "ja": ("jp-int", "株式会社ミライアイ・セキュリティ", "JP"),
    "ru": ("ee-int", "Nordvision Analytics OÜ", "EE"),
    "tr": ("tr-int", "Kartal Görüntü Teknolojileri A.Ş.", "TR"),
    "ko": ("kr-int", "비전가드 주식회사", "KR"),
    "ar": ("ae-int", "شركة بصيرة للتقنيات الأمنية", "AE"),
}
US_INTEGRATOR = ("ussolv", "Clearpath Public Safety Software, Inc.", "US")
UNREG = {"pl": "pl-sm-lodz", "ja": "jp-kanagawa", "ru": "ms-metro-precinct-7", "tr": "tr-bursa-emn",
         "ko": "kr-incheon-pol", "ar": "eg-cairo-sec"}


def _nonle(kind, lang):
    i, n, s, c = NONLE[kind][lang]
    return org(i, n, s, c)


def integrator(lang, rng, us=False):
    """Fixed registry per (integrator, language): all US police of the language pool,
    all local police forces, the local retailer and bank. Returns (tenant, picker)."""
    ecs = [ec(t["id"], t["name"], LE, "US", "police") for t in US_PD[lang]]
    ecs += [ec(t["id"], t["name"], LE, t["country"], "police") for t in LOC_PD[lang]]
    ecs += [ec(o["id"], o["name"], o["sector"], o["country"]) for o in (_nonle("retail", lang), _nonle("bank", lang))]
    if us:
        i, n, c = US_INTEGRATOR
        i = i + "-" + lang
    else:
        i, n, c = INTEGRATORS[lang]
    return org(i, n, "commercial", c, None, True, ecs), ecs


def pick(tk, lang, rng, tid=None):
    """Return (tenant, end-customer id to declare or None)."""
    if tk == "us_pd":
        if tid:
            return [t for t in US_PD[lang] if t["id"] == tid][0], None
        return rng.choice(US_PD[lang]), None
    if tk == "us_fed":
        return rng.choice(US_FED), None
    if tk == "us_cbp":
        return rng.choice(US_CBP), None
    if tk == "us_doc":
        return rng.choice(US_DOC), None
    if tk == "us_da":
        return rng.choice(US_DA), None
    if tk == "loc_pd":
        return rng.choice(LOC_PD[lang]), None
    if tk == "loc_border":
        return rng.choice(LOC_BORDER[lang]), None
    if tk == "loc_corr":
        return rng.choice(LOC_CORR[lang]), None
    if tk.startswith("int_"):
        t, ecs = integrator(lang, rng, us=rng.random() < 0.4)
        if tk == "int_us":
            return t, rng.choice([e for e in ecs if e["country"] == "US"])["id"]
        if tk == "int_loc":
            return t, rng.choice([e for e in ecs if e["sector"] == LE and e["country"] != "US"])["id"]
        if tk == "int_biz":
            return t, rng.choice([e for e in ecs if e["sector"] != LE])["id"]
        if tk == "int_none":
            return t, None
        if tk == "int_unreg":
            return t, UNREG[lang]
    if tk in NONLE:
        return _nonle(tk, lang), None
    raise KeyError(tk)
