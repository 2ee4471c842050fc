"""Tenants and small helpers shared by the hand-written record files (no text generation here)."""


def org(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


_EC_SPD = org("spd", "Springfield Police Department", "law_enforcement", "US", "police")
_EC_PCSO = org("pcso", "Pine County Sheriff's Office", "law_enforcement", "US", "police")
_EC_MALL = org("northgate-mall", "Northgate Mall Security LLC", "commercial", "US")
_EC_BANK = org("hanse-bank", "Hanse Direktbank AG", "commercial", "DE")
_EC_POLNL = org("politie-ohn", "Politie Eenheid Oost-Nederland", "law_enforcement", "NL", "police")
_EC_USMS = org("usms-d", "US Marshals Service, District Office", "law_enforcement", "US", "federal_investigative")
_EC_PN = org("pn-lyon", "Police nationale - DDSP du Rhône", "law_enforcement", "FR", "police")
_EC_SHOP = org("moda-rete", "ModaRete S.p.A.", "commercial", "IT")

TENANTS = {
    # US police (C1 applies)
    "spd": _EC_SPD,
    "pcso": _EC_PCSO,
    "hwp": org("ohp", "Ohio State Highway Patrol, District 4", "law_enforcement", "US", "police"),
    "campus": org("umpd", "University of Midvale Police Department", "law_enforcement", "US", "police"),
    "transit": org("mtpd", "Metro Transit Police Department", "law_enforcement", "US", "police"),
    "tribal": org("crtp", "Cedar River Tribal Police", "law_enforcement", "US", "police"),
    "parkpol": org("usppf", "United States Park Police", "law_enforcement", "US", "police"),
    "elpaso": org("vpd-tx", "Valle Verde Police Department (TX)", "law_enforcement", "US", "police"),
    "miami": org("bcpd-fl", "Bayshore City Police Department (FL)", "law_enforcement", "US", "police"),
    # US law enforcement that is not police
    "fedinv": org("fio-us", "Federal Investigations Field Office, Chicago", "law_enforcement", "US", "federal_investigative"),
    "cbp": org("cbp-sd", "U.S. Customs and Border Protection, San Diego Field Office", "law_enforcement", "US", "border_immigration"),
    "doc": org("sdoc", "State Department of Corrections (MN)", "law_enforcement", "US", "corrections"),
    "da": org("mcpo", "Marion County Prosecutor's Office", "law_enforcement", "US", "prosecution"),
    # non-US law enforcement
    "pn": _EC_PN,
    "gn": org("gn-34", "Gendarmerie nationale - Groupement de l'Hérault", "law_enforcement", "FR", "police"),
    "spvm": org("spvm", "Service de police de la Ville de Montréal", "law_enforcement", "CA", "police"),
    "pnes": org("pn-es-mad", "Policía Nacional - Jefatura Superior de Madrid", "law_enforcement", "ES", "police"),
    "mossos": org("mossos", "Mossos d'Esquadra - Regió Metropolitana Barcelona", "law_enforcement", "ES", "police"),
    "ssc": org("ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "MX", "police"),
    "fiscalia": org("fgn-co", "Fiscalía General de la Nación (CO)", "law_enforcement", "CO", "prosecution"),
    "polberlin": org("pol-be", "Polizei Berlin, Direktion 5", "law_enforcement", "DE", "police"),
    "bpol": org("bpol-muc", "Bundespolizeiinspektion Flughafen München", "law_enforcement", "DE", "border_immigration"),
    "lpdw": org("lpd-wien", "Landespolizeidirektion Wien", "law_enforcement", "AT", "police"),
    "kapo": org("kapo-zh", "Kantonspolizei Zürich", "law_enforcement", "CH", "police"),
    "psp": org("psp-lx", "PSP - Comando Metropolitano de Lisboa", "law_enforcement", "PT", "police"),
    "pmsp": org("pmesp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "BR", "police"),
    "pcsp": org("pc-sp", "Polícia Civil de São Paulo - DEIC", "law_enforcement", "BR", "police"),
    "poldist": org("ps-qmi", "Polizia di Stato - Questura di Milano", "law_enforcement", "IT", "police"),
    "cc": org("cc-rm", "Arma dei Carabinieri - Comando Provinciale di Roma", "law_enforcement", "IT", "police"),
    "plocale": org("pl-to", "Polizia Locale di Torino", "law_enforcement", "IT", "police"),
    "politie": _EC_POLNL,
    "kmar": org("kmar-sch", "Koninklijke Marechaussee - Brigade Schiphol", "law_enforcement", "NL", "border_immigration"),
    "pzgent": org("pz-gent", "Politiezone Gent", "law_enforcement", "BE", "police"),
    "met": org("met-uk", "Metropolitan Police Service", "law_enforcement", "GB", "police"),
    # not law enforcement
    "retail_us": org("shopwell", "ShopWell Stores Inc.", "commercial", "US"),
    "bank_fr": org("banque-lumen", "Banque Lumen SA", "commercial", "FR"),
    "fintech_es": org("pagafacil", "PagaFácil Fintech S.L.", "commercial", "ES"),
    "hr_de": org("personalwerk", "Personalwerk GmbH", "commercial", "DE"),
    "photo_pt": org("fotinha", "Fotinha Apps Lda.", "commercial", "PT"),
    "retail_it": org("supermerc", "SuperMercato Italia S.r.l.", "commercial", "IT"),
    "bank_nl": org("kasbank-nl", "Kasbank Digitaal B.V.", "commercial", "NL"),
    "news_us": org("ledger", "The Riverside Ledger", "commercial", "US"),
    "news_fr": org("mediapart-like", "Le Quotidien du Rhône", "commercial", "FR"),
    "uni_es": org("uc3m-lab", "Laboratorio de Visión, Universidad (ES)", "academic", "ES"),
    "uni_nl": org("tud-lab", "TU Delft Computer Vision Lab", "academic", "NL"),
    "ngo_us": org("csl", "Civil Surveillance Litigation Project", "nonprofit", "US"),
    "ngo_de": org("digiges", "Digitale Freiheit e.V.", "nonprofit", "DE"),
    "city_it": org("comune-bo", "Comune di Bologna - Ufficio Trasparenza", "government", "IT"),
    "city_us": org("sprfld-city", "City of Springfield - City Clerk", "government", "US"),
    "indiv": org("indiv-4471", "Individual developer account", "individual", "US"),
    "stadium_pt": org("estadio-sa", "Estádio Municipal SAD", "commercial", "PT"),
    # integrators
    "veridex": org("veridex", "Veridex Vision Inc.", "commercial", "US", integrator=True,
                   end_customers=[_EC_SPD, _EC_PCSO, _EC_MALL, _EC_USMS]),
    "lensco_eu": org("lensco-eu", "LensCo Europe B.V.", "commercial", "NL", integrator=True,
                     end_customers=[_EC_POLNL, _EC_BANK, _EC_PN, _EC_SHOP]),
    "retailsaas": org("shelfeye", "ShelfEye SaaS S.L.", "commercial", "ES", integrator=True,
                      end_customers=[_EC_SHOP, _EC_BANK]),
}

RECORDS = []


def R(lang, voice, cls, tenant, body, purpose, rt=None, mob=None, unc=None, **kw):
    """Append one hand-written record. Labels are set by hand by the caller."""
    assert tenant in TENANTS, tenant
    d = {"lang": lang, "voice": voice, "cls": cls, "tenant": tenant, "body": body,
         "purpose": purpose, "rt": rt, "mob": mob, "unc": unc}
    d.update(kw)
    RECORDS.append(d)


# message helpers (pure wrappers; the words are in the record files)
def s(text):
    return {"role": "system", "content": text}


def u(text, *images):
    if not images:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}]
    for im in images:
        parts.append({"type": "image_url", "image_url": {"url": im}})
    return {"role": "user", "content": parts}


def a(text):
    return {"role": "assistant", "content": text}


def chat(*msgs, model="gpt-4o", tools=None, metadata=None):
    b = {"model": model, "messages": list(msgs)}
    if tools:
        b["tools"] = tools
    if metadata:
        b["metadata"] = metadata
    return b


def fn(name, description, props, required=None):
    return {"type": "function", "function": {"name": name, "description": description,
            "parameters": {"type": "object", "properties": props, "required": required or list(props)}}}


def call(name, args_json, cid="call_1"):
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": cid, "type": "function", "function": {"name": name, "arguments": args_json}}]}


def tool(cid, content):
    return {"role": "tool", "tool_call_id": cid, "content": content}


def emb(*items, model="multimodal-embed-1"):
    return {"model": model, "input": list(items)}


def resp(input_, instructions=None, model="gpt-4.1", tools=None):
    b = {"model": model, "input": input_}
    if instructions:
        b["instructions"] = instructions
    if tools:
        b["tools"] = tools
    return b
