"""Hand-written vocabulary for blind set J: countries, places, people, companies, wordings.

Nothing here is imported from the extractor; vessel identities come from `load_vessels()` at run
time and are never written into this file.
"""

from __future__ import annotations

DASH = "\u2013"  # en dash, as word processors print it
EM = "\u2014"
BULLETS = ("\u2022", "\u25aa", "\u2013", "-", "o", "\u25b8")

# iso3: (iso2, English, Spanish, French, English adjective, Spanish adj. (m), French adj. (m))
COUNTRIES: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "CHN": ("CN", "China", "China", "Chine", "Chinese", "chino", "chinois"),
    "TWN": ("TW", "Taiwan", "Taiwán", "Taïwan", "Taiwanese", "taiwanés", "taïwanais"),
    "JPN": ("JP", "Japan", "Japón", "Japon", "Japanese", "japonés", "japonais"),
    "KOR": ("KR", "Republic of Korea", "República de Corea", "République de Corée", "", "", ""),
    "RUS": (
        "RU",
        "Russian Federation",
        "Federación de Rusia",
        "Fédération de Russie",
        "Russian",
        "ruso",
        "russe",
    ),
    "ESP": ("ES", "Spain", "España", "Espagne", "Spanish", "español", "espagnol"),
    "PRT": ("PT", "Portugal", "Portugal", "Portugal", "Portuguese", "portugués", "portugais"),
    "FRA": ("FR", "France", "Francia", "France", "French", "francés", "français"),
    "NOR": ("NO", "Norway", "Noruega", "Norvège", "Norwegian", "noruego", "norvégien"),
    "AUS": ("AU", "Australia", "Australia", "Australie", "Australian", "australiano", "australien"),
    "IDN": ("ID", "Indonesia", "Indonesia", "Indonésie", "Indonesian", "indonesio", "indonésien"),
    "PHL": ("PH", "Philippines", "Filipinas", "Philippines", "Philippine", "filipino", "philippin"),
    "PAN": ("PA", "Panama", "Panamá", "Panama", "Panamanian", "panameño", "panaméen"),
    "VUT": ("VU", "Vanuatu", "Vanuatu", "Vanuatu", "", "", ""),
    "LBR": ("LR", "Liberia", "Liberia", "Libéria", "Liberian", "liberiano", "libérien"),
    "BHS": ("BS", "Bahamas", "Bahamas", "Bahamas", "Bahamian", "bahameño", "bahaméen"),
    "BLZ": ("BZ", "Belize", "Belice", "Belize", "Belizean", "beliceño", "bélizien"),
    "TGO": ("TG", "Togo", "Togo", "Togo", "Togolese", "togolés", "togolais"),
    "SLE": ("SL", "Sierra Leone", "Sierra Leona", "Sierra Leone", "", "", ""),
    "KIR": ("KI", "Kiribati", "Kiribati", "Kiribati", "", "", ""),
    "PER": ("PE", "Peru", "Perú", "Pérou", "Peruvian", "peruano", "péruvien"),
    "CHL": ("CL", "Chile", "Chile", "Chili", "Chilean", "chileno", "chilien"),
    "ECU": ("EC", "Ecuador", "Ecuador", "Équateur", "Ecuadorian", "ecuatoriano", "équatorien"),
    "ARG": ("AR", "Argentina", "Argentina", "Argentine", "Argentine", "argentino", "argentin"),
    "SYC": ("SC", "Seychelles", "Seychelles", "Seychelles", "", "", ""),
    "MUS": ("MU", "Mauritius", "Mauricio", "Maurice", "Mauritian", "mauriciano", "mauricien"),
    "URY": ("UY", "Uruguay", "Uruguay", "Uruguay", "Uruguayan", "uruguayo", "uruguayen"),
    "NAM": ("NA", "Namibia", "Namibia", "Namibie", "Namibian", "namibio", "namibien"),
    "ZAF": ("ZA", "South Africa", "Sudáfrica", "Afrique du Sud", "", "", ""),
    "FJI": ("FJ", "Fiji", "Fiyi", "Fidji", "Fijian", "fiyiano", "fidjien"),
    "SGP": ("SG", "Singapore", "Singapur", "Singapour", "", "", ""),
    "HKG": ("HK", "Hong Kong, China", "Hong Kong (China)", "Hong Kong (Chine)", "", "", ""),
    "GHA": ("GH", "Ghana", "Ghana", "Ghana", "Ghanaian", "ghanés", "ghanéen"),
    "MRT": ("MR", "Mauritania", "Mauritania", "Mauritanie", "", "", ""),
    "CIV": ("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", "", "", ""),
}
# Longer official forms a register or certificate prints.
FORMAL = {
    "CHN": "People's Republic of China",
    "TWN": "Chinese Taipei",
    "KOR": "Republic of Korea",
    "PAN": "Republic of Panama",
    "VUT": "Republic of Vanuatu",
    "LBR": "Republic of Liberia",
    "BHS": "Commonwealth of The Bahamas",
    "PER": "Republic of Peru",
    "ECU": "Republic of Ecuador",
    "FJI": "Republic of Fiji",
    "KIR": "Republic of Kiribati",
}

