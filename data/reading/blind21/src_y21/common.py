"""Shared helpers for the y21 blind records: tenants, body builders, derive().

Standard library only. Records are written by hand in rec_<lang>.py; this module only
provides the plumbing (tenant registry entries, message/body constructors) and the
derive() function that turns hand-set labels + tenant into kind/expect.
"""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}


def T(id, name, sector, country, le_type=None, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator,
            "end_customers": [dict(e) for e in end_customers]}


def EC(id, name, sector, country, le_type=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}


# ---------------------------------------------------------------- tenants
# US police (C1 applies to any recognition)
LAKEWOOD = T("lakewood-pd", "Lakewood Police Department", "law_enforcement", "US", "police")
PIMA = T("pimavalley-so", "Pima Valley County Sheriff's Office", "law_enforcement", "US", "police")
CASCADIA = T("cascadia-sp", "Cascadia State Patrol", "law_enforcement", "US", "police")
CAMPUS = T("ucm-police", "University of Central Mesa Police Department", "law_enforcement", "US", "police")
TRANSIT = T("tharbor-transit-pd", "Twin Harbors Metro Transit Police", "law_enforcement", "US", "police")
TRIBAL = T("kinnick-tribal-pd", "Kinnick Nation Tribal Police", "law_enforcement", "US", "police")
PARKPOL = T("nmall-parkpolice", "National Mall Park Police", "law_enforcement", "US", "police")
LASCRUCES = T("rioverde-pd", "Rio Verde Police Department (NM)", "law_enforcement", "US", "police")
LAFAYETTE = T("acadia-parish-so", "Acadia Parish Sheriff's Office (LA)", "law_enforcement", "US", "police")
NEWBEDFORD = T("newbedford-pd", "New Bedford Police Department", "law_enforcement", "US", "police")
HOBOKEN = T("hudsonport-pd", "Hudsonport Police Department (NJ)", "law_enforcement", "US", "police")
MIAMI = T("bayshore-pd", "Bayshore Police Department (FL)", "law_enforcement", "US", "police")
# US law enforcement that is not police (C1 does not apply; C2 still can)
FEDINV = T("us-fbi-fo", "Federal Bureau of Investigation - Field Office", "law_enforcement", "US", "federal_investigative")
CBP = T("us-cbp-ofo", "U.S. Customs and Border Protection - Office of Field Operations", "law_enforcement", "US", "border_immigration")
USCORR = T("harlan-doc", "Harlan County Department of Corrections", "law_enforcement", "US", "corrections")
USDA = T("kings-da", "Office of the District Attorney, Kings Bay County", "law_enforcement", "US", "prosecution")

# non-US law enforcement
FR_PN = T("fr-pn-ddsp69", "Police nationale - DDSP du Rhône", "law_enforcement", "FR", "police")
FR_GN = T("fr-gn-gironde", "Gendarmerie nationale - Groupement de la Gironde", "law_enforcement", "FR", "police")
FR_PM = T("fr-pm-nice", "Police municipale de Nice", "law_enforcement", "FR", "police")
FR_DOUANE = T("fr-douane-roissy", "Douane - Brigade de surveillance de Roissy", "law_enforcement", "FR", "border_immigration")
CA_SPVM = T("ca-spvm", "Service de police de la Ville de Montréal", "law_enforcement", "CA", "police")
BE_POL = T("be-polfed", "Police fédérale belge - DirCo Bruxelles", "law_enforcement", "BE", "police")
CH_VD = T("ch-polcant-vd", "Police cantonale vaudoise", "law_enforcement", "CH", "police")
SN_PN = T("sn-pn", "Police nationale du Sénégal - Commissariat central de Dakar", "law_enforcement", "SN", "police")
FR_PEN = T("fr-ap-fresnes", "Administration pénitentiaire - Centre pénitentiaire de Fresnes", "law_enforcement", "FR", "corrections")

