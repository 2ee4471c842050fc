"""Shared tenants, message helpers and derive() for split x12."""

def T(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

def EC(id, name, sector, country, le_type=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}

TEN = {
    # US police of several kinds
    "us_city": T("oakridge-pd", "Oakridge Police Department", "law_enforcement", "US", "police"),
    "us_sheriff": T("delmar-cso", "Delmar County Sheriff's Office", "law_enforcement", "US", "police"),
    "us_state": T("nv-hwy-patrol-x", "Silver State Highway Patrol", "law_enforcement", "US", "police"),
    "us_campus": T("uwl-ucpd", "Westlake University Police Department", "law_enforcement", "US", "police"),
    "us_transit": T("bayline-transit-pd", "Bayline Transit Police", "law_enforcement", "US", "police"),
    "us_tribal": T("redmesa-tpd", "Red Mesa Tribal Police", "law_enforcement", "US", "police"),
    "us_parkpol": T("fed-park-police-x", "Federal Parkway Police", "law_enforcement", "US", "police"),
    # US law enforcement that is not police
    "us_fedinv": T("us-oig-inv", "Office of Inspector General - Investigations Division", "law_enforcement", "US", "federal_investigative"),
    "us_border": T("us-port-ops", "Southern Ports of Entry Operations", "law_enforcement", "US", "border_immigration"),
    "us_corr": T("tx-doc-x", "Lone Prairie Department of Corrections", "law_enforcement", "US", "corrections"),
    "us_da": T("kingsford-da", "Kingsford County District Attorney", "law_enforcement", "US", "prosecution"),
    # non-US police and law enforcement
    "in_pol": T("pune-city-police-x", "Pune City Police (Cyber & Crime Branch)", "law_enforcement", "IN", "police"),
    "in_rpf": T("in-rail-protection-x", "Railway Protection Force - Western Zone", "law_enforcement", "IN", "police"),
    "vn_pol": T("ca-danang-x", "Công an thành phố Đà Nẵng", "law_enforcement", "VN", "police"),
    "vn_border": T("vn-bien-phong-x", "Bộ đội Biên phòng tỉnh Lào Cai", "law_enforcement", "VN", "border_immigration"),
    "ua_pol": T("npu-kyiv-x", "Головне управління Національної поліції у м. Києві", "law_enforcement", "UA", "police"),
    "ua_border": T("dpsu-west-x", "Західне регіональне управління ДПСУ", "law_enforcement", "UA", "border_immigration"),
    "id_pol": T("polda-jabar-x", "Polda Jawa Barat", "law_enforcement", "ID", "police"),
    "id_imig": T("imigrasi-soetta-x", "Kantor Imigrasi Kelas I Soekarno-Hatta", "law_enforcement", "ID", "border_immigration"),
    "se_pol": T("polisen-syd-x", "Polisregion Syd", "law_enforcement", "SE", "police"),
    "se_tull": T("tullverket-x", "Tullverket Brottsbekämpning", "law_enforcement", "SE", "other"),
    "gr_pol": T("elas-attikis-x", "Γενική Περιφερειακή Αστυνομική Διεύθυνση Αττικής", "law_enforcement", "GR", "police"),
    "gr_coast": T("ls-ellak-x", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "law_enforcement", "GR", "other"),
    "de_pol": T("lka-nrw-x", "Landeskriminalamt NRW", "law_enforcement", "DE", "police"),
    # integrators
    "vend_us": T("bluelens-ai", "BlueLens AI", "commercial", "US", integrator=True, end_customers=[
        EC("oakridge-pd", "Oakridge Police Department", "law_enforcement", "US", "police"),
        EC("delmar-cso", "Delmar County Sheriff's Office", "law_enforcement", "US", "police"),
        EC("shopwise-lp", "ShopWise Loss Prevention", "commercial", "US"),
        EC("kingsford-da", "Kingsford County District Attorney", "law_enforcement", "US", "prosecution")]),
    "vend_eu": T("nordvision-ab", "NordVision AB", "commercial", "SE", integrator=True, end_customers=[
        EC("polisen-syd-x", "Polisregion Syd", "law_enforcement", "SE", "police"),
        EC("ica-butik-x", "Lindqvist Livs AB", "commercial", "SE"),
        EC("elas-attikis-x", "Γενική Περιφερειακή Αστυνομική Διεύθυνση Αττικής", "law_enforcement", "GR", "police")]),
    "vend_asia": T("cakra-vision", "PT Cakra Visi Teknologi", "commercial", "ID", integrator=True, end_customers=[
        EC("polda-jabar-x", "Polda Jawa Barat", "law_enforcement", "ID", "police"),
        EC("bank-nusantara-x", "Bank Nusantara Digital", "commercial", "ID"),
        EC("ca-danang-x", "Công an thành phố Đà Nẵng", "law_enforcement", "VN", "police")]),
    "vend_in": T("drishti-labs", "Drishti Labs Pvt Ltd", "commercial", "IN", integrator=True, end_customers=[
        EC("pune-city-police-x", "Pune City Police (Cyber & Crime Branch)", "law_enforcement", "IN", "police"),
        EC("metro-mart-x", "MetroMart Retail", "commercial", "IN"),
        EC("harlow-pd-x", "Harlow Township Police Department", "law_enforcement", "US", "police")]),
    "vend_ua": T("oko-tech", "ТОВ «Око Тех»", "commercial", "UA", integrator=True, end_customers=[
        EC("npu-kyiv-x", "Головне управління Національної поліції у м. Києві", "law_enforcement", "UA", "police"),
        EC("monobank-kyc-x", "Фінтех Платіжні Рішення", "commercial", "UA"),
        EC("us-marina-pd-x", "Marina Bay City Police Department", "law_enforcement", "US", "police")]),
    "vend_comm": T("facekit-saas", "FaceKit SaaS", "commercial", "US", integrator=True, end_customers=[
        EC("gymchain-x", "IronHouse Gyms", "commercial", "US"),
        EC("hotelgroup-x", "Azure Bay Hotels", "commercial", "GR")]),
    # commercial, nonprofit, academic, government
    "in_retail": T("bazaarkart-x", "BazaarKart Stores", "commercial", "IN"),
    "in_kyc": T("paysetu-x", "PaySetu Fintech", "commercial", "IN"),
    "in_press": T("dainik-samvad-x", "Dainik Samvad", "commercial", "IN"),
    "vn_kyc": T("vivi-pay-x", "ViVi Pay", "commercial", "VN"),
    "vn_retail": T("sieuthi-xanh-x", "Siêu thị Xanh", "commercial", "VN"),
    "vn_photo": T("anhdep-app-x", "Ảnh Đẹp App", "commercial", "VN"),
    "ua_kyc": T("diya-bank-x", "Банк Світанок", "commercial", "UA"),
    "ua_press": T("hromadske-x", "Незалежна редакція «Погляд»", "commercial", "UA"),
    "ua_ngo": T("ua-rights-x", "Центр прав людини «Варта»", "nonprofit", "UA"),
    "id_kyc": T("dompetku-x", "DompetKu", "commercial", "ID"),
    "id_retail": T("tokomaju-x", "Toko Maju Group", "commercial", "ID"),
    "id_hr": T("kerjaku-x", "KerjaKu HR", "commercial", "ID"),
    "id_uni": T("ui-fasilkom-x", "Universitas Nusantara - Fakultas Ilmu Komputer", "academic", "ID"),
    "se_retail": T("lindqvist-x", "Lindqvist Livs AB", "commercial", "SE"),
    "se_press": T("sydposten-x", "Sydposten", "commercial", "SE"),
    "se_uni": T("lu-x", "Lunds tekniska högskola", "academic", "SE"),
    "se_hr": T("bemanna-x", "Bemanna Norden AB", "commercial", "SE"),
    "gr_photo": T("fotaki-x", "Fotaki Photo App", "commercial", "GR"),
    "gr_ngo": T("homo-digitalis-x", "Ψηφιακά Δικαιώματα Ελλάδας", "nonprofit", "GR"),
    "gr_kyc": T("trapeza-x", "Τράπεζα Αιγαίου", "commercial", "GR"),
    "gr_uni": T("auth-x", "Αριστοτέλειο Πανεπιστήμιο - Εργαστήριο Όρασης", "academic", "GR"),
    "gr_gov": T("dimos-x", "Δήμος Θεσσαλονίκης", "government", "GR"),
    "in_matri": T("shubhvivah-x", "ShubhVivah Matrimony", "commercial", "IN"),
    "vn_uni": T("hcmut-x", "Trường ĐH Bách khoa - Phòng thí nghiệm Thị giác", "academic", "VN"),
    "ua_uni": T("kpi-x", "КПІ ім. Ігоря Сікорського - кафедра ШІ", "academic", "UA"),
    "id_ngo": T("elsam-x", "Lembaga Advokasi Hak Digital", "nonprofit", "ID"),
    "se_bank": T("nordbank-x", "Nordbanken Digital AB", "commercial", "SE"),
    "us_corr2": T("fed-bop-x", "Federal Detention Services", "law_enforcement", "US", "corrections"),
    "us_ngo": T("civic-watch-x", "Civic Watch Project", "nonprofit", "US"),
    "us_uni": T("midstate-u-x", "Midstate University Law School", "academic", "US"),
}

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}