# Flags a vessel may have flown before (former flag, its MMSI MIDs, a call-sign prefix + shape).
FORMER_FLAGS: dict[str, tuple[tuple[str, ...], str]] = {
    "PAN": (("351", "352", "353", "355", "357", "370", "371", "372"), "3E"),
    "VUT": (("576", "577"), "YJ"),
    "LBR": (("636", "637"), "A8"),
    "BLZ": (("312",), "V3"),
    "TGO": (("671",), "5V"),
    "SLE": (("667",), "9L"),
    "KIR": (("529",), "T3"),
    "BHS": (("308", "309", "311"), "C6"),
}
FOC_FLAGS = ("PAN", "VUT", "LBR", "KIR", "BLZ", "TGO")

# Registry and home ports for flags whose vessel record has none.
HOME_PORTS: dict[str, tuple[str, ...]] = {
    "CHN": ("ZHOUSHAN", "FUZHOU", "SHIDAO", "DALIAN", "GUANGZHOU"),
    "TWN": ("KAOHSIUNG", "SUAO", "TUNGKANG", "KEELUNG"),
    "JPN": ("HACHINOHE", "SHIOGAMA", "YAIZU", "KESENNUMA"),
    "KOR": ("BUSAN", "ULSAN"),
    "RUS": ("VLADIVOSTOK", "NAKHODKA", "PETROPAVLOVSK-KAMCHATSKIY", "MURMANSK"),
    "ESP": ("VIGO", "BERMEO", "LAS PALMAS", "MARIN"),
    "AUS": ("HOBART", "PORT LINCOLN", "FREMANTLE"),
    "NOR": ("ALESUND", "TROMSO", "BERGEN"),
    "PAN": ("PANAMA",),
    "VUT": ("PORT VILA",),
    "LBR": ("MONROVIA",),
    "BHS": ("NASSAU",),
    "KIR": ("TARAWA",),
    "IDN": ("BITUNG", "BENOA", "JAKARTA"),
}

# Associate addresses: country -> (street, city, state or "", postcode)
ADDRESSES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "CHN": (
        ("Room 1203, No. 88 Jiangbin East Road", "Fuzhou", "Fujian", "350001"),
        ("No. 16 Haiyang Road, Shenjiamen Street", "Zhoushan", "Zhejiang", "316100"),
        ("Building 3, No. 301 Binhai Avenue", "Rongcheng", "Shandong", "264300"),
        ("15/F, No. 9 Zhongshan Road", "Dalian", "Liaoning", "116001"),
    ),
    "TWN": (
        ("5F, No. 3, Yugang N. 3rd Rd., Qianzhen Dist.", "Kaohsiung", "", "806"),
        ("No. 121, Nanfang Rd., Su'ao Township", "Yilan County", "", "270"),
        ("No. 62, Fengyu Rd.", "Pingtung County", "", "928"),
    ),
    "JPN": (
        ("2-14-7 Minato-machi", "Hachinohe", "Aomori", "031-0812"),
        ("1-5-3 Shinminato", "Shiogama", "Miyagi", "985-0001"),
    ),
    "KOR": (
        ("Suite 702, 45 Jungang-daero, Jung-gu", "Busan", "", "48939"),
        ("12 Haean-ro, Yeongdo-gu", "Busan", "", "49061"),
    ),
    "RUS": (
        ("ul. Svetlanskaya, 72, office 14", "Vladivostok", "Primorsky Krai", "690091"),
        ("Portovaya ul., 7", "Petropavlovsk-Kamchatsky", "Kamchatka Krai", "683009"),
    ),
    "ESP": (
        ("Avenida de Beiramar, 42, 3º", "Vigo", "Pontevedra", "36202"),
        ("Calle Muelle Pesquero, s/n", "Bermeo", "Bizkaia", "48370"),
        ("Explanada Tomás Quevedo, nave 12", "Las Palmas de Gran Canaria", "Las Palmas", "35008"),
    ),
    "AUS": (
        ("Level 2, 18 Morrison Street", "Hobart", "Tasmania", "7000"),
        ("4 Liverpool Street", "Port Lincoln", "South Australia", "5606"),
    ),
    "NOR": (("Skansekaia 9", "Ålesund", "Møre og Romsdal", "6002"),),
    "PAN": (("Edificio Torre Global, piso 21, Calle 50", "Panama City", "", ""),),
    "SGP": (("80 Robinson Road, #10-01", "Singapore", "", "068898"),),
}

