import json, itertools
C1="azure-openai-coc/us-police-facial-recognition"; C2="azure-openai-coc/le-realtime-mobile-facial-recognition"
def T(id,name,sector,le=None,c="US",integ=False,ec=()):
    return {"id":id,"name":name,"sector":sector,"le_type":le,"country":c,"integrator":integ,"end_customers":list(ec)}
TEN={
 "us_pd":T("lapd","Los Angeles Police Department","law_enforcement","police"),
 "us_sher":T("kcso","King County Sheriff's Office","law_enforcement","police"),
 "us_sp":T("txdps","Texas Highway Patrol","law_enforcement","police"),
 "us_fbi":T("fbi-cjis","FBI CJIS Division","law_enforcement","federal_investigative"),
 "us_cbp":T("cbp","U.S. Customs and Border Protection","law_enforcement","border_immigration"),
 "pl_pol":T("kgp","Komenda Główna Policji","law_enforcement","police","PL"),
 "pl_sg":T("sg","Straż Graniczna","law_enforcement","border_immigration","PL"),
 "ja_pol":T("mpd-tokyo","警視庁","law_enforcement","police","JP"),
 "ja_osaka":T("osaka-pp","大阪府警察","law_enforcement","police","JP"),
 "ru_mvd":T("guvd-msk","ГУ МВД России по г. Москве","law_enforcement","police","RU"),
 "kz_pol":T("kz-mvd","МВД Республики Казахстан","law_enforcement","police","KZ"),
 "tr_egm":T("egm","Emniyet Genel Müdürlüğü","law_enforcement","police","TR"),
 "tr_jan":T("jgk","Jandarma Genel Komutanlığı","law_enforcement","police","TR"),
 "ko_knpa":T("knpa","경찰청","law_enforcement","police","KR"),
 "ko_seoul":T("smpa","서울경찰청","law_enforcement","police","KR"),
 "ar_dxb":T("dxb-police","شرطة دبي","law_enforcement","police","AE"),
 "ar_eg":T("eg-moi","وزارة الداخلية المصرية","law_enforcement","police","EG"),
 "ar_sa":T("sa-pol","الأمن العام السعودي","law_enforcement","police","SA"),
 "pl_bank":T("mbank","mBank S.A.","commercial",None,"PL"),
 "pl_shop":T("zabka","Żabka Polska","commercial",None,"PL"),
 "ja_shop":T("aeon","イオンリテール","commercial",None,"JP"),
 "ja_hr":T("recruit","リクルート人事部","commercial",None,"JP"),
 "ru_bank":T("tbank","Т-Банк","commercial",None,"RU"),
 "ru_photo":T("fotoapp","ФотоЛента","commercial",None,"RU"),
 "tr_bank":T("garanti","Garanti BBVA","commercial",None,"TR"),
 "tr_avm":T("forum-avm","Forum İstanbul AVM","commercial",None,"TR"),
 "ko_kyc":T("toss","토스","commercial",None,"KR"),
 "ko_cafe":T("gs25","GS리테일","commercial",None,"KR"),
 "ar_kyc":T("stcpay","STC Pay","commercial",None,"SA"),
 "ar_mall":T("majid","ماجد الفطيم","commercial",None,"AE"),
 "pl_uni":T("uw","Uniwersytet Warszawski","academic",None,"PL"),
 "ja_uni":T("utokyo","東京大学","academic",None,"JP"),
 "ko_news":T("hankyoreh","한겨레","commercial",None,"KR"),
 "ru_ngo":T("ovd","ОВД-Инфо","nonprofit",None,"RU"),
 "tr_baro":T("ibb-baro","İstanbul Barosu","nonprofit",None,"TR"),
 "ar_gov":T("rta","هيئة الطرق والمواصلات","government",None,"AE"),
 "pl_gov":T("um-krakow","Urząd Miasta Krakowa","government",None,"PL"),
 "ko_gov":T("mois","행정안전부","government",None,"KR"),
}
US_PD=T("nypd","New York City Police Department","law_enforcement","police")
RET=T("bestbuy","Best Buy Co.","commercial")
TEN["integ_us"]=T("visionbridge","VisionBridge Sp. z o.o.","commercial",None,"PL",True,[US_PD,RET])
TEN["integ_jp"]=T("nec-int","Kaizen Vision株式会社","commercial",None,"JP",True,[T("mpd-tokyo","警視庁","law_enforcement","police","JP"),T("lawson","ローソン","commercial",None,"JP"),T("hpd","Honolulu Police Department","law_enforcement","police")])
TEN["integ_ko"]=T("suprema-int","시큐어비전","commercial",None,"KR",True,[T("chicago-pd","Chicago Police Department","law_enforcement","police"),T("lotte","롯데쇼핑","commercial",None,"KR")])
TEN["integ_tr"]=T("aselsan-int","Görüntü Teknoloji A.Ş.","commercial",None,"TR",True,[T("egm","Emniyet Genel Müdürlüğü","law_enforcement","police","TR"),T("migros","Migros Ticaret","commercial",None,"TR")])
TEN["integ_ru"]=T("ntech-int","ВидеоАналитика ООО","commercial",None,"RU",True,[T("houston-pd","Houston Police Department","law_enforcement","police"),T("pyat","X5 Retail","commercial",None,"RU")])
TEN["integ_ar"]=T("gulf-int","رؤية للحلول الأمنية","commercial",None,"AE",True,[T("dxb-police","شرطة دبي","law_enforcement","police","AE"),T("miami-pd","Miami Police Department","law_enforcement","police")])
def u(t,*imgs):
    if not imgs: return {"role":"user","content":t}
    return {"role":"user","content":[{"type":"text","text":t}]+[{"type":"image_url","image_url":{"url":"kit:"+i}} for i in imgs]}
def s(t): return {"role":"system","content":t}
def a(t): return {"role":"assistant","content":t}
def fn(name,desc,props):
    return {"type":"function","function":{"name":name,"description":desc,"parameters":{"type":"object","properties":{k:{"type":"string"} for k in props}}}}
def chat(*msgs,model="gpt-4o",tools=None,**kw):
    b={"model":model,"messages":list(msgs)}
    if tools: b["tools"]=tools
    b.update(kw); return b
def out(path,prefix_start,recs):
    lines=[]; n=prefix_start
    for r in recs:
        (lang,voice,cls,ten,body,purpose,rt,mob,unc,kind)=r[:10]
        opt=r[10] if len(r)>10 else {}
        ep=opt.get("ep","/v1/chat/completions")
        cl=opt.get("cl")
        if kind=="violation":
            acc=["deny"]
            if cl is None: raise SystemExit(f"need clauses {n}")
        elif kind=="allowed": acc=["allow"]; cl=[]
        else: acc=opt.get("acc",["review"]); cl=cl or []
        rec={"id":f"b5-w-{n:05d}","lang":lang,"voice":voice,"class":cls,"received_at":opt.get("at","2026-06-02T09:%02d:00Z"%(n%60)),
             "tenant":TEN[ten],"endpoint":ep,"headers":opt.get("h",{}),"body":body,
             "labels":{"purpose":purpose,"real_time":rt,"mobile_camera":mob,"uncontrolled":unc},
             "expect":{"accept":acc,"clauses":cl},"kind":kind}
        lines.append(json.dumps(rec,ensure_ascii=False)); n+=1
    with open(path,"a") as f: f.write("\n".join(lines)+"\n")
    return n
def nextid():
    try: return sum(1 for l in open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "w.jsonl")) if l.strip())+1
    except FileNotFoundError: return 1
