"""Tenants for the x20 blind split (fictional organisations modelled on real kinds)."""


def T(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator,
            "end_customers": end_customers or []}


US_POLICE = [
    T("westminster-pd", "Westminster Police Department (CA)", "law_enforcement", "police", "US"),
    T("houston-pd", "Houston Police Department", "law_enforcement", "police", "US"),
    T("harris-cso", "Harris County Sheriff's Office", "law_enforcement", "police", "US"),
    T("sacramento-pd", "Sacramento Police Department", "law_enforcement", "police", "US"),
    T("edison-pd", "Edison Township Police Department (NJ)", "law_enforcement", "police", "US"),
    T("tarpon-pd", "Tarpon Springs Police Department (FL)", "law_enforcement", "police", "US"),
    T("mpls-pd", "Minneapolis Police Department", "law_enforcement", "police", "US"),
    T("phl-pd", "Philadelphia Police Department", "law_enforcement", "police", "US"),
    T("kcso", "King County Sheriff's Office (WA)", "law_enforcement", "police", "US"),
    T("uspp", "United States Park Police", "law_enforcement", "police", "US"),
    T("nysp", "New York State Police", "law_enforcement", "police", "US"),
    T("ucd-campus-pd", "UC Davis Police Department", "law_enforcement", "police", "US"),
]

NONUS_POLICE = {
    "hi": [T("delhi-police", "Delhi Police", "law_enforcement", "police", "IN"),
           T("pune-police", "Pune City Police", "law_enforcement", "police", "IN"),
           T("up-police", "Uttar Pradesh Police", "law_enforcement", "police", "IN")],
    "vi": [T("ca-hanoi", "Cong an Thanh pho Ha Noi", "law_enforcement", "police", "VN"),
           T("ca-dn", "Cong an Thanh pho Da Nang", "law_enforcement", "police", "VN")],
    "uk": [T("npu", "National Police of Ukraine", "law_enforcement", "police", "UA"),
           T("patrol-lviv", "Patrol Police of Lviv", "law_enforcement", "police", "UA")],
    "id": [T("polda-metro", "Polda Metro Jaya", "law_enforcement", "police", "ID"),
           T("polrestabes-sby", "Polrestabes Surabaya", "law_enforcement", "police", "ID")],
    "sv": [T("polisen-syd", "Polisregion Syd", "law_enforcement", "police", "SE"),
           T("polisen-sthlm", "Polisregion Stockholm", "law_enforcement", "police", "SE")],
    "el": [T("hellenic-police", "Hellenic Police (ELAS)", "law_enforcement", "police", "GR"),
           T("gada", "Attica General Police Directorate", "law_enforcement", "police", "GR")],
}

OTHER_LE = {
    "us": [T("cbp", "U.S. Customs and Border Protection", "law_enforcement", "border_immigration", "US"),
           T("bop", "Federal Bureau of Prisons", "law_enforcement", "corrections", "US"),
           T("fbi-cjis", "FBI Criminal Justice Information Services", "law_enforcement", "federal_investigative", "US"),
           T("da-maricopa", "Maricopa County Attorney's Office", "law_enforcement", "prosecution", "US")],
    "hi": [T("boi-in", "Bureau of Immigration (India)", "law_enforcement", "border_immigration", "IN")],
    "vi": [T("bdbp-vn", "Bo doi Bien phong Viet Nam", "law_enforcement", "border_immigration", "VN")],
    "uk": [T("dpsu", "State Border Guard Service of Ukraine", "law_enforcement", "border_immigration", "UA"),
           T("ua-corr", "State Criminal-Executive Service of Ukraine", "law_enforcement", "corrections", "UA")],
    "id": [T("imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "border_immigration", "ID")],
    "sv": [T("kriminalvarden", "Kriminalvarden", "law_enforcement", "corrections", "SE")],
    "el": [T("gr-coast", "Hellenic Coast Guard", "law_enforcement", "border_immigration", "GR")],
}

_ec_hpd = US_POLICE[1]
_ec_hcso = US_POLICE[2]
_ec_nysp = US_POLICE[10]
_shop = T("kwikshop-tx", "KwikShop Texas Stores", "commercial", None, "US")
_bank_in = T("sahyog-bank", "Sahyog Bank", "commercial", None, "IN")

INTEGRATORS = [
    T("vantra", "Vantra Vision Inc.", "commercial", None, "US", True, [_ec_hpd, _ec_hcso, _shop]),
    T("argus-lens", "Argus Lens AB", "commercial", None, "SE", True,
      [NONUS_POLICE["sv"][0], NONUS_POLICE["el"][0]]),
    T("netra-ai", "NetraAI Pvt Ltd", "commercial", None, "IN", True,
      [NONUS_POLICE["hi"][0], _bank_in]),
    T("kira-tech", "KiraTech LLC", "commercial", None, "US", True, [_ec_nysp, _shop]),
    T("dozor-soft", "Dozor Soft TOV", "commercial", None, "UA", True, [NONUS_POLICE["uk"][0]]),
]

NON_LE = {
    "retail": [T("freshmart", "FreshMart Supermarkets", "commercial", None, "US"),
               T("tokomart", "TokoMart Indonesia", "commercial", None, "ID"),
               T("konsum-nord", "Konsum Nord", "commercial", None, "SE"),
               T("bigbazaar-x", "BazaarPlus Retail", "commercial", None, "IN")],
    "bank": [T("vietpay", "VietPay JSC", "commercial", None, "VN"),
             T("monofin", "MonoFin Bank", "commercial", None, "UA"),
             T("sahyog-bank", "Sahyog Bank", "commercial", None, "IN"),
             T("alpha-gr", "Aigaio Bank", "commercial", None, "GR")],
    "hr": [T("nordhr", "NordHR Systems", "commercial", None, "SE"),
           T("infra-hr", "InfraBuild HR Services", "commercial", None, "IN")],
    "news": [T("kathimerini-x", "Athens Daily Newsroom", "commercial", None, "GR"),
             T("tuoi-news", "Ban tin Sai Gon", "commercial", None, "VN"),
             T("hromadske-x", "Hromada Media", "nonprofit", None, "UA")],
    "photo": [T("snapalbum", "SnapAlbum", "commercial", None, "US"),
              T("fotoku", "FotoKu", "commercial", None, "ID")],
    "uni": [T("kth-x", "Royal Institute of Technology (lab)", "academic", None, "SE"),
            T("iitx", "IIT Computer Vision Lab", "academic", None, "IN"),
            T("auth-x", "Aristotle University of Thessaloniki", "academic", None, "GR")],
    "ngo": [T("digital-rights-ua", "Digital Rights Ukraine", "nonprofit", None, "UA"),
            T("safenet-id", "SAFEnet Indonesia", "nonprofit", None, "ID")],
}