COMPANIES: dict[str, tuple[str, ...]] = {
    "CHN": (
        "ZHOUSHAN HAIXIN OCEAN FISHING CO., LTD.",
        "Fujian Minhai Pelagic Fishery Co., Ltd.",
        "Rongcheng Yuanhang Fisheries Co., Ltd.",
        "DALIAN BINHAI DISTANT WATER FISHING CO",
    ),
    "TWN": (
        "Hsin Chun Fishery Co., Ltd.",
        "YUNG FENG MARINE ENTERPRISE CO., LTD.",
        "Chin Shun Ocean Co., Ltd.",
    ),
    "JPN": ("Kaiyo Suisan K.K.", "HOKUYO GYOGYO CO., LTD."),
    "KOR": ("Dongnam Ocean Co., Ltd.", "HANBIT DEEP SEA FISHERIES CO., LTD."),
    "RUS": ("OOO Vostok Pelagic", "JSC DALNEVOSTOCHNAYA RYBNAYA KOMPANIYA"),
    "ESP": ("Pesquerías Ría de Arousa S.L.", "ARMADORA CANTABRICA DEL NORTE S.A."),
    "AUS": ("Southern Ocean Longline Pty Ltd",),
    "NOR": ("Nordkyst Havfiske AS",),
    "PAN": ("Oceanic Star Shipping S.A.", "PACIFIC BLUEFIN HOLDINGS INC."),
    "SGP": ("Straits Pelagic Pte. Ltd.",),
}
MANAGERS = (
    "Blue Meridian Ship Management Ltd",
    "Atlas Marine Agency (Mauritius) Ltd",
    "Agencia Marítima del Sur S.A.",
    "Seaward Fleet Services Pte. Ltd.",
    "Kwong Hing Marine Services Ltd",
    "Armement Océan Indien SAS",
)
BANKS = (
    "Haixia Maritime Bank Co., Ltd.",
    "Nordic Fisheries Credit ASA",
    "Banco Marítimo de Galicia, S.A.",
    "Pacific Coast Ship Finance Limited",
    "First Harbour Commercial Bank",
    "Kaiun Shinkin Bank",
    "Banque Océane de Crédit SA",
)

MASTERS: dict[str, tuple[str, ...]] = {
    "CHN": ("WANG Jianguo", "LIN Haibo", "CHEN Zhiqiang", "ZHENG Wei", "HUANG Dongsheng"),
    "TWN": ("Chen Chih-Ming", "Lin Wen-Hsiung", "Huang Chun-Yi"),
    "JPN": ("Takeshi Yamamoto", "Kenji Sato", "Hiroshi Nakamura"),
    "KOR": ("Kim Sung-ho", "Park Jae-won"),
    "RUS": ("Sergei V. Morozov", "Aleksandr Petrenko", "Igor N. Volkov"),
    "ESP": ("José Manuel Otero Pazos", "Ramón Iglesias Lago"),
    "IDN": ("Budi Santoso", "Agus Salim"),
    "PHL": ("Rodel M. Cabrera", "Arnel D. Villanueva"),
    "AUS": ("Michael O'Brien", "Grant Whitfield"),
    "NOR": ("Lars Eide", "Ola Hjelmeland"),
}
OFFICIALS = (
    "A. Mendoza",
    "P. Rasmussen",
    "Marie-Claire Dubois",
    "J. K. Tan",
    "Helena Costa",
    "R. Bhunjun",
    "S. Okafor",
    "T. Lindqvist",
    "Carmen Ruiz Barreiro",
    "N. Fernando",
    "Jean-Luc Payet",
    "D. Whitaker",
)
INITIALS = ("JM", "AK", "R.B.", "hc", "MT", "L.P.")

YARDS: tuple[tuple[str, str], ...] = (
    ("Zhoushan Xinya Shipyard", "CHN"),
    ("Rongcheng Shenfei Shipbuilding Co.", "CHN"),
    ("Fujian Mawei Shipyard", "CHN"),
    ("Kaohsiung Chien Hsing Shipyard", "TWN"),
    ("Niigata Kaiun Dockyard", "JPN"),
    ("Astilleros Ría de Vigo", "ESP"),
    ("Construcciones Navales del Cantábrico", "ESP"),
    ("Vestvik Verft AS", "NOR"),
    ("Busan Daesung Shipyard", "KOR"),
)
BUILD_PLACES = {
    "CHN": ("Zhoushan", "Rongcheng", "Fuzhou"),
    "TWN": ("Kaohsiung",),
    "JPN": ("Niigata", "Shimizu"),
    "ESP": ("Vigo", "Gijón"),
    "NOR": ("Brattvåg",),
    "KOR": ("Busan",),
}

# (code, English, Spanish, French) as in the FAO ASFIS list
SPECIES = (
    ("YFT", "Yellowfin tuna", "Rabil", "Albacore"),
    ("BET", "Bigeye tuna", "Patudo", "Thon obèse"),
    ("SKJ", "Skipjack tuna", "Listado", "Listao"),
    ("ALB", "Albacore", "Atún blanco", "Germon"),
    ("SWO", "Swordfish", "Pez espada", "Espadon"),
    ("BSH", "Blue shark", "Tintorera", "Peau bleue"),
    ("SMA", "Shortfin mako", "Marrajo dientuso", "Taupe bleue"),
    ("MLS", "Striped marlin", "Marlín rayado", "Marlin rayé"),
    ("OFJ", "Neon flying squid", "Pota saltadora", "Encornet volant"),
    ("GIS", "Jumbo flying squid", "Jibia gigante", "Encornet géant"),
    ("SQA", "Argentine shortfin squid", "Pota argentina", "Encornet rouge argentin"),
    ("TOP", "Patagonian toothfish", "Austromerluza negra", "Légine australe"),
    ("CJM", "Chilean jack mackerel", "Jurel chileno", "Chinchard du Chili"),
    ("SAP", "Pacific saury", "Paparda del Pacífico", "Balaou du Pacifique"),
    ("MAS", "Chub mackerel", "Estornino", "Maquereau espagnol"),
)
PRESENTATIONS = ("GUT", "GGT", "WHL", "FIL", "GUH", "DWT")

