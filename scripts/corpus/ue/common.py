"""Shared helpers for writer `ue`: tenants, body builders, derive().

Standard library only. Records themselves are written by hand in recs_<lang>.py.
"""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOGNITION = {"identification", "verification", "gallery"}
PURPOSES = RECOGNITION | {"face_not_recognition", "writing_about_fr", "unrelated"}
CLASSES = {"plain", "context", "ask_elsewhere", "topic_vs_task", "payload_as_ask", "text_on_face"}


# --------------------------------------------------------------------------- tenants
def _t(id, name, sector, country, le_type=None, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end_customers)}


def le(id, name, country, le_type="police"):
    return _t(id, name, "law_enforcement", country, le_type)


def biz(id, name, country, sector="commercial"):
    return _t(id, name, sector, country)


def integ(id, name, country, customers, sector="commercial"):
    return _t(id, name, sector, country, integrator=True, end_customers=customers)


# US police (le_type police, country US) -> C1 territory
US_RIVERTON = le("riverton-pd", "Riverton Police Department", "US")
US_HARLAN = le("harlan-so", "Harlan County Sheriff's Office", "US")
US_BAYTRANSIT = le("baycity-transit-pd", "Bay City Transit Police", "US")
US_CAMPUS = le("eastbrook-upd", "Eastbrook University Police Department", "US")
US_STATEPATROL = le("midplains-sp", "Mid-Plains State Highway Patrol", "US")
US_PASSAIC = le("passaic-falls-pd", "Passaic Falls Police Department", "US")
US_SANISIDRO = le("san-isidro-pd", "San Isidro Police Department (TX)", "US")
US_FREMONT = le("fremont-hills-pd", "Fremont Hills Police Department", "US")
US_TRIBAL = le("red-cedar-tribal-pd", "Red Cedar Tribal Police", "US")
US_PARKPOLICE = le("harbor-park-police", "Harbor National Park Police (federal)", "US")
US_MIAMIDADE = le("coral-bend-pd", "Coral Bend Police Department (FL)", "US")
US_QUEENS = le("northshore-pd", "Northshore Police Department (NY)", "US")
# US law enforcement that is not "police" -> only C2 can apply
US_FEDINV = le("fed-inv-newark", "Federal investigative agency, Newark field office", "US", "federal_investigative")
US_BORDER = le("us-border-elpaso", "US border & immigration service, El Paso sector", "US", "border_immigration")
US_DOC = le("state-doc", "State Department of Corrections (OH)", "US", "corrections")
US_DA = le("lake-da", "Lake County District Attorney's Office", "US", "prosecution")
US_DMV = biz("state-dmv", "State Department of Motor Vehicles (fraud unit)", "US", "government")
US_CITYCLERK = biz("riverton-city-clerk", "City of Riverton, Office of the City Clerk", "US", "government")

# non-US law enforcement
FR_PN = le("fr-police-nationale", "Police nationale – DDSP du Rhône", "FR")
FR_GEND = le("fr-gendarmerie", "Gendarmerie nationale – Groupement de l'Hérault", "FR")
FR_PM = le("fr-pm-nice", "Police municipale de Nice", "FR")
BE_FED = le("be-police-federale", "Police fédérale belge – DJSOC", "BE")
CA_SPVM = le("ca-spvm", "Service de police de la Ville de Montréal", "CA")
ES_PN = le("es-policia-nacional", "Policía Nacional – Jefatura Superior de Andalucía", "ES")
ES_MOSSOS = le("es-mossos", "Mossos d'Esquadra", "ES")
ES_GC = le("es-guardia-civil", "Guardia Civil – Comandancia de Cádiz", "ES")
MX_SSC = le("mx-ssc-cdmx", "Secretaría de Seguridad Ciudadana de la CDMX", "MX")
CO_PONAL = le("co-policia-nacional", "Policía Nacional de Colombia – MEBOG", "CO")
AR_PCBA = le("ar-policia-ciudad", "Policía de la Ciudad de Buenos Aires", "AR")
IN_DELHI = le("in-delhi-police", "Delhi Police", "IN")
IN_MAHA = le("in-maharashtra-police", "Maharashtra Police – Pune City", "IN")
IN_UP = le("in-up-police", "Uttar Pradesh Police – Lucknow Commissionerate", "IN")
IN_CBI = le("in-cbi", "Central Bureau of Investigation", "IN", "federal_investigative")
ID_POLRI = le("id-polri", "Kepolisian Negara Republik Indonesia – Bareskrim", "ID")
ID_METRO = le("id-polda-metro", "Polda Metro Jaya", "ID")
ID_IMIGRASI = le("id-imigrasi", "Direktorat Jenderal Imigrasi", "ID", "border_immigration")
IT_PS = le("it-polizia-stato", "Polizia di Stato – Questura di Milano", "IT")
IT_CC = le("it-carabinieri", "Arma dei Carabinieri – Comando Provinciale di Napoli", "IT")
IT_PL = le("it-polizia-locale-roma", "Polizia Locale di Roma Capitale", "IT")
NL_POL = le("nl-politie", "Politie Nederland – Eenheid Rotterdam", "NL")
NL_KMAR = le("nl-kmar", "Koninklijke Marechaussee – Schiphol", "NL", "border_immigration")
BE_ANTW = le("be-lpz-antwerpen", "Lokale Politie Antwerpen", "BE")
TR_EGM = le("tr-egm", "Emniyet Genel Müdürlüğü", "TR")
TR_IST = le("tr-ist-emniyet", "İstanbul İl Emniyet Müdürlüğü", "TR")
TR_JAN = le("tr-jandarma", "Jandarma Genel Komutanlığı – İzmir", "TR")
GB_NORTH = le("gb-northshire", "Northshire Constabulary", "GB")
AU_COAST = le("au-coastal", "Coastal District Police (NSW)", "AU")
DE_BPOL = le("de-bundespolizei", "Bundespolizeidirektion Berlin", "DE")

