"""Shared helpers for the v14 blind split. Records are hand-written in rec_*.py."""
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}

def T(id, name, sector, le_type, country, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end_customers)}

def E(id, name, sector, le_type, country):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}

_rock = E("rockport-pd", "Rockport Police Department", "law_enforcement", "police", "US")
_mall = E("harbor-mall", "Harbor Point Mall Security", "commercial", None, "US")
_bank = E("banco-aurora", "Banco Aurora", "commercial", None, "ES")
_npol = E("politie-oost", "Politie Eenheid Oost-Nederland", "law_enforcement", "police", "NL")
_dept = E("tri-county-so", "Tri-County Sheriff's Office", "law_enforcement", "police", "US")
_doc = E("state-doc", "State Department of Corrections", "law_enforcement", "corrections", "US")
_hotel = E("hotel-lumiere", "Groupe Hôtelier Lumière", "commercial", None, "FR")
_bpol = E("pol-muenster", "Polizeipräsidium Münster", "law_enforcement", "police", "DE")

TEN = {
 # US police of several kinds
 "city": T("oakridge-pd", "Oakridge Police Department", "law_enforcement", "police", "US"),
 "sheriff": T("marlow-so", "Marlow County Sheriff's Office", "law_enforcement", "police", "US"),
 "hwy": T("nm-hwy", "State Highway Patrol", "law_enforcement", "police", "US"),
 "campus": T("ucr-campus-pd", "University Campus Police", "law_enforcement", "police", "US"),
 "transit": T("metro-transit-pd", "Metro Transit Police", "law_enforcement", "police", "US"),
 "tribal": T("red-lake-tribal-pd", "Tribal Police Department", "law_enforcement", "police", "US"),
 "parkpol": T("us-park-police", "United States Park Police", "law_enforcement", "police", "US"),
 "miami": T("hialeah-pd", "Hialeah Police Department", "law_enforcement", "police", "US"),
 # US law enforcement that is not police
 "fedinv": T("fed-inv-field", "Federal Investigations Field Office", "law_enforcement", "federal_investigative", "US"),
 "border": T("cbp-port", "Port of Entry Office (Border)", "law_enforcement", "border_immigration", "US"),
 "corr": T("ca-doc", "State Department of Corrections", "law_enforcement", "corrections", "US"),
 "da": T("cook-da", "County District Attorney's Office", "law_enforcement", "prosecution", "US"),
 # non-US police
 "met": T("uk-met", "Metropolitan Police Service", "law_enforcement", "police", "GB"),
 "pn": T("fr-pn", "Police nationale — DDSP du Rhône", "law_enforcement", "police", "FR"),
 "gend": T("fr-gend", "Gendarmerie nationale — groupement de l'Isère", "law_enforcement", "police", "FR"),
 "pnes": T("es-pn", "Policía Nacional — Jefatura de Valencia", "law_enforcement", "police", "ES"),
 "mossos": T("es-mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES"),
 "mx": T("mx-ssc", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX"),
 "lapo": T("de-lka", "Landespolizei Baden-Württemberg", "law_enforcement", "police", "DE"),
 "bpol": T("de-bpol", "Bundespolizei", "law_enforcement", "border_immigration", "DE"),
 "ch": T("ch-kapo", "Kantonspolizei Zürich", "law_enforcement", "police", "CH"),
 "pmsp": T("br-pmsp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "police", "BR"),
 "psp": T("pt-psp", "Polícia de Segurança Pública", "law_enforcement", "police", "PT"),
 "cc": T("it-cc", "Arma dei Carabinieri — Comando Provinciale di Torino", "law_enforcement", "police", "IT"),
 "pl": T("it-pl", "Polizia Locale di Milano", "law_enforcement", "police", "IT"),
 "nlpol": T("nl-pol", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"),
 "bepol": T("be-pol", "Politiezone Antwerpen", "law_enforcement", "police", "BE"),
 "kmar": T("nl-kmar", "Koninklijke Marechaussee", "law_enforcement", "border_immigration", "NL"),
 "rcmp": T("ca-rcmp", "RCMP — Division C", "law_enforcement", "police", "CA"),
 # integrators
 "bluecrest": T("bluecrest", "Bluecrest Analytics", "commercial", None, "US", True, [_rock, _mall, _dept, _doc]),
 "vidra": T("vidra", "Vidra Vision SAS", "commercial", None, "FR", True, [_hotel, _bank]),
 "lumen": T("lumen-eu", "Lumen Public Safety BV", "commercial", None, "NL", True, [_npol, _bpol, _bank]),
 # commercial, NGO, academic
 "retail": T("fresh-market", "FreshMarket Stores", "commercial", None, "US"),
 "kyc": T("payzo", "Payzo Fintech", "commercial", None, "GB"),
 "kycbr": T("nubra", "Nubra Pagamentos", "commercial", None, "BR"),
 "hr": T("staffly", "Staffly HR", "commercial", None, "DE"),
 "photo": T("snapnest", "SnapNest Photos", "commercial", None, "US"),
 "press": T("le-quotidien", "Le Quotidien", "commercial", None, "FR"),
 "pressit": T("cronaca", "Cronaca Nord srl", "commercial", None, "IT"),
 "pressnl": T("dagblad", "Dagblad Noord", "commercial", None, "NL"),
 "ngo": T("rights-watchers", "Rights Watchers", "nonprofit", None, "US"),
 "ngoeu": T("bits-vrijheid", "Stichting Bits van Vrijheid", "nonprofit", None, "NL"),
 "uni": T("uni-coimbra-lab", "Laboratório de Visão, Universidade", "academic", None, "PT"),
 "uniu": T("state-u", "State University CS Dept", "academic", None, "US"),
 "unide": T("tu-lab", "TU Lehrstuhl Bildverarbeitung", "academic", None, "DE"),
 "city_gov": T("madrid-ayto", "Ayuntamiento — Movilidad", "government", None, "ES"),
 "indiv": T("indiv-42", "Individual developer", "individual", None, "US"),
}

# message helpers -------------------------------------------------------
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

def FN(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": req or list(props)}}}

def derive(tenant, headers, body, labels, amb=False):
    """kind/accept/clauses from tenant, end customer and labels (FORMAT.md rules)."""
    purpose = labels["purpose"]
    recog = purpose in RECOG
    ec_id = (headers or {}).get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    if tenant["integrator"]:
        ecs = {e["id"]: e for e in tenant["end_customers"]}
        if ec_id in ecs and amb != "contra":  # a contradicted declaration does not count (SPEC s.2)
            ents, unknown = [ecs[ec_id]], False
        else:
            ents, unknown = list(ecs.values()), True
    else:
        ents, unknown = [tenant], False
    def us_pol(e): return e["sector"] == "law_enforcement" and e["le_type"] == "police" and e["country"] == "US"
    def le(e): return e["sector"] == "law_enforcement"
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    ctx_possible = all(labels[k] is not False for k in ("real_time", "mobile_camera", "uncontrolled"))
    if not unknown:
        e = ents[0]
        cl = []
        if recog and us_pol(e): cl.append(C1)
        if recog and le(e) and ctx: cl.append(C2)
        if amb:
            poss = []
            if recog or amb == "ask":
                if us_pol(e): poss.append(C1)
                if le(e) and ctx_possible: poss.append(C2)
            # a genuinely unclear ask: deny is acceptable only if a clause fires on the labels as given
            return "ambiguous", (["review", "deny"] if cl or amb == "contra" else ["review"]), poss
        if cl:
            return "violation", ["deny"], cl
        return "allowed", ["allow"], []
    # integrator, end customer unknown
    poss = []
    if recog:
        if any(us_pol(e) for e in ents): poss.append(C1)
        if any(le(e) for e in ents) and ctx_possible: poss.append(C2)
    if poss:
        return "ambiguous", ["review", "deny"], poss
    return "allowed", ["allow"], []

def R(RECS, lang, voice, cls, tenant, msgs, purpose, rt=None, mob=None, unc=None, *, endpoint="/v1/chat/completions",
      headers=None, tools=None, meta=None, amb=False, body=None, contra=False):
    if body is None:
        body = {"model": None, "messages": msgs}
        if tools: body["tools"] = tools
        if meta: body["metadata"] = meta
    RECS.append({"lang": lang, "voice": voice, "class": cls, "tenant": tenant, "endpoint": endpoint,
                 "headers": headers, "body": body, "amb": amb, "contra": contra,
                 "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}})

def EMB(items, model="clip-vit-l-14"):
    return {"model": model, "input": items}

def RESP(inp, instructions=None, tools=None, meta=None):
    b = {"model": None}
    if instructions: b["instructions"] = instructions
    b["input"] = inp
    if tools: b["tools"] = tools
    if meta: b["metadata"] = meta
    return b