# RFMO: (areas it covers, species codes it manages)
RFMOS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "IOTC": (("51", "57", "51.5", "57.4", "51.6"), ("YFT", "BET", "SKJ", "ALB", "SWO", "BSH")),
    "WCPFC": (("71", "61", "81", "77", "71.6.1"), ("YFT", "BET", "SKJ", "ALB", "MLS", "BSH")),
    "ICCAT": (("34", "47", "41", "27", "34.1.1", "47.1.1"), ("YFT", "BET", "SWO", "BSH", "SMA")),
    "IATTC": (("77", "87"), ("YFT", "BET", "SKJ")),
    "SPRFMO": (("87", "87.2", "87.1.3", "81"), ("GIS", "CJM")),
    "NPFC": (("61", "67"), ("SAP", "OFJ", "MAS")),
    "CCAMLR": (("48.3", "58.5.1"), ("TOP",)),
}
SWO_ZONES = ("41.3.1", "41.3.2", "27.9.a", "27.8.c", "34.1.3")

GEARS = {
    "DRIFTING_LONGLINES": ("drifting longlines", "palangre de deriva", "palangre dérivante"),
    "SET_LONGLINES": ("set longlines", "palangre de fondo", "palangre calée"),
    "TRAWLERS": ("trawl", "arrastre", "chalut"),
    "SQUID_JIGGER": ("squid jigging", "potera", "turlutte"),
    "TUNA_PURSE_SEINES": ("purse seine", "cerco", "senne coulissante"),
    "POLE_AND_LINE": ("pole and line", "caña", "canne"),
}

# Landing ports: (name, iso3, UN/LOCODE)
PORTS = (
    ("Port Louis", "MUS", "MUPLU"),
    ("Victoria, Mahé", "SYC", "SCPOV"),
    ("Las Palmas de Gran Canaria", "ESP", "ESLPA"),
    ("Vigo", "ESP", "ESVGO"),
    ("Busan", "KOR", "KRPUS"),
    ("Kaohsiung", "TWN", "TWKHH"),
    ("Montevideo", "URY", "UYMVD"),
    ("Walvis Bay", "NAM", "NAWVB"),
    ("Suva", "FJI", "FJSUV"),
    ("Cape Town", "ZAF", "ZACPT"),
    ("Abidjan", "CIV", "CIABJ"),
    ("Tema", "GHA", "GHTEM"),
    ("Nouadhibou", "MRT", "MRNDB"),
    ("Callao", "PER", "PECLL"),
    ("Manta", "ECU", "ECMEC"),
    ("Singapore", "SGP", "SGSIN"),
)

# Monitoring centres, registries and other issuers
FMCS = (
    ("Fisheries Monitoring Centre", "fmc-duty@fisheries.gov.sc.example", "SYC"),
    ("Regional Surveillance Unit", "rsu.alerts@ocean-watch.example.org", "MUS"),
    ("Centro de Seguimiento de Pesca", "csp.guardia@pesca.example.es", "ESP"),
    ("VMS Operations Desk", "vms-ops@fishwatch.example.int", "AUS"),
)
MTU_MODELS = (
    ("Thrane & Thrane A/S", "TT-3026L Mini-C", "inmarsat"),
    ("Cobham SATCOM", "SAILOR 6110 mini-C", "inmarsat"),
    ("ORBCOMM", "ST 6100", "idp"),
    ("CLS", "NEMO Iridium VMS", "iridium"),
    ("Thorium X Technologies", "TST-200", "iridium"),
)
INSTALLERS = (
    "Oceantrack Marine Electronics Ltd",
    "Electrónica Naval Vigo S.L.",
    "Port Louis Marine Radio Services",
    "Kaohsiung Telecom Marine Co.",
)
NEWSROOMS = (
    ("The Maritime Ledger", "en"),
    ("Ocean Accountability Network", "en"),
    ("El Faro Investiga", "es"),
    ("Mar Abierto (ONG)", "es"),
    ("Le Quotidien des Océans", "fr"),
    ("Observatoire Pêche et Droits", "fr"),
)
PLACEHOLDERS = ("N/A", "n/a", "\u2014", "-", "NOT ASSIGNED", "none", "pending", "nil")
FORMER_NAMES = (
    "OCEAN PROSPER 8",
    "HAI FENG 16",
    "PACIFIC STAR NO.3",
    "LONG XIANG 7",
    "SEA DRAGON 21",
    "ORIENTAL GLORY",
    "NUEVO MAR 2",
    "KAIYO MARU NO.18",
    "SOUTHERN PRIDE",
    "JIN HAI 605",
)

SLIDE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "notes": "Speaker notes:",
        "dark": "AIS silent for {h} h near FAO area",
        "meet": "rendezvous with",
        "call": "port call",
        "catch": "reported catch:",
        "ask": "Ask the flag State ({flag}) to confirm licence",
        "listed": "Listed on the {rfmo} record until",
        "iuu": "{rfmo} Secretariat: IUU list proposal?",
        "inspect": "Port inspection at next call",
        "former": "Formerly",
    },
    "es": {
        "notes": "Notas del orador:",
        "dark": "AIS apagado {h} h cerca del área FAO",
        "meet": "encuentro con",
        "call": "escala en",
        "catch": "captura declarada:",
        "ask": "Pedir al Estado de pabellón ({flag}) que confirme la licencia",
        "listed": "Inscrito en el registro de {rfmo} hasta",
        "iuu": "Secretaría de {rfmo}: ¿propuesta de lista IUU?",
        "inspect": "Inspección en la próxima escala",
        "former": "Antes",
    },
}

