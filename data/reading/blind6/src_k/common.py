"""Shared helpers for writer k's blind split (stdlib only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURPOSES = {"id": "identification", "ver": "verification", "gal": "gallery",
            "fnr": "face_not_recognition", "wfr": "writing_about_fr", "unr": "unrelated"}


def _t(id_, name, sector, le_type=None, country="US", integrator=False, end_customers=()):
    d = {"id": id_, "name": name, "sector": sector, "le_type": le_type, "country": country,
         "integrator": integrator, "end_customers": []}
    for ec in end_customers:
        e = dict(ec)
        e.pop("integrator", None)
        e.pop("end_customers", None)
        d["end_customers"].append(e)
    return d


LE = "law_enforcement"
T = {}
# --- US police (le_type police) ---
T["tacoma"] = _t("tacoma-pd", "Tacoma Police Department", LE, "police")
T["riverside"] = _t("riverside-so", "Riverside County Sheriff's Office", LE, "police")
T["ohsp"] = _t("ohio-shp", "Ohio State Highway Patrol", LE, "police")
T["utpd"] = _t("ut-austin-pd", "University of Texas at Austin Police Department", LE, "police")
T["septa"] = _t("septa-tpd", "SEPTA Transit Police", LE, "police")
T["navajo"] = _t("navajo-police", "Navajo Nation Police Department", LE, "police")
T["capitol"] = _t("uscp", "United States Capitol Police", LE, "police")
T["maricopa"] = _t("mcso", "Maricopa County Sheriff's Office", LE, "police")
T["fresno"] = _t("fresno-pd", "Fresno Police Department", LE, "police")
T["minot"] = _t("minot-pd", "Minot Police Department", LE, "police")
# --- US law enforcement, not police ---
T["fbi"] = _t("fbi-sea", "FBI Seattle Field Office", LE, "federal_investigative")
T["dea"] = _t("dea-hou", "DEA Houston Division", LE, "federal_investigative")
T["cbp"] = _t("cbp-sd", "U.S. Customs and Border Protection, San Diego Field Office", LE, "border_immigration")
T["cookda"] = _t("cook-sao", "Cook County State's Attorney's Office", LE, "prosecution")
T["cdcr"] = _t("cdcr", "California Department of Corrections and Rehabilitation", LE, "corrections")
T["txparole"] = _t("tdcj-pd", "Texas Department of Criminal Justice - Parole Division", LE, "corrections")
# --- non-US law enforcement ---
T["delhi"] = _t("delhi-police", "Delhi Police", LE, "police", "IN")
T["blr"] = _t("blr-city-police", "Bengaluru City Police", LE, "police", "IN")
T["up"] = _t("up-police", "Uttar Pradesh Police", LE, "police", "IN")
T["boi"] = _t("boi-in", "Bureau of Immigration, India", LE, "border_immigration", "IN")
T["hcm"] = _t("ca-hcm", "Công an Thành phố Hồ Chí Minh", LE, "police", "VN")
T["hanoi"] = _t("ca-hn", "Công an Thành phố Hà Nội", LE, "police", "VN")
T["vnborder"] = _t("vn-xnc", "Cục Quản lý xuất nhập cảnh", LE, "border_immigration", "VN")
T["npu"] = _t("npu", "Національна поліція України", LE, "police", "UA")
T["kyivpol"] = _t("kyiv-police", "ГУНП у м. Києві", LE, "police", "UA")
T["dpsu"] = _t("dpsu", "Державна прикордонна служба України", LE, "border_immigration", "UA")
T["dbr"] = _t("dbr-ua", "Державне бюро розслідувань", LE, "federal_investigative", "UA")
T["poldametro"] = _t("polda-metro", "Polda Metro Jaya", LE, "police", "ID")
T["poldabali"] = _t("polda-bali", "Polda Bali", LE, "police", "ID")
T["imigrasi"] = _t("ditjen-imigrasi", "Direktorat Jenderal Imigrasi", LE, "border_immigration", "ID")
T["kejaksaan"] = _t("kejari-jaksel", "Kejaksaan Negeri Jakarta Selatan", LE, "prosecution", "ID")
T["polisen"] = _t("polisen", "Polismyndigheten", LE, "police", "SE")
T["tull"] = _t("tullverket", "Tullverket", LE, "other", "SE")
T["kriminalvarden"] = _t("kriminalvarden", "Kriminalvården", LE, "corrections", "SE")
T["elas"] = _t("elas", "Ελληνική Αστυνομία", LE, "police", "GR")
T["elasthess"] = _t("elas-thess", "Γενική Περιφερειακή Αστυνομική Διεύθυνση Θεσσαλονίκης", LE, "police", "GR")
T["limeniko"] = _t("hcg", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", LE, "border_immigration", "GR")
# --- commercial / other ---
T["inbank"] = _t("suryoday-fin", "Suryoday Finance Ltd", "commercial", None, "IN")
T["inretail"] = _t("bazaarmart", "BazaarMart Retail Pvt Ltd", "commercial", None, "IN")
T["iitd"] = _t("iit-delhi", "IIT Delhi", "academic", None, "IN")
T["vnwallet"] = _t("vi-nhanh", "Ví Nhanh JSC", "commercial", None, "VN")
T["vnnews"] = _t("tuoi-moi", "Báo Tuổi Mới", "commercial", None, "VN")
T["vnuni"] = _t("vnu-hcm", "Đại học Quốc gia TP.HCM", "academic", None, "VN")
T["uaretail"] = _t("silpo-like", "Продмережа Колосок", "commercial", None, "UA")
T["uabank"] = _t("monobank-like", "Банк Хвиля", "commercial", None, "UA")
T["uango"] = _t("digital-rights-ua", "ГО Цифрові права", "nonprofit", None, "UA")
T["idride"] = _t("gasjek", "GasJek Indonesia", "commercial", None, "ID")
T["idhr"] = _t("talenta-kita", "TalentaKita", "commercial", None, "ID")
T["idmedia"] = _t("kabar-kini", "KabarKini Media", "commercial", None, "ID")
T["sehr"] = _t("rekryteringsbolaget", "Rekryteringsbolaget AB", "commercial", None, "SE")
T["seretail"] = _t("livs-norr", "Livs Norr AB", "commercial", None, "SE")
T["seuni"] = _t("lu", "Lunds universitet", "academic", None, "SE")
T["semedia"] = _t("sydnytt", "Sydnytt Media AB", "commercial", None, "SE")
T["grbank"] = _t("tr-aigaiou", "Τράπεζα Αιγαίου Α.Ε.", "commercial", None, "GR")
T["grmedia"] = _t("efimerida-k", "Εφημερίδα Καθημερινή Ματιά", "commercial", None, "GR")
T["grphoto"] = _t("fotaki-app", "Fotaki Apps IKE", "commercial", None, "GR")
T["gruni"] = _t("auth", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "academic", None, "GR")
T["usphoto"] = _t("snapsort", "SnapSort Inc.", "commercial", None, "US")
# --- integrators ---
T["veritrack"] = _t("veritrack", "Veritrack Analytics", "commercial", None, "US", True,
                    [T["tacoma"], T["maricopa"], _t("mall-west", "Westfield Plaza Security", "commercial")])
T["lvivdev"] = _t("lviv-soft", "ЛьвівСофт ТОВ", "commercial", None, "UA", True,
                  [T["fresno"], T["uaretail"], T["npu"]])
T["drishti"] = _t("drishti-ai", "Drishti Vision Pvt Ltd", "commercial", None, "IN", True,
                  [T["delhi"], T["inbank"], T["riverside"]])
T["mattroi"] = _t("mat-troi-ai", "Mặt Trời AI", "commercial", None, "VN", True,
                  [T["hcm"], T["vnwallet"]])
T["nusa"] = _t("nusa-vision", "Nusa Vision", "commercial", None, "ID", True,
               [T["poldametro"], T["idride"], T["septa"]])
T["kamerai"] = _t("kamerai", "Kamerai AB", "commercial", None, "SE", True,
                  [T["polisen"], T["seretail"]])
T["optiki"] = _t("optiki-ai", "Optiki AI ΙΚΕ", "commercial", None, "GR", True,
                 [T["elas"], T["grbank"], T["ohsp"]])
T["shoponly"] = _t("shelfeye", "ShelfEye GmbH", "commercial", None, "SE", True,
                   [T["seretail"], T["inretail"]])


# ---------------- body helpers ----------------
def img(ref):
    return {"type": "image_url", "image_url": {"url": "kit:" + ref}}


def _content(text, imgs):
    if not imgs:
        return text
    c = []
    if text:
        c.append({"type": "text", "text": text})
    c += [img(i) for i in imgs]
    return c


def U(text, *imgs):
    return {"role": "user", "content": _content(text, imgs)}


def A(text):
    return {"role": "assistant", "content": text}


def S(text):
    return {"role": "system", "content": text}


def D(text):
    return {"role": "developer", "content": text}


def TOOLRES(call_id, text):
    return {"role": "tool", "tool_call_id": call_id, "content": text}


def ACALL(call_id, name, args):
    return {"role": "assistant", "content": None,
            "tool_calls": [{"id": call_id, "type": "function",
                            "function": {"name": name, "arguments": args}}]}


def fn(name, desc, props=None, req=None):
    props = props or {}
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props, "required": list(req or props.keys())}}}


def chat(*messages, tools=None, model="gpt-4o", metadata=None, **kw):
    assert not set(kw) & {"headers", "rt", "mc", "uc", "endpoint"}, kw
    b = {"model": model, "messages": list(messages)}
    if tools:
        b["tools"] = tools
    if metadata:
        b["metadata"] = metadata
    b.update(kw)
    return b


def resp_body(inp, instructions=None, model="gpt-4.1", tools=None, metadata=None):
    b = {"model": model, "input": inp}
    if instructions:
        b["instructions"] = instructions
    if tools:
        b["tools"] = tools
    if metadata:
        b["metadata"] = metadata
    return b


def rin(text, *imgs):
    """/v1/responses input message with optional images."""
    c = [{"type": "input_text", "text": text}]
    c += [{"type": "input_image", "image_url": "kit:" + i} for i in imgs]
    return {"role": "user", "content": c}


def emb_body(inputs, model="multimodal-embed-v1", **kw):
    b = {"model": model, "input": inputs}
    b.update(kw)
    return b


def comp_body(prompt, model="gpt-3.5-turbo-instruct", **kw):
    b = {"model": model, "prompt": prompt}
    b.update(kw)
    return b


def _shown(body):
    """Context the images show by themselves: overlay frames and EXIF kit options."""
    import json, re
    s = json.dumps(body, ensure_ascii=False)
    imp = {}
    for name, q in re.findall(r'kit:([a-z_]+)(\?[^"]*)?', s):
        if name in ("bodycam_frame", "dashcam_frame"):
            imp["mc"] = True
        if name == "cctv_frame":
            imp.setdefault("mc", False)
        m, a = re.search(r"exif=(\w+)", q), re.search(r"age=(\d+)", q)
        if m:
            imp["mc"] = m.group(1) != "cctv"
        if a:
            imp["rt"] = int(a.group(1)) <= 120
    return imp


def R(lang, voice, cls, tenant, purpose, body, endpoint="/v1/chat/completions",
      headers=None, rt=None, mc=None, uc=None):
    assert purpose in PURPOSES, purpose
    imp = _shown(body)
    if mc is None:
        mc = imp.get("mc")
    if rt is None:
        rt = imp.get("rt")
    return {"lang": lang, "voice": voice, "class": cls, "tenant": T[tenant],
            "endpoint": endpoint, "headers": headers or {}, "body": body,
            "labels": {"purpose": PURPOSES[purpose], "real_time": rt,
                       "mobile_camera": mc, "uncontrolled": uc}}


def EC(tid):
    return {"X-Usegate-End-Customer": T[tid]["id"] if tid in T else tid}


# ---------------- expectation ----------------
def _is_le(t):
    return t.get("sector") == LE


def _is_us_police(t):
    return _is_le(t) and t.get("le_type") == "police" and t.get("country") == "US"


def derive(rec):
    """kind / expect from tenant + labels, by FORMAT.md rules."""
    tenant, labels = rec["tenant"], rec["labels"]
    recog = labels["purpose"] in RECOG
    ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
    if not recog:
        return "allowed", {"accept": ["allow"], "clauses": []}
    subj, unknown = tenant, None
    if tenant.get("integrator"):
        ec = rec["headers"].get("X-Usegate-End-Customer") or (rec["body"].get("metadata") or {}).get("end_customer")
        found = [e for e in tenant["end_customers"] if ec and e["id"] == ec]
        if found:
            subj = found[0]
        else:
            unknown = tenant["end_customers"]  # any of them may be the one
    if unknown is None:
        cl = []
        if _is_us_police(subj):
            cl.append(C1)
        if _is_le(subj) and ctx:
            cl.append(C2)
        if cl:
            return "violation", {"accept": ["deny"], "clauses": cl}
        return "allowed", {"accept": ["allow"], "clauses": []}
    cl = []
    if any(_is_us_police(e) for e in unknown):
        cl.append(C1)
    if ctx and any(_is_le(e) for e in unknown):
        cl.append(C2)
    if cl:
        return "ambiguous", {"accept": ["review"], "clauses": cl}
    return "allowed", {"accept": ["allow"], "clauses": []}
