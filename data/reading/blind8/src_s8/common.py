"""Tenants and small body helpers (no text generation: every text is written in records_*.py)."""
REC = {"identification", "verification", "gallery"}

def T(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

_ec_pol = T("brk-pd", "Brookfield Police Department", "law_enforcement", "police", "US")
_ec_shop = T("halvor-retail", "Halvor Home Stores", "commercial", None, "US")
_ec_nlpol = T("pol-oost", "Politie Eenheid Oost-Nederland", "law_enforcement", "police", "NL")
_ec_bank = T("banco-atl", "Banco Atlántico Digital", "commercial", None, "ES")
_ec_sheriff = T("mcso-az", "Mesa Ridge County Sheriff's Office", "law_enforcement", "police", "US")

TENANTS = {t["id"]: t for t in [
    T("lakeport-pd", "Lakeport Police Department", "law_enforcement", "police", "US"),
    T("dcso", "Dorran County Sheriff's Office", "law_enforcement", "police", "US"),
    T("nm-hp", "Northmarch State Highway Patrol", "law_enforcement", "police", "US"),
    T("ucv-campus", "University of Coldwater Campus Police", "law_enforcement", "police", "US"),
    T("metro-transit-pd", "Metro Transit Police", "law_enforcement", "police", "US"),
    T("tribal-pd", "Red Hawk Nation Tribal Police", "law_enforcement", "police", "US"),
    T("fed-inv", "Federal Investigations Field Office (Midwest)", "law_enforcement", "federal_investigative", "US"),
    T("cbp-port", "Port of Entry Operations Unit", "law_enforcement", "border_immigration", "US"),
    T("doc-state", "State Department of Corrections", "law_enforcement", "corrections", "US"),
    T("da-office", "Harbor County District Attorney", "law_enforcement", "prosecution", "US"),
    T("pn-lyon", "Police nationale - DDSP du Rhône", "law_enforcement", "police", "FR"),
    T("gend-38", "Gendarmerie nationale - Groupement de l'Isère", "law_enforcement", "police", "FR"),
    T("pol-be", "Police fédérale belge", "law_enforcement", "police", "BE"),
    T("pn-es", "Policía Nacional - Jefatura Superior de Andalucía", "law_enforcement", "police", "ES"),
    T("mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES"),
    T("pol-mx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX"),
    T("lapo-nrw", "Polizei Nordrhein-Westfalen - PP Köln", "law_enforcement", "police", "DE"),
    T("bpol", "Bundespolizeidirektion München", "law_enforcement", "border_immigration", "DE"),
    T("psp-lx", "PSP - Comando Metropolitano de Lisboa", "law_enforcement", "police", "PT"),
    T("pm-sp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "police", "BR"),
    T("carab", "Arma dei Carabinieri - Comando Provinciale di Torino", "law_enforcement", "police", "IT"),
    T("polstato-mi", "Polizia di Stato - Questura di Milano", "law_enforcement", "police", "IT"),
    T("politie-adam", "Politie Eenheid Amsterdam", "law_enforcement", "police", "NL"),
    T("kmar", "Koninklijke Marechaussee", "law_enforcement", "border_immigration", "NL"),
    T("halvor-retail", "Halvor Home Stores", "commercial", None, "US"),
    T("banco-atl", "Banco Atlántico Digital", "commercial", None, "ES"),
    T("fotofam", "FotoFamilia Apps Lda", "commercial", None, "PT"),
    T("hr-staffing", "Staffwerk Personal GmbH", "commercial", None, "DE"),
    T("lemonde-lab", "Rédaction Numérique Hexa", "commercial", None, "FR"),
    T("uni-bo", "Università di Bologna - DISI", "academic", None, "IT"),
    T("bitsfree", "Stichting Vrijdata", "nonprofit", None, "NL"),
    T("cityhall-nl", "Gemeente Zuidkerk", "government", None, "NL"),
    T("indiv", "Private user", "individual", None, "US"),
    T("lensco", "LensCo Video Analytics", "commercial", None, "US", True, [_ec_pol, _ec_shop, _ec_sheriff]),
    T("visiotech", "VisioTech Europa SL", "commercial", None, "ES", True, [_ec_bank, _ec_nlpol]),
]}

def img(ref): return {"type": "image_url", "image_url": {"url": ref}}
def u(text, *imgs):
    if not imgs: return {"role": "user", "content": text}
    return {"role": "user", "content": [{"type": "text", "text": text}] + [img(i) for i in imgs]}
def s(text): return {"role": "system", "content": text}
def a(text): return {"role": "assistant", "content": text}
def chat(*msgs, model="gpt-4o", tools=None, metadata=None):
    b = {"model": model, "messages": list(msgs)}
    if tools: b["tools"] = tools
    if metadata: b["metadata"] = metadata
    return b
def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}
def R(lang, voice, cls, tenant, body, purpose, rt=None, mc=None, unc=None, endpoint=None, headers=None):
    r = {"lang": lang, "voice": voice, "cls": cls, "tenant": tenant, "body": body, "purpose": purpose,
         "rt": rt, "mc": mc, "unc": unc}
    if endpoint: r["endpoint"] = endpoint
    if headers: r["headers"] = headers
    return r

TENANTS.update({t["id"]: t for t in [
    T("met-uk", "Metropolitan Police Service", "law_enforcement", "police", "GB"),
    T("rcmp-bc", "RCMP E Division", "law_enforcement", "police", "CA"),
    T("qps-au", "Queensland Police Service", "law_enforcement", "police", "AU"),
    T("spq", "Service de police de la Ville de Québec", "law_enforcement", "police", "CA"),
    T("gnr-pt", "Guarda Nacional Republicana", "law_enforcement", "police", "PT"),
    T("gdf", "Guardia di Finanza - Comando Regionale Lazio", "law_enforcement", "other", "IT"),
    T("pol-vl", "Politiezone Antwerpen", "law_enforcement", "police", "BE"),
    T("miami-pd", "Harbor City Police Department", "law_enforcement", "police", "US"),
]})

TENANTS.update({t["id"]: t for t in [
    T("capitol-pd", "State Capitol Police", "law_enforcement", "police", "US"),
    T("parks-pd", "Regional Park Police", "law_enforcement", "police", "US"),
    T("guardia-civil", "Guardia Civil - Comandancia de Málaga", "law_enforcement", "police", "ES"),
    T("polizia-loc", "Polizia Locale di Roma Capitale", "law_enforcement", "police", "IT"),
    T("pj-pt", "Polícia Judiciária", "law_enforcement", "federal_investigative", "PT"),
    T("pf-br", "Polícia Federal - Superintendência RJ", "law_enforcement", "federal_investigative", "BR"),
    T("bka-de", "Landeskriminalamt Baden-Württemberg", "law_enforcement", "police", "DE"),
    T("om-nl", "Openbaar Ministerie - Arrondissementsparket Rotterdam", "law_enforcement", "prosecution", "NL"),
]})