SLIDE_OPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "deck": (
            "Compliance case review",
            "Fleet risk briefing",
            "Port State measures workshop",
            "Transshipment monitoring update",
        ),
        "vessels": ("Vessels of interest", "Who is involved", "Fleet snapshot"),
        "timeline": ("Timeline of events", "What happened", "Sequence of observations"),
        "network": ("Ownership & control", "Beneficial ownership trail", "Corporate links"),
        "next": ("Findings and next steps", "Recommendations", "Proposed actions"),
        "owner": ("registered owner", "operator", "beneficial owner", "manager"),
        "tails": ("monitor", "no action", "request logbooks"),
        "note_tails": ("is the key vessel.", "changed hands twice.", "was boarded in port."),
        "note_text": (
            "Stress that the identifiers were cross-checked against the registry.",
            "Mention that the port visit was not pre-notified.",
            "Keep this slide short; the detail is in the annex.",
            "Pause here for questions from the flag State delegates.",
            "The AIS gaps line up with the reported transhipment window.",
            "Remind the room that the data are provisional.",
        ),
    },
    "es": {
        "deck": (
            "Revisión de caso de cumplimiento",
            "Informe de riesgo de flota",
            "Taller sobre medidas del Estado rector del puerto",
        ),
        "vessels": ("Buques de interés", "Buques implicados"),
        "timeline": ("Cronología", "Secuencia de observaciones"),
        "network": ("Propiedad y control", "Vínculos societarios"),
        "next": ("Conclusiones y próximos pasos", "Acciones propuestas"),
        "owner": ("armador", "operador", "propietario registrado", "gestor"),
        "tails": ("seguimiento", "sin acción", "pedir cuadernos de pesca"),
        "note_tails": ("es el buque clave.", "cambió de manos dos veces.", "fue inspeccionado."),
        "note_text": (
            "Subrayar que los identificadores se cotejaron con el registro.",
            "Mencionar que la escala no fue notificada previamente.",
            "Diapositiva breve; el detalle está en el anexo.",
            "Los apagones del AIS coinciden con la ventana de transbordo.",
            "Recordar que los datos son provisionales.",
        ),
    },
}

CERT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "FISHING VESSEL SAFETY CERTIFICATE",
        "no": "Certificate No.",
        "extend": "ENDORSEMENT TO EXTEND THE CERTIFICATE UNTIL REACHING THE PORT OF SURVEY OR "
        "FOR A PERIOD OF GRACE",
        "text": "At an annual survey required by the regulations the vessel was found to comply "
        "with the relevant requirements.",
        "basis": "Issued under the provisions of the Cape Town Agreement of 2012 relating to the "
        "implementation of the Torremolinos Protocol, under the authority of the "
        "Government of",
        "by": "by",
        "new": "new vessel",
        "existing": "existing vessel",
        "keel": "Date on which keel was laid",
        "year": "Year of build",
        "gt": "Gross tonnage",
        "mmsi": "MMSI (radio installation)",
        "owner": "Name and address of owner",
        "certify": "THIS IS TO CERTIFY that the vessel has been surveyed and that the structure, "
        "machinery, life-saving appliances and radio installations comply with the "
        "applicable requirements.",
        "valid": "This certificate is valid until",
        "issued": "Issued at",
        "on": "on",
        "endorse": "ENDORSEMENT FOR ANNUAL SURVEYS",
        "annual": "Annual survey",
        "signed": "Signed",
        "place": "Place",
        "date": "Date",
        "record": "RECORD OF EQUIPMENT (supplement)",
        "persons": "Life-saving appliances for a total of {n} persons",
    },
    "es": {
        "title": "CERTIFICADO DE SEGURIDAD PARA BUQUES PESQUEROS",
        "no": "Certificado n.º",
        "extend": "REFRENDO PARA PRORROGAR EL CERTIFICADO HASTA LLEGAR AL PUERTO DE "
        "RECONOCIMIENTO O POR UN PERIODO DE GRACIA",
        "text": "Se certifica que en el reconocimiento anual prescrito se ha comprobado que el "
        "buque cumple las prescripciones pertinentes.",
        "basis": "Expedido en virtud de lo dispuesto en el Acuerdo de Ciudad del Cabo de 2012, "
        "con la autoridad conferida por el Gobierno de",
        "by": "por",
        "new": "buque nuevo",
        "existing": "buque existente",
        "keel": "Fecha de colocación de la quilla",
        "year": "Año de construcción",
        "gt": "Arqueo bruto",
        "mmsi": "MMSI (instalación radioeléctrica)",
        "owner": "Nombre y dirección del armador",
        "certify": "SE CERTIFICA que el buque ha sido objeto de reconocimiento y que la "
        "estructura, las máquinas, los dispositivos de salvamento y las instalaciones "
        "radioeléctricas cumplen las prescripciones aplicables.",
        "valid": "El presente certificado es válido hasta el",
        "issued": "Expedido en",
        "on": "el",
        "endorse": "REFRENDO DE RECONOCIMIENTOS ANUALES",
        "annual": "Reconocimiento anual",
        "signed": "Firmado",
        "place": "Lugar",
        "date": "Fecha",
        "record": "INVENTARIO DEL EQUIPO (anexo)",
        "persons": "Dispositivos de salvamento para un total de {n} personas",
    },
    "fr": {
        "title": "CERTIFICAT DE SÉCURITÉ POUR NAVIRE DE PÊCHE",
        "no": "Certificat no",
        "extend": "VISA DE PROROGATION DU CERTIFICAT JUSQU'À L'ARRIVÉE AU PORT DE VISITE OU POUR "
        "UN DÉLAI DE GRÂCE",
        "text": "Il est certifié que, lors de la visite annuelle prescrite, le navire a été jugé "
        "conforme aux prescriptions pertinentes.",
        "basis": "Délivré en vertu des dispositions de l'Accord du Cap de 2012, au nom du "
        "Gouvernement de",
        "by": "par",
        "new": "navire neuf",
        "existing": "navire existant",
        "keel": "Date de pose de la quille",
        "year": "Année de construction",
        "gt": "Jauge brute",
        "mmsi": "MMSI (installation radio)",
        "owner": "Nom et adresse du propriétaire",
        "certify": "IL EST CERTIFIÉ que le navire a été visité et que la structure, les "
        "machines, les engins de sauvetage et les installations radioélectriques "
        "satisfont aux prescriptions applicables.",
        "valid": "Le présent certificat est valable jusqu'au",
        "issued": "Délivré à",
        "on": "le",
        "endorse": "VISA DES VISITES ANNUELLES",
        "annual": "Visite annuelle",
        "signed": "Signé",
        "place": "Lieu",
        "date": "Date",
        "record": "FICHE D'ÉQUIPEMENT (supplément)",
        "persons": "Engins de sauvetage pour un total de {n} personnes",
    },
}

