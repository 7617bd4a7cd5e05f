"""Invented words for the set-V pages: countries, yards, streets, ports, people, firms."""

from __future__ import annotations

# ISO alpha-3 -> (English, Spanish, French)
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
    "ESP": ("Spain", "España", "Espagne"),
    "AUS": ("Australia", "Australia", "Australie"),
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "FJI": ("Fiji", "Fiyi", "Fidji"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "ARG": ("Argentina", "Argentina", "Argentine"),
    "FRA": ("France", "Francia", "France"),
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "BLZ": ("Belize", "Belice", "Belize"),
    "NAM": ("Namibia", "Namibia", "Namibie"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "PER": ("Peru", "Perú", "Pérou"),
    "CHL": ("Chile", "Chile", "Chili"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
}

FORMER_FLAGS = ("PAN", "VUT", "BLZ", "LBR", "KIR", "PHL", "SYC", "FJI", "URY", "MHL")

PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "en": ("N/A", "n/a", "-", "—", "not assigned", "TBA", "none", "[blank]", "nil", "unknown"),
    "es": ("s/d", "N/D", "-", "no consta", "sin asignar", "—", "pendiente"),
    "fr": ("n.c.", "néant", "-", "non attribué", "—", "N/D"),
}

REG_PATTERNS: dict[str, str] = {
    "CHN": "{y}{d6}",
    "TWN": "CT{d2}-{d4}",
    "JPN": "{A}{A}1-{d4}",
    "KOR": "{d4}{d2}-{d4}",
    "RUS": "{d2}-{d4}",
    "ESP": "3-VI-{d2}-{d4}",
    "AUS": "{d6}",
    "IDN": "{y}PPm No.{d4}/L",
    "VUT": "VU-{d4}",
    "PAN": "{d5}-{d2}-A",
}

YARDS: dict[str, tuple[str, ...]] = {
    "CHN": (
        "Zhoushan Putuo Shipyard",
        "Rongcheng Shipbuilding",
        "Fuzhou Mawei Shipyard",
        "Ningbo",
        "Huanghai Shipbuilding, Rongcheng",
        "Guangzhou",
    ),
    "JPN": ("Miho Shipyard, Shimizu", "Niigata", "Kanasashi, Toyohashi", "Yamanishi, Ishinomaki"),
    "TWN": ("Kaohsiung", "Jong Shyn Shipbuilding", "Lien Cheng, Kaohsiung", "Suao"),
    "KOR": ("Busan", "Daedong Shipbuilding", "Hanjin, Busan"),
    "ESP": ("Astilleros Armon, Vigo", "Zamakona, Bilbao", "Murueta", "Astilleros Freire, Vigo"),
    "RUS": ("Yantar, Kaliningrad", "Vyborg Shipyard", "Nakhodka SRZ"),
    "NOR": ("Kleven, Ulsteinvik", "Vard Brattvaag", "Havyard, Leirvik"),
    "POL": ("Gdansk", "Stocznia Szczecinska"),
}

STREETS: dict[str, tuple[str, ...]] = {
    "CHN": ("No. {n} Haixing Road", "{n} Binhai Avenue, Putuo District", "Room {n}, Yuanyang Bldg"),
    "TWN": ("No. {n}, Yugang Road, Qianzhen District", "{n} Chenggong 2nd Road"),
    "JPN": ("{n}-2 Minato-machi", "{n} Yaizu 2-chome"),
    "KOR": ("{n} Jungang-daero, Jung-gu", "{n} Gamcheon-ro, Saha-gu"),
    "RUS": ("ul. Svetlanskaya {n}", "ul. Portovaya {n}, of. 12"),
    "ESP": ("Avda. de Beiramar {n}", "Calle Ribera {n}, 2º"),
    "AUS": ("{n} Esplanade", "{n} Napoleon Street"),
    "PAN": ("Calle 50, Torre Global, Piso {n}", "Av. Balboa {n}"),
    "VUT": ("Rue Pasteur {n}", "PO Box {n}, Lini Highway"),
}

CITIES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "CHN": (("Zhoushan", "Zhejiang"), ("Fuzhou", "Fujian"), ("Qingdao", "Shandong")),
    "TWN": (("Kaohsiung", None), ("Keelung", None)),
    "JPN": (("Yaizu", "Shizuoka"), ("Kesennuma", "Miyagi")),
    "KOR": (("Busan", None),),
    "RUS": (("Vladivostok", "Primorsky Krai"), ("Petropavlovsk-Kamchatsky", "Kamchatka")),
    "ESP": (("Vigo", "Pontevedra"), ("Bermeo", "Bizkaia")),
    "AUS": (("Hobart", "Tasmania"), ("Port Lincoln", "South Australia")),
    "PAN": (("Panama City", None),),
    "VUT": (("Port Vila", None),),
}

