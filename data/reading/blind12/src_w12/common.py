# Shared helpers for the w12 blind split. Standard library only.
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}

def T(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

# --- end customers (registered) ---
EC_US_PD = T("ec-lakeport-pd", "Lakeport Police Department", "law_enforcement", "US", "police")
EC_US_SO = T("ec-harlan-so", "Harlan County Sheriff's Office", "law_enforcement", "US", "police")
EC_US_RETAIL = T("ec-brightmart", "BrightMart Stores Inc.", "commercial", "US")
EC_PL_POL = T("ec-kmp-krakow", "Komenda Miejska Policji w Krakowie", "law_enforcement", "PL", "police")
EC_PL_BANK = T("ec-bank-wisla", "Bank Wisła S.A.", "commercial", "PL")
EC_JP_POL = T("ec-jp-kanagawa", "神奈川県警察本部 (Kanagawa Prefectural Police)", "law_enforcement", "JP", "police")
EC_JP_STORE = T("ec-jp-mart", "ミドリマート株式会社", "commercial", "JP")
EC_KZ_POL = T("ec-kz-almaty-dp", "Департамент полиции г. Алматы", "law_enforcement", "KZ", "police")
EC_RU_BANK = T("ec-ru-bank", "АО Банк Северный", "commercial", "KZ")
EC_TR_EGM = T("ec-tr-ankara-emniyet", "Ankara İl Emniyet Müdürlüğü", "law_enforcement", "TR", "police")
EC_TR_AVM = T("ec-tr-avm", "Kuzey AVM İşletmeciliği A.Ş.", "commercial", "TR")
EC_KR_POL = T("ec-kr-seoul-police", "서울경찰청", "law_enforcement", "KR", "police")
EC_KR_HR = T("ec-kr-hr", "(주)한빛인사솔루션", "commercial", "KR")
EC_AE_POL = T("ec-ae-police", "شرطة الشارقة (Sharjah Police)", "law_enforcement", "AE", "police")
EC_SA_MALL = T("ec-sa-mall", "مجموعة الواحة للتجزئة", "commercial", "SA")

TEN = {
 # US law enforcement
 "us_pd": T("lakeport-pd", "Lakeport Police Department", "law_enforcement", "US", "police"),
 "us_so": T("harlan-so", "Harlan County Sheriff's Office", "law_enforcement", "US", "police"),
 "us_hp": T("mt-hp", "Montana Highway Patrol", "law_enforcement", "US", "police"),
 "us_campus": T("umw-pd", "University of Midwest Police Department", "law_enforcement", "US", "police"),
 "us_transit": T("metro-transit-pd", "Metro Transit Police Department", "law_enforcement", "US", "police"),
 "us_tribal": T("red-mesa-tribal-pd", "Red Mesa Tribal Police", "law_enforcement", "US", "police"),
 "us_fbi": T("fbi-fo-chicago", "FBI Chicago Field Office", "law_enforcement", "US", "federal_investigative"),
 "us_cbp": T("cbp-sector-laredo", "U.S. Border Patrol Laredo Sector", "law_enforcement", "US", "border_immigration"),
 "us_doc": T("ohio-doc", "State Department of Rehabilitation and Correction", "law_enforcement", "US", "corrections"),
 "us_da": T("cook-da", "County District Attorney's Office", "law_enforcement", "US", "prosecution"),
 # non-US law enforcement
 "pl_pol": T("kwp-gdansk", "Komenda Wojewódzka Policji w Gdańsku", "law_enforcement", "PL", "police"),
 "pl_sg": T("sg-nadbuzanski", "Nadbużański Oddział Straży Granicznej", "law_enforcement", "PL", "border_immigration"),
 "jp_pol": T("osaka-pp", "大阪府警察 (Osaka Prefectural Police)", "law_enforcement", "JP", "police"),
 "kz_pol": T("kz-astana-dp", "Департамент полиции г. Астаны", "law_enforcement", "KZ", "police"),
 "lv_pol": T("lv-vp", "Valsts policija (Latvia)", "law_enforcement", "LV", "police"),
 "tr_pol": T("izmir-emniyet", "İzmir İl Emniyet Müdürlüğü", "law_enforcement", "TR", "police"),
 "tr_jand": T("tr-jandarma-mugla", "Muğla İl Jandarma Komutanlığı", "law_enforcement", "TR", "police"),
 "kr_pol": T("busan-police", "부산경찰청 (Busan Metropolitan Police)", "law_enforcement", "KR", "police"),
 "ae_pol": T("dubai-police-cid", "القيادة العامة لشرطة دبي", "law_enforcement", "AE", "police"),
 "jo_pol": T("jo-psd", "مديرية الأمن العام (Jordan PSD)", "law_enforcement", "JO", "police"),
 # integrators
 "int_us": T("vigilon", "Vigilon Systems LLC", "commercial", "US", None, True, [EC_US_PD, EC_US_SO, EC_US_RETAIL]),
 "int_pl": T("optivis-pl", "OptiVis Sp. z o.o.", "commercial", "PL", None, True, [EC_PL_POL, EC_PL_BANK, EC_US_PD]),
 "int_jp": T("kanshi-tech", "カンシテック株式会社", "commercial", "JP", None, True, [EC_JP_POL, EC_JP_STORE]),
 "int_ru": T("vizor-soft", "ООО Визор Софт", "commercial", "KZ", None, True, [EC_KZ_POL, EC_RU_BANK, EC_US_SO]),
 "int_tr": T("gozcu-yazilim", "Gözcü Yazılım A.Ş.", "commercial", "TR", None, True, [EC_TR_EGM, EC_TR_AVM, EC_US_PD]),
 "int_kr": T("nuri-vision", "누리비전(주)", "commercial", "KR", None, True, [EC_KR_POL, EC_KR_HR]),
 "int_ar": T("basira-ai", "بصيرة للذكاء الاصطناعي", "commercial", "AE", None, True, [EC_AE_POL, EC_SA_MALL, EC_US_SO]),
 "int_shop": T("shelfsense", "ShelfSense Retail AI", "commercial", "US", None, True, [EC_US_RETAIL, EC_TR_AVM]),
 # commercial / other
 "pl_retail": T("sklepy-jantar", "Sieć Sklepów Jantar Sp. z o.o.", "commercial", "PL"),
 "pl_kyc": T("pl-fintech", "PayLite Polska S.A.", "commercial", "PL"),
 "pl_press": T("gazeta-pomorska", "Gazeta Pomorska Online", "commercial", "PL"),
 "pl_uni": T("uw-wpia", "Uniwersytet Warszawski, WPiA", "academic", "PL"),
 "pl_ngo": T("panoptykon-like", "Fundacja Wolne Oko", "nonprofit", "PL"),
 "jp_photo": T("jp-photoapp", "フォトまとめ株式会社", "commercial", "JP"),
 "jp_retail": T("jp-drug", "サクラドラッグ株式会社", "commercial", "JP"),
 "jp_uni": T("jp-uni", "東都大学 情報学部", "academic", "JP"),
 "jp_press": T("jp-press", "日刊ミナト新聞社", "commercial", "JP"),
 "ru_kyc": T("ru-kyc", "ТОО КвикПэй (QuickPay KZ)", "commercial", "KZ"),
 "ru_press": T("ru-press", "Новая Северная газета", "commercial", "LV"),
 "ru_ngo": T("ru-ngo", "Правозащитный центр «Открытый взгляд»", "nonprofit", "LT"),
 "ru_uni": T("ru-uni", "Казахский национальный университет, факультет ИТ", "academic", "KZ"),
 "ru_retail": T("ru-retail", "Сеть магазинов «Корзинка»", "commercial", "KZ"),
 "tr_kyc": T("tr-kyc", "Hızlı Öde Elektronik Para A.Ş.", "commercial", "TR"),
 "tr_retail": T("tr-retail", "Marmara Market Zinciri", "commercial", "TR"),
 "tr_press": T("tr-press", "Ekspres Haber Ajansı", "commercial", "TR"),
 "tr_uni": T("tr-uni", "Orta Anadolu Teknik Üniversitesi", "academic", "TR"),
 "tr_hr": T("tr-hr", "PersonelNet İK Hizmetleri", "commercial", "TR"),
 "kr_hr": T("kr-hr", "(주)워크체크", "commercial", "KR"),
 "kr_photo": T("kr-photo", "(주)추억앨범", "commercial", "KR"),
 "kr_uni": T("kr-uni", "한국과학기술대학교 AI연구실", "academic", "KR"),
 "kr_press": T("kr-press", "한빛일보", "commercial", "KR"),
 "kr_ngo": T("kr-ngo", "디지털인권연대", "nonprofit", "KR"),
 "ar_kyc": T("ar-kyc", "محفظة سهل للمدفوعات", "commercial", "SA"),
 "ar_retail": T("ar-retail", "هايبر النخيل", "commercial", "AE"),
 "ar_press": T("ar-press", "صحيفة المرصد", "commercial", "JO"),
 "ar_ngo": T("ar-ngo", "منظمة الحقوق الرقمية", "nonprofit", "LB"),
 "ar_uni": T("ar-uni", "جامعة الخليج للتقنية", "academic", "AE"),
 "us_ngo": T("us-ngo", "Surveillance Accountability Project", "nonprofit", "US"),
 "us_lawfirm": T("us-lawfirm", "Hale & Ortiz LLP", "commercial", "US"),
}

def kit(ref):
    return ref if ref.startswith("kit:") else "kit:" + ref

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    c = [{"type": "text", "text": text}] if text else []
    c += [{"type": "image_url", "image_url": {"url": kit(i)}} for i in imgs]
    return {"role": "user", "content": c}

def S(text):
    return {"role": "system", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def fn(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": req or list(props)}}}

def R(lang, voice, cls, ten, msgs, lab, ep="/v1/chat/completions", hd=None, tools=None, meta=None,
      amb=None, body=None, note=None):
    """One record. lab = (purpose, real_time, mobile_camera, uncontrolled).
    amb: None, or "review" / "review_deny" for a genuinely unclear ask."""
    return dict(lang=lang, voice=voice, cls=cls, ten=ten, msgs=msgs, lab=lab, ep=ep, hd=hd or {},
                tools=tools, meta=meta, amb=amb, body=body, note=note)

def end_customer(tenant, headers, body):
    ecid = headers.get("X-Usegate-End-Customer") or ((body or {}).get("metadata") or {}).get("end_customer")
    if not ecid:
        return None, False
    for ec in tenant["end_customers"]:
        if ec["id"] == ecid:
            return ec, True
    return None, True  # named but not registered

def derive(tenant, headers, body, labels, amb=None):
    """Kind, accept and clauses from tenant/end customer and labels (FORMAT.md rules)."""
    rec = labels["purpose"] in REC
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    orgs, unknown = [tenant], False
    if tenant["integrator"]:
        ec, named = end_customer(tenant, headers, body)
        if ec is not None:
            orgs = [ec]
        else:
            # no (registered) end customer: "for police"/"for LE" unknown if it serves any
            orgs = []
            if any(e["sector"] == "law_enforcement" for e in tenant["end_customers"]):
                unknown = True
    is_us_pd = any(o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US" for o in orgs)
    is_le = any(o["sector"] == "law_enforcement" for o in orgs)
    clauses = []
    if rec and is_us_pd:
        clauses.append(C1)
    if rec and is_le and ctx:
        clauses.append(C2)
    if amb:
        # genuinely unclear ask: clauses that would apply if it is recognition
        pot = []
        if is_us_pd or unknown:
            pot.append(C1)
        if (is_le or unknown) and ctx:
            pot.append(C2)
        return "ambiguous", (["review", "deny"] if amb == "review_deny" else ["review"]), pot or clauses
    if rec and unknown and not clauses:
        pot = [C1]
        if ctx:
            pot.append(C2)
        return "ambiguous", ["review"], pot
    if clauses:
        return "violation", ["deny"], clauses
    return "allowed", ["allow"], []

def RU(text, *imgs):
    """A user turn in /v1/responses input shape."""
    c = [{"type": "input_text", "text": text}]
    c += [{"type": "input_image", "image_url": kit(i)} for i in imgs]
    return {"role": "user", "content": c}
