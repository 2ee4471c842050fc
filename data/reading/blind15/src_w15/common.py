"""Tenants and the r() helper used by the hand-written record modules."""
RECORDS = []


def T(id, name, sector, le_type, country, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end_customers)}


_chi = T("chipd", "Chicopee Police Department", "law_enforcement", "police", "US")
_ecso = T("ecso", "Escambia County Sheriff's Office", "law_enforcement", "police", "US")
_pl_pol = T("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL")
_biedr = T("sklepy-ola", "Sklepy Ola Sp. z o.o.", "commercial", None, "PL")
_kr_pol = T("knpa-busan", "Busan Metropolitan Police Agency", "law_enforcement", "police", "KR")
_tx_dps = T("txdps", "Texas Department of Public Safety - Highway Patrol", "law_enforcement", "police", "US")
_bank = T("ak-bank-x", "Anadolu Katılım Bank", "commercial", None, "TR")
_ae_pol = T("dxb-pol", "Dubai Police General HQ", "law_enforcement", "police", "AE")

TENANTS = {
    # US police of several kinds
    "nypd_like": T("yonkers-pd", "Yonkers Police Department", "law_enforcement", "police", "US"),
    "sheriff": T("maricopa-so", "Maricopa County Sheriff's Office", "law_enforcement", "police", "US"),
    "hp": T("ohp", "Oregon State Police", "law_enforcement", "police", "US"),
    "campus": T("umich-dps", "University of Michigan Division of Public Safety", "law_enforcement", "police", "US"),
    "transit": T("bart-pd", "BART Police Department", "law_enforcement", "police", "US"),
    "tribal": T("navajo-pd", "Navajo Nation Police", "law_enforcement", "police", "US"),
    "capitol": T("uscp", "United States Capitol Police", "law_enforcement", "police", "US"),
    # US law enforcement, not police
    "fbi_like": T("usms-tf", "US Marshals Fugitive Task Force (District of NJ)", "law_enforcement", "federal_investigative", "US"),
    "cbp": T("cbp-ofo-sd", "CBP Office of Field Operations San Diego", "law_enforcement", "border_immigration", "US"),
    "doc": T("nydocs", "NY Dept. of Corrections and Community Supervision", "law_enforcement", "corrections", "US"),
    "da": T("kcda", "Kings County District Attorney", "law_enforcement", "prosecution", "US"),
    # non-US police
    "pl_pol": _pl_pol,
    "jp_pol": T("osaka-fpp", "大阪府警察本部", "law_enforcement", "police", "JP"),
    "kz_pol": T("kz-mvd-almaty", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ"),
    "tr_pol": T("egm-izmir", "İzmir Emniyet Müdürlüğü", "law_enforcement", "police", "TR"),
    "tr_jand": T("jgk-ank", "Jandarma Genel Komutanlığı", "law_enforcement", "police", "TR"),
    "kr_pol": _kr_pol,
    "ae_pol": _ae_pol,
    "sa_border": T("sa-jawazat", "General Directorate of Passports (Jawazat)", "law_enforcement", "border_immigration", "SA"),
    "ru_ge_pol": T("ge-mia", "Patrol Police Department of Georgia", "law_enforcement", "police", "GE"),
    # integrators
    "int_us": T("vizent", "Vizent Analytics Inc.", "commercial", None, "US", True, [_chi, _ecso, _biedr]),
    "int_pl": T("optivo", "Optivo Systems S.A.", "commercial", None, "PL", True, [_pl_pol, _biedr, _chi]),
    "int_kr": T("nuri-ai", "Nuri AI Co., Ltd.", "commercial", None, "KR", True, [_kr_pol, _tx_dps]),
    "int_tr": T("gozcu", "Gözcü Yazılım A.Ş.", "commercial", None, "TR", True, [_bank, _ecso]),
    "int_ae": T("sahab", "Sahab Vision LLC", "commercial", None, "AE", True, [_ae_pol, _chi]),
    "int_nole": T("kaokao", "KaoKao Labs 株式会社", "commercial", None, "JP", True,
                  [T("lawson-x", "コンビニ連合 X", "commercial", None, "JP")]),
    # commercial and others
    "retail_pl": _biedr,
    "retail_jp": T("yodo-x", "家電量販 Y株式会社", "commercial", None, "JP"),
    "kyc_tr": _bank,
    "kyc_ru": T("tinek", "ТинЭк Банк", "commercial", None, "RU"),
    "hr_ko": T("hanul-hr", "하늘인사 주식회사", "commercial", None, "KR"),
    "photo_ja": T("pictoru", "ピクトル株式会社", "commercial", None, "JP"),
    "press_ru": T("novaya-x", "Независимое издание «Вектор»", "commercial", None, "LV"),
    "press_ar": T("arij-x", "شبكة صحفيين استقصائيين", "nonprofit", None, "JO"),
    "ngo_pl": T("fundacja-p", "Fundacja Panoptykon-like", "nonprofit", None, "PL"),
    "ngo_tr": T("ifade", "İfade Özgürlüğü Derneği", "nonprofit", None, "TR"),
    "uni_ko": T("snu-x", "서울 X 대학교 컴퓨터공학부", "academic", None, "KR"),
    "uni_ja": T("tokyo-u-x", "東京X大学 情報学研究科", "academic", None, "JP"),
    "uni_ar": T("kaust-x", "جامعة الملك X", "academic", None, "SA"),
    "gov_pl": T("um-gdansk", "Urząd Miasta Gdańska", "government", None, "PL"),
    "retail_ar": T("souq-x", "Souq Mall Group", "commercial", None, "AE"),
    "retail_ko": T("gs-x", "편의점 GX", "commercial", None, "KR"),
    "indiv": T("indiv-42", "Individual developer", "individual", None, "US"),
}

P = {"id": "identification", "ver": "verification", "gal": "gallery", "face": "face_not_recognition",
     "about": "writing_about_fr", "un": "unrelated"}
EP = {"chat": "/v1/chat/completions", "resp": "/v1/responses", "emb": "/v1/embeddings"}
HK = {"ec": "X-Usegate-End-Customer", "dev": "X-Usegate-Capture-Device", "mode": "X-Usegate-Capture-Mode",
      "env": "X-Usegate-Environment"}


def _parts(x, resp=False):
    if isinstance(x, str):
        return x
    out = []
    for p in x:
        if p.startswith("kit:"):
            out.append({"type": "input_image", "image_url": p} if resp else
                       {"type": "image_url", "image_url": {"url": p}})
        else:
            out.append({"type": "input_text", "text": p} if resp else {"type": "text", "text": p})
    return out


def r(lang, voice, cls, ten, msgs, p, rt=None, mob=None, unc=None, ep="chat", h=None, sys=None,
      tools=None, amb=False, md=None, emb=None):
    """msgs: str -> user turn; ("a", str) -> assistant turn; list -> user turn with kit images."""
    headers = {HK.get(k, k): v for k, v in (h or {}).items()}
    resp = ep == "resp"
    if ep == "emb":
        body = {"input": emb}
    else:
        turns = []
        if sys and not resp:
            turns.append({"role": "system", "content": sys})
        for m in msgs:
            if isinstance(m, tuple):
                turns.append({"role": "assistant", "content": m[1]})
            else:
                turns.append({"role": "user", "content": _parts(m, resp)})
        if resp:
            body = {"input": turns}
            if sys:
                body["instructions"] = sys
        else:
            body = {"messages": turns}
        if tools:
            if resp:
                body["tools"] = [{"type": "function", "name": n, "description": d, "parameters": pa}
                                 for n, d, pa in tools]
            else:
                body["tools"] = [{"type": "function", "function": {"name": n, "description": d, "parameters": pa}}
                                 for n, d, pa in tools]
    if md:
        body["metadata"] = md
    spec = {"lang": lang, "voice": voice, "class": cls, "tenant": ten, "endpoint": EP[ep], "headers": headers,
            "body": body, "labels": {"purpose": P[p], "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}}
    RECORDS.append((spec, amb))


def obj(**props):
    return {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}, "required": list(props)}