CERT_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "cols": (
            "Name of vessel",
            "Distinctive letters",
            "Port of registry",
            "Length (L)",
            "IMO number",
        )
    },
    "es": {
        "cols": (
            "Nombre del buque",
            "Distintivo de llamada",
            "Puerto de matrícula",
            "Eslora (L)",
            "Número OMI",
        )
    },
    "fr": {
        "cols": (
            "Nom du navire",
            "Indicatif d'appel",
            "Port d'immatriculation",
            "Longueur (L)",
            "Numéro OMI",
        )
    },
}

CERT_ISSUERS = (
    "Bureau of Maritime Surveys Ltd",
    "Inspección Marítima de Vigo",
    "Centre de sécurité des navires",
    "Ocean Classification Society",
    "Marine Safety Directorate",
)

SURVEY_PLACES = (
    "Vigo",
    "Las Palmas",
    "Port Louis",
    "Busan",
    "Kaohsiung",
    "Concarneau",
    "Montevideo",
)

PRESS_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "about": "About this investigation: it was carried out over six months with data from "
        "public vessel registers, RFMO records and commercial AIS providers. All "
        "companies named were given at least ten days to respond before publication. "
        "Our data and methods are published alongside this article; readers can write "
        "to the investigations desk.",
        "context": "Distant-water fleets are required to keep their transponders on, and most "
        "regional fisheries bodies now require {n} per cent of high-seas catches to "
        "be observed or reported electronically. Enforcement, however, depends on "
        "flag States, and switching flags remains cheap and quick. Port States can "
        "refuse entry to vessels suspected of illegal fishing, but few do so without "
        "a request from a regional body.",
        "second": "A second vessel, the {name2}, flagged to {flag2}, followed a similar pattern. "
        "Its registered {role2}, {owner2}, did not reply to a request for comment.",
        "method": "How we did it: {outlet} matched AIS tracks from {n} vessels with the {rfmo} "
        "record and flag-State registers. {name2}, listed in the table, was seen "
        "alongside the {name} on two occasions; its {role2}, {owner2}, said the "
        "meetings were crew changes.",
        "role2": "owner",
        "head": "Dark fleet: how the {name} kept fishing after its licence lapsed",
        "intro_adj": "The {adj}-flagged {kind} {name} spent {n} days in FAO area {area} without "
        "broadcasting its position, according to satellite data reviewed by "
        "{outlet}.",
        "intro_flag": "{name}, a {kind} flying the flag of {flag}, spent {n} days in FAO area "
        "{area} without broadcasting its position, according to satellite data "
        "reviewed by {outlet}.",
        "owner": "Registry records show that the vessel is owned by {owner}, a company "
        "registered in {city}, {country}. Its {role}, {manager}, did not respond to "
        "questions sent by e-mail.",
        "former": "Until {year}, the ship sailed as {former} under the flag of {oldflag}.",
        "rfmo": "The vessel appears on the {rfmo} record of authorised vessels and reported "
        "catches of {species} in area {area} last year.",
        "table": "The vessels identified in the investigation:",
        "quote": "“A vessel that switches off its transponder for weeks is a red flag,” said "
        "{person}, a researcher who reviewed the data.",
        "fix": "Correction, {date}: An earlier version of this article gave the IMO number of "
        "{name} as {bad}. The correct number is {imo}.",
        "fix_owner": "Correction, {date}: An earlier version of this article misspelled the name "
        "of {owner}.",
        "by": "By",
        "conj": "and",
    },
    "es": {
        "about": "Sobre esta investigación: se realizó durante seis meses con datos de registros "
        "públicos de buques, registros de las OROP y proveedores comerciales de AIS. "
        "Todas las empresas citadas dispusieron de al menos diez días para responder "
        "antes de la publicación. Los datos y la metodología se publican junto a este "
        "artículo.",
        "context": "Las flotas de altura están obligadas a mantener encendidos sus "
        "transpondedores, y la mayoría de los organismos regionales exige hoy que el "
        "{n} por ciento de las capturas en alta mar se observe o se declare por vía "
        "electrónica. El control, sin embargo, depende de los Estados de pabellón, y "
        "cambiar de bandera sigue siendo barato y rápido. Los Estados rectores del "
        "puerto pueden negar la entrada a los buques sospechosos, pero pocos lo hacen "
        "sin una solicitud de un organismo regional.",
        "second": "Un segundo buque, el {name2}, con pabellón de {flag2}, siguió una pauta "
        "similar. Su {role2} registrado, {owner2}, no respondió a la solicitud de "
        "comentarios.",
        "method": "Cómo lo hicimos: {outlet} cruzó las trazas AIS de {n} buques con el registro "
        "de la {rfmo} y los registros de los Estados de pabellón. El {name2}, que "
        "figura en la tabla, fue visto junto al {name} en dos ocasiones; su {role2}, "
        "{owner2}, afirmó que los encuentros eran relevos de tripulación.",
        "role2": "armador",
        "head": "Flota oscura: así siguió pescando el {name} tras caducar su licencia",
        "intro_adj": "El {kind} de pabellón {adj} {name} pasó {n} días en el área FAO {area} sin "
        "transmitir su posición, según datos satelitales analizados por {outlet}.",
        "intro_flag": "El {name}, un {kind} con pabellón de {flag}, pasó {n} días en el área FAO "
        "{area} sin transmitir su posición, según datos satelitales analizados por "
        "{outlet}.",
        "owner": "Según los registros, el buque pertenece a {owner}, una sociedad domiciliada en "
        "{city} ({country}). Su {role}, {manager}, no respondió a las preguntas "
        "enviadas.",
        "former": "Hasta {year}, el barco navegaba como {former} bajo pabellón de {oldflag}.",
        "rfmo": "El buque figura en el registro de buques autorizados de la {rfmo} y declaró "
        "capturas de {species} en el área {area} el año pasado.",
        "table": "Buques identificados en la investigación:",
        "quote": "“Un buque que apaga su transpondedor durante semanas es una señal de alarma”, "
        "explicó {person}, investigadora que revisó los datos.",
        "fix": "Fe de errores ({date}): una versión anterior de este artículo indicaba que el "
        "número OMI del {name} era {bad}. El número correcto es {imo}.",
        "fix_owner": "Fe de errores ({date}): una versión anterior escribía mal el nombre de "
        "{owner}.",
        "by": "Por",
        "conj": "y",
    },
    "fr": {
        "about": "À propos de cette enquête : elle a été menée pendant six mois à partir des "
        "registres publics de navires, des registres des ORGP et de fournisseurs "
        "commerciaux de données AIS. Toutes les sociétés citées ont disposé d'au moins "
        "dix jours pour répondre avant publication. Les données et la méthode sont "
        "publiées avec cet article.",
        "context": "Les flottes hauturières sont tenues de laisser leurs transpondeurs allumés, "
        "et la plupart des organisations régionales exigent désormais que {n} % des "
        "captures en haute mer soient observées ou déclarées par voie électronique. "
        "Le contrôle dépend toutefois des États du pavillon, et changer de pavillon "
        "reste rapide et peu coûteux. Les États du port peuvent refuser l'entrée aux "
        "navires suspects, mais peu le font sans une demande d'une organisation "
        "régionale.",
        "second": "Un deuxième navire, le {name2}, battant pavillon de {flag2}, a suivi le même "
        "schéma. Son {role2} enregistré, {owner2}, n'a pas répondu à nos "
        "sollicitations.",
        "method": "Méthodologie : {outlet} a croisé les traces AIS de {n} navires avec le "
        "registre de la {rfmo} et les registres des États du pavillon. Le {name2}, qui "
        "figure dans le tableau, a été vu aux côtés du {name} à deux reprises ; son "
        "{role2}, {owner2}, affirme qu'il s'agissait de relèves d'équipage.",
        "role2": "propriétaire",
        "head": "Flotte fantôme : comment le {name} a continué de pêcher sans licence",
        "intro_adj": "Le {kind} {name}, battant pavillon {adj}, a passé {n} jours dans la zone "
        "FAO {area} sans émettre sa position, selon des données satellitaires "
        "analysées par {outlet}.",
        "intro_flag": "Le {name}, un {kind} battant pavillon de {flag}, a passé {n} jours dans "
        "la zone FAO {area} sans émettre sa position, selon des données analysées "
        "par {outlet}.",
        "owner": "D'après les registres, le navire appartient à {owner}, une société enregistrée "
        "à {city} ({country}). Son {role}, {manager}, n'a pas répondu à nos questions.",
        "former": "Jusqu'en {year}, le navire naviguait sous le nom de {former} et sous pavillon "
        "de {oldflag}.",
        "rfmo": "Le navire figure sur le registre des navires autorisés de la {rfmo} et a "
        "déclaré des captures de {species} dans la zone {area} l'an dernier.",
        "table": "Navires identifiés par l'enquête :",
        "quote": "« Un navire qui coupe son transpondeur pendant des semaines, c'est un signal "
        "d'alerte », résume {person}, chercheuse ayant examiné les données.",
        "fix": "Rectificatif ({date}) : une version précédente de cet article indiquait pour le "
        "{name} le numéro OMI {bad}. Le numéro exact est {imo}.",
        "fix_owner": "Rectificatif ({date}) : une version précédente orthographiait mal {owner}.",
        "by": "Par",
        "conj": "et",
    },
}

