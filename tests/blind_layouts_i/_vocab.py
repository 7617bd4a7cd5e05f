"""Hand-written vocabulary for blind set I: countries, ports, people, companies, addresses,
species, areas and call-sign patterns. Nothing here is read from the extractor."""

from __future__ import annotations

# ISO3 -> (English, French, Spanish) names of States as flag registers print them.
COUNTRY: dict[str, tuple[str, str, str]] = {
    "CHN": ("China", "Chine", "China"),
    "TWN": ("Chinese Taipei", "Taipei chinois", "Taipei Chino"),
    "JPN": ("Japan", "Japon", "Japón"),
    "KOR": ("Republic of Korea", "République de Corée", "República de Corea"),
    "RUS": ("Russian Federation", "Fédération de Russie", "Federación de Rusia"),
    "IDN": ("Indonesia", "Indonésie", "Indonesia"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Norvège", "Noruega"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "AUS": ("Australia", "Australie", "Australia"),
    "ESP": ("Spain", "Espagne", "España"),
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "FRA": ("France", "France", "Francia"),
    "ITA": ("Italy", "Italie", "Italia"),
    "NLD": ("Netherlands", "Pays-Bas", "Países Bajos"),
    "IRL": ("Ireland", "Irlande", "Irlanda"),
    "DNK": ("Denmark", "Danemark", "Dinamarca"),
    "LTU": ("Lithuania", "Lituanie", "Lituania"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "PHL": ("Philippines", "Philippines", "Filipinas"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "MHL": ("Marshall Islands", "Îles Marshall", "Islas Marshall"),
    "LBR": ("Liberia", "Libéria", "Liberia"),
    "SLE": ("Sierra Leone", "Sierra Leone", "Sierra Leona"),
    "TGO": ("Togo", "Togo", "Togo"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "BLZ": ("Belize", "Belize", "Belice"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "GEO": ("Georgia", "Géorgie", "Georgia"),
    "MNG": ("Mongolia", "Mongolie", "Mongolia"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Maurice", "Mauricio"),
    "COM": ("Comoros", "Comores", "Comoras"),
    "TZA": ("Tanzania", "Tanzanie", "Tanzania"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "PER": ("Peru", "Pérou", "Perú"),
    "CHL": ("Chile", "Chili", "Chile"),
    "ARG": ("Argentina", "Argentine", "Argentina"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "CAN": ("Canada", "Canada", "Canadá"),
    "NZL": ("New Zealand", "Nouvelle-Zélande", "Nueva Zelanda"),
    "FJI": ("Fiji", "Fidji", "Fiyi"),
    "THA": ("Thailand", "Thaïlande", "Tailandia"),
    "SGP": ("Singapore", "Singapour", "Singapur"),
    "HKG": ("Hong Kong, China", "Hong Kong, Chine", "Hong Kong, China"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
}
# Long official names, as tonnage certificates print the issuing State.
STATE_LONG: dict[str, str] = {
    "CHN": "THE PEOPLE'S REPUBLIC OF CHINA",
    "KOR": "THE REPUBLIC OF KOREA",
    "RUS": "THE RUSSIAN FEDERATION",
    "IDN": "THE REPUBLIC OF INDONESIA",
    "VUT": "THE REPUBLIC OF VANUATU",
    "PAN": "THE REPUBLIC OF PANAMA",
    "LBR": "THE REPUBLIC OF LIBERIA",
    "MHL": "THE REPUBLIC OF THE MARSHALL ISLANDS",
    "KIR": "THE REPUBLIC OF KIRIBATI",
    "PHL": "THE REPUBLIC OF THE PHILIPPINES",
    "ESP": "THE KINGDOM OF SPAIN",
    "NOR": "THE KINGDOM OF NORWAY",
    "BHS": "THE COMMONWEALTH OF THE BAHAMAS",
    "AUS": "THE COMMONWEALTH OF AUSTRALIA",
}
MARITIME_AUTHORITY: dict[str, str] = {
    "CHN": "Maritime Safety Administration",
    "TWN": "Maritime and Port Bureau, MOTC",
    "JPN": "Ministry of Land, Infrastructure, Transport and Tourism",
    "KOR": "Ministry of Oceans and Fisheries",
    "RUS": "Russian Maritime Register of Shipping",
    "VUT": "Vanuatu Maritime Services Ltd",
    "PAN": "Panama Maritime Authority, Directorate General of Merchant Marine",
    "ESP": "Dirección General de la Marina Mercante",
    "NOR": "Norwegian Maritime Authority",
    "AUS": "Australian Maritime Safety Authority",
    "LBR": "Liberian International Ship and Corporate Registry",
}

# ISO3 -> MIDs and call-sign patterns ('@' a letter, '#' a digit) within the State's ITU series.
CALL_PATTERNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "CHN": (("412", "413"), ("BZ@#@", "BZ#@@", "BZU@#", "BB@#")),
    "TWN": (("416",), ("BJ####", "BK####", "BI####")),
    "JPN": (("431", "432"), ("JR@@", "JP@@", "7J@@", "8J@@")),
    "KOR": (("440", "441"), ("DT@@#", "6K@@#", "DS@@#")),
    "RUS": (("273",), ("UB@@#", "UC@@#", "UF@@#", "UG@@")),
    "IDN": (("525",), ("PO@@", "YB@@#", "PM@@")),
    "VUT": (("576", "577"), ("YJ@@#", "YJ@#")),
    "PAN": (("351", "352", "353", "354", "370", "371"), ("3E@@#", "3F@@#", "HO@@#", "HP@###")),
    "BLZ": (("312",), ("V3@@#", "V3@#")),
    "TGO": (("671",), ("5V@@#",)),
    "SLE": (("667",), ("9L@####", "9L@@#")),
    "CMR": (("613",), ("TJ@@#",)),
    "KIR": (("529",), ("T3@@#", "T3##")),
    "MNG": (("457",), ("JV@@#",)),
    "GEO": (("213",), ("4L@@#",)),
    "HND": (("334",), ("HQ@@#", "HR@@#")),
    "COM": (("616",), ("D6@@#",)),
    "NGA": (("657",), ("5N@@#",)),
    "TZA": (("674", "677"), ("5I@@#", "5H@@#")),
    "MHL": (("538",), ("V7@@#",)),
    "LBR": (("636", "637"), ("A8@@#", "D5@@#")),
    "SYC": (("664",), ("S7@@#",)),
    "PHL": (("548",), ("DU@@#", "4D@@#")),
    "ESP": (("224", "225"), ("EA@@", "EB@#", "EC@@", "EF@#")),
    "PRT": (("263",), ("CU@##", "CS@@#")),
    "FRA": (("226", "227", "228"), ("F@@@", "FG@##", "FI@@")),
    "ITA": (("247",), ("I@@@#", "IP@@")),
    "NLD": (("244", "245", "246"), ("PB@@", "PC@@", "PD@@", "PH@@")),
    "IRL": (("250",), ("EI@@#", "EI@#")),
    "DNK": (("219", "220"), ("OU@@", "OW@@", "OX@@", "OZ@@")),
    "LTU": (("277",), ("LY@@",)),
    "POL": (("261",), ("SP@###", "SQ@###")),
    "GRC": (("237", "239", "240"), ("SV@@#", "SX@@#")),
}
FORMER_FLAGS: tuple[str, ...] = (
    "PAN",
    "BLZ",
    "TGO",
    "SLE",
    "CMR",
    "KIR",
    "MNG",
    "GEO",
    "HND",
    "COM",
    "NGA",
)
FORMER_FLAGS += ("TZA", "VUT", "MHL", "LBR", "IDN", "PHL", "KOR", "JPN", "SYC")
EU_FLAGS = ("ESP", "PRT", "FRA", "ITA", "NLD", "IRL", "DNK", "LTU", "POL", "GRC")

# ISO3 -> ports as (name, UN/LOCODE).
PORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "CHN": (("Fuzhou", "CNFOC"), ("Zhoushan", "CNZOS"), ("Dalian", "CNDLC"), ("Qingdao", "CNTAO")),
    "TWN": (("Kaohsiung", "TWKHH"), ("Keelung", "TWKEL"), ("Su-ao", "TWSUO")),
    "JPN": (("Yaizu", "JPYAZ"), ("Kesennuma", "JPKSN"), ("Shimizu", "JPSMZ")),
    "KOR": (("Busan", "KRPUS"), ("Ulsan", "KRUSN")),
    "RUS": (("Vladivostok", "RUVVO"), ("Nakhodka", "RUNJK"), ("Murmansk", "RUMMK")),
    "IDN": (("Jakarta", "IDJKT"), ("Bitung", "IDBIT"), ("Benoa", "IDBOA")),
    "VUT": (("Port Vila", "VUVLI"), ("Luganville", "VUSAN")),
    "PAN": (("Panama", "PAPTY"), ("Balboa", "PABLB")),
    "ESP": (("Vigo", "ESVGO"), ("A Coruña", "ESLCG"), ("Bermeo", "ESBRM"), ("Pasaia", "ESPAS")),
    "PRT": (("Peniche", "PTPEN"), ("Aveiro", "PTAVE"), ("Matosinhos", "PTLEI")),
    "FRA": (("Concarneau", "FRCOC"), ("Lorient", "FRLRT"), ("Boulogne-sur-Mer", "FRBOL")),
    "ITA": (("Mazara del Vallo", "ITMZA"), ("Ancona", "ITAOI"), ("Chioggia", "ITCHI")),
    "NLD": (("Urk", "NLURK"), ("Scheveningen", "NLSCE"), ("IJmuiden", "NLIJM")),
    "IRL": (("Killybegs", "IEKBS"), ("Castletownbere", "IECTB")),
    "DNK": (("Hirtshals", "DKHIR"), ("Skagen", "DKSKA"), ("Esbjerg", "DKEBJ")),
    "LTU": (("Klaipeda", "LTKLJ"),),
    "POL": (("Gdynia", "PLGDY"), ("Kołobrzeg", "PLKOL")),
    "GRC": (("Piraeus", "GRPIR"), ("Kavala", "GRKVA")),
    "NOR": (("Ålesund", "NOAES"), ("Tromsø", "NOTOS"), ("Bergen", "NOBGO")),
    "AUS": (("Hobart", "AUHBA"), ("Port Lincoln", "AUPLO"), ("Fremantle", "AUFRE")),
    "PHL": (("General Santos", "PHGES"), ("Manila", "PHMNL")),
    "KIR": (("Tarawa", "KITRW"),),
    "MHL": (("Majuro", "MHMAJ"),),
    "LBR": (("Monrovia", "LRMLW"),),
    "BLZ": (("Belize City", "BZBZE"),),
    "SLE": (("Freetown", "SLFNA"),),
    "TGO": (("Lomé", "TGLFW"),),
    "CMR": (("Douala", "CMDLA"),),
    "BHS": (("Nassau", "BSNAS"),),
    "SYC": (("Victoria", "SCPOV"),),
    "MUS": (("Port Louis", "MUPLU"),),
    "HND": (("San Lorenzo", "HNSLO"),),
    "GEO": (("Batumi", "GEBUS"),),
    "MNG": (("Ulaanbaatar", "MNULN"),),
    "NGA": (("Lagos", "NGLOS"),),
    "COM": (("Moroni", "KMYVA"),),
    "TZA": (("Dar es Salaam", "TZDAR"),),
}
# Ports where vessels are inspected or land catch: hard negatives for HOME_PORT.
CALL_PORTS: tuple[str, ...] = (
    "Busan",
    "Port Louis",
    "Montevideo",
    "Las Palmas",
    "Walvis Bay",
    "Singapore",
)
CALL_PORTS += ("Cape Town", "Suva", "Pago Pago", "Callao", "Manta", "Nouadhibou", "Mauritius")

# ISO3 -> (cities as (city, state or ""), street templates, street words, postcodes);
# templates take {n} and {m} (numbers) and {w} (a street word).
ADDRESSES: dict[
    str, tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
] = {
    "CHN": (
        (
            ("Fuzhou", "Fujian"),
            ("Zhoushan", "Zhejiang"),
            ("Rongcheng", "Shandong"),
            ("Dalian", "Liaoning"),
            ("Ningbo", "Zhejiang"),
            ("Qingdao", "Shandong"),
        ),
        (
            "Room {n}, {w} Building, No. {m} {w} Road",
            "No. {m} {w} Road",
            "Floor {m}, No. {n} {w} Street",
            "No. {m} {w} Avenue, Fishing Port Economic Zone",
        ),
        ("Haixia", "Jiangbin", "Binhai", "Zhongshan", "Renmin", "Haibin", "Xingang"),
        ("350015", "316000", "264300", "116001"),
    ),
    "TWN": (
        (("Kaohsiung", ""), ("Su-ao Township", "Yilan County"), ("Donggang", "Pingtung County")),
        ("No. {m}, {w} Rd., Qianzhen Dist.", "{m}F., No. {n}, {w} St.", "No. {m}, {w} Rd."),
        ("Yugang", "Chenggong", "Kuoshing", "Jhongshan", "Nanfang"),
        ("806", "270", "928"),
    ),
    "JPN": (
        (("Yaizu", "Shizuoka"), ("Kesennuma", "Miyagi"), ("Chuo-ku", "Tokyo")),
        ("{m}-{m} {w}", "{w} {m}-chome {m}-ban"),
        ("Minato-machi", "Nihonbashi", "Shinminato", "Uoichiba"),
        ("425-0021", "988-0037", "103-0027"),
    ),
    "KOR": (
        (("Busan", ""), ("Seoul", ""), ("Changwon", "Gyeongsangnam-do")),
        ("{n}, {w}-daero {m}beon-gil, Jung-gu", "{n}, {w}-ro, Yeongdo-gu"),
        ("Chungjang", "Jungang", "Taejong", "Haeyang"),
        ("48939", "49000"),
    ),
    "RUS": (
        (
            ("Vladivostok", "Primorsky Krai"),
            ("Nakhodka", "Primorsky Krai"),
            ("Petropavlovsk-Kamchatsky", "Kamchatka Krai"),
            ("Murmansk", "Murmansk Oblast"),
        ),
        ("ul. {w} {m}, office {n}", "prospekt {w} {m}, korp. 2", "ul. {w} {m}"),
        ("Svetlanskaya", "Portovaya", "Aleutskaya", "Lenina", "Kapitana Klyuzova"),
        ("690091", "692904", "683000", "183038"),
    ),
    "ESP": (
        (
            ("Vigo", "Pontevedra"),
            ("A Coruña", "A Coruña"),
            ("Bermeo", "Bizkaia"),
            ("Las Palmas de Gran Canaria", "Las Palmas"),
        ),
        ("Avenida de {w} {m}, {m}º", "Calle {w} {m}, bajo", "Puerto Pesquero, Nave {m}"),
        ("Beiramar", "García Barbón", "Jacinto Benavente", "Colón", "Tomás Olabarri"),
        ("36202", "15001", "48370", "35008"),
    ),
    "PAN": (
        (("Panama City", ""),),
        ("Calle {m}, Torre {w}, Piso {m}, Oficina {n}", "Avenida Balboa, PH {w}, Local {m}"),
        ("Global Bank", "Banistmo", "Oceania", "Bicsa", "Dollar"),
        (),
    ),
    "SGP": (
        (("Singapore", ""),),
        ("{m} {w} Road, #{m}-{m}", "{n} {w} Road, #0{m}-{n}"),
        ("Anson", "Jurong Port", "Pandan", "Tanjong Pagar", "Keppel"),
        ("079903", "619110", "088540"),
    ),
    "HKG": (
        (("Hong Kong", ""), ("Kowloon", "")),
        ("Flat {m}, {m}/F, {w} Commercial Building, {n} Bonham Strand", "Unit {n}, {w} Centre"),
        ("Wing Tat", "Kam Fung", "Tung Ning", "Harbour", "Lucky"),
        (),
    ),
    "IDN": (
        (("Jakarta", "DKI Jakarta"), ("Bitung", "North Sulawesi"), ("Denpasar", "Bali")),
        ("Jl. {w} No. {m}", "Jl. Pelabuhan {w} Blok {m} No. {n}"),
        ("Muara Baru", "Benoa", "Sudirman", "Samudera", "Pluit"),
        ("14440", "95524", "80222"),
    ),
    "PHL": (
        (("General Santos City", "South Cotabato"), ("Navotas", "Metro Manila")),
        ("Purok {w}, Barangay Labangal", "{n} {w} Street, Barangay North Bay Boulevard"),
        ("Malakas", "Masagana", "Bagong Silang", "Pag-asa"),
        ("9500", "1485"),
    ),
    "NOR": (
        (("Ålesund", "Møre og Romsdal"), ("Tromsø", "Troms")),
        ("{w} {m}", "{w} {n}"),
        ("Strandgata", "Storgata", "Kongens gate", "Havnegata"),
        ("6002", "9008"),
    ),
    "AUS": (
        (
            ("Hobart", "Tasmania"),
            ("Port Lincoln", "South Australia"),
            ("Fremantle", "Western Australia"),
        ),
        ("{m} {w} Road", "Unit {m}, {n} {w} Street"),
        ("Mews", "Tasman", "Liverpool", "Marine", "Phillip"),
        ("7000", "5606", "6160"),
    ),
}

COMPANY_WORDS: tuple[str, ...] = (
    "GOLDEN SEA",
    "PACIFIC STAR",
    "BLUE HORIZON",
    "HAI XING",
    "ORIENT DRAGON",
)
COMPANY_WORDS += ("SOUTHERN CROSS", "NORTH WIND", "JIN HAI", "XIN SHIJI", "OCEAN BRIGHT")
COMPANY_WORDS += ("SEA TREASURE", "GREAT BLUE", "HONG YANG", "LONG XING", "TRIDENT")
COMPANY_FORMS: tuple[str, ...] = (
    "{w} OCEAN FISHING CO., LTD.",
    "{w} FISHERIES S.A.",
    "{w} MARINE CORP.",
)
COMPANY_FORMS += ("{w} SHIPPING INC.", "{w} HOLDINGS LIMITED", "{w} MARITIME LTD", "{w} PESCA S.L.")
COMPANY_FORMS += ("{w} SHIP MANAGEMENT PTE LTD", "{w} AQUATIC PRODUCTS CO LTD")

PEOPLE = (
    ("Zhang Wei", "CHN"),
    ("Chen Jianguo", "CHN"),
    ("Lin Xiaoming", "CHN"),
    ("Huang Chih-Ming", "TWN"),
    ("Tsai Yung-Fa", "TWN"),
    ("Sergey Ivanovich Petrov", "RUS"),
    ("Andrei Volkov", "RUS"),
    ("José Manuel Otero Ferreiro", "ESP"),
    ("Budi Santoso", "IDN"),
    ("Kim Min-jun", "KOR"),
    ("Ramon Dela Cruz", "PHL"),
    ("Kjetil Haugland", "NOR"),
    ("Luis Alberto Quispe", "PER"),
    ("Chukwuemeka Obi", "NGA"),
    ("Tanaka Hiroshi", "JPN"),
    ("Mark Jennings", "AUS"),
    ("Antonio Vidal Pego", "ESP"),
    ("Oleg Sidorenko", "RUS"),
)
SURVEYORS: tuple[str, ...] = (
    "Li Hongbo",
    "Carlos Méndez Ruiz",
    "A. K. Menon",
    "P. J. Walsh",
    "Ingrid Solheim",
)
SURVEYORS += ("Kwon Tae-hyun", "Yuri Gavrilov", "R. Tanoa", "M. Delacroix", "Sato Kenji")

# (ASFIS code, English, French, Spanish, scientific)
SPECIES = (
    (
        "TOP",
        "Patagonian toothfish",
        "Légine australe",
        "Austromerluza negra",
        "Dissostichus eleginoides",
    ),
    (
        "TOA",
        "Antarctic toothfish",
        "Légine antarctique",
        "Austromerluza antártica",
        "Dissostichus mawsoni",
    ),
    ("YFT", "Yellowfin tuna", "Albacore", "Rabil", "Thunnus albacares"),
    ("BET", "Bigeye tuna", "Thon obèse", "Patudo", "Thunnus obesus"),
    ("SKJ", "Skipjack tuna", "Listao", "Listado", "Katsuwonus pelamis"),
    ("ALB", "Albacore", "Germon", "Atún blanco", "Thunnus alalunga"),
    ("SWO", "Swordfish", "Espadon", "Pez espada", "Xiphias gladius"),
    ("BSH", "Blue shark", "Peau bleue", "Tintorera", "Prionace glauca"),
    (
        "SQA",
        "Argentine shortfin squid",
        "Encornet rouge argentin",
        "Pota argentina",
        "Illex argentinus",
    ),
    ("GSQ", "Jumbo flying squid", "Encornet géant", "Jibia gigante", "Dosidicus gigas"),
    ("FAL", "Silky shark", "Requin soyeux", "Tiburón jaquetón", "Carcharhinus falciformis"),
    ("SAP", "Pacific saury", "Balaou du Japon", "Paparda del Pacífico", "Cololabis saira"),
    ("SBF", "Southern bluefin tuna", "Thon rouge du Sud", "Atún del sur", "Thunnus maccoyii"),
    ("HKE", "European hake", "Merlu européen", "Merluza europea", "Merluccius merluccius"),
)
FAO_AREAS: tuple[str, ...] = (
    "21",
    "27",
    "27.4.a",
    "27.7.j",
    "34",
    "41",
    "41.3.1",
    "47",
    "48.3",
    "51",
    "57",
)
FAO_AREAS += ("58.4.1", "58.5.1", "61", "67", "71", "77", "81", "87", "88.1")
RFMOS = ("IOTC", "WCPFC", "ICCAT", "IATTC", "CCAMLR", "SPRFMO", "NPFC", "SIOFA", "NAFO", "CCSBT")

# Gear as the vessel lists write it -> (ISSCFG code, English type, French type, Spanish type)
GEAR: dict[str, tuple[str, str, str, str]] = {
    "DRIFTING_LONGLINES": ("LLD", "Longliner", "Palangrier", "Palangrero"),
    "SET_LONGLINES": ("LLS", "Longliner", "Palangrier", "Palangrero"),
    "SQUID_JIGGER": ("LHM", "Squid jigger", "Turluttier", "Potero"),
    "TRAWLERS": ("OTB", "Trawler", "Chalutier", "Arrastrero"),
    "POLE_AND_LINE": ("LHP", "Pole and line vessel", "Canneur", "Cañero"),
    "TUNA_PURSE_SEINES": ("PS", "Purse seiner", "Senneur", "Cerquero"),
    "CARRIER": ("NO", "Fish carrier", "Transporteur de poisson", "Buque transportador"),
}
SHIPYARDS = (
    ("Zhejiang Zhenyu Shipbuilding", "Zhoushan", "CHN"),
    ("Mawei Shipyard", "Fuzhou", "CHN"),
    ("Rongcheng Shenfei Shipbuilding", "Rongcheng", "CHN"),
    ("Jong Shyn Shipbuilding", "Kaohsiung", "TWN"),
    ("Niigata Shipbuilding & Repair", "Niigata", "JPN"),
    ("Astilleros Armon", "Navia", "ESP"),
    ("Astilleros Zamakona", "Santurtzi", "ESP"),
    ("Yantar Shipyard", "Kaliningrad", "RUS"),
    ("Daedong Shipbuilding", "Busan", "KOR"),
    ("Havyard Ship Technology", "Leirvik", "NOR"),
)
CLASS_SOCIETIES: tuple[str, ...] = (
    "China Classification Society",
    "Nippon Kaiji Kyokai",
    "Bureau Veritas",
)
CLASS_SOCIETIES += ("Korean Register of Shipping", "Russian Maritime Register of Shipping")
CLASS_SOCIETIES += ("Lloyd's Register", "DNV", "Indian Register of Shipping")
P_AND_I: tuple[str, ...] = (
    "The Japan Ship Owners' Mutual P&I Association",
    "Gard P&I (Bermuda) Ltd",
)
P_AND_I += ("China Shipowners Mutual Assurance Association", "The Standard Club Asia Ltd")

MONTHS_EN: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
)
MONTHS_EN += ("September", "October", "November", "December")
MONTHS_FR: tuple[str, ...] = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
)
MONTHS_FR += ("septembre", "octobre", "novembre", "décembre")
MONTHS_ES: tuple[str, ...] = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
)
MONTHS_ES += ("septiembre", "octubre", "noviembre", "diciembre")

# EU fleet register: ISO3 -> ports as (name, port code, external-marking prefix), vessel names.
EU_PORTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "ESP": (
        ("Vigo", "ESVGO", "VI-5-"),
        ("A Coruña", "ESLCG", "CO-2-"),
        ("Bermeo", "ESBRM", "BI-2-"),
    ),
    "PRT": (("Peniche", "PTPEN", "PE-"), ("Aveiro", "PTAVE", "A-"), ("Matosinhos", "PTLEI", "MT-")),
    "FRA": (
        ("Concarneau", "FRCOC", "CC "),
        ("Lorient", "FRLRT", "LO "),
        ("Boulogne", "FRBOL", "BL "),
    ),
    "ITA": (
        ("Mazara del Vallo", "ITMZA", "MZ"),
        ("Ancona", "ITAOI", "AN"),
        ("Chioggia", "ITCHI", "CI"),
    ),
    "NLD": (
        ("Urk", "NLURK", "UK-"),
        ("Scheveningen", "NLSCE", "SCH-"),
        ("IJmuiden", "NLIJM", "IJM-"),
    ),
    "IRL": (
        ("Killybegs", "IEKBS", "D "),
        ("Castletownbere", "IECTB", "SO "),
        ("Dublin", "IEDUB", "D "),
    ),
    "DNK": (("Hirtshals", "DKHIR", "HG "), ("Skagen", "DKSKA", "S "), ("Esbjerg", "DKEBJ", "E ")),
    "LTU": (("Klaipeda", "LTKLJ", "KLH-"),),
    "POL": (("Gdynia", "PLGDY", "GDY-"), ("Kolobrzeg", "PLKOL", "KOL-")),
    "GRC": (("Piraeus", "GRPIR", "PIR "), ("Kavala", "GRKVA", "KAV ")),
}
EU_NAMES: dict[str, tuple[str, ...]] = {
    "ESP": (
        "NUEVO VIRGEN DE LOURDES",
        "PLAYA DE TAMBO",
        "ARGOS PEREIRA",
        "MAR DE FRAGA",
        "AVELINA",
    ),
    "PRT": ("SANTA MARIA MANUELA", "PRAIA DA SAUDADE", "MAR PORTUGUÊS", "JOÃO VIEIRA"),
    "FRA": ("BUGALED BREIZH", "AVEL VOR", "LA PERLE DES ILES", "NOTRE DAME DU ROSAIRE"),
    "ITA": ("ANTONINO PRIMO", "MARIA MADRE", "NUOVA SPERANZA", "GIUSEPPE PADRE"),
    "NLD": ("JOHANNA", "WILLEMPJE HOEKSTRA", "ALBERTINA", "JACOB VAN DEN BERG"),
    "IRL": ("ATLANTIC DAWN", "GIRL ORLA", "CISTEIR NA MARA", "SEAGULL"),
    "DNK": ("KRISTINE HOVGAARD", "ISAFOLD", "RUTH", "BEINIR"),
    "LTU": ("MARGIRIS", "BARAKUDA", "KLAIPEDA"),
    "POL": ("ATLANTIC FISHER", "DALMOR", "GDANSK"),
    "GRC": ("AGIOS NIKOLAOS", "PANAGIA", "ELENI"),
}
# RFMO -> FAO areas of its convention area (for prose that names both).
RFMO_AREAS: dict[str, tuple[str, ...]] = {
    "IOTC": ("51", "57"),
    "WCPFC": ("61", "71", "77", "81"),
    "ICCAT": ("21", "27", "34", "41", "47"),
    "IATTC": ("77", "87"),
    "CCAMLR": ("48.3", "58.4.1", "58.5.1", "88.1"),
    "SPRFMO": ("81", "87"),
    "NPFC": ("61", "67", "77"),
    "SIOFA": ("51", "57"),
    "NAFO": ("21",),
    "CCSBT": ("47", "57", "81"),
}
