"""Hand-written vocabulary for blind set H (written from general knowledge, no project lists)."""

from __future__ import annotations

from typing import NamedTuple


class Rfmo(NamedTuple):
    code: str
    name_en: str
    name_fr: str
    name_es: str
    areas: tuple[str, ...]  # FAO major areas or subdivisions in its Convention area
    id_style: str  # how its record numbers vessels

    def name(self, lang: str) -> str:
        return {"en": self.name_en, "fr": self.name_fr, "es": self.name_es}[lang]


# ISO 3166-1 alpha-3 -> (English, French, Spanish) as RFMO documents print them.
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
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "PHL": ("Philippines", "Philippines", "Filipinas"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Maurice", "Mauricio"),
    "LBR": ("Liberia", "Libéria", "Liberia"),
    "BLZ": ("Belize", "Belize", "Belice"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "FJI": ("Fiji", "Fidji", "Fiyi"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "PER": ("Peru", "Pérou", "Perú"),
    "CHL": ("Chile", "Chili", "Chile"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "NZL": ("New Zealand", "Nouvelle-Zélande", "Nueva Zelandia"),
    "ZAF": ("South Africa", "Afrique du Sud", "Sudáfrica"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "MHL": ("Marshall Islands", "Îles Marshall", "Islas Marshall"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "SLE": ("Sierra Leone", "Sierra Leone", "Sierra Leona"),
    "TGO": ("Togo", "Togo", "Togo"),
    "VCT": (
        "Saint Vincent and the Grenadines",
        "Saint-Vincent-et-les-Grenadines",
        "San Vicente y las Granadinas",
    ),
    "MEX": ("Mexico", "Mexique", "México"),
    "THA": ("Thailand", "Thaïlande", "Tailandia"),
    "SGP": ("Singapore", "Singapour", "Singapur"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
}
LANG_INDEX = {"en": 0, "fr": 1, "es": 2}

# Flags of convenience a vessel may have flown before: (iso3, call-sign prefix, MMSI MID).
FORMER_FLAGS = (
    ("PAN", "3E", "352"),
    ("VUT", "YJ", "576"),
    ("BLZ", "V3", "312"),
    ("KIR", "T3", "529"),
    ("HND", "HQ", "334"),
    ("SLE", "9L", "667"),
    ("TGO", "5V", "671"),
    ("LBR", "A8", "636"),
    ("VCT", "J8", "375"),
    ("FJI", "3D", "520"),
)

# code, English acronym name, French, Spanish, FAO areas of its Convention area, id style
RFMOS: tuple[Rfmo, ...] = tuple(
    Rfmo(*row)
    for row in (
        (
            "IOTC",
            "Indian Ocean Tuna Commission",
            "Commission des thons de l'océan Indien",
            "Comisión del Atún para el Océano Índico",
            ("51", "57", "51.5", "57.1"),
            "IOTC{n:06d}",
        ),
        (
            "WCPFC",
            "Western and Central Pacific Fisheries Commission",
            "Commission des pêches du Pacifique occidental et central",
            "Comisión de Pesca del Pacífico Occidental y Central",
            ("61", "71", "77", "81"),
            "{n:05d}",
        ),
        (
            "ICCAT",
            "International Commission for the Conservation of Atlantic Tunas",
            "Commission internationale pour la conservation des thonidés de l'Atlantique",
            "Comisión Internacional para la Conservación del Atún Atlántico",
            ("21", "27", "34", "41", "47", "34.1.1"),
            "AT000{flag}{n:05d}",
        ),
        (
            "IATTC",
            "Inter-American Tropical Tuna Commission",
            "Commission interaméricaine du thon tropical",
            "Comisión Interamericana del Atún Tropical",
            ("77", "87", "87.1"),
            "{n:05d}",
        ),
        (
            "SPRFMO",
            "South Pacific Regional Fisheries Management Organisation",
            "Organisation régionale de gestion des pêches du Pacifique Sud",
            "Organización Regional de Ordenamiento Pesquero del Pacífico Sur",
            ("81", "87", "87.2"),
            "SP{n:04d}",
        ),
        (
            "NPFC",
            "North Pacific Fisheries Commission",
            "Commission des pêches du Pacifique Nord",
            "Comisión de Pesquerías del Pacífico Norte",
            ("61", "67"),
            "NPFC-{n:04d}",
        ),
    )
)

# code, English, French, Spanish (ASFIS names)
SPECIES = (
    ("BET", "Bigeye tuna", "Thon obèse", "Patudo"),
    ("YFT", "Yellowfin tuna", "Albacore", "Rabil"),
    ("SKJ", "Skipjack tuna", "Listao", "Listado"),
    ("ALB", "Albacore", "Germon", "Atún blanco"),
    ("SWO", "Swordfish", "Espadon", "Pez espada"),
    ("BSH", "Blue shark", "Peau bleue", "Tintorera"),
    ("SMA", "Shortfin mako", "Taupe bleue", "Marrajo dientuso"),
    ("MLS", "Striped marlin", "Marlin rayé", "Marlín rayado"),
    ("BUM", "Blue marlin", "Makaire bleu", "Aguja azul"),
    ("OFJ", "Neon flying squid", "Encornet volant", "Pota saltadora"),
    ("GIS", "Jumbo flying squid", "Encornet géant", "Jibia gigante"),
    ("SAP", "Pacific saury", "Balaou du Pacifique", "Paparda del Pacífico"),
    ("CJM", "Chilean jack mackerel", "Chinchard du Chili", "Jurel chileno"),
    ("TOP", "Patagonian toothfish", "Légine australe", "Austromerluza negra"),
)

# gear code of the vessel lists -> (English, French, Spanish, short type)
GEAR = {
    "DRIFTING_LONGLINES": (
        "Drifting longlines",
        "Palangres dérivantes",
        "Palangre de deriva",
        "Longliner",
    ),
    "SET_LONGLINES": ("Set longlines", "Palangres calées", "Palangre de fondo", "Longliner"),
    "SQUID_JIGGER": ("Squid jigging", "Turluttes", "Poteras", "Squid jigger"),
    "TRAWLERS": ("Bottom trawl", "Chalut de fond", "Arrastre de fondo", "Trawler"),
    "TUNA_PURSE_SEINES": ("Purse seine", "Senne coulissante", "Red de cerco", "Purse seiner"),
    "POLE_AND_LINE": ("Pole and line", "Canne", "Caña y línea", "Pole-and-liner"),
    "CARRIER": ("Carrier", "Transporteur", "Transporte", "Reefer"),
}

PEOPLE = (
    "Li Wei",
    "Chen Jianguo",
    "Wang Haitao",
    "Lin Chih-Ming",
    "Huang Wen-Chi",
    "Tanaka Hiroshi",
    "Sato Kenji",
    "Kim Sung-ho",
    "Park Jae-won",
    "Sergei Ivanov",
    "Dmitry Kuznetsov",
    "Budi Santoso",
    "Agus Wijaya",
    "Juan Carlos Pereira",
    "Manuel Otero Fernández",
    "Ricardo Gómez",
    "Jean-Pierre Lefèvre",
    "Ahmed Salim",
    "Rolando Dela Cruz",
    "Nguyen Van Hai",
)
OFFICIALS = (
    ("Dr. Hiroshi Yamamoto", "Director-General"),
    ("Ms. Maria Elena Vidal", "Directora General"),
    ("Mr. Pierre Moreau", "Directeur des pêches"),
    ("Mr. Zhang Ming", "Deputy Director-General"),
    ("Ms. Anne Kowalski", "Head of Licensing Unit"),
    ("Sr. Andrés Castillo", "Subsecretario de Pesca"),
)

# name, street address, city, state/province (may be ""), country iso3, registration number
COMPANIES = (
    (
        "Ocean Blue Fishery Co., Ltd.",
        "No. 18 Haibin Road, Mawei District",
        "Fuzhou",
        "Fujian",
        "CHN",
        "91350105MA2XY3KQ1P",
    ),
    (
        "Zhoushan Hongyuan Pelagic Fishing Co. Ltd",
        "218 Donghai West Road",
        "Zhoushan",
        "Zhejiang",
        "CHN",
        "91330900307612248K",
    ),
    (
        "Shin Hsing Fishery Co., Ltd.",
        "3F, No. 2 Yugang East 2nd Rd., Qianzhen Dist.",
        "Kaohsiung",
        "",
        "TWN",
        "16085112",
    ),
    (
        "Fu Chun Marine Enterprise Co.",
        "No. 56 Chenggong 2nd Rd.",
        "Kaohsiung",
        "",
        "TWN",
        "53907214",
    ),
    ("Taiyo Gyogyo K.K.", "2-14-3 Minato-machi", "Yaizu", "Shizuoka", "JPN", "0800-01-004512"),
    (
        "Kaisei Suisan Co., Ltd.",
        "1-7-22 Uoichiba-dori",
        "Kesennuma",
        "Miyagi",
        "JPN",
        "3700-01-011873",
    ),
    ("Dongwon Pelagic Co., Ltd.", "68 Mabang-ro, Seocho-gu", "Seoul", "", "KOR", "110111-0073952"),
    (
        "Vostok Trawl Fleet LLC",
        "ul. Svetlanskaya 44",
        "Vladivostok",
        "Primorsky Krai",
        "RUS",
        "1022501283110",
    ),
    ("Pesquerías Arnela S.L.", "Avenida de Beiramar 27", "Vigo", "Pontevedra", "ESP", "B36012458"),
    (
        "Atlántico Sur Armadores S.A.",
        "Calle Rafael Cabrera 9",
        "Las Palmas de Gran Canaria",
        "Las Palmas",
        "ESP",
        "A35129774",
    ),
    (
        "Pacific Horizon Marine Inc.",
        "Suite 3, Lini Highway",
        "Port Vila",
        "Shefa",
        "VUT",
        "C-21044",
    ),
    (
        "Blue Meridian Shipping S.A.",
        "Calle 50, Torre Global, Piso 12",
        "Panama City",
        "",
        "PAN",
        "155693021",
    ),
    (
        "PT Samudera Mina Jaya",
        "Jl. Muara Baru Ujung Blok A No. 7",
        "Jakarta Utara",
        "DKI Jakarta",
        "IDN",
        "AHU-0041227.AH.01.01",
    ),
    (
        "Southern Ocean Harvest Pty Ltd",
        "12 Franklin Wharf",
        "Hobart",
        "Tasmania",
        "AUS",
        "ACN 104 331 872",
    ),
    ("Mahé Deep Sea Ltd", "Providence Industrial Estate", "Victoria", "", "SYC", "C8841207"),
)

# port, UN/LOCODE, country iso3
PORTS = (
    ("Kaohsiung", "TWKHH", "TWN"),
    ("Zhoushan", "CNZOS", "CHN"),
    ("Fuzhou", "CNFOC", "CHN"),
    ("Busan", "KRPUS", "KOR"),
    ("Yaizu", "JPYZU", "JPN"),
    ("Shimizu", "JPSMZ", "JPN"),
    ("Vladivostok", "RUVVO", "RUS"),
    ("Vigo", "ESVGO", "ESP"),
    ("Las Palmas", "ESLPA", "ESP"),
    ("Port Louis", "MUPLU", "MUS"),
    ("Victoria", "SCPOV", "SYC"),
    ("Montevideo", "UYMVD", "URY"),
    ("Suva", "FJSUV", "FJI"),
    ("Pago Pago", "ASPPG", "USA"),
    ("Hobart", "AUHBA", "AUS"),
    ("Singapore", "SGSIN", "SGP"),
    ("Cape Town", "ZACPT", "ZAF"),
    ("Port Vila", "VUVLI", "VUT"),
)

# yard, town, country iso3
YARDS = (
    ("Niigata Engineering", "Niigata", "JPN"),
    ("Miho Shipyard", "Shimizu", "JPN"),
    ("Kanasashi Zosen", "Shizuoka", "JPN"),
    ("Kyokuyo Shipyard", "Shimonoseki", "JPN"),
    ("Daesun Shipbuilding", "Busan", "KOR"),
    ("Jong Shyn Shipbuilding", "Kaohsiung", "TWN"),
    ("Lung Teh Shipbuilding", "Suao", "TWN"),
    ("Rongcheng Shipyard", "Rongcheng", "CHN"),
    ("Huanghai Shipbuilding", "Rongcheng", "CHN"),
    ("Astilleros Armon", "Navia", "ESP"),
    ("Factorías Vulcano", "Vigo", "ESP"),
    ("Astilleros Zamakona", "Bilbao", "ESP"),
    ("Piriou", "Concarneau", "FRA"),
    ("Kleven Verft", "Ulsteinvik", "NOR"),
    ("PT PAL", "Surabaya", "IDN"),
    ("Yantai Raffles", "Yantai", "CHN"),
)

ENGINES = (
    "Niigata 6M28BFT",
    "Yanmar 6N21A",
    "Akasaka A34",
    "Daihatsu 6DLM-26",
    "MAN B&W 6L28/32",
    "Wärtsilä 8L20",
    "Caterpillar 3512B",
    "Hanshin LH34LA",
    "Mitsubishi S6R2",
    "Cummins KTA50",
)

FORMER_NAMES = (
    "SHIN HSING No. 12",
    "OCEAN PROVIDER",
    "HAI FENG 806",
    "KOYO MARU No. 8",
    "SEA ENDEAVOUR",
    "PUERTO RICO 3",
    "ATLANTIC STAR",
    "CHIN CHUN No. 21",
    "NUEVO ARNELA",
    "DAE YANG 7",
    "MAR DEL PLATA",
    "TONG LIANG 11",
    "HOSHIN MARU 3",
    "SAN JUAN BAUTISTA",
    "POLAR SEA",
)

PLACEHOLDERS = {
    "en": ("N/A", "n/a", "—", "-", "Not available", "nil", "unknown", "(none)"),
    "fr": ("néant", "n.d.", "—", "-", "non communiqué"),
    "es": ("s/d", "N/D", "—", "-", "no disponible", "sin información"),
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
}

MINISTRIES = {
    "en": (
        "Ministry of Agriculture, Fisheries and Forestry",
        "Fisheries Agency",
        "Department of Fisheries",
        "Ministry of Marine Affairs and Fisheries",
        "Bureau of Fisheries, Ministry of Agriculture and Rural Affairs",
    ),
    "fr": (
        "Ministère de la Mer",
        "Direction des Pêches Maritimes et de l'Aquaculture",
        "Ministère de l'Économie bleue",
    ),
    "es": (
        "Ministerio de Agricultura, Pesca y Alimentación",
        "Secretaría General de Pesca",
        "Dirección General de Recursos Marinos",
        "Subsecretaría de Pesca y Acuicultura",
    ),
}

BROKERS = (
    "Bluewater Shipbrokers Ltd",
    "Nordic Fishing Vessel Sales AS",
    "Atlantic Marine Brokers",
    "Pacific Vessel Exchange Pte Ltd",
    "Harbour & Hull Brokerage",
)

STREETS = (
    "12 Harbour Road",
    "Level 4, 88 Marine Parade",
    "PO Box 1184",
    "5 Quay Street",
    "Avenida del Puerto 31",
    "14 rue du Port",
)