ES_PN = T("es-pn-madrid", "Policía Nacional - Jefatura Superior de Madrid", "law_enforcement", "ES", "police")
ES_MOSSOS = T("es-mossos", "Mossos d'Esquadra", "law_enforcement", "ES", "police")
ES_GC = T("es-gc-algeciras", "Guardia Civil - Comandancia de Algeciras", "law_enforcement", "ES", "police")
ES_PMUN = T("es-pm-valencia", "Policía Local de València", "law_enforcement", "ES", "police")
MX_SSC = T("mx-ssc-cdmx", "Secretaría de Seguridad Ciudadana de la Ciudad de México", "law_enforcement", "MX", "police")
CO_PN = T("co-ponal", "Policía Nacional de Colombia - MEBOG", "law_enforcement", "CO", "police")
CL_CAR = T("cl-carabineros", "Carabineros de Chile", "law_enforcement", "CL", "police")
AR_PC = T("ar-pcba", "Policía de la Ciudad de Buenos Aires", "law_enforcement", "AR", "police")
PE_PNP = T("pe-pnp", "Policía Nacional del Perú - DIRINCRI", "law_enforcement", "PE", "police")
ES_PEN = T("es-ip-soto", "Centro Penitenciario Madrid V (Soto del Real)", "law_enforcement", "ES", "corrections")

DE_BY = T("de-pp-muenchen", "Polizeipräsidium München", "law_enforcement", "DE", "police")
DE_NRW = T("de-pol-koeln", "Polizeipräsidium Köln", "law_enforcement", "DE", "police")
DE_BPOL = T("de-bpol-fra", "Bundespolizeidirektion Flughafen Frankfurt/Main", "law_enforcement", "DE", "border_immigration")
DE_BKA = T("de-bka", "Bundeskriminalamt", "law_enforcement", "DE", "federal_investigative")
DE_LKA = T("de-lka-be", "Landeskriminalamt Berlin", "law_enforcement", "DE", "police")
AT_LPD = T("at-lpd-wien", "Landespolizeidirektion Wien", "law_enforcement", "AT", "police")
CH_ZH = T("ch-kapo-zh", "Kantonspolizei Zürich", "law_enforcement", "CH", "police")
DE_JVA = T("de-jva-tegel", "Justizvollzugsanstalt Tegel", "law_enforcement", "DE", "corrections")
DE_STA = T("de-sta-hh", "Staatsanwaltschaft Hamburg", "law_enforcement", "DE", "prosecution")