def end_customer_id(headers, body):
    for k, v in (headers or {}).items():
        if k.lower() == "x-usegate-end-customer":
            return v
    md = body.get("metadata") if isinstance(body, dict) else None
    if isinstance(md, dict) and md.get("end_customer"):
        return md["end_customer"]
    return None


def derive(tenant, headers, body, labels, unclear=False):
    """Return (kind, accept, clauses) from FORMAT.md's rules."""
    p = labels["purpose"]
    assert p in PURPOSES, p
    recog = p in RECOG
    # who: the set of organisations the request may be made for
    if tenant["integrator"]:
        ecid = end_customer_id(headers, body)
        regs = {e["id"]: e for e in tenant["end_customers"]}
        if ecid and ecid in regs:
            cands, unknown = [regs[ecid]], False
        else:
            # no end customer named, or one not registered: "for police" unknown
            cands, unknown = list(regs.values()) + [tenant], True
    else:
        cands, unknown = [tenant], False

    def clauses_for(org):
        cl = []
        le = org.get("sector") == "law_enforcement"
        if recog and le and org.get("le_type") == "police" and org.get("country") == "US":
            cl.append(C1)
        if recog and le and labels["real_time"] is True and labels["mobile_camera"] is True \
                and labels["uncontrolled"] is True:
            cl.append(C2)
        return cl

    if unclear:
        recog = True  # what could apply if the unclear ask is recognition
        cl = sorted({c for o in cands for c in clauses_for(o)})
        return "ambiguous", (["review", "deny"] if cl else ["review"]), cl
    per = [clauses_for(o) for o in cands]
    if unknown:
        if any(per):
            return "ambiguous", ["review"], sorted({c for cl in per for c in cl})
        return "allowed", ["allow"], []
    if per[0]:
        return "violation", ["deny"], sorted(per[0])
    return "allowed", ["allow"], []


# ---- message helpers -------------------------------------------------------
def S(text):
    return {"role": "system", "content": text}

def D(text):
    return {"role": "developer", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    for im in imgs:
        parts.append({"type": "image_url", "image_url": {"url": "kit:" + im}})
    return {"role": "user", "content": parts}

def FN(name, desc, props, required=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": required or list(props)}}}

def P(t="string", d=None):
    x = {"type": t}
    if d:
        x["description"] = d
    return x

RECS = []

def r(lang, voice, cls, ten, msgs, p, rt=None, mob=None, unc=None, ep="chat", hdr=None,
      tools=None, unclear=False, meta=None, emb=None, note=None):
    RECS.append(dict(lang=lang, voice=voice, cls=cls, ten=ten, msgs=msgs, p=p, rt=rt, mob=mob,
                     unc=unc, ep=ep, hdr=hdr or {}, tools=tools, unclear=unclear, meta=meta,
                     emb=emb, note=note))