PRESS_OPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "section": ("INVESTIGATION", "OCEANS", "Special report"),
        "cols": ("Vessel", "IMO", "Flag", "Owner"),
        "kinds": ("longliner", "trawler", "squid jigger", "purse seiner", "fishing vessel"),
        "roles": ("operator", "manager"),
    },
    "es": {
        "section": ("INVESTIGACIÓN", "MAR Y PESCA"),
        "cols": ("Buque", "OMI", "Pabellón", "Armador"),
        "kinds": ("palangrero", "arrastrero", "potero", "cerquero", "pesquero"),
        "roles": ("operador", "gestor"),
    },
    "fr": {
        "section": ("ENQUÊTE", "OCÉANS"),
        "cols": ("Navire", "OMI", "Pavillon", "Propriétaire"),
        "kinds": ("palangrier", "chalutier", "thonier senneur", "navire de pêche"),
        "roles": ("exploitant", "gestionnaire"),
    },
}

OCR_CONFUSIONS = {
    "o": "0",
    "O": "0",
    "l": "1",
    "I": "l",
    "i": "1",
    "S": "5",
    "B": "8",
    "e": "c",
    "rn": "m",
    "m": "rn",
    "g": "q",
    "h": "b",
    "a": "o",
    "t": "f",
    "E": "F",
    "c": "e",
}

