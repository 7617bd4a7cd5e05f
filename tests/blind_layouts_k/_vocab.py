"""Hand-written vocabulary for blind set K: flags, ports, yards, people, companies, addresses,
species and gear. Written from general knowledge; nothing here is imported from the extractor."""

from __future__ import annotations

from typing import NamedTuple


class Flag(NamedTuple):
    iso2: str
    en: str
    es: str
    fr: str


FLAGS: dict[str, Flag] = {
    "CHN": Flag("CN", "China", "China", "Chine"),
    "TWN": Flag("TW", "Chinese Taipei", "Taipéi Chino", "Taipei chinois"),
    "JPN": Flag("JP", "Japan", "Japón", "Japon"),
    "KOR": Flag("KR", "Republic of Korea", "República de Corea", "République de Corée"),
    "RUS": Flag("RU", "Russian Federation", "Federación de Rusia", "Fédération de Russie"),
    "IDN": Flag("ID", "Indonesia", "Indonesia", "Indonésie"),
    "VUT": Flag("VU", "Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": Flag("NO", "Norway", "Noruega", "Norvège"),
    "BHS": Flag("BS", "Bahamas", "Bahamas", "Bahamas"),
    "PAN": Flag("PA", "Panama", "Panamá", "Panama"),
    "AUS": Flag("AU", "Australia", "Australia", "Australie"),
    "ESP": Flag("ES", "Spain", "España", "Espagne"),
    "BLZ": Flag("BZ", "Belize", "Belice", "Belize"),
    "TGO": Flag("TG", "Togo", "Togo", "Togo"),
    "SLE": Flag("SL", "Sierra Leone", "Sierra Leona", "Sierra Leone"),
    "CMR": Flag("CM", "Cameroon", "Camerún", "Cameroun"),
    "KIR": Flag("KI", "Kiribati", "Kiribati", "Kiribati"),
    "MHL": Flag("MH", "Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "LBR": Flag("LR", "Liberia", "Liberia", "Libéria"),
    "COM": Flag("KM", "Comoros", "Comoras", "Comores"),
    "HND": Flag("HN", "Honduras", "Honduras", "Honduras"),
    "MNG": Flag("MN", "Mongolia", "Mongolia", "Mongolie"),
    "TZA": Flag("TZ", "Tanzania", "Tanzania", "Tanzanie"),
    "GNQ": Flag("GQ", "Equatorial Guinea", "Guinea Ecuatorial", "Guinée équatoriale"),
    "GEO": Flag("GE", "Georgia", "Georgia", "Géorgie"),
    "BOL": Flag("BO", "Bolivia", "Bolivia", "Bolivie"),
    "KHM": Flag("KH", "Cambodia", "Camboya", "Cambodge"),
    "URY": Flag("UY", "Uruguay", "Uruguay", "Uruguay"),
    "NAM": Flag("NA", "Namibia", "Namibia", "Namibie"),
    "SEN": Flag("SN", "Senegal", "Senegal", "Sénégal"),
    "PHL": Flag("PH", "Philippines", "Filipinas", "Philippines"),
    "PER": Flag("PE", "Peru", "Perú", "Pérou"),
    "CHL": Flag("CL", "Chile", "Chile", "Chili"),
    "ARG": Flag("AR", "Argentina", "Argentina", "Argentine"),
    "MUS": Flag("MU", "Mauritius", "Mauricio", "Maurice"),
    "SYC": Flag("SC", "Seychelles", "Seychelles", "Seychelles"),
    "FJI": Flag("FJ", "Fiji", "Fiyi", "Fidji"),
    "USA": Flag("US", "United States", "Estados Unidos", "États-Unis"),
    "NZL": Flag("NZ", "New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
    "SGP": Flag("SG", "Singapore", "Singapur", "Singapour"),
    "ZAF": Flag("ZA", "South Africa", "Sudáfrica", "Afrique du Sud"),
    "FRA": Flag("FR", "France", "Francia", "France"),
    "TUR": Flag("TR", "Türkiye", "Türkiye", "Türkiye"),
    "MYS": Flag("MY", "Malaysia", "Malasia", "Malaisie"),
    "ECU": Flag("EC", "Ecuador", "Ecuador", "Équateur"),
    "FSM": Flag("FM", "Micronesia", "Micronesia", "Micronésie"),
}
EU = ("ESP", "FRA", "PRT", "ITA", "NLD", "IRL", "DNK", "LTU", "LVA", "POL", "DEU")

# Flags a vessel passed through before its present one: MMSI MID and whole call-sign prefixes.
FORMER_FLAGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "BLZ": ("312", ("V3",)),
    "TGO": ("671", ("5V",)),
    "SLE": ("667", ("9L",)),
    "CMR": ("613", ("TJ",)),
    "KIR": ("529", ("T3",)),
    "MHL": ("538", ("V7",)),
    "LBR": ("636", ("A8", "D5", "EL")),
    "COM": ("616", ("D6",)),
    "HND": ("334", ("HQ", "HR")),
    "PAN": ("353", ("3E", "H3", "H8", "HO", "HP")),
    "VUT": ("576", ("YJ",)),
    "MNG": ("457", ("JV",)),
    "TZA": ("674", ("5I",)),
    "GNQ": ("631", ("3C",)),
    "GEO": ("213", ("4L",)),
    "BOL": ("720", ("CP",)),
    "KHM": ("514", ("XU",)),
}


class Port(NamedTuple):
    name: str
    iso3: str
    locode: str


PORTS: tuple[Port, ...] = (
    Port("Busan", "KOR", "KRPUS"),
    Port("Port Louis", "MUS", "MUPLU"),
    Port("Victoria", "SYC", "SCPOV"),
    Port("Las Palmas de Gran Canaria", "ESP", "ESLPA"),
    Port("Montevideo", "URY", "UYMVD"),
    Port("Callao", "PER", "PECLL"),
    Port("Suva", "FJI", "FJSUV"),
    Port("Kaohsiung", "TWN", "TWKHH"),
    Port("Zhoushan", "CHN", "CNZOS"),
    Port("Singapore", "SGP", "SGSIN"),
    Port("Walvis Bay", "NAM", "NAWVB"),
    Port("Cape Town", "ZAF", "ZACPT"),
    Port("Majuro", "MHL", "MHMAJ"),
    Port("Papeete", "FRA", "PFPPT"),
    Port("Dakar", "SEN", "SNDKR"),
    Port("Vigo", "ESP", "ESVGO"),
    Port("Vladivostok", "RUS", "RUVVO"),
    Port("Punta Arenas", "CHL", "CLPUQ"),
    Port("Mar del Plata", "ARG", "ARMDQ"),
    Port("Hobart", "AUS", "AUHBA"),
    Port("Manta", "ECU", "ECMEC"),
    Port("General Santos", "PHL", "PHGES"),
    Port("Pago Pago", "USA", "ASPPG"),
    Port("Kolonia", "FSM", "FMPNI"),
)
SPANISH_PORTS = ("Callao", "Montevideo", "Mar del Plata", "Punta Arenas", "Manta", "Vigo")
FRENCH_PORTS = ("Port Louis", "Victoria", "Papeete", "Dakar")

HOME_PORTS: dict[str, tuple[str, ...]] = {
    "CHN": ("ZHOUSHAN", "FUZHOU", "SHIDAO", "DALIAN", "QINGDAO"),
    "TWN": ("KAOHSIUNG", "TUNGKANG", "SUAO", "KEELUNG"),
    "JPN": ("YAIZU", "KESENNUMA", "MISAKI", "SHIOGAMA"),
    "KOR": ("BUSAN",),
    "RUS": ("VLADIVOSTOK", "NAKHODKA", "MURMANSK"),
    "ESP": ("VIGO", "BERMEO", "MARIN"),
    "PAN": ("PANAMA",),
    "VUT": ("PORT VILA",),
}


class Yard(NamedTuple):
    name: str
    city: str
    iso3: str


YARDS: tuple[Yard, ...] = (
    Yard("Zhejiang Zhoushan Xinya Shipbuilding Co., Ltd.", "Zhoushan", "CHN"),
    Yard("Rongcheng Huanghai Shipbuilding Co., Ltd.", "Rongcheng", "CHN"),
    Yard("Fujian Mawei Shipbuilding Ltd.", "Fuzhou", "CHN"),
    Yard("Liaoning Dalian Fishing Vessel Works", "Dalian", "CHN"),
    Yard("Jong Shyn Shipbuilding Co., Ltd.", "Kaohsiung", "TWN"),
    Yard("Lung Teh Shipbuilding Co., Ltd.", "Su-ao", "TWN"),
    Yard("Niigata Shipbuilding & Repair, Inc.", "Niigata", "JPN"),
    Yard("Miho Shipyard Co., Ltd.", "Shizuoka", "JPN"),
    Yard("Astilleros Armon Vigo S.A.", "Vigo", "ESP"),
    Yard("Astilleros Zamakona S.A.", "Santurtzi", "ESP"),
    Yard("Havyard Ship Technology AS", "Leirvik", "NOR"),
    Yard("Daesun Shipbuilding & Engineering", "Busan", "KOR"),
    Yard("Cemre Shipyard", "Yalova", "TUR"),
    Yard("Piriou Chantier Naval", "Concarneau", "FRA"),
)

# fmt: off
PEOPLE: tuple[str, ...] = (
    "Wang Jianguo", "Chen Mingde", "Lin Wen-hsiung", "Huang Chih-ming", "Zhang Wei", "Liu Haibo",
    "Sato Kenji", "Tanaka Hiroshi", "Kim Dong-hyun", "Park Sung-ho", "Sergei Volkov",
    "Dmitry Orlov", "Andrés Pereira", "María José Ferreiro", "José Luis Otero",
    "Carlos Mendoza Ruiz", "Jean-Marc Le Gall", "Sophie Martin", "Anil Ramgoolam", "Priya Naidoo",
    "Thomas Whitfield", "Emma Clarke", "Ole Kristian Hansen", "Rajesh Kumar", "Juan Carlos Quispe",
    "Nguyen Van Thanh", "Budi Santoso", "Michael O'Brien", "Kwame Mensah", "Ahmed El Amrani",
    "Ana Lucía Torres", "Pierre Dubois",
)
# fmt: on


class Address(NamedTuple):
    street: str
    city: str
    state: str | None
    postcode: str
    country: str


# fmt: off
ADDRESSES: dict[str, tuple[Address, ...]] = {
    "CHN": (
        Address("No. 18 Jiangbin East Road, Mawei District", "Fuzhou", "Fujian", "350015", "China"),
        Address("Room 1203, 66 Haixing Road, Dinghai District", "Zhoushan", "Zhejiang", "316000",
                "China"),
        Address("8 Binhai Road, Shidao Town", "Rongcheng", "Shandong", "264309", "China"),
    ),
    "TWN": (
        Address("3F, No. 12 Yugang East 2nd Road, Qianzhen District", "Kaohsiung", None, "806",
                "Taiwan"),
        Address("No. 55 Zhongzheng Road, Donggang Township", "Pingtung", None, "928", "Taiwan"),
    ),
    "JPN": (
        Address("2-14-7 Shinminato", "Yaizu", "Shizuoka", "425-0021", "Japan"),
        Address("1-3 Uoichiba-mae", "Kesennuma", "Miyagi", "988-0037", "Japan"),
    ),
    "KOR": (Address("45 Chungjang-daero, Jung-gu", "Busan", None, "48939", "Republic of Korea"),),
    "RUS": (Address("ul. Strelnikova 9, office 410", "Vladivostok", "Primorsky Krai", "690065",
                    "Russian Federation"),),
    "ESP": (
        Address("Avenida de Beiramar 42, 2º", "Vigo", "Pontevedra", "36202", "Spain"),
        Address("Calle Nardiz 7", "Bermeo", "Bizkaia", "48370", "Spain"),
    ),
    "AUS": (Address("12 Franklin Wharf", "Hobart", "Tasmania", "7000", "Australia"),),
    "PAN": (Address("Torre Global Bank, Piso 24, Calle 50", "Panama City", None, "0832",
                    "Panama"),),
    "": (  # owners of flags without a list of their own
        Address("Trust Company Complex, Ajeltake Road", "Majuro", None, "MH 96960",
                "Marshall Islands"),
        Address("Lini Highway, Govant Building", "Port Vila", None, "PO Box 1276", "Vanuatu"),
        Address("35 Barrack Road, 3rd Floor", "Belize City", None, "—", "Belize"),
        Address("80 Broad Street", "Monrovia", None, "1000", "Liberia"),
    ),
}

COMPANY_WORDS = ("Ocean Harvest", "Pacific Star", "Blue Horizon", "Southern Cross", "Golden Sea",
                 "Hai Feng", "Da Yang", "Shin Yuan", "Mar Austral", "Atlantic Pride")
COMPANY_FORMS = ("{w} Fishery Co., Ltd.", "{w} Marine Corp.", "{w} Shipping S.A.",
                 "{w} Fishing Ltd", "{w} Ocean Fisheries Co., Ltd.")
# fmt: on


class Species(NamedTuple):
    code: str
    en: str
    es: str
    fr: str


# fmt: off
SPECIES: dict[str, Species] = {s.code: s for s in (
    Species("YFT", "Yellowfin tuna", "Rabil", "Albacore"),
    Species("BET", "Bigeye tuna", "Patudo", "Thon obèse"),
    Species("SKJ", "Skipjack tuna", "Listado", "Listao"),
    Species("ALB", "Albacore", "Atún blanco", "Germon"),
    Species("SWO", "Swordfish", "Pez espada", "Espadon"),
    Species("BSH", "Blue shark", "Tintorera", "Peau bleue"),
    Species("SMA", "Shortfin mako", "Marrajo dientuso", "Taupe bleue"),
    Species("MLS", "Striped marlin", "Marlín rayado", "Marlin rayé"),
    Species("BUM", "Blue marlin", "Aguja azul", "Makaire bleu"),
    Species("OFJ", "Neon flying squid", "Pota saltadora", "Encornet volant"),
    Species("GIS", "Jumbo flying squid", "Jibia gigante", "Encornet géant"),
    Species("SQA", "Argentine shortfin squid", "Pota argentina", "Encornet rouge argentin"),
    Species("SAP", "Pacific saury", "Paparda del Pacífico", "Balaou du Pacifique"),
    Species("MAS", "Chub mackerel", "Estornino", "Maquereau espagnol"),
    Species("CJM", "Chilean jack mackerel", "Jurel chileno", "Chinchard du Chili"),
    Species("TOP", "Patagonian toothfish", "Austromerluza negra", "Légine australe"),
    Species("TOA", "Antarctic toothfish", "Austromerluza antártica", "Légine antarctique"),
)}
# fmt: on


class Gear(NamedTuple):
    en: str
    es: str
    fr: str
    isscfg: str
    species: tuple[str, ...]
    areas: tuple[str, ...]  # FAO major areas and subareas where this fleet fishes


# fmt: off
GEARS: dict[str, Gear] = {
    "DRIFTING_LONGLINES": Gear("Drifting longline", "Palangre de deriva", "Palangre dérivante",
        "LLD", ("BET", "YFT", "ALB", "SWO", "BSH", "SMA", "MLS", "BUM"),
        ("51", "57", "71", "77", "81", "34", "47", "51.7", "57.1")),
    "SQUID_JIGGER": Gear("Squid jigging", "Potera", "Turlutte", "LHM", ("OFJ", "GIS", "SQA"),
        ("41", "41.3", "87", "87.2", "61")),
    "TUNA_PURSE_SEINES": Gear("Tuna purse seine", "Cerco atunero", "Senne coulissante", "PS",
        ("SKJ", "YFT", "BET"), ("71", "77", "51", "34", "87")),
    "TRAWLERS": Gear("Midwater trawl", "Arrastre pelágico", "Chalut pélagique", "OTM",
        ("CJM", "MAS", "SAP"), ("87", "87.1", "61", "34.1")),
    "POLE_AND_LINE": Gear("Pole and line", "Caña", "Canne", "LHP", ("SKJ", "ALB", "YFT"),
        ("61", "71", "51")),
    "SET_LONGLINES": Gear("Set longline", "Palangre de fondo", "Palangre calée", "LLS",
        ("TOP", "TOA"), ("48.3", "48", "88", "41")),
}
GEAR_DEFAULT = "DRIFTING_LONGLINES"

# RFMO with competence over a FAO major area (the first two digits of the area code).
AREA_RFMO = {"51": "IOTC", "57": "IOTC", "71": "WCPFC", "77": "IATTC", "81": "WCPFC",
             "34": "ICCAT", "47": "ICCAT", "41": "ICCAT", "87": "SPRFMO", "61": "NPFC",
             "48": "CCAMLR", "88": "CCAMLR"}

CLASS_SOCIETIES = ("China Classification Society", "Nippon Kaiji Kyokai", "Korean Register",
                   "Russian Maritime Register of Shipping", "Bureau Veritas", "DNV",
                   "CR Classification Society", "Lloyd's Register")
ENGINES = ("Yanmar 6EY26W", "Niigata 6M28BFT", "Daihatsu 6DKM-26", "Wärtsilä 6L20",
           "Zichai 8170ZC", "MAN 6L23/30A", "Caterpillar 3512C", "Akasaka K28BFD")
# fmt: on
