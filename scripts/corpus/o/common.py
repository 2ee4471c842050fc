"""Shared helpers for writer o's training records (stdlib only; tenants and derive() copied from writer j)."""

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
      tools=None, endpoint="/v1/chat/completions", model="gpt-4o", extra=None, amb=False, body=None, at=None):
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
                    amb=amb, at=at))


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

# --- writer o: more non-US law enforcement and US police ---------------------
_add(_t("fr-pn", "Police nationale - DDSP du Rhône", "law_enforcement", "police", "FR"))
_add(_t("fr-gend", "Gendarmerie nationale - Groupement de la Gironde", "law_enforcement", "police", "FR"))
_add(_t("fr-pm-nice", "Police municipale de Nice", "law_enforcement", "police", "FR"))
_add(_t("be-police", "Police fédérale belge", "law_enforcement", "police", "BE"))
_add(_t("es-pn", "Policía Nacional - Comisaría Provincial de Valencia", "law_enforcement", "police", "ES"))
_add(_t("es-mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES"))
_add(_t("mx-ssc", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX"))
_add(_t("ar-pfa", "Policía Federal Argentina", "law_enforcement", "police", "AR"))
_add(_t("co-ponal", "Policía Nacional de Colombia", "law_enforcement", "police", "CO"))
_add(_t("de-bpol", "Bundespolizeidirektion München", "law_enforcement", "police", "DE"))
_add(_t("de-berlin", "Polizei Berlin", "law_enforcement", "police", "DE"))
_add(_t("at-lpd", "Landespolizeidirektion Wien", "law_enforcement", "police", "AT"))
_add(_t("ch-kapo", "Kantonspolizei Zürich", "law_enforcement", "police", "CH"))
_add(_t("pt-psp", "Polícia de Segurança Pública - Comando de Lisboa", "law_enforcement", "police", "PT"))
_add(_t("br-pm", "Polícia Militar do Estado de São Paulo", "law_enforcement", "police", "BR"))
_add(_t("br-pf", "Polícia Federal - Aeroporto de Guarulhos", "law_enforcement", "border_immigration", "BR"))
_add(_t("it-carab", "Arma dei Carabinieri - Comando Provinciale di Napoli", "law_enforcement", "police", "IT"))
_add(_t("it-ps", "Polizia di Stato - Questura di Milano", "law_enforcement", "police", "IT"))
_add(_t("nl-politie", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"))
_add(_t("nl-kmar", "Koninklijke Marechaussee", "law_enforcement", "border_immigration", "NL"))
_add(_t("pl-kgp", "Komenda Stołeczna Policji", "law_enforcement", "police", "PL"))
_add(_t("pl-sg", "Straż Graniczna", "law_enforcement", "border_immigration", "PL"))
_add(_t("jp-mpd", "警視庁", "law_enforcement", "police", "JP"))
_add(_t("jp-osaka", "大阪府警察", "law_enforcement", "police", "JP"))
_add(_t("ru-mvd", "ГУ МВД России по г. Москве", "law_enforcement", "police", "RU"))
_add(_t("kz-police", "Департамент полиции г. Алматы", "law_enforcement", "police", "KZ"))
_add(_t("tr-egm", "İstanbul İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR"))
_add(_t("tr-jandarma", "Jandarma Genel Komutanlığı", "law_enforcement", "police", "TR"))
_add(_t("kr-knpa", "서울경찰청", "law_enforcement", "police", "KR"))
_add(_t("kr-immig", "인천공항출입국·외국인청", "law_enforcement", "border_immigration", "KR"))
_add(_t("ae-dxb", "شرطة دبي", "law_enforcement", "police", "AE"))
_add(_t("eg-moi", "وزارة الداخلية - مديرية أمن القاهرة", "law_enforcement", "police", "EG"))
_add(_t("ua-npu", "Національна поліція України - ГУНП у Києві", "law_enforcement", "police", "UA"))
_add(_t("ua-dpsu", "Державна прикордонна служба України", "law_enforcement", "border_immigration", "UA"))
# US police writing in other languages / US police for payload notes
_add(_t("miami-pd", "Miami-Dade Police Department", "law_enforcement", "police"))
_add(_t("lowell-pd", "Lowell Police Department", "law_enforcement", "police"))
_add(_t("fresno-pd", "Fresno Police Department", "law_enforcement", "police"))
_add(_t("hpd-honolulu", "Honolulu Police Department", "law_enforcement", "police"))
_add(_t("dearborn-pd", "Dearborn Police Department", "law_enforcement", "police"))
_add(_t("brighton-nypd", "New York City Police Department - 60th Precinct", "law_enforcement", "police"))
_add(_t("fort-lee-pd", "Fort Lee Police Department", "law_enforcement", "police"))
_add(_t("chicago-pd", "Chicago Police Department - 8th District", "law_enforcement", "police"))
_add(_t("sf-pd", "San Francisco Police Department", "law_enforcement", "police"))
_add(_t("minneapolis-pd", "Minneapolis Police Department", "law_enforcement", "police"))


def cap(dev=None, mode=None, env=None):
    """X-Usegate-Capture-* headers (used only where they agree with the words)."""
    h = {}
    if dev:
        h["X-Usegate-Capture-Device"] = dev
    if mode:
        h["X-Usegate-Capture-Mode"] = mode
    if env:
        h["X-Usegate-Environment"] = env
    return h


CX, PA = "context", "payload_as_ask"
