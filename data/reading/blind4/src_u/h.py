"""Envelope helpers for writer u. Every ask/payload text is written per record in the lang files."""
import json, sys
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECS = []

def T(id, name, sector, le_type=None, country="US", integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}

def pol(id, name, country, le="police"):
    return T(id, name, "law_enforcement", le, country)

def com(id, name, country="US", sector="commercial"):
    return T(id, name, sector, None, country)

# shared tenants
US_PD = pol("t-harlan-pd", "Harlan City Police Department", "US")
US_PD2 = pol("t-baycity-pd", "Bay City Police Department", "US")
US_SHERIFF = pol("t-marlow-so", "Marlow County Sheriff's Office", "US")
US_STATE = pol("t-sp-central", "Central State Highway Patrol", "US")
US_TRANSIT = pol("t-metro-transit-pd", "Metro Transit Police", "US")
US_CAMPUS = pol("t-ridge-univ-pd", "Ridgemont University Police", "US")
US_FED = pol("t-fed-inv", "Federal Bureau of Field Investigations", "US", "federal_investigative")
US_BORDER = pol("t-us-border", "US Port-of-Entry Operations", "US", "border_immigration")
US_DA = pol("t-da-harlan", "Harlan County District Attorney", "US", "prosecution")
US_CORR = pol("t-marlow-corr", "Marlow County Department of Corrections", "US", "corrections")
RETAIL = com("t-shopline", "ShopLine Stores Inc.")
KYC = com("t-kycly", "Kycly Identity Ltd", "GB")
HR = com("t-staffwise", "StaffWise HR", "US")
PHOTO = com("t-snapalbum", "SnapAlbum Photos", "US")
NEWS = com("t-ledger", "The Daily Ledger", "US")
LAW = com("t-barlow-law", "Barlow & Finch LLP", "US")
UNI = com("t-uni-lab", "Northfield University Vision Lab", "US", "academic")
NGO = com("t-civlib", "Civil Liberties Watch", "US", "nonprofit")
DMV = com("t-dmv", "State Department of Motor Vehicles", "US", "government")
CITY = com("t-city-it", "City of Harlan IT Services", "US", "government")
_ec_pd = dict(US_PD2); _ec_ret = dict(RETAIL); _ec_uk = pol("ec-westshire", "Westshire Constabulary", "GB")
INTEG = T("t-lumen", "Lumen Public Safety Software", "commercial", None, "US", True, [_ec_pd, _ec_ret, _ec_uk])
INTEG_COM = T("t-retailiq", "RetailIQ Analytics", "commercial", None, "US", True,
              [com("ec-mart", "MegaMart Corp."), com("ec-casino", "Silver Dunes Casino")])

def S(t): return {"role": "system", "content": t}
def D(t): return {"role": "developer", "content": t}
def U(t, *imgs):
    if not imgs: return {"role": "user", "content": t}
    c = [{"type": "text", "text": t}] if t else []
    c += [{"type": "image_url", "image_url": {"url": i if i.startswith("kit:") else "kit:" + i}} for i in imgs]
    return {"role": "user", "content": c}
def A(t): return {"role": "assistant", "content": t}
def AC(name, args, cid="call_1"):
    return {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
            "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}
def TR(content, cid="call_1"):
    return {"role": "tool", "tool_call_id": cid, "content": content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)}
def F(name, desc, props, req=None):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {k: ({"type": v} if isinstance(v, str) else v) for k, v in props.items()},
        "required": req or list(props)[:1]}}}
def chat(msgs, tools=None, model="gpt-4o", **kw):
    b = {"model": model, "messages": msgs}
    if tools: b["tools"] = tools
    b.update(kw); return b
def resp(instructions, input, model="gpt-4.1", **kw):
    b = {"model": model}
    if instructions: b["instructions"] = instructions
    b["input"] = input; b.update(kw); return b
def RI(t, *imgs, role="user"):
    c = [{"type": "input_text", "text": t}] if t else []
    c += [{"type": "input_image", "image_url": "kit:" + i} for i in imgs]
    return {"role": role, "content": c}

_n = [0]
def R(lang, voice, cls, tenant, body, purpose, rt, mc, unc, kind, cl=None, ep="/v1/chat/completions",
      hdr=None, at="2026-05-14T15:20:00Z"):
    if kind == "violation":
        clauses = {"c1": [C1], "c2": [C2], "c12": [C1, C2]}[cl]
        exp = {"accept": ["deny"], "clauses": clauses}
    elif kind == "allowed":
        exp = {"accept": ["allow"], "clauses": []}
    else:
        exp = {"accept": cl or ["review"], "clauses": []}
    RECS.append({"id": None, "lang": lang, "voice": voice, "class": cls, "received_at": at,
                 "tenant": tenant, "endpoint": ep, "headers": hdr or {}, "body": body,
                 "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc},
                 "expect": exp, "kind": kind})

def out(path_src):
    # ids assigned by main runner
    return RECS
