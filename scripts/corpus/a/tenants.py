"""Tenant pools for writer a (stdlib only)."""


def T(id, name, sector, le_type, country, integrator=False, end_customers=None):
    return {"id": id, "name": name, "sector": sector, "le_type": le_type, "country": country,
            "integrator": integrator, "end_customers": end_customers or []}


def P(id, name, country):
    return T(id, name, "law_enforcement", "police", country)


US_POLICE = [
    P("harborview-pd", "Harborview Police Department", "US"),
    P("lake-county-so", "Lake County Sheriff's Office", "US"),
    P("ohsp", "Ohio State Highway Patrol", "US"),
    P("tx-dps-hp", "Texas Highway Patrol", "US"),
    P("ucpd-riverside", "UC Riverside Police Department", "US"),
    P("mta-transit-pd", "Metro Transit Police Department", "US"),
    P("navajo-nation-pd", "Navajo Nation Police", "US"),
    P("uscp", "United States Capitol Police", "US"),
    P("usprk-pol", "United States Park Police", "US"),
    P("cedar-falls-pd", "Cedar Falls Police Department", "US"),
    P("maricopa-so", "Maricopa County Sheriff's Office", "US"),
    P("spfld-pd", "Springfield Police Department", "US"),
    P("dade-county-pd", "Dade County Police Department", "US"),
    P("laredo-pd", "Laredo Police Department", "US"),
    P("elpaso-so", "El Paso County Sheriff's Office", "US"),
    P("fallriver-pd", "Fall River Police Department", "US"),
    P("newark-pd", "Newark Police Division", "US"),
    P("bristol-cty-so", "Bristol County Sheriff's Office", "US"),
    P("psu-police", "Penn State University Police", "US"),
    P("bart-pd", "BART Police Department", "US"),
    P("wsp", "Washington State Patrol", "US"),
    P("tulsa-pd", "Tulsa Police Department", "US"),
    P("king-co-so", "King County Sheriff's Office", "US"),
    P("gilbert-pd", "Gilbert Police Department", "US"),
    P("cherokee-marshal", "Cherokee Nation Marshal Service", "US"),
    P("miami-beach-pd", "Miami Beach Police Department", "US"),
    P("hialeah-pd", "Hialeah Police Department", "US"),
    P("lowell-pd", "Lowell Police Department", "US"),
    P("boulder-pd", "Boulder Police Department", "US"),
    P("hudson-co-so", "Hudson County Sheriff's Office", "US"),
]

US_OTHER_LE = [
    T("cbp-sector-tucson", "CBP Tucson Sector", "law_enforcement", "border_immigration", "US"),
    T("ice-ero-houston", "ICE ERO Houston Field Office", "law_enforcement", "border_immigration", "US"),
    T("fbi-fo-phx", "FBI Phoenix Field Office", "law_enforcement", "federal_investigative", "US"),
    T("dea-sd", "DEA San Diego Division", "law_enforcement", "federal_investigative", "US"),
    T("usms-edva", "US Marshals Service, E.D. Va.", "law_enforcement", "federal_investigative", "US"),
    T("cdcr", "California Dept. of Corrections and Rehabilitation", "law_enforcement", "corrections", "US"),
    T("fl-doc", "Florida Department of Corrections", "law_enforcement", "corrections", "US"),
    T("cook-sao", "Cook County State's Attorney's Office", "law_enforcement", "prosecution", "US"),
    T("bronx-da", "Bronx County District Attorney", "law_enforcement", "prosecution", "US"),
]

