"""Vocabulary written by hand for set Q: country names, addresses, companies, ports, RFMOs.

Nothing here is copied from the vessel lists; vessel data only reaches a page at run time.
"""

from __future__ import annotations

# iso3 -> (iso2, English, Spanish, French)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("CN", "China", "China", "Chine"),
    "TWN": ("TW", "Chinese Taipei", "Taipei Chino", "Taipei chinois"),
    "JPN": ("JP", "Japan", "Japón", "Japon"),
    "KOR": ("KR", "Republic of Korea", "República de Corea", "République de Corée"),
    "RUS": ("RU", "Russian Federation", "Federación de Rusia", "Fédération de Russie"),
    "IDN": ("ID", "Indonesia", "Indonesia", "Indonésie"),
    "VUT": ("VU", "Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("NO", "Norway", "Noruega", "Norvège"),
    "BHS": ("BS", "Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("PA", "Panama", "Panamá", "Panama"),
    "ESP": ("ES", "Spain", "España", "Espagne"),
    "AUS": ("AU", "Australia", "Australia", "Australie"),
    "LBR": ("LR", "Liberia", "Liberia", "Libéria"),
    "BLZ": ("BZ", "Belize", "Belice", "Belize"),
    "KIR": ("KI", "Kiribati", "Kiribati", "Kiribati"),
    "TGO": ("TG", "Togo", "Togo", "Togo"),
    "SLE": ("SL", "Sierra Leone", "Sierra Leona", "Sierra Leone"),
    "CMR": ("CM", "Cameroon", "Camerún", "Cameroun"),
    "FJI": ("FJ", "Fiji", "Fiyi", "Fidji"),
    "PHL": ("PH", "Philippines", "Filipinas", "Philippines"),
    "MHL": ("MH", "Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "COK": ("CK", "Cook Islands", "Islas Cook", "Îles Cook"),
    "THA": ("TH", "Thailand", "Tailandia", "Thaïlande"),
    "MUS": ("MU", "Mauritius", "Mauricio", "Maurice"),
    "SYC": ("SC", "Seychelles", "Seychelles", "Seychelles"),
    "ECU": ("EC", "Ecuador", "Ecuador", "Équateur"),
    "PER": ("PE", "Peru", "Perú", "Pérou"),
    "CHL": ("CL", "Chile", "Chile", "Chili"),
    "FRA": ("FR", "France", "Francia", "France"),
    "USA": ("US", "United States", "Estados Unidos", "États-Unis"),
    "NZL": ("NZ", "New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
    "FSM": ("FM", "Micronesia", "Micronesia", "Micronésie"),
    "MYS": ("MY", "Malaysia", "Malasia", "Malaisie"),
    "SGP": ("SG", "Singapore", "Singapur", "Singapour"),
    "CIV": ("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    "URY": ("UY", "Uruguay", "Uruguay", "Uruguay"),
    "NAM": ("NA", "Namibia", "Namibia", "Namibie"),
    "GHA": ("GH", "Ghana", "Ghana", "Ghana"),
    "ARG": ("AR", "Argentina", "Argentina", "Argentine"),
    "MEX": ("MX", "Mexico", "México", "Mexique"),
    "PRT": ("PT", "Portugal", "Portugal", "Portugal"),
    "SEN": ("SN", "Senegal", "Senegal", "Sénégal"),
}

# Flags a vessel may have flown before (for invented histories).
FORMER_FLAGS = (
    "PAN", "VUT", "LBR", "BLZ", "KIR", "TGO", "SLE", "CMR", "FJI", "KOR",
    "JPN", "PHL", "IDN", "COK", "MHL", "CHN", "TWN",
)  # fmt: skip

# iso3 -> (cities as (city, state or ""), street patterns, phone prefix)
ADDRESSES: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...], str]] = {
    "CHN": (
        (
            ("Fuzhou", "Fujian"),
            ("Zhoushan", "Zhejiang"),
            ("Rongcheng", "Shandong"),
            ("Dalian", "Liaoning"),
            ("Qingdao", "Shandong"),
            ("Guangzhou", "Guangdong"),
        ),
        (
            "No. {n} Binhai Road, Room {r}",
            "{n} Jiangbin Middle Road",
            "Building {b}, No. {n} Gangwan Street",
            "No. {n} Haixi Avenue",
            "Room {r}, {n} Donggang Road",
        ),
        "+86",
    ),
    "TWN": (
        (
            ("Kaohsiung City", ""),
            ("Yilan County", ""),
            ("Pingtung County", ""),
            ("Keelung City", ""),
        ),
        (
            "No. {n}, Yugang E. 2nd Rd., Cianjhen Dist.",
            "{n}F, No. {b}, Chenggong 1st Rd.",
            "No. {n}, Fishing Port Rd., Donggang Township",
            "No. {n}, Nanfang'ao Rd., Su'ao Township",
        ),
        "+886",
    ),
    "JPN": (
        (
            ("Hachinohe", "Aomori"),
            ("Kesennuma", "Miyagi"),
            ("Yaizu", "Shizuoka"),
            ("Shiogama", "Miyagi"),
            ("Misaki", "Kanagawa"),
            ("Kushiro", "Hokkaido"),
        ),
        (
            "{b}-{n}-{r} Minato-machi",
            "{b}-{n} Uomachi",
            "{n}-{b} Shinminato",
            "{b}-{n}-{r} Kaigan-dori",
        ),
        "+81",
    ),
    "KOR": (
        (("Busan", ""), ("Ulsan", ""), ("Mokpo", "Jeollanam-do"), ("Jeju", "Jeju-do")),
        (
            "{n}, Chungjang-daero {b}-gil, Jung-gu",
            "{n} Amnam-ro, Seo-gu",
            "{n}, Haean-ro {b}beon-gil",
        ),
        "+82",
    ),
    "RUS": (
        (
            ("Vladivostok", "Primorsky Krai"),
            ("Nakhodka", "Primorsky Krai"),
            ("Petropavlovsk-Kamchatsky", "Kamchatka Krai"),
            ("Murmansk", "Murmansk Oblast"),
        ),
        (
            "ul. Svetlanskaya, d. {n}, of. {r}",
            "ul. Portovaya, d. {n}",
            "pr. Lenina, d. {n}, kv. {r}",
        ),
        "+7",
    ),
    "ESP": (
        (
            ("Vigo", "Pontevedra"),
            ("Bermeo", "Bizkaia"),
            ("Cádiz", "Cádiz"),
            ("Marín", "Pontevedra"),
        ),
        (
            "Calle Jacinto Benavente {n}, {b}º",
            "Avenida de Beiramar {n}",
            "Muelle de Trasatlánticos s/n, nave {n}",
        ),
        "+34",
    ),
    "PAN": (
        (("Panama City", ""), ("Panamá", "Panamá")),
        ("Calle {b}, Edificio Torre Global, Piso {n}", "Avenida Balboa, PH Bay Mall, Oficina {r}"),
        "+507",
    ),
    "VUT": (
        (("Port Vila", "Shefa"),),
        ("Rue Pasteur, Lot {n}", "Kumul Highway, PO Box {r}"),
        "+678",
    ),
    "IDN": (
        (("Jakarta Utara", "DKI Jakarta"), ("Bitung", "Sulawesi Utara"), ("Benoa", "Bali")),
        ("Jl. Pelabuhan Perikanan No. {n}", "Jl. Raya Pelabuhan Benoa No. {n}"),
        "+62",
    ),
}
GENERIC_ADDRESS = (
    (("Port Louis", ""), ("Singapore", ""), ("Majuro", ""), ("Apia", "")),
    ("{n} Harbour Road, Suite {r}", "PO Box {r}, {n} Marine Parade", "Unit {b}, {n} Wharf Street"),
    "+65",
)

PHONE_BODIES = ("{a} {b} {c}", "{a}-{b}-{c}", "({a}) {b} {c}")

# Classification societies (labelled ASSOC_NAME when printed as the ship's class).
CLASS_SOCIETIES: dict[str, tuple[str, ...]] = {
    "CHN": ("China Classification Society",),
    "TWN": ("CR Classification Society",),
    "JPN": ("Nippon Kaiji Kyokai (ClassNK)", "Nippon Kaiji Kyokai"),
    "KOR": ("Korean Register of Shipping",),
    "RUS": ("Russian Maritime Register of Shipping",),
}
OTHER_CLASS = (
    "Bureau Veritas",
    "Lloyd's Register",
    "DNV",
    "Registro Italiano Navale",
    "Phoenix Register of Shipping",
)

ADMINISTRATIONS: dict[str, str] = {
    "CHN": "Maritime Safety Administration of the People's Republic of China",
    "TWN": "Maritime and Port Bureau, MOTC",
    "JPN": "Ministry of Land, Infrastructure, Transport and Tourism, Maritime Bureau",
    "KOR": "Ministry of Oceans and Fisheries of the Republic of Korea",
    "RUS": "Federal Agency for Maritime and River Transport",
    "PAN": "Panama Maritime Authority",
    "VUT": "Vanuatu Maritime Authority",
    "LBR": "Liberian International Ship and Corporate Registry",
}

COMPANY_STEMS = (
    "Haixin", "Ocean Crest", "Pacific Blue", "Jinhai", "Ruiyang", "Southern Star", "Tianyu",
    "Kaiyo", "Daewon", "Mar Austral", "Blue Horizon", "Zhongxing", "Yong Sheng", "Taiyo",
    "Orient Pearl", "Golden Wave", "Sinar Laut", "Polar Sea", "Nordvest", "Estrella del Sur",
)  # fmt: skip
COMPANY_FORMS: dict[str, tuple[str, ...]] = {
    "CHN": (
        "{s} Ocean Fishing Co., Ltd",
        "{s} Pelagic Fishery Co. Ltd",
        "{s} Marine Products Co., Ltd",
    ),
    "TWN": ("{s} Fishery Co., Ltd", "{s} Marine Enterprise Co."),
    "JPN": ("{s} Gyogyo K.K.", "{s} Suisan Co., Ltd"),
    "KOR": ("{s} Fisheries Co., Ltd", "{s} Industrial Co."),
    "RUS": ("OOO {s} Rybolovnaya Kompaniya", "JSC {s} Fishing"),
    "ESP": ("Pesquerías {s} S.L.", "Armadora {s} S.A."),
}
GENERIC_COMPANY_FORMS = (
    "{s} Shipping Inc",
    "{s} Maritime S.A.",
    "{s} Reefer Lines Ltd",
    "{s} Holdings Corp",
)

PERSON_NAMES = (
    "Chen Wei", "Lin Jianguo", "Wang Hongmei", "Huang Zhiqiang", "Tanaka Hiroshi", "Sato Kenji",
    "Kim Min-jun", "Park Soo-yeon", "Ivan Petrov", "Olga Smirnova", "María José Otero",
    "Jean-Luc Morvan", "Aiko Yamamoto", "Tsai Ming-hui", "Lee Jae-won", "Ana Beatriz Souza",
    "Roberto Castañeda", "Nguyen Thi Lan", "Alexei Korolev", "Chang Yu-ting",
)  # fmt: skip

# Former names for invented histories.
FORMER_NAME_PARTS = (
    (
        "OCEAN",
        "PACIFIC",
        "SEA",
        "SOUTHERN",
        "GOLDEN",
        "ORIENT",
        "NORTHERN",
        "BLUE",
        "SHENG",
        "KAIYO",
    ),
    ("STAR", "PHOENIX", "HARVEST", "GLORY", "QUEEN", "PRIDE", "FORTUNE", "DRAGON", "FENG", "MARU"),
)

# Gear codes of the vessel lists -> (English, Spanish, French) descriptions.
GEARS: dict[str, tuple[str, str, str]] = {
    "DRIFTING_LONGLINES": ("tuna longliner", "palangrero atunero", "palangrier thonier"),
    "SET_LONGLINES": ("bottom longliner", "palangrero de fondo", "palangrier de fond"),
    "SQUID_JIGGER": ("squid jigger", "potero", "turluttier"),
    "TRAWLERS": ("stern trawler", "arrastrero por popa", "chalutier arrière"),
    "TUNA_PURSE_SEINES": ("tuna purse seiner", "cerquero atunero", "senneur thonier"),
    "PURSE_SEINES": ("purse seiner", "cerquero", "senneur"),
    "POLE_AND_LINE": ("pole-and-line vessel", "cañero", "canneur"),
    "SET_GILLNETS": ("gillnetter", "enmallador", "fileyeur"),
}
FISHING_VESSEL = ("fishing vessel", "buque pesquero", "navire de pêche")

# RFMO acronym -> (FAO areas, species codes, gear codes it suits)
RFMOS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "WCPFC": (("71", "77", "81", "61"), ("SKJ", "YFT", "BET", "ALB", "SWO"),
              ("DRIFTING_LONGLINES", "TUNA_PURSE_SEINES", "POLE_AND_LINE")),
    "IOTC": (("51", "57", "51.5", "57.1"), ("YFT", "BET", "SKJ", "ALB", "SWO"),
             ("DRIFTING_LONGLINES", "TUNA_PURSE_SEINES")),
    "ICCAT": (("34", "47", "27", "41", "34.1.1"), ("BFT", "YFT", "BET", "ALB", "SWO", "BSH"),
              ("DRIFTING_LONGLINES", "TUNA_PURSE_SEINES", "POLE_AND_LINE")),
    "IATTC": (("77", "87"), ("YFT", "BET", "SKJ"), ("TUNA_PURSE_SEINES", "DRIFTING_LONGLINES")),
    "NPFC": (("61", "67"), ("SAP", "OFJ", "MAS"), ("SQUID_JIGGER", "TRAWLERS")),
    "SPRFMO": (("87", "81", "87.1.1"), ("GIS", "CJM"), ("SQUID_JIGGER", "TRAWLERS")),
    "CCAMLR": (("48.3", "58.4.2", "88.1", "48"), ("TOP", "TOA", "KRI"),
               ("SET_LONGLINES", "TRAWLERS")),
    "CCSBT": (("57", "81", "47"), ("SBF",), ("DRIFTING_LONGLINES",)),
}  # fmt: skip
RFMO_NAMES: dict[str, str] = {
    "WCPFC": "Western and Central Pacific Fisheries Commission",
    "IOTC": "Indian Ocean Tuna Commission",
    "ICCAT": "International Commission for the Conservation of Atlantic Tunas",
    "IATTC": "Inter-American Tropical Tuna Commission",
    "NPFC": "North Pacific Fisheries Commission",
    "SPRFMO": "South Pacific Regional Fisheries Management Organisation",
    "CCAMLR": "Commission for the Conservation of Antarctic Marine Living Resources",
    "CCSBT": "Commission for the Conservation of Southern Bluefin Tuna",
}

