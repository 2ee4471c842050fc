"""Shared tenants and record helpers for blind split v13 (standard library only)."""

C1 = "azure-openai-coc/us-police-facial-recognition"
C2 = "azure-openai-coc/le-realtime-mobile-facial-recognition"
RECOG = {"identification", "verification", "gallery"}
PURP = {"id": "identification", "ver": "verification", "gal": "gallery",
        "face": "face_not_recognition", "about": "writing_about_fr", "unrel": "unrelated"}


def org(id, name, sector, country, le_type=None, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


def _ec(o):
    return {k: o[k] for k in ("id", "name", "sector", "le_type", "country")}


# --- US police of several kinds
US_MUNI = org("oakridge-pd", "Oakridge Police Department", "law_enforcement", "US", "police")
US_SHERIFF = org("pima-valley-so", "Pima Valley County Sheriff's Office", "law_enforcement", "US", "police")
US_HP = org("nv-hp", "Nevada Highway Patrol", "law_enforcement", "US", "police")
US_CAMPUS = org("ucm-pd", "University of Central Marston Police", "law_enforcement", "US", "police")
US_TRANSIT = org("bayline-transit-pd", "Bayline Transit Police", "law_enforcement", "US", "police")
US_TRIBAL = org("red-mesa-tribal-pd", "Red Mesa Tribal Police", "law_enforcement", "US", "police")
US_PARK = org("fed-park-police", "Riverside Federal Park Police", "law_enforcement", "US", "police")
US_STATE = org("mi-state-police", "Michigan State Police", "law_enforcement", "US", "police")
# --- US law enforcement that is not police
US_FED = org("fbi-fo-denver", "Federal investigative field office (Denver)", "law_enforcement", "US", "federal_investigative")
US_BORDER = org("us-border-el-paso", "US border & immigration sector El Paso", "law_enforcement", "US", "border_immigration")
US_CORR = org("tx-doc", "Texas Department of Criminal Justice", "law_enforcement", "US", "corrections")
US_DA = org("cook-sao", "Cook County State's Attorney's Office", "law_enforcement", "US", "prosecution")
# --- non-US police
FR_PN = org("fr-pn-lyon", "Police nationale - DIPN Lyon", "law_enforcement", "FR", "police")
FR_GN = org("fr-gn-38", "Gendarmerie nationale - Groupement de l'Isere", "law_enforcement", "FR", "police")
BE_POL = org("be-pol-bxl", "Zone de police Bruxelles-Capitale/Ixelles", "law_enforcement", "BE", "police")
CA_SPVM = org("ca-spvm", "Service de police de la Ville de Montreal", "law_enforcement", "CA", "police")
ES_PN = org("es-pn-sevilla", "Policia Nacional - Comisaria Provincial de Sevilla", "law_enforcement", "ES", "police")
ES_MOSSOS = org("es-mossos", "Mossos d'Esquadra", "law_enforcement", "ES", "police")
MX_SSC = org("mx-ssc-cdmx", "Secretaria de Seguridad Ciudadana CDMX", "law_enforcement", "MX", "police")
AR_PFA = org("ar-pfa", "Policia Federal Argentina", "law_enforcement", "AR", "police")
CO_PONAL = org("co-ponal", "Policia Nacional de Colombia - MEBOG", "law_enforcement", "CO", "police")
DE_LKA = org("de-lka-nrw", "Landeskriminalamt Nordrhein-Westfalen", "law_enforcement", "DE", "police")
DE_BPOL = org("de-bpol-muc", "Bundespolizeiinspektion Muenchen", "law_enforcement", "DE", "police")
AT_LPD = org("at-lpd-wien", "Landespolizeidirektion Wien", "law_enforcement", "AT", "police")
CH_KAPO = org("ch-kapo-zh", "Kantonspolizei Zuerich", "law_enforcement", "CH", "police")
PT_PSP = org("pt-psp-lx", "PSP - Comando Metropolitano de Lisboa", "law_enforcement", "PT", "police")
PT_PJ = org("pt-pj", "Policia Judiciaria", "law_enforcement", "PT", "police")
BR_PM = org("br-pmesp", "Policia Militar do Estado de Sao Paulo", "law_enforcement", "BR", "police")
BR_PC = org("br-pcrj", "Policia Civil do Rio de Janeiro", "law_enforcement", "BR", "police")
IT_PS = org("it-ps-mi", "Polizia di Stato - Questura di Milano", "law_enforcement", "IT", "police")
IT_CC = org("it-cc-na", "Arma dei Carabinieri - Comando Provinciale Napoli", "law_enforcement", "IT", "police")
IT_PL = org("it-pl-bo", "Polizia Locale di Bologna", "law_enforcement", "IT", "police")
NL_POL = org("nl-politie-rdam", "Politie Eenheid Rotterdam", "law_enforcement", "NL", "police")
NL_KMAR = org("nl-kmar", "Koninklijke Marechaussee", "law_enforcement", "NL", "border_immigration")
BE_FPJ = org("be-fgp-antw", "Federale Gerechtelijke Politie Antwerpen", "law_enforcement", "BE", "police")
UK_MET = org("uk-met", "Metropolitan Police Service", "law_enforcement", "GB", "police")
# --- commercial / other
RETAIL_US = org("brightmart", "BrightMart Stores Inc.", "commercial", "US")
RETAIL_FR = org("maison-lenoir", "Maison Lenoir Distribution", "commercial", "FR")
RETAIL_ES = org("superahorro", "SuperAhorro S.L.", "commercial", "ES")
RETAIL_DE = org("kaufwelt", "Kaufwelt GmbH", "commercial", "DE")
RETAIL_IT = org("emporio-sud", "Emporio Sud S.p.A.", "commercial", "IT")
RETAIL_NL = org("winkelhuis", "Winkelhuis B.V.", "commercial", "NL")
RETAIL_BR = org("lojas-aurora", "Lojas Aurora S.A.", "commercial", "BR")
KYC_DE = org("identra", "Identra Verify GmbH", "commercial", "DE")
KYC_FR = org("veridoc", "VeriDoc SAS", "commercial", "FR")
KYC_PT = org("cofre-pay", "CofrePay, S.A.", "commercial", "PT")
KYC_US = org("ledgerly", "Ledgerly Financial", "commercial", "US")
KYC_ES = org("bancolibre", "BancoLibre Digital S.A.", "commercial", "ES")
KYC_NL = org("betaalmeer", "BetaalMeer Fintech B.V.", "commercial", "NL")
KYC_IT = org("conto-rapido", "ContoRapido S.r.l.", "commercial", "IT")
HR_US = org("staffwell", "StaffWell HR", "commercial", "US")
HR_DE = org("personalwerk", "PersonalWerk AG", "commercial", "DE")
PHOTO_APP = org("snapmemo", "SnapMemo Photos", "commercial", "US")
PHOTO_IT = org("album-vivo", "AlbumVivo", "commercial", "IT")
PRESS_FR = org("le-quotidien", "Le Quotidien du Rhone", "commercial", "FR")
PRESS_NL = org("dagblad-noord", "Dagblad Noord", "commercial", "NL")
PRESS_US = org("metro-ledger", "The Metro Ledger", "commercial", "US")
PRESS_ES = org("diario-sur", "Diario del Sur", "commercial", "ES")
PRESS_PT = org("jornal-tejo", "Jornal do Tejo", "commercial", "PT")
PRESS_DE = org("rundschau", "Westfaelische Rundschau", "commercial", "DE")
NGO_US = org("civil-lens", "Civil Lens Project", "nonprofit", "US")
NGO_FR = org("ldh-num", "Observatoire des libertes numeriques", "nonprofit", "FR")
NGO_DE = org("digitalrechte", "Digitalrechte e.V.", "nonprofit", "DE")
NGO_ES = org("ciudadania-digital", "Fundacion Ciudadania Digital", "nonprofit", "ES")
NGO_BR = org("vigia-direitos", "Instituto Vigia Direitos", "nonprofit", "BR")
NGO_IT = org("privacy-italia", "Associazione Privacy Italia", "nonprofit", "IT")
NGO_NL = org("bits-vrijheid", "Stichting Bits & Vrijheid", "nonprofit", "NL")
UNI_US = org("ncsu-lab", "Northcoast State University - Vision Lab", "academic", "US")
UNI_FR = org("univ-grenoble", "Universite Grenoble Alpes", "academic", "FR")
UNI_ES = org("ucm-es", "Universidad Complutense de Madrid", "academic", "ES")
UNI_DE = org("tu-dresden", "TU Dresden", "academic", "DE")
UNI_PT = org("ulisboa", "Universidade de Lisboa", "academic", "PT")
UNI_IT = org("polimi", "Politecnico di Milano", "academic", "IT")
UNI_NL = org("tudelft", "TU Delft", "academic", "NL")
GOV_NL = org("gemeente-utrecht", "Gemeente Utrecht", "government", "NL")
GOV_US = org("city-oakridge", "City of Oakridge - Records Office", "government", "US")
INDIV = org("indiv-ana", "Ana M.", "individual", "PT")

# --- integrators with registered end customers
INT_PATROL = org("patrolsight", "PatrolSight Inc.", "commercial", "US", integrator=True,
                 end_customers=[_ec(US_MUNI), _ec(US_SHERIFF), _ec(RETAIL_US), _ec(US_CORR)])
INT_EU = org("securvia", "Securvia Systems SAS", "commercial", "FR", integrator=True,
             end_customers=[_ec(FR_PN), _ec(BE_POL), _ec(RETAIL_FR), _ec(ES_PN), _ec(IT_PS)])
INT_DE = org("sichtwerk", "Sichtwerk Analytics GmbH", "commercial", "DE", integrator=True,
             end_customers=[_ec(DE_LKA), _ec(AT_LPD), _ec(RETAIL_DE), _ec(US_STATE)])
INT_LATAM = org("visiona-latam", "Visiona LatAm S.A.", "commercial", "BR", integrator=True,
                end_customers=[_ec(BR_PM), _ec(MX_SSC), _ec(RETAIL_BR), _ec(US_BORDER), _ec(US_TRANSIT)])
INT_NL = org("wachter-ai", "Wachter AI B.V.", "commercial", "NL", integrator=True,
             end_customers=[_ec(NL_POL), _ec(RETAIL_NL), _ec(KYC_NL), _ec(US_CAMPUS)])
INT_IT = org("occhio-soft", "OcchioSoft S.r.l.", "commercial", "IT", integrator=True,
             end_customers=[_ec(IT_CC), _ec(IT_PL), _ec(RETAIL_IT), _ec(US_HP)])
INT_KYC = org("faceok", "FaceOK Onboarding Ltd", "commercial", "GB", integrator=True,
              end_customers=[_ec(KYC_US), _ec(KYC_ES), _ec(KYC_PT), _ec(HR_US)])
