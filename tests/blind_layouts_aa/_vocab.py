"""Words, names and places for set AA. Nothing here is copied from the vessel lists."""

from __future__ import annotations

# Flag names by ISO 3166-1 alpha-3 code: (English, Spanish, French).
FLAG_NAMES: dict[str, tuple[str, str, str]] = {
    "CHN": ("China", "China", "Chine"),
    "TWN": ("Taiwan", "Taiwán", "Taïwan"),
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
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "BLZ": ("Belize", "Belice", "Belize"),
    "FJI": ("Fiji", "Fiyi", "Fidji"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "SLE": ("Sierra Leone", "Sierra Leona", "Sierra Leone"),
    "TGO": ("Togo", "Togo", "Togo"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "FRA": ("France", "Francia", "France"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "PER": ("Peru", "Perú", "Pérou"),
    "CHL": ("Chile", "Chile", "Chili"),
    "ARG": ("Argentina", "Argentina", "Argentine"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "VNM": ("Viet Nam", "Viet Nam", "Viet Nam"),
    "THA": ("Thailand", "Tailandia", "Thaïlande"),
    "MYS": ("Malaysia", "Malasia", "Malaisie"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "NZL": ("New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
    "CAN": ("Canada", "Canadá", "Canada"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    "GHA": ("Ghana", "Ghana", "Ghana"),
    "NAM": ("Namibia", "Namibia", "Namibie"),
    "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "MRT": ("Mauritania", "Mauritania", "Mauritanie"),
}
# Former flags invented for flag-change histories (all have MMSI MIDs and ITU series).
FORMER_FLAGS = ("PAN", "VUT", "BLZ", "KIR", "FJI", "LBR", "SLE", "TGO", "MHL", "KOR", "PHL", "IDN")
# Build countries by flag (the usual yards of that fleet), else a general pool.
BUILD_COUNTRIES = {"CHN": "CHN", "TWN": "TWN", "JPN": "JPN", "KOR": "KOR", "ESP": "ESP"}
BUILD_POOL = ("CHN", "JPN", "KOR", "ESP", "TWN", "NOR")
YARDS = {
    "CHN": ("Zhoushan Xinhai Shipyard", "Rongcheng Haida Shipbuilding", "Fujian Mawei Shipyard"),
    "TWN": ("Kaohsiung Chin Fu Shipbuilding", "Suao Lung Teh Shipyard", "Fong Kuo Shipbuilding"),
    "JPN": ("Niigata Shipbuilding", "Miho Shipyard, Shimizu", "Narasaki Shipyard"),
    "KOR": ("Busan Daesun Shipbuilding", "Mokpo Kyungnam Shipyard"),
    "ESP": ("Astilleros Armada, Vigo", "Astilleros Zamakona, Santurtzi"),
    "NOR": ("Vaagland Baatbyggeri", "Havyard Leirvik"),
}

# (name, UN/LOCODE, country alpha-3, language of the port's paperwork)
PORTS: tuple[tuple[str, str, str, str], ...] = (
    ("Las Palmas", "ESLPA", "ESP", "es"),
    ("Vigo", "ESVGO", "ESP", "es"),
    ("Callao", "PECLL", "PER", "es"),
    ("Talcahuano", "CLTAL", "CHL", "es"),
    ("Punta Arenas", "CLPUQ", "CHL", "es"),
    ("Manta", "ECMEC", "ECU", "es"),
    ("Mar del Plata", "ARMDQ", "ARG", "es"),
    ("Montevideo", "UYMVD", "URY", "es"),
    ("Abidjan", "CIABJ", "CIV", "fr"),
    ("Dakar", "SNDKR", "SEN", "fr"),
    ("Papeete", "PFPPT", "PYF", "fr"),
    ("Nouméa", "NCNOU", "NCL", "fr"),
    ("Nouadhibou", "MRNDB", "MRT", "fr"),
    ("Port Louis", "MUPLU", "MUS", "en"),
    ("Victoria", "SCPOV", "SYC", "en"),
    ("Suva", "FJSUV", "FJI", "en"),
    ("Pago Pago", "ASPPG", "ASM", "en"),
    ("Walvis Bay", "NAWVB", "NAM", "en"),
    ("Cape Town", "ZACPT", "ZAF", "en"),
    ("Dutch Harbor", "USDUT", "USA", "en"),
    ("Honolulu", "USHNL", "USA", "en"),
    ("Tema", "GHTEM", "GHA", "en"),
    ("Majuro", "MHMAJ", "MHL", "en"),
    ("Singapore", "SGSIN", "SGP", "en"),
    ("Busan", "KRPUS", "KOR", "en"),
    ("Kaohsiung", "TWKHH", "TWN", "en"),
    ("General Santos", "PHGES", "PHL", "en"),
    ("Bitung", "IDBIT", "IDN", "en"),
    ("Shimizu", "JPSMZ", "JPN", "en"),
    ("Zhoushan", "CNZOS", "CHN", "en"),
    ("Vladivostok", "RUVVO", "RUS", "en"),
)

PEOPLE = (
    "J. Ramírez",
    "M. Okafor",
    "L. Chen",
    "A. Fernández",
    "P. Nguyen",
    "S. Moreau",
    "K. Tanaka",
    "R. Patel",
    "D. Kowalski",
    "E. Mensah",
    "C. Dubois",
    "T. Ishikawa",
    "N. Pillay",
    "G. Santos",
    "H. Larsen",
    "F. Diallo",
)
MASTERS = (
    "WANG JIANGUO",
    "CHEN MING-HUI",
    "LIN YU-CHENG",
    "SATO HIROSHI",
    "KIM SUNG-HO",
    "IVANOV SERGEY",
    "ZHANG WEI",
    "HUANG CHIH-WEI",
    "PARK JONG-SU",
    "GARCÍA LÓPEZ, MANUEL",
)
AGENTS = (
    ("Oceanic Ship Agency Ltd", "Port Louis", "MU"),
    ("Atlantic Maritime Agencies SL", "Las Palmas de Gran Canaria", "ES"),
    ("Consignataria Pesquera del Sur SA", "Callao", "PE"),
    ("Société Ivoirienne de Consignation (SICOM)", "Abidjan", "CI"),
    ("Pacific Fishing Services Pty Ltd", "Suva", "FJ"),
    ("Island Marine Agency", "Victoria", "SC"),
    ("Agence Maritime du Pacifique", "Papeete", "PF"),
    ("Seaboard Vessel Services Inc", "Honolulu", "US"),
)
STREETS = (
    "12 Harbour Road",
    "Calle Eduardo Benot 27, 3º",
    "Boulevard de la Marine 45",
    "88 Wharf Street",
    "Avenida Néstor Gambetta 1265",
    "Quai Bir-Hakeim 4",
    "Room 1702, 9 Haiyun Road",
    "3F, No. 31 Yugang East 2nd Road",
)
BANKS = (
    ("Banco Atlántico de Comercio SA", "BACOESMMXXX"),
    ("Pacific Commerce Bank Ltd", "PCBKHKHHXXX"),
    ("Banque Commerciale de l'Océan", "BCOCFRPPXXX"),
    ("First Harbour Bank", "FHBKUS33XXX"),
    ("Bank of Zhoushan Marine Trade", "BZMTCNSHXXX"),
    ("Taiwan Fisheries Commercial Bank", "TFCBTWTPXXX"),
)
BUYERS = (
    "Conservas del Noroeste SA, Vigo, Spain",
    "Thai Pacific Canning Co Ltd, Bangkok, Thailand",
    "Société Ivoirienne de Thon SA, Abidjan",
    "Nordic Seafood Trading AS, Ålesund, Norway",
    "Pesquera Mar Austral SpA, Punta Arenas, Chile",
    "Global Frozen Foods LLC, Seattle, WA, USA",
)

MONTHS_EN = (
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
)
MONTHS_ES = (
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
)
MONTHS_FR = (
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
)

# Gear codes as the lists spell them, with the words a document uses.
GEAR_WORDS: dict[str, tuple[str, str, str]] = {
    "DRIFTING_LONGLINES": ("tuna longliner", "palangrero", "palangrier"),
    "SET_LONGLINES": ("bottom longliner", "palangrero de fondo", "palangrier de fond"),
    "SQUID_JIGGER": ("squid jigger", "potero", "navire turluttier"),
    "TRAWLERS": ("stern trawler", "arrastrero congelador", "chalutier congélateur"),
    "TUNA_PURSE_SEINES": ("tuna purse seiner", "atunero cerquero", "thonier senneur"),
    "POLE_AND_LINE": ("pole-and-line vessel", "cañero", "canneur"),
    "CARRIER": ("reefer carrier", "buque frigorífico", "navire frigorifique"),
}
RFMOS = ("IOTC", "WCPFC", "ICCAT", "IATTC", "SPRFMO", "NPFC", "CCAMLR", "SIOFA")
# Species a licence or a credit would name, by gear (ASFIS codes from the curated list).
GEAR_SPECIES: dict[str, tuple[str, ...]] = {
    "DRIFTING_LONGLINES": ("BET", "YFT", "ALB", "SWO"),
    "SET_LONGLINES": ("TOP", "TOA"),
    "SQUID_JIGGER": ("OFJ", "GIS", "SQA"),
    "TRAWLERS": ("CJM", "MAS", "KRI"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET"),
    "POLE_AND_LINE": ("SKJ", "ALB"),
    "CARRIER": ("SKJ", "YFT", "OFJ"),
}
# FAO major areas by RFMO (codes from the FAO list).
RFMO_AREAS: dict[str, tuple[str, ...]] = {
    "IOTC": ("51", "57"),
    "WCPFC": ("61", "71", "77", "81"),
    "ICCAT": ("21", "27", "31", "34", "41", "47"),
    "IATTC": ("77", "87"),
    "SPRFMO": ("81", "87"),
    "NPFC": ("61", "67"),
    "CCAMLR": ("48", "58", "88", "48.3", "58.5.2"),
    "SIOFA": ("51", "57"),
}