FAX_ENTRY = (
    "We, {agent}, as agents for the {flag} flagged F/V {name} (IMO {imo}, call sign {ircs}), "
    "owned by {owner}, hereby request authorisation to enter the port of {port} on or about "
    "{eta} for the purpose of landing frozen {species} caught in FAO area {area}.\n"
    "The vessel holds {auth} No. {lic} valid until {end}. The master is Capt. {master}. "
    "Please find attached a copy of the certificate of registry."
)

FAX_CHANGE = (
    "Please be informed that our vessel {name}, formerly {former} under the flag of {oldflag} "
    "(call sign {oldcall}), has been registered under the flag of {flag} with effect from "
    "{start}, port of registry {port}.\nThe new MMSI is {mmsi} and the IMO number {imo} is "
    "unchanged. Kindly update your records and the {rfmo} record accordingly."
)

FAX_LICENCE = (
    "With reference to your application of {applied}, we wish to inform you that {auth} No. "
    "{lic} has been granted to the vessel {name} (call sign {ircs}), owned by {owner}, for the "
    "period {start} to {end}.\nThe licence authorises fishing for {species} in FAO area {area} "
    "only. The master, {master}, must report entry and exit by fax or e-mail."
)

FAX_COVER = (
    "Message: Please find following our letter concerning the above vessel. Kindly acknowledge "
    "receipt by return fax. If you do not receive all pages, please call {phone} immediately."
    "\n\nCONFIDENTIALITY: the information in this fax is intended only for the addressee. If "
    "you have received it in error, please notify the sender and destroy the document. Any "
    "review, copying or distribution is prohibited."
)

# key -> (English, French, Spanish)
LANDING_KEYS = {
    "name": ("Name of vessel", "Nom du navire", "Nombre del buque"),
    "flag": ("Flag State", "État du pavillon", "Estado de pabellón"),
    "imo": ("IMO number", "Numéro OMI", "Número OMI"),
    "ircs": ("International radio call sign", "Indicatif d'appel", "Distintivo de llamada"),
    "reg": ("Flag State registration no.", "No d'immatriculation", "Matrícula"),
    "cfr": ("CFR", "CFR", "CFR"),
    "rfmo": ("RFMO vessel ID", "Identifiant ORGP", "ID OROP"),
    "port": ("Home port", "Port d'attache", "Puerto base"),
    "master": ("Name of master", "Nom du capitaine", "Nombre del capitán"),
    "agent": ("Agent in port", "Agent au port", "Agente en puerto"),
    "auth": ("Authorisation", "Autorisation", "Autorización"),
    "areas": ("Fishing area(s)", "Zone(s) de pêche", "Zona(s) de pesca"),
    "landing": ("Port of landing", "Port de débarquement", "Puerto de desembarque"),
    "arrival": ("Date of arrival", "Date d'arrivée", "Fecha de llegada"),
    "gt": ("Gross tonnage", "Jauge brute", "Arqueo bruto"),
    "loa": ("Length overall", "Longueur hors tout", "Eslora total"),
}

CATCH_COLUMNS = ("Species", "Presentation", "Area", "Landed (kg)", "Retained (kg)")

ALERTS = (
    ("AIS-GAP", "AIS transmission gap of {h} hours"),
    ("VMS-OVERDUE", "VMS position reports overdue ({h} h)"),
    ("LOITER", "loitering at low speed for {h} h, possible transhipment"),
    ("ZONE", "entry into a closed area; {h} h inside"),
    ("ENCOUNTER", "encounter with a carrier vessel lasting {h} h"),
)
