"""Shared helpers for writer j's training records (stdlib only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def _t(id, name, sector, le_type=None, country="US", integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(end_customers)}


# --- tenants -----------------------------------------------------------------
T = {}
def _add(t):
    T[t["id"]] = t
    return t

# US police of many shapes
_add(_t("riverton-pd", "Riverton Police Department", "law_enforcement", "police"))
_add(_t("ashcombe-so", "Ashcombe County Sheriff's Office", "law_enforcement", "police"))
_add(_t("nv-hp", "Nevada Highway Patrol", "law_enforcement", "police"))
_add(_t("ucd-pd", "University of Carvell Police Department", "law_enforcement", "police"))
_add(_t("metro-transit-pd", "Bay Metro Transit Police", "law_enforcement", "police"))
_add(_t("redmesa-tribal-pd", "Red Mesa Tribal Police", "law_enforcement", "police"))
_add(_t("us-park-police", "United States Park Police", "law_enforcement", "police"))
_add(_t("lakeport-pd", "Lakeport Police Department", "law_enforcement", "police"))
_add(_t("harlow-so", "Harlow County Sheriff", "law_enforcement", "police"))
_add(_t("tx-dps-hp", "Texas Highway Patrol Division", "law_enforcement", "police"))
# US law enforcement that is not police
_add(_t("fbi-field", "Federal Bureau of Investigation - Field Office", "law_enforcement", "federal_investigative"))
_add(_t("hsi", "Homeland Security Investigations", "law_enforcement", "federal_investigative"))
_add(_t("cook-da", "Marlow County District Attorney", "law_enforcement", "prosecution"))
_add(_t("ga-doc", "State Department of Corrections", "law_enforcement", "corrections"))
_add(_t("cbp", "U.S. Customs and Border Protection", "law_enforcement", "border_immigration"))
# non-US law enforcement
_add(_t("delhi-police", "Delhi Police", "law_enforcement", "police", "IN"))
_add(_t("kerala-police", "Kerala Police", "law_enforcement", "police", "IN"))
_add(_t("mh-police", "Maharashtra Police - Pune City", "law_enforcement", "police", "IN"))
_add(_t("in-immigration", "Bureau of Immigration (India)", "law_enforcement", "border_immigration", "IN"))
_add(_t("ca-hcm", "Công an TP. Hồ Chí Minh", "law_enforcement", "police", "VN"))
_add(_t("ca-hanoi", "Công an TP. Hà Nội", "law_enforcement", "police", "VN"))
_add(_t("vn-border", "Bộ đội Biên phòng Việt Nam", "law_enforcement", "border_immigration", "VN"))
_add(_t("polda-metro", "Polda Metro Jaya", "law_enforcement", "police", "ID"))
_add(_t("polda-bali", "Polda Bali", "law_enforcement", "police", "ID"))
_add(_t("id-imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "border_immigration", "ID"))
_add(_t("polisen", "Polismyndigheten", "law_enforcement", "police", "SE"))
_add(_t("tullverket", "Tullverket", "law_enforcement", "other", "SE"))
_add(_t("kriminalvarden", "Kriminalvården", "law_enforcement", "corrections", "SE"))
_add(_t("hellenic-police", "Ελληνική Αστυνομία", "law_enforcement", "police", "GR"))
_add(_t("gr-coastguard", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "law_enforcement", "border_immigration", "GR"))
_add(_t("met-police", "Metropolitan Police Service", "law_enforcement", "police", "GB"))
_add(_t("rcmp-detach", "RCMP Detachment Surrey", "law_enforcement", "police", "CA"))
_add(_t("nsw-police", "NSW Police Force", "law_enforcement", "police", "AU"))
# commercial / others
_add(_t("hdfc-kyc", "Sahyog Bank KYC Ops", "commercial", None, "IN"))
_add(_t("vn-bank", "Ngân hàng Sao Việt", "commercial", None, "VN"))
_add(_t("id-fintech", "DompetKu Fintech", "commercial", None, "ID"))
_add(_t("se-bank", "Nordbanken AB", "commercial", None, "SE"))
_add(_t("gr-bank", "Τράπεζα Αιγαίου", "commercial", None, "GR"))
_add(_t("us-retail", "MegaMart Stores Inc.", "commercial", None, "US"))
_add(_t("in-retail", "BazaarKart Retail", "commercial", None, "IN"))
_add(_t("photoapp", "SnapShelf Photos", "commercial", None, "US"))
_add(_t("se-hr", "Personalpoolen AB", "commercial", None, "SE"))
_add(_t("gr-news", "Εφημερίδα Ημέρα", "commercial", None, "GR"))
_add(_t("us-news", "The Harbor Ledger", "commercial", None, "US"))
_add(_t("in-news", "Dainik Samvad", "commercial", None, "IN"))
_add(_t("aclu-like", "Civil Liberties Watch", "nonprofit", None, "US"))
_add(_t("vn-uni", "Đại học Bách khoa (nhóm nghiên cứu)", "academic", None, "VN"))
_add(_t("city-council", "Riverton City Council", "government", None, "US"))
_add(_t("se-kommun", "Malmö stad", "government", None, "SE"))
_add(_t("gr-gov", "Υπουργείο Ψηφιακής Διακυβέρνησης", "government", None, "GR"))
_add(_t("id-event", "Jakarta Expo Security (swasta)", "commercial", None, "ID"))

# integrators
_add(_t("lensco", "LensCo Public Safety Software", "commercial", None, "US", True,
        [T["riverton-pd"], T["harlow-so"], T["us-retail"], T["fbi-field"]]))
_add(_t("netra-ai", "NetraAI Solutions", "commercial", None, "IN", True,
        [T["mh-police"], T["hdfc-kyc"], T["in-retail"]]))
_add(_t("nordvision", "NordVision Integrator AB", "commercial", None, "SE", True,
        [T["polisen"], T["se-bank"], T["metro-transit-pd"]]))
_add(_t("mata-sys", "MataSys Integrasi", "commercial", None, "ID", True,
        [T["polda-metro"], T["id-fintech"]]))


def us_police(t):
    return t["sector"] == "law_enforcement" and t["le_type"] == "police" and t["country"] == "US"


def is_le(t):
    return t["sector"] == "law_enforcement"


# --- message helpers ---------------------------------------------------------
def img(ref):
    if not ref.startswith("kit:"):
        ref = "kit:" + ref
    return {"type": "image_url", "image_url": {"url": ref}}


def u(text, *images):
    if not images:
        return {"role": "user", "content": text}
    parts = []
    if text:
        parts.append({"type": "text", "text": text})
    parts += [img(i) for i in images]
    return {"role": "user", "content": parts}


def s(text):
    return {"role": "system", "content": text}


def a(text):
    return {"role": "assistant", "content": text}


def tool(name, desc, **params):
    props = {k: {"type": "string", "description": v} for k, v in params.items()}
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": list(params)}}}


def derive(tenant, headers, body, labels, ambiguous=False):
    """kind/expect from tenant + labels, by FORMAT.md rules."""
    recog = labels["purpose"] in RECOG
    ec_id = (headers or {}).get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    eff, unknown = tenant, False
    if tenant["integrator"]:
        match = [e for e in tenant["end_customers"] if e["id"] == ec_id]
        if match:
            eff = match[0]
        else:
            unknown = True
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    if unknown:
        ecs = tenant["end_customers"]
        c1 = recog and any(us_police(e) for e in ecs)
        c2 = recog and ctx and any(is_le(e) for e in ecs)
        if c1 or c2:
            cl = ([C1] if c1 else []) + ([C2] if c2 else [])
            return "ambiguous", {"accept": ["review", "deny"], "clauses": cl}
        return "allowed", {"accept": ["allow"], "clauses": []}
    c1 = recog and us_police(eff)
    c2 = recog and is_le(eff) and ctx
    cl = ([C1] if c1 else []) + ([C2] if c2 else [])
    if ambiguous:
        if not cl:
            cl = [C1] if us_police(eff) else [C2]
        return "ambiguous", {"accept": ["review", "deny"], "clauses": cl}
    if cl:
        return "violation", {"accept": ["deny"], "clauses": cl}
    return "allowed", {"accept": ["allow"], "clauses": []}


ALL = []


def R(lang, voice, cls, tenant, msgs, purpose, rt=None, mob=None, unc=None, headers=None,
      tools=None, endpoint="/v1/chat/completions", model="gpt-4o", extra=None, amb=False, body=None):
    """Queue one record."""
    if body is None:
        body = {"model": model, "messages": msgs}
        if tools:
            body["tools"] = tools
    if extra:
        body.update(extra)
    ALL.append(dict(lang=lang, voice=voice, cls=cls, tenant=T[tenant], headers=headers or {},
                    body=body, endpoint=endpoint,
                    labels={"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
                    amb=amb))


# frequently offered tools
FACE_SEARCH = tool("face_search", "Search the department's booking photo index with an image and return the closest records.", image_url="image to search with", top_k="how many results")
BOOKING = tool("search_booking_photos", "Return booking records whose photos are most similar to the supplied image.", image_url="query image")
MATCH = tool("match_face", "Compare a probe image against one reference record and return a similarity score.", probe="probe image url", record_id="reference record")
WATCH = tool("watchlist_query", "Query the active watch-list with a captured frame; returns hits with names and warrants.", frame="captured frame")
FRS = tool("run_frs", "Run the facial recognition service on an image against a chosen gallery.", image="image", gallery="gallery name")
ENROLL = tool("enroll_subject", "Add a subject's photo to a recognition gallery.", image="photo", subject_id="subject id")
PLATE = tool("lookup_plate", "Look up a licence plate in the vehicle registry.", plate="plate text")
CAD = tool("cad_lookup", "Fetch a computer-aided-dispatch incident by number.", incident="incident number")
CAL = tool("roster_write", "Write shifts into the duty roster.", week="ISO week", shifts="json")

# extra tenants for the localised files
_add(_t("edison-pd", "Edison Township Police Department", "law_enforcement", "police"))
_add(_t("sugarland-pd", "Sugar Land Police Department", "law_enforcement", "police"))
_add(_t("rpf", "Railway Protection Force", "law_enforcement", "police", "IN"))
_add(_t("hyd-police", "Hyderabad City Police", "law_enforcement", "police", "IN"))
_add(_t("in-nia", "National Investigation Agency", "law_enforcement", "federal_investigative", "IN"))
_add(_t("garden-grove-pd", "Garden Grove Police Department", "law_enforcement", "police"))
_add(_t("ca-danang", "Công an TP. Đà Nẵng", "law_enforcement", "police", "VN"))
_add(_t("vn-shop", "Chuỗi cửa hàng Tiện Lợi Xanh", "commercial", None, "VN"))
_add(_t("polda-jabar", "Polda Jawa Barat", "law_enforcement", "police", "ID"))
_add(_t("id-kejaksaan", "Kejaksaan Negeri Jakarta Selatan", "law_enforcement", "prosecution", "ID"))
_add(_t("id-mall", "Grand Mal Surabaya (keamanan)", "commercial", None, "ID"))
_add(_t("brookdale-pd", "Brookdale Police Department", "law_enforcement", "police"))
_add(_t("se-kbv", "Kustbevakningen", "law_enforcement", "other", "SE"))
_add(_t("se-ica", "Handelslaget Syd AB (butikssäkerhet)", "commercial", None, "SE"))
_add(_t("tarpon-pd", "Tarpon Springs Police Department", "law_enforcement", "police"))
_add(_t("gr-shop", "Αλυσίδα Καταστημάτων Ερμής", "commercial", None, "GR"))
_add(_t("gr-antiterror", "Διεύθυνση Αντιμετώπισης Ειδικών Εγκλημάτων Βίας", "law_enforcement", "police", "GR"))

# ---------------- writer n additions ----------------------------------------
_add(_t("lafayette-so", "Acadiana Parish Sheriff's Office", "law_enforcement", "police"))
_add(_t("lewiston-pd", "Lewiston Falls Police Department", "law_enforcement", "police"))
_add(_t("cordero-so", "Cordero County Sheriff's Office", "law_enforcement", "police"))
_add(_t("hialeah-pd", "Palm Canal Police Department", "law_enforcement", "police"))
_add(_t("newulm-pd", "New Bremen Police Department", "law_enforcement", "police"))
_add(_t("fredericksburg-pd", "Hill Country Police Department", "law_enforcement", "police"))
_add(_t("ironbound-pd", "Ironbound Precinct, Harbor City Police", "law_enforcement", "police"))
_add(_t("fallriver-pd", "Fall Crossing Police Department", "law_enforcement", "police"))
_add(_t("bayonne-pd", "Bay Point Police Department", "law_enforcement", "police"))
_add(_t("holland-pd", "Holland Lakeshore Police Department", "law_enforcement", "police"))
_add(_t("hamtramck-pd", "Hamden Heights Police Department", "law_enforcement", "police"))
_add(_t("gardena-pd", "Gardenia Police Department", "law_enforcement", "police"))
_add(_t("kingsharbor-pd", "Kings Harbor Police Department", "law_enforcement", "police"))
_add(_t("paterson-pd", "Passaic Falls Police Department", "law_enforcement", "police"))
_add(_t("fortlee-pd", "Fort Hudson Police Department", "law_enforcement", "police"))
_add(_t("fairlane-pd", "Fairlane Heights Police Department", "law_enforcement", "police"))
_add(_t("woodbridge-pd", "Woodbridge Township Police Department", "law_enforcement", "police"))
_add(_t("philly-transit-pd", "Delaware Valley Transit Police", "law_enforcement", "police"))
_add(_t("lindstrom-pd", "Lindholm Police Department", "law_enforcement", "police"))
_add(_t("astoria-pd", "Astor Point Police Department", "law_enforcement", "police"))
_add(_t("state-capitol-pd", "State Capitol Police", "law_enforcement", "police"))
_add(_t("campus-pd", "Westbrook College Police", "law_enforcement", "police"))
# non-US law enforcement look-alikes
_add(_t("pn-lyon", "Police nationale - DDSP Rhône", "law_enforcement", "police", "FR"))
_add(_t("pn-madrid", "Policía Nacional - Jefatura de Madrid", "law_enforcement", "police", "ES"))
_add(_t("polizei-koeln", "Polizeipräsidium Köln", "law_enforcement", "police", "DE"))
_add(_t("psp-lisboa", "PSP - Comando Metropolitano de Lisboa", "law_enforcement", "police", "PT"))
_add(_t("polizia-milano", "Questura di Milano", "law_enforcement", "police", "IT"))
_add(_t("politie-rdam", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"))
_add(_t("policja-krakow", "Komenda Miejska Policji w Krakowie", "law_enforcement", "police", "PL"))
_add(_t("osaka-pref-police", "大阪府警察", "law_enforcement", "police", "JP"))
_add(_t("tr-emniyet", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "police", "TR"))
_add(_t("kr-police", "서울경찰청", "law_enforcement", "police", "KR"))
_add(_t("ae-police", "شرطة أبوظبي", "law_enforcement", "police", "AE"))
_add(_t("ua-police", "Національна поліція України - ГУНП Київ", "law_enforcement", "police", "UA"))
_add(_t("kz-police", "Полиция г. Алматы", "law_enforcement", "police", "KZ"))
# non-LE look-alikes
_add(_t("fr-retail", "Hypermarchés Soleil SAS", "commercial", None, "FR"))
_add(_t("es-bank", "Banco Meridiano", "commercial", None, "ES"))
_add(_t("de-event", "Arena Sicherheitsdienst GmbH", "commercial", None, "DE"))
# integrators with US police end customers
_add(_t("patrolvision", "PatrolVision GmbH", "commercial", None, "DE", True,
        [T["newulm-pd"], T["de-event"], T["polizei-koeln"]]))
_add(_t("securvue", "SecurVue SAS", "commercial", None, "FR", True,
        [T["lafayette-so"], T["fr-retail"], T["pn-lyon"]]))
_add(_t("vigia-soft", "Vigía Software SL", "commercial", None, "ES", True,
        [T["cordero-so"], T["es-bank"], T["pn-madrid"]]))

I, V, G = "identification", "verification", "gallery"
F, U, W = "face_not_recognition", "unrelated", "writing_about_fr"


def _user(t):
    if isinstance(t, tuple):
        return u(t[0], *t[1:])
    return u(t)


def mk(lang):
    """q(voice, tenant, purpose, text, *images, cls=..., **R-kwargs) -> one single-turn record.
    m(voice, tenant, purpose, turns, ...) -> multi-turn; turns alternate user/assistant; a user turn
    may be a tuple (text, image, ...); a leading ('SYS', text) becomes the system prompt."""
    def q(voice, tenant, purpose, text, *images, cls="plain", **kw):
        R(lang, voice, cls, tenant, [u(text, *images)], purpose, **kw)

    def m(voice, tenant, purpose, turns, cls="ask_elsewhere", **kw):
        msgs = []
        turns = list(turns)
        if turns and isinstance(turns[0], tuple) and turns[0][0] == "SYS":
            msgs.append(s(turns.pop(0)[1]))
        for k, t in enumerate(turns):
            msgs.append(_user(t) if k % 2 == 0 else a(t))
        R(lang, voice, cls, tenant, msgs, purpose, **kw)
    return q, m
