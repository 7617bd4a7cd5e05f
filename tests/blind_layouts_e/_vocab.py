"""Hand-written vocabulary for blind set E: countries, ports, people, companies, addresses,
yards, species and gear wordings. Written from general knowledge for this set; nothing here
is imported from the extractor or copied from the vessel lists."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    iso2: str
    en: str
    es: str
    fr: str
    adj_en: str  # "Chinese" as in "Chinese-flagged"
    adj_es: str  # "china" as in "de bandera china"


COUNTRIES: dict[str, Country] = {
    "CHN": Country("CN", "China", "China", "Chine", "Chinese", "china"),
    "TWN": Country("TW", "Chinese Taipei", "Taipei Chino", "Taipei chinois", "Taiwanese", ""),
    "JPN": Country("JP", "Japan", "Japón", "Japon", "Japanese", "japonesa"),
    "KOR": Country("KR", "Republic of Korea", "República de Corea", "République de Corée", "", ""),
    "RUS": Country(
        "RU", "Russian Federation", "Federación de Rusia", "Fédération de Russie", "Russian", "rusa"
    ),
    "ESP": Country("ES", "Spain", "España", "Espagne", "Spanish", "española"),
    "AUS": Country("AU", "Australia", "Australia", "Australie", "Australian", "australiana"),
    "IDN": Country("ID", "Indonesia", "Indonesia", "Indonésie", "Indonesian", "indonesia"),
    "VUT": Country("VU", "Vanuatu", "Vanuatu", "Vanuatu", "", ""),
    "NOR": Country("NO", "Norway", "Noruega", "Norvège", "Norwegian", ""),
    "BHS": Country("BS", "Bahamas", "Bahamas", "Bahamas", "Bahamian", ""),
    "PAN": Country("PA", "Panama", "Panamá", "Panama", "Panamanian", "panameña"),
    "PHL": Country("PH", "Philippines", "Filipinas", "Philippines", "Philippine", "filipina"),
    "USA": Country("US", "United States", "Estados Unidos", "États-Unis", "US", ""),
    "LBR": Country("LR", "Liberia", "Liberia", "Libéria", "Liberian", ""),
    "MHL": Country("MH", "Marshall Islands", "Islas Marshall", "Îles Marshall", "", ""),
    "FJI": Country("FJ", "Fiji", "Fiji", "Fidji", "Fijian", ""),
    "MUS": Country("MU", "Mauritius", "Mauricio", "Maurice", "Mauritian", ""),
    "SYC": Country("SC", "Seychelles", "Seychelles", "Seychelles", "Seychellois", ""),
    "ZAF": Country("ZA", "South Africa", "Sudáfrica", "Afrique du Sud", "South African", ""),
    "NAM": Country("NA", "Namibia", "Namibia", "Namibie", "Namibian", ""),
    "THA": Country("TH", "Thailand", "Tailandia", "Thaïlande", "Thai", ""),
    "SGP": Country("SG", "Singapore", "Singapur", "Singapour", "Singaporean", ""),
    "PER": Country("PE", "Peru", "Perú", "Pérou", "Peruvian", "peruana"),
    "URY": Country("UY", "Uruguay", "Uruguay", "Uruguay", "Uruguayan", "uruguaya"),
    "CHL": Country("CL", "Chile", "Chile", "Chili", "Chilean", "chilena"),
    "ECU": Country("EC", "Ecuador", "Ecuador", "Équateur", "Ecuadorian", "ecuatoriana"),
    "SEN": Country("SN", "Senegal", "Senegal", "Sénégal", "Senegalese", ""),
    "CIV": Country("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", "Ivorian", ""),
    "CPV": Country("CV", "Cabo Verde", "Cabo Verde", "Cap-Vert", "", ""),
    "FRA": Country("FR", "France", "Francia", "France", "French", "francesa"),
    "NZL": Country("NZ", "New Zealand", "Nueva Zelandia", "Nouvelle-Zélande", "", ""),
    "PNG": Country(
        "PG", "Papua New Guinea", "Papua Nueva Guinea", "Papouasie-Nouvelle-Guinée", "", ""
    ),
    "KIR": Country("KI", "Kiribati", "Kiribati", "Kiribati", "", ""),
    "MYS": Country("MY", "Malaysia", "Malasia", "Malaisie", "Malaysian", ""),
    "ARG": Country("AR", "Argentina", "Argentina", "Argentine", "Argentine", "argentina"),
    "HKG": Country("HK", "Hong Kong, China", "Hong Kong (China)", "Hong Kong (Chine)", "", ""),
    "BLZ": Country("BZ", "Belize", "Belice", "Belize", "Belizean", ""),
    "TGO": Country("TG", "Togo", "Togo", "Togo", "Togolese", ""),
    "SLE": Country("SL", "Sierra Leone", "Sierra Leona", "Sierra Leone", "", ""),
    "KHM": Country("KH", "Cambodia", "Camboya", "Cambodge", "Cambodian", ""),
}
# Open registers a vessel may have been under before: call-sign prefixes and MIDs of each.
FORMER_FLAGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "PAN": (("3E", "3F", "HO", "HP", "H3"), ("351", "352", "353", "354", "355", "356", "370")),
    "VUT": (("YJ",), ("576", "577")),
    "BLZ": (("V3",), ("312",)),
    "LBR": (("A8", "D5", "EL"), ("636", "637")),
    "TGO": (("5V",), ("671",)),
    "SLE": (("9L",), ("667",)),
    "KHM": (("XU",), ("514", "515")),
}
FORMER_NAME_WORDS = (("OCEAN", "PACIFIC", "GOLDEN", "SEA", "ORIENT", "BLUE"),
                     ("STAR", "GLORY", "WIND", "DRAGON", "PEARL", "FORTUNE"))  # fmt: skip
# Other ways registers write a flag in English.
EN_ALIASES: dict[str, tuple[str, ...]] = {
    "TWN": ("Taiwan", "Taiwan, Province of China", "Chinese Taipei"),
    "KOR": ("Korea", "Korea, Republic of", "Republic of Korea"),
    "RUS": ("Russia", "Russian Federation"),
    "CHN": ("China", "People's Republic of China", "China, P.R."),
    "USA": ("United States of America", "USA"),
}

# Home ports for vessels whose record has none.
HOME_PORTS: dict[str, tuple[str, ...]] = {
    "CHN": ("ZHOUSHAN", "RONGCHENG", "DALIAN", "SHIDAO", "ZHANJIANG", "FUZHOU"),
    "TWN": ("KAOHSIUNG", "SUAO", "TUNGKANG", "KEELUNG"),
    "JPN": ("KESENNUMA", "HACHINOHE", "YAIZU", "MISAKI", "SHIOGAMA"),
    "KOR": ("BUSAN", "MOKPO"),
    "RUS": ("VLADIVOSTOK", "NAKHODKA", "PETROPAVLOVSK-KAMCHATSKIY"),
    "ESP": ("VIGO", "BERMEO", "MARÍN", "A CORUÑA"),
    "VUT": ("PORT VILA",),
    "PAN": ("PANAMA",),
    "IDN": ("BITUNG", "BENOA", "JAKARTA"),
    "AUS": ("HOBART", "PORT LINCOLN"),
}

# (port, UN/LOCODE, country) for inspections, landings and port calls.
PORTS: tuple[tuple[str, str, str], ...] = (
    ("Port Louis", "MUPLU", "MUS"),
    ("Victoria", "SCPOV", "SYC"),
    ("Cape Town", "ZACPT", "ZAF"),
    ("Walvis Bay", "NAWVB", "NAM"),
    ("Las Palmas de Gran Canaria", "ESLPA", "ESP"),
    ("Vigo", "ESVGO", "ESP"),
    ("Montevideo", "UYMVD", "URY"),
    ("Callao", "PECLL", "PER"),
    ("Manta", "ECMEC", "ECU"),
    ("Talcahuano", "CLTAL", "CHL"),
    ("Suva", "FJSUV", "FJI"),
    ("Majuro", "MHMAJ", "MHL"),
    ("Busan", "KRPUS", "KOR"),
    ("Kaohsiung", "TWKHH", "TWN"),
    ("Singapore", "SGSIN", "SGP"),
    ("Bitung", "IDBIT", "IDN"),
    ("Abidjan", "CIABJ", "CIV"),
    ("Dakar", "SNDKR", "SEN"),
    ("Mindelo", "CVMIN", "CPV"),
    ("Songkhla", "THSGZ", "THA"),
    ("Shimizu", "JPSMZ", "JPN"),
    ("Vladivostok", "RUVVO", "RUS"),
    ("Hobart", "AUHBA", "AUS"),
    ("Port Moresby", "PGPOM", "PNG"),
    ("Tarawa", "KITRW", "KIR"),
    ("Penang", "MYPEN", "MYS"),
)
SPANISH_PORT_STATES = ("ESP", "URY", "PER", "ECU", "CHL")

# (family name, given name) by nationality.
PEOPLE: dict[str, tuple[tuple[str, str], ...]] = {
    "CHN": (
        ("ZHANG", "Wei"),
        ("LI", "Jianguo"),
        ("WANG", "Haitao"),
        ("CHEN", "Zhiqiang"),
        ("LIU", "Yong"),
        ("LIN", "Guohua"),
        ("HUANG", "Xiaoming"),
        ("ZHAO", "Lei"),
    ),
    "TWN": (
        ("CHEN", "Chih-ming"),
        ("LIN", "Wen-hsiung"),
        ("HUANG", "Chun-yi"),
        ("TSAI", "Ming-te"),
        ("WU", "Kuo-liang"),
    ),
    "JPN": (
        ("SATO", "Hiroshi"),
        ("TAKAHASHI", "Kenji"),
        ("SUZUKI", "Makoto"),
        ("WATANABE", "Yoshio"),
    ),
    "KOR": (("KIM", "Min-su"), ("PARK", "Jong-ho"), ("LEE", "Sang-woo"), ("CHOI", "Young-jin")),
    "RUS": (
        ("IVANOV", "Sergey"),
        ("PETROV", "Aleksandr"),
        ("SMIRNOV", "Dmitriy"),
        ("KUZNETSOV", "Nikolay"),
    ),
    "IDN": (("SETIAWAN", "Agus"), ("HIDAYAT", "Rudi"), ("SANTOSO", "Budi")),
    "PHL": (("DELA CRUZ", "Roberto"), ("REYES", "Antonio"), ("SANTOS", "Jerome")),
    "ESP": (
        ("PÉREZ OTERO", "José Manuel"),
        ("FERNÁNDEZ LAGO", "Ramón"),
        ("GONZÁLEZ RIVAS", "María"),
        ("ETXEBARRIA ARANA", "Iñaki"),
    ),
    "VNM": (("NGUYEN", "Van Hung"), ("TRAN", "Minh Duc")),
}
# Inspectors, officers and spokespeople (never linked to a vessel, so never labelled).
OFFICIALS: dict[str, tuple[str, ...]] = {
    "en": ("Anjali SEEBURN", "Kevin LABICHE", "Marie-Claire HOAREAU", "Sipho NDLOVU",
           "Helena GARISEB", "Ratu Jone NAIVALU", "Somchai PHROMMA", "Nadia GOPAUL",
           "Peter VAN WYK"),
    "es": ("Diego SILVA", "Laura MÉNDEZ", "Tomás ACOSTA", "Juan Pablo CASTRO",
           "Ana Lucía TORRES", "Xoán VÁZQUEZ PIÑEIRO"),
}  # fmt: skip

COMPANIES: dict[str, tuple[str, ...]] = {
    "CHN": (
        "ZHOUSHAN DONGJI DEEP SEA FISHERY CO LTD",
        "RONGCHENG HUANGHAI PELAGIC FISHERY CO LTD",
        "DALIAN LIANYI DISTANT WATER FISHING CO LTD",
        "FUJIAN ZHENGHAI OCEAN FISHING CO LTD",
    ),
    "TWN": (
        "YUH SHENG FISHERY CO LTD",
        "FONG KUO MARINE PRODUCTS CO LTD",
        "HSIANG CHI FISHERY CO LTD",
        "CHIN FU OCEAN ENTERPRISE CO LTD",
    ),
    "JPN": ("MARUHACHI GYOGYO KK", "DAIICHI SUISAN CO LTD", "KAIHO SUISAN KK"),
    "KOR": ("SEOHAE DEEP SEA FISHERIES CO LTD", "HANBIT OCEAN CO LTD"),
    "RUS": ("OOO VOSTOK MORSKIE RESURSY", "AO TIKHOOKEANSKAYA RYBA"),
    "ESP": (
        "PESQUERÍAS FINISTERRE SL",
        "ARMADORES DEL CANTÁBRICO SA",
        "NAVIERA ATLÁNTICA DE PESCA SL",
    ),
    "PAN": ("OCEAN GLORY SHIPPING SA", "BLUE HORIZON MARINE INC", "PACIFIC STAR HOLDINGS SA"),
    "HKG": ("GOLDEN SEA REEFER MANAGEMENT LTD", "EVER BRIGHT MARINE SERVICES LTD"),
    "IDN": ("PT SAMUDERA PERIKANAN NUSANTARA",),
    "VUT": ("MELANESIA FISHING VENTURES LTD",),
    "AUS": ("SOUTHERN OCEAN LONGLINE PTY LTD",),
}
AGENTS: tuple[str, ...] = (
    "Indian Ocean Ship Agency Ltd",
    "Atlantic Maritime Services SA",
    "Pacific Port Agency Ltd",
    "Agencia Marítima del Sur SA",
    "Cape Fishing Agencies (Pty) Ltd",
)

# (street, city, state or None, postcode or None) by country.
ADDRESSES: dict[str, tuple[tuple[str, str, str | None, str | None], ...]] = {
    "CHN": (
        ("Room 1203, No. 88 Jiangbin East Road, Mawei District", "Fuzhou", "Fujian", "350015"),
        ("No. 12 Haibin Road, Shenjiamen", "Zhoushan", "Zhejiang", "316100"),
        ("No. 3 Longyan Road, Shidao Town", "Rongcheng", "Shandong", "264309"),
        ("Floor 9, 45 Renmin Road, Zhongshan District", "Dalian", "Liaoning", "116001"),
    ),
    "TWN": (
        ("No. 3, Yugang 4th Road, Qianzhen District", "Kaohsiung", None, "806"),
        ("No. 168, Nanning Road", "Suao", "Yilan County", "270"),
    ),
    "JPN": (
        ("2-1-7 Minato-machi", "Kesennuma", "Miyagi", "988-0037"),
        ("14-3 Shinbori", "Yaizu", "Shizuoka", "425-0021"),
    ),
    "KOR": (("45, Chungjang-daero 7beon-gil, Jung-gu", "Busan", None, "48940"),),
    "RUS": (("ul. Svetlanskaya 72, office 14", "Vladivostok", "Primorsky Krai", "690001"),),
    "ESP": (
        ("Avenida Beiramar 12, 3º", "Vigo", "Pontevedra", "36202"),
        ("Calle Txibitxiaga 4", "Bermeo", "Bizkaia", "48370"),
    ),
    "PAN": (("Calle 50, Torre Global Bank, Piso 27", "Panama City", None, None),),
    "HKG": (("Unit 1508, 15/F, Harbour Centre, 25 Harbour Road", "Wan Chai", None, None),),
    "IDN": (("Jl. Pelabuhan Samudera No. 5", "Bitung", "North Sulawesi", "95521"),),
    "VUT": (("Lini Highway, PO Box 1134", "Port Vila", None, None),),
    "AUS": (("14 Hunter Street", "Hobart", "TAS", "7000"),),
}

# (shipyard, town, country)
SHIPYARDS: tuple[tuple[str, str, str], ...] = (
    ("Huanghai Shipbuilding Co Ltd", "Rongcheng", "CHN"),
    ("Zhoushan Zhaobao Shipbuilding & Repair Co", "Zhoushan", "CHN"),
    ("Fujian Mawei Shipbuilding Ltd", "Fuzhou", "CHN"),
    ("Jong Shyn Shipbuilding Co", "Kaohsiung", "TWN"),
    ("Lung Teh Shipbuilding Co", "Suao", "TWN"),
    ("Miho Shipyard Co Ltd", "Shimizu", "JPN"),
    ("Niigata Shipbuilding & Repair Inc", "Niigata", "JPN"),
    ("Daedong Shipbuilding Co", "Busan", "KOR"),
    ("Astilleros Armón SA", "Navia", "ESP"),
    ("Astilleros Zamakona SA", "Santurtzi", "ESP"),
    ("Kleven Verft AS", "Ulsteinvik", "NOR"),
)
CLASS_SOCIETIES: tuple[str, ...] = (
    "China Classification Society",
    "Nippon Kaiji Kyokai",
    "Korean Register",
    "Russian Maritime Register of Shipping",
    "Bureau Veritas",
    "CR Classification Society",
)


@dataclass(frozen=True)
class Species:
    code: str
    en: str
    es: str
    fr: str
    sci: str


SPECIES: dict[str, Species] = {
    s.code: s
    for s in (
        Species("BET", "Bigeye tuna", "Patudo", "Thon obèse", "Thunnus obesus"),
        Species("YFT", "Yellowfin tuna", "Rabil", "Albacore", "Thunnus albacares"),
        Species("ALB", "Albacore", "Atún blanco", "Germon", "Thunnus alalunga"),
        Species("SKJ", "Skipjack tuna", "Listado", "Listao", "Katsuwonus pelamis"),
        Species("SWO", "Swordfish", "Pez espada", "Espadon", "Xiphias gladius"),
        Species("BSH", "Blue shark", "Tintorera", "Peau bleue", "Prionace glauca"),
        Species("SMA", "Shortfin mako", "Marrajo dientuso", "Taupe bleue", "Isurus oxyrinchus"),
        Species("BUM", "Blue marlin", "Aguja azul", "Makaire bleu", "Makaira nigricans"),
        Species("MLS", "Striped marlin", "Marlín rayado", "Marlin rayé", "Kajikia audax"),
        Species(
            "SBF", "Southern bluefin tuna", "Atún del sur", "Thon rouge du Sud", "Thunnus maccoyii"
        ),
        Species(
            "OFJ",
            "Neon flying squid",
            "Pota saltadora",
            "Encornet volant",
            "Ommastrephes bartramii",
        ),
        Species("GIS", "Jumbo flying squid", "Jibia gigante", "Encornet géant", "Dosidicus gigas"),
        Species(
            "SQA",
            "Argentine shortfin squid",
            "Pota argentina",
            "Encornet rouge argentin",
            "Illex argentinus",
        ),
        Species(
            "SAP", "Pacific saury", "Paparda del Pacífico", "Balaou du Pacifique", "Cololabis saira"
        ),
        Species(
            "CJM",
            "Chilean jack mackerel",
            "Jurel chileno",
            "Chinchard du Chili",
            "Trachurus murphyi",
        ),
        Species(
            "TOP",
            "Patagonian toothfish",
            "Austromerluza negra",
            "Légine australe",
            "Dissostichus eleginoides",
        ),
    )
}
GEAR_SPECIES: dict[str, tuple[str, ...]] = {
    "DRIFTING_LONGLINES": ("BET", "YFT", "ALB", "SWO", "BSH", "SMA", "BUM", "MLS", "SBF"),
    "SET_LONGLINES": ("TOP", "BSH", "SWO"),
    "SQUID_JIGGER": ("OFJ", "GIS", "SQA"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET"),
    "POLE_AND_LINE": ("SKJ", "ALB", "YFT"),
    "TRAWLERS": ("CJM", "TOP", "SAP"),
    "CARRIER": ("BET", "YFT", "SKJ", "GIS", "OFJ"),
}
# gear -> (English, Spanish, French, ISSCFG abbreviation); gear is not a v1 label.
GEARS: dict[str, tuple[str, str, str, str]] = {
    "DRIFTING_LONGLINES": (
        "Drifting longlines",
        "Palangre de deriva",
        "Palangres dérivantes",
        "LLD",
    ),
    "SET_LONGLINES": ("Set longlines", "Palangre calado", "Palangres calées", "LLS"),
    "SQUID_JIGGER": ("Squid jigging lines", "Poteras para calamar", "Turluttes à calmar", "LHM"),
    "TUNA_PURSE_SEINES": ("Purse seine", "Red de cerco", "Senne coulissante", "PS"),
    "POLE_AND_LINE": ("Pole and line", "Caña y línea", "Canne", "LHP"),
    "TRAWLERS": ("Midwater otter trawl", "Arrastre pelágico", "Chalut pélagique", "OTM"),
    "CARRIER": ("None (carrier)", "Ninguno (transportista)", "Aucun (transporteur)", "NO"),
}

# ocean -> (RFMOs, FAO areas, species a trip there lands)
OCEANS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ATL": (
        ("ICCAT",),
        ("34", "47", "41", "31", "27.9.a", "34.1.1", "47.1.1", "41.3.1"),
        ("BET", "YFT", "ALB", "SWO", "BSH", "SMA", "BUM", "SQA"),
    ),
    "IND": (
        ("IOTC", "SIOFA"),
        ("51", "57", "51.4", "51.5", "57.1", "57.6"),
        ("BET", "YFT", "ALB", "SWO", "BSH", "SKJ", "SBF", "MLS"),
    ),
    "WPAC": (
        ("WCPFC", "NPFC"),
        ("61", "71", "81", "71.6.1"),
        ("BET", "YFT", "ALB", "SKJ", "OFJ", "SAP", "MLS", "SWO"),
    ),
    "EPAC": (
        ("IATTC", "SPRFMO"),
        ("77", "87", "87.1.1", "87.2.2", "87.3.1"),
        ("BET", "YFT", "SKJ", "GIS", "CJM", "SWO"),
    ),
}
AUTHORITIES: dict[str, str] = {
    "CHN": "Bureau of Fisheries, Ministry of Agriculture and Rural Affairs",
    "TWN": "Fisheries Agency",
    "JPN": "Fisheries Agency of Japan",
    "KOR": "Ministry of Oceans and Fisheries",
    "RUS": "Federal Agency for Fisheries",
    "ESP": "Secretaría General de Pesca",
    "VUT": "Vanuatu Fisheries Department",
    "PAN": "Autoridad de los Recursos Acuáticos de Panamá",
}
# Port-State inspecting authorities
PORT_AUTHORITIES: dict[str, str] = {
    "MUS": "Fisheries Protection Service",
    "SYC": "Seychelles Fishing Authority",
    "ZAF": "Department of Forestry, Fisheries and the Environment",
    "NAM": "Ministry of Fisheries and Marine Resources",
    "ESP": "Inspección Pesquera, SGPA",
    "URY": "Dirección Nacional de Recursos Acuáticos",
    "PER": "PRODUCE, Dirección de Supervisión",
    "ECU": "Viceministerio de Acuacultura y Pesca",
    "CHL": "Servicio Nacional de Pesca",
    "FJI": "Ministry of Fisheries",
    "THA": "Department of Fisheries",
}
