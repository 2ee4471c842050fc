"""Tenants used by writer b. Keys are short handles used in the language modules."""


def T(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


def LE(id, name, le_type, country):
    return T(id, name, "law_enforcement", le_type, country)


def CO(id, name, country):
    return T(id, name, "commercial", None, country)


_ec_tulsa = LE("tulsa-pd", "Tulsa Police Department", "police", "US")
_ec_marigold = CO("marigold-mkt", "Marigold Markets Inc", "US")
_ec_polk = LE("polk-so", "Polk County Sheriff's Office", "police", "US")
_ec_fairbank = CO("fairbank", "Fairbank Credit Union", "US")
_ec_nypd_ish = LE("riverton-pd", "Riverton Police Department", "police", "US")
_ec_egm = LE("egm-istanbul", "İstanbul Emniyet Müdürlüğü", "police", "TR")
_ec_migros = CO("zincir-market", "Zincir Market A.Ş.", "TR")
_ec_kr_police = LE("gyeonggi-nambu", "경기남부경찰청", "police", "KR")
_ec_kr_bank = CO("hanbit-bank", "한빛은행", "KR")
_ec_dubai = LE("dxb-police-ops", "Dubai Police Operations", "police", "AE")
_ec_mall = CO("gulf-malls", "Gulf Malls Group", "AE")
_ec_delhi = LE("delhi-police-sw", "Delhi Police South-West District", "police", "IN")
_ec_hcm = LE("ca-hcm", "Công an TP. Hồ Chí Minh", "police", "VN")
_ec_kyiv = LE("npu-kyiv", "ГУНП у м. Києві", "police", "UA")
_ec_bank_ua = CO("mono-like", "Fintech Oplata LLC", "UA")
_ec_polri = LE("polda-metro", "Polda Metro Jaya", "police", "ID")
_ec_ojk_bank = CO("bank-sinar", "PT Bank Sinar Digital", "ID")
_ec_se_pol = LE("polisen-syd", "Polisregion Syd", "police", "SE")
_ec_ica = CO("handlarn-ab", "Handlarn Butiker AB", "SE")
_ec_gr_pol = LE("elas-attica", "Διεύθυνση Αστυνομίας Αττικής", "police", "GR")
_ec_gr_shop = CO("agora-stores", "Agora Stores Α.Ε.", "GR")
_ec_houston = LE("bayou-city-pd", "Bayou City Police Department", "police", "US")

TENANTS = {
    # --- US police (C1) ---
    "us_muni": LE("harlow-pd", "Harlow Police Department", "police", "US"),
    "us_muni2": LE("east-cranston-pd", "East Cranston Police Department", "police", "US"),
    "us_sheriff": LE("baylor-co-so", "Baylor County Sheriff's Office", "police", "US"),
    "us_state": LE("ohp-troop-c", "State Highway Patrol Troop C", "police", "US"),
    "us_campus": LE("umw-police", "University of Midwest Police Department", "police", "US"),
    "us_transit": LE("metro-transit-pd", "Metro Transit Police Department", "police", "US"),
    "us_tribal": LE("red-lake-tpd", "Red Willow Tribal Police", "police", "US"),
    "us_capitol": LE("capitol-police-st", "State Capitol Police", "police", "US"),
    "us_park": LE("us-park-police", "United States Park Police", "police", "US"),
    "us_garden": LE("garden-grove-pd", "Garden Grove Police Department", "police", "US"),
    "us_dearborn": LE("dearborn-pd", "Dearborn Police Department", "police", "US"),
    "us_edison": LE("edison-pd", "Edison Township Police Department", "police", "US"),
    "us_chicago_d": LE("cook-metro-pd", "Northside Metro Police Department", "police", "US"),
    "us_minn": LE("lindstrom-pd", "Lindstrom Police Department", "police", "US"),
    "us_astoria": LE("queens-precinct-coop", "Queens North Precinct Council Police Unit", "police", "US"),
    "us_fulton": LE("fulton-pd", "Fulton Police Department", "police", "US"),
    "us_hou": _ec_houston,
    # --- US non-police LE ---
    "us_fbi_field": LE("fed-inv-field", "Federal Investigative Field Office (Newark)", "federal_investigative", "US"),
    "us_cbp": LE("cbp-sector-x", "Border Patrol Sector El Centro", "border_immigration", "US"),
    "us_doc": LE("state-doc", "State Department of Corrections", "corrections", "US"),
    "us_da": LE("da-office", "County District Attorney's Office", "prosecution", "US"),
    # --- non-US LE ---
    "tr_pol": LE("egm-ankara", "Ankara Emniyet Müdürlüğü", "police", "TR"),
    "tr_jand": LE("jandarma-izmir", "İzmir İl Jandarma Komutanlığı", "police", "TR"),
    "tr_border": LE("tr-sinir-kapi", "Kapıkule Sınır Kapısı Müdürlüğü", "border_immigration", "TR"),
    "kr_pol": LE("seoul-mpa", "서울경찰청", "police", "KR"),
    "kr_pol2": LE("busan-police", "부산경찰청", "police", "KR"),
    "kr_imm": LE("kr-immigration", "인천공항출입국·외국인청", "border_immigration", "KR"),
    "ae_pol": LE("abu-dhabi-police", "Abu Dhabi Police", "police", "AE"),
    "sa_pol": LE("riyadh-pd", "Riyadh Region Police", "police", "SA"),
    "eg_pol": LE("cairo-security", "Cairo Security Directorate", "police", "EG"),
    "jo_pol": LE("jo-psd", "Public Security Directorate Jordan", "police", "JO"),
    "ma_pol": LE("dgsn-casa", "DGSN Casablanca", "police", "MA"),
    "in_pol": LE("mum-police", "Mumbai Police", "police", "IN"),
    "in_pol2": LE("up-police-lko", "Lucknow Commissionerate Police", "police", "IN"),
    "in_rpf": LE("rpf-nr", "Railway Protection Force Northern Railway", "police", "IN"),
    "in_cbi": LE("in-cyber-cell", "State Cyber Crime Cell Bengaluru", "federal_investigative", "IN"),
    "vn_pol": LE("ca-hanoi", "Công an TP. Hà Nội", "police", "VN"),
    "vn_pol2": LE("ca-danang", "Công an TP. Đà Nẵng", "police", "VN"),
    "vn_border": LE("vn-border", "Cục Quản lý xuất nhập cảnh", "border_immigration", "VN"),
    "ua_pol": LE("npu-lviv", "ГУНП у Львівській області", "police", "UA"),
    "ua_patrol": LE("patrol-odesa", "Управління патрульної поліції в Одеській області", "police", "UA"),
    "ua_border": LE("dpsu-west", "Західне регіональне управління ДПСУ", "border_immigration", "UA"),
    "id_pol": LE("polres-bandung", "Polrestabes Bandung", "police", "ID"),
    "id_pol2": LE("polda-bali", "Polda Bali", "police", "ID"),
    "id_imm": LE("imigrasi-soetta", "Kantor Imigrasi Soekarno-Hatta", "border_immigration", "ID"),
    "se_pol": LE("polisen-stockholm", "Polisregion Stockholm", "police", "SE"),
    "se_pol2": LE("polisen-vast", "Polisregion Väst", "police", "SE"),
    "se_tull": LE("tullverket", "Tullverket Gränsskydd", "border_immigration", "SE"),
    "se_kvv": LE("kriminalvarden", "Kriminalvården Anstalt Kumla", "corrections", "SE"),
    "gr_pol": LE("elas-thess", "Διεύθυνση Αστυνομίας Θεσσαλονίκης", "police", "GR"),
    "gr_pol2": LE("elas-crete", "Γενική Περιφερειακή Αστυνομική Διεύθυνση Κρήτης", "police", "GR"),
    "cy_pol": LE("cy-police", "Cyprus Police Limassol Division", "police", "CY"),
    "gb_pol": LE("met-ne", "Metropolitan Police North East BCU", "police", "GB"),
    "au_pol": LE("nsw-pol", "NSW Police Force Central Metro", "police", "AU"),
    "ca_pol": LE("rcmp-bc", "RCMP E Division", "police", "CA"),
    "de_pol": LE("bpol-ffm", "Bundespolizeiinspektion Frankfurt", "police", "DE"),
    # --- integrators ---
    "int_us": T("visionbridge", "VisionBridge Analytics Inc", "commercial", None, "US", True,
                [_ec_tulsa, _ec_marigold, _ec_fairbank]),
    "int_us2": T("clearlane", "ClearLane Public Safety Software", "commercial", None, "US", True,
                 [_ec_polk, _ec_nypd_ish, _ec_houston]),
    "int_retail_only": T("shelfsense", "ShelfSense Retail AI", "commercial", None, "US", True,
                         [_ec_marigold, _ec_fairbank]),
    "int_tr": T("gozcu-yazilim", "Gözcü Yazılım A.Ş.", "commercial", None, "TR", True, [_ec_egm, _ec_migros, _ec_tulsa]),
    "int_kr": T("nuri-vision", "누리비전", "commercial", None, "KR", True, [_ec_kr_police, _ec_kr_bank, _ec_polk]),
    "int_ae": T("sahab-ai", "Sahab AI Solutions FZ-LLC", "commercial", None, "AE", True, [_ec_dubai, _ec_mall, _ec_houston]),
    "int_in": T("drishti-tech", "Drishti Techlabs Pvt Ltd", "commercial", None, "IN", True, [_ec_delhi, _ec_tulsa]),
    "int_vn": T("mat-xanh", "Công ty CP Mắt Xanh AI", "commercial", None, "VN", True, [_ec_hcm, _ec_houston]),
    "int_ua": T("ukrvision", "UkrVision Tech LLC", "commercial", None, "UA", True, [_ec_kyiv, _ec_bank_ua, _ec_polk]),
    "int_id": T("netra-ai", "PT Netra Kecerdasan", "commercial", None, "ID", True, [_ec_polri, _ec_ojk_bank, _ec_tulsa]),
    "int_se": T("nordvy", "Nordvy Analys AB", "commercial", None, "SE", True, [_ec_se_pol, _ec_ica, _ec_nypd_ish]),
    "int_gr": T("optiki-ai", "Optiki AI ΙΚΕ", "commercial", None, "GR", True, [_ec_gr_pol, _ec_gr_shop, _ec_polk]),
    # --- commercial / others ---
    "retail_us": CO("tri-county-grocers", "Tri-County Grocers", "US"),
    "kyc_us": CO("payfern", "PayFern Inc", "US"),
    "hr_us": CO("staffwell", "StaffWell HR Cloud", "US"),
    "photo_us": CO("snapnest", "SnapNest Photos", "US"),
    "stadium_us": CO("arena-ops", "Lakeside Arena Operations LLC", "US"),
    "news_us": CO("metro-ledger", "The Metro Ledger", "US"),
    "law_us": CO("kessler-wu", "Kessler & Wu LLP", "US"),
    "aclu_like": T("civlib-watch", "Civil Liberties Watch", "nonprofit", None, "US"),
    "uni_us": T("statetech-cs", "State Tech University CS Dept", "academic", None, "US"),
    "city_us": T("city-clerk", "City of Harlow Clerk's Office", "government", None, "US"),
    "indiv_us": T("user-4471", "Individual developer", "individual", None, "US"),
    "tr_retail": CO("bim-like", "Kardeşler Market Zinciri", "TR"),
    "tr_bank": CO("tr-neobank", "Papara Benzeri Ödeme Hizmetleri", "TR"),
    "tr_news": CO("tr-gazete", "Haber Merkezi Gazetesi", "TR"),
    "tr_uni": T("tr-uni", "Orta Anadolu Teknik Üniversitesi", "academic", None, "TR"),
    "tr_ngo": T("tr-ngo", "Dijital Haklar Derneği", "nonprofit", None, "TR"),
    "kr_retail": CO("kr-conv", "올데이 편의점", "KR"),
    "kr_bank": CO("kr-bank", "토마토뱅크", "KR"),
    "kr_uni": T("kr-uni", "한국과학기술대학교", "academic", None, "KR"),
    "kr_news": CO("kr-news", "서울데일리", "KR"),
    "kr_hr": CO("kr-hr", "잡플로우", "KR"),
    "ae_mall": CO("ae-mall", "Marina Retail LLC", "AE"),
    "sa_bank": CO("sa-bank", "Al-Waha Digital Bank", "SA"),
    "eg_news": CO("eg-news", "Masr Today News", "EG"),
    "jo_ngo": T("jo-ngo", "Digital Rights Jordan", "nonprofit", None, "JO"),
    "ae_gov": T("ae-municipality", "Sharjah Municipality", "government", None, "AE"),
    "in_retail": CO("in-retail", "BazaarKart Stores", "IN"),
    "in_kyc": CO("in-kyc", "PaisaNow Fintech", "IN"),
    "in_uni": T("in-uni", "IIT Regional Campus", "academic", None, "IN"),
    "in_news": CO("in-news", "Dainik Samvad", "IN"),
    "in_hr": CO("in-hr", "AttendEase HR", "IN"),
    "vn_retail": CO("vn-retail", "Chuỗi Siêu thị Xanh", "VN"),
    "vn_bank": CO("vn-bank", "Ngân hàng số Sen Vàng", "VN"),
    "vn_uni": T("vn-uni", "Đại học Bách khoa", "academic", None, "VN"),
    "vn_news": CO("vn-news", "Báo Tin Nhanh", "VN"),
    "ua_bank": CO("ua-bank", "ПриватФінанс Онлайн", "UA"),
    "ua_retail": CO("ua-retail", "Мережа супермаркетів Колос", "UA"),
    "ua_ngo": T("ua-ngo", "Центр цифрових прав", "nonprofit", None, "UA"),
    "ua_news": CO("ua-news", "Громадське Медіа", "UA"),
    "id_retail": CO("id-retail", "Toko Serba Ada Nusantara", "ID"),
    "id_bank": CO("id-fintech", "DompetKu Fintech", "ID"),
    "id_uni": T("id-uni", "Universitas Teknologi Nusantara", "academic", None, "ID"),
    "id_news": CO("id-news", "Kabar Harian", "ID"),
    "id_hr": CO("id-hr", "AbsenPintar", "ID"),
    "se_retail": CO("se-retail", "Närlivs Butiker AB", "SE"),
    "se_bank": CO("se-bank", "Nordbank Digital AB", "SE"),
    "se_news": CO("se-news", "Dagbladet Syd", "SE"),
    "se_uni": T("se-uni", "KTH-liknande Tekniska Högskolan", "academic", None, "SE"),
    "se_kommun": T("se-kommun", "Malmö kommun stadsbyggnad", "government", None, "SE"),
    "gr_retail": CO("gr-retail", "Σούπερ Μάρκετ Γειτονιά", "GR"),
    "gr_bank": CO("gr-bank", "Τράπεζα Ψηφιακή Α.Ε.", "GR"),
    "gr_news": CO("gr-news", "Εφημερίδα Πρωινή", "GR"),
    "gr_uni": T("gr-uni", "Πανεπιστήμιο Πατρών-like", "academic", None, "GR"),
    "gr_ngo": T("gr-ngo", "Homo Digitalis-like Ένωση", "nonprofit", None, "GR"),
}
