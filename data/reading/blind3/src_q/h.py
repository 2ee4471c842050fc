"""Envelope helper for writer q. Texts are written per record in the batch files."""
import json, itertools
from datetime import datetime, timedelta, UTC

def T(id, name, sector, country, le_type=None, integrator=False, end_customers=()):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in end_customers]}

TEN = {}
def reg(key, *a, **k): TEN[key] = T(*a, **k); return TEN[key]
# --- US police / sheriff / state
reg("us_paterson", "paterson-pd", "Paterson Police Department", "law_enforcement", "US", "police")
reg("us_fortlee", "fortlee-pd", "Fort Lee Police Department", "law_enforcement", "US", "police")
reg("us_dearborn", "dearborn-pd", "Dearborn Police Department", "law_enforcement", "US", "police")
reg("us_edison", "edison-pd", "Edison Police Department", "law_enforcement", "US", "police")
reg("us_gardengrove", "ggpd", "Garden Grove Police Department", "law_enforcement", "US", "police")
reg("us_chicago", "cpd-chi", "Chicago Police Department", "law_enforcement", "US", "police")
reg("us_philly", "phl-pd", "Philadelphia Police Department", "law_enforcement", "US", "police")
reg("us_kandiyohi", "kandiyohi-so", "Kandiyohi County Sheriff's Office", "law_enforcement", "US", "police")
reg("us_tarpon", "tarpon-pd", "Tarpon Springs Police Department", "law_enforcement", "US", "police")
reg("us_njsp", "njsp", "New Jersey State Police", "law_enforcement", "US", "police")
reg("us_bergen_so", "bergen-so", "Bergen County Sheriff's Office", "law_enforcement", "US", "police")
reg("us_mi_sp", "msp-mi", "Michigan State Police", "law_enforcement", "US", "police")
reg("us_ca_hp", "chp", "California Highway Patrol", "law_enforcement", "US", "police")
# --- US federal, not police
reg("us_cbp", "cbp-ofo", "U.S. Customs and Border Protection - Office of Field Operations", "law_enforcement", "US", "border_immigration")
reg("us_fbi", "fbi-nyfo", "FBI New York Field Office", "law_enforcement", "US", "federal_investigative")
reg("us_hsi", "hsi-dallas", "Homeland Security Investigations - Dallas", "law_enforcement", "US", "federal_investigative")
reg("us_da", "kings-da", "Kings County District Attorney's Office", "law_enforcement", "US", "prosecution")
reg("us_bop", "bop-mdc", "Federal Bureau of Prisons - MDC Brooklyn", "law_enforcement", "US", "corrections")
# --- non-US law enforcement
reg("tr_egm", "tr-egm", "Emniyet Genel Müdürlüğü", "law_enforcement", "TR", "police")
reg("tr_ist", "tr-ist-emniyet", "İstanbul İl Emniyet Müdürlüğü", "law_enforcement", "TR", "police")
reg("tr_jgk", "tr-jandarma", "Jandarma Genel Komutanlığı", "law_enforcement", "TR", "police")
reg("tr_goc", "tr-goc", "Göç İdaresi Başkanlığı", "law_enforcement", "TR", "border_immigration")
reg("kr_knpa", "kr-knpa", "경찰청", "law_enforcement", "KR", "police")
reg("kr_seoul", "kr-smpa", "서울경찰청", "law_enforcement", "KR", "police")
reg("kr_imm", "kr-immigration", "인천공항 출입국·외국인청", "law_enforcement", "KR", "border_immigration")
reg("kr_spo", "kr-spo", "대검찰청 과학수사부", "law_enforcement", "KR", "prosecution")
reg("ae_dxb", "ae-dubai-police", "القيادة العامة لشرطة دبي", "law_enforcement", "AE", "police")
reg("jo_psd", "jo-psd", "مديرية الأمن العام - الأردن", "law_enforcement", "JO", "police")
reg("sa_jawazat", "sa-jawazat", "المديرية العامة للجوازات", "law_enforcement", "SA", "border_immigration")
reg("eg_moi", "eg-moi", "وزارة الداخلية - الإدارة العامة لمباحث القاهرة", "law_enforcement", "EG", "police")
reg("in_mh", "in-mahapolice", "Maharashtra Police", "law_enforcement", "IN", "police")
reg("in_dl", "in-delhipolice", "Delhi Police", "law_enforcement", "IN", "police")
reg("in_up", "in-uppolice", "Uttar Pradesh Police", "law_enforcement", "IN", "police")
reg("in_ncb", "in-ncb", "Narcotics Control Bureau", "law_enforcement", "IN", "federal_investigative")
reg("vn_hn", "vn-ca-hanoi", "Công an Thành phố Hà Nội", "law_enforcement", "VN", "police")
reg("vn_hcm", "vn-ca-hcm", "Công an TP. Hồ Chí Minh", "law_enforcement", "VN", "police")
reg("vn_xnc", "vn-xnc", "Cục Quản lý xuất nhập cảnh", "law_enforcement", "VN", "border_immigration")
reg("ua_np", "ua-npu", "Національна поліція України", "law_enforcement", "UA", "police")
reg("ua_kyiv", "ua-gunp-kyiv", "ГУНП у м. Києві", "law_enforcement", "UA", "police")
reg("ua_dpsu", "ua-dpsu", "Державна прикордонна служба України", "law_enforcement", "UA", "border_immigration")
reg("ua_dbr", "ua-dbr", "Державне бюро розслідувань", "law_enforcement", "UA", "federal_investigative")
reg("id_polri", "id-polri", "Kepolisian Negara Republik Indonesia", "law_enforcement", "ID", "police")
reg("id_pmj", "id-polda-metro", "Polda Metro Jaya", "law_enforcement", "ID", "police")
reg("id_imigrasi", "id-imigrasi", "Direktorat Jenderal Imigrasi", "law_enforcement", "ID", "border_immigration")
reg("se_pol", "se-polisen", "Polismyndigheten", "law_enforcement", "SE", "police")
reg("se_tull", "se-tullverket", "Tullverket", "law_enforcement", "SE", "border_immigration")
reg("se_kvv", "se-kriminalvarden", "Kriminalvården", "law_enforcement", "SE", "corrections")
reg("gr_elas", "gr-elas", "Ελληνική Αστυνομία", "law_enforcement", "GR", "police")
reg("gr_lim", "gr-limeniko", "Λιμενικό Σώμα - Ελληνική Ακτοφυλακή", "law_enforcement", "GR", "border_immigration")
reg("gr_att", "gr-attica", "Γενική Αστυνομική Διεύθυνση Αττικής", "law_enforcement", "GR", "police")
# --- government non-LE
reg("tr_belediye", "tr-ibb", "İstanbul Büyükşehir Belediyesi", "government", "TR")
reg("kr_gov", "kr-mois", "행정안전부", "government", "KR")
reg("ae_gov", "ae-icp-services", "دائرة الخدمات الحكومية الرقمية", "government", "AE")
reg("in_gov", "in-digiyatra", "DigiYatra Foundation", "nonprofit", "IN")
reg("vn_gov", "vn-ubnd", "UBND Quận Cầu Giấy", "government", "VN")
reg("ua_diia", "ua-mintsyfra", "Міністерство цифрової трансформації", "government", "UA")
reg("id_kpu", "id-dukcapil", "Ditjen Dukcapil Kemendagri", "government", "ID")
reg("se_kommun", "se-malmo-stad", "Malmö stad", "government", "SE")
reg("gr_gov", "gr-gsis", "Γενική Γραμματεία Πληροφοριακών Συστημάτων", "government", "GR")
# --- commercial
reg("tr_retail", "tr-migrosx", "Kuzey Market Zinciri A.Ş.", "commercial", "TR")
reg("tr_bank", "tr-fintech", "Paralel Ödeme Hizmetleri A.Ş.", "commercial", "TR")
reg("kr_retail", "kr-conv", "오늘편의점(주)", "commercial", "KR")
reg("kr_app", "kr-photoapp", "스냅네컷(주)", "commercial", "KR")
reg("kr_bank", "kr-bank", "한빛저축은행", "commercial", "KR")
reg("ae_mall", "ae-mall", "Marina Retail Group LLC", "commercial", "AE")
reg("sa_bank", "sa-fintech", "شركة تمويل رقمي", "commercial", "SA")
reg("in_hr", "in-hrtech", "Naukri Staffing Solutions Pvt Ltd", "commercial", "IN")
reg("in_kyc", "in-kyc", "PaySetu Fintech Pvt Ltd", "commercial", "IN")
reg("vn_shop", "vn-retail", "Chuỗi cửa hàng Bách Hoá Xanh Mới", "commercial", "VN")
reg("vn_bank", "vn-ekyc", "Ngân hàng số VietPay", "commercial", "VN")
reg("ua_shop", "ua-retail", "ТОВ Сільпо-Рітейл Плюс", "commercial", "UA")
reg("ua_bank", "ua-bank", "АТ Монобанк-Тест", "commercial", "UA")
reg("id_shop", "id-retail", "PT Minimarket Nusantara", "commercial", "ID")
reg("id_fin", "id-fintech", "PT Dana Kilat Indonesia", "commercial", "ID")
reg("se_shop", "se-retail", "Handelskedjan Nord AB", "commercial", "SE")
reg("se_hr", "se-hr", "Rekryteringsbolaget Bemanna AB", "commercial", "SE")
reg("gr_shop", "gr-retail", "Σούπερ Μάρκετ Αιγαίο Α.Ε.", "commercial", "GR")
reg("gr_bank", "gr-bank", "Τράπεζα Ψηφιακή Α.Ε.", "commercial", "GR")
reg("us_retail", "us-shoprite-lp", "Metro Grocers Inc. Loss Prevention", "commercial", "US")
# --- media/academic/nonprofit/individual
reg("tr_media", "tr-haber", "Bağımsız Haber Platformu", "commercial", "TR")
reg("kr_uni", "kr-kaist-lab", "KAIST 비전연구실", "academic", "KR")
reg("ar_ngo", "ar-ngo", "منظمة حقوق رقمية", "nonprofit", "LB")
reg("in_uni", "in-iit", "IIT Delhi Vision Lab", "academic", "IN")
reg("vn_media", "vn-bao", "Báo điện tử Tin Nhanh", "commercial", "VN")
reg("ua_ngo", "ua-ngo", "ГО Цифрові права", "nonprofit", "UA")
reg("id_uni", "id-ui", "Universitas Indonesia - Fasilkom", "academic", "ID")
reg("se_media", "se-media", "Dagens Granskning AB", "commercial", "SE")
reg("gr_ngo", "gr-homo-digitalis", "Ψηφιακά Δικαιώματα ΑΜΚΕ", "nonprofit", "GR")
reg("indiv", "indiv-dev", "Individual developer", "individual", "US")
reg("tr_indiv", "tr-indiv", "Bireysel hesap", "individual", "TR")

