"""Shared helpers for the x18 blind split (standard library only)."""
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}


def t(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator, "end_customers": list(ecs)}


def le(id, name, le_type, country):
    return t(id, name, "law_enforcement", le_type, country)


def co(id, name, country, sector="commercial"):
    return t(id, name, sector, None, country)


TEN = {}
def _add(key, ten):
    TEN[key] = ten

# US police / sheriffs
_add("us_westminster", le("westminster-pd", "Westminster Police Department (CA)", "police", "US"))
_add("us_garden", le("garden-grove-pd", "Garden Grove Police Department", "police", "US"))
_add("us_sacso", le("sacramento-so", "Sacramento County Sheriff's Office", "police", "US"))
_add("us_edison", le("edison-pd", "Edison Township Police Department (NJ)", "police", "US"))
_add("us_fremont", le("fremont-pd", "Fremont Police Department (CA)", "police", "US"))
_add("us_tarpon", le("tarpon-springs-pd", "Tarpon Springs Police Department", "police", "US"))
_add("us_astoria", le("nypd-114", "New York City Police Department - 114th Precinct", "police", "US"))
_add("us_chicago", le("cpd-d12", "Chicago Police Department - 12th District", "police", "US"))
_add("us_philly", le("ppd-south", "Philadelphia Police Department - South Division", "police", "US"))
_add("us_mnsp", le("mn-state-patrol", "Minnesota State Patrol", "police", "US"))
_add("us_hennepin", le("hennepin-so", "Hennepin County Sheriff's Office", "police", "US"))
_add("us_capitol", le("uscp", "United States Capitol Police", "police", "US"))
_add("us_transit", le("septa-police", "SEPTA Transit Police", "police", "US"))
_add("us_campus", le("umn-police", "University of Minnesota Police Department", "police", "US"))
_add("us_harris", le("harris-so", "Harris County Sheriff's Office", "police", "US"))
_add("us_pinellas", le("pinellas-so", "Pinellas County Sheriff's Office", "police", "US"))
# US non-police law enforcement
_add("us_fbi", le("fbi-sac", "FBI Sacramento Field Office", "federal_investigative", "US"))
_add("us_cbp", le("cbp-blaine", "U.S. Customs and Border Protection - Blaine Sector", "border_immigration", "US"))
_add("us_ice", le("ice-ero-houston", "ICE ERO Houston", "border_immigration", "US"))
_add("us_bop", le("bop-fci-dublin", "Federal Bureau of Prisons - FCI Sandstone", "corrections", "US"))
_add("us_da", le("oc-da", "Orange County District Attorney's Office", "prosecution", "US"))
# non-US law enforcement
_add("in_mumbai", le("mumbai-police", "Mumbai Police (India)", "police", "IN"))
_add("in_blr", le("blr-city-police", "Bengaluru City Police (India)", "police", "IN"))
_add("in_delhi", le("delhi-police", "Delhi Police (India)", "police", "IN"))
_add("in_rpf", le("rpf-nr", "Railway Protection Force - Northern Railway (India)", "police", "IN"))
_add("in_tihar", le("tihar-prisons", "Delhi Prisons / Tihar (India)", "corrections", "IN"))
_add("vn_hcm", le("ca-tphcm", "Công an TP. Hồ Chí Minh (Vietnam)", "police", "VN"))
_add("vn_dn", le("ca-danang", "Công an thành phố Đà Nẵng (Vietnam)", "police", "VN"))
_add("vn_hn", le("ca-hanoi", "Công an thành phố Hà Nội (Vietnam)", "police", "VN"))
_add("vn_border", le("bdbp-quangninh", "Bộ đội Biên phòng Quảng Ninh (Vietnam)", "border_immigration", "VN"))
_add("ua_np", le("npu-kyiv", "Національна поліція України - ГУНП у м. Києві", "police", "UA"))
_add("ua_patrol", le("patrol-lviv", "Патрульна поліція Львова (Ukraine)", "police", "UA"))
_add("ua_dpsu", le("dpsu", "Державна прикордонна служба України", "border_immigration", "UA"))
_add("ua_dbr", le("dbr", "Державне бюро розслідувань (Ukraine)", "federal_investigative", "UA"))
_add("id_metro", le("polda-metro", "Polda Metro Jaya (Indonesia)", "police", "ID"))
_add("id_sby", le("polrestabes-sby", "Polrestabes Surabaya (Indonesia)", "police", "ID"))
_add("id_bali", le("polda-bali", "Polda Bali (Indonesia)", "police", "ID"))
_add("id_imigrasi", le("imigrasi-ngurah-rai", "Kantor Imigrasi Ngurah Rai (Indonesia)", "border_immigration", "ID"))
_add("id_lapas", le("lapas-cipinang", "Lapas Cipinang (Indonesia)", "corrections", "ID"))
_add("se_sthlm", le("polisen-sthlm", "Polisregion Stockholm (Sweden)", "police", "SE"))
_add("se_syd", le("polisen-syd", "Polisregion Syd (Sweden)", "police", "SE"))
_add("se_krim", le("kriminalvarden", "Kriminalvården (Sweden)", "corrections", "SE"))
_add("se_tull", le("tullverket", "Tullverket (Sweden)", "other", "SE"))
_add("gr_attica", le("elas-attikis", "Ελληνική Αστυνομία - Γενική Αστυνομική Διεύθυνση Αττικής", "police", "GR"))
_add("gr_thess", le("elas-thess", "Ελληνική Αστυνομία - ΓΑΔ Θεσσαλονίκης", "police", "GR"))
_add("gr_coast", le("hcg-piraeus", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή, Πειραιάς", "other", "GR"))
_add("gr_dias", le("elas-dias", "Ομάδα ΔΙΑΣ - Ελληνική Αστυνομία", "police", "GR"))
# non law enforcement
_add("in_bank", co("hdfc-kyc-lab", "Suryoday Small Finance Bank - KYC Ops (India)", "IN"))
_add("in_news", co("dainik-lok", "Dainik Lokvani newsroom (India)", "IN"))
_add("in_ngo", co("iff-in", "Digital Adhikar Foundation (India)", "IN", "nonprofit"))
_add("in_hr", co("staffkart", "StaffKart HR Services (India)", "IN"))
_add("in_uni", co("iit-vision-lab", "Vision Lab, IIT Roorkee", "IN", "academic"))
_add("in_retail", co("bazaar-mart", "BazaarMart Retail - Loss Prevention (India)", "IN"))
_add("vn_bank", co("vpb-ekyc", "Ngân hàng TMCP Phương Đông - eKYC", "VN"))
_add("vn_photo", co("anhdep-app", "AnhDep Photo App (Vietnam)", "VN"))
_add("vn_retail", co("bachhoa-lp", "Chuỗi Bách Hóa Xanh Mới - Loss Prevention", "VN"))
_add("vn_news", co("tuoi-tre-lab", "Báo Sài Gòn Mai - Data Desk", "VN"))
_add("ua_bank", co("monoua-kyc", "Monobank-like Neobank KYC (Ukraine)", "UA"))
_add("ua_ngo", co("ua-hr-ngo", "Центр громадянських свобод (Ukraine)", "UA", "nonprofit"))
_add("ua_news", co("hromadske-lab", "Громадське медіа - розслідування", "UA"))
_add("ua_uni", co("kpi-ai", "КПІ ім. Сікорського - лабораторія ШІ", "UA", "academic"))
_add("id_fintech", co("dompetku", "DompetKu Fintech - eKYC (Indonesia)", "ID"))
_add("id_retail", co("indomaju", "IndoMaju Minimarket - Loss Prevention", "ID"))
_add("id_hr", co("kerjain", "Kerjain HRIS (Indonesia)", "ID"))
_add("id_news", co("tempo-lab", "Redaksi Kabar Nusantara (Indonesia)", "ID"))
_add("id_ngo", co("safenet-id", "Jaringan Hak Digital Nusantara", "ID", "nonprofit"))
_add("se_bank", co("nordbank-kyc", "Nordbanken KYC (Sweden)", "SE"))
_add("se_retail", co("ica-lp", "Matbutiken Norr AB - butiksskydd", "SE"))
_add("se_uni", co("kth-cv", "KTH - Datorseende", "SE", "academic"))
_add("se_news", co("svd-data", "Dagbladet Väst - granskning", "SE"))
_add("se_hr", co("rekryt", "Rekryteringsbyrån Nord AB", "SE"))
_add("gr_bank", co("gr-bank-kyc", "Τράπεζα Αιγαίου - KYC", "GR"))
_add("gr_news", co("gr-news", "Εφημερίδα Η Αυγή της Πόλης - ερευνητική ομάδα", "GR"))
_add("gr_photo", co("fotaki-app", "Fotaki Photo Albums (Greece)", "GR"))
_add("gr_uni", co("ntua-cv", "ΕΜΠ - Εργαστήριο Όρασης Υπολογιστών", "GR", "academic"))
_add("gr_retail", co("gr-super", "Σούπερ Μάρκετ Κρήτης - Ασφάλεια Καταστημάτων", "GR"))
_add("gr_ngo", co("homo-digitalis-like", "Ένωση για τα Ψηφιακά Δικαιώματα", "GR", "nonprofit"))

# integrators with end customers
def _ec(key):
    x = dict(TEN[key]); x.pop("integrator"); x.pop("end_customers"); return x

_add("int_vizorix", t("vizorix", "Vizorix Analytics Inc.", "commercial", None, "US", True,
                      [_ec("us_westminster"), _ec("us_harris"), _ec("se_sthlm"),
                       {"id": "pricemart-lp", "name": "PriceMart Loss Prevention", "sector": "commercial", "le_type": None, "country": "US"}]))
_add("int_kavach", t("kavach-tech", "Kavach Tech Pvt Ltd (India)", "commercial", None, "IN", True,
                     [_ec("in_mumbai"), _ec("in_bank"), _ec("us_edison")]))
_add("int_matsong", t("matsong-ai", "Mắt Sông AI JSC (Vietnam)", "commercial", None, "VN", True,
                      [_ec("vn_hcm"), _ec("vn_bank"), _ec("us_garden")]))
_add("int_oko", t("oko-systems", "ОКО Системи ТОВ (Ukraine)", "commercial", None, "UA", True,
                  [_ec("ua_patrol"), _ec("us_sacso"), _ec("ua_bank")]))
_add("int_nusa", t("nusa-vision", "PT Nusa Vision Teknologi", "commercial", None, "ID", True,
                   [_ec("id_metro"), _ec("id_retail"), _ec("us_philly")]))
_add("int_nordsyn", t("nordsyn", "Nordsyn Security AB", "commercial", None, "SE", True,
                      [_ec("se_syd"), _ec("se_retail"), _ec("us_hennepin")]))
_add("int_argos", t("argos-ai", "Argos Vision IKE (Greece)", "commercial", None, "GR", True,
                    [_ec("gr_attica"), _ec("gr_bank"), _ec("us_tarpon")]))
_add("int_photoonly", t("snapalbum", "SnapAlbum SaaS Ltd", "commercial", None, "GB", True,
                        [_ec("gr_photo"), _ec("vn_photo")]))


def end_customer_id(headers, body):
    for k, v in (headers or {}).items():
        if k.lower() == "x-usegate-end-customer":
            return v
    md = (body or {}).get("metadata") or {}
    return md.get("end_customer")


def subject(tenant, headers, body):
    """Return (subject dict or None when unknown)."""
    if not tenant.get("integrator"):
        return tenant
    ec = end_customer_id(headers, body)
    if ec:
        for e in tenant.get("end_customers", []):
            if e["id"] == ec:
                return e
        return None  # named but not registered: unknown
    if any(e.get("sector") == "law_enforcement" for e in tenant.get("end_customers", [])):
        return None  # serves police, names nobody: unknown
    return tenant


def derive(tenant, headers, body, labels):
    """FORMAT.md 'Expected decision' under azure-openai-coc@2024-05-01."""
    if labels["purpose"] not in REC:
        return "allowed", ["allow"], []
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    s = subject(tenant, headers, body)
    if s is None:
        cl = [C1] + ([C2] if ctx else [])
        return "ambiguous", ["review", "deny"], cl
    clauses = []
    if s.get("sector") == "law_enforcement":
        if s.get("le_type") == "police" and s.get("country") == "US":
            clauses.append(C1)
        if ctx:
            clauses.append(C2)
    if clauses:
        return "violation", ["deny"], clauses
    return "allowed", ["allow"], []
