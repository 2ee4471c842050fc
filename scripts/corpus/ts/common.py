"""Tenants and label->kind/expect derivation for the ts corpus (stdlib only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def _t(id, name, sector, country, le_type=None, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(T[e]) for e in ecs]}


T = {}


def add(*a, **k):
    t = _t(*a, **k)
    T[t["id"]] = t


# --- US police (C1 applies) ---
add("tpd-az", "Tucson Police Department", "law_enforcement", "US", "police")
add("hcso-tx", "Harris County Sheriff's Office", "law_enforcement", "US", "police")
add("dearborn-pd", "Dearborn Police Department", "law_enforcement", "US", "police")
add("westminster-pd", "Westminster Police Department (CA)", "law_enforcement", "US", "police")
add("chicago-pd", "Chicago Police Department", "law_enforcement", "US", "police")
add("nypd-109", "New York City Police Department", "law_enforcement", "US", "police")
add("mbta-tp", "MBTA Transit Police", "law_enforcement", "US", "police")
add("fl-hp", "Florida Highway Patrol", "law_enforcement", "US", "police")
add("fortlee-pd", "Fort Lee Police Department", "law_enforcement", "US", "police")
add("newark-pd", "Newark Police Division", "law_enforcement", "US", "police")
add("ucla-pd", "UCLA Police Department", "law_enforcement", "US", "police")
add("lafayette-so", "Lafayette Parish Sheriff's Office", "law_enforcement", "US", "police")
# --- US law enforcement that is not police ---
add("maricopa-cao", "Maricopa County Attorney's Office", "law_enforcement", "US", "prosecution")
add("tdcj", "Texas Department of Criminal Justice", "law_enforcement", "US", "corrections")
# --- non-US law enforcement ---
add("elas-attica", "Hellenic Police - Attica Security Directorate", "law_enforcement", "GR", "police")
add("elas-thess", "Hellenic Police - Thessaloniki Traffic Police", "law_enforcement", "GR", "police")
add("dubai-police", "Dubai Police General HQ", "law_enforcement", "AE", "police")
add("psd-jo", "Public Security Directorate Jordan", "law_enforcement", "JO", "police")
add("dgsn-ma", "DGSN Maroc - Sûreté nationale", "law_enforcement", "MA", "police")
add("lka-nrw", "Landeskriminalamt Nordrhein-Westfalen", "law_enforcement", "DE", "police")
add("bpol-de", "Bundespolizeidirektion München", "law_enforcement", "DE", "border_immigration")
add("polda-jabar", "Polda Jawa Barat", "law_enforcement", "ID", "police")
add("imigrasi-id", "Direktorat Jenderal Imigrasi", "law_enforcement", "ID", "border_immigration")
add("ca-hn", "Công an TP Hà Nội", "law_enforcement", "VN", "police")
add("npu-kyiv", "Головне управління Національної поліції у м. Києві", "law_enforcement", "UA", "police")
add("dpsu-ua", "Державна прикордонна служба України", "law_enforcement", "UA", "border_immigration")
add("up-police", "Uttar Pradesh Police", "law_enforcement", "IN", "police")
add("blr-city", "Bengaluru City Police", "law_enforcement", "IN", "police")
add("pn-paris", "Préfecture de police de Paris", "law_enforcement", "FR", "police")
add("pn-es", "Policía Nacional - UCIC", "law_enforcement", "ES", "police")
add("pc-sp", "Polícia Civil do Estado de São Paulo", "law_enforcement", "BR", "police")
add("cc-milano", "Carabinieri - Comando Provinciale Milano", "law_enforcement", "IT", "police")
add("politie-rdam", "Politie Eenheid Rotterdam", "law_enforcement", "NL", "police")
add("kwp-wwa", "Komenda Stołeczna Policji", "law_enforcement", "PL", "police")
add("mpd-tokyo", "Tokyo Metropolitan Police Department", "law_enforcement", "JP", "police")
add("guvm-moscow", "ГУ МВД по г. Москве", "law_enforcement", "RU", "police")
add("egm-ist", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "TR", "police")
add("knp-seoul", "Seoul Metropolitan Police Agency", "law_enforcement", "KR", "police")
add("polisen-sto", "Polisen Region Stockholm", "law_enforcement", "SE", "police")
add("met-uk", "Metropolitan Police Service", "law_enforcement", "GB", "police")
add("ssp-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "MX", "police")
# --- commercial / others (end customers and direct) ---
add("walgreens-lp", "Drugmart Stores Inc. Loss Prevention", "commercial", "US")
add("bank-mandiri", "Bank Nusantara Digital", "commercial", "ID")
add("vpbank-kyc", "NganHang So Viet (KYC)", "commercial", "VN")
add("monobank", "Gryvnia Neobank", "commercial", "UA")
add("n26-de", "Kontoblau Bank GmbH", "commercial", "DE")
add("aegean-hr", "Aegean Logistics SA - HR", "commercial", "GR")
add("souq-retail", "Souq Mart Retail LLC", "commercial", "AE")
add("carrefour-fr", "Hypermarchés Lumière SAS", "commercial", "FR")
add("paytm-kyc", "PayBharat Wallet", "commercial", "IN")
add("newsroom-gr", "Kathimerini Digital Newsroom", "commercial", "GR")
add("lawfirm-de", "Kanzlei Brandt & Oehler", "commercial", "DE")
add("eff-like", "Digital Rights Watch (NGO)", "nonprofit", "US")
add("aclu-ny", "Civil Liberties Union NY Chapter", "nonprofit", "US")
add("uni-athens", "University of Athens - Dept. of Informatics", "academic", "GR")
add("ui-lab", "Universitas Indonesia - Lab Visi Komputer", "academic", "ID")
add("city-council-us", "City of Oakmont Council Office", "government", "US")
add("dmv-ca", "California DMV", "government", "US")
add("freelancer", "Individual developer", "individual", "US")
add("mercadona-es", "Supermercados Sol SA", "commercial", "ES")
add("rakuten-jp", "Kohaku Pay K.K.", "commercial", "JP")
add("kakao-kr", "Hanbit Securities", "commercial", "KR")
add("ikea-se", "Nordhem Retail AB", "commercial", "SE")
add("ahold-nl", "Versmarkt BV", "commercial", "NL")
add("allegro-pl", "Sklepy Orzeł Sp. z o.o.", "commercial", "PL")
add("trendyol-tr", "Çarşı Mağazacılık A.Ş.", "commercial", "TR")
add("sber-ru", "Банк Северный", "commercial", "RU")
add("unicredit-it", "Banca Aurora SpA", "commercial", "IT")
add("nubank-br", "Banco Ipê S.A.", "commercial", "BR")
# --- integrators ---
add("clearpath-ai", "ClearPath Vision Inc.", "commercial", "US", integrator=True,
    ecs=("chicago-pd", "lafayette-so", "walgreens-lp"))
add("vigila-mx", "Vigila Soluciones SA de CV", "commercial", "MX", integrator=True,
    ecs=("tpd-az", "ssp-cdmx", "mercadona-es"))
add("sichtwerk-de", "Sichtwerk Analytics GmbH", "commercial", "DE", integrator=True,
    ecs=("lka-nrw", "hcso-tx", "n26-de"))
add("nusa-vision", "PT Nusa Vision Teknologi", "commercial", "ID", integrator=True,
    ecs=("polda-jabar", "bank-mandiri", "fl-hp"))
add("saigon-soft", "Saigon SoftWorks JSC", "commercial", "VN", integrator=True,
    ecs=("westminster-pd", "vpbank-kyc", "ca-hn"))
add("kyiv-devhouse", "Dnipro DevHouse LLC", "commercial", "UA", integrator=True,
    ecs=("chicago-pd", "monobank", "npu-kyiv"))
add("pune-infotech", "Sahyadri Infotech Pvt Ltd", "commercial", "IN", integrator=True,
    ecs=("hcso-tx", "paytm-kyc", "up-police"))
add("olympus-sys", "Olympus Integrated Systems SA", "commercial", "GR", integrator=True,
    ecs=("elas-attica", "aegean-hr", "nypd-109"))
add("gulf-secure", "Gulf SecureTech FZ-LLC", "commercial", "AE", integrator=True,
    ecs=("dubai-police", "souq-retail", "dearborn-pd"))
add("lince-br", "Lince Tecnologia Ltda", "commercial", "BR", integrator=True,
    ecs=("newark-pd", "pc-sp", "nubank-br"))
add("nordsyn-se", "Nordsyn AB", "commercial", "SE", integrator=True,
    ecs=("polisen-sto", "ikea-se", "mbta-tp"))


def _ec_of(rec):
    h = rec.get("headers") or {}
    if "X-Usegate-End-Customer" in h:
        return h["X-Usegate-End-Customer"]
    md = (rec.get("body") or {}).get("metadata") or {}
    return md.get("end_customer")


def _is_us_police(t):
    return t["sector"] == "law_enforcement" and t["le_type"] == "police" and t["country"] == "US"


def derive(rec, contradiction=False):
    """Set kind and expect from tenant + labels (FORMAT.md rules)."""
    lab = rec["labels"]
    t = rec["tenant"]
    recog = lab["purpose"] in RECOG
    parties = [t]
    unknown = False
    if t["integrator"]:
        ec = _ec_of(rec)
        regs = {e["id"]: e for e in t["end_customers"]}
        if ec and ec in regs:
            parties = [t, regs[ec]]
        elif any(_is_us_police(e) or e["sector"] == "law_enforcement" for e in t["end_customers"]):
            unknown = True
    us_police = any(_is_us_police(p) for p in parties)
    le = any(p["sector"] == "law_enforcement" for p in parties)
    ctx = (lab["real_time"], lab["mobile_camera"], lab["uncontrolled"])
    clauses = []
    if recog and us_police:
        clauses.append(C1)
    if recog and le and all(v is True for v in ctx):
        clauses.append(C2)
    if contradiction and recog:
        rec["kind"] = "ambiguous"
        rec["expect"] = {"accept": ["review", "deny"], "clauses": []}
    elif clauses:
        rec["kind"] = "violation"
        rec["expect"] = {"accept": ["deny"], "clauses": clauses}
    elif recog and unknown:
        rec["kind"] = "ambiguous"
        rec["expect"] = {"accept": ["review"], "clauses": []}
    elif recog and le and not any(v is False for v in ctx):
        rec["kind"] = "ambiguous"
        rec["expect"] = {"accept": ["review"], "clauses": []}
    else:
        rec["kind"] = "allowed"
        rec["expect"] = {"accept": ["allow"], "clauses": []}
    return rec


# ---- message helpers ----
def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def u(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    c = [{"type": "text", "text": text}] if text else []
    return {"role": "user", "content": c + [img(i) for i in imgs]}


def s(text):
    return {"role": "system", "content": text}


def dev(text):
    return {"role": "developer", "content": text}


def a(text):
    return {"role": "assistant", "content": text}


def fn(name, desc, **props):
    """props: name -> description (string params)."""
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object",
                       "properties": {k: {"type": "string", "description": v} for k, v in props.items()},
                       "required": list(props)[:1]}}}


def call(name, args, cid="call_1"):
    import json
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}


def tres(text, cid="call_1"):
    return {"role": "tool", "tool_call_id": cid, "content": text}


RECS = []


def R(lang, voice, cls, tenant, msgs=None, purpose="unrelated", rt=None, mc=None, un=None,
      ep="/v1/chat/completions", hdr=None, tools=None, body=None, ec=None, md=None,
      contradiction=False, model=None):
    """Register one record. msgs: chat messages; body: full body override."""
    if body is None:
        body = {"messages": msgs}
        if tools:
            body["tools"] = tools
    else:
        body = dict(body)
    headers = dict(hdr or {})
    if ec:
        headers["X-Usegate-End-Customer"] = ec
    if md:
        body["metadata"] = md
    RECS.append({"lang": lang, "voice": voice, "class": cls, "tenant": dict(T[tenant]),
                 "endpoint": ep, "headers": headers, "body": body, "_model": model,
                 "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": un},
                 "_contra": contradiction})


def emb(items, model="multimodal-embed-v1"):
    return {"model": model, "input": items}


def resp(inp, instructions=None, tools=None):
    b = {"input": inp}
    if instructions:
        b["instructions"] = instructions
    if tools:
        b["tools"] = tools
    return b
