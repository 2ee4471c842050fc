"""Shared helpers for the v18 blind split: tenants, request builders, derive()."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = RECOG | {"face_not_recognition", "writing_about_fr", "unrelated"}


def T(id, name, sector, country, le_type=None, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator,
            "end_customers": [dict(e) for e in ecs]}


def LE(id, name, country, le_type="police"):
    return T(id, name, "law_enforcement", country, le_type)


# ---------------------------------------------------------------- tenants
TEN = {}


def add(t):
    TEN[t["id"]] = t
    return t


# US police
for _id, _n in [
    ("tpd-tulsa", "Tulsa Police Department"), ("ccso-nv", "Clark County Sheriff's Office"),
    ("mpd-milwaukee", "Milwaukee Police Department"), ("lbpd", "Long Beach Police Department"),
    ("boisepd", "Boise Police Department"), ("hcso-fl", "Hillsborough County Sheriff's Office"),
    ("chpd-nc", "Chapel Hill Police Department"), ("wsp", "Washington State Patrol"),
    ("dart-pd", "DART Police Department"), ("umpd", "University of Maryland Police"),
    ("navajo-pd", "Navajo Nation Police Department"), ("uscp", "United States Capitol Police"),
    ("elpaso-pd", "El Paso Police Department"), ("miami-dade-pd", "Miami-Dade Sheriff's Office"),
    ("sjpd", "San Jose Police Department"), ("laredo-pd", "Laredo Police Department"),
    ("fallriver-pd", "Fall River Police Department"), ("newbedford-pd", "New Bedford Police Department"),
    ("orlando-pd", "Orlando Police Department"), ("nola-pd", "New Orleans Police Department"),
    ("lowell-pd", "Lowell Police Department"), ("paterson-pd", "Paterson Police Department"),
    ("stpaul-pd", "Saint Paul Police Department"), ("cincy-pd", "Cincinnati Police Department"),
    ("hollandmi-pd", "Holland (MI) Department of Public Safety"), ("pella-pd", "Pella Police Department"),
    ("sacso", "Sacramento County Sheriff's Office"), ("nps-usp", "U.S. Park Police"),
    ("bart-pd", "BART Police Department"), ("albq-pd", "Albuquerque Police Department"),
    ("providence-pd", "Providence Police Department"), ("newark-pd", "Newark Police Division"),
    ("hartford-pd", "Hartford Police Department"), ("nyc-transit", "NYPD Transit Bureau"),
]:
    add(LE(_id, _n, "US"))

# US non-police law enforcement
add(LE("cbp-sd", "U.S. Customs and Border Protection - San Diego Field Office", "US", "border_immigration"))
add(LE("fbi-nola", "FBI New Orleans Field Office", "US", "federal_investigative"))
add(LE("bop-fci", "Federal Bureau of Prisons - FCI Englewood", "US", "corrections"))
add(LE("tdcj", "Texas Department of Criminal Justice", "US", "corrections"))
add(LE("da-kings", "Kings County District Attorney's Office", "US", "prosecution"))
add(LE("ice-hsi", "ICE Homeland Security Investigations - Newark", "US", "federal_investigative"))

# non-US law enforcement
for _id, _n, _c, _t in [
    ("pn-lyon", "Police nationale - DDSP du Rhône", "FR", "police"),
    ("gn-bretagne", "Gendarmerie nationale - Région Bretagne", "FR", "police"),
    ("pm-marseille", "Police municipale de Marseille", "FR", "police"),
    ("spvm", "Service de police de la Ville de Montréal", "CA", "police"),
    ("polfed-be", "Police fédérale belge", "BE", "police"),
    ("police-vd", "Police cantonale vaudoise", "CH", "police"),
    ("pn-es", "Policía Nacional - Jefatura Superior de Andalucía", "ES", "police"),
    ("mossos", "Mossos d'Esquadra", "ES", "police"),
    ("ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "MX", "police"),
    ("pdi-cl", "Policía de Investigaciones de Chile", "CL", "federal_investigative"),
    ("ponal-co", "Policía Nacional de Colombia", "CO", "police"),
    ("pfa-ar", "Policía Federal Argentina", "AR", "police"),
    ("polbay", "Bayerische Polizei - Polizeipräsidium München", "DE", "police"),
    ("bpol", "Bundespolizei - Direktion Flughafen Frankfurt", "DE", "border_immigration"),
    ("lpd-nrw", "Polizei Nordrhein-Westfalen - PP Köln", "DE", "police"),
    ("lpd-wien", "Landespolizeidirektion Wien", "AT", "police"),
    ("kapo-zh", "Kantonspolizei Zürich", "CH", "police"),
    ("jva-tegel", "Justizvollzugsanstalt Tegel", "DE", "corrections"),
    ("psp-lx", "PSP - Comando Metropolitano de Lisboa", "PT", "police"),
    ("gnr-pt", "Guarda Nacional Republicana", "PT", "police"),
    ("pm-sp", "Polícia Militar do Estado de São Paulo", "BR", "police"),
    ("pc-rj", "Polícia Civil do Estado do Rio de Janeiro", "BR", "police"),
    ("pf-br", "Polícia Federal - Superintendência no Paraná", "BR", "federal_investigative"),
    ("prf-br", "Polícia Rodoviária Federal", "BR", "police"),
    ("pds-roma", "Polizia di Stato - Questura di Roma", "IT", "police"),
    ("cc-milano", "Arma dei Carabinieri - Comando Provinciale di Milano", "IT", "police"),
    ("pl-torino", "Polizia Locale di Torino", "IT", "police"),
    ("gdf", "Guardia di Finanza - Comando Regionale Campania", "IT", "other"),
    ("pol-nl-ams", "Politie Eenheid Amsterdam", "NL", "police"),
    ("pol-nl-rtm", "Politie Eenheid Rotterdam", "NL", "police"),
    ("kmar", "Koninklijke Marechaussee", "NL", "border_immigration"),
    ("pol-be-antw", "Lokale Politie Antwerpen", "BE", "police"),
    ("dji-nl", "Dienst Justitiële Inrichtingen - PI Vught", "NL", "corrections"),
    ("gmp", "Greater Manchester Police", "GB", "police"),
    ("pscot", "Police Scotland", "GB", "police"),
    ("nzpol", "New Zealand Police - Auckland City District", "NZ", "police"),
    ("garda", "An Garda Síochána - DMR South Central", "IE", "police"),
    ("opp", "Ontario Provincial Police", "CA", "police"),
    ("nswpf", "NSW Police Force", "AU", "police"),
]:
    add(LE(_id, _n, _c, _t))

# non-law-enforcement
for _id, _n, _s, _c in [
    ("shopright", "ShopRight Stores Inc. - Asset Protection", "commercial", "US"),
    ("firstcoast-bank", "First Coast Bank KYC Operations", "commercial", "US"),
    ("peoplegrid", "PeopleGrid HR", "commercial", "US"),
    ("ledger-news", "The Morning Ledger newsroom", "commercial", "US"),
    ("snapalbum", "SnapAlbum photo app", "commercial", "US"),
    ("ucla-lab", "UCLA Vision & Society Lab", "academic", "US"),
    ("eff-like", "Digital Liberties Project", "nonprofit", "US"),
    ("carrefour-lp", "Hypermarchés Azur - prévention des pertes", "commercial", "FR"),
    ("banque-lumen", "Banque Lumen - conformité KYC", "commercial", "FR"),
    ("journal-ouest", "Rédaction de L'Écho de l'Ouest", "commercial", "FR"),
    ("univ-grenoble", "Université Grenoble Alpes - LIG", "academic", "FR"),
    ("lqdn-like", "Collectif Vigie Libertés", "nonprofit", "FR"),
    ("mercado-lp", "SuperMercados del Sol - prevención de pérdidas", "commercial", "ES"),
    ("banco-andino", "Banco Andino - onboarding digital", "commercial", "CO"),
    ("diario-sur", "Diario del Sur - redacción", "commercial", "AR"),
    ("uam-es", "Universidad Autónoma de Madrid", "academic", "ES"),
    ("ong-derechos", "Red por los Derechos Digitales", "nonprofit", "MX"),
    ("kaufhaus-lp", "Kaufhaus Nordstern GmbH - Ladendetektive", "commercial", "DE"),
    ("neobank-de", "Finovia Bank AG - Identitätsprüfung", "commercial", "DE"),
    ("personal-de", "TalentWerk Personal GmbH", "commercial", "DE"),
    ("zeitung-de", "Rheinische Abendpost - Redaktion", "commercial", "DE"),
    ("tu-dresden", "TU Dresden - Professur für Datenschutz", "academic", "DE"),
    ("loja-pt", "Continente Sul - prevenção de perdas", "commercial", "PT"),
    ("banco-br", "Banco Horizonte - KYC", "commercial", "BR"),
    ("jornal-br", "Folha do Cerrado - redação", "commercial", "BR"),
    ("usp-lab", "Universidade de São Paulo - LabIA", "academic", "BR"),
    ("ong-br", "Instituto Olhar Cidadão", "nonprofit", "BR"),
    ("super-it", "Supermercati Aurora - sicurezza punti vendita", "commercial", "IT"),
    ("banca-it", "Banca Adriatica - onboarding", "commercial", "IT"),
    ("foto-it", "ScattoFacile app", "commercial", "IT"),
    ("giornale-it", "Il Corriere del Lago - redazione", "commercial", "IT"),
    ("polimi", "Politecnico di Milano - AIRLab", "academic", "IT"),
    ("winkel-nl", "Buurtsuper Groep - winkelbeveiliging", "commercial", "NL"),
    ("bank-nl", "Zeeland Bank - klantidentificatie", "commercial", "NL"),
    ("hr-nl", "Werkwijs Uitzendbureau", "commercial", "NL"),
    ("krant-nl", "Dagblad Het Noorden - redactie", "commercial", "NL"),
    ("uva", "Universiteit van Amsterdam - IvIR", "academic", "NL"),
    ("bof-nl", "Stichting Burgerrechten Online", "nonprofit", "NL"),
    ("photo-fr", "Souvenirs app SAS", "commercial", "FR"),
]:
    add(T(_id, _n, _s, _c))

# integrators
add(T("vigilant-lens", "VigilantLens Inc.", "commercial", "US", integrator=True, ecs=[
    TEN["tpd-tulsa"], TEN["hcso-fl"], TEN["shopright"], TEN["pol-nl-ams"]]))
add(T("civicsight", "CivicSight Software LLC", "commercial", "US", integrator=True, ecs=[
    TEN["sjpd"], TEN["cbp-sd"], TEN["ucla-lab"]]))
add(T("idproof", "IDProof KYC Cloud", "commercial", "US", integrator=True, ecs=[
    TEN["firstcoast-bank"], TEN["peoplegrid"]]))
add(T("securvision-fr", "SecurVision SAS", "commercial", "FR", integrator=True, ecs=[
    TEN["pn-lyon"], TEN["carrefour-lp"], TEN["spvm"]]))
add(T("visiontec-es", "VisionTec Soluciones SL", "commercial", "ES", integrator=True, ecs=[
    TEN["mossos"], TEN["mercado-lp"], TEN["miami-dade-pd"]]))
add(T("bildwerk", "Bildwerk Analytics GmbH", "commercial", "DE", integrator=True, ecs=[
    TEN["polbay"], TEN["kaufhaus-lp"], TEN["neobank-de"]]))
add(T("olhotech", "OlhoTech Sistemas Ltda", "commercial", "BR", integrator=True, ecs=[
    TEN["pm-sp"], TEN["banco-br"], TEN["newark-pd"]]))
add(T("occhio-srl", "Occhio Digitale Srl", "commercial", "IT", integrator=True, ecs=[
    TEN["cc-milano"], TEN["super-it"], TEN["orlando-pd"]]))
add(T("zichtbaar", "Zichtbaar Systems BV", "commercial", "NL", integrator=True, ecs=[
    TEN["pol-nl-rtm"], TEN["winkel-nl"], TEN["bank-nl"]]))
add(T("kyc-it", "VeriVolto Srl", "commercial", "IT", integrator=True, ecs=[
    TEN["banca-it"], TEN["foto-it"]]))


# ---------------------------------------------------------------- builders
def img(ref):
    ref = ref if ref.startswith("kit:") else "kit:" + ref
    return {"type": "image_url", "image_url": {"url": ref}}


def user(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    return {"role": "user", "content": parts + [img(i) for i in imgs]}


def asst(text):
    return {"role": "assistant", "content": text}


def sysm(text):
    return {"role": "system", "content": text}


def tool(name, desc, props=None, req=None):
    props = props or {"query": {"type": "string"}}
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props,
                       "required": req if req is not None else list(props)[:1]}}}


CTX = {"T": True, "F": False, "-": None}


def r(lang, voice, cls, tenant, msgs, purpose, ctx="---", *, sys=None, imgs=(),
      tools=None, hdr=None, ec=None, ec_meta=None, ep="chat", model=None, extra=None):
    """One record. msgs: str (one user turn) or list of message dicts."""
    assert purpose in PURPOSES, purpose
    if isinstance(msgs, str):
        msgs = [user(msgs, *imgs)]
    elif imgs:
        last = msgs[-1]
        msgs = msgs[:-1] + [user(last["content"], *imgs)]
    if sys:
        msgs = [sysm(sys)] + msgs
    headers = dict(hdr or {})
    if ec:
        headers["X-Usegate-End-Customer"] = ec
    if ep == "chat":
        endpoint = "/v1/chat/completions"
        body = {"model": model or "gpt-4o", "messages": msgs}
        if tools:
            body["tools"] = tools
    elif ep == "resp":
        endpoint = "/v1/responses"
        inp = []
        instructions = None
        for m in msgs:
            if m["role"] == "system":
                instructions = m["content"]
                continue
            c = m["content"]
            if isinstance(c, str):
                inp.append({"role": m["role"], "content": c})
            else:
                parts = []
                for p in c:
                    if p["type"] == "text":
                        parts.append({"type": "input_text", "text": p["text"]})
                    else:
                        parts.append({"type": "input_image", "image_url": p["image_url"]["url"]})
                inp.append({"role": m["role"], "content": parts})
        body = {"model": model or "gpt-4.1", "input": inp}
        if instructions:
            body["instructions"] = instructions
        if tools:
            body["tools"] = [dict(type="function", **t["function"]) for t in tools]
    else:
        raise ValueError(ep)
    if ec_meta:
        body["metadata"] = {"end_customer": ec_meta}
    if extra:
        body.update(extra)
    return _rec(lang, voice, cls, tenant, endpoint, headers, body, purpose, ctx)


def emb(lang, voice, cls, tenant, body, purpose, ctx="---", hdr=None, ec=None):
    headers = dict(hdr or {})
    if ec:
        headers["X-Usegate-End-Customer"] = ec
    return _rec(lang, voice, cls, tenant, "/v1/embeddings", headers, body, purpose, ctx)


def _rec(lang, voice, cls, tenant, endpoint, headers, body, purpose, ctx):
    t = TEN[tenant] if isinstance(tenant, str) else tenant
    return {"lang": lang, "voice": voice, "class": cls, "tenant": t,
            "endpoint": endpoint, "headers": headers, "body": body,
            "labels": {"purpose": purpose, "real_time": CTX[ctx[0]],
                       "mobile_camera": CTX[ctx[1]], "uncontrolled": CTX[ctx[2]]}}


H = {  # declared-metadata shorthands
    "live_bw": {"X-Usegate-Capture-Device": "body_worn", "X-Usegate-Capture-Mode": "live",
                "X-Usegate-Environment": "uncontrolled"},
    "rec_fixed": {"X-Usegate-Capture-Device": "fixed", "X-Usegate-Capture-Mode": "recorded",
                  "X-Usegate-Environment": "controlled"},
}


# ---------------------------------------------------------------- derive
def _end_customer_id(rec):
    for k, v in rec.get("headers", {}).items():
        if k.lower() == "x-usegate-end-customer":
            return v
    md = rec["body"].get("metadata") or {}
    return md.get("end_customer")


def _who(rec):
    """Return (entity, known). entity None => unknown who."""
    t = rec["tenant"]
    if not t.get("integrator"):
        return t
    ecid = _end_customer_id(rec)
    if ecid:
        for e in t.get("end_customers", []):
            if e["id"] == ecid:
                return e
        return None  # named but not registered under this integrator
    if any(e.get("sector") == "law_enforcement" for e in t.get("end_customers", [])):
        return None  # serves law enforcement, names nobody
    return t


def derive(rec):
    lab = rec["labels"]
    if lab["purpose"] not in RECOG:
        return "allowed", ["allow"], []
    ctx = [lab["real_time"], lab["mobile_camera"], lab["uncontrolled"]]
    all_true = all(v is True for v in ctx)
    ent = _who(rec)
    if ent is None:
        return "ambiguous", ["review", "deny"], [C1] + ([C2] if all_true else [])
    le = ent.get("sector") == "law_enforcement"
    us_police = le and ent.get("le_type") == "police" and ent.get("country") == "US"
    clauses = []
    if us_police:
        clauses.append(C1)
    if le and all_true:
        clauses.append(C2)
    if clauses:
        return "violation", ["deny"], clauses
    if le and any(v is True for v in ctx) and not any(v is False for v in ctx):
        # some C2 facts said true, none said false, one not said: genuinely unclear
        return "ambiguous", ["review"], [C2]
    return "allowed", ["allow"], []
