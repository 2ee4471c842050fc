C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"


def T(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in ecs]}

_t = [
    T("spd", "Springfield Police Department", "law_enforcement", "police", "US"),
    T("mcso", "Maricopa Valley County Sheriff's Office", "law_enforcement", "police", "US"),
    T("txhp", "Lone Star State Highway Patrol", "law_enforcement", "police", "US"),
    T("upd", "Riverside State University Police Department", "law_enforcement", "police", "US"),
    T("mtpd", "Metro Transit Police Department", "law_enforcement", "police", "US"),
    T("tribal", "Red Mesa Tribal Police", "law_enforcement", "police", "US"),
    T("miamipd", "Miami Beach Harbor Police", "law_enforcement", "police", "US"),
    T("fbifo", "Federal Investigative Field Office Denver", "law_enforcement", "federal_investigative", "US"),
    T("cbpsd", "US Border Station San Ysidro", "law_enforcement", "border_immigration", "US"),
    T("docny", "State Department of Corrections (NY)", "law_enforcement", "corrections", "US"),
    T("da", "Cook Valley District Attorney's Office", "law_enforcement", "prosecution", "US"),
    T("met", "Metropolitan Police Service", "law_enforcement", "police", "GB"),
    T("rcmp", "Royal Canadian Mounted Police – E Division", "law_enforcement", "police", "CA"),
    T("pnfr", "Police nationale – DDSP Rhône", "law_enforcement", "police", "FR"),
    T("gnfr", "Gendarmerie nationale – Groupement de la Gironde", "law_enforcement", "police", "FR"),
    T("pnes", "Policía Nacional – Jefatura Superior de Andalucía", "law_enforcement", "police", "ES"),
    T("mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES"),
    T("pfmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX"),
    T("polnrw", "Polizei Nordrhein-Westfalen – PP Köln", "law_enforcement", "police", "DE"),
    T("bpol", "Bundespolizeidirektion München", "law_enforcement", "border_immigration", "DE"),
    T("psp", "Polícia de Segurança Pública – COMETLIS", "law_enforcement", "police", "PT"),
    T("pcsp", "Polícia Civil do Estado de São Paulo", "law_enforcement", "police", "BR"),
    T("pmrj", "Polícia Militar do Rio de Janeiro", "law_enforcement", "police", "BR"),
    T("cara", "Arma dei Carabinieri – Comando Provinciale di Torino", "law_enforcement", "police", "IT"),
    T("psit", "Polizia di Stato – Questura di Napoli", "law_enforcement", "police", "IT"),
    T("nlpol", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"),
    T("kmar", "Koninklijke Marechaussee – Schiphol", "law_enforcement", "border_immigration", "NL"),
    T("bepol", "Police fédérale belge – DJSOC", "law_enforcement", "police", "BE"),
]
TENANTS = {t["id"]: t for t in _t}
E = TENANTS
TENANTS.update({t["id"]: t for t in [
    T("vidcorp", "VidSight Analytics Inc.", "commercial", None, "US", True,
      [E["spd"], E["mcso"], T("shopmart", "ShopMart Stores Inc.", "commercial", None, "US")]),
    T("lensco", "LensCo Integrations LLC", "commercial", None, "US", True,
      [E["txhp"], E["upd"], E["docny"]]),
    T("eurovis", "EuroVision Sécurité SAS", "commercial", None, "FR", True,
      [E["pnfr"], T("banqlyon", "Banque Lyonnaise", "commercial", None, "FR")]),
    T("iberia_ai", "Iberia Vision S.L.", "commercial", None, "ES", True,
      [E["pnes"], T("hotelesol", "Hoteles Sol Mar S.A.", "commercial", None, "ES"), E["spd"]]),
    T("kamerawerk", "KameraWerk GmbH", "commercial", None, "DE", True,
      [E["polnrw"], T("stadwerk", "Stadion Betriebs GmbH", "commercial", None, "DE")]),
    T("visaobr", "Visão Segura Tecnologia Ltda", "commercial", None, "BR", True,
      [E["pcsp"], E["miamipd"], T("bancopop", "Banco Popular do Sul", "commercial", None, "BR")]),
    T("occhio", "Occhio Digitale S.r.l.", "commercial", None, "IT", True,
      [E["cara"], T("retailit", "SuperMercati Nord S.p.A.", "commercial", None, "IT")]),
    T("beeldnl", "BeeldBewijs B.V.", "commercial", None, "NL", True,
      [E["nlpol"], E["mtpd"], T("zorgnl", "Zorggroep Delta", "commercial", None, "NL")]),
    T("hrtools", "HireRight Onboarding Tools", "commercial", None, "US", True,
      [T("acmecorp", "Acme Logistics", "commercial", None, "US")]),
    T("shopmart", "ShopMart Stores Inc.", "commercial", None, "US"),
    T("carrefx", "Hypermarchés Azur", "commercial", None, "FR"),
    T("kycbank", "NordBank AG – KYC", "commercial", None, "DE"),
    T("neobank", "Bancoluz Neobank", "commercial", None, "ES"),
    T("fotoapp", "PhotoFam App Ltd", "commercial", None, "GB"),
    T("press", "Gazette des Alpes", "commercial", None, "FR"),
    T("pressus", "The Valley Ledger", "commercial", None, "US"),
    T("ngo", "Digital Rights Watch", "nonprofit", None, "US"),
    T("ngonl", "Stichting Privacy Eerst", "nonprofit", None, "NL"),
    T("uni", "Universidad Politécnica de Levante", "academic", None, "ES"),
    T("unide", "TU Rheinland", "academic", None, "DE"),
    T("uniit", "Università di Bologna Nord", "academic", None, "IT"),
    T("unipt", "Universidade do Minho Norte", "academic", None, "PT"),
    T("hrco", "Casa Lusa Recursos Humanos", "commercial", None, "PT"),
    T("cityhall", "Ville de Lyon – Direction de la vidéoprotection", "government", None, "FR"),
    T("indiv", "Individual developer", "individual", None, "US"),
]})

for _tt in list(TENANTS.values()):
    for _e in _tt["end_customers"]:
        TENANTS.setdefault(_e["id"], dict(_e, end_customers=list(_e["end_customers"])))

CONFLICTS = []
CTX = {"t": True, "f": False, "n": None}


def r(voice, cls, tenant, msgs, purpose, ctx="nnn", ep="/v1/chat/completions", hdr=None, meta=None,
      tools=None, sys=None, img=None, amb=False, ec=None, emb=None):
    """msgs: str (one user turn) or list of (role, text); img: kit refs added to the last user turn.
    ctx: three letters t/f/n for real_time, mobile_camera, uncontrolled. ec: end customer id (header)."""
    assert tenant in TENANTS, tenant
    headers = dict(hdr or {})
    if ec:
        headers["X-Usegate-End-Customer"] = ec
    if isinstance(msgs, str):
        msgs = [("user", msgs)]
    turns = []
    if sys:
        turns.append({"role": "system", "content": sys})
    last_user = max(i for i, (ro, _) in enumerate(msgs) if ro == "user") if msgs else -1
    for i, (ro, tx) in enumerate(msgs):
        if i == last_user and img:
            content = [{"type": "text", "text": tx}] if tx else []
            content += [{"type": "image_url", "image_url": {"url": u}} for u in img]
            turns.append({"role": ro, "content": content})
        else:
            turns.append({"role": ro, "content": tx})
    if ep == "/v1/embeddings":
        body = {"input": emb}
    elif ep == "/v1/responses":
        inp = []
        for t in turns:
            if t["role"] == "system":
                continue
            c = t["content"]
            if isinstance(c, list):
                c = [{"type": "input_text", "text": x["text"]} if x["type"] == "text" else
                     {"type": "input_image", "image_url": x["image_url"]["url"]} for x in c]
            inp.append({"role": t["role"], "content": c})
        body = {"input": inp}
        if sys:
            body = {"instructions": sys, "input": inp}
    else:
        body = {"messages": turns}
    if tools:
        if ep == "/v1/responses":  # Responses API uses flat function tools
            tools = [{"type": "function", **t["function"]} for t in tools]
        body["tools"] = tools
    if meta:
        body["metadata"] = meta
    ec_id = ec or (meta or {}).get("end_customer")
    rt, mc, un = (CTX[c] for c in ctx)
    # declared context (headers) is part of the request: labels must agree with it
    dec = {"X-Usegate-Capture-Mode": ("live", "recorded"), "X-Usegate-Capture-Device": None,
           "X-Usegate-Environment": ("uncontrolled", "controlled")}
    vals = [rt, mc, un]
    for i, k in enumerate(["X-Usegate-Capture-Mode", "X-Usegate-Capture-Device", "X-Usegate-Environment"]):
        if k in headers:
            v = headers[k]
            d = (v != "fixed") if k == "X-Usegate-Capture-Device" else (v == dec[k][0])
            if vals[i] is None:
                vals[i] = d
            assert vals[i] == d, (k, v, msgs)
    # images are part of the request too: overlays and EXIF settle an unstated signal
    ev_mc, ev_rt = set(), set()
    for u in (img or []) + [e.get("image", "") for e in (emb or [])]:
        if u.startswith(("kit:bodycam_frame", "kit:dashcam_frame")) or any(x in u for x in ("exif=bodycam", "exif=dashcam", "exif=phone", "exif=drone")):
            ev_mc.add(True)
        elif u.startswith("kit:cctv_frame") or "exif=cctv" in u:
            ev_mc.add(False)
        if "age=" in u:
            age = int(u.split("age=")[1].split("&")[0])
            ev_rt.add(True if age <= 120 else False if age >= 3600 else None)
    for i, ev in ((1, ev_mc), (0, ev_rt)):
        ev.discard(None)
        if len(ev) == 1:
            v = ev.pop()
            if vals[i] is None:
                vals[i] = v
            elif vals[i] != v:
                CONFLICTS.append((tenant, msgs[-1][1][:60], i, vals[i], v))
    rt, mc, un = vals
    return {"voice": voice, "cls": cls, "tenant": tenant, "endpoint": ep, "headers": headers, "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": un},
            "end_customer": ec_id, "amb": amb}


def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}

ID, VER, GAL = "identification", "verification", "gallery"
FNR, WAF, UNR = "face_not_recognition", "writing_about_fr", "unrelated"
HB = {"X-Usegate-Capture-Device": "body_worn", "X-Usegate-Capture-Mode": "live", "X-Usegate-Environment": "uncontrolled"}
HREC = {"X-Usegate-Capture-Device": "fixed", "X-Usegate-Capture-Mode": "recorded", "X-Usegate-Environment": "controlled"}
FOURTH = ("The right of the people to be secure in their persons, houses, papers, and effects, against unreasonable "
          "searches and seizures, shall not be violated, and no Warrants shall issue, but upon probable cause, supported "
          "by Oath or affirmation, and particularly describing the place to be searched, and the persons or things to be seized.")
