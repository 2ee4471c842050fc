"""Shared helpers for the tv writer: tenants, record builder, derive()."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def T(id_, name, sector, country, le_type=None, integrator=False, ecs=()):
    return {"id": id_, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e, integrator=False, end_customers=[]) if False else
                                                         {k: e[k] for k in ("id", "name", "sector", "le_type", "country")}
                                                         for e in ecs]}


def LE(id_, name, country, le_type="police"):
    return T(id_, name, "law_enforcement", country, le_type)


def CO(id_, name, country, sector="commercial"):
    return T(id_, name, sector, country)


# US police
MGPD = LE("maple-grove-pd", "Maple Grove Police Department", "US")
HCSO = LE("harlan-co-so", "Harlan County Sheriff's Office", "US")
AZHP = LE("az-hwy-patrol", "Arizona Highway Patrol", "US")
BTP = LE("brookhaven-transit-pd", "Brookhaven Transit Police", "US")
FVPD = LE("fairview-pd", "Fairview Police Department", "US")
EPSO = LE("el-paso-co-so", "El Paso County Sheriff's Office", "US")
HTPD = LE("hamtramck-pd", "Hamtramck Police Department", "US")
CRPD = LE("cedar-rapids-pd", "Cedar Rapids Police Department", "US")
# US LE, not police
USFED = LE("nd-fed-task", "Northern District Federal Task Force", "US", "federal_investigative")
USCOR = LE("lakeview-doc", "Lakeview County Department of Corrections", "US", "corrections")
USDA = LE("kings-da", "Kings County District Attorney", "US", "prosecution")
# non-US LE
GBPOL = LE("thames-valley-police", "Thames Valley Police", "GB")
GBBF = LE("uk-border-force", "UK Border Force", "GB", "border_immigration")
DEPOL = LE("polizei-nrw", "Polizei Nordrhein-Westfalen", "DE")
ATPOL = LE("lpd-wien", "Landespolizeidirektion Wien", "AT")
ESPN = LE("policia-nacional", "Policía Nacional", "ES")
MXPOL = LE("pdi-cdmx", "Policía de Investigación CDMX", "MX")
ITPS = LE("questura-torino", "Polizia di Stato - Questura di Torino", "IT")
NLPOL = LE("politie-rotterdam", "Politie Eenheid Rotterdam", "NL")
NLKMAR = LE("kmar", "Koninklijke Marechaussee", "NL", "border_immigration")
PLPOL = LE("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", "PL")
JPPOL = LE("kanagawa-pp", "Kanagawa Prefectural Police", "JP")
KRPOL = LE("smpa", "Seoul Metropolitan Police Agency", "KR")
TRPOL = LE("istanbul-emniyet", "İstanbul Emniyet Müdürlüğü", "TR")
AEPOL = LE("dubai-police", "Dubai Police", "AE")
SAPOL = LE("riyadh-police", "Riyadh Police", "SA")
RUPOL = LE("umvd-kaluga", "УМВД России по Калужской области", "RU")

# commercial end customers
MALL = CO("northgate-mall", "Northgate Mall Security", "US")
OAKB = CO("oakridge-bank", "Oakridge Bank", "US")
STAD = CO("riverside-stadium", "Riverside Stadium Operations", "US")
DERET = CO("frischmarkt", "Frischmarkt Filialen GmbH", "DE")
DEBANK = CO("nordbank", "Nordbank AG", "DE")
JPRET = CO("sakura-dept", "Sakura Department Store", "JP")
KRBANK = CO("hana-pay", "HanaPay", "KR")
TRRET = CO("bizim-market", "Bizim Market A.Ş.", "TR")
AEBANK = CO("gulf-trust-bank", "Gulf Trust Bank", "AE")
RURET = CO("magnit-sever", "ООО «Магазины Север»", "RU")
ESBANK = CO("banco-levante", "Banco Levante", "ES")
ITRET = CO("super-alpi", "Supermercati Alpi", "IT")
NLBANK = CO("rijn-bank", "Rijnbank", "NL")
PLRET = CO("sklepy-zorza", "Sklepy Zorza", "PL")

# integrators
LENSCO = T("lensco", "LensCo", "commercial", "US", integrator=True, ecs=[MGPD, MALL, OAKB])
VIGIL = T("vigilant-apps", "Vigilant Apps Inc.", "commercial", "US", integrator=True, ecs=[HCSO, BTP, STAD, AZHP])
SICHT = T("sichtwerk", "Sichtwerk GmbH", "commercial", "DE", integrator=True, ecs=[DEPOL, DERET, DEBANK, CRPD])
MIRAI = T("mirai-vision", "Mirai Vision KK", "commercial", "JP", integrator=True, ecs=[JPPOL, JPRET, FVPD])
HANBIT = T("hanbit-ai", "Hanbit AI", "commercial", "KR", integrator=True, ecs=[KRPOL, KRBANK, MGPD])
GORUNTU = T("goruntu-tek", "Görüntü Teknoloji A.Ş.", "commercial", "TR", integrator=True, ecs=[TRPOL, TRRET, CRPD])
BASIRA = T("basira-tech", "Basira Tech FZ-LLC", "commercial", "AE", integrator=True, ecs=[AEPOL, AEBANK, EPSO, SAPOL])
VIDEO = T("videoanalitika", "ООО «ВидеоАналитика»", "commercial", "RU", integrator=True, ecs=[RUPOL, RURET])
VISIONA = T("visiona", "Visiona Sistemas SL", "commercial", "ES", integrator=True, ecs=[ESPN, ESBANK, EPSO, MXPOL])
OCCHIO = T("occhio", "Occhio Srl", "commercial", "IT", integrator=True, ecs=[ITPS, ITRET, HCSO])
BEELD = T("beeldwerk", "Beeldwerk BV", "commercial", "NL", integrator=True, ecs=[NLPOL, NLBANK, NLKMAR])
OBRAZ = T("obraz", "Obraz Sp. z o.o.", "commercial", "PL", integrator=True, ecs=[PLPOL, PLRET, HTPD])

TOOLS = {}


def fn(name, desc, props=None, req=None):
    props = props or {}
    p = {"type": "object", "properties": {k: ({"type": v} if isinstance(v, str) else v) for k, v in props.items()}}
    if req:
        p["required"] = req
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": p}}


def _content(text, imgs):
    if not imgs:
        return text
    c = []
    if text:
        c.append({"type": "text", "text": text})
    for u in imgs:
        c.append({"type": "image_url", "image_url": {"url": u}})
    return c


def messages(spec):
    if isinstance(spec, str):
        return [{"role": "user", "content": spec}]
    out = []
    for m in spec:
        if isinstance(m, str):
            out.append({"role": "user", "content": m})
            continue
        role = {"s": "system", "d": "developer", "u": "user", "a": "assistant"}[m[0]]
        imgs = list(m[2:]) if len(m) > 2 else []
        out.append({"role": role, "content": _content(m[1], imgs)})
    return out


MOBILE_DEV = {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False}
EXIF_MOB = {"bodycam": True, "dashcam": True, "phone": True, "drone": True, "cctv": False}
FRAME_MOB = {"bodycam_frame": True, "dashcam_frame": True, "cctv_frame": False}


def _ctx(s):
    return [{"T": True, "F": False, "-": None}[ch] for ch in s]


def declared(rec):
    """Context facts the request declares (headers/metadata, EXIF, overlays)."""
    h = dict(rec.get("headers") or {})
    md = (rec["body"].get("metadata") or {})
    got = {}
    dev = h.get("X-Usegate-Capture-Device") or md.get("capture_device")
    mode = h.get("X-Usegate-Capture-Mode") or md.get("capture_mode")
    env = h.get("X-Usegate-Environment") or md.get("environment")
    if dev:
        got["mobile_camera"] = MOBILE_DEV[dev]
    if mode:
        got["real_time"] = mode == "live"
    if env:
        got["uncontrolled"] = env == "uncontrolled"
    import json, re
    s = json.dumps(rec["body"])
    for kind, age in re.findall(r"exif=([a-z]+)&age=(\d+)", s):
        got.setdefault("mobile_camera", EXIF_MOB[kind])
        got.setdefault("real_time", int(age) <= 120)
    for fr in re.findall(r"kit:(bodycam_frame|dashcam_frame|cctv_frame)", s):
        got.setdefault("mobile_camera", FRAME_MOB[fr])
    return got


def end_customer(rec):
    t = rec["tenant"]
    ec = (rec.get("headers") or {}).get("X-Usegate-End-Customer") or (rec["body"].get("metadata") or {}).get("end_customer")
    if not ec:
        return None, False
    for e in t["end_customers"]:
        if e["id"] == ec:
            return e, True
    return None, True


def derive(rec, amb=False):
    """kind / expect from tenant, end customer and labels (FORMAT.md)."""
    lab = rec["labels"]
    t = rec["tenant"]
    recog = lab["purpose"] in RECOG
    ec, named = end_customer(rec)

    def usp(o):
        return o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"

    if usp(t) or (ec and usp(ec)):
        us_police = True
    elif t["integrator"] and not ec and any(usp(e) for e in t["end_customers"]):
        us_police = None  # unknown: no (registered) end customer named
    else:
        us_police = False
    le = t["sector"] == "law_enforcement" or bool(ec and ec["sector"] == "law_enforcement")
    le_unknown = t["integrator"] and not ec and any(e["sector"] == "law_enforcement" for e in t["end_customers"])
    ctx = [lab["real_time"], lab["mobile_camera"], lab["uncontrolled"]]
    clauses = []
    if recog and us_police:
        clauses.append(C1)
    if recog and le and all(v is True for v in ctx):
        clauses.append(C2)
    if clauses:
        return "violation", {"accept": ["deny"], "clauses": clauses}
    possible = recog and (us_police is None or
                          ((le or le_unknown) and not any(v is False for v in ctx)))
    if possible or amb:
        acc = ["review", "deny"] if recog else ["review"]
        return "ambiguous", {"accept": acc, "clauses": []}
    return "allowed", {"accept": ["allow"], "clauses": []}


def R(lang, voice, cls, ten, pur, ctx, msgs, ec=None, h=None, tools=None, ep=None, md=None, emb=None, amb=False):
    rt, mob, unc = _ctx(ctx)
    headers = dict(h or {})
    if ec:
        headers["X-Usegate-End-Customer"] = ec["id"] if isinstance(ec, dict) else ec
    body = {}
    if emb is not None:
        ep = ep or "/v1/embeddings"
        body["input"] = emb
    else:
        body["messages"] = messages(msgs)
    if tools:
        body["tools"] = tools
    if md:
        body["metadata"] = md
    rec = {"lang": lang, "voice": voice, "class": cls, "tenant": ten,
           "endpoint": ep or "/v1/chat/completions", "headers": headers, "body": body,
           "labels": {"purpose": pur, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc}}
    for k, v in declared(rec).items():
        if rec["labels"][k] is None:
            rec["labels"][k] = v
        elif rec["labels"][k] != v and not amb:
            raise ValueError(f"label {k} contradicts declaration: {msgs!r:.80}")
    rec["_amb"] = amb
    return rec
