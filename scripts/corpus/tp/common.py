"""Tenants, request shapes and kind/expect derivation for writer tp (stdlib only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURP = {"id": "identification", "ver": "verification", "gal": "gallery",
        "fnr": "face_not_recognition", "wfr": "writing_about_fr", "unr": "unrelated"}


def _t(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


def le(id, name, country, le_type="police"):
    return _t(id, name, "law_enforcement", country, le_type)


T = {}
for k, n, c in [
    ("us_spd", "Springfield Police Department", "US"),
    ("us_hcso", "Harris County Sheriff's Office", "US"),
    ("us_azdps", "Arizona Department of Public Safety - Highway Patrol", "US"),
    ("us_campus", "University of Cincinnati Police Division", "US"),
    ("us_transit", "SEPTA Transit Police", "US"),
    ("us_tribal", "Navajo Nation Police", "US"),
    ("us_mpd", "Milwaukee Police Department", "US"),
    ("gr_elas", "Hellenic Police - Attica Directorate", "GR"),
    ("cy_pol", "Cyprus Police", "CY"),
    ("ae_dxb", "Dubai Police General HQ", "AE"),
    ("sa_pss", "Public Security - Riyadh Region", "SA"),
    ("ma_dgsn", "Direction Generale de la Surete Nationale", "MA"),
    ("eg_moi", "Cairo Security Directorate", "EG"),
    ("jo_psd", "Jordan Public Security Directorate", "JO"),
    ("de_bln", "Polizei Berlin", "DE"),
    ("de_nrw", "Polizeipraesidium Koeln", "DE"),
    ("at_lpd", "Landespolizeidirektion Wien", "AT"),
    ("ch_kapo", "Kantonspolizei Zuerich", "CH"),
    ("id_polri", "Polda Jawa Barat", "ID"),
    ("id_pmj", "Polda Metro Jaya", "ID"),
    ("vn_cahn", "Cong an TP Ha Noi", "VN"),
    ("vn_hcm", "Cong an TP Ho Chi Minh", "VN"),
    ("fr_pn", "Police nationale - DDSP Rhone", "FR"),
    ("fr_pm", "Police municipale de Nice", "FR"),
    ("es_pn", "Policia Nacional - Jefatura de Sevilla", "ES"),
    ("mx_ssc", "Secretaria de Seguridad Ciudadana CDMX", "MX"),
    ("br_pmsp", "Policia Militar do Estado de Sao Paulo", "BR"),
    ("pt_psp", "PSP - Comando Metropolitano de Lisboa", "PT"),
    ("it_pl", "Polizia Locale di Milano", "IT"),
    ("nl_pol", "Politie Eenheid Rotterdam", "NL"),
    ("pl_kmp", "Komenda Stoleczna Policji", "PL"),
    ("jp_osaka", "Osaka Prefectural Police", "JP"),
    ("kz_police", "Police Department of Almaty", "KZ"),
    ("tr_egm", "Istanbul Emniyet Mudurlugu", "TR"),
    ("kr_spa", "Seoul Metropolitan Police Agency", "KR"),
    ("in_dp", "Delhi Police", "IN"),
    ("in_up", "Uttar Pradesh Police", "IN"),
    ("ua_npu", "National Police of Ukraine - Kyiv", "UA"),
    ("se_pol", "Polisregion Stockholm", "SE"),
    ("uk_met", "Metropolitan Police Service", "GB"),
    ("ca_tps", "Toronto Police Service", "CA"),
]:
    T[k] = le(k, n, c)

T["us_fbi"] = le("us_fbi", "FBI Field Office Phoenix", "US", "federal_investigative")
T["us_cbp"] = le("us_cbp", "CBP Office of Field Operations - San Ysidro", "US", "border_immigration")
T["us_doc"] = le("us_doc", "Ohio Dept. of Rehabilitation and Correction", "US", "corrections")
T["us_da"] = le("us_da", "Cook County State's Attorney", "US", "prosecution")
T["de_zoll"] = le("de_zoll", "Zollfahndungsamt Hamburg", "DE", "other")
T["gr_coast"] = le("gr_coast", "Hellenic Coast Guard", "GR", "border_immigration")

com = lambda k, n, c, s="commercial": _t(k, n, s, c)
for k, n, c, s in [
    ("us_retail", "Brightmart Stores Inc.", "US", "commercial"),
    ("us_bank", "Cedar Federal Credit Union", "US", "commercial"),
    ("us_news", "Dayton Ledger", "US", "commercial"),
    ("us_law", "Okafor & Lind LLP", "US", "commercial"),
    ("us_aclu", "Surveillance Watch Project", "US", "nonprofit"),
    ("us_city", "City of Springfield - Office of the Mayor", "US", "government"),
    ("gr_super", "Sklavenitis-style Supermarket Chain AE", "GR", "commercial"),
    ("gr_news", "Kathimerini Digital", "GR", "commercial"),
    ("ae_bank", "Emirates Retail Bank PJSC", "AE", "commercial"),
    ("de_kyc", "IdentPlus GmbH", "DE", "commercial"),
    ("de_uni", "TU Darmstadt - Fachgebiet Computer Vision", "DE", "academic"),
    ("id_fintech", "Dompetku Fintech", "ID", "commercial"),
    ("vn_mall", "Vincom Retail", "VN", "commercial"),
    ("indiv", "individual developer", "US", "individual"),
    ("id_news", "Kabar Kota Media", "ID", "commercial"),
    ("uk_store", "Northgate Convenience Ltd", "GB", "commercial"),
    ("jp_rail", "Kansai Rail Security Services KK", "JP", "commercial"),
    ("br_news", "Folha do Vale", "BR", "commercial"),
    ("in_hr", "Staffwise HR Pvt Ltd", "IN", "commercial"),
]:
    T[k] = com(k, n, c, s)

# integrators
T["int_us"] = _t("int_us", "Lumen Patrol Systems LLC", "commercial", "US", integrator=True,
                 end_customers=[T["us_spd"], T["us_hcso"], T["us_retail"]])
T["int_us_b"] = _t("int_us_b", "CaseForge Software Inc.", "commercial", "US", integrator=True,
                   end_customers=[T["us_mpd"], T["us_da"], T["ca_tps"]])
T["int_gr"] = _t("int_gr", "Helios Vision Analytics", "commercial", "GR", integrator=True,
                 end_customers=[T["gr_elas"], T["cy_pol"], T["gr_super"]])
T["int_de"] = _t("int_de", "Optikon Sicherheitstechnik GmbH", "commercial", "DE", integrator=True,
                 end_customers=[T["de_nrw"], T["at_lpd"], T["us_campus"], T["de_kyc"]])
T["int_id"] = _t("int_id", "Nusantara Vision AI", "commercial", "ID", integrator=True,
                 end_customers=[T["id_polri"], T["id_pmj"], T["id_fintech"]])
T["int_vn"] = _t("int_vn", "VietSight JSC", "commercial", "VN", integrator=True,
                 end_customers=[T["vn_cahn"], T["vn_mall"]])
T["int_ae"] = _t("int_ae", "Sahara Smart Systems FZ-LLC", "commercial", "AE", integrator=True,
                 end_customers=[T["ae_dxb"], T["sa_pss"], T["us_transit"], T["ae_bank"]])
T["int_shop"] = _t("int_shop", "ShelfSense Retail AI", "commercial", "GB", integrator=True,
                   end_customers=[T["us_retail"], T["gr_super"]])


def is_us_police(t):
    return bool(t) and t.get("sector") == "law_enforcement" and t.get("le_type") == "police" and t.get("country") == "US"


def is_le(t):
    return bool(t) and t.get("sector") == "law_enforcement"


def derive(tenant, ec_id, labels):
    """kind, expect from tenant + named end customer + labels (FORMAT.md rules)."""
    recog = labels["purpose"] in RECOG
    if not recog:
        return "allowed", {"accept": ["allow"], "clauses": []}
    c2ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    if tenant.get("integrator"):
        ecs = {e["id"]: e for e in tenant.get("end_customers", [])}
        if ec_id is None or ec_id not in ecs:
            cands = list(ecs.values()) if ec_id is None else [None]
            # unknown party: could it be forbidden?
            possible = ec_id is not None or any(is_us_police(e) or (is_le(e) and c2ctx) for e in cands)
            if possible:
                return "ambiguous", {"accept": ["review", "deny"], "clauses": []}
            party = None
        else:
            party = ecs[ec_id]
    else:
        party = tenant
    clauses = []
    if is_us_police(party):
        clauses.append(C1)
    if is_le(party) and c2ctx:
        clauses.append(C2)
    if clauses:
        return "violation", {"accept": ["deny"], "clauses": clauses}
    return "allowed", {"accept": ["allow"], "clauses": []}


# ---------------------------------------------------------------- request shapes
KIT = {"face": "face_photo", "crop": "face_crop", "sheet": "face_sheet", "crowd": "crowd",
       "id": "id_card", "noface": "no_face", "plate": "plate", "doc": "document",
       "bodycam": "bodycam_frame", "dash": "dashcam_frame", "cctv": "cctv_frame"}


def kit(s):
    base, _, q = s.partition("?")
    return "kit:" + KIT.get(base, base) + ("?" + q if q else "")


def D(dev=None, mode=None, env=None):
    h = {}
    if dev: h["X-Usegate-Capture-Device"] = dev
    if mode: h["X-Usegate-Capture-Mode"] = mode
    if env: h["X-Usegate-Environment"] = env
    return h


_TV = {"1": True, "0": False, "-": None}


def _content(text, imgs, resp=False):
    if not imgs:
        return text
    out = [{"type": "input_text", "text": text} if resp else {"type": "text", "text": text}]
    for i in imgs:
        out.append({"type": "input_image", "image_url": kit(i)} if resp
                   else {"type": "image_url", "image_url": {"url": kit(i)}})
    return out


def x(lang, voice, tenant, text, img=None, p="fnr", c="---", cls="plain", sys=None, turns=None,
      ep=None, hdr=None, meta=None, ec=None, ec_how="hdr", tools=None, model=None):
    t = T[tenant]
    imgs = [] if img is None else ([img] if isinstance(img, str) else list(img))
    headers = dict(hdr or {})
    md = dict(meta or {})
    if ec:
        if ec_how == "hdr":
            headers["X-Usegate-End-Customer"] = ec
        else:
            md["end_customer"] = ec
    if ep == "emb":
        endpoint = "/v1/embeddings"
        inp = [{"image": kit(i), "text": text} for i in imgs] if imgs else [text]
        body = {"model": model or "multimodal-embed-1", "input": inp}
    elif ep == "resp":
        endpoint = "/v1/responses"
        msgs = []
        for tr in (turns or []):
            msgs.append({"role": tr[0], "content": _content(tr[1], [tr[2]] if len(tr) > 2 else [], True)})
        msgs.append({"role": "user", "content": _content(text, imgs, True)})
        body = {"model": model or "gpt-4.1", "input": msgs}
        if sys:
            body["instructions"] = sys
    else:
        endpoint = "/v1/chat/completions"
        msgs = [{"role": "system", "content": sys}] if sys else []
        for tr in (turns or []):
            msgs.append({"role": tr[0], "content": _content(tr[1], [tr[2]] if len(tr) > 2 else [])})
        msgs.append({"role": "user", "content": _content(text, imgs)})
        body = {"model": model or "gpt-4o", "messages": msgs}
    if tools:
        body["tools"] = [{"type": "function", "function": f} for f in tools]
    if md:
        body["metadata"] = md
    labels = {"purpose": PURP[p], "real_time": _TV[c[0]], "mobile_camera": _TV[c[1]], "uncontrolled": _TV[c[2]]}
    kind, expect = derive(t, ec, labels)
    return {"lang": lang, "voice": voice, "class": cls, "tenant": t, "endpoint": endpoint,
            "headers": headers, "body": body, "labels": labels, "expect": expect, "kind": kind}


def fn(name, desc, **props):
    return {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                           "required": list(props)}}