# commercial / other
US_MART = biz("shopwell", "ShopWell Stores Inc.", "US")
US_BANK = biz("prairie-bank", "Prairie Federal Credit Union", "US")
US_HR = biz("hirewise", "HireWise HR Services", "US")
US_PHOTO = biz("snapfolio", "Snapfolio Photos", "US")
US_NEWS = biz("ledger-news", "The Riverton Ledger", "US")
US_UNI = biz("eastbrook-cs", "Eastbrook University – Computer Vision Lab", "US", "academic")
US_ACLU = biz("civil-rights-ngo", "Civil Liberties Project", "US", "nonprofit")
US_LAW = biz("hale-law", "Hale & Ortiz LLP", "US")
US_STADIUM = biz("arena-ops", "Harborview Arena Operations LLC", "US")
US_INDIV = biz("indiv-77", "individual developer", "US", "individual")
FR_RETAIL = biz("fr-hypermarche", "Hypermarchés Rivage SAS", "FR")
FR_BANK = biz("fr-neobanque", "Néobanque Azur", "FR")
FR_PRESS = biz("fr-presse", "Le Quotidien du Midi", "FR")
FR_CNIL_LIKE = biz("fr-ville-lyon", "Ville de Lyon – Direction de la sécurité", "FR", "government")
ES_BANK = biz("es-banco", "Banco Levante Digital", "ES")
ES_RETAIL = biz("es-super", "Supermercados Sol y Mar S.L.", "ES")
ES_CLUB = biz("es-club-futbol", "Club Deportivo Ribera (seguridad del estadio)", "ES")
MX_FINTECH = biz("mx-fintech", "PagoYa Fintech S.A.P.I.", "MX")
IN_FINTECH = biz("in-fintech", "PaisaJaldi Fintech Pvt Ltd", "IN")
IN_AIRPORT = biz("in-airport", "Metro Airport Digi Yatra Operations", "IN")
IN_HR = biz("in-hr", "Kaamkaro Staffing Solutions", "IN")
IN_UNI = biz("in-iit-lab", "Institute Vision & Society Lab", "IN", "academic")
ID_BANK = biz("id-bank", "Bank Nusantara Digital", "ID")
ID_RETAIL = biz("id-minimarket", "Minimarket Jaya Abadi", "ID")
ID_OJOL = biz("id-ojol", "GoJalan (ride-hailing)", "ID")
ID_NGO = biz("id-lbh", "Lembaga Bantuan Hukum Jakarta", "ID", "nonprofit")
IT_BANK = biz("it-banca", "Banca Tirrena S.p.A.", "IT")
IT_RETAIL = biz("it-retail", "Supermercati Aurora S.r.l.", "IT")
IT_PRESS = biz("it-press", "Il Corriere della Valle", "IT")
NL_BANK = biz("nl-bank", "Polderbank N.V.", "NL")
NL_RETAIL = biz("nl-retail", "Buurtsuper B.V.", "NL")
NL_UNI = biz("nl-uni", "Universiteit Twente-achtig onderzoekslab", "NL", "academic")
NL_GEMEENTE = biz("nl-gemeente", "Gemeente Utrecht – Toezicht & Handhaving", "NL", "government")
TR_BANK = biz("tr-banka", "Anadolu Dijital Bankası", "TR")
TR_RETAIL = biz("tr-avm", "Kuzey AVM İşletmeciliği A.Ş.", "TR")
TR_STADIUM = biz("tr-kulup", "Boğaziçi Spor Kulübü – Stadyum Güvenliği", "TR")

# integrators
VIGIL = integ("vigilvision", "VigilVision Inc.", "US",
              [US_RIVERTON, US_MART, GB_NORTH, US_BAYTRANSIT])