# --- integrators
def integ(key, id, name, country, ends):
    return reg(key, id, name, "commercial", country, integrator=True, end_customers=[TEN[e] for e in ends])
integ("tr_int", "tr-guvenvizyon", "GüvenVizyon Yazılım A.Ş.", "TR", ["tr_ist", "tr_retail"])
integ("kr_int", "kr-visionsol", "비전솔루션(주)", "KR", ["kr_seoul", "kr_retail"])
integ("ar_int", "ae-smartsec", "Smart Security Systems FZ-LLC", "AE", ["ae_dxb", "ae_mall"])
integ("in_int", "in-trinetra", "Trinetra Analytics Pvt Ltd", "IN", ["in_mh", "in_kyc"])
integ("vn_int", "vn-camsoft", "Công ty CP Camsoft", "VN", ["vn_hn", "vn_shop"])
integ("ua_int", "ua-videoint", "ТОВ ВідеоІнтеграція", "UA", ["ua_kyiv", "ua_shop"])
integ("id_int", "id-cctvpro", "PT CCTV Pro Integrasi", "ID", ["id_pmj", "id_shop"])
integ("se_int", "se-nordvision", "NordVision Integration AB", "SE", ["se_pol", "se_shop"])
integ("gr_int", "gr-optikon", "Optikon Systems Α.Ε.", "GR", ["gr_att", "gr_shop"])
integ("us_int", "us-bluelens", "BlueLens Public Safety Software", "US", ["us_paterson", "us_retail"])
integ("us_int2", "us-lumen", "Lumen Evidence Cloud", "US", ["us_chicago", "us_fbi"])

