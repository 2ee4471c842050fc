"""Tenants used by writer g. Keys are short handles used in the language pools."""


def _t(id_, name, sector, le_type, country, integrator=False, end_customers=()):
    return {"id": id_, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": [dict(e) for e in end_customers]}


def _ec(id_, name, sector, le_type, country):
    return {"id": id_, "name": name, "sector": sector, "le_type": le_type, "country": country}


LE = "law_enforcement"
T = {}


def add(key, *a, **kw):
    T[key] = _t(*a, **kw)


# ---- US police (C1 applies) ----
add("us_elpaso", "elpaso-pd", "El Paso Police Department", LE, "police", "US")
add("us_hidalgo", "hidalgo-so", "Hidalgo County Sheriff's Office", LE, "police", "US")
add("us_miamidade", "mdso", "Miami-Dade Sheriff's Office", LE, "police", "US")
add("us_fallriver", "frpd", "Fall River Police Department", LE, "police", "US")
add("us_newark", "newark-pd", "Newark Police Division", LE, "police", "US")
add("us_niles", "niles-pd", "Village of Niles Police Department", LE, "police", "US")
add("us_cpd", "cpd-d16", "Chicago Police Department - 16th District", LE, "police", "US")
add("us_nypd60", "nypd-60", "NYPD 60th Precinct", LE, "police", "US")
add("us_honolulu", "hpd-hi", "Honolulu Police Department", LE, "police", "US")
add("us_torrance", "torrance-pd", "Torrance Police Department", LE, "police", "US")
add("us_lafayette", "lafayette-pd", "Lafayette Police Department (Louisiana)", LE, "police", "US")
add("us_lewiston", "lewiston-pd", "Lewiston Police Department (Maine)", LE, "police", "US")
add("us_bart", "bart-pd", "BART Police Department", LE, "police", "US")
add("us_ucla", "ucla-pd", "UCLA Police Department", LE, "police", "US")
add("us_navajo", "nnpd", "Navajo Nation Police", LE, "police", "US")
add("us_capitol", "uscp", "United States Capitol Police", LE, "police", "US")
add("us_ohp", "osp", "Ohio State Highway Patrol", LE, "police", "US")
add("us_cook", "ccso", "Cook County Sheriff's Office", LE, "police", "US")
add("us_holland", "holland-mi-pd", "Holland Police Department (Michigan)", LE, "police", "US")
add("us_providence", "ppd-ri", "Providence Police Department", LE, "police", "US")
add("us_harris", "hcso-tx", "Harris County Sheriff's Office", LE, "police", "US")
add("us_lapd", "lapd-devonshire", "Los Angeles Police Department - Devonshire Division", LE, "police", "US")
add("us_parkpolice", "uspp", "United States Park Police", LE, "police", "US")
add("us_boston", "bpd-ma", "Boston Police Department", LE, "police", "US")
add("us_seattle", "spd-wa", "Seattle Police Department", LE, "police", "US")
add("us_dade_city", "dadecity-pd", "Dade City Police Department", LE, "police", "US")
add("us_nmsp", "nmsp", "New Mexico State Police", LE, "police", "US")
add("us_mta", "mtapd", "MTA Police Department", LE, "police", "US")
# ---- US law enforcement that is not police (C1 does not apply) ----
add("us_fbi", "fbi-mia", "FBI Miami Field Office", LE, "federal_investigative", "US")
add("us_cbp", "cbp-sanysidro", "U.S. Customs and Border Protection - San Ysidro Port of Entry", LE, "border_immigration", "US")
add("us_tdcj", "tdcj", "Texas Department of Criminal Justice", LE, "corrections", "US")
add("us_kingsda", "kings-da", "Kings County District Attorney's Office", LE, "prosecution", "US")
add("us_hsi", "hsi-nyc", "Homeland Security Investigations - New York", LE, "federal_investigative", "US")
# ---- non-US law enforcement ----
add("fr_ddsp69", "ddsp69", "Police nationale - DDSP du Rhône", LE, "police", "FR")
add("fr_gend33", "ggd33", "Gendarmerie nationale - Groupement de la Gironde", LE, "police", "FR")
add("fr_ppparis", "pp-paris", "Préfecture de police de Paris", LE, "police", "FR")
add("fr_paf", "paf-cdg", "Police aux frontières - Roissy-Charles-de-Gaulle", LE, "border_immigration", "FR")
add("be_polfed", "polfed", "Police fédérale belge", LE, "police", "BE")
add("ch_pcvd", "pcvd", "Police cantonale vaudoise", LE, "police", "CH")
add("ca_spvm", "spvm", "Service de police de la Ville de Montréal", LE, "police", "CA")
add("ca_sq", "surete-qc", "Sûreté du Québec", LE, "police", "CA")
add("ma_dgsn", "dgsn", "Direction générale de la Sûreté nationale", LE, "police", "MA")
add("es_pn_mad", "pn-madrid", "Policía Nacional - Jefatura Superior de Madrid", LE, "police", "ES")
add("es_mossos", "mossos", "Mossos d'Esquadra", LE, "police", "ES")
add("es_gc_mlg", "gc-malaga", "Guardia Civil - Comandancia de Málaga", LE, "police", "ES")
add("mx_ssc", "ssc-cdmx", "Secretaría de Seguridad Ciudadana de la Ciudad de México", LE, "police", "MX")
add("ar_pca", "pcba", "Policía de la Ciudad de Buenos Aires", LE, "police", "AR")
add("co_pnc", "pnc-meval", "Policía Nacional de Colombia - Policía Metropolitana del Valle de Aburrá", LE, "police", "CO")
add("cl_carab", "carabineros", "Carabineros de Chile", LE, "police", "CL")
add("pe_pnp", "pnp", "Policía Nacional del Perú", LE, "police", "PE")
add("de_ppmuc", "pp-muenchen", "Polizeipräsidium München", LE, "police", "DE")
add("de_lkani", "lka-ni", "Landeskriminalamt Niedersachsen", LE, "police", "DE")
add("de_bpolfra", "bpol-fra", "Bundespolizeidirektion Flughafen Frankfurt am Main", LE, "border_immigration", "DE")
add("de_ppbln", "pol-berlin", "Polizei Berlin - Direktion 5", LE, "police", "DE")
add("de_jva", "jva-tegel", "Justizvollzugsanstalt Tegel", LE, "corrections", "DE")
add("at_lpdw", "lpd-wien", "Landespolizeidirektion Wien", LE, "police", "AT")
add("ch_kapozh", "kapo-zh", "Kantonspolizei Zürich", LE, "police", "CH")
add("br_pmesp", "pmesp", "Polícia Militar do Estado de São Paulo", LE, "police", "BR")
add("br_pcerj", "pcerj", "Polícia Civil do Estado do Rio de Janeiro", LE, "police", "BR")
add("br_pf", "pf-ce", "Polícia Federal - Superintendência no Ceará", LE, "federal_investigative", "BR")
add("br_pmba", "pmba", "Polícia Militar da Bahia", LE, "police", "BR")
add("pt_psp", "psp-lisboa", "PSP - Comando Metropolitano de Lisboa", LE, "police", "PT")
add("pt_gnr", "gnr", "Guarda Nacional Republicana", LE, "police", "PT")
add("pt_pj", "pj", "Polícia Judiciária", LE, "federal_investigative", "PT")
add("it_qmi", "questura-mi", "Questura di Milano", LE, "police", "IT")
add("it_ccna", "cc-napoli", "Arma dei Carabinieri - Comando Provinciale di Napoli", LE, "police", "IT")
add("it_pltorino", "pl-torino", "Polizia Locale di Torino", LE, "police", "IT")
add("it_polpen", "polpen", "Polizia Penitenziaria - Casa circondariale di Bologna", LE, "corrections", "IT")
add("it_gdf", "gdf-ge", "Guardia di Finanza - Comando Provinciale di Genova", LE, "other", "IT")
add("nl_rdam", "pol-rotterdam", "Politie Eenheid Rotterdam", LE, "police", "NL")
add("nl_adam", "pol-amsterdam", "Politie Eenheid Amsterdam", LE, "police", "NL")
add("nl_kmar", "kmar-schiphol", "Koninklijke Marechaussee - Brigade Schiphol", LE, "border_immigration", "NL")
add("be_antw", "lp-antwerpen", "Lokale Politie Antwerpen", LE, "police", "BE")
add("be_gent", "pz-gent", "Politiezone Gent", LE, "police", "BE")
add("pl_ksp", "ksp", "Komenda Stołeczna Policji", LE, "police", "PL")
add("pl_kwpkr", "kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", LE, "police", "PL")
add("pl_sg", "sg-terespol", "Straż Graniczna - Placówka w Terespolu", LE, "border_immigration", "PL")
add("pl_kmpgd", "kmp-gdansk", "Komenda Miejska Policji w Gdańsku", LE, "police", "PL")
add("pl_sw", "sw-bialoleka", "Służba Więzienna - Areszt Śledczy Warszawa-Białołęka", LE, "corrections", "PL")
add("jp_mpd", "mpd-tokyo", "警視庁", LE, "police", "JP")
add("jp_osaka", "osaka-pp", "大阪府警察", LE, "police", "JP")
add("jp_kanagawa", "kanagawa-pp", "神奈川県警察", LE, "police", "JP")
add("jp_isa", "isa-narita", "出入国在留管理庁 成田空港支局", LE, "border_immigration", "JP")
add("jp_fukuoka", "fukuoka-pp", "福岡県警察", LE, "police", "JP")
add("kz_almaty", "dp-almaty", "Департамент полиции города Алматы", LE, "police", "KZ")
add("kz_astana", "dp-astana", "Департамент полиции города Астаны", LE, "police", "KZ")
add("kg_bishkek", "guvd-bishkek", "ГУВД города Бишкек", LE, "police", "KG")
add("ua_kharkiv", "gunp-kharkiv", "ГУНП в Харьковской области", LE, "police", "UA")
add("ua_odesa", "patrol-odesa", "Патрульная полиция Одессы", LE, "police", "UA")
add("ee_ppa", "ppa-ida", "Politsei- ja Piirivalveamet - Ida prefektuur", LE, "police", "EE")
add("uz_tash", "guvd-tashkent", "ГУВД города Ташкента", LE, "police", "UZ")
add("kz_border", "ps-knb", "Пограничная служба КНБ РК - пункт пропуска Хоргос", LE, "border_immigration", "KZ")

# ---- integrators ----
add("int_us", "veritrace", "Veritrace Analytics Inc.", "commercial", None, "US", integrator=True, end_customers=[
    _ec("elpaso-pd", "El Paso Police Department", LE, "police", "US"),
    _ec("sunmart", "SunMart Stores Inc.", "commercial", None, "US")])
add("int_us2", "bluelantern", "Blue Lantern Software LLC", "commercial", None, "US", integrator=True, end_customers=[
    _ec("nypd-60", "NYPD 60th Precinct", LE, "police", "US"),
    _ec("kings-da", "Kings County District Attorney's Office", LE, "prosecution", "US"),
    _ec("brightonmed", "Brighton Medical Group", "commercial", None, "US")])
add("int_de", "kamerasys", "Kamera Systems GmbH", "commercial", None, "DE", integrator=True, end_customers=[
    _ec("pp-muenchen", "Polizeipräsidium München", LE, "police", "DE"),
    _ec("kaufhaus-west", "Kaufhaus West AG", "commercial", None, "DE"),
    _ec("hcso-tx", "Harris County Sheriff's Office", LE, "police", "US")])
add("int_br", "olhovivo", "OlhoVivo Tecnologia Ltda.", "commercial", None, "BR", integrator=True, end_customers=[
    _ec("pmesp", "Polícia Militar do Estado de São Paulo", LE, "police", "BR"),
    _ec("banco-aurora", "Banco Aurora S.A.", "commercial", None, "BR"),
    _ec("frpd", "Fall River Police Department", LE, "police", "US")])
add("int_jp", "mirai-vision", "ミライビジョン株式会社", "commercial", None, "JP", integrator=True, end_customers=[
    _ec("kanagawa-pp", "神奈川県警察", LE, "police", "JP"),
    _ec("hoshino-dept", "星野百貨店", "commercial", None, "JP"),
    _ec("hpd-hi", "Honolulu Police Department", LE, "police", "US")])
add("int_fr", "vigilens", "Vigilens SAS", "commercial", None, "FR", integrator=True, end_customers=[
    _ec("spvm", "Service de police de la Ville de Montréal", LE, "police", "CA"),
    _ec("lafayette-pd", "Lafayette Police Department (Louisiana)", LE, "police", "US"),
    _ec("monoprix-lyon", "Supermarchés Rhône SA", "commercial", None, "FR")])
add("int_es", "ojoseguro", "OjoSeguro Soluciones S.L.", "commercial", None, "ES", integrator=True, end_customers=[
    _ec("hidalgo-so", "Hidalgo County Sheriff's Office", LE, "police", "US"),
    _ec("mossos", "Mossos d'Esquadra", LE, "police", "ES"),
    _ec("hiper-sur", "Hipermercados del Sur S.A.", "commercial", None, "ES")])
add("int_pl", "widok", "Widok Analityka sp. z o.o.", "commercial", None, "PL", integrator=True, end_customers=[
    _ec("niles-pd", "Village of Niles Police Department", LE, "police", "US"),
    _ec("kwp-krakow", "Komenda Wojewódzka Policji w Krakowie", LE, "police", "PL"),
    _ec("zabka-sklepy", "Sklepy Osiedlowe S.A.", "commercial", None, "PL")])
add("int_it", "sguardo", "Sguardo Tech S.r.l.", "commercial", None, "IT", integrator=True, end_customers=[
    _ec("questura-mi", "Questura di Milano", LE, "police", "IT"),
    _ec("ppd-ri", "Providence Police Department", LE, "police", "US"),
    _ec("stadio-spa", "Stadio Nord S.p.A.", "commercial", None, "IT")])
add("int_nl", "kijkwijzer", "Kijkwijzer Analytics B.V.", "commercial", None, "NL", integrator=True, end_customers=[
    _ec("pol-rotterdam", "Politie Eenheid Rotterdam", LE, "police", "NL"),
    _ec("holland-mi-pd", "Holland Police Department (Michigan)", LE, "police", "US"),
    _ec("winkel-nl", "Winkelketen Noord B.V.", "commercial", None, "NL")])
add("int_ru", "zorkiy", "Zorkiy Vision LLP", "commercial", None, "KZ", integrator=True, end_customers=[
    _ec("dp-almaty", "Департамент полиции города Алматы", LE, "police", "KZ"),
    _ec("nypd-60", "NYPD 60th Precinct", LE, "police", "US"),
    _ec("magnum-kz", "Magnum Cash&Carry", "commercial", None, "KZ")])
add("int_nonpol", "retailguard", "RetailGuard Europe S.A.", "commercial", None, "FR", integrator=True, end_customers=[
    _ec("monoprix-lyon", "Supermarchés Rhône SA", "commercial", None, "FR"),
    _ec("hiper-sur", "Hipermercados del Sur S.A.", "commercial", None, "ES")])

# ---- commercial / government / nonprofit / academic / individual ----
add("co_sunmart", "sunmart", "SunMart Stores Inc.", "commercial", None, "US")
add("co_fr_retail", "monoprix-lyon", "Supermarchés Rhône SA", "commercial", None, "FR")
add("co_fr_bank", "neobanque-fr", "Banque Lumen SAS", "commercial", None, "FR")
add("co_es_retail", "hiper-sur", "Hipermercados del Sur S.A.", "commercial", None, "ES")
add("co_es_bank", "banco-agil", "Banco Ágil S.A.", "commercial", None, "ES")
add("co_mx_fintech", "pagafacil", "PagaFácil México S.A.P.I. de C.V.", "commercial", None, "MX")
add("co_de_retail", "kaufhaus-west", "Kaufhaus West AG", "commercial", None, "DE")
add("co_de_hr", "personalwerk", "Personalwerk GmbH", "commercial", None, "DE")
add("co_de_bank", "fintrust", "FinTrust Bank AG", "commercial", None, "DE")
add("co_br_bank", "banco-aurora", "Banco Aurora S.A.", "commercial", None, "BR")
add("co_br_retail", "lojas-sol", "Lojas Sol S.A.", "commercial", None, "BR")
add("co_pt_telco", "telco-pt", "Rede Atlântica Telecomunicações S.A.", "commercial", None, "PT")
add("co_it_stadium", "stadio-spa", "Stadio Nord S.p.A.", "commercial", None, "IT")
add("co_it_bank", "banca-riviera", "Banca Riviera S.p.A.", "commercial", None, "IT")
add("co_it_photo", "fotoricordi", "FotoRicordi S.r.l.", "commercial", None, "IT")
add("co_nl_retail", "winkel-nl", "Winkelketen Noord B.V.", "commercial", None, "NL")
add("co_nl_hr", "flexwerk", "FlexWerk Uitzendbureau B.V.", "commercial", None, "NL")
add("co_pl_retail", "zabka-sklepy", "Sklepy Osiedlowe S.A.", "commercial", None, "PL")
add("co_pl_bank", "bank-wisla", "Bank Wisła S.A.", "commercial", None, "PL")
add("co_jp_dept", "hoshino-dept", "星野百貨店", "commercial", None, "JP")
add("co_jp_photo", "omoide-app", "株式会社おもいでフォト", "commercial", None, "JP")
add("co_jp_bank", "sakura-net-bank", "さくらネット銀行", "commercial", None, "JP")
add("co_ru_retail", "magnum-kz", "Magnum Cash&Carry", "commercial", None, "KZ")
add("co_ru_bank", "kaspi-like", "Дала Банк АО", "commercial", None, "KZ")
add("co_us_media", "gazette", "Rio Grande Gazette", "commercial", None, "US")
add("co_fr_media", "mediapart-like", "Le Courrier Lyonnais", "commercial", None, "FR")
add("co_de_media", "stadtanzeiger", "Stadt-Anzeiger Verlag GmbH", "commercial", None, "DE")
add("co_us_lawfirm", "ortiz-law", "Ortiz & Kaplan LLP", "commercial", None, "US")
add("co_es_security", "vigilancia-sur", "Vigilancia Sur Seguridad Privada S.L.", "commercial", None, "ES")
add("co_br_security", "guarda-sp", "Guarda Patrimonial SP Ltda.", "commercial", None, "BR")
add("gov_fr_cnil", "cnil-like", "Autorité régionale de protection des données", "government", None, "FR")
add("gov_us_city", "elpaso-city", "City of El Paso - Office of the City Attorney", "government", None, "US")
add("gov_de_dsb", "lfd-bayern", "Landesbeauftragter für den Datenschutz (Bayern)", "government", None, "DE")
add("gov_pl_gmina", "um-gdansk", "Urząd Miejski w Gdańsku", "government", None, "PL")
add("gov_nl_gemeente", "gem-utrecht", "Gemeente Utrecht", "government", None, "NL")
add("gov_jp_city", "yokohama-city", "横浜市市民局", "government", None, "JP")
add("gov_it_comune", "comune-bo", "Comune di Bologna", "government", None, "IT")
add("gov_br_mp", "mpsp", "Ministério Público do Estado de São Paulo", "government", None, "BR")
add("ngo_aclu_like", "civil-rights-tx", "Texas Civil Liberties Project", "nonprofit", None, "US")
add("ngo_es", "derechos-digitales", "Asociación Derechos Digitales", "nonprofit", None, "ES")
add("ngo_de", "digitalcourage-like", "Bürgerrechte Digital e.V.", "nonprofit", None, "DE")
add("ngo_pl", "panoptykon-like", "Fundacja Przejrzyste Państwo", "nonprofit", None, "PL")
add("ngo_ru", "pravo-kz", "Общественный фонд «Цифровое право»", "nonprofit", None, "KZ")
add("ac_us", "utep", "University of Texas at El Paso - Criminology Dept.", "academic", None, "US")
add("ac_fr", "univ-lyon", "Université Lumière Lyon 2", "academic", None, "FR")
add("ac_de", "tu-dd", "TU Dresden - Professur für Datenschutzrecht", "academic", None, "DE")
add("ac_nl", "uva", "Universiteit van Amsterdam - IViR", "academic", None, "NL")
add("ac_jp", "keio", "慶應義塾大学 法学部", "academic", None, "JP")
add("ac_pt", "ulisboa", "Universidade de Lisboa - Faculdade de Direito", "academic", None, "PT")
add("ind_dev", "dev-kowalski", "Marek Kowalski (individual developer)", "individual", None, "PL")
add("ind_en", "indie-jr", "Jordan Reyes", "individual", None, "US")
add("ind_ja", "indie-tanaka", "田中 健", "individual", None, "JP")
add("ind_ru", "indie-sokolova", "Анна Соколова", "individual", None, "KZ")
add("ind_it", "indie-rossi", "Giulia Rossi", "individual", None, "IT")

# ---- English-speaking non-US law enforcement and others ----
add("gb_met", "met-police", "Metropolitan Police Service", LE, "police", "GB")
add("gb_wyp", "wyp", "West Yorkshire Police", LE, "police", "GB")
add("gb_scot", "police-scotland", "Police Scotland", LE, "police", "GB")
add("ie_garda", "garda", "An Garda Síochána - DMR South Central", LE, "police", "IE")
add("au_nsw", "nswpf", "NSW Police Force", LE, "police", "AU")
add("ca_tps", "tps", "Toronto Police Service", LE, "police", "CA")
add("in_blr", "blr-police", "Bengaluru City Police", LE, "police", "IN")
add("sg_ica", "ica-woodlands", "Immigration & Checkpoints Authority - Woodlands Checkpoint", LE, "border_immigration", "SG")
add("nz_police", "nzpolice", "New Zealand Police - Auckland City District", LE, "police", "NZ")
add("gb_hmpps", "hmpps-pentonville", "HM Prison Pentonville", LE, "corrections", "GB")
add("co_gb_grocer", "corner-grocer", "Corner Grocer Ltd", "commercial", None, "GB")
add("co_gb_bank", "monzo-like", "Northfield Digital Bank plc", "commercial", None, "GB")
add("co_us_hr", "staffbridge", "StaffBridge Inc.", "commercial", None, "US")
add("co_us_photo", "snapshelf", "SnapShelf Photos Inc.", "commercial", None, "US")
add("co_us_casino", "silverstar", "Silver Star Casino Resort", "commercial", None, "US")
add("it_polfront", "polfront-mxp", "Polizia di Frontiera - Aeroporto di Malpensa", LE, "border_immigration", "IT")
add("nl_boa", "handhaving-utrecht", "Gemeente Utrecht - Team Handhaving (boa's)", LE, "other", "NL")
add("jp_tokyo_customs", "tokyo-customs", "東京税関 羽田税関支署", LE, "border_immigration", "JP")
