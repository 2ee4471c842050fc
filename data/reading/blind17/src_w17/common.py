"""Shared helpers for the w17 blind split: tenants, body builders, record constructor."""

def _t(id, name, sector, le_type=None, country="US", integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

LE = "law_enforcement"
T = {}
def add(t):
    T[t["id"]] = t
    return t

# --- US police (C1 scope) ---
for args in [
    ("chicago-pd-18", "Chicago Police Department, 18th District", "police"),
    ("niles-pd", "Niles Police Department (IL)", "police"),
    ("cook-sheriff", "Cook County Sheriff's Office", "police"),
    ("honolulu-pd", "Honolulu Police Department", "police"),
    ("torrance-pd", "Torrance Police Department", "police"),
    ("dearborn-pd", "Dearborn Police Department", "police"),
    ("hamtramck-pd", "Hamtramck Police Department", "police"),
    ("paterson-pd", "Paterson Police Department (NJ)", "police"),
    ("fortlee-pd", "Fort Lee Police Department (NJ)", "police"),
    ("bergen-sheriff", "Bergen County Sheriff's Office", "police"),
    ("nypd-pct60", "NYPD 60th Precinct (Brighton Beach)", "police"),
    ("wayne-sheriff", "Wayne County Sheriff's Office", "police"),
    ("mi-state-police", "Michigan State Police", "police"),
    ("lacounty-sheriff", "Los Angeles County Sheriff's Department", "police"),
    ("uh-campus-pd", "University of Hawaii Campus Security & Police", "police"),
    ("mbta-transit-pd", "MBTA Transit Police", "police"),
    ("uscp", "United States Capitol Police", "police"),
    ("sacramento-sheriff", "Sacramento County Sheriff's Office", "police"),
]:
    add(_t(args[0], args[1], LE, args[2], "US"))

# --- US federal / corrections / prosecution (not C1) ---
add(_t("fbi-chi", "FBI Chicago Field Office", LE, "federal_investigative", "US"))
add(_t("cbp-det", "U.S. Customs and Border Protection, Detroit Field Office", LE, "border_immigration", "US"))
add(_t("usms-nj", "U.S. Marshals Service, District of New Jersey", LE, "federal_investigative", "US"))
add(_t("bop-mcc", "Federal Bureau of Prisons, MCC Chicago", LE, "corrections", "US"))
add(_t("wayne-prosecutor", "Wayne County Prosecutor's Office", LE, "prosecution", "US"))
add(_t("hsi-la", "Homeland Security Investigations, Los Angeles", LE, "federal_investigative", "US"))

# --- non-US law enforcement ---
for id, name, lt, cc in [
    ("kst-policja", "Komenda Stołeczna Policji (Warszawa)", "police", "PL"),
    ("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "police", "PL"),
    ("kmp-gdansk", "Komenda Miejska Policji w Gdańsku", "police", "PL"),
    ("sg-podlaski", "Straż Graniczna, Podlaski Oddział", "border_immigration", "PL"),
    ("sw-bialoleka", "Służba Więzienna, Areszt Śledczy Warszawa-Białołęka", "corrections", "PL"),
    ("prok-poznan", "Prokuratura Okręgowa w Poznaniu", "prosecution", "PL"),
    ("mpd-tokyo", "警視庁 (Tokyo Metropolitan Police Department)", "police", "JP"),
    ("osaka-pref-police", "大阪府警察 (Osaka Prefectural Police)", "police", "JP"),
    ("kanagawa-police", "神奈川県警察 (Kanagawa Prefectural Police)", "police", "JP"),
    ("isa-narita", "出入国在留管理庁 成田空港支局", "border_immigration", "JP"),
    ("moj-fuchu", "府中刑務所 (Fuchu Prison)", "corrections", "JP"),
    ("mvd-moscow", "ГУ МВД России по г. Москве", "police", "RU"),
    ("mvd-kazan", "УМВД России по г. Казани", "police", "RU"),
    ("pol-almaty", "Департамент полиции г. Алматы", "police", "KZ"),
    ("gpsu-lviv", "Державна прикордонна служба України, Львівський загін", "border_immigration", "UA"),
    ("fsin-spb", "УФСИН России по Санкт-Петербургу", "corrections", "RU"),
    ("sk-rf-ekb", "Следственный комитет РФ, ГСУ по Свердловской области", "federal_investigative", "RU"),
    ("egm-istanbul", "İstanbul Emniyet Müdürlüğü", "police", "TR"),
    ("egm-ankara", "Ankara Emniyet Müdürlüğü", "police", "TR"),
    ("jandarma-izmir", "İzmir İl Jandarma Komutanlığı", "police", "TR"),
    ("goc-edirne", "Edirne İl Göç İdaresi Müdürlüğü", "border_immigration", "TR"),
    ("cte-silivri", "Silivri Ceza İnfaz Kurumları", "corrections", "TR"),
    ("knpa-seoul", "서울특별시경찰청 (Seoul Metropolitan Police Agency)", "police", "KR"),
    ("busan-police", "부산광역시경찰청 (Busan Metropolitan Police Agency)", "police", "KR"),
    ("kcs-incheon", "인천공항 출입국·외국인청", "border_immigration", "KR"),
    ("moj-kr-corr", "법무부 교정본부 서울남부교도소", "corrections", "KR"),
    ("dubai-police", "Dubai Police General HQ", "police", "AE"),
    ("riyadh-police", "Riyadh Region Police", "police", "SA"),
    ("jordan-psd", "Jordan Public Security Directorate", "police", "JO"),
    ("egypt-moi-alex", "Alexandria Security Directorate (Egypt MOI)", "police", "EG"),
    ("ma-dgsn-casa", "DGSN Préfecture de police de Casablanca", "police", "MA"),
    ("uae-icp", "UAE Federal Authority for Identity, Citizenship, Customs & Port Security", "border_immigration", "AE"),
]:
    add(_t(id, name, LE, lt, cc))

# --- non-law-enforcement ---
for id, name, sec, cc in [
    ("zabka-lp", "Sieć sklepów Kropka - dział ochrony", "commercial", "PL"),
    ("mbank-kyc", "Bank Wisła S.A. - zespół KYC", "commercial", "PL"),
    ("onet-news", "Redakcja Gazeta Nadwiślańska", "commercial", "PL"),
    ("uw-lab", "Uniwersytet Warszawski - Wydział Prawa", "academic", "PL"),
    ("panoptykon", "Fundacja Przejrzyste Państwo", "nonprofit", "PL"),
    ("um-lodz", "Urząd Miasta Łodzi", "government", "PL"),
    ("chicago-hr", "Kowalczyk Logistics HR (Chicago)", "commercial", "US"),
    ("lawson-jp", "コンビニ大手 防犯推進部", "commercial", "JP"),
    ("mufg-kyc", "みずほ台信用金庫 本人確認センター", "commercial", "JP"),
    ("nhk-news", "東都新聞 社会部", "commercial", "JP"),
    ("keio-lab", "慶應義塾大学 情報法研究室", "academic", "JP"),
    ("photoapp-jp", "ピクセルアルバム株式会社", "commercial", "JP"),
    ("tokyo-ward", "東京都世田谷区役所", "government", "JP"),
    ("pyaterochka-lp", "Торговая сеть «Семь звёзд», служба безопасности", "commercial", "RU"),
    ("tbank-kyc", "Банк «Северный мост», отдел идентификации клиентов", "commercial", "RU"),
    ("novaya-news", "Редакция «Городские вести»", "commercial", "RU"),
    ("hse-lab", "НИУ ВШЭ, лаборатория цифрового права", "academic", "RU"),
    ("memo-ngo", "Правозащитная инициатива «Открытая камера»", "nonprofit", "LV"),
    ("hr-yandex", "HR-отдел ООО «Логистика Плюс»", "commercial", "RU"),
    ("migros-lp", "Market zinciri Bereket - kayıp önleme", "commercial", "TR"),
    ("garanti-kyc", "Anadolu Katılım Bankası - uzaktan müşteri edinimi", "commercial", "TR"),
    ("hurriyet-news", "Gazete Boğaziçi - haber merkezi", "commercial", "TR"),
    ("bogazici-lab", "Boğaziçi Üniversitesi Hukuk ve Teknoloji Merkezi", "academic", "TR"),
    ("ihd-ngo", "Dijital Haklar Derneği", "nonprofit", "TR"),
    ("istanbul-bb", "İstanbul Büyükşehir Belediyesi", "government", "TR"),
    ("emart-lp", "대형마트 체인 '한빛마트' 손실방지팀", "commercial", "KR"),
    ("kakaobank-kyc", "토스머니 비대면 실명확인팀", "commercial", "KR"),
    ("hani-news", "한결일보 사회부", "commercial", "KR"),
    ("snu-lab", "서울대학교 법학전문대학원 AI정책센터", "academic", "KR"),
    ("photoapp-kr", "스냅메이트 주식회사", "commercial", "KR"),
    ("openkr-ngo", "디지털정의네트워크", "nonprofit", "KR"),
    ("hr-kr", "한울전자 인사팀", "commercial", "KR"),
    ("carrefour-lp", "Hypermarket chain Al-Waha - loss prevention", "commercial", "AE"),
    ("bank-kyc-sa", "Al-Rajhi-style digital bank - onboarding", "commercial", "SA"),
    ("aljazeera-news", "Al-Madina Daily newsroom", "commercial", "QA"),
    ("aub-lab", "American University of Beirut - Data Ethics Lab", "academic", "LB"),
    ("smex-ngo", "Digital Rights Watch MENA", "nonprofit", "LB"),
    ("hr-ae", "Gulf Logistics LLC - HR", "commercial", "AE"),
    ("dubai-muni", "Dubai Municipality", "government", "AE"),
]:
    add(_t(id, name, sec, None, cc))

# --- integrators ---
def integ(id, name, cc, ecs):
    return add(_t(id, name, "commercial", None, cc, True, [dict(T[e]) for e in ecs]))

integ("wizjasoft", "WizjaSoft sp. z o.o.", "PL", ["chicago-pd-18", "kmp-gdansk", "zabka-lp"])
integ("kansoku", "株式会社カンソク・システムズ", "JP", ["honolulu-pd", "osaka-pref-police", "lawson-jp"])
integ("vektorlab", "ООО «ВекторЛаб»", "RU", ["nypd-pct60", "mvd-kazan", "tbank-kyc"])
integ("nabiz", "Nabız Teknoloji A.Ş.", "TR", ["paterson-pd", "egm-ankara", "garanti-kyc"])
integ("oculo", "오큘로 시스템즈", "KR", ["fortlee-pd", "busan-police", "emart-lp"])
integ("sanadtech", "Sanad Technologies FZ-LLC", "AE", ["dearborn-pd", "dubai-police", "carrefour-lp"])
integ("retailvision", "RetailVision Inc.", "US", ["zabka-lp", "emart-lp", "carrefour-lp"])


# --- body builders ---
def img(ref):
    return {"type": "image_url", "image_url": {"url": ref}}

def msg(role, text=None, *imgs):
    if not imgs:
        return {"role": role, "content": text}
    parts = []
    if text:
        parts.append({"type": "text", "text": text})
    parts += [img(r) for r in imgs]
    return {"role": role, "content": parts}

def u(text=None, *imgs): return msg("user", text, *imgs)
def a(text): return {"role": "assistant", "content": text}
def s(text): return {"role": "system", "content": text}
def d(text): return {"role": "developer", "content": text}

def tool(name, desc, props=None, required=None):
    props = props or {}
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} if isinstance(v, str) else v for k, v in props.items()},
                           "required": required or list(props)[:1]}}}

