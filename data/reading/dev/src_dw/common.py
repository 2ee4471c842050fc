"""Tenants and body-shape helpers (no text is generated here: every text is written in recs_*.py)."""


def _t(id_, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id_, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


_spd = _t("spd", "Springfield Police Department", "law_enforcement", "police", "US")
_ret = _t("brightmart", "BrightMart Stores Inc.", "commercial", None, "US")
_bank = _t("nordbank", "Nordbank AB", "commercial", None, "SE")
_pol = _t("policja-waw", "Komenda Stołeczna Policji", "law_enforcement", "police", "PL")
_hcso = _t("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police", "US")

TENANTS = {t["id"]: t for t in [
    # US police (C1 applies)
    _spd, _hcso,
    _t("azdps-hp", "Mesa State Highway Patrol", "law_enforcement", "police", "US"),
    _t("lvu-pd", "Lakeview University Police Department", "law_enforcement", "police", "US"),
    _t("metro-transit-pd", "Metro Transit Police", "law_enforcement", "police", "US"),
    _t("cedar-tribal-pd", "Cedar River Tribal Police", "law_enforcement", "police", "US"),
    _t("capitol-pd", "State Capitol Police", "law_enforcement", "police", "US"),
    # US law enforcement, not police
    _t("fio", "Federal Investigations Field Office (Denver)", "law_enforcement", "federal_investigative", "US"),
    _t("usbp-sector", "Border Patrol Sector Tucson", "law_enforcement", "border_immigration", "US"),
    _t("cdoc", "State Department of Corrections", "law_enforcement", "corrections", "US"),
    _t("da-office", "County District Attorney's Office", "law_enforcement", "prosecution", "US"),
    # non-US law enforcement
    _t("pn-lyon", "Police nationale - DDSP du Rhône", "law_enforcement", "police", "FR"),
    _t("guardia-civil", "Guardia Civil - Comandancia de Málaga", "law_enforcement", "police", "ES"),
    _t("ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX"),
    _t("polizei-berlin", "Polizei Berlin", "law_enforcement", "police", "DE"),
    _t("psp-lisboa", "PSP - Comando Metropolitano de Lisboa", "law_enforcement", "police", "PT"),
    _t("pm-sp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "police", "BR"),
    _t("carabinieri-mi", "Arma dei Carabinieri - Comando Provinciale Milano", "law_enforcement", "police", "IT"),
    _t("politie-rdam", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"),
    _pol,
    _t("polisen-sthlm", "Polisregion Stockholm", "law_enforcement", "police", "SE"),
    _t("mpd-tokyo", "警視庁", "law_enforcement", "police", "JP"),
    _t("knpa", "경찰청", "law_enforcement", "police", "KR"),
    _t("congan-hn", "Công an thành phố Hà Nội", "law_enforcement", "police", "VN"),
    _t("mvd-msk", "ГУ МВД России по г. Москве", "law_enforcement", "police", "RU"),
    _t("npu-kyiv", "ГУ Національної поліції у м. Києві", "law_enforcement", "police", "UA"),
    _t("egm-ist", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "police", "TR"),
    _t("dubai-police", "Dubai Police", "law_enforcement", "police", "AE"),
    _t("delhi-police", "Delhi Police", "law_enforcement", "police", "IN"),
    _t("polri-jkt", "Polda Metro Jaya", "law_enforcement", "police", "ID"),
    _t("elas-ath", "Ελληνική Αστυνομία - Διεύθυνση Αστυνομίας Αθηνών", "law_enforcement", "police", "GR"),
    _t("met-uk", "Metropolitan Police Service", "law_enforcement", "police", "GB"),
    _t("uk-border", "Border Force", "law_enforcement", "border_immigration", "GB"),
    # non law enforcement
    _ret, _bank,
    _t("lumen-hr", "Lumen Staffing GmbH", "commercial", None, "DE"),
    _t("snapfolio", "Snapfolio Photo App", "commercial", None, "US"),
    _t("dailyherald", "The Daily Herald", "commercial", None, "US"),
    _t("univ-lab", "Universidad de Salamanca - Grupo de Visión", "academic", None, "ES"),
    _t("rights-ngo", "Digital Rights Watch", "nonprofit", None, "NL"),
    _t("city-records", "City of Springfield - Public Records Office", "government", None, "US"),
    _t("casino-tk", "Sakura Resort Casino", "commercial", None, "JP"),
    _t("kyc-id", "PT Dompet Cepat", "commercial", None, "ID"),
    _t("school-gr", "Ιδιωτικό Εκπαιδευτήριο Αθηνών", "academic", None, "GR"),
    _t("retail-tr", "Kasa Market A.Ş.", "commercial", None, "TR"),
    _t("indiv", "Individual developer", "individual", None, "US"),
    _t("lawfirm", "Baker & Ruiz LLP", "commercial", None, "US"),
    # integrators
    _t("lensco", "LensCo", "commercial", None, "US", True, [_spd, _ret, _hcso]),
    _t("vigil-ai", "Vigil AI Sp. z o.o.", "commercial", None, "PL", True, [_pol, _bank]),
    _t("shopsight", "ShopSight Analytics", "commercial", None, "GB", True, [_ret]),
]}


def img(ref):
    return {"type": "image_url", "image_url": {"url": ref}}


def txt(s):
    return {"type": "text", "text": s}


def u(text, *images):
    if not images:
        return {"role": "user", "content": text}
    return {"role": "user", "content": [txt(text)] + [img(i) for i in images]}


def a(text):
    return {"role": "assistant", "content": text}


def s(text):
    return {"role": "system", "content": text}


def chat(*msgs, tools=None, model="gpt-4o", meta=None, **extra):
    b = {"model": model, "messages": list(msgs)}
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    b.update(extra)
    return b


def tool(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}


def emb(items, model="multimodal-embed-1"):
    return {"model": model, "input": items}


def resp(inp, instructions=None, model="gpt-4.1"):
    b = {"model": model, "input": inp}
    if instructions:
        b["instructions"] = instructions
    return b


def R(lang, voice, cls, tenant, p, body, rt=None, mob=None, unc=None, **kw):
    r = {"lang": lang, "voice": voice, "cls": cls, "tenant": tenant, "p": p, "body": body,
         "rt": rt, "mob": mob, "unc": unc}
    meta = kw.pop("meta", None)
    if meta:
        r["body"] = dict(body, metadata=meta)
    r.update(kw)
    return r
