"""Helpers for writer t8 (stdlib only). Records' texts are hand-written in recs_*.py."""
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}

def T(id, name, sector, le_type=None, country="US", integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end_customers)}

# --- tenants -------------------------------------------------------------
US_PD = T("clevpd", "Cleveland Heights Police Department", "law_enforcement", "police")
US_SHERIFF = T("maricopa-so", "Pinal County Sheriff's Office", "law_enforcement", "police")
US_HWY = T("ohp", "Ohio State Highway Patrol", "law_enforcement", "police")
US_CAMPUS = T("umpd", "University of Minnesota Police Department", "law_enforcement", "police")
US_TRANSIT = T("septa-pd", "SEPTA Transit Police", "law_enforcement", "police")
US_FBI = T("fbi-fo", "FBI Chicago Field Office", "law_enforcement", "federal_investigative")
US_CBP = T("cbp-ofo", "CBP Office of Field Operations", "law_enforcement", "border_immigration")
US_DOC = T("txdcj", "Texas Dept. of Criminal Justice", "law_enforcement", "corrections")
US_DA = T("kcda", "Kings County District Attorney", "law_enforcement", "prosecution")
PL_POL = T("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL")
PL_SG = T("sg-pl", "Straż Graniczna", "law_enforcement", "border_immigration", "PL")
JP_POL = T("osaka-pp", "大阪府警察本部", "law_enforcement", "police", "JP")
RU_MVD = T("guvd-spb", "ГУ МВД по г. Санкт-Петербургу", "law_enforcement", "police", "RU")
TR_EGM = T("ist-emniyet", "İstanbul İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
KR_POL = T("smpa", "서울경찰청", "law_enforcement", "police", "KR")
AE_POL = T("dxb-police", "Dubai Police", "law_enforcement", "police", "AE")
SA_POL = T("sa-pss", "Public Security, Riyadh", "law_enforcement", "police", "SA")
PL_BANK = T("mbank-kyc", "mBank S.A. KYC", "commercial", None, "PL")
PL_SHOP = T("zabka", "Żabka Polska - Loss Prevention", "commercial", None, "PL")
JP_HR = T("recruit-hr", "株式会社リクルートスタッフ 人事部", "commercial", None, "JP")
JP_PHOTO = T("photoapp-jp", "フォトアルバム株式会社", "commercial", None, "JP")
JP_NEWS = T("asahi-desk", "朝日新聞 デジタル編集部", "commercial", None, "JP")
RU_BANK = T("tbank-kyc", "Т-Банк, отдел KYC", "commercial", None, "RU")
RU_UNI = T("hse-lab", "НИУ ВШЭ, лаборатория", "academic", None, "RU")
TR_RETAIL = T("migros-lp", "Migros Ticaret - Kayıp Önleme", "commercial", None, "TR")
TR_BAR = T("ist-baro", "İstanbul Barosu İnsan Hakları Merkezi", "nonprofit", None, "TR")
KR_FIN = T("toss-kyc", "토스 본인인증팀", "commercial", None, "KR")
KR_SCHOOL = T("snu-class", "서울대학교 정보보호 수업", "academic", None, "KR")
AR_BANK = T("stc-pay", "STC Pay - KYC", "commercial", None, "SA")
AR_NGO = T("smex", "SMEX digital rights", "nonprofit", None, "LB")
US_CITY = T("oak-records", "City of Oakland Public Records Unit", "government", None, "US")
# integrators
INT_A = T("visionbridge", "VisionBridge Analytics", "commercial", None, "US", True, [US_PD, PL_SHOP, JP_POL])
INT_B = T("orbis", "Orbis Sistemas Seguridad", "commercial", None, "TR", True, [TR_EGM, TR_RETAIL])
INT_C = T("kaito", "カイトソリューションズ", "commercial", None, "JP", True, [JP_POL, JP_HR, US_SHERIFF])
INT_D = T("sigma", "Сигма Интеграция", "commercial", None, "RU", True, [RU_MVD, RU_BANK])
INT_E = T("nuri", "누리비전", "commercial", None, "KR", True, [KR_POL, KR_FIN, US_TRANSIT])
INT_F = T("basira", "بصيرة للحلول", "commercial", None, "AE", True, [AE_POL, AR_BANK])

# --- body helpers -----------------------------------------------------------
def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    return {"role": "user", "content": [{"type": "text", "text": text}] + [img(i) for i in imgs]}

def S(text):
    return {"role": "system", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def chat(*messages, tools=None, model="gpt-4o", metadata=None):
    b = {"model": model, "messages": list(messages)}
    if tools:
        b["tools"] = tools
    if metadata:
        b["metadata"] = metadata
    return b

def tool(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": "string", "description": v} for k, v in props.items()},
                           "required": list(props)[:1]}}}

def TR_(name, args, content):
    """an assistant tool call followed by its tool result"""
    import json
    cid = "call_" + name[:6]
    return [{"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
             "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": cid, "content": content}]

def emb(*items, model="multimodal-embed-1"):
    return {"model": model, "input": list(items)}

def resp(text, *imgs, instructions=None, model="gpt-4.1"):
    content = [{"type": "input_text", "text": text}] + [{"type": "input_image", "image_url": "kit:" + i} for i in imgs]
    b = {"model": model, "input": [{"role": "user", "content": content}]}
    if instructions:
        b["instructions"] = instructions
    return b

def L(purpose, rt=None, mob=None, unc=None):
    return {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}

def R(lang, voice, cls, tenant, body, labels, headers=None, endpoint="/v1/chat/completions"):
    return {"lang": lang, "voice": voice, "class": cls, "tenant": tenant, "endpoint": endpoint,
            "headers": headers or {}, "body": body, "labels": labels}

# --- derivation (FORMAT.md rules) ------------------------------------------
def _is_le(o):
    return o["sector"] == "law_enforcement"

def _is_us_police(o):
    return _is_le(o) and o["le_type"] == "police" and o["country"] == "US"

def derive(rec):
    t, lab = rec["tenant"], rec["labels"]
    recog = lab["purpose"] in RECOG
    if not recog:
        return "allowed", ["allow"], []
    orgs = [t]
    unknown_customer = False
    if t["integrator"]:
        named = rec["headers"].get("X-Usegate-End-Customer") or (rec["body"].get("metadata") or {}).get("end_customer")
        reg = {c["id"]: c for c in t["end_customers"]}
        if named and named in reg:
            orgs = [reg[named]]
        else:
            unknown_customer = True
            orgs = [t] + t["end_customers"]   # any of them is plausible
    ctx = [lab["real_time"], lab["mobile_camera"], lab["uncontrolled"]]
    c2_ctx = "yes" if all(v is True for v in ctx) else ("no" if any(v is False for v in ctx) else "maybe")
    sure, maybe = [], []
    for o in orgs:
        c1 = _is_us_police(o)
        c2 = _is_le(o) and c2_ctx != "no"
        if c1:
            (maybe if unknown_customer else sure).append(C1)
        if c2:
            (sure if (c2_ctx == "yes" and not unknown_customer) else maybe).append(C2)
    sure = sorted(set(sure)); maybe = sorted(set(maybe) - set(sure))
    if sure:
        return "violation", ["deny"], sure
    if maybe:
        return "ambiguous", ["review", "deny"], maybe
    return "allowed", ["allow"], []