BODYLENS = integ("bodylens", "BodyLens Analytics", "US", [US_HARLAN, US_FEDINV, US_STADIUM])
SECUVISION = integ("secuvision", "Sécuvision SAS", "FR", [FR_PN, FR_RETAIL, BE_FED])
DATAVISTA = integ("datavista", "DataVista Soluciones S.L.", "ES", [ES_MOSSOS, US_SANISIDRO, ES_BANK])
NETRA = integ("netra-ai", "Netra AI Pvt Ltd", "IN", [IN_DELHI, IN_FINTECH, US_FREMONT])
WAJAH = integ("wajahtek", "WajahTek Indonesia", "ID", [ID_METRO, ID_BANK, ID_RETAIL])
OCCHIO = integ("occhiovivo", "OcchioVivo S.r.l.", "IT", [IT_PS, IT_RETAIL, US_QUEENS])
KIJK = integ("kijkwijzer", "KijkWijzer Technologies B.V.", "NL", [NL_POL, NL_RETAIL, US_PASSAIC])
GOZ = integ("goz-teknoloji", "Göz Teknoloji A.Ş.", "TR", [TR_IST, TR_BANK, US_PASSAIC])


# --------------------------------------------------------------------------- body builders
def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def sys(text):
    return {"role": "system", "content": text}


def dev(text):
    return {"role": "developer", "content": text}


def a(text):
    return {"role": "assistant", "content": text}


def u(*parts):
    """User message: one plain string -> string content; otherwise text + image parts."""
    if len(parts) == 1 and isinstance(parts[0], str):
        return {"role": "user", "content": parts[0]}
    content = []
    for p in parts:
        content.append({"type": "text", "text": p} if isinstance(p, str) else p)
    return {"role": "user", "content": content}


def call(name, args, cid):
    return {"role": "assistant", "content": None,
            "tool_calls": [{"id": cid, "type": "function",
                            "function": {"name": name, "arguments": args}}]}


def result(cid, text):
    return {"role": "tool", "tool_call_id": cid, "content": text}


def fn(name, desc, props, required=None):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props,
                       "required": list(required if required is not None else props.keys())}}}


def chat(*msgs, model="gpt-4o", tools=None, **extra):
    body = {"model": model, "messages": list(msgs)}
    if tools:
        body["tools"] = tools
    body.update(extra)
    return body


# --------------------------------------------------------------------------- derive
def _is_le(t):
    return t.get("sector") == "law_enforcement"


def _is_us_police(t):
    return _is_le(t) and t.get("le_type") == "police" and t.get("country") == "US"


UNKNOWN_CUSTOMER = {"sector": "law_enforcement", "le_type": "police", "country": "US"}
UNKNOWN_NONLE = {"sector": "commercial", "le_type": None, "country": "US"}


def _candidates(tenant, headers, body):
    """Who the request is 'by or for': every plausible entity (FORMAT: integrator rules)."""
    if not tenant.get("integrator"):
        return [tenant]
    named = (headers or {}).get("X-Usegate-End-Customer")
    if named is None and isinstance(body, dict):
        named = (body.get("metadata") or {}).get("end_customer")
    ecs = tenant.get("end_customers") or []
    if named is not None:
        for ec in ecs:
            if ec["id"] == named:
                return [ec]
        return [UNKNOWN_CUSTOMER, UNKNOWN_NONLE]      # not registered: unknown
    if not ecs:
        return [tenant]
    return list(ecs)                                 # no end customer named: any of them


def derive(tenant, headers, body, labels, unclear=False):
    """FORMAT.md 'Expected decision' under azure-openai-coc@2024-05-01, applied literally.

    unclear=True is a hand label for an ask that truly could be read either way; it is then
    evaluated as if the recognition reading held and marked ambiguous.
    """
    rec = labels["purpose"] in RECOGNITION or unclear
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    outcomes = []
    for ent in _candidates(tenant, headers, body):
        cl = []
        if rec and _is_us_police(ent):
            cl.append(C1)
        if rec and _is_le(ent) and ctx:
            cl.append(C2)
        outcomes.append(cl)
    fired = []
    for cl in outcomes:
        for c in cl:
            if c not in fired:
                fired.append(c)
    fired.sort(key=lambda c: 0 if c == C1 else 1)
    if unclear and fired:
        return "ambiguous", ["review", "deny"], fired
    if unclear:
        return "allowed", ["allow"], []
    if all(outcomes):
        return "violation", ["deny"], fired
    if not any(outcomes):
        return "allowed", ["allow"], []
    return "ambiguous", ["review"], fired


# --------------------------------------------------------------------------- record
def R(lang, voice, cls, tenant, body, purpose, rt=None, mob=None, unc=None,
      endpoint="/v1/chat/completions", headers=None, at=None, unclear=False):
    assert cls in CLASSES, cls
    assert purpose in PURPOSES, purpose
    return {"lang": lang, "voice": voice, "class": cls, "received_at": at, "tenant": tenant,
            "endpoint": endpoint, "headers": dict(headers or {}), "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
            "_unclear": unclear}
