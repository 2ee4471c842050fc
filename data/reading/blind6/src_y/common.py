"""Shared helpers for writer y. stdlib only."""
import random

REC = {"identification", "verification", "gallery"}
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"


def _t(id, name, sector, le_type=None, country="US", integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


def _ec(t):
    return {k: t[k] for k in ("id", "name", "sector", "le_type", "country")}


T = {}
def _add(key, *a, **k):
    T[key] = _t(*a, **k)
    return T[key]

# --- US police
_add("spd_oak", "oakridge-pd", "Oakridge Police Department", "law_enforcement", "police")
_add("lapine_so", "lapine-cso", "La Pine County Sheriff's Office", "law_enforcement", "police")
_add("ohp", "ohsp", "Ohio State Highway Patrol", "law_enforcement", "police")
_add("campus", "umn-campus-pd", "Midlands University Police Department", "law_enforcement", "police")
_add("transit", "metro-transit-pd", "Metro Transit Police Department", "law_enforcement", "police")
_add("tribal", "red-lake-tribal-pd", "Red Cedar Tribal Police", "law_enforcement", "police")
_add("miami", "hialeah-pd", "Hialeah Police Department", "law_enforcement", "police")
_add("sanantonio", "bexar-so", "Bexar County Sheriff's Office", "law_enforcement", "police")
_add("chicago_rtcc", "elgin-pd", "Elgin Police Department", "law_enforcement", "police")
_add("parkpolice", "usparkpolice", "United States Park Police", "law_enforcement", "police")
_add("nypd_like", "yonkers-pd", "Yonkers Police Department", "law_enforcement", "police")
_add("phx", "mesa-pd", "Mesa Police Department", "law_enforcement", "police")
# --- US law enforcement, not police
_add("fbi", "fbi-cjis", "FBI Criminal Justice Information Services", "law_enforcement", "federal_investigative")
_add("hsi", "ice-hsi", "Homeland Security Investigations", "law_enforcement", "federal_investigative")
_add("cbp", "cbp-ofo", "U.S. Customs and Border Protection", "law_enforcement", "border_immigration")
_add("da", "cook-sao", "Cook County State's Attorney's Office", "law_enforcement", "prosecution")
_add("doc", "tx-tdcj", "Texas Department of Criminal Justice", "law_enforcement", "corrections")
_add("parole", "ca-parole", "California Division of Adult Parole Operations", "law_enforcement", "corrections")
_add("usms", "usms", "U.S. Marshals Service", "law_enforcement", "federal_investigative")
# --- non-US law enforcement
_add("pn", "police-nationale", "Police nationale", "law_enforcement", "police", "FR")
_add("gend", "gendarmerie", "Gendarmerie nationale", "law_enforcement", "police", "FR")
_add("ppparis", "prefecture-police-paris", "Préfecture de police de Paris", "law_enforcement", "police", "FR")
_add("spvm", "spvm", "Service de police de la Ville de Montréal", "law_enforcement", "police", "CA")
_add("bepol", "police-federale-be", "Police fédérale belge", "law_enforcement", "police", "BE")
_add("gva", "police-geneve", "Police cantonale de Genève", "law_enforcement", "police", "CH")
_add("pfaf", "paf", "Police aux frontières", "law_enforcement", "border_immigration", "FR")
_add("cnp", "policia-nacional", "Policía Nacional", "law_enforcement", "police", "ES")
_add("mossos", "mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES")
_add("gc", "guardia-civil", "Guardia Civil", "law_enforcement", "police", "ES")
_add("pmm", "policia-municipal-madrid", "Policía Municipal de Madrid", "law_enforcement", "police", "ES")
_add("ssc", "ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX")
_add("pfa", "pfa-ar", "Policía Federal Argentina", "law_enforcement", "police", "AR")
_add("ponal", "policia-colombia", "Policía Nacional de Colombia", "law_enforcement", "police", "CO")
_add("fge", "fiscalia-cdmx", "Fiscalía General de Justicia CDMX", "law_enforcement", "prosecution", "MX")
_add("bpol", "bundespolizei", "Bundespolizei", "law_enforcement", "police", "DE")
_add("lkaby", "lka-bayern", "Bayerisches Landeskriminalamt", "law_enforcement", "police", "DE")
_add("polber", "polizei-berlin", "Polizei Berlin", "law_enforcement", "police", "DE")
_add("polnrw", "polizei-koeln", "Polizeipräsidium Köln", "law_enforcement", "police", "DE")
_add("lpdwien", "lpd-wien", "Landespolizeidirektion Wien", "law_enforcement", "police", "AT")
_add("kapozh", "kapo-zuerich", "Kantonspolizei Zürich", "law_enforcement", "police", "CH")
_add("zoll", "zoll", "Generalzolldirektion", "law_enforcement", "border_immigration", "DE")
_add("sta", "sta-muenchen", "Staatsanwaltschaft München I", "law_enforcement", "prosecution", "DE")
_add("psp", "psp", "Polícia de Segurança Pública", "law_enforcement", "police", "PT")
_add("gnr", "gnr", "Guarda Nacional Republicana", "law_enforcement", "police", "PT")
_add("pj", "pj-pt", "Polícia Judiciária", "law_enforcement", "police", "PT")
_add("pmsp", "pm-sp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "police", "BR")
_add("pf_br", "pf-br", "Polícia Federal", "law_enforcement", "police", "BR")
_add("pcrj", "pc-rj", "Polícia Civil do Estado do Rio de Janeiro", "law_enforcement", "police", "BR")
_add("aima", "aima", "Agência para a Integração, Migrações e Asilo", "law_enforcement", "border_immigration", "PT")
_add("pds", "polizia-di-stato", "Polizia di Stato", "law_enforcement", "police", "IT")
_add("cc", "carabinieri", "Arma dei Carabinieri", "law_enforcement", "police", "IT")
_add("plmi", "polizia-locale-milano", "Polizia Locale di Milano", "law_enforcement", "police", "IT")
_add("gdf", "guardia-finanza", "Guardia di Finanza", "law_enforcement", "police", "IT")
_add("dap", "dap-it", "Dipartimento dell'Amministrazione Penitenziaria", "law_enforcement", "corrections", "IT")
_add("polti", "polizia-ti", "Polizia cantonale Ticino", "law_enforcement", "police", "CH")
_add("politie", "politie-nl", "Politie Nederland", "law_enforcement", "police", "NL")
_add("kmar", "kmar", "Koninklijke Marechaussee", "law_enforcement", "border_immigration", "NL")
_add("lokpol", "lokale-politie-antwerpen", "Lokale Politie Antwerpen", "law_enforcement", "police", "BE")
_add("om", "om-nl", "Openbaar Ministerie", "law_enforcement", "prosecution", "NL")
_add("dji", "dji", "Dienst Justitiële Inrichtingen", "law_enforcement", "corrections", "NL")
# --- commercial / others
_add("retail", "brightmart", "BrightMart Stores Inc.", "commercial")
_add("bank", "northbank-kyc", "Northbank KYC Operations", "commercial")
_add("hr", "staffly", "Staffly HR", "commercial")
_add("media", "daily-ledger", "The Daily Ledger", "commercial")
_add("photo", "snapalbum", "SnapAlbum", "commercial")
_add("uni", "uni-research", "State University Law School", "academic")
_add("ngo", "civlib", "Civil Liberties Watch", "nonprofit")
_add("stadium", "arena-sec", "ArenaSecure Events", "commercial")
_add("city", "city-records", "City of Oakridge Records Office", "government")
_add("fr_retail", "maxiprix", "MaxiPrix SAS", "commercial", country="FR")
_add("fr_bank", "banque-azur", "Banque Azur", "commercial", country="FR")
_add("fr_media", "le-quotidien", "Le Quotidien du Nord", "commercial", country="FR")
_add("fr_uni", "univ-lyon", "Université de Lyon", "academic", country="FR")
_add("es_retail", "supermercados-sol", "Supermercados Sol", "commercial", country="ES")
_add("es_bank", "banco-iberia", "Banco Iberia", "commercial", country="ES")
_add("es_media", "diario-sur", "Diario del Sur", "commercial", country="ES")
_add("mx_fintech", "pagafacil", "PagaFácil", "commercial", country="MX")
_add("de_retail", "kaufgut", "KaufGut GmbH", "commercial", country="DE")
_add("de_bank", "fintech-ident", "IdentPay GmbH", "commercial", country="DE")
_add("de_uni", "tu-nord", "Technische Universität Nord", "academic", country="DE")
_add("de_media", "rundschau", "Rheinische Rundschau", "commercial", country="DE")
_add("pt_bank", "banco-atlantico", "Banco Atlântico", "commercial", country="PT")
_add("br_retail", "lojas-sol", "Lojas Sol", "commercial", country="BR")
_add("br_media", "folha-vale", "Folha do Vale", "commercial", country="BR")
_add("br_fintech", "pixpay", "PixPay", "commercial", country="BR")
_add("it_retail", "superpiu", "SuperPiù", "commercial", country="IT")
_add("it_bank", "banca-ligure", "Banca Ligure", "commercial", country="IT")
_add("it_uni", "unibo-law", "Università di Bologna", "academic", country="IT")
_add("it_media", "gazzetta-nord", "La Gazzetta del Nord", "commercial", country="IT")
_add("nl_retail", "buurtsuper", "BuurtSuper B.V.", "commercial", country="NL")
_add("nl_bank", "lagelanden-bank", "Lage Landen Bank", "commercial", country="NL")
_add("nl_media", "stadsblad", "Het Stadsblad", "commercial", country="NL")
_add("nl_uni", "uva-ivir", "Universiteit van Amsterdam", "academic", country="NL")
_add("nl_event", "festival-sec", "FestivalSecure B.V.", "commercial", country="NL")

# --- integrators
def _integ(key, id, name, country, ecs):
    T[key] = _t(id, name, "commercial", None, country, True, [_ec(T[e]) for e in ecs])

_integ("vend_uspol", "lensco", "LensCo", "US", ["spd_oak", "lapine_so", "retail"])
_integ("vend_mixed", "vigilai", "VigilAI Inc.", "US", ["miami", "bank", "stadium", "pn"])
_integ("vend_com", "faceflow", "FaceFlow Labs", "US", ["retail", "bank", "hr"])
_integ("vend_fr", "securivision", "SécuriVision SA", "FR", ["pn", "gend", "fr_retail"])
_integ("vend_es", "visiona", "Visiona Tech SL", "ES", ["cnp", "pmm", "es_bank", "ssc"])
_integ("vend_de", "bildwerk", "BildWerk AI GmbH", "DE", ["bpol", "polber", "de_retail"])
_integ("vend_pt", "olhar", "Olhar Digital Lda", "PT", ["psp", "pmsp", "pt_bank"])
_integ("vend_it", "occhio", "Occhio Sistemi srl", "IT", ["pds", "plmi", "it_bank", "campus"])
_integ("vend_nl", "zichtbaar", "Zichtbaar B.V.", "NL", ["politie", "nl_retail", "transit"])
_integ("vend_axon", "bodyvid", "BodyVid Systems", "US", ["nypd_like", "politie", "cnp", "bpol"])


def is_le(t):
    return t.get("sector") == "law_enforcement"


def is_usp(t):
    return t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"


def derive(tenant, headers, body, labels):
    """kind, accept, clauses by FORMAT.md rules."""
    rec = labels["purpose"] in REC
    if not rec:
        return "allowed", ["allow"], []
    # who
    ec_id = (headers or {}).get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    if tenant["integrator"]:
        match = [e for e in tenant["end_customers"] if e["id"] == ec_id] if ec_id else []
        if match:
            cands = match
        else:  # none named or not registered: any registered customer is plausible
            cands = tenant["end_customers"]
        usp = {is_usp(e) for e in cands}
        le = {is_le(e) for e in cands}
        if ec_id and not match:
            usp |= {False}; le |= {False}
        elif not ec_id:
            usp |= {False}; le |= {False}
    else:
        usp = {is_usp(tenant)}
        le = {is_le(tenant)}
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    c1_sure = usp == {True}
    c1_maybe = True in usp
    c2_sure = ctx and le == {True}
    c2_maybe = ctx and True in le
    sure = ([C1] if c1_sure else []) + ([C2] if c2_sure else [])
    if sure:
        return "violation", ["deny"], sure
    maybe = ([C1] if c1_maybe else []) + ([C2] if c2_maybe else [])
    if maybe:
        return "ambiguous", ["review", "deny"], maybe
    return "allowed", ["allow"], []


# ---------- body helpers
def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = [{"type": "text", "text": text}] if text else []
    parts += [img(i) for i in imgs]
    return {"role": "user", "content": parts}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def A(text):
    return {"role": "assistant", "content": text}


def fn(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: ({"type": v} if isinstance(v, str) else v) for k, v in props.items()},
        "required": req if req is not None else list(props)}}}


