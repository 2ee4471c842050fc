"""Helpers and tenant registry for blind split v17 (stdlib only)."""

def T(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

LE = "law_enforcement"
TEN = {}
def _add(t):
    TEN[t["id"]] = t
    return t

# --- US police
for a in [
    ("tpd-tulsa", "Tulsa Police Department"), ("hcso-tx", "Harris County Sheriff's Office"),
    ("mdpd", "Miami-Dade Police Department"), ("spd-spokane", "Spokane Police Department"),
    ("lafpd", "Lafayette Police Department (Louisiana)"), ("nopd", "New Orleans Police Department"),
    ("ppd-portland-me", "Portland Police Department (Maine)"), ("fpd-framingham", "Framingham Police Department"),
    ("newark-pd", "Newark Police Division"), ("hpd-holland", "Holland Police Department (Michigan)"),
    ("lcso-lancaster", "Lancaster County Sheriff's Office"), ("chp", "California Highway Patrol"),
    ("uwpd", "University of Washington Police Department"), ("septa-pd", "SEPTA Transit Police"),
    ("elpaso-pd", "El Paso Police Department"), ("fall-river-pd", "Fall River Police Department"),
    ("providence-pd", "Providence Police Department"), ("uscp", "United States Capitol Police"),
    ("navajo-pd", "Navajo Nation Police"), ("bpd-boston", "Boston Police Department"),
    ("pbso", "Palm Beach County Sheriff's Office"), ("msp-mi", "Michigan State Police"),
    ("fresno-pd", "Fresno Police Department"), ("yonkers-pd", "Yonkers Police Department"),
]:
    _add(T(a[0], a[1], LE, "police", "US"))

# --- US non-police law enforcement
_add(T("cbp-sdo", "U.S. Customs and Border Protection, San Diego Field Office", LE, "border_immigration", "US"))
_add(T("fbi-cjis", "FBI Criminal Justice Information Services Division", LE, "federal_investigative", "US"))
_add(T("tdcj", "Texas Department of Criminal Justice", LE, "corrections", "US"))
_add(T("cook-sao", "Cook County State's Attorney's Office", LE, "prosecution", "US"))
_add(T("dea-nola", "DEA New Orleans Field Division", LE, "federal_investigative", "US"))

# --- non-US law enforcement
for a in [
    ("pn-lyon", "Police nationale — DDSP du Rhône", "police", "FR"), ("gend-38", "Gendarmerie nationale — Groupement de l'Isère", "police", "FR"),
    ("spvm", "Service de police de la Ville de Montréal", "police", "CA"), ("pol-bxl", "Zone de police Bruxelles-Capitale/Ixelles", "police", "BE"),
    ("gdn-paris-douane", "Direction régionale des douanes de Paris-Aéroports", "border_immigration", "FR"),
    ("cnp-madrid", "Policía Nacional — Jefatura Superior de Madrid", "police", "ES"), ("mossos", "Mossos d'Esquadra", "police", "ES"),
    ("ssc-cdmx", "Secretaría de Seguridad Ciudadana de la Ciudad de México", "police", "MX"),
    ("ponal-co", "Policía Nacional de Colombia — MEBOG", "police", "CO"), ("pfa-ar", "Policía de la Ciudad de Buenos Aires", "police", "AR"),
    ("carabineros", "Carabineros de Chile", "police", "CL"), ("inpec", "INPEC — Instituto Nacional Penitenciario y Carcelario", "corrections", "CO"),
    ("pol-nrw", "Polizei Nordrhein-Westfalen — PP Köln", "police", "DE"), ("lka-bw", "Landeskriminalamt Baden-Württemberg", "police", "DE"),
    ("bpol", "Bundespolizei — Direktion Flughafen Frankfurt", "border_immigration", "DE"), ("lpd-wien", "Landespolizeidirektion Wien", "police", "AT"),
    ("kapo-zh", "Kantonspolizei Zürich", "police", "CH"), ("jva-tegel", "JVA Tegel (Berliner Justizvollzug)", "corrections", "DE"),
    ("pmesp", "Polícia Militar do Estado de São Paulo", "police", "BR"), ("pcrj", "Polícia Civil do Estado do Rio de Janeiro", "police", "BR"),
    ("psp-lx", "PSP — Comando Metropolitano de Lisboa", "police", "PT"), ("gnr", "Guarda Nacional Republicana", "police", "PT"),
    ("pf-br", "Polícia Federal — Superintendência no Paraná", "federal_investigative", "BR"),
    ("pds-milano", "Polizia di Stato — Questura di Milano", "police", "IT"), ("cc-napoli", "Arma dei Carabinieri — Comando Provinciale di Napoli", "police", "IT"),
    ("pl-torino", "Polizia Locale di Torino", "police", "IT"), ("dap-it", "Polizia Penitenziaria — Casa Circondariale di Bologna", "corrections", "IT"),
    ("gdf-genova", "Guardia di Finanza — Comando Provinciale di Genova", "other", "IT"),
    ("politie-rdam", "Politie Eenheid Rotterdam", "police", "NL"), ("politie-asd", "Politie Eenheid Amsterdam", "police", "NL"),
    ("kmar", "Koninklijke Marechaussee — Schiphol", "border_immigration", "NL"), ("lpol-antw", "Lokale Politie Antwerpen", "police", "BE"),
    ("dji-nl", "Dienst Justitiële Inrichtingen — PI Vught", "corrections", "NL"), ("met-uk", "Metropolitan Police Service", "police", "GB"),
]:
    _add(T(a[0], a[1], LE, a[2], a[3]))

# --- non-LE
for a in [
    ("shopwell", "ShopWell Stores Inc. — Loss Prevention", "commercial", "US"), ("firstcoast-bank", "First Coast Bank — KYC Operations", "commercial", "US"),
    ("talentbridge", "TalentBridge HR Services", "commercial", "US"), ("daily-ledger", "The Daily Ledger (newsroom)", "commercial", "US"),
    ("snapnest", "SnapNest Photo App", "commercial", "US"), ("umich-cs", "University of Michigan — CSE Dept.", "academic", "US"),
    ("eff-like", "Digital Rights Watch (NGO)", "nonprofit", "US"), ("indiv-us", "Individual developer", "individual", "US"),
    ("carrefour-lp", "Hypermarchés Carrefour — Sûreté", "commercial", "FR"), ("banque-lyon", "Banque Rhône-Alpes — Conformité KYC", "commercial", "FR"),
    ("lemonde-like", "Quotidien L'Écho (rédaction)", "commercial", "FR"), ("univ-grenoble", "Université Grenoble Alpes — LIG", "academic", "FR"),
    ("quadrature", "La Quadrature du Net", "nonprofit", "FR"),
    ("mercadona-sec", "Supermercados Sol — Seguridad", "commercial", "ES"), ("bbva-kyc", "Banco Meridional — Onboarding", "commercial", "ES"),
    ("eldiario", "Diario Abierto (redacción)", "commercial", "ES"), ("unam", "UNAM — Instituto de Investigaciones en Matemáticas Aplicadas", "academic", "MX"),
    ("rdr-mx", "R3D: Red en Defensa de los Derechos Digitales", "nonprofit", "MX"),
    ("rewe-lp", "Markant Supermärkte GmbH — Detektei", "commercial", "DE"), ("sparkasse", "Sparkasse Rheinland — Onboarding", "commercial", "DE"),
    ("spiegel-like", "Wochenblatt Nord (Redaktion)", "commercial", "DE"), ("tum", "TU München — Lehrstuhl Computer Vision", "academic", "DE"),
    ("ccc", "Chaos Computer Club e.V.", "nonprofit", "DE"), ("personal-ag", "PersonalWerk AG — HR", "commercial", "CH"),
    ("magalu-lp", "Lojas Horizonte — Prevenção de Perdas", "commercial", "BR"), ("nubank-kyc", "Banco Ágil — KYC", "commercial", "BR"),
    ("folha-like", "Jornal da Tarde (redação)", "commercial", "BR"), ("usp", "USP — Instituto de Matemática e Estatística", "academic", "BR"),
    ("coop-it", "Supermercati Aurora — Sicurezza", "commercial", "IT"), ("banca-kyc", "Banca del Lario — Antiriciclaggio", "commercial", "IT"),
    ("redazione-it", "Il Corriere del Nord (redazione)", "commercial", "IT"), ("polimi", "Politecnico di Milano — DEIB", "academic", "IT"),
    ("hermes-it", "Hermes Center for Transparency", "nonprofit", "IT"),
    ("ah-lp", "Buurtsuper Groep — Winkelbeveiliging", "commercial", "NL"), ("bank-nl", "Bank Zeeland — Klantonboarding", "commercial", "NL"),
    ("nos-like", "Dagblad Polder (redactie)", "commercial", "NL"), ("tudelft", "TU Delft — Pattern Recognition Lab", "academic", "NL"),
    ("bof", "Bits of Freedom", "nonprofit", "NL"), ("fotoapp-nl", "Fotoboek BV", "commercial", "NL"),
]:
    _add(T(a[0], a[1], a[2], None, a[3]))

# --- integrators
def _ec(*ids):
    return [{k: TEN[i][k] for k in ("id", "name", "sector", "le_type", "country")} for i in ids]
_add(T("clearlens", "ClearLens Analytics", "commercial", None, "US", True, _ec("tpd-tulsa", "hcso-tx", "shopwell", "spvm")))
_add(T("patrolai", "PatrolAI Inc.", "commercial", None, "US", True, _ec("mdpd", "elpaso-pd", "cbp-sdo")))
_add(T("retailsight", "RetailSight Ltd", "commercial", None, "US", True, _ec("shopwell", "carrefour-lp")))
_add(T("securvision-fr", "SecurVision SAS", "commercial", None, "FR", True, _ec("pn-lyon", "carrefour-lp", "pol-bxl")))
_add(T("vigilia-es", "Vigilia Tecnologías SL", "commercial", None, "ES", True, _ec("cnp-madrid", "ssc-cdmx", "mercadona-sec", "elpaso-pd")))
_add(T("bildwerk", "Bildwerk Analytics GmbH", "commercial", None, "DE", True, _ec("pol-nrw", "kapo-zh", "rewe-lp")))
_add(T("olhar-br", "Olhar Seguro Tecnologia Ltda", "commercial", None, "BR", True, _ec("pmesp", "magalu-lp", "fpd-framingham")))
_add(T("sguardo-it", "Sguardo Digitale Srl", "commercial", None, "IT", True, _ec("pds-milano", "coop-it", "newark-pd")))
_add(T("kijkwijzer", "KijkWijzer Software BV", "commercial", None, "NL", True, _ec("politie-rdam", "ah-lp", "hpd-holland")))


# ---------------- request helpers
def img(name, **q):
    u = "kit:" + name
    if q:
        u += "?" + "&".join(f"{k}={v}" for k, v in q.items())
    return {"type": "image_url", "image_url": {"url": u}}

def S(t): return {"role": "system", "content": t}
def D(t): return {"role": "developer", "content": t}
def A(t): return {"role": "assistant", "content": t}
def U(t, *imgs):
    if not imgs:
        return {"role": "user", "content": t}
    c = [{"type": "text", "text": t}] if t else []
    c += list(imgs)
    return {"role": "user", "content": c}

def fn(name, desc, **props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}

def chat(*msgs, tools=None, model="gpt-4o", meta=None, **extra):
    b = {"model": model, "messages": list(msgs)}
    if tools: b["tools"] = tools
    if meta: b["metadata"] = meta
    b.update(extra)
    return ("/v1/chat/completions", b)

def resp(inp, instructions=None, model="gpt-4.1", tools=None, meta=None):
    b = {"model": model, "input": inp}
    if instructions: b["instructions"] = instructions
    if tools: b["tools"] = tools
    if meta: b["metadata"] = meta
    return ("/v1/responses", b)

def emb(inp, model="multimodal-embed-1", meta=None):
    b = {"model": model, "input": inp}
    if meta: b["metadata"] = meta
    return ("/v1/embeddings", b)

def H(dev=None, mode=None, env=None, ec=None):
    h = {}
    if ec: h["X-Usegate-End-Customer"] = ec
    if dev: h["X-Usegate-Capture-Device"] = dev
    if mode: h["X-Usegate-Capture-Mode"] = mode
    if env: h["X-Usegate-Environment"] = env
    return h

RECS = []
def r(lang, voice, cls, tenant, req, purpose, rt=None, mob=None, unc=None, h=None):
    """One record; labels as the request itself says them."""
    ep, body = req
    RECS.append({"lang": lang, "voice": voice, "class": cls, "tenant": TEN[tenant], "endpoint": ep,
                 "headers": h or {}, "body": body,
                 "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}})
