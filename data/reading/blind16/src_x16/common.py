"""Tenants and record helpers."""

def T(id, name, sector, le_type=None, country="US", integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in ecs]}

def E(id, name, sector, le_type=None, country="US"):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}

TENANTS = {
    # US police of several kinds
    "mpd": T("oakridge-pd", "Oakridge Police Department", "law_enforcement", "police"),
    "sheriff": T("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police"),
    "hp": T("azdps-hp", "Arizona Highway Patrol", "law_enforcement", "police"),
    "campus": T("umn-campus-pd", "State University Campus Police", "law_enforcement", "police"),
    "transit": T("metro-transit-pd", "Metro Transit Police", "law_enforcement", "police"),
    "tribal": T("navajo-tribal-pd", "Tribal Police Department", "law_enforcement", "police"),
    "parkpol": T("usparkpol", "United States Park Police", "law_enforcement", "police"),
    # US LE not police
    "fbi": T("fed-inv", "Federal Investigative Bureau field office", "law_enforcement", "federal_investigative"),
    "cbp": T("border-us", "US border agency sector office", "law_enforcement", "border_immigration"),
    "doc": T("state-doc", "State Department of Corrections", "law_enforcement", "corrections"),
    "da": T("county-da", "County District Attorney's Office", "law_enforcement", "prosecution"),
    # non-US police
    "in_pol": T("mh-police", "Maharashtra Police", "law_enforcement", "police", "IN"),
    "dl_pol": T("delhi-police", "Delhi Police", "law_enforcement", "police", "IN"),
    "vn_pol": T("ca-hcm", "Công an TP.HCM", "law_enforcement", "police", "VN"),
    "ua_pol": T("npu", "Національна поліція України", "law_enforcement", "police", "UA"),
    "id_pol": T("polda-metro", "Polda Metro Jaya", "law_enforcement", "police", "ID"),
    "se_pol": T("polisen", "Polismyndigheten", "law_enforcement", "police", "SE"),
    "gr_pol": T("elas", "Ελληνική Αστυνομία", "law_enforcement", "police", "GR"),
    "cy_pol": T("cy-police", "Αστυνομία Κύπρου", "law_enforcement", "police", "CY"),
    "fi_cust": T("tulli", "Finnish Customs", "law_enforcement", "border_immigration", "FI"),
    # integrators
    "vision": T("visiongrid", "VisionGrid Analytics", "commercial", integrator=True, ecs=[
        E("oakridge-pd", "Oakridge Police Department", "law_enforcement", "police"),
        E("mega-mart", "MegaMart Stores", "commercial"),
        E("polisen", "Polismyndigheten", "law_enforcement", "police", "SE")]),
    "shield": T("bluesentry", "BlueSentry Body Cameras", "commercial", integrator=True, ecs=[
        E("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police"),
        E("elas", "Ελληνική Αστυνομία", "law_enforcement", "police", "GR"),
        E("npu", "Національна поліція України", "law_enforcement", "police", "UA")]),
    "kycint": T("idverse-int", "TrustID Onboarding", "commercial", "", "ID", True, [
        E("bank-jago", "Bank Digital Nusantara", "commercial", None, "ID"),
        E("fintech-vn", "VietPay", "commercial", None, "VN")]),
    # commercial & others
    "retail": T("bigbazaar", "Bazaar Retail India", "commercial", None, "IN"),
    "kyc": T("momo-kyc", "VietWallet KYC", "commercial", None, "VN"),
    "hr": T("hr-se", "Nordbemanning AB", "commercial", None, "SE"),
    "photo": T("pixgr", "PhotoAlbum GR", "commercial", None, "GR"),
    "press": T("kyiv-news", "Kyiv Independent Newsroom", "commercial", None, "UA"),
    "press_id": T("tempo-media", "Media Nusantara", "commercial", None, "ID"),
    "ngo": T("iff", "Digital Rights Foundation", "nonprofit", None, "IN"),
    "ngo_se": T("dfri", "Digitala rättigheter", "nonprofit", None, "SE"),
    "uni": T("hust", "Đại học Bách khoa", "academic", None, "VN"),
    "uni_gr": T("auth", "Αριστοτέλειο Πανεπιστήμιο", "academic", None, "GR"),
    "uni_ua": T("kpi", "КПІ ім. Сікорського", "academic", None, "UA"),
    "gov_id": T("dukcapil", "Dukcapil", "government", None, "ID"),
}
for _k in TENANTS:
    if TENANTS[_k]["le_type"] == "":
        TENANTS[_k]["le_type"] = None

def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}

def _content(text, images):
    if not images:
        return text
    c = [{"type": "text", "text": text}] if text else []
    return c + [img(i) for i in images]

def R(lang, voice, cls, tk, turns, purpose, rt=None, mc=None, unc=None, *, sys=None, headers=None,
      tools=None, meta=None, endpoint="/v1/chat/completions", ambiguous=False):
    """turns: list of str (user) or (role, text[, images]) ; last user turn may carry images."""
    msgs = []
    if sys:
        msgs.append({"role": "system", "content": sys})
    if isinstance(turns, str):
        turns = [turns]
    for t in turns:
        if isinstance(t, str):
            msgs.append({"role": "user", "content": t})
        else:
            role, text = t[0], t[1]
            ims = t[2] if len(t) > 2 else []
            msgs.append({"role": role, "content": _content(text, ims)})
    if endpoint == "/v1/responses":
        inp = []
        for m in msgs:
            if m["role"] == "system":
                continue
            c = m["content"]
            if isinstance(c, str):
                inp.append({"role": m["role"], "content": c})
            else:
                inp.append({"role": m["role"], "content": [
                    {"type": "input_text", "text": x["text"]} if x["type"] == "text"
                    else {"type": "input_image", "image_url": x["image_url"]["url"]} for x in c]})
        body = {"input": inp}
        if sys:
            body["instructions"] = sys
    else:
        body = {"messages": msgs}
    if tools and endpoint == "/v1/responses":
        body["tools"] = [dict({"type": "function"}, **f) for f in tools]
    elif tools:
        body["tools"] = [{"type": "function", "function": f} for f in tools]
    if meta:
        body["metadata"] = meta
    return {"lang": lang, "voice": voice, "class": cls, "tenant": TENANTS[tk], "endpoint": endpoint,
            "headers": headers or {}, "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc},
            "_ambiguous": ambiguous}

def EMB(lang, voice, tk, items, purpose, headers=None, **kw):
    """items: list of (image_ref or None, text or None)."""
    inp = []
    for im, tx in items:
        d = {}
        if im: d["image"] = "kit:" + im
        if tx: d["text"] = tx
        inp.append(d)
    r = R(lang, voice, "ask_elsewhere", tk, [], purpose, headers=headers, **kw)
    r["endpoint"] = "/v1/embeddings"
    r["body"] = {"input": inp}
    return r

def F(name, desc, props):
    return {"name": name, "description": desc, "parameters": {"type": "object", "properties": {p: {"type": "string"} for p in props}}}
