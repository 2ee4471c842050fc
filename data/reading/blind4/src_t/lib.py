import json, datetime
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}
def T(id, name, sector, le_type, country, integrator=False, ends=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": ends or []}
TEN = {
 # US police
 "us_pd": T("t-tulsa-pd", "Tulsa Police Department", "law_enforcement", "police", "US"),
 "us_nypd": T("t-nypd-int", "New York City Police Department - Intelligence Bureau", "law_enforcement", "police", "US"),
 "us_sheriff": T("t-harris-so", "Harris County Sheriff's Office", "law_enforcement", "police", "US"),
 "us_state": T("t-nj-sp", "New Jersey State Police", "law_enforcement", "police", "US"),
 "us_lapd": T("t-lapd", "Los Angeles Police Department", "law_enforcement", "police", "US"),
 "us_dearborn": T("t-dearborn-pd", "Dearborn Police Department", "law_enforcement", "police", "US"),
 "us_fairfax": T("t-fairfax-pd", "Fairfax County Police Department", "law_enforcement", "police", "US"),
 "us_mpls": T("t-mpls-pd", "Minneapolis Police Department", "law_enforcement", "police", "US"),
 # US federal non-police
 "us_cbp": T("t-cbp", "U.S. Customs and Border Protection", "law_enforcement", "border_immigration", "US"),
 "us_fbi": T("t-fbi-fo", "FBI Field Office Houston", "law_enforcement", "federal_investigative", "US"),
 "us_ice": T("t-ice-hsi", "ICE Homeland Security Investigations", "law_enforcement", "federal_investigative", "US"),
 "us_doc": T("t-tx-tdcj", "Texas Department of Criminal Justice", "law_enforcement", "corrections", "US"),
 "us_da": T("t-kings-da", "Kings County District Attorney", "law_enforcement", "prosecution", "US"),
 # Turkey
 "tr_egm": T("t-tr-egm", "Emniyet Genel Müdürlüğü - İstanbul İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR"),
 "tr_jandarma": T("t-tr-jgk", "Jandarma Genel Komutanlığı", "law_enforcement", "police", "TR"),
 "tr_border": T("t-tr-gib", "Göç İdaresi Başkanlığı", "law_enforcement", "border_immigration", "TR"),
 "tr_bank": T("t-tr-bank", "Anadolu Katılım Bankası", "commercial", None, "TR"),
 "tr_avm": T("t-tr-avm", "Marmara Park AVM Güvenlik", "commercial", None, "TR"),
 "tr_belediye": T("t-tr-ibb", "İstanbul Büyükşehir Belediyesi", "government", None, "TR"),
 "tr_media": T("t-tr-media", "Bağımsız Haber Ajansı", "commercial", None, "TR"),
 "tr_uni": T("t-tr-odtu", "ODTÜ Bilgisayar Mühendisliği", "academic", None, "TR"),
 # Korea
 "ko_knpa": T("t-kr-knpa", "경찰청 (Korean National Police Agency)", "law_enforcement", "police", "KR"),
 "ko_seoulpd": T("t-kr-smpa", "서울경찰청", "law_enforcement", "police", "KR"),
 "ko_immig": T("t-kr-immig", "법무부 출입국·외국인정책본부", "law_enforcement", "border_immigration", "KR"),
 "ko_bank": T("t-kr-bank", "한빛은행 디지털뱅킹", "commercial", None, "KR"),
 "ko_app": T("t-kr-app", "스냅앨범 주식회사", "commercial", None, "KR"),
 "ko_gu": T("t-kr-gangnam", "강남구청 통합관제센터", "government", None, "KR"),
 "ko_hr": T("t-kr-hr", "누리테크 인사팀", "commercial", None, "KR"),
 "ko_ngo": T("t-kr-ngo", "정보인권연구소", "nonprofit", None, "KR"),
 # Arabic world
 "ar_dubai": T("t-ae-dxbpol", "Dubai Police", "law_enforcement", "police", "AE"),
 "ar_egypt": T("t-eg-moi", "وزارة الداخلية المصرية - الأمن العام", "law_enforcement", "police", "EG"),
 "ar_jordan": T("t-jo-psd", "مديرية الأمن العام الأردنية", "law_enforcement", "police", "JO"),
 "ar_saudi_border": T("t-sa-jawazat", "المديرية العامة للجوازات", "law_enforcement", "border_immigration", "SA"),
 "ar_bank": T("t-sa-bank", "مصرف الراية الرقمي", "commercial", None, "SA"),
 "ar_mall": T("t-ae-mall", "Al Wahda Mall Security", "commercial", None, "AE"),
 "ar_ngo": T("t-lb-smex", "منظمة حقوق رقمية - بيروت", "nonprofit", None, "LB"),
 "ar_media": T("t-qa-media", "شبكة أخبار الدوحة", "commercial", None, "QA"),
 # India
 "hi_delhi": T("t-in-delhipol", "Delhi Police", "law_enforcement", "police", "IN"),
 "hi_up": T("t-in-uppol", "Uttar Pradesh Police", "law_enforcement", "police", "IN"),
 "hi_rpf": T("t-in-rpf", "Railway Protection Force", "law_enforcement", "police", "IN"),
 "hi_bsf": T("t-in-bsf", "Border Security Force", "law_enforcement", "border_immigration", "IN"),
 "hi_kyc": T("t-in-nbfc", "PaisaPlus NBFC", "commercial", None, "IN"),
 "hi_hr": T("t-in-hr", "TalentKart HR Services", "commercial", None, "IN"),
 "hi_nagar": T("t-in-smartcity", "Indore Smart City Ltd", "government", None, "IN"),
 "hi_media": T("t-in-media", "Khabar Lahar Digital", "commercial", None, "IN"),
 "hi_iff": T("t-in-rights", "Digital Adhikar Manch", "nonprofit", None, "IN"),
 # Vietnam
 "vi_ca": T("t-vn-cahn", "Công an Thành phố Hà Nội", "law_enforcement", "police", "VN"),
 "vi_csgt": T("t-vn-csgt", "Phòng CSGT Công an TP.HCM", "law_enforcement", "police", "VN"),
 "vi_border": T("t-vn-bdbp", "Bộ đội Biên phòng", "law_enforcement", "border_immigration", "VN"),
 "vi_bank": T("t-vn-bank", "Ngân hàng TMCP Sông Hồng", "commercial", None, "VN"),
 "vi_app": T("t-vn-app", "Công ty CP Ảnh Đẹp (app chỉnh ảnh)", "commercial", None, "VN"),
 "vi_ubnd": T("t-vn-ubnd", "UBND Quận Cầu Giấy", "government", None, "VN"),
 "vi_hr": T("t-vn-hr", "Công ty May Việt Tiến - Phòng Nhân sự", "commercial", None, "VN"),
 # Ukraine
 "uk_np": T("t-ua-npu", "Національна поліція України", "law_enforcement", "police", "UA"),
 "uk_patrol": T("t-ua-patrol", "Патрульна поліція Києва", "law_enforcement", "police", "UA"),
 "uk_dpsu": T("t-ua-dpsu", "Державна прикордонна служба України", "law_enforcement", "border_immigration", "UA"),
 "uk_bank": T("t-ua-bank", "МоноФін банк", "commercial", None, "UA"),
 "uk_kmda": T("t-ua-kmda", "КМДА - Безпечне місто", "government", None, "UA"),
 "uk_ngo": T("t-ua-ngo", "ГО «Цифрові права людини»", "nonprofit", None, "UA"),
 "uk_media": T("t-ua-media", "Редакція онлайн-медіа Відкрито", "commercial", None, "UA"),
 # Indonesia
 "id_polri": T("t-id-polri", "Kepolisian Negara Republik Indonesia - Polda Metro Jaya", "law_enforcement", "police", "ID"),
 "id_lantas": T("t-id-korlantas", "Korlantas Polri", "law_enforcement", "police", "ID"),
 "id_imigrasi": T("t-id-imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "border_immigration", "ID"),
 "id_bank": T("t-id-bank", "Bank Digital Nusantara", "commercial", None, "ID"),
 "id_mall": T("t-id-mall", "Grand Indah Mall Security", "commercial", None, "ID"),
 "id_pemda": T("t-id-dishub", "Dinas Komunikasi dan Informatika DKI Jakarta", "government", None, "ID"),
 "id_hr": T("t-id-hr", "PT Sinar Karya - HRD", "commercial", None, "ID"),
 "id_elsam": T("t-id-ngo", "Lembaga Advokasi Privasi Digital", "nonprofit", None, "ID"),
 # Sweden
 "sv_pol": T("t-se-polisen", "Polismyndigheten - Region Stockholm", "law_enforcement", "police", "SE"),
 "sv_tull": T("t-se-tull", "Tullverket", "law_enforcement", "border_immigration", "SE"),
 "sv_bank": T("t-se-bank", "Nordbanken Digital AB", "commercial", None, "SE"),
 "sv_kommun": T("t-se-kommun", "Malmö stad - Trygghetsavdelningen", "government", None, "SE"),
 "sv_butik": T("t-se-butik", "ICA Maxi Haninge (franchise)", "commercial", None, "SE"),
 "sv_media": T("t-se-media", "Granskande redaktionen AB", "commercial", None, "SE"),
 "sv_uni": T("t-se-kth", "KTH - Institutionen för datavetenskap", "academic", None, "SE"),
 # Greece
 "el_elas": T("t-gr-elas", "Ελληνική Αστυνομία - Διεύθυνση Αστυνομίας Αττικής", "law_enforcement", "police", "GR"),
 "el_traffic": T("t-gr-troxaia", "Τροχαία Αττικής", "law_enforcement", "police", "GR"),
 "el_coast": T("t-gr-lcs", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "law_enforcement", "border_immigration", "GR"),
 "el_bank": T("t-gr-bank", "Τράπεζα Αιγαίου Digital", "commercial", None, "GR"),
 "el_dimos": T("t-gr-dimos", "Δήμος Θεσσαλονίκης", "government", None, "GR"),
 "el_hr": T("t-gr-hr", "Hellenic Retail Group - Τμήμα HR", "commercial", None, "GR"),
 "el_homo": T("t-gr-ngo", "Ένωση Ψηφιακών Δικαιωμάτων (ΜΚΟ)", "nonprofit", None, "GR"),
 "el_media": T("t-gr-media", "Ρεπορτάζ Ανοιχτών Δεδομένων", "commercial", None, "GR"),
}
# integrators
_us = TEN["us_pd"]; _dear = TEN["us_dearborn"]
TEN["int_us"] = T("t-int-vigila", "VigilaSoft Inc.", "commercial", None, "US", True, [TEN["us_dearborn"], TEN["us_sheriff"], T("t-ec-mallco", "Westfield Plaza LLC", "commercial", None, "US")])
TEN["int_tr"] = T("t-int-tr", "Kartal Yazılım A.Ş.", "commercial", None, "TR", True, [TEN["tr_egm"], TEN["tr_avm"], TEN["us_pd"]])
TEN["int_kr"] = T("t-int-kr", "비전AI솔루션", "commercial", None, "KR", True, [TEN["ko_seoulpd"], TEN["ko_bank"], TEN["us_lapd"]])
TEN["int_ae"] = T("t-int-ae", "Gulf Vision Systems FZ-LLC", "commercial", None, "AE", True, [TEN["ar_dubai"], TEN["ar_mall"], TEN["us_dearborn"]])
TEN["int_in"] = T("t-int-in", "Drishti AI Labs Pvt Ltd", "commercial", None, "IN", True, [TEN["hi_delhi"], TEN["hi_kyc"], TEN["us_nypd"]])
TEN["int_vn"] = T("t-int-vn", "Công ty Giải pháp Thị giác VNAI", "commercial", None, "VN", True, [TEN["vi_ca"], TEN["vi_bank"], TEN["us_sheriff"]])
TEN["int_ua"] = T("t-int-ua", "ТОВ Оптіка Дейта", "commercial", None, "UA", True, [TEN["uk_np"], TEN["uk_bank"], TEN["us_fairfax"]])
TEN["int_id"] = T("t-int-id", "PT Mata Digital Teknologi", "commercial", None, "ID", True, [TEN["id_polri"], TEN["id_bank"], TEN["us_state"]])
TEN["int_se"] = T("t-int-se", "Nordic Vision Integration AB", "commercial", None, "SE", True, [TEN["sv_pol"], TEN["sv_butik"], TEN["us_mpls"]])
TEN["int_gr"] = T("t-int-gr", "Aegean Analytics IKE", "commercial", None, "GR", True, [TEN["el_elas"], TEN["el_bank"], TEN["us_lapd"]])

def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}
def U(text, *imgs):
    if not imgs: return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    return {"role": "user", "content": parts + [img(i) for i in imgs]}
def S(t): return {"role": "system", "content": t}
def A(t): return {"role": "assistant", "content": t}
def TC(name, args, cid="call_1"):
    return {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}
def TR(content, cid="call_1"): return {"role": "tool", "tool_call_id": cid, "content": content}
def FN(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": req or list(props)}}}

RECS = []
_base = datetime.datetime(2026, 6, 2, 8, 0, 0)
def R(lang, voice, cls, ten, kind, purpose, ctx=(None, None, None), msgs=None, body=None,
      endpoint="/v1/chat/completions", headers=None, model="gpt-4o", tools=None, ec=None, review_deny=False, clauses=None):
    if body is None:
        body = {"model": model, "messages": msgs}
        if tools: body["tools"] = tools
    tenant = TEN[ten]
    h = dict(headers or {})
    ecobj = None
    if ec:
        h["X-Usegate-End-Customer"] = ec
        ecobj = next((e for e in tenant["end_customers"] if e["id"] == ec), None)
    rt, mob, unc = ctx
    lab = {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}
    if kind == "violation":
        who = ecobj or tenant
        cl = []
        if who["sector"] == "law_enforcement" and who["le_type"] == "police" and who["country"] == "US": cl.append(C1)
        if who["sector"] == "law_enforcement" and rt and mob and unc: cl.append(C2)
        if clauses: cl = clauses
        assert purpose in REC and cl, (lang, len(RECS))
        exp = {"accept": ["deny"], "clauses": cl}
    elif kind == "allowed":
        exp = {"accept": ["allow"], "clauses": []}
    else:
        exp = {"accept": ["review", "deny"] if review_deny else ["review"], "clauses": []}
    RECS.append(dict(lang=lang, voice=voice, **{"class": cls}, tenant=tenant, endpoint=endpoint,
                     headers=h, body=body, labels=lab, expect=exp, kind=kind))

def emit(path_prefix=__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "t.jsonl")):
    import os
    existing = 0
    if os.path.exists(path_prefix):
        existing = sum(1 for l in open(path_prefix) if l.strip())
    with open(path_prefix, "a", encoding="utf-8") as f:
        for i, r in enumerate(RECS):
            n = existing + i + 1
            ts = _base + datetime.timedelta(minutes=7 * n, seconds=(n * 13) % 60)
            rec = {"id": f"b4-t-{n:05d}", "lang": r["lang"], "voice": r["voice"], "class": r["class"],
                   "received_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": r["tenant"], "endpoint": r["endpoint"],
                   "headers": r["headers"], "body": r["body"], "labels": r["labels"], "expect": r["expect"], "kind": r["kind"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(RECS), "total", existing + len(RECS))
