"""Tenants, body helpers and label->expect derivation for writer da (stdlib only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
REC = {"identification", "verification", "gallery"}
PURP = {"id": "identification", "ver": "verification", "gal": "gallery",
        "fnr": "face_not_recognition", "wfr": "writing_about_fr", "unr": "unrelated"}


def _t(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in ecs]}


def LE(id, name, le_type, country):
    return _t(id, name, "law_enforcement", le_type, country)


def CO(id, name, country, sector="commercial"):
    return _t(id, name, sector, None, country)


T = {
    # US police (C1 applies)
    "tulsa": LE("tulsa-pd", "Tulsa Police Department", "police", "US"),
    "travis": LE("travis-so", "Travis County Sheriff's Office", "police", "US"),
    "ohsp": LE("ohio-shp", "Ohio State Highway Patrol", "police", "US"),
    "umich": LE("umich-dps", "University of Michigan Division of Public Safety", "police", "US"),
    "navajo": LE("navajo-pd", "Navajo Nation Police Department", "police", "US"),
    "bart": LE("bart-pd", "BART Police Department", "police", "US"),
    "hialeah": LE("hialeah-pd", "Hialeah Police Department", "police", "US"),
    "elpaso": LE("elpaso-so", "El Paso County Sheriff's Office", "police", "US"),
    "capitol": LE("uscp", "United States Capitol Police", "police", "US"),
    "nola": LE("nopd", "New Orleans Police Department", "police", "US"),
    # US law enforcement that is not police
    "fbi": LE("fbi-cjis", "FBI Criminal Justice Information Services", "federal_investigative", "US"),
    "cbp": LE("cbp-ofo", "U.S. Customs and Border Protection, Office of Field Operations", "border_immigration", "US"),
    "cookda": LE("cook-sao", "Cook County State's Attorney's Office", "prosecution", "US"),
    "uscor": LE("fl-doc", "Florida Department of Corrections", "corrections", "US"),
    # non-US law enforcement
    "met": LE("met-police", "Metropolitan Police Service", "police", "GB"),
    "rcmp": LE("rcmp", "Royal Canadian Mounted Police", "police", "CA"),
    "gend": LE("gn-fr", "Gendarmerie nationale", "police", "FR"),
    "pn": LE("pn-fr", "Police nationale - DDSP du Nord", "police", "FR"),
    "douane": LE("douane-fr", "Direction generale des douanes et droits indirects", "border_immigration", "FR"),
    "gc": LE("guardia-civil", "Guardia Civil", "police", "ES"),
    "mossos": LE("mossos", "Mossos d'Esquadra", "police", "ES"),
    "sspcdmx": LE("ssc-cdmx", "Secretaria de Seguridad Ciudadana de la Ciudad de Mexico", "police", "MX"),
    "bpol": LE("bpol", "Bundespolizei", "police", "DE"),
    "polnrw": LE("pol-nrw", "Polizei Nordrhein-Westfalen", "police", "DE"),
    "jva": LE("jva-tegel", "Justizvollzugsanstalt Tegel", "corrections", "DE"),
    "psp": LE("psp", "Policia de Seguranca Publica", "police", "PT"),
    "pmsp": LE("pmesp", "Policia Militar do Estado de Sao Paulo", "police", "BR"),
    "pf": LE("pf-br", "Policia Federal", "federal_investigative", "BR"),
    "cc": LE("carabinieri", "Arma dei Carabinieri", "police", "IT"),
    "pds": LE("poliziadistato", "Polizia di Stato - Questura di Milano", "police", "IT"),
    "penit": LE("pol-penit", "Polizia Penitenziaria", "corrections", "IT"),
    "politie": LE("politie-nl", "Politie Eenheid Rotterdam", "police", "NL"),
    "kmar": LE("kmar", "Koninklijke Marechaussee", "border_immigration", "NL"),
    "policja": LE("kwp-krakow", "Komenda Wojewodzka Policji w Krakowie", "police", "PL"),
    "sg": LE("straz-graniczna", "Straz Graniczna", "border_immigration", "PL"),
    "mpd": LE("mpd-jp", "Keishicho (Tokyo Metropolitan Police Department)", "police", "JP"),
    "osaka": LE("osaka-pp", "Osaka Prefectural Police", "police", "JP"),
    "mvd": LE("gumvd-msk", "GU MVD po g. Moskve", "police", "RU"),
    "kzpol": LE("kz-police", "Department politsii g. Almaty", "police", "KZ"),
    # others
    "retail": CO("shopwise", "ShopWise Stores Inc.", "US"),
    "carrefour": CO("hyperfr", "HyperMarche Nord SAS", "FR"),
    "kyc": CO("veriflow", "VeriFlow KYC GmbH", "DE"),
    "bank": CO("bancoluz", "Banco Luz S.A.", "BR"),
    "hr": CO("staffly", "Staffly HR B.V.", "NL"),
    "photo": CO("snapalbum", "SnapAlbum Inc.", "JP"),
    "news": CO("ledger", "The Valley Ledger", "US"),
    "ngo": CO("privwatch", "Panoptykon-like Watch Foundation", "PL", "nonprofit"),
    "uni": CO("uni-lab", "Universita di Bologna - Lab Visione", "IT", "academic"),
    "law": CO("hartley", "Hartley & Moss LLP", "US"),
    "ind": CO("indiv-88", "individual developer", "ES", "individual"),
    "city": CO("city-hall", "Ayuntamiento de Valencia - Sistemas", "ES", "government"),
    "rzd": CO("metro-spb", "Metropoliten Sankt-Peterburga (security service)", "RU"),
}

# integrators (end customers registered)
T["lensco"] = _t("argusvision", "ArgusVision Systems Inc.", "commercial", None, "US", True,
                 [T["tulsa"], T["hialeah"], T["retail"], T["met"]])
T["eurint"] = _t("eurosight", "EuroSight Integrations SE", "commercial", None, "DE", True,
                 [T["polnrw"], T["bpol"], T["kyc"], T["gend"], T["nola"]])
T["jpint"] = _t("kanshi-tech", "Kanshi Tech K.K.", "commercial", None, "JP", True,
                [T["mpd"], T["photo"], T["elpaso"]])
T["latint"] = _t("vigia", "Vigia Sistemas Ltda", "commercial", None, "BR", True,
                 [T["pmsp"], T["bank"], T["travis"]])


def us_police(e):
    return e and e.get("sector") == "law_enforcement" and e.get("le_type") == "police" and e.get("country") == "US"


def is_le(e):
    return e and e.get("sector") == "law_enforcement"


# ---------- body helpers ----------
def img(ref):
    return {"type": "image_url", "image_url": {"url": ref if ref.startswith("kit:") else "kit:" + ref}}


def content(text, imgs):
    if not imgs:
        return text
    parts = [{"type": "text", "text": text}] if text else []
    return parts + [img(i) for i in imgs]


def U(text, *imgs, model="gpt-4o", sys=None, meta=None):
    msgs = []
    if sys:
        msgs.append({"role": "system", "content": sys})
    msgs.append({"role": "user", "content": content(text, imgs)})
    b = {"model": model, "messages": msgs}
    if meta:
        b["metadata"] = meta
    return b


def M(*turns, model="gpt-4o", tools=None, meta=None):
    """turns: (role, text, [imgs...]) or (role, text)."""
    msgs = []
    for t in turns:
        role, text = t[0], t[1]
        imgs = t[2] if len(t) > 2 else ()
        msgs.append({"role": role, "content": content(text, imgs)})
    b = {"model": model, "messages": msgs}
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    return b


def tool(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: {"type": v[0], "description": v[1]} for k, v in props.items()},
        "required": req if req is not None else list(props)}}}


def RESP(text, *imgs, instructions=None, model="gpt-4.1", meta=None):
    if imgs:
        inp = [{"role": "user", "content": ([{"type": "input_text", "text": text}] if text else []) +
                [{"type": "input_image", "image_url": (i if i.startswith("kit:") else "kit:" + i)} for i in imgs]}]
    else:
        inp = text
    b = {"model": model, "input": inp}
    if instructions:
        b["instructions"] = instructions
    if meta:
        b["metadata"] = meta
    return b


def EMB(*items, model="multimodal-embed-1", meta=None):
    inp = []
    for it in items:
        if isinstance(it, str):
            inp.append(it)
        else:
            d = {}
            if it[0]:
                d["image"] = it[0] if it[0].startswith("kit:") else "kit:" + it[0]
            if len(it) > 1 and it[1]:
                d["text"] = it[1]
            inp.append(d)
    b = {"model": model, "input": inp}
    if meta:
        b["metadata"] = meta
    return b


def H(device=None, mode=None, env=None, ec=None):
    h = {}
    if ec:
        h["X-Usegate-End-Customer"] = ec
    if device:
        h["X-Usegate-Capture-Device"] = device
    if mode:
        h["X-Usegate-Capture-Mode"] = mode
    if env:
        h["X-Usegate-Environment"] = env
    return h


_TRI = {"t": True, "f": False, "-": None}


def r(lang, voice, cls, ten, body, p, ctx="---", h=None, ep=None, amb=None):
    """One hand-written record. ctx: 3 chars for real_time/mobile_camera/uncontrolled (t/f/-).
    amb: None, or 'review' / 'review_deny' to force an ambiguous label for a genuinely unclear ask."""
    if ep is None:
        ep = "/v1/embeddings" if "input" in body and body.get("model", "").endswith("embed-1") else (
            "/v1/responses" if "input" in body else "/v1/chat/completions")
    return {"lang": lang, "voice": voice, "class": cls, "tenant": T[ten], "endpoint": ep,
            "headers": h or {}, "body": body,
            "labels": {"purpose": PURP[p], "real_time": _TRI[ctx[0]], "mobile_camera": _TRI[ctx[1]],
                       "uncontrolled": _TRI[ctx[2]]}, "_amb": amb}


def derive(rec):
    """kind / expect from tenant, named end customer and labels (FORMAT.md rules)."""
    t = rec["tenant"]
    lab = rec["labels"]
    rec_p = lab["purpose"] in REC
    amb = rec.pop("_amb", None)
    unknown = False
    if t["integrator"]:
        ec_id = rec["headers"].get("X-Usegate-End-Customer") or (rec["body"].get("metadata") or {}).get("end_customer")
        ent = None
        for e in t["end_customers"]:
            if ec_id and e["id"] == ec_id:
                ent = e
        if ent is None:
            serves_le = any(is_le(e) for e in t["end_customers"])
            unknown = serves_le
            ent = {}
    else:
        ent = t
    clauses = []
    if rec_p and not unknown:
        if us_police(ent):
            clauses.append(C1)
        if is_le(ent) and lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True:
            clauses.append(C2)
    if amb:
        rec["kind"] = "ambiguous"
        rec["expect"] = {"accept": ["review", "deny"] if amb == "review_deny" else ["review"], "clauses": clauses}
    elif rec_p and unknown:
        rec["kind"] = "ambiguous"
        possible = [C1]
        if lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True:
            possible.append(C2)
        rec["expect"] = {"accept": ["review"], "clauses": []}
    elif clauses:
        rec["kind"] = "violation"
        rec["expect"] = {"accept": ["deny"], "clauses": clauses}
    else:
        rec["kind"] = "allowed"
        rec["expect"] = {"accept": ["allow"], "clauses": []}
    return rec