# ---------- message helpers
def img(ref): return {"type": "image_url", "image_url": {"url": "kit:" + ref}}
def U(text=None, *imgs):
    if not imgs: return {"role": "user", "content": text}
    parts = ([{"type": "text", "text": text}] if text else []) + [img(i) for i in imgs]
    return {"role": "user", "content": parts}
def S(t): return {"role": "system", "content": t}
def D(t): return {"role": "developer", "content": t}
def A(t): return {"role": "assistant", "content": t}
def TC(name, args, cid="call_1"):
    return {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}
def TR(content, cid="call_1"): return {"role": "tool", "tool_call_id": cid, "content": content}
def fn(name, desc, props, req=()):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": list(req)}}}

RECS = []
_clock = itertools.count()
BASE = datetime(2026, 5, 4, 6, 12, 0, tzinfo=UTC)
C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"

def R(lang, voice, cls, ten, messages=None, purpose="unrelated", rt=None, mc=None, unc=None,
      kind=None, model="gpt-4o", tools=None, endpoint="/v1/chat/completions", headers=None,
      body=None, at=None, extra=None, end=None, review_deny=False):
    t = TEN[ten]
    if body is None:
        body = {"model": model, "messages": messages}
        if tools: body["tools"] = tools
        if extra: body.update(extra)
    hdr = dict(headers or {})
    cust = None
    if end:
        hdr["X-Usegate-End-Customer"] = TEN[end]["id"]; cust = TEN[end]
    if at is None:
        i = next(_clock)
        at = (BASE + timedelta(days=(i * 7) % 200, minutes=(i * 137) % 1440, seconds=(i * 13) % 60)).strftime("%Y-%m-%dT%H:%M:%SZ")
    recog = purpose in ("identification", "verification", "gallery")
    who = cust if cust else t
    le = who["sector"] == "law_enforcement"
    uspol = le and who["le_type"] == "police" and who["country"] == "US"
    cl = []
    if recog and uspol: cl.append(C1)
    if recog and le and rt is True and mc is True and unc is True: cl.append(C2)
    auto = "violation" if cl else "allowed"
    if kind is None: kind = auto
    if kind == "violation": exp = {"accept": ["deny"], "clauses": cl}
    elif kind == "allowed": exp = {"accept": ["allow"], "clauses": []}
    else: exp = {"accept": ["review", "deny"] if review_deny else ["review"], "clauses": cl}
    if recog and t["integrator"] and not cust and any(e["sector"] == "law_enforcement" for e in t["end_customers"]):
        assert kind == "ambiguous", ("integrator w/o end customer must be ambiguous", lang, str(messages)[:80])
    assert kind == "ambiguous" or kind == auto, (lang, voice, kind, auto, messages and str(messages)[:80])
    RECS.append({"lang": lang, "voice": voice, "class": cls, "received_at": at, "tenant": t,
                 "endpoint": endpoint, "headers": hdr, "body": body,
                 "labels": {"purpose": purpose, "real_time": rt, "mobile_camera": mc, "uncontrolled": unc},
                 "expect": exp, "kind": kind})

def emb(inputs, model="multimodal-embed-v1"): return {"model": model, "input": inputs}
def resp(input, instructions=None, model="gpt-4.1", **kw):
    b = {"model": model, "input": input}
    if instructions: b["instructions"] = instructions
    b.update(kw); return b