# non-US law enforcement by language
NONUS_LE = {
    "en": [
        P("met-police", "Metropolitan Police Service", "GB"),
        P("gmp", "Greater Manchester Police", "GB"),
        P("psni", "Police Service of Northern Ireland", "GB"),
        P("police-scotland", "Police Scotland", "GB"),
        P("garda", "An Garda Siochana", "IE"),
        P("vicpol", "Victoria Police", "AU"),
        P("nswpf", "NSW Police Force", "AU"),
        P("rcmp-bc", "RCMP E Division", "CA"),
        P("tps", "Toronto Police Service", "CA"),
        P("nzpol", "New Zealand Police", "NZ"),
        P("blr-city-police", "Bengaluru City Police", "IN"),
        P("saps-gp", "SAPS Gauteng", "ZA"),
        P("spf", "Singapore Police Force", "SG"),
        P("kenya-nps", "Kenya National Police Service", "KE"),
        P("pnp-ncr", "Philippine National Police NCRPO", "PH"),
        P("lagos-pc", "Lagos State Police Command", "NG"),
        T("uk-bf", "UK Border Force", "law_enforcement", "border_immigration", "GB"),
        T("hmpps", "HM Prison and Probation Service", "law_enforcement", "corrections", "GB"),
        T("nca", "National Crime Agency", "law_enforcement", "federal_investigative", "GB"),
        T("cbsa", "Canada Border Services Agency", "law_enforcement", "border_immigration", "CA"),
    ],
    "fr": [
        P("pn-paris", "Préfecture de police de Paris", "FR"),
        P("pn-dsp-lyon", "Direction interdépartementale de la police nationale du Rhône", "FR"),
        P("gn-bretagne", "Gendarmerie nationale - Région Bretagne", "FR"),
        P("pm-nice", "Police municipale de Nice", "FR"),
        P("pm-marseille", "Police municipale de Marseille", "FR"),
        P("polbru", "Zone de police Bruxelles-Capitale Ixelles", "BE"),
        P("pol-liege", "Zone de police de Liège", "BE"),
        P("pol-geneve", "Police cantonale de Genève", "CH"),
        P("pol-vaud", "Police cantonale vaudoise", "CH"),
        P("spvm", "Service de police de la Ville de Montréal", "CA"),
        P("sq", "Sûreté du Québec", "CA"),
        P("dgsn", "Direction générale de la sûreté nationale", "MA"),
        P("police-lux", "Police grand-ducale", "LU"),
        P("pn-senegal", "Police nationale du Sénégal", "SN"),
        T("douane-fr", "Direction générale des douanes et droits indirects", "law_enforcement", "border_immigration", "FR"),
        T("pnf", "Parquet national financier", "law_enforcement", "prosecution", "FR"),
    ],
    "es": [
        P("pn-madrid", "Policía Nacional - Jefatura Superior de Madrid", "ES"),
        P("gc-cadiz", "Guardia Civil - Comandancia de Cádiz", "ES"),
        P("mossos", "Mossos d'Esquadra", "ES"),
        P("ertzaintza", "Ertzaintza", "ES"),
        P("pl-valencia", "Policía Local de Valencia", "ES"),
        P("ssc-cdmx", "Secretaría de Seguridad Ciudadana CDMX", "MX"),
        P("gn-mx", "Guardia Nacional", "MX"),
        P("pfa", "Policía Federal Argentina", "AR"),
        P("pc-baires", "Policía de la Ciudad de Buenos Aires", "AR"),
        P("ponal", "Policía Nacional de Colombia", "CO"),
        P("carabineros", "Carabineros de Chile", "CL"),
        P("pnp-pe", "Policía Nacional del Perú", "PE"),
        P("pn-uy", "Policía Nacional de Uruguay", "UY"),
        T("fgr-mx", "Fiscalía General de la República", "law_enforcement", "prosecution", "MX"),
        T("inm-mx", "Instituto Nacional de Migración", "law_enforcement", "border_immigration", "MX"),
    ],
    "de": [
        P("pol-berlin", "Polizei Berlin", "DE"),
        P("pp-muenchen", "Polizeipräsidium München", "DE"),
        P("pol-hamburg", "Polizei Hamburg", "DE"),
        P("pol-nrw-koeln", "Polizeipräsidium Köln", "DE"),
        P("bpol", "Bundespolizei", "DE"),
        P("pol-sachsen", "Polizei Sachsen", "DE"),
        P("lpd-wien", "Landespolizeidirektion Wien", "AT"),
        P("lpd-tirol", "Landespolizeidirektion Tirol", "AT"),
        P("kapo-zh", "Kantonspolizei Zürich", "CH"),
        P("kapo-be", "Kantonspolizei Bern", "CH"),
        T("bka", "Bundeskriminalamt", "law_enforcement", "federal_investigative", "DE"),
        T("jva-tegel", "Justizvollzugsanstalt Tegel", "law_enforcement", "corrections", "DE"),
        T("sta-frankfurt", "Staatsanwaltschaft Frankfurt am Main", "law_enforcement", "prosecution", "DE"),
    ],
    "pt": [
        P("pmesp", "Polícia Militar do Estado de São Paulo", "BR"),
        P("pcerj", "Polícia Civil do Estado do Rio de Janeiro", "BR"),
        P("pmmg", "Polícia Militar de Minas Gerais", "BR"),
        P("pmba", "Polícia Militar da Bahia", "BR"),
        P("prf", "Polícia Rodoviária Federal", "BR"),
        P("gcm-sp", "Guarda Civil Metropolitana de São Paulo", "BR"),
        P("psp", "Polícia de Segurança Pública", "PT"),
        P("gnr", "Guarda Nacional Republicana", "PT"),
        P("pn-angola", "Polícia Nacional de Angola", "AO"),
        P("prm-moz", "Polícia da República de Moçambique", "MZ"),
        T("pf-br", "Polícia Federal", "law_enforcement", "federal_investigative", "BR"),
        T("pj-pt", "Polícia Judiciária", "law_enforcement", "federal_investigative", "PT"),
        T("mpsp", "Ministério Público do Estado de São Paulo", "law_enforcement", "prosecution", "BR"),
    ],
    "it": [
        P("pds-roma", "Questura di Roma - Polizia di Stato", "IT"),
        P("pds-milano", "Questura di Milano", "IT"),
        P("cc-napoli", "Comando Provinciale Carabinieri Napoli", "IT"),
        P("cc-torino", "Comando Provinciale Carabinieri Torino", "IT"),
        P("pl-milano", "Polizia Locale di Milano", "IT"),
        P("pl-bologna", "Polizia Locale di Bologna", "IT"),
        P("gdf", "Guardia di Finanza", "IT"),
        P("polstrada", "Polizia Stradale - Compartimento Lombardia", "IT"),
        P("pol-ticino", "Polizia cantonale Ticino", "CH"),
        P("gendarmeria-sm", "Corpo della Gendarmeria di San Marino", "SM"),
        T("dap", "Dipartimento dell'Amministrazione Penitenziaria", "law_enforcement", "corrections", "IT"),
        T("proc-palermo", "Procura della Repubblica di Palermo", "law_enforcement", "prosecution", "IT"),
    ],
}


