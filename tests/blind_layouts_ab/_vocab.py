"""Invented vocabulary for the AB pages: places, people, companies, equipment.

Nothing here is copied from the vessel lists; port codes are public UN/LOCODEs."""

from __future__ import annotations

# ISO alpha-3 -> (English, Spanish, French) country names.
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "CHN": ("China", "China", "Chine"),
    "TWN": ("Chinese Taipei", "Taipei Chino", "Taipei chinois"),
    "JPN": ("Japan", "Japón", "Japon"),
    "KOR": ("Republic of Korea", "República de Corea", "République de Corée"),
    "RUS": ("Russian Federation", "Federación de Rusia", "Fédération de Russie"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Noruega", "Norvège"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("Panama", "Panamá", "Panama"),
    "AUS": ("Australia", "Australia", "Australie"),
    "ESP": ("Spain", "España", "Espagne"),
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "FRA": ("France", "Francia", "France"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "HKG": ("Hong Kong, China", "Hong Kong (China)", "Hong Kong (Chine)"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "FJI": ("Fiji", "Fiyi", "Fidji"),
    "BLZ": ("Belize", "Belice", "Belize"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
    "CAN": ("Canada", "Canadá", "Canada"),
    "NZL": ("New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
    "ARG": ("Argentina", "Argentina", "Argentine"),
    "CHL": ("Chile", "Chile", "Chili"),
    "PER": ("Peru", "Perú", "Pérou"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "MLT": ("Malta", "Malta", "Malte"),
    "CYP": ("Cyprus", "Chipre", "Chypre"),
    "GBR": ("United Kingdom", "Reino Unido", "Royaume-Uni"),
    "NLD": ("Netherlands", "Países Bajos", "Pays-Bas"),
    "ISL": ("Iceland", "Islandia", "Islande"),
    "FSM": ("Micronesia", "Micronesia", "Micronésie"),
    "PNG": ("Papua New Guinea", "Papua Nueva Guinea", "Papouasie-Nouvelle-Guinée"),
    "SLB": ("Solomon Islands", "Islas Salomón", "Îles Salomon"),
    "THA": ("Thailand", "Tailandia", "Thaïlande"),
    "VNM": ("Viet Nam", "Viet Nam", "Viet Nam"),
    "MYS": ("Malaysia", "Malasia", "Malaisie"),
    "GHA": ("Ghana", "Ghana", "Ghana"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    "NAM": ("Namibia", "Namibia", "Namibie"),
    "TZA": ("Tanzania", "Tanzania", "Tanzanie"),
    "TGO": ("Togo", "Togo", "Togo"),
    "CMR": ("Cameroon", "Camerún", "Cameroun"),
    "COM": ("Comoros", "Comoras", "Comores"),
}

# Former flags for invented flag changes (each has an ITU series and a MID).
FORMER_FLAGS = ("VUT", "PAN", "KIR", "FJI", "BLZ", "KOR", "PHL", "SYC", "LBR", "TGO", "CMR")

# Ports with their UN/LOCODE, country, and the languages their paperwork uses.
PORTS: tuple[tuple[str, str, str, str], ...] = (
    ("Port Louis", "MUPLU", "MUS", "en"),
    ("Victoria, Mahé", "SCPOV", "SYC", "en"),
    ("Colombo", "LKCMB", "LKA", "en"),
    ("Majuro", "MHMAJ", "MHL", "en"),
    ("Pohnpei", "FMPNI", "FSM", "en"),
    ("Suva", "FJSUV", "FJI", "en"),
    ("Pago Pago", "ASPPG", "ASM", "en"),
    ("Honiara", "SBHIR", "SLB", "en"),
    ("Cape Town", "ZACPT", "ZAF", "en"),
    ("Singapore", "SGSIN", "SGP", "en"),
    ("Busan", "KRPUS", "KOR", "en"),
    ("Kaohsiung", "TWKHH", "TWN", "en"),
    ("Shimizu", "JPSMZ", "JPN", "en"),
    ("Stanley", "FKPSY", "FLK", "en"),
    ("Montevideo", "UYMVD", "URY", "es"),
    ("Callao", "PECLL", "PER", "es"),
    ("Manta", "ECMEC", "ECU", "es"),
    ("Talcahuano", "CLTAL", "CHL", "es"),
    ("Las Palmas de Gran Canaria", "ESLPA", "ESP", "es"),
    ("Vigo", "ESVGO", "ESP", "es"),
    ("Papeete", "PFPPT", "PYF", "fr"),
    ("Nouméa", "NCNOU", "NCL", "fr"),
    ("Le Port (La Réunion)", "RELPT", "REU", "fr"),
    ("Dakar", "SNDKR", "SEN", "fr"),
    ("Abidjan", "CIABJ", "CIV", "fr"),
)

# Fishing grounds: (key, lat range, lon range, FAO areas, RFMO, nearby port codes).
REGIONS: tuple[
    tuple[str, tuple[float, float], tuple[float, float], tuple[str, ...], str, tuple[str, ...]], ...
] = (
    (
        "wcp",
        (-10.0, 8.0),
        (150.0, 179.0),
        ("71", "77"),
        "WCPFC",
        ("MHMAJ", "FMPNI", "FJSUV", "SBHIR", "ASPPG"),
    ),
    ("epo", (-18.0, 4.0), (-140.0, -95.0), ("77", "87"), "IATTC", ("PFPPT", "PECLL", "ECMEC")),
    ("io", (-25.0, 5.0), (50.0, 90.0), ("51", "57"), "IOTC", ("MUPLU", "SCPOV", "LKCMB", "RELPT")),
    ("npac", (38.0, 46.0), (150.0, 172.0), ("61",), "NPFC", ("JPSMZ", "KRPUS", "TWKHH")),
    ("spac", (-38.0, -18.0), (-88.0, -78.0), ("87",), "SPRFMO", ("PECLL", "CLTAL")),
    ("swatl", (-47.0, -42.0), (-61.0, -57.0), ("41", "41.3.2"), "", ("UYMVD", "FKPSY")),
    ("eatl", (2.0, 16.0), (-26.0, -17.0), ("34", "34.3.1"), "ICCAT", ("ESLPA", "SNDKR", "CIABJ")),
    ("so", (-55.0, -46.0), (30.0, 52.0), ("58", "58.4.4.a"), "CCAMLR", ("ZACPT", "MUPLU", "RELPT")),
)

GEAR_REGIONS: dict[str, tuple[str, ...]] = {
    "SQUID_JIGGER": ("npac", "spac", "swatl"),
    "DRIFTING_LONGLINES": ("wcp", "io", "epo", "eatl"),
    "SET_LONGLINES": ("so", "wcp", "io"),
    "TRAWLERS": ("spac", "npac", "eatl", "so"),
    "TUNA_PURSE_SEINES": ("wcp", "epo", "io"),
    "POLE_AND_LINE": ("wcp", "npac"),
}

GEAR_SPECIES: dict[str, tuple[str, ...]] = {
    "SQUID_JIGGER": ("OFJ", "GIS", "SQA"),
    "DRIFTING_LONGLINES": ("BET", "YFT", "ALB", "SWO", "BSH", "MLS"),
    "SET_LONGLINES": ("TOP", "TOA", "BSH"),
    "TRAWLERS": ("CJM", "MAS", "KRI"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET", "FRI"),
    "POLE_AND_LINE": ("SKJ", "ALB", "YFT"),
}
REGION_SQUID = {"npac": "OFJ", "spac": "GIS", "swatl": "SQA"}

GEAR_WORDS: dict[str, tuple[str, str, str]] = {
    "SQUID_JIGGER": ("squid jigger", "potero", "caseyeur-turluttier"),
    "DRIFTING_LONGLINES": ("tuna longliner", "palangrero atunero", "palangrier thonier"),
    "SET_LONGLINES": ("demersal longliner", "palangrero de fondo", "palangrier de fond"),
    "TRAWLERS": ("stern trawler", "arrastrero por popa", "chalutier pêche arrière"),
    "TUNA_PURSE_SEINES": ("tuna purse seiner", "cerquero atunero", "thonier senneur"),
    "POLE_AND_LINE": ("pole-and-line vessel", "cañero", "canneur"),
    "CARRIER": ("refrigerated fish carrier", "buque frigorífico", "navire frigorifique"),
}

GIVEN = (
    "Wei",
    "Jian",
    "Hiroshi",
    "Kenji",
    "Min-ho",
    "Sergei",
    "Andrei",
    "Juan",
    "Carlos",
    "Manuel",
    "Pierre",
    "Jean-Luc",
    "Ahmed",
    "Rizal",
    "Budi",
    "Joseph",
    "Peter",
    "Anna",
    "Maria",
    "Sophie",
    "Claire",
    "Lucia",
    "Olga",
    "Ravi",
    "Samuel",
    "Tevita",
    "Luis",
)
FAMILY = (
    "Chen",
    "Lin",
    "Wang",
    "Tanaka",
    "Sato",
    "Kim",
    "Park",
    "Ivanov",
    "Petrov",
    "García",
    "Fernández",
    "López",
    "Martin",
    "Dubois",
    "Lefèvre",
    "Santoso",
    "Reyes",
    "Mensah",
    "Okafor",
    "Naidoo",
    "Fonoti",
    "Brown",
    "Murphy",
    "Rossi",
    "Ferreira",
    "Hansen",
)
CREW_NATIONALITIES = (
    "Indonesian",
    "Filipino",
    "Vietnamese",
    "Chinese",
    "Taiwanese",
    "Kiribati",
    "Fijian",
    "Myanmar",
    "Peruvian",
    "Ghanaian",
    "Russian",
    "Korean",
)

# Invented associate addresses: country -> (street, city, state or "").
ADDRESSES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "CHN": (
        ("No. 18 Haiyang Road, Putuo District", "Zhoushan", "Zhejiang"),
        ("Room 1203, 66 Wusi Road", "Fuzhou", "Fujian"),
        ("88 Binhai Avenue", "Rongcheng", "Shandong"),
    ),
    "TWN": (
        ("No. 3, Yugang E. 2nd Road, Qianzhen District", "Kaohsiung", ""),
        ("5F, No. 21, Zhongzheng Road", "Su-ao", "Yilan County"),
        ("No. 112, Sanduo 3rd Road", "Kaohsiung", ""),
    ),
    "JPN": (
        ("2-14-7 Minato-machi", "Kesennuma", "Miyagi"),
        ("1-3-22 Shinmachi", "Yaizu", "Shizuoka"),
        ("4-8 Higashi-cho", "Hachinohe", "Aomori"),
    ),
    "KOR": (
        ("45 Chungjang-daero, Jung-gu", "Busan", ""),
        ("112 Haeyang-ro, Yeongdo-gu", "Busan", ""),
    ),
    "RUS": (
        ("ul. Svetlanskaya 72, office 14", "Vladivostok", "Primorsky Krai"),
        ("ul. Leningradskaya 35", "Petropavlovsk-Kamchatsky", "Kamchatka Krai"),
    ),
    "ESP": (
        ("Avenida de Beiramar 41, 3º", "Vigo", "Pontevedra"),
        ("Calle Muelle de Pescadores 7", "Bermeo", "Bizkaia"),
    ),
    "AUS": (
        ("14 Hunter Street", "Hobart", "Tasmania"),
        ("3 Proper Bay Road", "Port Lincoln", "South Australia"),
    ),
    "VUT": (("Lini Highway, PO Box 1440", "Port Vila", ""),),
    "PAN": (("Calle 50, Torre Global, Piso 12", "Panama City", ""),),
}

YARDS: dict[str, tuple[str, ...]] = {
    "CHN": ("Zhoushan Putuo Shipyard", "Rongcheng Shipbuilding Industry", "Fujian Mawei Shipyard"),
    "TWN": ("Kaohsiung Lien-Ho Shipyard", "Su-ao Fishing Boat Works", "Chien Cheng Shipbuilding"),
    "JPN": ("Miho Zosensho, Shimizu", "Niigata Engineering Yard", "Kesennuma Boat Works"),
    "KOR": ("Busan Daesun Shipyard", "Yeosu Marine Industries"),
    "RUS": ("Vostochnaya Verf, Vladivostok", "Pella Shipyard, Otradnoye"),
    "ESP": ("Astilleros Armón, Vigo", "Astilleros de Murueta"),
    "AUS": ("Hobart Marine Yard", "Fremantle Boatbuilders"),
    "NOR": ("Vard Brattvaag", "Larsnes Mek. Verksted"),
}

EQUIPMENT = {
    "vhf": ("Sailor 6222", "Furuno FM-8900S", "JRC JHS-800S", "Icom IC-M605"),
    "mfhf": ("Furuno FS-1575", "Sailor 6310", "JRC JSB-196GM"),
    "inmc": ("Sailor 6110 mini-C", "Furuno FELCOM 19", "JRC JUE-87"),
    "epirb": ("McMurdo SmartFind G8", "Jotron Tron 60S", "ACR GlobalFix V5", "Kannad SafeLink"),
    "sart": ("Jotron Tron SART20", "McMurdo S5", "Sailor SART II"),
    "navtex": ("Furuno NX-700", "JRC NCR-333", "Sailor NX-2"),
    "gmdss_vhf": ("Jotron Tron TR30", "Sailor SP3520", "Icom IC-GM1600"),
}

SATCOM_DOMAINS = ("sat-mail.example.net", "fleetmail.example.com", "oceanlink.example.org")
