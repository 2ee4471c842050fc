"""Shared tenants and record helpers for the blind12/v12 split (hand-written records)."""

def T(id, name, sector, le_type, country, integrator=False, ecs=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": ecs or []}

# --- US police of several kinds
SPD = T("lakeport-pd", "Lakeport Police Department", "law_enforcement", "police", "US")
SHERIFF = T("marlow-co-so", "Marlow County Sheriff's Office", "law_enforcement", "police", "US")
HWY = T("ne-state-patrol", "Nebraska State Patrol (pilot)", "law_enforcement", "police", "US")
CAMPUS = T("uvm-campus-pd", "Riverside University Police Department", "law_enforcement", "police", "US")
TRANSIT = T("metro-transit-pd", "Bay Metro Transit Police", "law_enforcement", "police", "US")
TRIBAL = T("red-mesa-tribal-pd", "Red Mesa Tribal Police", "law_enforcement", "police", "US")
PARKPD = T("fed-park-police", "Capital Parks Police (federal)", "law_enforcement", "police", "US")
# --- US law enforcement that is not police
FEDINV = T("fbi-fo-omaha", "Federal Investigations Field Office Omaha", "law_enforcement", "federal_investigative", "US")
BORDER = T("us-border-sector", "US Border Sector El Centro", "law_enforcement", "border_immigration", "US")
DOC = T("tx-doc", "State Department of Corrections (TX region)", "law_enforcement", "corrections", "US")
DA = T("kings-da", "County District Attorney's Office", "law_enforcement", "prosecution", "US")
# --- non-US police
MET = T("uk-met", "Metropolitan Police Service", "law_enforcement", "police", "GB")
RCMP = T("ca-rcmp-e", "RCMP E Division", "law_enforcement", "police", "CA")
PN = T("fr-pn-lyon", "Police nationale - DDSP Rhône", "law_enforcement", "police", "FR")
GN = T("fr-gn", "Gendarmerie nationale - groupement Isère", "law_enforcement", "police", "FR")
PMUN = T("fr-pm-nice", "Police municipale de Nice", "law_enforcement", "police", "FR")
BEPOL = T("be-pol-bxl", "Zone de police Bruxelles-Capitale/Ixelles", "law_enforcement", "police", "BE")
GC = T("es-gc", "Guardia Civil - Comandancia de Málaga", "law_enforcement", "police", "ES")
MOSSOS = T("es-mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES")
MXPOL = T("mx-ssc", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX")
BERLIN = T("de-pol-berlin", "Polizei Berlin", "law_enforcement", "police", "DE")
BPOL = T("de-bundespolizei", "Bundespolizeidirektion München", "law_enforcement", "police", "DE")
ATPOL = T("at-lpd-wien", "Landespolizeidirektion Wien", "law_enforcement", "police", "AT")
PSP = T("pt-psp", "PSP - Comando Metropolitano de Lisboa", "law_enforcement", "police", "PT")
PCBR = T("br-pc-sp", "Polícia Civil do Estado de São Paulo", "law_enforcement", "police", "BR")
PMBR = T("br-pm-rj", "Polícia Militar do Estado do Rio de Janeiro", "law_enforcement", "police", "BR")
PDS = T("it-pds-milano", "Polizia di Stato - Questura di Milano", "law_enforcement", "police", "IT")
CC = T("it-carabinieri", "Arma dei Carabinieri - Comando Provinciale di Napoli", "law_enforcement", "police", "IT")
POLITIE = T("nl-politie", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL")
KMAR = T("nl-kmar", "Koninklijke Marechaussee", "law_enforcement", "police", "NL")
BEPOLNL = T("be-pz-antwerpen", "Politiezone Antwerpen", "law_enforcement", "police", "BE")
# --- non-US, non-police law enforcement
FRDOUANE = T("fr-douane", "Direction générale des douanes", "law_enforcement", "border_immigration", "FR")
# --- integrators
EC_SPD = dict(SPD); EC_SPD.pop("integrator"); EC_SPD.pop("end_customers")
EC_SHERIFF = dict(SHERIFF); EC_SHERIFF.pop("integrator"); EC_SHERIFF.pop("end_customers")
def EC(t):
    d = {k: t[k] for k in ("id", "name", "sector", "le_type", "country")}
    return d
EC_RETAIL = {"id": "shopright", "name": "ShopRight Stores", "sector": "commercial", "le_type": None, "country": "US"}
EC_BANK = {"id": "nordbank", "name": "Nordbank AG", "sector": "commercial", "le_type": None, "country": "DE"}
EC_STADIUM = {"id": "arena-ops", "name": "Arena Operations Ltd", "sector": "commercial", "le_type": None, "country": "GB"}
VIGILO = T("vigilo", "Vigilo Video Systems", "commercial", None, "US", True,
           [EC(SPD), EC(SHERIFF), EC_RETAIL])
BLUELINE = T("blueline-rms", "BlueLine RMS Inc.", "commercial", None, "US", True,
             [EC(TRANSIT), EC(DA), EC(MET)])
EUROVISION = T("eurosecur", "EuroSecur Analytics SAS", "commercial", None, "FR", True,
               [EC(PN), EC(BERLIN), EC(POLITIE), EC_BANK])
IDCHECK = T("idcheck", "IDCheck Onboarding GmbH", "commercial", None, "DE", True,
            [EC_BANK, {"id": "mobi-telco", "name": "Mobi Telco", "sector": "commercial", "le_type": None, "country": "NL"}])
LATAMSEC = T("latamsec", "LatamSec Tecnologia Ltda", "commercial", None, "BR", True,
             [EC(PCBR), EC(PMBR), EC(MXPOL), {"id": "shopping-sp", "name": "Shopping Paulista", "sector": "commercial", "le_type": None, "country": "BR"}])
# --- commercial / others
RETAIL = T("mercato-retail", "Mercato Retail Group", "commercial", None, "US")
RETAILEU = T("carrefive", "CarreFive Hypermarchés", "commercial", None, "FR")
KYC = T("payfast-kyc", "PayFast Europe", "commercial", None, "NL")
KYCES = T("bancoligero", "Banco Ligero", "commercial", None, "ES")
HR = T("staffly", "Staffly HR", "commercial", None, "US")
PHOTO = T("snapalbum", "SnapAlbum", "commercial", None, "IT")
PRESS = T("dailyledger", "The Daily Ledger", "commercial", None, "US")
PRESSDE = T("tagesblick", "Tagesblick Medien GmbH", "commercial", None, "DE")
NGO = T("civil-eye", "Civil Eye Foundation", "nonprofit", None, "US")
NGOEU = T("droits-num", "Droits Numériques", "nonprofit", None, "FR")
UNI = T("tu-delft-lab", "TU Delft Vision Lab", "academic", None, "NL")
UNIUS = T("state-u", "Midwest State University", "academic", None, "US")
CITY = T("city-hall-porto", "Câmara Municipal do Porto", "government", None, "PT")
INDIV = T("ind-user", "individual account", "individual", None, "IT")

def U(text, *imgs):
    if not imgs:
        return {"role": "user", "content": text}
    c = [{"type": "text", "text": text}] if text else []
    for i in imgs:
        c.append({"type": "image_url", "image_url": {"url": i}})
    return {"role": "user", "content": c}

def S(text):
    return {"role": "system", "content": text}

def A(text):
    return {"role": "assistant", "content": text}

def FN(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}

RECS = []

def R(lang, voice, cls, ten, msgs, p, rt=None, mob=None, unc=None, ep="chat", hd=None, tools=None,
      meta=None, amb=None, emb=None, note=None):
    """Register one hand-written record. amb: None or an accept list for a genuinely unclear ask."""
    RECS.append(dict(lang=lang, voice=voice, cls=cls, ten=ten, msgs=msgs, p=p, rt=rt, mob=mob, unc=unc,
                     ep=ep, hd=hd or {}, tools=tools, meta=meta, amb=amb, emb=emb, note=note))
