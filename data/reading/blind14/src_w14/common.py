"""Shared helpers and tenants for the w14 blind split (stdlib only)."""

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    c = [{"type": "text", "text": text}] if text else []
    for i in imgs:
        c.append({"type": "image_url", "image_url": {"url": i}})
    return {"role": "user", "content": c}

def A(text):
    return {"role": "assistant", "content": text}

def S(text):
    return {"role": "system", "content": text}

def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": "string", "description": v} for k, v in props.items()}}}}

def T(id, name, sector, le_type=None, country="US", integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end_customers)}

_EC_SPD = T("rvpd", "Riverton Police Department", "law_enforcement", "police", "US")
_EC_HCSO = T("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police", "US")
_EC_SHOP = T("koszyk", "Koszyk Market Sp. z o.o.", "commercial", None, "PL")
_EC_BANK = T("anadolu-bank", "Anadolu Katilim Bankasi", "commercial", None, "TR")
_EC_KNP = T("knp-kr", "Gyeonggi Nambu Provincial Police Agency", "law_enforcement", "police", "KR")
_EC_HOTEL = T("sakura-hotels", "Sakura Hotels K.K.", "commercial", None, "JP")

TEN = {
    # US police (several kinds)
    "us_muni": T("rvpd", "Riverton Police Department", "law_enforcement", "police"),
    "us_sheriff": T("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police"),
    "us_state": T("nvhp", "Nevada Highway Patrol", "law_enforcement", "police"),
    "us_campus": T("uofm-dps", "University of Midwest Police Department", "law_enforcement", "police"),
    "us_transit": T("bart-pd", "Bay Transit Police", "law_enforcement", "police"),
    "us_tribal": T("nnpd", "Navajo Nation Police", "law_enforcement", "police"),
    # US law enforcement that is not police
    "us_fed": T("fbi-fo", "Federal Bureau of Investigation - Chicago Field Office", "law_enforcement", "federal_investigative"),
    "us_cbp": T("cbp-sd", "U.S. Customs and Border Protection - San Diego Field Office", "law_enforcement", "border_immigration"),
    "us_doc": T("tdcj", "Texas Department of Criminal Justice", "law_enforcement", "corrections"),
    "us_da": T("cook-sao", "Cook County State's Attorney's Office", "law_enforcement", "prosecution"),
    # non-US police
    "pl_pol": T("ksp", "Komenda Stołeczna Policji", "law_enforcement", "police", "PL"),
    "pl_sg": T("sg-pl", "Straż Graniczna", "law_enforcement", "border_immigration", "PL"),
    "jp_pol": T("mpd-tokyo", "警視庁 (Tokyo Metropolitan Police Department)", "law_enforcement", "police", "JP"),
    "kz_pol": T("mvd-kz", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ"),
    "ru_pol": T("guvd-nsk", "ГУ МВД России по Новосибирской области", "law_enforcement", "police", "RU"),
    "tr_pol": T("egm-ist", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "police", "TR"),
    "kr_pol": T("knpa", "경찰청 (Korean National Police Agency)", "law_enforcement", "police", "KR"),
    "ae_pol": T("dxb-pol", "القيادة العامة لشرطة دبي", "law_enforcement", "police", "AE"),
    "jo_pol": T("psd-jo", "مديرية الأمن العام", "law_enforcement", "police", "JO"),
    # integrators / vendors
    "int_mixed": T("visionbridge", "VisionBridge Analytics", "commercial", None, "US", True, [_EC_SPD, _EC_SHOP, _EC_BANK]),
    "int_police": T("bluewatch", "BlueWatch Public Safety Software", "commercial", None, "US", True, [_EC_SPD, _EC_HCSO]),
    "int_comm": T("facely", "Facely Solutions", "commercial", None, "TR", True, [_EC_BANK, _EC_HOTEL]),
    "int_asia": T("nexsense", "NexSense Co., Ltd.", "commercial", None, "KR", True, [_EC_KNP, _EC_HOTEL]),
    # commercial
    "pl_retail": T("zabka-lp", "Sieć Sklepów Lewiatan Północ", "commercial", None, "PL"),
    "pl_bank": T("mbank-kyc", "Bank Wiślany S.A.", "commercial", None, "PL"),
    "pl_press": T("gazeta", "Gazeta Miejska", "commercial", None, "PL"),
    "jp_app": T("picmemo", "PicMemo株式会社", "commercial", None, "JP"),
    "jp_hr": T("jinzai", "ジンザイ・リンク株式会社", "commercial", None, "JP"),
    "ru_press": T("novaya-lenta", "Новая лента", "commercial", None, "RU"),
    "ru_kyc": T("finpay", "ФинПэй", "commercial", None, "RU"),
    "tr_retail": T("market-tr", "Yıldız Market A.Ş.", "commercial", None, "TR"),
    "tr_kyc": T("kolaypara", "KolayPara Ödeme Hizmetleri", "commercial", None, "TR"),
    "kr_hr": T("hanbit-hr", "한빛인사 주식회사", "commercial", None, "KR"),
    "kr_app": T("snapmoa", "스냅모아", "commercial", None, "KR"),
    "ar_kyc": T("sahl-pay", "سهل للمدفوعات", "commercial", None, "SA"),
    "ar_press": T("akhbar", "أخبار اليوم الرقمية", "commercial", None, "EG"),
    # NGOs, universities
    "ngo_pl": T("panoptykon", "Fundacja Nadzór Obywatelski", "nonprofit", None, "PL"),
    "ngo_ru": T("pravo-ngo", "Правовая инициатива", "nonprofit", None, "RU"),
    "ngo_ar": T("haqq", "منظمة حق للحقوق الرقمية", "nonprofit", None, "LB"),
    "uni_jp": T("u-tokyo-lab", "東都大学 情報学研究科", "academic", None, "JP"),
    "uni_kr": T("snu-lab", "한국과학기술대학교 비전연구실", "academic", None, "KR"),
    "uni_tr": T("odtu", "Orta Anadolu Teknik Üniversitesi", "academic", None, "TR"),
    "uni_pl": T("uw", "Uniwersytet Warszawski", "academic", None, "PL"),
}
