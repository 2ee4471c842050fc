"""Shared registry and record helper for split w16 (hand-written records)."""

def _t(id, name, sector, le_type, country, integrator=False, ecs=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": ecs or []}

T = {}
def add(t):
    T[t["id"]] = t
    return t

# US police of several kinds
add(_t("mpd-oak", "Oakridge Police Department", "law_enforcement", "police", "US"))
add(_t("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police", "US"))
add(_t("ohp", "Ohio State Highway Patrol", "law_enforcement", "police", "US"))
add(_t("upd-state", "State University Police Department", "law_enforcement", "police", "US"))
add(_t("metro-transit-pd", "Metro Transit Police", "law_enforcement", "police", "US"))
add(_t("tribal-pd", "Red Lake Tribal Police", "law_enforcement", "police", "US"))
add(_t("park-police", "US Park Police", "law_enforcement", "police", "US"))
# US law enforcement that is not police
add(_t("fed-inv", "Federal Investigative Field Office", "law_enforcement", "federal_investigative", "US"))
add(_t("cbp-port", "Port of Entry Border Unit", "law_enforcement", "border_immigration", "US"))
add(_t("doc-tx", "State Department of Corrections", "law_enforcement", "corrections", "US"))
add(_t("da-kings", "County District Attorney's Office", "law_enforcement", "prosecution", "US"))
# non-US police
add(_t("pl-kwp", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL"))
add(_t("pl-sg", "Straż Graniczna", "law_enforcement", "border_immigration", "PL"))
add(_t("jp-pref", "Osaka Prefectural Police", "law_enforcement", "police", "JP"))
add(_t("ru-mvd", "ГУ МВД по Новосибирской области", "law_enforcement", "police", "RU"))
add(_t("kz-pol", "Полиция г. Алматы", "law_enforcement", "police", "KZ"))
add(_t("tr-egm", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "police", "TR"))
add(_t("tr-jandarma", "Jandarma Genel Komutanlığı", "law_enforcement", "police", "TR"))
add(_t("kr-knpa", "Seoul Metropolitan Police Agency", "law_enforcement", "police", "KR"))
add(_t("ae-dxb", "Dubai Police", "law_enforcement", "police", "AE"))
add(_t("sa-pol", "Riyadh Police", "law_enforcement", "police", "SA"))
add(_t("eg-moi", "Egyptian Interior Ministry Police", "law_enforcement", "police", "EG"))
# end customers
EC_SPD = _t("mpd-oak", "Oakridge Police Department", "law_enforcement", "police", "US")
EC_HCSO = _t("hcso", "Harlan County Sheriff's Office", "law_enforcement", "police", "US")
EC_MALL = _t("shopmax", "ShopMax Stores", "commercial", None, "US")
EC_BANK = _t("bank-kyc", "Meridian Bank", "commercial", None, "GB")
EC_KGP = _t("pl-kwp", "Komenda Wojewódzka Policji w Krakowie", "law_enforcement", "police", "PL")
EC_KNPA = _t("kr-knpa", "Seoul Metropolitan Police Agency", "law_enforcement", "police", "KR")
EC_EGM = _t("tr-egm", "İstanbul Emniyet Müdürlüğü", "law_enforcement", "police", "TR")
EC_DXB = _t("ae-dxb", "Dubai Police", "law_enforcement", "police", "AE")
EC_JP = _t("jp-pref", "Osaka Prefectural Police", "law_enforcement", "police", "JP")
EC_RU = _t("ru-mvd", "ГУ МВД по Новосибирской области", "law_enforcement", "police", "RU")
EC_DOC = _t("doc-tx", "State Department of Corrections", "law_enforcement", "corrections", "US")
EC_HOTEL = _t("hotel-jp", "Sakura Hotels", "commercial", None, "JP")
EC_UNI = _t("uni-kr", "Hanbit University", "academic", None, "KR")
# integrators
add(_t("lensco", "LensCo Vision", "commercial", None, "US", True, [EC_SPD, EC_HCSO, EC_MALL, EC_KGP, EC_KNPA, EC_EGM, EC_DXB, EC_JP, EC_RU, EC_DOC]))
add(_t("pl-wizja", "Wizja Systemy sp. z o.o.", "commercial", None, "PL", True, [EC_KGP, EC_BANK, EC_MALL]))
add(_t("jp-mirai", "Mirai Vision KK", "commercial", None, "JP", True, [EC_JP, EC_HOTEL, EC_SPD]))
add(_t("kr-bitsoft", "BitSoft AI", "commercial", None, "KR", True, [EC_KNPA, EC_UNI, EC_BANK]))
add(_t("tr-gozcu", "Gözcü Teknoloji A.Ş.", "commercial", None, "TR", True, [EC_EGM, EC_MALL, EC_HCSO]))
add(_t("ae-saqr", "Saqr Analytics", "commercial", None, "AE", True, [EC_DXB, EC_BANK, EC_SPD]))
add(_t("ru-vizor", "ООО Визор", "commercial", None, "RU", True, [EC_RU, EC_BANK]))
add(_t("kyc-only", "IDcheck Integrations", "commercial", None, "DE", True, [EC_BANK, EC_MALL]))
# commercial / others
add(_t("pl-sklep", "Sieć sklepów Żabka-Plus", "commercial", None, "PL"))
add(_t("pl-bank", "Bank Wiślany S.A.", "commercial", None, "PL"))
add(_t("jp-photo", "PhotoNest KK", "commercial", None, "JP"))
add(_t("jp-press", "Kansai Shimbun", "commercial", None, "JP"))
add(_t("ru-bank", "Банк Восток", "commercial", None, "RU"))
add(_t("ru-hr", "HRлайн", "commercial", None, "RU"))
add(_t("tr-avm", "Marmara AVM", "commercial", None, "TR"))
add(_t("tr-fintech", "Papelim Fintek", "commercial", None, "TR"))
add(_t("kr-retail", "한빛마트", "commercial", None, "KR"))
add(_t("kr-press", "서울일보", "commercial", None, "KR"))
add(_t("ae-bank", "Gulf Digital Bank", "commercial", None, "AE"))
add(_t("ae-mall", "Al Noor Mall", "commercial", None, "AE"))
add(_t("us-news", "Valley Tribune", "commercial", None, "US"))
add(_t("ngo-rights", "Digital Rights Watch", "nonprofit", None, "DE"))
add(_t("pl-ngo", "Fundacja Panoptykon-Lab", "nonprofit", None, "PL"))
add(_t("uni-pl", "Uniwersytet Jagielloński", "academic", None, "PL"))
add(_t("uni-jp", "Kyoto Tech University", "academic", None, "JP"))
add(_t("uni-ru", "НИУ Информатики", "academic", None, "RU"))
add(_t("uni-tr", "Boğaziçi Araştırma", "academic", None, "TR"))
add(_t("uni-kr", "Hanbit University", "academic", None, "KR"))
add(_t("uni-ae", "Khalifa Research Lab", "academic", None, "AE"))
add(_t("indiv", "Individual developer", "individual", None, "US"))

CTX = {"1": True, "0": False, "-": None}
ROLE = {"S": "system", "U": "user", "A": "assistant", "D": "developer"}

def r(voice, cls, tenant, purpose, ctx, msgs, img=None, ep="chat", h=None, tools=None,
      meta=None, note=None, model=None):
    """msgs: str (one user turn) or list of 'X:text' strings (X in S/U/A/D).
    img: list of kit refs attached to the last user turn (or embeddings inputs)."""
    return dict(voice=voice, cls=cls, tenant=tenant, purpose=purpose,
                ctx=ctx, msgs=msgs, img=img or [], ep=ep, h=h or {}, tools=tools,
                meta=meta, note=note, model=model)

def fn(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                           "required": list(props)}}}
