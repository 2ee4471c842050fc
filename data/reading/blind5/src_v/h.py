import json, sys
C1="azure-openai-coc/us-police-facial-recognition"; C2="azure-openai-coc/le-realtime-mobile-facial-recognition"
def T(id,name,sector,le=None,c="US",integ=False,ec=None): return {"id":id,"name":name,"sector":sector,"le_type":le,"country":c,"integrator":integ,"end_customers":ec or []}
TEN={
 "ustpd":T("tulsa-pd","Tulsa Police Department","law_enforcement","police"),
 "usso":T("maricopa-so","Maricopa County Sheriff's Office","law_enforcement","police"),
 "ussp":T("ohio-shp","Ohio State Highway Patrol","law_enforcement","police"),
 "usfbi":T("us-hsi","Homeland Security Investigations","law_enforcement","federal_investigative"),
 "uscbp":T("us-cbp","U.S. Customs and Border Protection","law_enforcement","border_immigration"),
 "uscorr":T("tx-tdcj","Texas Dept. of Criminal Justice","law_enforcement","corrections"),
 "usda":T("kings-da","Kings County District Attorney","law_enforcement","prosecution"),
 "frpn":T("fr-pn","Police nationale - DDSP 69","law_enforcement","police","FR"),
 "frgn":T("fr-gn","Gendarmerie nationale - Groupement 33","law_enforcement","police","FR"),
 "frpaf":T("fr-paf","Police aux frontières CDG","law_enforcement","border_immigration","FR"),
 "espn":T("es-pn","Policía Nacional - Jefatura Madrid","law_enforcement","police","ES"),
 "esgc":T("es-gc","Guardia Civil - Comandancia Cádiz","law_enforcement","police","ES"),
 "mxpol":T("mx-ssc","Secretaría de Seguridad Ciudadana CDMX","law_enforcement","police","MX"),
 "depol":T("de-pp-berlin","Polizei Berlin","law_enforcement","police","DE"),
 "debpol":T("de-bpol","Bundespolizei Flughafen Frankfurt","law_enforcement","border_immigration","DE"),
 "atpol":T("at-lpd-wien","Landespolizeidirektion Wien","law_enforcement","police","AT"),
 "ptpsp":T("pt-psp","PSP - Comando Metropolitano de Lisboa","law_enforcement","police","PT"),
 "brpm":T("br-pmsp","Polícia Militar do Estado de São Paulo","law_enforcement","police","BR"),
 "itcc":T("it-cc","Arma dei Carabinieri - Comando Provinciale Milano","law_enforcement","police","IT"),
 "itps":T("it-ps","Polizia di Stato - Questura di Roma","law_enforcement","police","IT"),
 "nlpol":T("nl-pol","Politie Eenheid Rotterdam","law_enforcement","police","NL"),
 "nlkmar":T("nl-kmar","Koninklijke Marechaussee Schiphol","law_enforcement","border_immigration","NL"),
 "bepol":T("be-pol","Politiezone Antwerpen","law_enforcement","police","BE"),
 "retail":T("shopco","ShopCo Stores Inc.","commercial",c="US"),
 "kyc":T("payfr","PayFlux SAS","commercial",c="FR"),
 "kycde":T("bankde","Nordbank AG","commercial",c="DE"),
 "kycbr":T("fintechbr","Carteira Fácil Ltda","commercial",c="BR"),
 "hres":T("rrhh-es","TalentoPlus S.L.","commercial",c="ES"),
 "photoit":T("fotoit","Ricordi App S.r.l.","commercial",c="IT"),
 "pinl":T("recherche-nl","Van Dijk Recherche B.V.","commercial",c="NL"),
 "piuS":T("pi-us","Keystone Investigations LLC","commercial",c="US"),
 "cityit":T("comune-to","Comune di Torino - Servizio Videosorveglianza","government",c="IT"),
 "citynl":T("gem-utr","Gemeente Utrecht - Cameratoezicht","government",c="NL"),
 "aclu":T("libs-us","Civil Liberties Law Clinic","nonprofit",c="US"),
 "univ":T("uni-pt","Universidade do Porto","academic",c="PT"),
 "news":T("presse-fr","Le Quotidien Numérique","commercial",c="FR"),
 "indiv":T("indiv-1","individual user","individual",c="DE"),
}
SPDx=T("ustpd-ec","Tulsa Police Department","law_enforcement","police")
TEN["integ_pol"]=T("vigilink","VigiLink Analytics","commercial",c="US",integ=True,ec=[SPDx,T("mall-ec","Riverside Mall LLC","commercial")])
TEN["integ_eu"]=T("secvis","SecVis GmbH","commercial",c="DE",integ=True,ec=[T("de-pol-ec","Polizei Hamburg","law_enforcement","police","DE"),T("retail-de-ec","KaufHaus AG","commercial",c="DE")])
TEN["integ_ret"]=T("storesense","StoreSense Ltd","commercial",c="NL",integ=True,ec=[T("ah-ec","Supermarkt Keten B.V.","commercial",c="NL")])
OUT=[]
def U(t,*imgs):
    if not imgs: return {"role":"user","content":t}
    c=[{"type":"text","text":t}] if t else []
    for i in imgs: c.append({"type":"image_url","image_url":{"url":i}})
    return {"role":"user","content":c}
def S(t): return {"role":"system","content":t}
def A(t): return {"role":"assistant","content":t}
def R(lang,voice,cls,ten,msgs,p,rt=None,mc=None,uc=None,kind="allowed",cl=None,endpoint="/v1/chat/completions",headers=None,body=None,model="gpt-4o",tools=None,at="2026-06-02T10:15:00Z",amb_deny=False):
    if body is None:
        body={"model":model,"messages":msgs}
        if tools: body["tools"]=tools
    acc={"violation":["deny"],"allowed":["allow"],"ambiguous":["review","deny"] if amb_deny else ["review"]}[kind]
    OUT.append({"lang":lang,"voice":voice,"class":cls,"received_at":at,"tenant":TEN[ten],"endpoint":endpoint,"headers":headers or {},"body":body,
     "labels":{"purpose":p,"real_time":rt,"mobile_camera":mc,"uncontrolled":uc},"expect":{"accept":acc,"clauses":cl or []},"kind":kind})
def fn(name,desc,props):
    return {"type":"function","function":{"name":name,"description":desc,"parameters":{"type":"object","properties":{k:{"type":"string"} for k in props}}}}
def flush():
    import os
    path=__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "v.jsonl"); n=0
    if os.path.exists(path): n=sum(1 for l in open(path) if l.strip())
    with open(path,"a") as f:
        for r in OUT:
            n+=1; r={"id":f"b5-v-{n:05d}",**r}; f.write(json.dumps(r,ensure_ascii=False)+"\n")
    print("total",n)
TEN["uscampus"]=T("ucla-pd","UCLA Police Department","law_enforcement","police")
TEN["ustransit"]=T("mbta-tp","MBTA Transit Police","law_enforcement","police")
TEN["ustribal"]=T("navajo-pd","Navajo Nation Police","law_enforcement","police")
TEN["usmarshal"]=T("usms","U.S. Marshals Service","law_enforcement","federal_investigative")
TEN["frpi"]=T("enquetes-fr","Cabinet Lemaire Enquêtes","commercial",c="FR")
TEN["integ_nolist"]=T("facegate","FaceGate Inc.","commercial",c="US",integ=True,ec=[T("nypd-ec","New York City Police Department","law_enforcement","police"),T("casino-ec","Silver Sands Casino","commercial")])
