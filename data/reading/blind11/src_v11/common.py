"""Shared helpers for the v11 blind split: tenants, record builder, derive()."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def _t(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type,
            "country": country, "integrator": integrator, "end_customers": list(ecs)}


def _e(id, name, sector, le_type, country):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country}


T = {
    # US police of several kinds
    "riverton": _t("riverton-pd", "Riverton Police Department", "law_enforcement", "police", "US"),
    "harlan": _t("harlan-so", "Harlan County Sheriff's Office", "law_enforcement", "police", "US"),
    "ohp": _t("ohp", "Ohio State Highway Patrol", "law_enforcement", "police", "US"),
    "campus": _t("umn-campus-pd", "Lakeshore University Police Department", "law_enforcement", "police", "US"),
    "transit": _t("bart-transit-pd", "Bayline Transit Police", "law_enforcement", "police", "US"),
    "tribal": _t("navwest-tribal-pd", "Red Mesa Tribal Police Department", "law_enforcement", "police", "US"),
    "parkpol": _t("us-park-police", "United States Park Police", "law_enforcement", "police", "US"),
    "miami": _t("eastbay-pd", "East Bay City Police Department", "law_enforcement", "police", "US"),
    # US law enforcement that is not police
    "fbi": _t("fbi-fo-phx", "FBI Phoenix Field Office", "law_enforcement", "federal_investigative", "US"),
    "cbp": _t("cbp-sandiego", "CBP San Diego Field Operations", "law_enforcement", "border_immigration", "US"),
    "doc": _t("tx-doc", "State Department of Corrections, Region 4", "law_enforcement", "corrections", "US"),
    "da": _t("kings-da", "Kings County District Attorney", "law_enforcement", "prosecution", "US"),
    # non-US police / LE
    "met": _t("met-police", "Metropolitan Police Service", "law_enforcement", "police", "GB"),
    "pn": _t("pn-lyon", "Police nationale - DDSP Rhône", "law_enforcement", "police", "FR"),
    "gend": _t("gend-35", "Gendarmerie nationale - Groupement d'Ille-et-Vilaine", "law_enforcement", "police", "FR"),
    "douane": _t("douane-fr", "Direction générale des douanes", "law_enforcement", "border_immigration", "FR"),
    "nrw": _t("pol-nrw", "Polizei Nordrhein-Westfalen", "law_enforcement", "police", "DE"),
    "bkpol": _t("bundespolizei", "Bundespolizei", "law_enforcement", "police", "DE"),
    "kapo": _t("kapo-zh", "Kantonspolizei Zürich", "law_enforcement", "police", "CH"),
    "gc": _t("guardia-civil", "Guardia Civil", "law_enforcement", "police", "ES"),
    "mossos": _t("mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES"),
    "pdi": _t("pdi-cl", "Policía de Investigaciones de Chile", "law_enforcement", "police", "CL"),
    "cdmx": _t("ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX"),
    "psp": _t("psp", "Polícia de Segurança Pública", "law_enforcement", "police", "PT"),
    "pcsp": _t("pc-sp", "Polícia Civil do Estado de São Paulo", "law_enforcement", "police", "BR"),
    "pf": _t("pf-br", "Polícia Federal", "law_enforcement", "police", "BR"),
    "cara": _t("carabinieri", "Arma dei Carabinieri - Comando Provinciale Milano", "law_enforcement", "police", "IT"),
    "pds": _t("polizia-stato", "Polizia di Stato - Questura di Torino", "law_enforcement", "police", "IT"),
    "gdf": _t("gdf", "Guardia di Finanza", "law_enforcement", "other", "IT"),
    "politie": _t("politie-nl", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"),
    "kmar": _t("kmar", "Koninklijke Marechaussee", "law_enforcement", "border_immigration", "NL"),
    "polbe": _t("pol-gent", "Politiezone Gent", "law_enforcement", "police", "BE"),
    "rcmp": _t("rcmp-e", "RCMP E Division", "law_enforcement", "police", "CA"),
    "spvm": _t("spvm", "Service de police de la Ville de Montréal", "law_enforcement", "police", "CA"),
    # integrators
    "lensco": _t("lensco", "LensCo Vision Systems", "commercial", None, "US", True, [
        _e("riverton-pd", "Riverton Police Department", "law_enforcement", "police", "US"),
        _e("harlan-so", "Harlan County Sheriff's Office", "law_enforcement", "police", "US"),
        _e("shopwise", "ShopWise Stores Inc.", "commercial", None, "US"),
        _e("tx-doc", "State Department of Corrections, Region 4", "law_enforcement", "corrections", "US"),
    ]),
    "redact": _t("clearframe", "ClearFrame Redaction", "commercial", None, "US", True, [
        _e("eastbay-pd", "East Bay City Police Department", "law_enforcement", "police", "US"),
        _e("kings-da", "Kings County District Attorney", "law_enforcement", "prosecution", "US"),
    ]),
    "eusec": _t("eurosecura", "EuroSecura Analytics GmbH", "commercial", None, "DE", True, [
        _e("pol-nrw", "Polizei Nordrhein-Westfalen", "law_enforcement", "police", "DE"),
        _e("fra-airport", "Flughafen Rhein-Main Betrieb", "commercial", None, "DE"),
        _e("politie-nl", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"),
    ]),
    "latam": _t("vigiatech", "VigiaTech Soluções", "commercial", None, "BR", True, [
        _e("pc-sp", "Polícia Civil do Estado de São Paulo", "law_enforcement", "police", "BR"),
        _e("banco-aurora", "Banco Aurora S.A.", "commercial", None, "BR"),
        _e("miami-dade-x", "Doral Police Department", "law_enforcement", "police", "US"),
    ]),
    "retailint": _t("storesight", "StoreSight SAS", "commercial", None, "FR", True, [
        _e("hyper-nord", "Hyper Nord Distribution", "commercial", None, "FR"),
        _e("banca-sol", "Banca Sol", "commercial", None, "ES"),
    ]),
    "govint": _t("civitas-it", "Civitas Digitale S.r.l.", "commercial", None, "IT", True, [
        _e("pds-torino", "Polizia di Stato - Questura di Torino", "law_enforcement", "police", "IT"),
        _e("comune-to", "Comune di Torino - Anagrafe", "government", None, "IT"),
    ]),
    # commercial / others
    "shop": _t("shopwise", "ShopWise Stores Inc.", "commercial", None, "US"),
    "kyc_es": _t("verifica", "Verifica Identidad S.L.", "commercial", None, "ES"),
    "kyc_br": _t("nubank-like", "Conta Leve Pagamentos", "commercial", None, "BR"),
    "kyc_de": _t("identpay", "IdentPay GmbH", "commercial", None, "DE"),
    "kyc_us": _t("onboardly", "Onboardly Inc.", "commercial", None, "US"),
    "hr_nl": _t("werkflow", "WerkFlow HR B.V.", "commercial", None, "NL"),
    "hr_fr": _t("rhplus", "RH Plus SAS", "commercial", None, "FR"),
    "photo_it": _t("fotoricordi", "FotoRicordi S.p.A.", "commercial", None, "IT"),
    "photo_us": _t("snapvault", "SnapVault Inc.", "commercial", None, "US"),
    "press_fr": _t("le-quotidien", "Le Quotidien du Centre", "commercial", None, "FR"),
    "press_de": _t("rundschau", "Westfälische Rundschau Digital", "commercial", None, "DE"),
    "press_us": _t("ledger", "The Capitol Ledger", "commercial", None, "US"),
    "press_es": _t("diario-sur", "Diario del Sur", "commercial", None, "ES"),
    "retail_pt": _t("mercadinho", "Mercadinho Lisboa Lda", "commercial", None, "PT"),
    "retail_nl": _t("superbuur", "SuperBuur Supermarkten", "commercial", None, "NL"),
    "retail_it": _t("ipercasa", "IperCasa S.p.A.", "commercial", None, "IT"),
    "casino_es": _t("casino-mar", "Casino del Mar S.A.", "commercial", None, "ES"),
    "ngo_us": _t("digrights", "Digital Rights Watch", "nonprofit", None, "US"),
    "ngo_fr": _t("quadrature", "Observatoire des Libertés Numériques", "nonprofit", None, "FR"),
    "ngo_br": _t("ngo-br", "Instituto Rede Livre", "nonprofit", None, "BR"),
    "ngo_nl": _t("bitsvrij", "Stichting Bits Vrij", "nonprofit", None, "NL"),
    "uni_us": _t("stateu", "Midwest State University", "academic", None, "US"),
    "uni_de": _t("tu-rhein", "TU Rheinland", "academic", None, "DE"),
    "uni_es": _t("ucm", "Universidad Complutense - Grupo IA", "academic", None, "ES"),
    "uni_it": _t("polimi", "Politecnico - DEIB Lab", "academic", None, "IT"),
    "uni_pt": _t("ulisboa", "Universidade de Lisboa - IST", "academic", None, "PT"),
    "uni_nl": _t("uva", "Universiteit van Amsterdam - IvIR", "academic", None, "NL"),
    "uni_fr": _t("sorbonne", "Université Paris Cité - LIRIS", "academic", None, "FR"),
    "citygov": _t("riverton-city", "City of Riverton - Clerk's Office", "government", None, "US"),
    "indiv": _t("indiv-4471", "Individual developer", "individual", None, "US"),
}


def img(name):
    return {"type": "image_url", "image_url": {"url": "kit:" + name}}


def msgs(*turns):
    """turns: ('s', text) | ('d', text) developer | ('u', text, [imgs]) | ('a', text)."""
    out = []
    for t in turns:
        role = {"s": "system", "d": "developer", "u": "user", "a": "assistant"}[t[0]]
        if role == "user" and len(t) > 2 and t[2]:
            content = [{"type": "text", "text": t[1]}] + [img(i) for i in t[2]]
        else:
            content = t[1]
        out.append({"role": role, "content": content})
    return out


def resp_input(text, imgs=(), instructions=None):
    content = [{"type": "input_text", "text": text}] + [
        {"type": "input_image", "image_url": "kit:" + i} for i in imgs]
    body = {"input": [{"role": "user", "content": content}]}
    if instructions:
        body["instructions"] = instructions
    return body


def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props}}}


RECORDS = []


def R(lang, voice, cls, tenant, purpose, rt=None, mc=None, uc=None, turns=None,
      endpoint="/v1/chat/completions", headers=None, body=None, tools=None, meta=None,
      kind=None, accept=None, note=None, clauses=None):
    b = {}
    if body is not None:
        b.update(body)
    if turns is not None:
        b["messages"] = msgs(*turns)
    if tools:
        b["tools"] = tools
    if meta:
        b["metadata"] = meta
    RECORDS.append({"lang": lang, "voice": voice, "class": cls, "tenant": T[tenant],
                    "endpoint": endpoint, "headers": headers or {}, "body": b,
                    "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc,
                               "uncontrolled": uc},
                    "_kind": kind, "_accept": accept, "_note": note, "_clauses": clauses})


def _us_police(o):
    return o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"


def _le(o):
    return o["sector"] == "law_enforcement"


def derive(rec):
    """kind / expect from tenant, end customer and labels, per FORMAT.md."""
    lab = rec["labels"]
    if rec["_kind"]:  # hand-marked ambiguous (unclear ask / contradicted declaration)
        assert rec["_kind"] == "ambiguous"
        cl = rec["_clauses"] if rec["_clauses"] is not None else ([C1] if rec["_accept"] and "deny" in rec["_accept"] else [])
        return "ambiguous", rec["_accept"] or ["review"], cl
    if lab["purpose"] not in RECOG:
        return "allowed", ["allow"], []
    t = rec["tenant"]
    ctx = lab["real_time"] is True and lab["mobile_camera"] is True and lab["uncontrolled"] is True
    if t["integrator"]:
        ec = rec["headers"].get("X-Usegate-End-Customer") or rec["body"].get("metadata", {}).get("end_customer")
        if ec:
            match = [e for e in t["end_customers"] if e["id"] == ec]
            cands = match if match else None
        else:
            cands = t["end_customers"] if any(_le(e) for e in t["end_customers"]) else [t]
        if cands is None or len(cands) > 1:  # unknown who it is for
            pool = cands if cands is not None else [{"sector": "law_enforcement", "le_type": "police", "country": "US"}]
            poss = [C1] if any(_us_police(e) for e in pool) else []
            if ctx and any(_le(e) for e in pool):
                poss.append(C2)
            if poss:
                return "ambiguous", ["review"], poss
            return "allowed", ["allow"], []
        org = cands[0]
    else:
        org = t
    cl = []
    if _us_police(org):
        cl.append(C1)
    if _le(org) and ctx:
        cl.append(C2)
    if cl:
        return "violation", ["deny"], cl
    return "allowed", ["allow"], []


# Real public texts quoted as payload (see SOURCES_v11.md)
FR_README = '''import face_recognition
known_image = face_recognition.load_image_file("biden.jpg")
unknown_image = face_recognition.load_image_file("unknown.jpg")

biden_encoding = face_recognition.face_encodings(known_image)[0]
unknown_encoding = face_recognition.face_encodings(unknown_image)[0]

results = face_recognition.compare_faces([biden_encoding], unknown_encoding)'''

AIACT_5H = ("(h) the use of 'real-time' remote biometric identification systems in publicly accessible spaces "
            "for the purposes of law enforcement, unless and in so far as such use is strictly necessary for one "
            "of the following objectives: (i) the targeted search for specific victims of abduction, trafficking in "
            "human beings or sexual exploitation of human beings, as well as the search for missing persons; "
            "(ii) the prevention of a specific, substantial and imminent threat to the life or physical safety of "
            "natural persons or a genuine and present threat or a genuine and foreseeable threat of a terrorist attack; "
            "(iii) the localisation or identification of a person suspected of having committed a criminal offence...")
