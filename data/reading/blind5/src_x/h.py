import json, os
OUT=__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "x.jsonl")
C1="azure-openai-coc/us-police-facial-recognition"; C2="azure-openai-coc/le-realtime-mobile-facial-recognition"
def ten(id,name,sector,le=None,c="US",integ=False,ec=None):
    return {"id":id,"name":name,"sector":sector,"le_type":le,"country":c,"integrator":integ,"end_customers":ec or []}
TEN={
 "hpd":ten("hpd","Houston Police Department","law_enforcement","police"),
 "nypd":ten("nypd","New York City Police Department","law_enforcement","police"),
 "mcso":ten("mcso","Maricopa County Sheriff's Office","law_enforcement","police"),
 "wsp":ten("wsp","Washington State Patrol","law_enforcement","police"),
 "fbi":ten("fbi-cjis","FBI CJIS Division","law_enforcement","federal_investigative"),
 "cbp":ten("cbp","U.S. Customs and Border Protection","law_enforcement","border_immigration"),
 "delhi":ten("delhi-pol","Delhi Police","law_enforcement","police","IN"),
 "mhpol":ten("mh-pol","Maharashtra Police","law_enforcement","police","IN"),
 "vnpol":ten("vn-cahn","Công an TP Hà Nội","law_enforcement","police","VN"),
 "uapol":ten("ua-npu","Національна поліція України","law_enforcement","police","UA"),
 "uadpsu":ten("ua-dpsu","Державна прикордонна служба України","law_enforcement","border_immigration","UA"),
 "polri":ten("polri","Kepolisian Negara Republik Indonesia","law_enforcement","police","ID"),
 "imigrasi":ten("id-imigrasi","Direktorat Jenderal Imigrasi","law_enforcement","border_immigration","ID"),
 "sepol":ten("se-polis","Polismyndigheten","law_enforcement","police","SE"),
 "grpol":ten("gr-elas","Ελληνική Αστυνομία","law_enforcement","police","GR"),
 "grlimen":ten("gr-limeniko","Λιμενικό Σώμα","law_enforcement","border_immigration","GR"),
 "reliance":ten("rel-retail","Reliance Retail","commercial",None,"IN"),
 "paytm":ten("paytm","Paytm KYC","commercial",None,"IN"),
 "momo":ten("momo","MoMo e-wallet","commercial",None,"VN"),
 "monobank":ten("monobank","monobank","commercial",None,"UA"),
 "gojek":ten("gojek","GoTo Gojek","commercial",None,"ID"),
 "ica":ten("ica","ICA Sverige","commercial",None,"SE"),
 "skroutz":ten("skroutz","Skroutz","commercial",None,"GR"),
 "uidai":ten("uidai-r","UIDAI research cell","government",None,"IN"),
 "uni":ten("uni-uu","Uppsala universitet","academic",None,"SE"),
 "ngo":ten("homo-digitalis","Homo Digitalis","nonprofit",None,"GR"),
}
TEN["integ_pd"]=ten("visionbridge","VisionBridge Analytics","commercial",None,"US",True,[TEN["hpd"],TEN["reliance"]])
TEN["integ_id"]=ten("nusa-ai","Nusa Vision AI","commercial",None,"ID",True,[TEN["polri"],TEN["gojek"]])
TEN["integ_ua"]=ten("ua-softserve","Kyiv Vision Integrations","commercial",None,"UA",True,[TEN["uapol"],TEN["monobank"]])
def U(t,*imgs):
    if not imgs: return {"role":"user","content":t}
    return {"role":"user","content":[{"type":"text","text":t}]+[{"type":"image_url","image_url":{"url":i}} for i in imgs]}
def S(t): return {"role":"system","content":t}
def A(t): return {"role":"assistant","content":t}
def chat(*m,tools=None,model="gpt-4o",**kw):
    b={"model":model,"messages":list(m)}
    if tools: b["tools"]=tools
    b.update(kw); return b
def fn(name,desc,props):
    return {"type":"function","function":{"name":name,"description":desc,"parameters":{"type":"object","properties":{k:{"type":"string"} for k in props}}}}
_n=[0]
def start():
    if os.path.exists(OUT):
        _n[0]=sum(1 for l in open(OUT) if l.strip())
RECS=[]
def R(lang,voice,cls,tk,body,purpose,rt=None,mc=None,unc=None,kind="allowed",clauses=None,ep="/v1/chat/completions",headers=None,at="2026-06-02T10:15:00Z",review_deny=False):
    _n[0]+=1
    if kind=="violation": exp={"accept":["deny"],"clauses":clauses}
    elif kind=="allowed": exp={"accept":["allow"],"clauses":[]}
    else: exp={"accept":["review","deny"] if review_deny else ["review"],"clauses":clauses or []}
    RECS.append({"id":f"b5-x-{_n[0]:05d}","lang":lang,"voice":voice,"class":cls,"received_at":at,"tenant":TEN[tk],
      "endpoint":ep,"headers":headers or {},"body":body,"labels":{"purpose":purpose,"real_time":rt,"mobile_camera":mc,"uncontrolled":unc},"expect":exp,"kind":kind})
def flush():
    with open(OUT,"a",encoding="utf-8") as f:
        for r in RECS: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    print(len(RECS),"written")
start()
TEN.update({"auth":ten("auth","Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης","academic",None,"GR"),
"itb":ten("itb","Institut Teknologi Bandung","academic",None,"ID"),
"vnu":ten("vnu","ĐHQG Hà Nội","academic",None,"VN"),
"kpi":ten("kpi","КПІ ім. Сікорського","academic",None,"UA"),
"iitd":ten("iitd","IIT Delhi","academic",None,"IN"),
"vnmedia":ten("vnexpress","VnExpress","commercial",None,"VN"),
"dn":ten("dn","Dagens Nyheter","commercial",None,"SE"),
"kathimerini":ten("kathimerini","Καθημερινή","commercial",None,"GR"),
"tempo":ten("tempo","Tempo Media","commercial",None,"ID"),
"hmoe":ten("mha-in","Ministry of Home Affairs policy unit","government",None,"IN"),
"skatt":ten("skatteverket","Skatteverket","government",None,"SE"),
"diia":ten("diia","Мінцифри (Дія)","government",None,"UA"),
"sfpd":ten("sfpd","San Francisco Police Department","law_enforcement","police"),
"bpd":ten("bpd","Boston Police Department","law_enforcement","police"),
})
TEN["integ_gr"]=ten("athena-vision","Athena Vision Systems","commercial",None,"GR",True,[TEN["grpol"],TEN["skroutz"]])
TEN["integ_vn"]=ten("viettel-ai","Viettel AI Solutions","commercial",None,"VN",True,[TEN["vnpol"],TEN["momo"]])
