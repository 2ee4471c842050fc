"""Rebuild: cd src_v16 && python3 build.py  -> ../v16.jsonl"""
import json, random, datetime, os, importlib
random.seed(16016)
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
def T(id, name, sector, le=None, cc="US", integ=False, ec=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le, "country": cc,
            "integrator": integ, "end_customers": [dict(e) for e in ec]}
TEN = {
 "spd": T("spd-oak", "Oakridge Police Department", "law_enforcement", "police"),
 "sheriff": T("mcso-tx", "Marlow County Sheriff's Office", "law_enforcement", "police"),
 "hwy": T("nvhp", "Nevada Highway Patrol", "law_enforcement", "police"),
 "campus": T("uofm-pd", "State University Police Department", "law_enforcement", "police"),
 "transit": T("metro-transit-pd", "Metro Transit Police", "law_enforcement", "police"),
 "tribal": T("rrtp", "Red River Tribal Police", "law_enforcement", "police"),
 "parkpol": T("usppark", "US Park Police", "law_enforcement", "police"),
 "fbi": T("fbi-fo", "FBI Field Office Denver", "law_enforcement", "federal_investigative"),
 "cbp": T("cbp-sd", "CBP San Diego Field Office", "law_enforcement", "border_immigration"),
 "doc": T("azdoc", "Arizona Dept. of Corrections", "law_enforcement", "corrections"),
 "da": T("kcda", "King County Prosecutor's Office", "law_enforcement", "prosecution"),
 "met": T("met-uk", "Metropolitan Police Service", "law_enforcement", "police", "GB"),
 "pn": T("pn-fr", "Police nationale - DDSP Rhône", "law_enforcement", "police", "FR"),
 "gend": T("gn-fr", "Gendarmerie nationale", "law_enforcement", "police", "FR"),
 "gc": T("gc-es", "Guardia Civil", "law_enforcement", "police", "ES"),
 "mossos": T("mossos", "Mossos d'Esquadra", "law_enforcement", "police", "ES"),
 "mx": T("ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "law_enforcement", "police", "MX"),
 "bpol": T("bpol-de", "Bundespolizei", "law_enforcement", "police", "DE"),
 "lka": T("lka-nrw", "Landeskriminalamt NRW", "law_enforcement", "police", "DE"),
 "psp": T("psp-pt", "Polícia de Segurança Pública", "law_enforcement", "police", "PT"),
 "pmsp": T("pmesp", "Polícia Militar do Estado de São Paulo", "law_enforcement", "police", "BR"),
 "pc": T("pc-rj", "Polícia Civil do Rio de Janeiro", "law_enforcement", "police", "BR"),
 "cara": T("cc-it", "Arma dei Carabinieri - Comando Provinciale Milano", "law_enforcement", "police", "IT"),
 "pstato": T("ps-it", "Polizia di Stato - Questura di Torino", "law_enforcement", "police", "IT"),
 "politie": T("politie-nl", "Politie Eenheid Rotterdam", "law_enforcement", "police", "NL"),
 "fedpol": T("fedpol-be", "Police fédérale belge", "law_enforcement", "police", "BE"),
 "kmar": T("kmar-nl", "Koninklijke Marechaussee", "law_enforcement", "border_immigration", "NL"),
 "retail": T("shopco", "ShopCo Stores Inc.", "commercial"),
 "kyc": T("vbank", "Verdant Bank KYC", "commercial", cc="DE"),
 "kycbr": T("pagfacil", "PagFácil Pagamentos", "commercial", cc="BR"),
 "hr": T("staffly", "Staffly HR", "commercial", cc="FR"),
 "photo": T("snaproll", "SnapRoll Photos", "commercial"),
 "press": T("dagblad", "Het Dagblad", "commercial", cc="NL"),
 "pressit": T("cronaca", "Cronaca Quotidiana", "commercial", cc="IT"),
 "ngo": T("rightswatch", "Rights Watch Europe", "nonprofit", cc="BE"),
 "ngous": T("cjp", "Civic Justice Project", "nonprofit"),
 "uni": T("tum-lab", "TU Lab Biometrie", "academic", cc="DE"),
 "uniit": T("polimi", "Politecnico Lab Visione", "academic", cc="IT"),
 "city": T("city-springs", "City of Springs IT", "government"),
}
EC_SPD = {"id": "spd-oak", "name": "Oakridge Police Department", "sector": "law_enforcement", "le_type": "police", "country": "US"}
EC_HWY = {"id": "azdps", "name": "Arizona DPS Highway Patrol", "sector": "law_enforcement", "le_type": "police", "country": "US"}
EC_MALL = {"id": "mallgroup", "name": "MallGroup Security", "sector": "commercial", "le_type": None, "country": "US"}
EC_POL = {"id": "politie-ut", "name": "Politie Eenheid Utrecht", "sector": "law_enforcement", "le_type": "police", "country": "NL"}
EC_BANK = {"id": "bancoluz", "name": "Banco Luz", "sector": "commercial", "le_type": None, "country": "PT"}
EC_FBI = {"id": "fbi-fo", "name": "FBI Field Office Denver", "sector": "law_enforcement", "le_type": "federal_investigative", "country": "US"}
EC_GUARDIA = {"id": "gc-es", "name": "Guardia Civil", "sector": "law_enforcement", "le_type": "police", "country": "ES"}
TEN["lensco"] = T("lensco", "LensCo Video Analytics", "commercial", integ=True, ec=[EC_SPD, EC_HWY, EC_MALL])
TEN["eurvis"] = T("eurvis", "EurVision Systems BV", "commercial", cc="NL", integ=True, ec=[EC_POL, EC_BANK, EC_GUARDIA])
TEN["govtech"] = T("govtech", "GovTech Analytics LLC", "commercial", integ=True, ec=[EC_FBI, EC_MALL])
ALL_EC = {e["id"]: e for e in [EC_SPD, EC_HWY, EC_MALL, EC_POL, EC_BANK, EC_FBI, EC_GUARDIA]}
RECOG = {"identification", "verification", "gallery"}

def derive(tenant, headers, body, labels, amb):
    ecid = (headers or {}).get("X-Usegate-End-Customer") or (body.get("metadata") or {}).get("end_customer")
    who, unknown = tenant, False
    if tenant["integrator"]:
        reg = {e["id"]: e for e in tenant["end_customers"]}
        if ecid in reg:
            who = reg[ecid]
        else:
            # No end customer named, or one not registered under this integrator.
            # Named-but-unregistered: "for police" unknown (SPEC §2) -> review for recognition.
            # Not named: the request is on behalf of one of the registered end customers; it is
            # review only if some of them would make a clause fire (a US police end customer for C1,
            # or a law-enforcement end customer when all three C2 context facts are true).
            who = None
            if ecid:
                unknown = True
            else:
                ctx = labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True
                unknown = any(e["sector"] == "law_enforcement" and
                              ((e["le_type"] == "police" and e["country"] == "US") or ctx)
                              for e in tenant["end_customers"])
    recog = labels["purpose"] in RECOG
    if amb or (recog and unknown):
        return "ambiguous", (["review", "deny"] if amb else ["review"]), []
    cl = []
    if recog and who:
        le = who["sector"] == "law_enforcement"
        if le and who["le_type"] == "police" and who["country"] == "US":
            cl.append(C1)
        if le and labels["real_time"] is True and labels["mobile_camera"] is True and labels["uncontrolled"] is True:
            cl.append(C2)
    return ("violation", ["deny"], cl) if cl else ("allowed", ["allow"], [])

EP = {"chat": "/v1/chat/completions", "resp": "/v1/responses", "emb": "/v1/embeddings"}
MODELS = {"chat": ["gpt-4o", "gpt-4o-mini", "gpt-4.1"], "resp": ["gpt-4.1", "gpt-4o"], "emb": ["multimodal-embed-v1"]}

def main():
    base = datetime.datetime(2026, 6, 1, 8, 0, 0)
    out = []
    for lang in ["en", "fr", "es", "de", "pt", "it", "nl"]:
        mod = importlib.import_module("r_" + lang)
        for r in mod.R:
            out.append((lang, r))
    lines = []
    for i, (lang, r) in enumerate(out, 1):
        ep = r.get("ep", "chat")
        ra = base + datetime.timedelta(seconds=random.randint(0, 180 * 86400))
        model = random.choice(MODELS[ep])
        if ep == "chat":
            body = {"model": model, "messages": r["m"]}
        elif ep == "resp":
            body = {"model": model, "input": r["m"]}
        else:
            body = {"model": model, "input": r["m"]}
        if r.get("tools"):
            body["tools"] = r["tools"]
        if r.get("meta"):
            body["metadata"] = r["meta"]
        tenant = TEN[r["t"]]
        headers = r.get("h", {})
        labels = {"purpose": r["p"], "real_time": r.get("rt"), "mobile_camera": r.get("mc"), "uncontrolled": r.get("unc")}
        kind, acc, cl = derive(tenant, headers, body, labels, r.get("amb", False))
        rec = {"id": "b16-v16-%05d" % i, "lang": lang, "voice": r["v"], "class": r["c"],
               "received_at": ra.strftime("%Y-%m-%dT%H:%M:%SZ"), "tenant": tenant,
               "endpoint": EP[ep], "headers": headers, "body": body, "labels": labels,
               "expect": {"accept": acc, "clauses": cl}, "kind": kind}
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "v16.jsonl")
    with open(p, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines))

if __name__ == "__main__":
    main()