def C(id, name, country, sector="commercial"):
    return T(id, name, sector, None, country)


NONLE = {
    "en": {
        "retail": [C("corner-grocer", "Corner Grocer Ltd", "GB"), C("valumart", "ValuMart Stores Inc", "US"),
                   C("northgate-mall", "Northgate Mall Security LLC", "US"), C("pubco-leeds", "Red Lion Taverns Ltd", "GB"),
                   C("stadium-ops", "Riverside Arena Operations", "US"), C("casino-royale-nv", "Silver Sands Casino", "US")],
        "bank": [C("fintrust", "FinTrust Bank", "US"), C("monzo-like", "Pebble Money Ltd", "GB"),
                 C("sgbank", "Lion City Digital Bank", "SG"), C("payfast-au", "PayFast Australia", "AU")],
        "hr": [C("acme-hr", "Acme Logistics HR", "US"), C("staffcloud", "StaffCloud Ltd", "GB"), C("gigworks", "GigWorks Inc", "US")],
        "app": [C("snapsort", "SnapSort Photos", "US"), C("memorylane", "MemoryLane Albums", "CA"), C("eventpix", "EventPix Ltd", "GB")],
        "media": [C("daily-ledger", "The Daily Ledger", "US"), C("coastal-news", "Coastal News Network", "GB")],
        "law": [C("hart-lawson", "Hart & Lawson LLP", "US"), C("cityside-chambers", "Cityside Chambers", "GB")],
        "gov": [C("city-clerk-spfld", "City of Springfield - Clerk's Office", "US", "government"),
                C("dmv-or", "Oregon DMV", "US", "government"), C("ico-like", "Information Commissioner's Office", "GB", "government"),
                C("city-council-tulsa", "Tulsa City Council", "US", "government")],
        "ngo": [C("aclu-like", "Civil Liberties Union of Ohio", "US", "nonprofit"), C("bbw-like", "Big Brother Watch", "GB", "nonprofit"),
                C("eff-like", "Digital Rights Foundation", "US", "nonprofit")],
        "academic": [C("uni-ucl", "University College London", "GB", "academic"), C("umich", "University of Michigan", "US", "academic"),
                     C("anu", "Australian National University", "AU", "academic")],
        "individual": [C("dev-jlee", "J. Lee (personal)", "US", "individual"), C("dev-okafor", "C. Okafor", "GB", "individual"),
                       C("ind-mpatel", "M. Patel", "US", "individual")],
    },
    "fr": {
        "retail": [C("carrefourish", "Hypermarchés du Centre SAS", "FR"), C("franprix-like", "Épicerie Rapide SARL", "FR"), C("stade-lyon-ops", "Groupama Stadium Exploitation", "FR")],
        "bank": [C("neobanque-fr", "Néobanque Azur", "FR"), C("banque-geneve", "Banque Privée du Léman", "CH")],
        "hr": [C("interim-plus", "Intérim Plus SA", "FR"), C("rh-quebec", "Groupe RH Laurentides", "CA")],
        "app": [C("souvenirs-app", "Souvenirs Photo SAS", "FR")],
        "media": [C("le-quotidien", "Le Quotidien du Nord", "FR"), C("rtbf-like", "Radio Télé Wallonie", "BE")],
        "law": [C("cabinet-martin", "Cabinet Martin Avocats", "FR")],
        "gov": [C("cnil-like", "Commission informatique et libertés", "FR", "government"), C("mairie-lille", "Mairie de Lille", "FR", "government")],
        "ngo": [C("lqdn-like", "Association Libertés Numériques", "FR", "nonprofit")],
        "academic": [C("sorbonne", "Sorbonne Université", "FR", "academic"), C("ulb", "Université libre de Bruxelles", "BE", "academic")],
        "individual": [C("ind-dupont", "C. Dupont", "FR", "individual")],
    },
    "es": {
        "retail": [C("super-sol", "Supermercados Sol SA", "ES"), C("tiendas-mx", "Tiendas del Norte SA de CV", "MX"), C("estadio-ops", "Estadio Metropolitano Operaciones", "ES")],
        "bank": [C("banco-rapido", "Banco Rápido SA", "ES"), C("fintech-ar", "BilleteraYa SAU", "AR"), C("neobanco-mx", "NeoBanco México", "MX")],
        "hr": [C("rrhh-iberia", "Recursos Humanos Iberia SL", "ES")],
        "app": [C("fotos-app", "FotoRecuerdos SL", "ES")],
        "media": [C("diario-sur", "Diario del Sur", "ES"), C("noticias-co", "Noticias Bogotá", "CO")],
        "law": [C("bufete-ruiz", "Bufete Ruiz y Asociados", "ES")],
        "gov": [C("aepd-like", "Agencia de Protección de Datos", "ES", "government"), C("ayto-sevilla", "Ayuntamiento de Sevilla", "ES", "government")],
        "ngo": [C("derechos-digitales", "Derechos Digitales", "CL", "nonprofit")],
        "academic": [C("uam", "Universidad Autónoma de Madrid", "ES", "academic"), C("unam", "UNAM", "MX", "academic")],
        "individual": [C("ind-garcia", "L. García", "ES", "individual")],
    },
    "de": {
        "retail": [C("rewe-like", "Frischmarkt Handels GmbH", "DE"), C("stadion-ops", "Arena Betriebs GmbH", "DE"), C("kaufhaus-wien", "Kaufhaus Mariahilf GmbH", "AT")],
        "bank": [C("neobank-de", "Kontofix Bank AG", "DE"), C("bank-zh", "Zürcher Privatbank AG", "CH")],
        "hr": [C("personal-ag", "PersonalWerk AG", "DE")],
        "app": [C("fotobox", "FotoBox GmbH", "DE")],
        "media": [C("tagblatt", "Rheinisches Tagblatt", "DE")],
        "law": [C("kanzlei-weber", "Kanzlei Weber & Partner", "DE")],
        "gov": [C("ldi-nrw", "Landesbeauftragte für Datenschutz NRW", "DE", "government"), C("stadt-bonn", "Stadt Bonn", "DE", "government")],
        "ngo": [C("digiges", "Verein Digitale Freiheit e.V.", "DE", "nonprofit")],
        "academic": [C("tum", "Technische Universität München", "DE", "academic"), C("uni-wien", "Universität Wien", "AT", "academic")],
        "individual": [C("ind-mueller", "S. Müller", "DE", "individual")],
    },
    "pt": {
        "retail": [C("mercado-bom", "Mercado Bom Preço Ltda", "BR"), C("shopping-sp", "Shopping Paulista Administração", "BR"), C("hiper-porto", "Hiper Porto SA", "PT")],
        "bank": [C("banco-digital-br", "Banco Digital Ipê SA", "BR"), C("fintech-pix", "PixFácil Pagamentos", "BR"), C("banco-lx", "Banco Lisboa Digital", "PT")],
        "hr": [C("rh-brasil", "RH Brasil Serviços", "BR")],
        "app": [C("album-app", "Álbum Vivo Ltda", "BR")],
        "media": [C("folha-like", "Jornal da Cidade", "BR"), C("publico-like", "Diário do Porto", "PT")],
        "law": [C("escritorio-souza", "Souza & Lima Advogados", "BR")],
        "gov": [C("anpd-like", "Autoridade Nacional de Dados", "BR", "government"), C("cm-lisboa", "Câmara Municipal de Lisboa", "PT", "government")],
        "ngo": [C("dados-livres", "Instituto Dados Livres", "BR", "nonprofit")],
        "academic": [C("usp", "Universidade de São Paulo", "BR", "academic"), C("ulisboa", "Universidade de Lisboa", "PT", "academic")],
        "individual": [C("ind-silva", "R. Silva", "BR", "individual")],
    },
    "it": {
        "retail": [C("super-roma", "Supermercati Roma Srl", "IT"), C("centro-comm", "Centro Commerciale Le Vele", "IT"), C("stadio-ops-it", "Stadio Olimpico Servizi", "IT")],
        "bank": [C("banca-digitale", "Banca Digitale Italiana SpA", "IT"), C("fintech-mi", "PagaSubito Srl", "IT")],
        "hr": [C("hr-italia", "Risorse Umane Italia Srl", "IT")],
        "app": [C("ricordi-app", "Ricordi Foto Srl", "IT")],
        "media": [C("gazzetta-nord", "Gazzetta del Nord", "IT")],
        "law": [C("studio-rossi", "Studio Legale Rossi", "IT")],
        "gov": [C("garante-like", "Autorità garante dati", "IT", "government"), C("comune-to", "Comune di Torino", "IT", "government")],
        "ngo": [C("hermes-like", "Centro Diritti Digitali", "IT", "nonprofit")],
        "academic": [C("polimi", "Politecnico di Milano", "IT", "academic"), C("unibo", "Università di Bologna", "IT", "academic")],
        "individual": [C("ind-bianchi", "F. Bianchi", "IT", "individual")],
    },
}


