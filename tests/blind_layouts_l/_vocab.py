"""Hand-written vocabulary for blind set L: countries, places, people, companies, wordings.

Written from general knowledge of fishing-vessel paperwork; nothing here is read from the
extractor. Ports' UN/LOCODEs are the public codes as the author knows them.
"""

from __future__ import annotations

# ISO3 -> (English, Spanish, French, long English form)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("China", "China", "Chine", "People's Republic of China"),
    "TWN": ("Chinese Taipei", "Taipei Chino", "Taipei chinois", "Taiwan, Province of China"),
    "JPN": ("Japan", "Japón", "Japon", "Japan"),
    "KOR": ("Korea", "República de Corea", "République de Corée", "Republic of Korea"),
    "RUS": ("Russia", "Rusia", "Russie", "Russian Federation"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie", "Republic of Indonesia"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu", "Republic of Vanuatu"),
    "PAN": ("Panama", "Panamá", "Panama", "Republic of Panama"),
    "NOR": ("Norway", "Noruega", "Norvège", "Kingdom of Norway"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas", "Commonwealth of the Bahamas"),
    "AUS": ("Australia", "Australia", "Australie", "Commonwealth of Australia"),
    "ESP": ("Spain", "España", "Espagne", "Kingdom of Spain"),
    "FRA": ("France", "Francia", "France", "French Republic"),
    "PRT": ("Portugal", "Portugal", "Portugal", "Portuguese Republic"),
    "MHL": (
        "Marshall Islands",
        "Islas Marshall",
        "Îles Marshall",
        "Republic of the Marshall Islands",
    ),
    "LBR": ("Liberia", "Liberia", "Libéria", "Republic of Liberia"),
    "BLZ": ("Belize", "Belice", "Belize", "Belize"),
    "TGO": ("Togo", "Togo", "Togo", "Togolese Republic"),
    "CMR": ("Cameroon", "Camerún", "Cameroun", "Republic of Cameroon"),
    "SLE": ("Sierra Leone", "Sierra Leona", "Sierra Leone", "Republic of Sierra Leone"),
    "COM": ("Comoros", "Comoras", "Comores", "Union of the Comoros"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles", "Republic of Seychelles"),
    "MUS": ("Mauritius", "Mauricio", "Maurice", "Republic of Mauritius"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati", "Republic of Kiribati"),
    "FSM": ("Micronesia", "Micronesia", "Micronésie", "Federated States of Micronesia"),
    "PHL": ("Philippines", "Filipinas", "Philippines", "Republic of the Philippines"),
    "ECU": ("Ecuador", "Ecuador", "Équateur", "Republic of Ecuador"),
    "PER": ("Peru", "Perú", "Pérou", "Republic of Peru"),
    "ARG": ("Argentina", "Argentina", "Argentine", "Argentine Republic"),
    "URY": ("Uruguay", "Uruguay", "Uruguay", "Oriental Republic of Uruguay"),
    "SEN": ("Senegal", "Senegal", "Sénégal", "Republic of Senegal"),
    "MRT": ("Mauritania", "Mauritania", "Mauritanie", "Islamic Republic of Mauritania"),
    "NAM": ("Namibia", "Namibia", "Namibie", "Republic of Namibia"),
    "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud", "Republic of South Africa"),
    "FJI": ("Fiji", "Fiyi", "Fidji", "Republic of Fiji"),
    "SGP": ("Singapore", "Singapur", "Singapour", "Republic of Singapore"),
    "HKG": ("Hong Kong, China", "Hong Kong (China)", "Hong Kong (Chine)", "Hong Kong, China"),
    "THA": ("Thailand", "Tailandia", "Thaïlande", "Kingdom of Thailand"),
    "USA": ("United States", "Estados Unidos", "États-Unis", "United States of America"),
    "NZL": ("New Zealand", "Nueva Zelandia", "Nouvelle-Zélande", "New Zealand"),
    "CHL": ("Chile", "Chile", "Chili", "Republic of Chile"),
    "CPV": ("Cabo Verde", "Cabo Verde", "Cabo Verde", "Republic of Cabo Verde"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", "Republic of Côte d'Ivoire"),
    "GHA": ("Ghana", "Ghana", "Ghana", "Republic of Ghana"),
    "MDG": ("Madagascar", "Madagascar", "Madagascar", "Republic of Madagascar"),
    "GAB": ("Gabon", "Gabón", "Gabon", "Gabonese Republic"),
    "GNB": ("Guinea-Bissau", "Guinea-Bissau", "Guinée-Bissau", "Republic of Guinea-Bissau"),
}
# Flags a vessel may have left before its present one (former identities are invented).
FORMER_FLAGS = (
    "PAN",
    "VUT",
    "BLZ",
    "TGO",
    "CMR",
    "SLE",
    "COM",
    "KOR",
    "JPN",
    "TWN",
    "CHN",
    "LBR",
    "PHL",
    "IDN",
    "SEN",
    "GHA",
)
FORMER_NAMES = (
    "OCEAN STAR 8",
    "SEA BREEZE NO.3",
    "PESCAMAR UNO",
    "LUCKY FORTUNE 12",
    "KAIYO MARU NO.18",
    "DONG WON 517",
    "GOLDEN WAVE",
    "NUEVO ALBORAN",
    "HAI FENG 6",
    "SUNRISE 88",
    "AFRICAN QUEEN II",
    "MARIA DEL PILAR",
    "TAI YUAN 227",
    "ORIENT PEARL",
    "NORTHERN LIGHT 2",
    "SHIN JIN NO.21",
)

# ISO3 -> (street, city, state or province or None, postcode or None)
ADDRESSES: dict[str, tuple[tuple[str, str, str | None, str | None], ...]] = {
    "CHN": (
        ("No. 88 Jiangbin Middle Avenue, Mawei District", "Fuzhou", "Fujian", "350015"),
        ("Room 1203, 45 Zhongshan East Road", "Zhoushan", "Zhejiang", "316000"),
        ("No. 6 Haibin Road, Shidao Town", "Rongcheng", "Shandong", "264309"),
        ("17F, 1 Gangwan Street, Zhongshan District", "Dalian", "Liaoning", "116001"),
    ),
    "TWN": (
        ("No. 3, Yugang E. 2nd Rd., Qianzhen Dist.", "Kaohsiung", None, "806"),
        ("5F, No. 120, Zhongzheng 4th Rd., Qianjin Dist.", "Kaohsiung", None, "801"),
        ("No. 21, Nanfang Rd., Su'ao Township", "Su'ao", "Yilan County", "270"),
    ),
    "JPN": (
        ("2-5-1 Kaigan, Minato-ku", "Tokyo", None, "105-0022"),
        ("3-14 Minato-machi", "Kesennuma", "Miyagi", "988-0037"),
        ("1-8 Shinminato", "Yaizu", "Shizuoka", "425-0021"),
    ),
    "KOR": (
        ("12 Chungjang-daero, Jung-gu", "Busan", None, "48939"),
        ("88 Wonyang-ro, Yeongdo-gu", "Busan", None, "49112"),
    ),
    "RUS": (
        ("ul. Svetlanskaya, 72", "Vladivostok", "Primorsky Krai", "690091"),
        ("ul. Leningradskaya, 35", "Petropavlovsk-Kamchatsky", "Kamchatka Krai", "683003"),
    ),
    "ESP": (
        ("Avenida de Beiramar, 59", "Vigo", "Pontevedra", "36202"),
        ("Calle Muelle de Ribera, 12", "Bermeo", "Bizkaia", "48370"),
    ),
    "AUS": (
        ("12 Franklin Wharf", "Hobart", "TAS", "7000"),
        ("Lot 4 Proper Bay Road", "Port Lincoln", "SA", "5606"),
    ),
    "IDN": (("Jl. Muara Baru Ujung No. 3, Penjaringan", "Jakarta Utara", "DKI Jakarta", "14440"),),
    "MHL": (("Trust Company Complex, Ajeltake Road", "Majuro", None, "MH96960"),),
    "PAN": (("Calle 50 y Calle 74, Edificio Global Plaza, piso 12", "Panama City", None, None),),
    "SYC": (("Suite 203, Victoria House, State House Avenue", "Victoria", "Mahé", None),),
    "MUS": (("Level 3, Ebene Tower, Cybercity", "Ebene", None, "72201"),),
    "HKG": (
        ("Room 1502, 15/F, Wing On Centre, 111 Connaught Road Central", "Hong Kong", None, None),
    ),
    "SGP": (("80 Robinson Road, #10-01", "Singapore", None, "068898"),),
    "VUT": (("Govant Building, Kumul Highway", "Port Vila", "Shefa", None),),
}
OFFSHORE = ("MHL", "PAN", "SYC", "MUS", "HKG", "SGP")
COMPANIES: dict[str, tuple[str, ...]] = {
    "CHN": (
        "Zhoushan Hongyuan Ocean Fishery Co., Ltd.",
        "Fujian Haixin Pelagic Fishery Co., Ltd.",
        "Rongcheng Dongfang Ocean Fishing Co., Ltd.",
        "Dalian Lianhai Fishery Co., Ltd.",
    ),
    "TWN": (
        "Hsin Chang Fishery Co., Ltd.",
        "Yi Sheng Ocean Enterprise Co., Ltd.",
        "Kuo Jeng Marine Services Ltd.",
    ),
    "JPN": ("Taiyo Gyogyo K.K.", "Kesennuma Enyo Gyogyo Co., Ltd.", "Yaizu Suisan Kaisha Ltd."),
    "KOR": ("Dongyang Fisheries Co., Ltd.", "Sajo Oceanic Co., Ltd."),
    "RUS": ("Okeanrybflot JSC", "Akros Fishing Company LLC", "Primorye Trawl Fleet Ltd."),
    "ESP": ("Pesquerías Nores Marín S.L.", "Atunera Bermeana S.A.", "Armadores del Atlántico S.L."),
    "AUS": ("Southern Ocean Harvest Pty Ltd", "Tasman Longline Co. Pty Ltd"),
    "OFFSHORE": (
        "Blue Horizon Maritime Inc.",
        "Pacific Star Holdings Ltd.",
        "Oceanic Trust S.A.",
        "Meridian Fishing Ventures Ltd.",
        "Golden Pearl Shipping Corp.",
    ),
}
AGENTS = (
    "Seychelles Fishing Agencies (Pty) Ltd",
    "Mauritius Marine Services Ltd",
    "Agence Maritime de l'Ouest S.A.",
    "Consignataria Atlántica S.L.",
    "Pacific Fishing Agency (Kiribati) Ltd",
    "Dakar Shipping Agency S.A.",
)
PEOPLE = (
    "Zhang Wei",
    "Chen Jianhua",
    "Lin Mingde",
    "Huang Chih-Ming",
    "Tsai Wen-Hsiung",
    "Takahashi Kenji",
    "Sato Hiroshi",
    "Kim Dong-hyun",
    "Sergey V. Morozov",
    "Andrei Kuznetsov",
    "José Manuel Otero Lago",
    "María del Carmen Rial",
    "Jean-Yves Le Goff",
    "Anne Kerhervé",
    "Peter J. Walsh",
    "Ramón Iglesias Castro",
)
OFFICIALS = (
    "Capt. R. Ramgoolam",
    "Dr. Aisha Mohamed",
    "Ms. Julie Hoareau",
    "M. Ibrahima Diop",
    "Sra. Lucía Fernández Díaz",
    "Mr. Tevita Fifita",
    "Mr. Daniel Okonkwo",
    "Dra. Paula Benítez",
    "Mme Sandrine Payet",
    "Mr. Kaio Tiira",
)
# (port, UN/LOCODE, ISO3)
PORTS = (
    ("Port Louis", "MUPLU", "MUS"),
    ("Las Palmas de Gran Canaria", "ESLPA", "ESP"),
    ("Busan", "KRPUS", "KOR"),
    ("Cape Town", "ZACPT", "ZAF"),
    ("Montevideo", "UYMVD", "URY"),
    ("Port Victoria", "SCPOV", "SYC"),
    ("Walvis Bay", "NAWVB", "NAM"),
    ("Suva", "FJSUV", "FJI"),
    ("Dakar", "SNDKR", "SEN"),
    ("Nouadhibou", "MRNDB", "MRT"),
    ("Abidjan", "CIABJ", "CIV"),
    ("Tema", "GHTEM", "GHA"),
    ("Callao", "PECLL", "PER"),
    ("Manta", "ECMEC", "ECU"),
    ("Vigo", "ESVGO", "ESP"),
    ("Singapore", "SGSIN", "SGP"),
    ("Majuro", "MHMAJ", "MHL"),
    ("Pohnpei", "FMPNI", "FSM"),
    ("Tarawa", "KITRW", "KIR"),
    ("Mindelo", "CVMIN", "CPV"),
    ("Punta Arenas", "CLPUQ", "CHL"),
    ("Mar del Plata", "ARMDQ", "ARG"),
    ("Hobart", "AUHBA", "AUS"),
)
# (ASFIS code, English, Spanish, French)
SPECIES = (
    ("YFT", "Yellowfin tuna", "Rabil", "Albacore"),
    ("BET", "Bigeye tuna", "Patudo", "Thon obèse"),
    ("SKJ", "Skipjack tuna", "Listado", "Listao"),
    ("ALB", "Albacore", "Atún blanco", "Germon"),
    ("SWO", "Swordfish", "Pez espada", "Espadon"),
    ("BSH", "Blue shark", "Tintorera", "Peau bleue"),
    ("OFJ", "Neon flying squid", "Pota saltadora", "Encornet volant"),
    ("GIS", "Jumbo flying squid", "Jibia gigante", "Encornet géant"),
    ("SAP", "Pacific saury", "Paparda del Pacífico", "Balaou du Pacifique"),
    ("CJM", "Chilean jack mackerel", "Jurel chileno", "Chinchard du Chili"),
    ("TOP", "Patagonian toothfish", "Austromerluza negra", "Légine australe"),
    ("MAS", "Chub mackerel", "Estornino", "Maquereau espagnol"),
)
# acronym -> (English name, Spanish name, French name, FAO major areas it covers)
RFMOS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "IOTC": (
        "Indian Ocean Tuna Commission",
        "Comisión del Atún para el Océano Índico",
        "Commission des thons de l'océan Indien",
        ("51", "57"),
    ),
    "WCPFC": (
        "Western and Central Pacific Fisheries Commission",
        "Comisión de Pesca del Pacífico Occidental y Central",
        "Commission des pêches du Pacifique occidental et central",
        ("71", "77", "81"),
    ),
    "ICCAT": (
        "International Commission for the Conservation of Atlantic Tunas",
        "Comisión Internacional para la Conservación del Atún Atlántico",
        "Commission internationale pour la conservation des thonidés de l'Atlantique",
        ("21", "27", "31", "34", "41", "47"),
    ),
    "NPFC": (
        "North Pacific Fisheries Commission",
        "Comisión de Pesca del Pacífico Norte",
        "Commission des pêches du Pacifique Nord",
        ("61", "67"),
    ),
    "SPRFMO": (
        "South Pacific Regional Fisheries Management Organisation",
        "Organización Regional de Ordenación Pesquera del Pacífico Sur",
        "Organisation régionale de gestion des pêches du Pacifique Sud",
        ("81", "87"),
    ),
    "IATTC": (
        "Inter-American Tropical Tuna Commission",
        "Comisión Interamericana del Atún Tropical",
        "Commission interaméricaine du thon tropical",
        ("77", "87"),
    ),
}
REGISTRIES: dict[str, str] = {
    "CHN": "Bureau of Fisheries, Ministry of Agriculture and Rural Affairs",
    "TWN": "Fisheries Agency, Ministry of Agriculture",
    "JPN": "Fisheries Agency, Ministry of Agriculture, Forestry and Fisheries",
    "KOR": "Ministry of Oceans and Fisheries",
    "RUS": "Federal Agency for Fishery (Rosrybolovstvo)",
    "VUT": "Vanuatu Maritime Authority, Office of the Deputy Commissioner",
    "PAN": "Autoridad Marítima de Panamá, Dirección General de Marina Mercante",
    "AUS": "Australian Maritime Safety Authority, Australian Shipping Registration Office",
    "ESP": "Dirección General de la Marina Mercante, Registro de Buques",
    "IDN": "Directorate General of Capture Fisheries",
    "NOR": "Norwegian International Ship Register",
}
MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
PLACEHOLDERS = {
    "en": ("N/A", "n/a", "—", "-", "Not assigned", "None", "NIL", "Unknown"),
    "es": ("N/D", "—", "Sin asignar", "No consta", "-"),
    "fr": ("N/D", "—", "Néant", "Non attribué", "-"),
}
GEAR_WORDS = {
    "DRIFTING_LONGLINES": ("drifting longlines", "palangre de deriva", "palangre dérivante"),
    "SET_LONGLINES": ("set longlines", "palangre calado", "palangre calée"),
    "SQUID_JIGGER": ("jigging (squid)", "poteras (calamar)", "turluttes (calmar)"),
    "TRAWLERS": ("bottom trawl", "arrastre de fondo", "chalut de fond"),
    "TUNA_PURSE_SEINES": ("purse seine", "cerco con jareta", "senne coulissante"),
    "POLE_AND_LINE": ("pole and line", "caña y línea", "canne"),
    "CARRIER": ("carrier (no gear)", "buque de transporte", "navire transporteur"),
}
SHIPYARDS: dict[str, tuple[str, ...]] = {
    "CHN": (
        "Fujian Mawei Shipbuilding, Fuzhou",
        "Zhejiang Ocean Family Shipyard, Zhoushan",
        "Rongcheng Shipyard, Shandong",
    ),
    "TWN": ("Jong Shyn Shipbuilding, Kaohsiung", "Lung Teh Shipbuilding, Su'ao"),
    "JPN": ("Niigata Shipbuilding, Niigata", "Miho Shipyard, Shimizu"),
    "KOR": ("Daedong Shipbuilding, Busan",),
    "ESP": ("Astilleros Armón, Vigo", "Astilleros Murueta, Gernika"),
    "RUS": ("Yantar Shipyard, Kaliningrad",),
    "NOR": ("Kleven Verft, Ulsteinvik",),
}

# --- wordings ---------------------------------------------------------------------------------
HULL_TYPES = ("Steel", "Steel hull, welded", "Fibreglass-reinforced plastic", "Steel / aluminium")
VESSEL_TYPES = {
    "DRIFTING_LONGLINES": "Tuna longliner",
    "SET_LONGLINES": "Longliner",
    "SQUID_JIGGER": "Squid jigger",
    "TRAWLERS": "Stern trawler",
    "TUNA_PURSE_SEINES": "Tuna purse seiner",
    "POLE_AND_LINE": "Pole-and-line vessel",
    "CARRIER": "Refrigerated fish carrier",
}
ENGINES = (
    "Yanmar 6N21AL",
    "Daihatsu 6DKM-20",
    "Niigata 6M28BFT",
    "Wärtsilä 6L20",
    "MAN B&W 6L23/30",
    "Cummins KTA50-M2",
    "Mitsubishi S6R2-MTK3L",
    "Weichai 8170ZC",
)
DOCUMENTS = (
    "Certificate of deletion from the previous register",
    "Builder's certificate",
    "International Tonnage Certificate (1969)",
    "Bill of sale (notarised)",
    "Certificate of incorporation of the applicant",
    "Radio station licence",
    "Photographs of the vessel (port side, starboard side, stern)",
    "Evidence of payment of the registration fee",
)
DELETION_REASONS = {
    "sold": (
        "sold to foreign owners",
        "vendido a armadores extranjeros",
        "vendu à des propriétaires étrangers",
    ),
    "transfer": (
        "transferred to a foreign flag at the owner's request",
        "cambio de pabellón a solicitud del propietario",
        "changement de pavillon à la demande du propriétaire",
    ),
    "scrapped": ("broken up (scrapped)", "desguazado", "démoli (déchirage)"),
    "lost": ("total loss (sunk)", "pérdida total (hundimiento)", "perte totale (naufrage)"),
}
MORTGAGEES = (
    "Bank of China, Fuzhou Branch",
    "Mega International Commercial Bank",
    "Banco Santander S.A.",
    "The Norinchukin Bank",
    "Export-Import Bank of Korea",
    "Sberbank PJSC",
    "Crédit Agricole Bretagne",
)
# Registries that issue papers in Spanish or French: ISO3 -> (State heading, registry, city)
REGISTRIES_ES = {
    "PAN": ("REPÚBLICA DE PANAMÁ", "Autoridad Marítima de Panamá — Registro de Naves", "Panamá"),
    "ESP": ("REINO DE ESPAÑA", "Capitanía Marítima de Vigo — Registro de Buques", "Vigo"),
    "ECU": ("REPÚBLICA DEL ECUADOR", "Subsecretaría de Puertos — Registro de Naves", "Manta"),
    "PER": ("REPÚBLICA DEL PERÚ", "Dirección General de Capitanías y Guardacostas", "Callao"),
    "URY": ("REPÚBLICA ORIENTAL DEL URUGUAY", "Prefectura Nacional Naval — Registro", "Montevideo"),
}
REGISTRIES_FR = {
    "TGO": (
        "RÉPUBLIQUE TOGOLAISE",
        "Direction des Affaires Maritimes — Registre des navires",
        "Lomé",
    ),
    "CMR": (
        "RÉPUBLIQUE DU CAMEROUN",
        "Direction des Affaires Maritimes et des Voies Navigables",
        "Douala",
    ),
    "COM": ("UNION DES COMORES", "Agence Nationale des Affaires Maritimes", "Moroni"),
    "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "Agence Nationale des Affaires Maritimes", "Dakar"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "Direction des affaires maritimes — Registre", "Concarneau"),
    "GAB": ("RÉPUBLIQUE GABONAISE", "Direction Générale de la Marine Marchande", "Libreville"),
}
# Ports of registry of the flags a vessel may have left (printed, never labelled as home port)
REGISTRY_PORTS = {
    "PAN": "Panamá",
    "VUT": "Port Vila",
    "BLZ": "Belize City",
    "TGO": "Lomé",
    "CMR": "Douala",
    "SLE": "Freetown",
    "COM": "Moroni",
    "KOR": "Busan",
    "JPN": "Yaizu",
    "TWN": "Kaohsiung",
    "CHN": "Zhoushan",
    "LBR": "Monrovia",
    "PHL": "General Santos",
    "IDN": "Benoa",
    "SEN": "Dakar",
    "GHA": "Tema",
    "ESP": "Vigo",
    "ECU": "Manta",
    "PER": "Callao",
    "URY": "Montevideo",
    "FRA": "Concarneau",
    "GAB": "Libreville",
}
# --- compliance committee ---------------------------------------------------------------------
COMMITTEES = {
    "IOTC": ("Compliance Committee (CoC)", "Mahé, Seychelles", "IOTC-{y}-CoC{n}-{d}"),
    "WCPFC": (
        "Technical and Compliance Committee (TCC)",
        "Pohnpei, Federated States of Micronesia",
        "WCPFC-TCC{n}-{y}-CMR{d}",
    ),
    "ICCAT": ("Compliance Committee (COC)", "Madrid, Spain", "COC-{d}{n}/{y}"),
    "NPFC": ("Technical and Compliance Committee", "Tokyo, Japan", "NPFC-{y}-TCC{n}-WP{d}"),
    "SPRFMO": ("Compliance and Technical Committee", "Wellington, New Zealand", "CTC{n}-Doc{d}"),
    "IATTC": (
        "Committee for the Review of Implementation of Measures",
        "La Jolla, United States",
        "COR-{n}-{d}",
    ),
}
INFRINGEMENTS = (
    "Fishing without valid authorisation ({m} para {p})",
    "Transhipment at sea without observer ({m} para {p})",
    "VMS positions not reported for 72 h ({m} para {p})",
    "Fins on board exceed 5% of shark weight ({m} para {p})",
    "Fishing during FAD closure period ({m} para {p})",
    "Logbook data submitted late ({m} para {p})",
    "Unmarked fishing gear deployed ({m} para {p})",
    "IMO number not displayed on hull ({m} para {p})",
    "Observer coverage below required level ({m} para {p})",
    "Refusal of boarding by authorised inspector ({m} para {p})",
)
MEASURES = {
    "IOTC": ("Res. 19/04", "Res. 23/05", "Res. 17/05", "Res. 15/03"),
    "WCPFC": ("CMM 2009-06", "CMM 2014-02", "CMM 2021-01", "CMM 2018-05"),
    "ICCAT": ("Rec. 16-15", "Rec. 18-09", "Rec. 19-02", "Rec. 04-10"),
    "NPFC": ("CMM 2024-01", "CMM 2023-05", "CMM 2019-11"),
    "SPRFMO": ("CMM 06-2020", "CMM 02-2022", "CMM 16-2023"),
    "IATTC": ("Res. C-14-02", "Res. C-21-04", "Res. C-11-08"),
}
CPC_RESPONSES = (
    "Investigation ongoing",
    "Fine of USD {a},000 imposed",
    "Licence suspended {n} months",
    "No infringement: VMS unit failure documented",
    "Awaiting flag CPC response",
    "Master warned; case closed",
    "Catch confiscated; owner prosecuted",
    "Authorisation revoked",
)
STATUSES = (
    "Open",
    "Closed",
    "Pending",
    "Flag investigation",
    "Carried over",
    "Resolved",
    "Under review",
)
# --- port State measures ----------------------------------------------------------------------
PORT_LANG = {
    "ESP": "es",
    "URY": "es",
    "PER": "es",
    "ECU": "es",
    "ARG": "es",
    "CHL": "es",
    "SEN": "fr",
    "MRT": "fr",
    "CIV": "fr",
}
PORT_AUTHORITIES = {
    "en": (
        "Ministry of Fisheries and Marine Resources — PSMA Competent Authority",
        "Department of Fisheries, Port State Measures Unit",
        "Ministry of Blue Economy, Fisheries Monitoring Centre",
    ),
    "es": (
        "Secretaría General de Pesca — Autoridad competente del Acuerdo MERP",
        "Dirección Nacional de Recursos Acuáticos — Unidad de Medidas del Estado Rector del Puerto",
    ),
    "fr": (
        "Ministère des Pêches et de l'Économie maritime — Direction de la Protection et de la "
        "Surveillance des Pêches",
        "Direction des Pêches Maritimes — Cellule MERP",
    ),
}
DENIAL_TITLES = {
    "en": ("NOTICE OF DENIAL OF ENTRY INTO PORT", "NOTIFICATION OF DENIAL OF USE OF PORT"),
    "es": (
        "NOTIFICACIÓN DE DENEGACIÓN DE ENTRADA A PUERTO",
        "NOTIFICACIÓN DE DENEGACIÓN DEL USO DEL PUERTO",
    ),
    "fr": ("NOTIFICATION DE REFUS D'ENTRÉE AU PORT", "NOTIFICATION DE REFUS D'UTILISATION DU PORT"),
}
DENIAL_BASIS = {
    "en": "(Article {a} of the FAO Agreement on Port State Measures to Prevent, Deter and "
    "Eliminate Illegal, Unreported and Unregulated Fishing)",
    "es": "(Artículo {a} del Acuerdo de la FAO sobre medidas del Estado rector del puerto "
    "destinadas a prevenir, desalentar y eliminar la pesca INDNR)",
    "fr": "(Article {a} de l'Accord de la FAO relatif aux mesures du ressort de l'État du port "
    "visant à prévenir, contrecarrer et éliminer la pêche INN)",
}
IUU_ACTIVITIES = (
    "Fishing in the Convention Area without authorisation and not on the Record of vessels",
    "Transhipment at sea with an unidentified carrier; no observer on board",
    "Fishing for toothfish with gillnets in a closed area; false catch documentation",
    "Operating without VMS and with a falsified call sign",
    "Repeated use of false flags; fishing in the EEZ of a coastal State without licence",
)
# --- ship sanitation --------------------------------------------------------------------------
SANITATION_AREAS = (
    "Galley",
    "Pantry",
    "Stores",
    "Hold(s)/cargo",
    "Quarters - crew",
    "Quarters - officers",
    "Quarters - deck",
    "Potable water",
    "Sewage",
    "Ballast tanks",
    "Solid and medical waste",
    "Standing water",
    "Engine room",
    "Medical facilities",
    "Fish holds / freezer rooms",
)
EVIDENCE = (
    "Live cockroaches (Blattella germanica)",
    "Rodent droppings near dry stores",
    "Mosquito larvae in standing water",
    "Expired food items in cold store",
    "Mould on bulkheads and deckhead",
    "Faecal coliforms in tap sample",
    "Blocked scuppers, stagnant water",
    "Flies in garbage area",
)
NIL_EVIDENCE = ("None", "NIL", "No evidence", "None found", "-")
CONTROL_MEASURES = (
    "Disinsection (spraying)",
    "Deratting - baits placed",
    "Cleaning and disinfection",
    "Food removed and destroyed",
    "Tanks flushed and chlorinated",
    "Larvicide applied",
)
DOCS_REVIEWED = (
    "Potable water log",
    "Pest control log",
    "Medical log",
    "Garbage record book",
    "Ballast water record",
    "Food safety plan",
    "Maritime Declaration of Health",
)
SANITATION_NOTES = (
    "(1)(a) Evidence of infection or contamination, including: vectors in all stages of growth; "
    "animal reservoirs for vectors; rodents or other species that could carry human disease, "
    "microbiological, chemical and other risks to human health; signs of inadequate sanitary "
    "measures. (b) Information concerning any human cases (to be included in the Maritime "
    "Declaration of Health).",
    "(2) Results from samples taken on board. Analysis to be provided to ship's master by most "
    "expedient means and, if re-inspection is required, to the next appropriate port of call.",
    "Ship sanitation control exemption certificates and ship sanitation control certificates are "
    "valid for a maximum of six months, but the validity period may be extended by one month if "
    "inspection cannot be carried out at the port and there is no evidence of infection or "
    "contamination.",
)
# --- partnership agreements -------------------------------------------------------------------
EU_FLAGS = ("ESP", "FRA", "PRT", "ITA", "IRL", "NLD", "DEU", "POL", "LTU", "GRC", "MLT", "CYP")
COASTAL = {  # coastal State -> (language, English name of the agreement partner, FAO area)
    "SYC": ("en", "the Republic of Seychelles", "51"),
    "MUS": ("en", "the Republic of Mauritius", "51"),
    "KIR": ("en", "the Republic of Kiribati", "71"),
    "MDG": ("fr", "la République de Madagascar", "51"),
    "SEN": ("fr", "la République du Sénégal", "34"),
    "MRT": ("fr", "la République islamique de Mauritanie", "34"),
    "CIV": ("fr", "la République de Côte d'Ivoire", "34"),
    "GAB": ("fr", "la République gabonaise", "34"),
}
CATEGORIES = {
    "TUNA_PURSE_SEINES": ("Category 1 — Tuna purse seiners", "Catégorie 1 — Thoniers senneurs"),
    "DRIFTING_LONGLINES": (
        "Category 2 — Surface longliners",
        "Catégorie 2 — Palangriers de surface",
    ),
    "POLE_AND_LINE": ("Category 3 — Pole-and-line tuna vessels", "Catégorie 3 — Thoniers canneurs"),
    "TRAWLERS": ("Category 5 — Demersal trawlers", "Catégorie 5 — Chalutiers démersaux"),
    "SQUID_JIGGER": ("Category 6 — Cephalopod vessels", "Catégorie 6 — Céphalopodiers"),
    "CARRIER": ("Category 7 — Support vessels", "Catégorie 7 — Navires d'appui"),
}
ACCESS_PARTNERS = {
    "CHN": "the China Overseas Fisheries Association",
    "TWN": "the Taiwan Tuna Longline Association",
    "JPN": "the Federation of Japan Tuna Fisheries Co-operative Associations",
    "KOR": "the Korea Overseas Fisheries Association",
}
OBSERVER_RULES = {
    "en": (
        "The vessel shall take on board an observer designated by the coastal State when so "
        "requested; the observer's daily allowance is paid by the owner.",
        "Observer coverage shall be at least 5% of the fishing days of the category; the "
        "master shall give the observer access to the bridge, the logbook and the catch.",
    ),
    "fr": (
        "Le navire embarque, sur demande, un observateur désigné par l'État côtier ; "
        "l'indemnité journalière de l'observateur est à la charge de l'armateur.",
        "La couverture d'observation est d'au moins 5 % des jours de pêche de la catégorie ; "
        "le capitaine donne accès à la passerelle, au journal de pêche et aux captures.",
    ),
}
CREW_RULES = {
    "en": (
        "At least 20% of the seamen signed on during the fishing season shall be nationals "
        "of the coastal State or of an ACP country.",
        "The ILO Declaration on Fundamental Principles and Rights at Work applies to all "
        "seamen engaged; wages shall not be lower than ILO standards.",
    ),
    "fr": (
        "Au moins 20 % des marins embarqués pendant la campagne de pêche sont des "
        "ressortissants de l'État côtier ou d'un pays ACP.",
        "La Déclaration de l'OIT relative aux principes et droits fondamentaux au travail "
        "s'applique de plein droit aux marins embarqués.",
    ),
}
# --- letters to RFMO secretariats -------------------------------------------------------------
RFMO_ADDRESSES = {
    "IOTC": "Le Chantier Mall, PO Box 1011, Victoria, Mahé, Seychelles",
    "WCPFC": "Kaselehlie Street, PO Box 2356, Kolonia, Pohnpei 96941, Federated States of "
    "Micronesia",
    "ICCAT": "Calle Corazón de María 8, 28002 Madrid, Spain",
    "NPFC": "Hakuyo Hall, 4-5-7 Konan, Minato-ku, Tokyo 108-8477, Japan",
    "SPRFMO": "PO Box 3797, Wellington 6140, New Zealand",
    "IATTC": "8901 La Jolla Shores Drive, La Jolla, California 92037-1509, USA",
}
LETTER_TITLES = {
    "en": (
        "Director, Fisheries Management Division",
        "Head of the Ship Registry",
        "Deputy Commissioner of Maritime Affairs",
    ),
    "es": ("Director General de Pesca", "Jefe del Registro de Buques"),
    "fr": ("Le Directeur des Pêches Maritimes", "Le Chef du Service du Registre"),
}
# --- AIS platforms ----------------------------------------------------------------------------
AIS_DESTINATIONS = (
    "PORT LOUIS",
    "ZHOUSHAN",
    "FISHING GROUND",
    "CNZOS>MUPLU",
    "KAOHSIUNG",
    "BUSAN",
    "LAS PALMAS",
    "MONTEVIDEO",
    "SUVA FJ",
    "CALLAO",
    "FOR ORDERS",
    "MAJURO",
    "PAGO PAGO",
    "TEMA GH",
    "",
    "NOUADHIBOU",
    "SG SIN",
    "WALVIS BAY",
)
AIS_STATUSES = (
    "Engaged in fishing",
    "Under way using engine",
    "At anchor",
    "Moored",
    "Restricted manoeuvrability",
    "Not defined",
)
AIS_FLEETS = (
    "Watchlist — high seas longliners",
    "SWIO port visits",
    "Squid fleet SE Pacific",
    "Carriers of interest",
    "RFMO record cross-check",
    "Patrol area 3",
)


# --- deletion certificates ---------------------------------------------------------------------
DELETION_KEYS = {
    "en": (
        "CERTIFICATE OF DELETION",
        "Certificate No.",
        "Name of ship",
        "Official number",
        "IMO number",
        "Call sign",
        "MMSI",
        "Port of registry",
        "Gross tonnage",
        "Length overall",
        "Year of build",
        "Date of registration",
        "Date of deletion",
        "Reason for deletion",
        "New flag",
        "New name",
        "Owner at the date of deletion",
        "Outstanding mortgages",
        "not known",
        "None",
    ),
    "es": (
        "CERTIFICADO DE CANCELACIÓN DE REGISTRO",
        "Certificado N.º",
        "Nombre de la nave",
        "Patente N.º",
        "Número OMI",
        "Distintivo de llamada",
        "MMSI",
        "Puerto de registro",
        "Arqueo bruto",
        "Eslora total",
        "Año de construcción",
        "Fecha de inscripción",
        "Fecha de cancelación",
        "Motivo de la cancelación",
        "Nuevo pabellón",
        "Nuevo nombre",
        "Propietario a la fecha de cancelación",
        "Hipotecas vigentes",
        "no consta",
        "Ninguna",
    ),
    "fr": (
        "CERTIFICAT DE RADIATION",
        "Certificat n°",
        "Nom du navire",
        "Numéro d'immatriculation",
        "Numéro OMI",
        "Indicatif d'appel",
        "MMSI",
        "Port d'immatriculation",
        "Jauge brute",
        "Longueur hors tout",
        "Année de construction",
        "Date d'immatriculation",
        "Date de radiation",
        "Motif de la radiation",
        "Nouveau pavillon",
        "Nouveau nom",
        "Propriétaire à la date de radiation",
        "Hypothèques en cours",
        "inconnu",
        "Néant",
    ),
}

DELETION_INTRO = {
    "en": "This is to certify that the ship described below was deleted from the register of "
    "{state} on the date shown, and that the entry has been closed.",
    "es": "Por medio del presente se CERTIFICA que la nave que se describe a continuación fue "
    "dada de baja, en la fecha indicada, del registro de buques (pabellón: {state}).",
    "fr": "Le soussigné certifie que le navire désigné ci-après a été radié, à la date "
    "indiquée, du registre d'immatriculation des navires (État du pavillon : {state}).",
}

DELETION_REMARKS = {  # (after a sale, after scrapping or loss)
    "en": (
        (
            "Remarks: issued for the purpose of registration of the ship under another flag.",
            "Remarks: the certificate of registry has been surrendered and cancelled.",
        ),
        (
            "Remarks: certificate of demolition produced by the ship recycling facility.",
            "Remarks: the owner's declaration of loss has been recorded.",
        ),
    ),
    "es": (
        (
            "Observaciones: se expide para su inscripción bajo otro pabellón.",
            "Observaciones: la patente de navegación original fue devuelta y anulada.",
        ),
        ("Observaciones: se presentó el certificado de desguace.",),
    ),
    "fr": (
        (
            "Observations : délivré en vue de l'immatriculation du navire sous un autre pavillon.",
            "Observations : l'acte de nationalité a été restitué et annulé.",
        ),
        ("Observations : certificat de démolition produit par le chantier.",),
    ),
}

DELETION_TYPE = {
    "en": ("Type of ship", ""),
    "es": ("Tipo de nave", "Buque pesquero"),
    "fr": ("Type de navire", "Navire de pêche"),
}

DELETION_TAIL = {  # flag line (scrapped), mortgage discharged, issued at, registrar
    "en": (
        "Flag at deletion:",
        " (discharged before closure)",
        "Issued at {place} on {day}.",
        "Registrar of Ships",
    ),
    "es": (
        "Pabellón:",
        " (cancelada antes del cierre)",
        "Expedido en {place}, el {day}.",
        "El Registrador",
    ),
    "fr": (
        "Pavillon :",
        " (mainlevée donnée avant radiation)",
        "Fait à {place}, le {day}.",
        "Le Chef du Registre",
    ),
}


def transcript_entries(lang: str) -> tuple[str, str, str, str, tuple[str, ...], str, str]:
    if lang == "es":
        return (
            "Primera inscripción a nombre de",
            "propietario",
            "Hipoteca naval a favor de",
            "acreedor hipotecario",
            (
                "Renovación de la patente de navegación",
                "Cambio de arqueo tras reforma",
                "Inspección anual de seguridad",
                "Renovación del certificado de radio",
            ),
            "Cancelación de la inscripción",
            "La presente transcripción se expide a petición del interesado y no prejuzga "
            "derechos de terceros. Cualquier enmienda o raspadura la invalida.",
        )
    if lang == "fr":
        return (
            "Première immatriculation au nom de",
            "propriétaire",
            "Hypothèque maritime au profit de",
            "créancier hypothécaire",
            (
                "Renouvellement de l'acte de nationalité",
                "Modification de jauge après travaux",
                "Visite annuelle de sécurité",
                "Renouvellement de la licence radio",
            ),
            "Radiation de l'immatriculation",
            "Le présent extrait est délivré à la demande de l'intéressé. Toute rature ou "
            "surcharge le rend nul. Document valable pour les formalités d'immatriculation.",
        )
    return (
        "First registration in the name of",
        "owner",
        "Mortgage registered in favour of",
        "mortgagee",
        (
            "Provisional certificate replaced by permanent certificate",
            "Re-measurement after conversion; tonnage amended",
            "Annual safety inspection",
            "Radio licence renewed",
        ),
        "Entry closed (deletion)",
        "This transcript is issued at the request of the owner and shows every entry made "
        "in the register in respect of the ship from the date of first registration to the "
        "date of closure. It is not evidence of title after that date.",
    )


# --- reflagging letters ------------------------------------------------------------------------
LETTER_W: dict[str, dict[str, str]] = {  # wording per language
    "en": {
        "ref": "Our ref.",
        "to": "The Executive Secretary",
        "subject": "Subject",
        "subj_change": "Change of flag of the fishing vessel ",
        "subj_delete": "Deletion of the fishing vessel ",
        "dear": "Dear Executive Secretary,",
        "change": "I wish to inform the Secretariat that the vessel described below was deleted "
        "from the register of ",
        "on": " on ",
        "now": " and now flies the flag of ",
        "delete": "I wish to inform the Secretariat that the vessel ",
        "deleted": " has been deleted from the national register of fishing vessels on ",
        "scrap": " following its scrapping.",
        "effective": "Effective",
        "request": "We therefore request that the Secretariat update the vessel's entry in the ",
        "record": " Record of authorised vessels (No. ",
        "auth": "The ",
        "auth_type": "fishing authorisation",
        "cancel": " issued by this Administration under No. ",
        "cancelled": " is cancelled with effect from the same date.",
        "close": "Yours faithfully,",
        "same": "unchanged",
    },
    "es": {
        "ref": "N/Ref.",
        "to": "Sr. Secretario Ejecutivo",
        "subject": "Asunto",
        "subj_change": "Cambio de pabellón del buque pesquero ",
        "subj_delete": "Baja del buque pesquero ",
        "dear": "Estimado Secretario Ejecutivo:",
        "change": "Me complace informar a la Secretaría de que el buque descrito a continuación "
        "fue dado de baja del registro de ",
        "on": " el ",
        "now": " y enarbola actualmente el pabellón de ",
        "delete": "Me complace informar a la Secretaría de que el buque ",
        "deleted": " fue dado de baja del registro nacional de buques pesqueros el ",
        "scrap": " tras su desguace.",
        "effective": "Fecha efectiva",
        "request": "Por consiguiente, solicitamos a la Secretaría que actualice la inscripción "
        "del buque en el Registro ",
        "record": " de buques autorizados (n.º ",
        "auth": "La ",
        "auth_type": "autorización de pesca",
        "cancel": " expedida por esta Administración con el n.º ",
        "cancelled": " queda anulada a partir de la misma fecha.",
        "close": "Atentamente,",
        "same": "sin cambios",
    },
    "fr": {
        "ref": "N/Réf.",
        "to": "Monsieur le Secrétaire exécutif",
        "subject": "Objet",
        "subj_change": "Changement de pavillon du navire de pêche ",
        "subj_delete": "Radiation du navire de pêche ",
        "dear": "Monsieur le Secrétaire exécutif,",
        "change": "J'ai l'honneur d'informer le Secrétariat que le navire décrit ci-après a été "
        "radié du registre de l'État suivant : ",
        "on": " le ",
        "now": " ; il bat désormais le pavillon suivant : ",
        "delete": "J'ai l'honneur d'informer le Secrétariat que le navire ",
        "deleted": " a été radié du registre national des navires de pêche le ",
        "scrap": " à la suite de sa démolition.",
        "effective": "Date d'effet",
        "request": "Je vous saurais gré de bien vouloir mettre à jour l'inscription du navire "
        "au registre ",
        "record": " des navires autorisés (n° ",
        "auth": "L'",
        "auth_type": "autorisation de pêche",
        "cancel": " délivrée par cette Administration sous le n° ",
        "cancelled": " est annulée à compter de la même date.",
        "close": "Veuillez agréer, Monsieur le Secrétaire exécutif, l'expression de ma haute "
        "considération.",
        "same": "inchangé",
    },
}

LETTER_COLS = {
    "en": ("", "Previous", "New"),
    "es": ("", "Anterior", "Nuevo"),
    "fr": ("", "Ancien", "Nouveau"),
}

LETTER_ROWS = {
    "en": ("Name", "Flag", "Call sign", "MMSI", "IMO number"),
    "es": ("Nombre", "Pabellón", "Distintivo de llamada", "MMSI", "Número OMI"),
    "fr": ("Nom", "Pavillon", "Indicatif d'appel", "MMSI", "Numéro OMI"),
}

LETTER_CC_DELETED = {
    "en": "Fisheries Monitoring Centre; Port State control unit",
    "es": "Centro de Seguimiento Pesquero; Capitanía Marítima",
    "fr": "Centre de surveillance des pêches ; Capitainerie",
}

LETTER_CC = {
    "en": "Flag State of the new registration; Fisheries Monitoring Centre",
    "es": "Estado del nuevo pabellón; Centro de Seguimiento Pesquero",
    "fr": "État du nouveau pavillon ; Centre de surveillance des pêches",
}


# --- technical sheets --------------------------------------------------------------------------
# owner, agent, name, flag, CFR, IMO, external marking, port, IRCS, MMSI, GT, LOA, power,
# year of build, licence category, type of authorisation, number, period, species, zone
SHEET_KEYS = {
    "en": (
        "Vessel owner",
        "Local agent",
        "Name of vessel",
        "Flag State",
        "CFR number",
        "IMO number",
        "External marking",
        "Port of registry",
        "Radio call sign (IRCS)",
        "MMSI",
        "Gross tonnage",
        "Length overall",
        "Engine power",
        "Year of build",
        "Fishing category",
        "Type of authorisation",
        "Authorisation No.",
        "Period of validity",
        "Target species",
        "Fishing zone",
        "from",
        "to",
    ),
    "fr": (
        "Armateur",
        "Agent local (consignataire)",
        "Nom du navire",
        "État du pavillon",
        "Numéro CFR",
        "Numéro OMI",
        "Marquage extérieur",
        "Port d'attache",
        "Indicatif d'appel radio (IRCS)",
        "MMSI",
        "Jauge brute",
        "Longueur hors tout",
        "Puissance motrice",
        "Année de construction",
        "Catégorie de pêche",
        "Type d'autorisation",
        "N° de l'autorisation",
        "Période de validité",
        "Espèces cibles",
        "Zone de pêche",
        "du",
        "au",
    ),
}

SHEET_EXTRA = {
    "en": ("Fish hold capacity", "Freezing capacity", "Crew on board", "VMS transponder"),
    "fr": ("Capacité des cales", "Capacité de congélation", "Équipage", "Balise VMS"),
}

SHEET_CENTRES = {
    "SYC": (-4.6, 55.5),
    "MUS": (-20.2, 57.5),
    "KIR": (1.3, 173.0),
    "MDG": (-18.9, 47.5),
    "SEN": (14.7, -17.4),
    "MRT": (20.9, -17.0),
    "CIV": (5.3, -4.0),
    "GAB": (-0.7, 8.8),
}

SHEET_ZONE_NOTES = {
    "en": (
        "Geodetic datum WGS 84. Fishing is prohibited within 12 nautical miles of the",
        "baselines and in the marine protected areas listed in Appendix 5. The master shall",
        "report entry into and exit from the zone 3 hours in advance to the Fisheries",
        "Monitoring Centre, giving position, catch on board by species in kg, and the name",
        "and number of the authorisation. Positions are transmitted by VMS every hour.",
    ),
    "fr": (
        "Système géodésique WGS 84. La pêche est interdite à moins de 12 milles marins des",
        "lignes de base et dans les aires marines protégées énumérées à l'appendice 5. Le",
        "capitaine notifie l'entrée et la sortie de la zone 3 heures à l'avance au Centre de",
        "surveillance des pêches, en indiquant la position, les captures détenues à bord par",
        "espèce en kg ainsi que le numéro de l'autorisation. Positions VMS toutes les heures.",
    ),
}

SHEET_REPORTING = {
    "en": "Catches are recorded daily in the logbook and transmitted by ERS within 24 hours of "
    "the end of each fishing day; a landing declaration is sent within 48 hours of landing.",
    "fr": "Les captures sont consignées chaque jour dans le journal de pêche et transmises par "
    "ERS dans les 24 heures ; une déclaration de débarquement suit dans les 48 heures.",
}

SHEET_AUTH = {
    "en": ("Fishing authorisation", "Annual fishing licence"),
    "fr": ("Autorisation de pêche", "Licence de pêche annuelle"),
}


# --- port entry denials ------------------------------------------------------------------------
# name, flag, IMO, call sign, MMSI, owner/operator, port, date of request, grounds, notified
DENIAL_KEYS = {
    "en": (
        "Name of vessel",
        "Flag State",
        "IMO number",
        "International radio call sign",
        "MMSI",
        "Owner / operator",
        "Port",
        "Date of request",
        "Grounds for the decision",
        "This notice is transmitted to",
    ),
    "es": (
        "Nombre del buque",
        "Estado del pabellón",
        "Número OMI",
        "Indicativo internacional de radio",
        "MMSI",
        "Propietario / operador",
        "Puerto",
        "Fecha de la solicitud",
        "Motivos de la decisión",
        "La presente notificación se transmite a",
    ),
    "fr": (
        "Nom du navire",
        "État du pavillon",
        "Numéro OMI",
        "Indicatif international d'appel radio",
        "MMSI",
        "Propriétaire / exploitant",
        "Port",
        "Date de la demande",
        "Motifs de la décision",
        "La présente notification est transmise à",
    ),
}

DENIAL_ROLES = {
    "en": ("owner", "operator"),
    "es": ("propietario", "operador"),
    "fr": ("propriétaire", "exploitant"),
}

DENIAL_GROUNDS = {
    "en": (
        "The vessel is included in the IUU vessel list adopted by ",
        " (listed on {d}).",
        "The vessel has not provided the information required under Annex A.",
    ),
    "es": (
        "El buque figura en la lista de buques INDNR adoptada por la OROP ",
        " (inscrito el {d}).",
        "El buque no ha facilitado la información exigida en el Anexo A.",
    ),
    "fr": (
        "Le navire est inscrit sur la liste des navires INN adoptée par l'ORGP ",
        " (inscrit le {d}).",
        "Le navire n'a pas fourni les informations requises à l'Annexe A.",
    ),
}

DENIAL_OTHERS = {
    "en": (
        "the competent authority of the flag State",
        "the Secretariat of ",
        "the Food and Agriculture Organization of the United Nations (FAO)",
    ),
    "es": (
        "la autoridad competente del Estado del pabellón",
        "la Secretaría de la OROP ",
        "la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO)",
    ),
    "fr": (
        "l'autorité compétente de l'État du pavillon",
        "le Secrétariat de l'ORGP ",
        "l'Organisation des Nations Unies pour l'alimentation et l'agriculture (FAO)",
    ),
}


# --- home ports -------------------------------------------------------------------------------
# UN/LOCODEs of ports of registry that appear in the vessel lists (as the author knows them)
PORT_CODES = {
    "KAOHSIUNG": "TWKHH",
    "ZHOUSHAN": "CNZOS",
    "FUZHOU": "CNFOC",
    "VLADIVOSTOK": "RUVVO",
    "NAKHODKA": "RUNJK",
    "PETROPAVLOVSK-KAMCHATSKIY": "RUPKC",
    "HOBART": "AUHBA",
    "FREMANTLE": "AUFRE",
    "VIGO": "ESVGO",
    "CADIZ": "ESCAD",
    "BUSAN": "KRPUS",
    "DALIAN": "CNDLC",
    "QINGDAO": "CNTAO",
    "SHANGHAI": "CNSHA",
    "PUSAN": "KRPUS",
}