RECORDS = []


def R(lang, voice, cls, tenant, msgs=None, purpose="unrelated", rt=None, mob=None, unc=None, *,
      ep="/v1/chat/completions", tools=None, hdr=None, meta=None, model="gpt-4o", body=None, ec=None):
    t = T[tenant]
    headers = dict(hdr or {})
    if ec:
        headers["X-Usegate-End-Customer"] = ec
    if body is None:
        body = {"model": model, "messages": msgs}
        if tools:
            body["tools"] = tools
    if meta:
        body["metadata"] = meta
    RECORDS.append({"lang": lang, "voice": voice, "class": cls, "tenant": t, "endpoint": ep,
                    "headers": headers, "body": body,
                    "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}})


def RESP(lang, voice, cls, tenant, input, purpose="unrelated", rt=None, mob=None, unc=None, instructions=None, **kw):
    b = {"model": kw.pop("model", "gpt-4.1"), "input": input}
    if instructions:
        b["instructions"] = instructions
    if kw.get("tools"):
        b["tools"] = kw.pop("tools")
    R(lang, voice, cls, tenant, None, purpose, rt, mob, unc, ep="/v1/responses", body=b, **kw)


def EMB(lang, voice, cls, tenant, input, purpose, **kw):
    b = {"model": kw.pop("model", "multimodal-embed-1"), "input": input}
    R(lang, voice, cls, tenant, None, purpose, ep="/v1/embeddings", body=b, **kw)


def COMP(lang, voice, cls, tenant, prompt, purpose="unrelated", rt=None, mob=None, unc=None, **kw):
    b = {"model": kw.pop("model", "gpt-3.5-turbo-instruct"), "prompt": prompt, "max_tokens": 600}
    R(lang, voice, cls, tenant, None, purpose, rt, mob, unc, ep="/v1/completions", body=b, **kw)

# --- added for round 2
_add("lafayette", "lafayette-pso", "Lafayette Parish Sheriff's Office", "law_enforcement", "police")
_add("fallriver", "fall-river-pd", "Fall River Police Department", "law_enforcement", "police")
_add("newark", "newark-pd", "Newark Police Division", "law_enforcement", "police")
_add("holland", "holland-mi-pd", "Holland Department of Public Safety", "law_enforcement", "police")
_add("nbraunfels", "new-braunfels-pd", "New Braunfels Police Department", "law_enforcement", "police")
_add("psp_pa", "pa-state-police", "Pennsylvania State Police", "law_enforcement", "police")
_add("maine_sp", "maine-sp", "Maine State Police", "law_enforcement", "police")
_add("sfbart", "bart-pd", "BART Police Department", "law_enforcement", "police")
_add("dea", "dea", "Drug Enforcement Administration", "law_enforcement", "federal_investigative")
_add("bop", "bop", "Federal Bureau of Prisons", "law_enforcement", "corrections")
_add("usao", "usao-sdny", "U.S. Attorney's Office SDNY", "law_enforcement", "prosecution")
_add("uscp", "uscp", "United States Capitol Police", "law_enforcement", "police")
_integ("vend_eu_us", "oculus-labs", "Oculus Labs GmbH", "DE", ["newark", "fallriver", "holland", "de_retail"])
_integ("vend_qc", "veillenord", "VeilleNord Inc.", "CA", ["lafayette", "maine_sp", "spvm", "fr_bank"])
_integ("vend_latam", "rostro", "Rostro Analytics", "US", ["miami", "sanantonio", "ssc", "ponal", "mx_fintech"])
_integ("vend_br", "visaoseg", "VisãoSeg Tecnologia", "BR", ["fallriver", "newark", "pmsp", "br_retail"])
_integ("vend_it2", "lince", "Lince Vision srl", "IT", ["nypd_like", "psp_pa", "cc", "it_retail"])
_integ("vend_nl2", "oogwerk", "Oogwerk B.V.", "NL", ["holland", "sfbart", "politie", "nl_bank"])