def _ec_retail(i, c):
    return C(i, {"US": "Lakeside Outlet Stores", "GB": "High Street Pharmacy Ltd"}.get(c, "Retail client"), c)


def integrators():
    """Integrators: each serves at least one US police department plus other customers."""
    out = []
    specs = [
        ("sentinel-vision", "Sentinel Vision Inc", "US", [P("spfld-pd", "Springfield Police Department", "US"), C("lakeside-outlets", "Lakeside Outlet Stores", "US"), C("fintrust", "FinTrust Bank", "US")]),
        ("bluewire-ai", "BlueWire AI LLC", "US", [P("tulsa-pd", "Tulsa Police Department", "US"), C("casino-royale-nv", "Silver Sands Casino", "US")]),
        ("lensco", "LensCo", "US", [P("harborview-pd", "Harborview Police Department", "US"), P("met-police", "Metropolitan Police Service", "GB"), C("valumart", "ValuMart Stores Inc", "US")]),
        ("patrolstack", "PatrolStack Software", "US", [P("king-co-so", "King County Sheriff's Office", "US"), T("cbp-sector-tucson", "CBP Tucson Sector", "law_enforcement", "border_immigration", "US"), C("northgate-mall", "Northgate Mall Security LLC", "US")]),
        ("visiotech-fr", "VisioTech SAS", "FR", [P("miami-beach-pd", "Miami Beach Police Department", "US"), P("pm-nice", "Police municipale de Nice", "FR"), C("carrefourish", "Hypermarchés du Centre SAS", "FR")]),
        ("bildwerk", "Bildwerk Analytics GmbH", "DE", [P("newark-pd", "Newark Police Division", "US"), P("pol-berlin", "Polizei Berlin", "DE"), C("rewe-like", "Frischmarkt Handels GmbH", "DE")]),
        ("olhar-tec", "Olhar Tecnologia Ltda", "BR", [P("fallriver-pd", "Fall River Police Department", "US"), P("pmesp", "Polícia Militar do Estado de São Paulo", "BR"), C("shopping-sp", "Shopping Paulista Administração", "BR")]),
        ("visione-srl", "Visione Sicura Srl", "IT", [P("lowell-pd", "Lowell Police Department", "US"), P("pl-milano", "Polizia Locale di Milano", "IT"), C("centro-comm", "Centro Commerciale Le Vele", "IT")]),
        ("vigia-soft", "Vigía Software SL", "ES", [P("laredo-pd", "Laredo Police Department", "US"), P("pl-valencia", "Policía Local de Valencia", "ES"), C("super-sol", "Supermercados Sol SA", "ES")]),
    ]
    for i, n, c, ecs in specs:
        out.append(T(i, n, "commercial", None, c, True, ecs))
    return out


INTEGRATORS = integrators()
INTEGRATOR_BY_LANG = {
    "en": ["sentinel-vision", "bluewire-ai", "lensco", "patrolstack"],
    "fr": ["visiotech-fr", "lensco"], "de": ["bildwerk", "sentinel-vision"], "pt": ["olhar-tec", "bluewire-ai"],
    "it": ["visione-srl", "lensco"], "es": ["vigia-soft", "patrolstack"],
}


def integrator(i):
    for t in INTEGRATORS:
        if t["id"] == i:
            return t
    raise KeyError(i)