# Scientific names printed beside a species (never labelled: decision in README).
SCIENTIFIC = {
    "YFT": "Thunnus albacares", "BET": "Thunnus obesus", "SKJ": "Katsuwonus pelamis",
    "ALB": "Thunnus alalunga", "SWO": "Xiphias gladius", "BFT": "Thunnus thynnus",
    "SBF": "Thunnus maccoyii", "SAP": "Cololabis saira", "OFJ": "Ommastrephes bartramii",
    "GIS": "Dosidicus gigas", "CJM": "Trachurus murphyi", "MAS": "Scomber japonicus",
    "TOP": "Dissostichus eleginoides", "TOA": "Dissostichus mawsoni", "KRI": "Euphausia superba",
    "BSH": "Prionace glauca",
}  # fmt: skip

# UN/LOCODE ports: (locode, port name, iso3 of the country)
PORTS = (
    ("MUPLU", "Port Louis", "MUS"), ("THBKK", "Bangkok", "THA"), ("KRPUS", "Busan", "KOR"),
    ("JPSMZ", "Shimizu", "JPN"), ("JPYZU", "Yaizu", "JPN"), ("TWKHH", "Kaohsiung", "TWN"),
    ("CNZOS", "Zhoushan", "CHN"), ("CNTAO", "Qingdao", "CHN"), ("ECMEC", "Manta", "ECU"),
    ("PECLL", "Callao", "PER"), ("UYMVD", "Montevideo", "URY"), ("ESLPA", "Las Palmas", "ESP"),
    ("ESVGO", "Vigo", "ESP"), ("CIABJ", "Abidjan", "CIV"), ("SCPOV", "Port Victoria", "SYC"),
    ("PHGES", "General Santos", "PHL"), ("IDBIT", "Bitung", "IDN"), ("FJSUV", "Suva", "FJI"),
    ("MHMAJ", "Majuro", "MHL"), ("FMPNI", "Pohnpei", "FSM"), ("GHTEM", "Tema", "GHA"),
    ("NAWVB", "Walvis Bay", "NAM"), ("SGSIN", "Singapore", "SGP"), ("CLPUQ", "Punta Arenas", "CHL"),
)  # fmt: skip

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}  # fmt: skip

# A port of registry for each former flag (invented histories).
REGISTRY_PORTS = {
    "PAN": "Panama", "VUT": "Port Vila", "LBR": "Monrovia", "BLZ": "Belize City",
    "KIR": "Tarawa", "TGO": "Lomé", "SLE": "Freetown", "CMR": "Douala", "FJI": "Suva",
    "KOR": "Busan", "JPN": "Tokyo", "PHL": "Manila", "IDN": "Jakarta", "COK": "Avarua",
    "MHL": "Majuro", "CHN": "Zhoushan", "TWN": "Kaohsiung", "BHS": "Nassau", "NOR": "Ålesund",
    "SGP": "Singapore", "MUS": "Port Louis", "SYC": "Victoria",
}  # fmt: skip