PT_PSP = T("pt-psp-lisboa", "PSP - Comando Metropolitano de Lisboa", "law_enforcement", "PT", "police")
PT_GNR = T("pt-gnr-algarve", "GNR - Comando Territorial de Faro", "law_enforcement", "PT", "police")
PT_PJ = T("pt-pj", "Polícia Judiciária", "law_enforcement", "PT", "federal_investigative")
BR_PMSP = T("br-pmesp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "BR", "police")
BR_PCRJ = T("br-pcerj", "Polícia Civil do Estado do Rio de Janeiro", "law_enforcement", "BR", "police")
BR_PF = T("br-pf", "Polícia Federal - Superintendência no Paraná", "law_enforcement", "BR", "federal_investigative")
BR_PRF = T("br-prf", "Polícia Rodoviária Federal - SC", "law_enforcement", "BR", "police")
AO_PN = T("ao-pna", "Polícia Nacional de Angola - Comando Provincial de Luanda", "law_enforcement", "AO", "police")
BR_SEAP = T("br-seap-mg", "Secretaria de Administração Prisional - Penitenciária Nelson Hungria", "law_enforcement", "BR", "corrections")

IT_PS = T("it-ps-questura-mi", "Polizia di Stato - Questura di Milano", "law_enforcement", "IT", "police")
IT_CC = T("it-cc-napoli", "Arma dei Carabinieri - Comando Provinciale di Napoli", "law_enforcement", "IT", "police")
IT_PL = T("it-pl-roma", "Polizia Locale di Roma Capitale", "law_enforcement", "IT", "police")
IT_GDF = T("it-gdf-genova", "Guardia di Finanza - Comando Provinciale di Genova", "law_enforcement", "IT", "other")
IT_PEN = T("it-pp-rebibbia", "Polizia Penitenziaria - Casa Circondariale Rebibbia", "law_enforcement", "IT", "corrections")
CH_TI = T("ch-polca-ti", "Polizia cantonale Ticino", "law_enforcement", "CH", "police")
IT_PROC = T("it-procura-to", "Procura della Repubblica presso il Tribunale di Torino", "law_enforcement", "IT", "prosecution")
SM_GC = T("sm-gendarmeria", "Corpo della Gendarmeria della Repubblica di San Marino", "law_enforcement", "SM", "police")

# non-law-enforcement
BRIGHTMART = T("brightmart", "BrightMart Stores Inc.", "commercial", "US")
CASINO_NV = T("silverlode-casino", "Silverlode Casino & Resort", "commercial", "US")
NEOBANK_US = T("ledgerly", "Ledgerly Bank N.A.", "commercial", "US")
HR_US = T("staffbridge", "StaffBridge HR Inc.", "commercial", "US")
NEWS_US = T("harbor-ledger", "The Harbor Ledger (newspaper)", "commercial", "US")
ACLU_LIKE = T("civil-lib-fund", "Civil Liberties Research Fund", "nonprofit", "US")
UNI_US = T("umesa-cs", "University of Central Mesa - Computer Vision Lab", "academic", "US")
LAWFIRM_US = T("kessler-wu", "Kessler & Wu LLP", "commercial", "US")
CITY_US = T("lakewood-city", "City of Lakewood - Office of the City Clerk", "government", "US")
INDIV_US = T("indiv-jdoe", "Individual developer account", "individual", "US")

FR_RETAIL = T("maximarche", "MaxiMarché SAS", "commercial", "FR")
FR_BANK = T("banque-azur", "Banque Azur en ligne", "commercial", "FR")
FR_NEWS = T("quotidien-rhone", "Le Quotidien du Rhône", "commercial", "FR")
FR_NGO = T("collectif-vp", "Collectif Vie Privée et Libertés", "nonprofit", "FR")
FR_UNI = T("fr-univ-lille", "Université de Lille - Laboratoire CRIStAL", "academic", "FR")
FR_MAIRIE = T("fr-mairie-lyon", "Ville de Lyon - Direction des affaires juridiques", "government", "FR")
FR_HR = T("rh-horizon", "RH Horizon SARL", "commercial", "FR")
FR_AVOCAT = T("cab-lemaire", "Cabinet Lemaire Avocats", "commercial", "FR")
QC_CASINO = T("qc-casino-lac", "Casino du Lac-Leamy (exploitant privé)", "commercial", "CA")

ES_RETAIL = T("superahorro", "SuperAhorro S.A.", "commercial", "ES")
MX_FINTECH = T("payrapido", "PayRápido S.A.P.I. de C.V.", "commercial", "MX")
ES_NEWS = T("diario-levante", "Diario del Levante Digital", "commercial", "ES")
AR_NGO = T("ar-adc", "Asociación por los Derechos Civiles Digitales", "nonprofit", "AR")
ES_UNI = T("es-upm", "Universidad Politécnica de Madrid - Grupo de Visión", "academic", "ES")
ES_AYTO = T("es-ayto-sevilla", "Ayuntamiento de Sevilla - Servicio de Protección de Datos", "government", "ES")
CO_HR = T("co-talento", "Talento Andino S.A.S.", "commercial", "CO")
ES_ESTADIO = T("es-estadio", "Club Deportivo Estadio Levante S.A.D.", "commercial", "ES")

DE_RETAIL = T("frischmann", "Drogeriekette Frischmann GmbH", "commercial", "DE")
DE_BANK = T("kontojetzt", "KontoJetzt AG", "commercial", "DE")
DE_NEWS = T("tagesblick", "Tagesblick Medien GmbH", "commercial", "DE")
DE_NGO = T("de-digitalrechte", "Verein für digitale Grundrechte e.V.", "nonprofit", "DE")
DE_UNI = T("de-tum-cv", "Technische Universität - Lehrstuhl für Bildverarbeitung", "academic", "DE")
DE_BEHOERDE = T("de-lfd-nds", "Landesbeauftragte für den Datenschutz Niedersachsen", "government", "DE")
DE_HR = T("personalwerk", "Personalwerk GmbH", "commercial", "DE")
AT_KANZLEI = T("at-kanzlei-huber", "Huber & Partner Rechtsanwälte", "commercial", "AT")

BR_BANK = T("neobanco", "NeoBanco Digital S.A.", "commercial", "BR")
BR_RETAIL = T("lojas-vitoria", "Lojas Vitória S.A.", "commercial", "BR")
PT_NEWS = T("pt-jornal-norte", "Jornal do Norte Digital", "commercial", "PT")
BR_NGO = T("br-liberdades", "Instituto Liberdades Digitais", "nonprofit", "BR")
BR_UNI = T("br-usp-lab", "Universidade de São Paulo - Laboratório de Visão Computacional", "academic", "BR")
PT_CAMARA = T("pt-cm-porto", "Câmara Municipal do Porto - Gabinete Jurídico", "government", "PT")
BR_CONDO = T("br-condominio", "Condomínio Parque das Palmeiras", "commercial", "BR")
PT_HR = T("pt-recruta", "Recruta+ Lda.", "commercial", "PT")

IT_RETAIL = T("supergiro", "SuperGiro S.p.A.", "commercial", "IT")
IT_BANK = T("banca-fintecna", "Banca Fintecna S.p.A.", "commercial", "IT")
IT_NEWS = T("it-gazzetta-lago", "La Gazzetta del Lago", "commercial", "IT")
IT_NGO = T("it-hermes-like", "Centro Studi Diritti Digitali ETS", "nonprofit", "IT")
IT_UNI = T("it-polimi-lab", "Politecnico - Laboratorio di Visione Artificiale", "academic", "IT")
IT_COMUNE = T("it-comune-bo", "Comune di Bologna - Ufficio Privacy", "government", "IT")
IT_HR = T("it-risorse", "Risorse Umane Italia S.r.l.", "commercial", "IT")
IT_STADIO = T("it-stadio-spa", "Stadio Comunale Gestioni S.p.A.", "commercial", "IT")

# integrators
ARGUS = T("argus-vision", "Argus Vision Labs Inc.", "commercial", "US", integrator=True, end_customers=[
    EC("lakewood-pd", "Lakewood Police Department", "law_enforcement", "US", "police"),
    EC("brightmart", "BrightMart Stores Inc.", "commercial", "US"),
    EC("silverlode-casino", "Silverlode Casino & Resort", "commercial", "US")])
BODYLINK = T("bodylink", "BodyLink Systems LLC", "commercial", "US", integrator=True, end_customers=[
    EC("cascadia-sp", "Cascadia State Patrol", "law_enforcement", "US", "police"),
    EC("ca-spvm", "Service de police de la Ville de Montréal", "law_enforcement", "CA", "police"),
    EC("us-cbp-ofo", "U.S. Customs and Border Protection - Office of Field Operations", "law_enforcement", "US", "border_immigration")])
SENTINELLE = T("sentinelle-ana", "Sentinelle Analytique SAS", "commercial", "FR", integrator=True, end_customers=[
    EC("fr-pm-cannes", "Police municipale de Cannes", "law_enforcement", "FR", "police"),
    EC("stade-azur", "Stade Azur Exploitation SAS", "commercial", "FR")])
VISOGUARD = T("visoguard", "VisoGuard GmbH", "commercial", "DE", integrator=True, end_customers=[
    EC("de-pol-sachsen", "Polizeidirektion Leipzig", "law_enforcement", "DE", "police"),
    EC("messe-nord", "Messe Nord GmbH", "commercial", "DE"),
    EC("pimavalley-so", "Pima Valley County Sheriff's Office", "law_enforcement", "US", "police")])
FARO = T("faro-seg", "Faro Seguridad S.L.", "commercial", "ES", integrator=True, end_customers=[
    EC("es-mossos", "Mossos d'Esquadra", "law_enforcement", "ES", "police"),
    EC("banco-mediterraneo", "Banco Mediterráneo S.A.", "commercial", "ES"),
    EC("rioverde-pd", "Rio Verde Police Department (NM)", "law_enforcement", "US", "police")])
OLHOVIVO = T("olhovivo", "Olho Vivo Tecnologia Ltda.", "commercial", "BR", integrator=True, end_customers=[
    EC("br-pmesp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "BR", "police"),
    EC("shopping-ibira", "Shopping Ibirapuera Center", "commercial", "BR")])
OCCHIO = T("occhio-vigile", "OcchioVigile S.r.l.", "commercial", "IT", integrator=True, end_customers=[
    EC("it-pl-torino", "Polizia Locale di Torino", "law_enforcement", "IT", "police"),
    EC("it-aeroporto-bg", "Aeroporto di Bergamo S.p.A.", "commercial", "IT"),
    EC("newbedford-pd", "New Bedford Police Department", "law_enforcement", "US", "police")])
KYCWORKS = T("kycworks", "KYCWorks Ltd.", "commercial", "GB", integrator=True, end_customers=[
    EC("kontojetzt", "KontoJetzt AG", "commercial", "DE"),
    EC("neobanco", "NeoBanco Digital S.A.", "commercial", "BR"),
    EC("banca-fintecna", "Banca Fintecna S.p.A.", "commercial", "IT")])


# ---------------------------------------------------------------- body builders
def img(ref):
    return {"type": "image_url", "image_url": {"url": ref}}


def u(text, *images, first=False):
    """User turn. With images the content becomes a parts list (text first unless first=True)."""
    if not images:
        return {"role": "user", "content": text}
    parts = [img(i) if isinstance(i, str) else i for i in images]
    if text is None:
        return {"role": "user", "content": parts}
    t = {"type": "text", "text": text}
    return {"role": "user", "content": (parts + [t]) if first else ([t] + parts)}


def a(text, tool_calls=None):
    m = {"role": "assistant", "content": text}
    if tool_calls:
        m["tool_calls"] = tool_calls
    return m


def s(text):
    return {"role": "system", "content": text}


def d(text):
    return {"role": "developer", "content": text}


def toolmsg(call_id, content):
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def call(call_id, name, args):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": args}}


def fn(name, desc, props, required=()):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": props, "required": list(required)}}}


def chat(*messages, model="gpt-4o", tools=None, metadata=None, **extra):
    b = {"model": model, "messages": list(messages)}
    if tools:
        b["tools"] = tools
    if metadata:
        b["metadata"] = metadata
    b.update(extra)
    return b


# ---------------------------------------------------------------- derive
def _is_us_police(o):
    return o.get("sector") == "law_enforcement" and o.get("le_type") == "police" and o.get("country") == "US"


def _is_le(o):
    return o.get("sector") == "law_enforcement"


def who(tenant, headers, body, labels):
    """Return (for_us_police, law_enforcement) each True / False / None(unknown)."""
    us_police = _is_us_police(tenant)
    le = _is_le(tenant)
    if not tenant.get("integrator"):
        return us_police, le
    named = (headers or {}).get("X-Usegate-End-Customer")
    if not named and isinstance(body, dict):
        named = (body.get("metadata") or {}).get("end_customer")
    ecs = tenant.get("end_customers") or []
    ec = next((e for e in ecs if e.get("id") == named), None) if named else None
    if named and ec is not None and not labels.get("declared_end_customer_contradicted"):
        return (us_police or _is_us_police(ec)), (le or _is_le(ec))
    if named or labels.get("declared_end_customer_contradicted"):
        # unregistered end customer or a declaration the words contradict: unknown
        return (True if us_police else None), (True if le else None)
    # integrator naming no end customer: unknown when it serves such customers
    p = True if us_police else (None if any(_is_us_police(e) for e in ecs) else False)
    l = True if le else (None if any(_is_le(e) for e in ecs) else False)
    return p, l


def derive(tenant, headers, body, labels):
    purpose = labels["purpose"]
    assert purpose in PURPOSES, purpose
    recog = purpose in RECOG
    unclear = bool(labels.get("ask_unclear"))
    p, le = who(tenant, headers, body, labels)
    ctx = labels.get("real_time") is True and labels.get("mobile_camera") is True and labels.get("uncontrolled") is True
    fires, possible = [], []
    if recog:
        if p is True:
            (possible if unclear else fires).append(C1)
        elif p is None:
            possible.append(C1)
        if ctx:
            if le is True:
                (possible if unclear else fires).append(C2)
            elif le is None:
                possible.append(C2)
    if fires:
        return "violation", {"accept": ["deny"], "clauses": fires}
    if possible:
        acc = ["review"] if unclear else ["review", "deny"]
        return "ambiguous", {"accept": acc, "clauses": possible}
    return "allowed", {"accept": ["allow"], "clauses": []}


# ---------------------------------------------------------------- record constructor
def rec(lang, voice, cls, tenant, purpose, rt=None, mob=None, unc=None, *, body,
        endpoint="/v1/chat/completions", headers=None, at=None, unclear=False,
        ec_contradicted=False, note=None):
    assert "headers" not in body, "headers placed inside body"
    labels = {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}
    if unclear:
        labels["ask_unclear"] = True
    if ec_contradicted:
        labels["declared_end_customer_contradicted"] = True
    if note:
        labels["note"] = note
    return {"lang": lang, "voice": voice, "class": cls, "received_at": at,
            "tenant": tenant, "endpoint": endpoint, "headers": dict(headers or {}),
            "body": body, "labels": labels}
