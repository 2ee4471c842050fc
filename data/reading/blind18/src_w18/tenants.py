def T(id, name, sector, country, le_type=None, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type if sector == "law_enforcement" else None,
            "country": country, "integrator": integrator, "end_customers": [dict(e) for e in ecs]}

def E(id, name, sector, country, le_type=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}

LE = "law_enforcement"
_list = [
    # US police
    T("chicago-pd", "Chicago Police Department", LE, "US", "police"),
    T("nypd", "New York City Police Department", LE, "US", "police"),
    T("cook-cso", "Cook County Sheriff's Office", LE, "US", "police"),
    T("dearborn-pd", "Dearborn Police Department", LE, "US", "police"),
    T("paterson-pd", "Paterson Police Department (NJ)", LE, "US", "police"),
    T("fortlee-pd", "Fort Lee Police Department (NJ)", LE, "US", "police"),
    T("lapd", "Los Angeles Police Department", LE, "US", "police"),
    T("honolulu-pd", "Honolulu Police Department", LE, "US", "police"),
    T("torrance-pd", "Torrance Police Department", LE, "US", "police"),
    T("sacso", "Sacramento County Sheriff's Office", LE, "US", "police"),
    T("wsp", "Washington State Patrol", LE, "US", "police"),
    T("umich-dps", "University of Michigan Division of Public Safety and Security", LE, "US", "police"),
    T("mbta-tp", "MBTA Transit Police Department", LE, "US", "police"),
    T("uscp", "United States Capitol Police", LE, "US", "police"),
    T("bergen-so", "Bergen County Sheriff's Office", LE, "US", "police"),
    # US other LE
    T("fbi-chi", "FBI Chicago Field Office", LE, "US", "federal_investigative"),
    T("cbp-det", "U.S. Customs and Border Protection, Detroit Field Office", LE, "US", "border_immigration"),
    T("bop-mdc", "Federal Bureau of Prisons, MDC Brooklyn", LE, "US", "corrections"),
    T("kings-da", "Kings County District Attorney's Office", LE, "US", "prosecution"),
    # non-US LE
    T("pl-kmp-gdansk", "Komenda Miejska Policji w Gdańsku", LE, "PL", "police"),
    T("pl-kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", LE, "PL", "police"),
    T("pl-sg", "Straż Graniczna, Nadbużański Oddział", LE, "PL", "border_immigration"),
    T("pl-sw", "Służba Więzienna, Areszt Śledczy Warszawa-Białołęka", LE, "PL", "corrections"),
    T("jp-osaka", "大阪府警察 Osaka Prefectural Police", LE, "JP", "police"),
    T("jp-kanagawa", "神奈川県警察 Kanagawa Prefectural Police", LE, "JP", "police"),
    T("jp-isa", "出入国在留管理庁 Immigration Services Agency of Japan", LE, "JP", "border_immigration"),
    T("kz-almaty", "Департамент полиции г. Алматы", LE, "KZ", "police"),
    T("lv-vp", "Valsts policija (State Police of Latvia)", LE, "LV", "police"),
    T("ee-ppa", "Politsei- ja Piirivalveamet (Estonian Police and Border Guard Board)", LE, "EE", "police"),
    T("kg-mvd", "ГУВД г. Бишкек", LE, "KG", "police"),
    T("tr-ist", "İstanbul İl Emniyet Müdürlüğü", LE, "TR", "police"),
    T("tr-jandarma", "Jandarma Genel Komutanlığı, İzmir İl Jandarma Komutanlığı", LE, "TR", "police"),
    T("tr-cte", "Ceza ve Tevkifevleri Genel Müdürlüğü", LE, "TR", "corrections"),
    T("kr-smpa", "서울경찰청 Seoul Metropolitan Police Agency", LE, "KR", "police"),
    T("kr-busan", "부산경찰청 Busan Metropolitan Police Agency", LE, "KR", "police"),
    T("kr-immig", "법무부 출입국·외국인정책본부 Korea Immigration Service", LE, "KR", "border_immigration"),
    T("ae-dubai", "شرطة دبي Dubai Police", LE, "AE", "police"),
    T("jo-psd", "مديرية الأمن العام Jordan Public Security Directorate", LE, "JO", "police"),
    T("ma-dgsn", "المديرية العامة للأمن الوطني Morocco DGSN", LE, "MA", "police"),
    T("eg-moi", "وزارة الداخلية - مديرية أمن الإسكندرية", LE, "EG", "police"),
    # non-LE
    T("pl-jagoda", "Sieć Sklepów Jagoda sp. z o.o.", "commercial", "PL"),
    T("pl-bank", "Bank Wiślany S.A.", "commercial", "PL"),
    T("pl-news", "Gazeta Nadmorska (redakcja)", "commercial", "PL"),
    T("pl-ngo", "Fundacja Cyfrowe Prawa", "nonprofit", "PL"),
    T("pl-uni", "Politechnika Łódzka, Instytut Informatyki", "academic", "PL"),
    T("jp-konbini", "株式会社ミドリマート", "commercial", "JP"),
    T("jp-bank", "みなと銀行デジタル株式会社", "commercial", "JP"),
    T("jp-photo", "フォトノート株式会社 (photo app)", "commercial", "JP"),
    T("jp-uni", "東北情報大学", "academic", "JP"),
    T("ru-bank", "АО «Сибирский расчётный банк»", "commercial", "KZ"),
    T("ru-hr", "ООО «КадрПро»", "commercial", "LV"),
    T("ru-news", "Независимое издание «Открытый город»", "commercial", "EE"),
    T("ru-ngo", "Общественный фонд «Цифровая свобода»", "nonprofit", "KG"),
    T("ru-retail", "ТОО «Магнум-Лайт» (розничная сеть)", "commercial", "KZ"),
    T("tr-avm", "Marmara Park AVM Yönetimi", "commercial", "TR"),
    T("tr-bank", "Anadolu Dijital Bankası A.Ş.", "commercial", "TR"),
    T("tr-news", "Haber Ekspres Medya", "commercial", "TR"),
    T("tr-uni", "Ege Teknik Üniversitesi", "academic", "TR"),
    T("kr-fintech", "토스뱅크형 핀테크 (주)페이온", "commercial", "KR"),
    T("kr-conv", "(주)한빛편의점", "commercial", "KR"),
    T("kr-hr", "(주)잡브릿지 HR", "commercial", "KR"),
    T("kr-photo", "(주)스냅앨범", "commercial", "KR"),
    T("kr-ngo", "디지털인권연대", "nonprofit", "KR"),
    T("ar-bank", "بنك الخليج الرقمي", "commercial", "AE"),
    T("ar-mall", "مول النخيل - إدارة الأمن", "commercial", "SA"),
    T("ar-news", "شبكة الرصد الإخبارية", "commercial", "JO"),
    T("ar-ngo", "منظمة حقوق رقمية - بيروت", "nonprofit", "LB"),
    T("ar-uni", "جامعة الملك عبدالله للتقنية - مختبر الرؤية", "academic", "SA"),
    T("us-retail", "Midwest Grocers Loss Prevention", "commercial", "US"),
    T("us-hr", "StaffRight HR Inc.", "commercial", "US"),
    # integrators
    T("int-optivis", "Optivis Sp. z o.o.", "commercial", "PL", integrator=True, ecs=[
        E("pl-kmp-gdansk", "Komenda Miejska Policji w Gdańsku", LE, "PL", "police"),
        E("chicago-pd", "Chicago Police Department", LE, "US", "police"),
        E("pl-jagoda", "Sieć Sklepów Jagoda sp. z o.o.", "commercial", "PL")]),
    T("int-hikari", "株式会社ヒカリビジョン", "commercial", "JP", integrator=True, ecs=[
        E("jp-osaka", "Osaka Prefectural Police", LE, "JP", "police"),
        E("torrance-pd", "Torrance Police Department", LE, "US", "police"),
        E("jp-bank", "みなと銀行デジタル株式会社", "commercial", "JP")]),
    T("int-vizor", "ТОО «Визор Аналитикс»", "commercial", "KZ", integrator=True, ecs=[
        E("kz-almaty", "Департамент полиции г. Алматы", LE, "KZ", "police"),
        E("sacso", "Sacramento County Sheriff's Office", LE, "US", "police"),
        E("ru-bank", "АО «Сибирский расчётный банк»", "commercial", "KZ")]),
    T("int-goruntu", "Görüntü Teknoloji A.Ş.", "commercial", "TR", integrator=True, ecs=[
        E("tr-ist", "İstanbul İl Emniyet Müdürlüğü", LE, "TR", "police"),
        E("paterson-pd", "Paterson Police Department (NJ)", LE, "US", "police"),
        E("tr-avm", "Marmara Park AVM Yönetimi", "commercial", "TR")]),
    T("int-neosight", "NeoSight Inc.", "commercial", "US", integrator=True, ecs=[
        E("kr-smpa", "Seoul Metropolitan Police Agency", LE, "KR", "police"),
        E("fortlee-pd", "Fort Lee Police Department (NJ)", LE, "US", "police"),
        E("kr-fintech", "(주)페이온", "commercial", "KR")]),
    T("int-basira", "Basira AI FZ-LLC", "commercial", "AE", integrator=True, ecs=[
        E("ae-dubai", "Dubai Police", LE, "AE", "police"),
        E("dearborn-pd", "Dearborn Police Department", LE, "US", "police"),
        E("ar-bank", "بنك الخليج الرقمي", "commercial", "AE")]),
    T("int-kycly", "KYCly Ltd.", "commercial", "GB", integrator=True, ecs=[
        E("pl-bank", "Bank Wiślany S.A.", "commercial", "PL"),
        E("tr-bank", "Anadolu Dijital Bankası A.Ş.", "commercial", "TR")]),
]
TENANTS = {t["id"]: t for t in _list}