# (port, UN/LOCODE, country alpha-3)
PORTS: tuple[tuple[str, str, str], ...] = (
    ("Port Louis", "MUPLU", "MUS"),
    ("Las Palmas", "ESLPA", "ESP"),
    ("Montevideo", "UYMVD", "URY"),
    ("Busan", "KRPUS", "KOR"),
    ("Suva", "FJSUV", "FJI"),
    ("Cape Town", "ZACPT", "ZAF"),
    ("Walvis Bay", "NAWVB", "NAM"),
    ("Victoria", "SCPOV", "SYC"),
    ("Singapore", "SGSIN", "SGP"),
    ("Callao", "PECLL", "PER"),
    ("Kaohsiung", "TWKHH", "TWN"),
    ("Majuro", "MHMAJ", "MHL"),
    ("Pago Pago", "ASPPG", "ASM"),
    ("Noumea", "NCNOU", "NCL"),
    ("Honiara", "SBHIR", "SLB"),
    ("Vladivostok", "RUVVO", "RUS"),
    ("Shimizu", "JPSMZ", "JPN"),
    ("Punta Arenas", "CLPUQ", "CHL"),
    ("Mar del Plata", "ARMDQ", "ARG"),
    ("Manta", "ECMEC", "ECU"),
)

PEOPLE = (
    "Capt. Li Wenhao",
    "Ana Belén Castro",
    "Rajesh Ramgoolam",
    "Marie-Claire Hoarau",
    "Takeshi Morita",
    "Ivan Petrenko",
    "Chen Yu-Ting",
    "Jorge Etchegaray",
    "Sione Tuilagi",
    "Grace Mwangi",
    "Pieter van der Merwe",
    "Lucía Fernández",
    "Kim Sung-ho",
    "Noel Payet",
)

AGENTS = (
    "Ocean Star Shipping Agency Ltd",
    "Blue Horizon Maritime Services",
    "Agencia Marítima del Sur S.A.",
    "Indian Ocean Port Agencies",
    "Pacific Link Agencies Pte Ltd",
    "Consignataria Atlántica S.L.",
    "Southern Cross Ship Agents",
    "Mascarene Shipping Agents",
)

INSURERS = (
    "Northern Mutual Marine Insurance",
    "Pacific Fishing Vessel Mutual",
    "Atlantic Hull Underwriters Ltd",
    "Seguros Marítimos del Cantábrico",
    "Asian Marine Hull Pool",
)

CREW_ROLES = (
    "Master",
    "Chief Officer",
    "Chief Engineer",
    "2nd Engineer",
    "Bosun",
    "AB",
    "OS",
    "Fisherman",
    "Cook",
    "Oiler",
    "Fishing Master",
    "Deckhand",
)

CREW_NAMES = (
    "WANG JIANGUO",
    "ZHANG WEI",
    "BUDI SANTOSO",
    "AGUS PRASETYO",
    "JUAN DELA CRUZ",
    "NGUYEN VAN HAI",
    "RUSLAN KAMALOV",
    "TANAKA HIROSHI",
    "PARK JI-HOON",
    "EDWIN MWANGI",
    "JOSE REYES",
    "LIN CHIH-MING",
    "SERGEY BORISOV",
    "MOHAMED ALI",
    "KYAW MIN THU",
    "SAMUELA VAKA",
    "HENDRA GUNAWAN",
    "ROGELIO SANTOS",
)

AIRLINES = ("EK", "QR", "MK", "SQ", "CX", "TK", "ET", "LA", "IB", "FJ")

LAW_FIRMS = (
    "Hill Dickinson LLP",
    "Bufete Marítimo Arrieta",
    "Clyde & Hart Maritime",
    "Wong & Partners",
    "Etude Legrand Avocats",
    "Holman Reid Solicitors",
)

CLAIMANTS = (
    "Bunker Oil Trading FZE",
    "Pacific Chandlers Pte Ltd",
    "Ocean Provisions S.A.",
    "South Atlantic Ship Repairs Ltd",
    "Marine Fuel Supply Co",
    "Crew members of the vessel",
    "Harbour Towage Services Ltd",
    "Astilleros del Plata S.A.",
)
