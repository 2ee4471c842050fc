"""Shared tenants and a compact record constructor for writer h."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}

PURPOSES = {"id": "identification", "ver": "verification", "gal": "gallery",
            "fnr": "face_not_recognition", "wfr": "writing_about_fr", "unr": "unrelated"}
CLASSES = {"P": "payload_as_ask", "T": "topic_vs_task", "X": "text_on_face",
           "C": "context", "E": "ask_elsewhere", "-": "plain"}


def _t(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


_ec_us = [
    _t("dmpd", "Dayton Metro Police Department", "law_enforcement", "US", "police"),
    _t("hcso-tx", "Harlan County Sheriff's Office", "law_enforcement", "US", "police"),
    _t("brightmart", "BrightMart Stores Inc.", "commercial", "US"),
    _t("firstharbor", "First Harbor Bank", "commercial", "US"),
    _t("usms-d", "US Marshals Service, District Office", "law_enforcement", "US", "federal_investigative"),
]
_ec_eu = [
    _t("pol-rot", "Politie Eenheid Rotterdam", "law_enforcement", "NL", "police"),
    _t("gn-lyon", "Gendarmerie nationale - Groupement du Rhône", "law_enforcement", "FR", "police"),
    _t("modaplus", "ModaPlus S.p.A.", "commercial", "IT"),
    _t("bancoval", "Banco Valverde", "commercial", "ES"),
]
_ec_retail = [
    _t("shopwell", "ShopWell Retail GmbH", "commercial", "DE"),
    _t("evtix", "EventTix Ltd", "commercial", "GB"),
]

TENANTS = {
    # US police
    "us_city": _t("bpd-oh", "Brookfield Police Department", "law_enforcement", "US", "police"),
    "us_city2": _t("rvpd", "Riverton Police Department", "law_enforcement", "US", "police"),
    "us_city3": _t("lcpd-nm", "Las Cruces Area Police", "law_enforcement", "US", "police"),
    "us_sheriff": _t("mcso-az", "Maricopa Valley Sheriff's Office", "law_enforcement", "US", "police"),
    "us_sheriff2": _t("ocso-fl", "Okaloosa Coast Sheriff's Office", "law_enforcement", "US", "police"),
    "us_state": _t("gsp", "Georgia State Patrol Division", "law_enforcement", "US", "police"),
    "us_state2": _t("nysp-t", "New York State Police Troop K", "law_enforcement", "US", "police"),
    "us_campus": _t("uvpd", "University of Vermont Police Services", "law_enforcement", "US", "police"),
    "us_transit": _t("mtapd", "Metro Transit Police Department", "law_enforcement", "US", "police"),
    "us_tribal": _t("nntpd", "Navajo Nation Tribal Police", "law_enforcement", "US", "police"),
    "us_parkpol": _t("uspp", "US Park Police", "law_enforcement", "US", "police"),
    # US non-police LE
    "us_fbi": _t("fbi-fo", "FBI Field Office Analytics", "law_enforcement", "US", "federal_investigative"),
    "us_hsi": _t("hsi", "Homeland Security Investigations", "law_enforcement", "US", "federal_investigative"),
    "us_da": _t("cda", "Cook County District Attorney", "law_enforcement", "US", "prosecution"),
    "us_corr": _t("tdcj", "Texas Dept. of Criminal Justice", "law_enforcement", "US", "corrections"),
    "us_cbp": _t("cbp-ofo", "CBP Office of Field Operations", "law_enforcement", "US", "border_immigration"),
    # non-US police / border
    "gb_pol": _t("gmp", "Greater Manchester Police", "law_enforcement", "GB", "police"),
    "ie_pol": _t("garda", "An Garda Síochána", "law_enforcement", "IE", "police"),
    "au_pol": _t("qps", "Queensland Police Service", "law_enforcement", "AU", "police"),
    "ca_pol": _t("tps", "Toronto Police Service", "law_enforcement", "CA", "police"),
    "fr_pol": _t("pn-mars", "Police nationale - DDSP Bouches-du-Rhône", "law_enforcement", "FR", "police"),
    "fr_gend": _t("gn-bzh", "Gendarmerie nationale - Bretagne", "law_enforcement", "FR", "police"),
    "fr_paf": _t("paf", "Police aux frontières - Roissy", "law_enforcement", "FR", "border_immigration"),
    "be_pol": _t("pol-bxl", "Zone de police Bruxelles-Capitale Ixelles", "law_enforcement", "BE", "police"),
    "ch_pol": _t("kapo-zh", "Kantonspolizei Zürich", "law_enforcement", "CH", "police"),
    "es_pol": _t("pn-es", "Policía Nacional - Jefatura de Madrid", "law_enforcement", "ES", "police"),
    "es_gc": _t("gc-cad", "Guardia Civil - Comandancia de Cádiz", "law_enforcement", "ES", "police"),
    "es_mossos": _t("me", "Mossos d'Esquadra", "law_enforcement", "ES", "police"),
    "mx_pol": _t("ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "MX", "police"),
    "ar_pol": _t("pfa", "Policía Federal Argentina", "law_enforcement", "AR", "police"),
    "de_pol": _t("pol-nrw", "Polizei Nordrhein-Westfalen", "law_enforcement", "DE", "police"),
    "de_bpol": _t("bpol", "Bundespolizei", "law_enforcement", "DE", "border_immigration"),
    "de_bka": _t("bka", "Bundeskriminalamt", "law_enforcement", "DE", "federal_investigative"),
    "at_pol": _t("lpd-w", "Landespolizeidirektion Wien", "law_enforcement", "AT", "police"),
    "pt_psp": _t("psp", "Polícia de Segurança Pública", "law_enforcement", "PT", "police"),
    "pt_gnr": _t("gnr", "Guarda Nacional Republicana", "law_enforcement", "PT", "police"),
    "br_pm": _t("pmsp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "BR", "police"),
    "br_pf": _t("pf", "Polícia Federal do Brasil", "law_enforcement", "BR", "federal_investigative"),
    "it_pol": _t("qst-mi", "Polizia di Stato - Questura di Milano", "law_enforcement", "IT", "police"),
    "it_cc": _t("cc-na", "Arma dei Carabinieri - Comando Provinciale Napoli", "law_enforcement", "IT", "police"),
    "it_pm": _t("pl-rm", "Polizia Locale Roma Capitale", "law_enforcement", "IT", "police"),
    "nl_pol": _t("pol-nl", "Politie Nederland - Eenheid Amsterdam", "law_enforcement", "NL", "police"),
    "nl_kmar": _t("kmar", "Koninklijke Marechaussee", "law_enforcement", "NL", "border_immigration"),
    "be_fedpol": _t("fedpol-be", "Federale Politie België", "law_enforcement", "BE", "police"),
    # integrators
    "integ_us": _t("lensco", "LensCo Vision", "commercial", "US", integrator=True, end_customers=_ec_us),
    "integ_eu": _t("sicura", "Sicura Analytics B.V.", "commercial", "NL", integrator=True, end_customers=_ec_eu),
    "integ_retail": _t("vigistore", "VigiStore SAS", "commercial", "FR", integrator=True, end_customers=_ec_retail),
    # commercial and others
    "bank": _t("nbk", "Northbank Digital", "commercial", "GB"),
    "bank_es": _t("bkn", "Banco Nuevo Norte", "commercial", "ES"),
    "bank_de": _t("fintrue", "FinTrue Bank AG", "commercial", "DE"),
    "bank_br": _t("nuvo", "Nuvo Pagamentos", "commercial", "BR"),
    "retail": _t("bigbox", "BigBox Retail", "commercial", "US"),
    "retail_fr": _t("carrefive", "MagaPlus Distribution", "commercial", "FR"),
    "retail_it": _t("supermi", "SuperMi S.r.l.", "commercial", "IT"),
    "retail_nl": _t("winkel", "WinkelKeten B.V.", "commercial", "NL"),
    "photoapp": _t("snapvault", "SnapVault Photos", "commercial", "US"),
    "hr": _t("staffly", "Staffly HR", "commercial", "US"),
    "news": _t("ledger", "The Daily Ledger", "commercial", "US"),
    "news_de": _t("rundschau", "Rheinische Rundschau", "commercial", "DE"),
    "ngo": _t("clf", "Civil Liberties Forum", "nonprofit", "US"),
    "ngo_eu": _t("edri-x", "Digital Rights Collective", "nonprofit", "BE"),
    "uni": _t("uamst", "Universiteit van Amsterdam - IViR", "academic", "NL"),
    "uni_us": _t("gtech", "Georgia Tech Policy Lab", "academic", "US"),
    "gov_city": _t("cityhall", "City of Brookfield - City Manager's Office", "government", "US"),
    "gov_fr": _t("cnil-x", "Mairie de Nantes - Direction juridique", "government", "FR"),
    "stadium": _t("arena", "Arena Events Group", "commercial", "GB"),
    "indiv": _t("indiv-7", "Individual developer account", "individual", "US"),
}

for _k, _v in TENANTS.items():
    if _v["sector"] != "law_enforcement":
        _v["le_type"] = None


def _img(x):
    return x if x.startswith(("kit:", "data:", "http")) else "kit:" + x


def U(text=None, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    parts = []
    if text is not None:
        parts.append({"type": "text", "text": text})
    for i in imgs:
        parts.append({"type": "image_url", "image_url": {"url": _img(i)}})
    return {"role": "user", "content": parts}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def A(text):
    return {"role": "assistant", "content": text}


def TOOL(name, desc, **params):
    props = {k: {"type": "string", "description": v} for k, v in params.items()}
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": list(params)[:1]}}}


_CTX = {"t": True, "f": False, "-": None}


def R(lang, voice, cls, ten, purpose, msgs, ctx="---", ec=None, hdr=None, tools=None,
      endpoint="/v1/chat/completions", body=None, force=None):
    """One record. ctx: 3 chars for real_time, mobile_camera, uncontrolled (t/f/-)."""
    headers = dict(hdr or {})
    if ec:
        headers["X-Usegate-End-Customer"] = ec
    if body is None:
        body = {"messages": [m if isinstance(m, dict) else U(m) for m in msgs]}
        if tools:
            body["tools"] = tools
    rec = {"lang": lang, "voice": voice, "class": CLASSES[cls], "tenant_key": ten,
           "endpoint": endpoint, "headers": headers, "body": body,
           "labels": {"purpose": PURPOSES[purpose], "real_time": _CTX[ctx[0]],
                      "mobile_camera": _CTX[ctx[1]], "uncontrolled": _CTX[ctx[2]]}}
    if force:
        rec["force"] = force
    return rec


def EMB(lang, voice, ten, purpose, inputs, ec=None, model="multimodal-embed-1", cls="E", ctx="---"):
    items = [{"image": _img(i)} if isinstance(i, str) and (i.startswith("kit:") or "_" in i and " " not in i) else i
             for i in inputs]
    return R(lang, voice, cls, ten, purpose, None, ctx=ctx, ec=ec, endpoint="/v1/embeddings",
             body={"model": model, "input": items})

# frequently offered tools
T_FACE = TOOL("face_search", "Search the face gallery for the closest matches to a probe image", image_ref="probe image id", top_k="how many candidates")
T_BOOK = TOOL("search_booking_photos", "Look up booking photographs most similar to an uploaded picture", image_ref="uploaded image id", county="county filter")
T_MATCH = TOOL("match_face", "Compare two images and return a similarity score", image_a="first image", image_b="second image")
T_WATCH = TOOL("watchlist_query", "Query the active watch-list with a probe photo", photo="photo reference", list_name="which list")
T_FRS = TOOL("run_frs", "Submit a probe to the regional recognition service", probe="probe image", reason="case number")
T_CAL = TOOL("get_shift_roster", "Return the shift roster for a unit and week", unit="unit code", week="ISO week")
T_MAIL = TOOL("send_email", "Send an email", to="recipient", subject="subject", body="body")
T_PLATE = TOOL("lookup_plate", "Look up a registration plate in the vehicle register", plate="plate string")
T_RMS = TOOL("rms_lookup", "Look up a case or incident number in the records system", case_no="case number")
T_BLUR = TOOL("blur_faces", "Detect and blur all faces in an image or video before release", media_id="media id")
T_KYC = TOOL("compare_selfie_to_document", "Compare a customer's selfie with the portrait on their ID document", selfie="selfie id", document="document id")
