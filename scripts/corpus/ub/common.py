"""Shared helpers for the ub writer: tenants, tools, record builder, derive() (FORMAT.md rules)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}


def _t(id, name, sector, le_type, country, integrator=False, ecs=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": list(ecs)}


# end customers
_LAKE = _t("lakeview-pd", "Lakeview Police Department", "law_enforcement", "police", "US")
_PINAL = _t("pinal-ridge-so", "Pinal Ridge County Sheriff's Office", "law_enforcement", "police", "US")
_RTM = _t("politie-rtm", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL")
_THESS = _t("ela-thess", "Διεύθυνση Αστυνομίας Θεσσαλονίκης", "law_enforcement", "police", "GR")
_PUNE = _t("pune-police", "Pune City Police", "law_enforcement", "police", "IN")
_SHOPNL = _t("buurtsuper", "BuurtSuper B.V.", "commercial", None, "NL")
_BANKGR = _t("aigaia-bank", "Τράπεζα Αιγαίου Α.Ε.", "commercial", None, "GR")
_KYCIN = _t("paysetu", "PaySetu Fintech Pvt Ltd", "commercial", None, "IN")
_HRSE = _t("rekryt", "Rekryt Sverige AB", "commercial", None, "SE")
_SHOPTR = _t("kosemarket", "Köşe Market Zinciri A.Ş.", "commercial", None, "TR")
_JKT = _t("polda-metro", "Polda Metro Jaya", "law_enforcement", "police", "ID")

T = {
    # US police
    "lake": _LAKE,
    "pinal": _PINAL,
    "westmont": _t("westmont-pd", "Westmont Police Department", "law_enforcement", "police", "US"),
    "brook": _t("brookhaven-hts-pd", "Brookhaven Heights Police Department", "law_enforcement", "police", "US"),
    "oakridge": _t("oakridge-twp-pd", "Oakridge Township Police Department", "law_enforcement", "police", "US"),
    "harris": _t("harris-bend-so", "Harris Bend County Sheriff's Office", "law_enforcement", "police", "US"),
    "stpat": _t("state-patrol-mn", "North Star State Patrol", "law_enforcement", "police", "US"),
    # US LE but not police
    "usfed": _t("us-fid", "US Federal Investigations Directorate", "law_enforcement", "federal_investigative", "US"),
    "usdoc": _t("us-doc", "Lakes State Department of Corrections", "law_enforcement", "corrections", "US"),
    # non-US police and LE
    "thess": _THESS,
    "ath": _t("ela-attikis", "Γενική Αστυνομική Διεύθυνση Αττικής", "law_enforcement", "police", "GR"),
    "cy": _t("cy-police", "Αστυνομία Κύπρου", "law_enforcement", "police", "CY"),
    "gdansk": _t("kmp-gdansk", "Komenda Miejska Policji w Gdańsku", "law_enforcement", "police", "PL"),
    "sg-pl": _t("sg-pl", "Straż Graniczna — Nadwiślański Oddział", "law_enforcement", "border_immigration", "PL"),
    "dongnai": _t("ca-dongnai", "Công an tỉnh Đồng Nai", "law_enforcement", "police", "VN"),
    "hanoi": _t("ca-hanoi", "Công an TP. Hà Nội", "law_enforcement", "police", "VN"),
    "pune": _PUNE,
    "delhi": _t("delhi-police", "Delhi Police", "law_enforcement", "police", "IN"),
    "ankara": _t("egm-ankara", "Ankara İl Emniyet Müdürlüğü", "law_enforcement", "police", "TR"),
    "jandarma": _t("jgk-mugla", "Muğla İl Jandarma Komutanlığı", "law_enforcement", "police", "TR"),
    "jkt": _JKT,
    "imigrasi": _t("imigrasi-sh", "Kantor Imigrasi Soekarno-Hatta", "law_enforcement", "border_immigration", "ID"),
    "sthlm": _t("polisen-sthlm", "Polisregion Stockholm", "law_enforcement", "police", "SE"),
    "kvv": _t("kriminalvarden", "Kriminalvården", "law_enforcement", "corrections", "SE"),
    "rtm": _RTM,
    "antw": _t("pz-antwerpen", "Politiezone Antwerpen", "law_enforcement", "police", "BE"),
    "kmar": _t("kmar", "Koninklijke Marechaussee", "law_enforcement", "border_immigration", "NL"),
    # non-LE
    "bankgr": _BANKGR,
    "newsgr": _t("efimerida-v", "Εφημερίδα Βορρά", "commercial", None, "GR"),
    "shoppl": _t("groszek-sklepy", "Sklepy Pod Groszkiem sp. z o.o.", "commercial", None, "PL"),
    "hrpl": _t("kadromat", "Kadromat HR sp. z o.o.", "commercial", None, "PL"),
    "photovn": _t("anhdep", "AnhDep App JSC", "commercial", None, "VN"),
    "kycvn": _t("vivi-pay", "ViVi Pay JSC", "commercial", None, "VN"),
    "kycin": _KYCIN,
    "shopin": _t("kirana-plus", "Kirana Plus Retail Pvt Ltd", "commercial", None, "IN"),
    "ngoin": _t("haq-foundation", "Haq Digital Rights Foundation", "nonprofit", None, "IN"),
    "shoptr": _SHOPTR,
    "kyctr": _t("cebpara", "CebPara Ödeme Hizmetleri A.Ş.", "commercial", None, "TR"),
    "kycid": _t("kantongku", "PT Kantongku Digital", "commercial", None, "ID"),
    "hrid": _t("karyaku", "PT Karyaku Solusi SDM", "commercial", None, "ID"),
    "hrse": _HRSE,
    "kiosk": _t("hornkiosken", "Hörnkiosken i Malmö HB", "commercial", None, "SE"),
    "newsse": _t("sydposten", "Sydposten AB", "commercial", None, "SE"),
    "unise": _t("kth-vision", "Datorseendelabbet, tekniska högskolan", "academic", None, "SE"),
    "shopnl": _SHOPNL,
    "banknl": _t("lagelanden-bank", "Bank Lage Landen N.V.", "commercial", None, "NL"),
    "photonl": _t("fotoflow", "FotoFlow B.V.", "commercial", None, "NL"),
    # integrators
    "facegrid": _t("facegrid", "FaceGrid B.V.", "commercial", None, "NL", True, [_RTM, _LAKE, _SHOPNL]),
    "drishti": _t("drishti-ai", "Drishti AI Pvt Ltd", "commercial", None, "IN", True, [_PUNE, _PINAL, _KYCIN]),
    "aegis": _t("aegis-vision", "Aegis Vision Inc.", "commercial", None, "US", True, [_LAKE, _THESS, _BANKGR]),
    "oko": _t("oko-systems", "Oko Systems S.A.", "commercial", None, "PL", True, [_PINAL, _HRSE, _SHOPTR, _JKT]),
}

TOOLS = {
    "search_booking_photos": "Search the booking-photo archive by face image; returns ranked arrestee records.",
    "match_face": "Compare a probe face against a gallery and return the best matches with scores.",
    "face_search": "Search enrolled faces for the closest identities to the supplied image.",
    "enroll_face": "Enrol a face image into the named watch-list gallery.",
    "lookup_plate": "Look up a licence plate in the vehicle register.",
    "blur_faces": "Return the image with all faces blurred.",
    "count_people": "Count people in an image region.",
    "ocr_document": "Extract printed text fields from a document image.",
    "translate_text": "Translate text between languages.",
    "verify_selfie": "Compare a selfie with the portrait on an identity document; returns match score.",
    "search_wanted": "Search the wanted-persons register by face image.",
    "get_incident": "Fetch an incident record by number.",
}


def tool_defs(names):
    out = []
    for n in names:
        params = {"type": "object", "properties": {}}
        if n in ("search_booking_photos", "match_face", "face_search", "enroll_face", "blur_faces",
                 "count_people", "ocr_document", "search_wanted"):
            params["properties"]["image_url"] = {"type": "string"}
            params["required"] = ["image_url"]
            if n == "enroll_face":
                params["properties"]["gallery"] = {"type": "string"}
        elif n == "verify_selfie":
            params["properties"]["selfie_url"] = {"type": "string"}
            params["properties"]["document_url"] = {"type": "string"}
        elif n == "lookup_plate":
            params["properties"]["plate"] = {"type": "string"}
        elif n == "get_incident":
            params["properties"]["number"] = {"type": "string"}
        else:
            params["properties"]["text"] = {"type": "string"}
            params["properties"]["target"] = {"type": "string"}
        out.append({"type": "function", "function": {"name": n, "description": TOOLS[n], "parameters": params}})
    return out


ROLE = {"S": "system", "D": "developer", "U": "user", "A": "assistant"}


def messages(turns):
    msgs = []
    for t in turns:
        if t.startswith("kit:"):
            m = msgs[-1]
            if isinstance(m["content"], str):
                m["content"] = [{"type": "text", "text": m["content"]}]
            m["content"].append({"type": "image_url", "image_url": {"url": t}})
        else:
            r, txt = t.split("|", 1)
            msgs.append({"role": ROLE[r], "content": txt})
    return msgs


def resp_input(turns):
    """Responses API shape: system turn -> instructions, the rest -> input items."""
    instr = None
    items = []
    for t in turns:
        if t.startswith("kit:"):
            items[-1]["content"].append({"type": "input_image", "image_url": t})
            continue
        r, txt = t.split("|", 1)
        if r == "S":
            instr = txt
            continue
        typ = "output_text" if r == "A" else "input_text"
        items.append({"role": ROLE[r], "content": [{"type": typ, "text": txt}]})
    return instr, items


def _party(ten, ec):
    if not ten["integrator"]:
        return ten, [ten]
    if ec is not None:
        for e in ten["end_customers"]:
            if e["id"] == ec:
                return e, [e]
        return None, ten["end_customers"] + [{"sector": "?", "le_type": "?", "country": "?"}]
    return None, ten["end_customers"] + [ten]


def _us_police(o):
    return o["sector"] == "law_enforcement" and o["le_type"] == "police" and o["country"] == "US"


def derive(ten, ec, purpose, rt, mob, unc, amb=False, contra=False):
    """Return (kind, expect) from tenant / end customer and the hand-set labels (FORMAT.md)."""
    if purpose not in RECOG:
        return "allowed", {"accept": ["allow"], "clauses": []}
    party, possible = _party(ten, ec)
    ctx = rt is True and mob is True and unc is True
    if party is not None and _us_police(party) and not contra:
        cl = [C1] + ([C2] if ctx else [])
        return "violation", {"accept": ["deny"], "clauses": cl}
    if amb or contra:
        return "ambiguous", {"accept": ["review", "deny"] if contra else ["review"], "clauses": []}
    if party is not None:
        if party["sector"] == "law_enforcement" and ctx:
            return "violation", {"accept": ["deny"], "clauses": [C2]}
        return "allowed", {"accept": ["allow"], "clauses": []}
    maybe_police = any(o.get("le_type") in ("police", "?") and o.get("country") in ("US", "?") for o in possible)
    maybe_le = any(o.get("sector") in ("law_enforcement", "?") for o in possible)
    if maybe_police or (ctx and maybe_le):
        return "ambiguous", {"accept": ["review"], "clauses": []}
    return "allowed", {"accept": ["allow"], "clauses": []}


HDR = {"dev": "X-Usegate-Capture-Device", "mode": "X-Usegate-Capture-Mode", "env": "X-Usegate-Environment"}
MOB = {"body_worn": True, "dash": True, "handheld": True, "drone": True, "fixed": False}


def R(lang, voice, cls, ten, purpose, rt=None, mob=None, unc=None, turns=(), ec=None, ecmeta=False,
      hdr=None, ep="/v1/chat/completions", tools=None, amb=False, contra=False, meta=False, emb=None,
      resp=False):
    tenant = T[ten]
    headers, body_meta = {}, {}
    for k, v in (hdr or {}).items():
        if meta:
            body_meta[k] = v
        else:
            headers[HDR[k]] = v
    if ec is not None:
        if ecmeta:
            body_meta["end_customer"] = ec
        else:
            headers["X-Usegate-End-Customer"] = ec
    if not contra:
        h = hdr or {}
        if "dev" in h:
            assert mob == MOB[h["dev"]], (lang, turns[:1])
        if "mode" in h:
            assert rt == (h["mode"] == "live"), (lang, turns[:1])
        if "env" in h:
            assert unc == (h["env"] == "uncontrolled"), (lang, turns[:1])
    kind, expect = derive(tenant, ec, purpose, rt, mob, unc, amb, contra)
    if emb is not None:
        ep = "/v1/embeddings"
        body = {"input": emb}
    elif resp:
        ep = "/v1/responses"
        instr, items = resp_input(turns)
        body = {"input": items}
        if instr:
            body["instructions"] = instr
        if tools:
            body["tools"] = [{"type": "function", **d["function"]} for d in tool_defs(tools)]
    else:
        body = {"messages": messages(turns)}
        if tools:
            body["tools"] = tool_defs(tools)
    if body_meta:
        body["metadata"] = body_meta
    return {"lang": lang, "voice": voice, "class": cls, "tenant": tenant, "endpoint": ep,
            "headers": headers, "body": body,
            "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mob, "uncontrolled": unc},
            "expect": expect, "kind": kind}