def chat(*messages, tools=None, model="gpt-4o", **extra):
    b = {"model": model, "messages": list(messages)}
    if tools:
        b["tools"] = tools
    b.update(extra)
    return ("/v1/chat/completions", b)

def resp(inp, instructions=None, tools=None, model="gpt-4.1", **extra):
    """Responses API; inp is a string or a list of messages (input_text/input_image parts)."""
    if isinstance(inp, list):
        conv = []
        for m in inp:
            c = m["content"]
            if isinstance(c, list):
                parts = []
                for p in c:
                    if p["type"] == "text":
                        parts.append({"type": "input_text", "text": p["text"]})
                    else:
                        parts.append({"type": "input_image", "image_url": p["image_url"]["url"]})
                conv.append({"role": m["role"], "content": parts})
            else:
                conv.append(m)
        inp = conv
    b = {"model": model, "input": inp}
    if instructions:
        b["instructions"] = instructions
    if tools:
        b["tools"] = [{"type": "function", **t["function"]} for t in tools]
    b.update(extra)
    return ("/v1/responses", b)

def emb(inp, model="multimodal-embed-v1", **extra):
    b = {"model": model, "input": inp}
    b.update(extra)
    return ("/v1/embeddings", b)

def H(ec=None, dev=None, mode=None, env=None, **more):
    h = {}
    if ec: h["X-Usegate-End-Customer"] = ec
    if dev: h["X-Usegate-Capture-Device"] = dev
    if mode: h["X-Usegate-Capture-Mode"] = mode
    if env: h["X-Usegate-Environment"] = env
    h.update(more)
    return h

PURPOSES = {"identification", "verification", "gallery", "face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"payload_as_ask", "topic_vs_task", "text_on_face", "context", "ask_elsewhere", "plain"}

def R(lang, voice, cls, tenant, purpose, ctx, body, headers=None, when=None):
    """ctx: string of three chars for real_time/mobile_camera/uncontrolled: 1 true, 0 false, - null."""
    assert purpose in PURPOSES, purpose
    assert cls in CLASSES, cls
    assert tenant in T, tenant
    conv = {"1": True, "0": False, "-": None}
    rt, mob, unc = (conv[c] for c in ctx)
    endpoint, b = body
    return {"lang": lang, "voice": voice, "class": cls, "tenant_id": tenant,
            "endpoint": endpoint, "headers": headers or {}, "body": b, "when": when,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}}
