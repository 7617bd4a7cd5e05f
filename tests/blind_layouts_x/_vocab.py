"""Words and names written for this set from general knowledge (no vessel data)."""

from __future__ import annotations

# ISO alpha-3 -> (English, Spanish, French) short names.
COUNTRY_NAMES: dict[str, tuple[str, str, str]] = {
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
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "FRA": ("France", "Francia", "France"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
    "GBR": ("United Kingdom", "Reino Unido", "Royaume-Uni"),
    "ARG": ("Argentina", "Argentina", "Argentine"),
    "CHL": ("Chile", "Chile", "Chili"),
    "PER": ("Peru", "Perú", "Pérou"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "NZL": ("New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
    "FJI": ("Fiji", "Fiji", "Fidji"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "BLZ": ("Belize", "Belice", "Belize"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "THA": ("Thailand", "Tailandia", "Thaïlande"),
    "VNM": ("Viet Nam", "Viet Nam", "Viet Nam"),
    "MYS": ("Malaysia", "Malasia", "Malaisie"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "HKG": ("Hong Kong", "Hong Kong", "Hong Kong"),
    "CAN": ("Canada", "Canadá", "Canada"),
    "MEX": ("Mexico", "México", "Mexique"),
    "NAM": ("Namibia", "Namibia", "Namibie"),
    "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "GHA": ("Ghana", "Ghana", "Ghana"),
    "MAR": ("Morocco", "Marruecos", "Maroc"),
    "NLD": ("Netherlands", "Países Bajos", "Pays-Bas"),
    "ISL": ("Iceland", "Islandia", "Islande"),
    "PNG": ("Papua New Guinea", "Papua Nueva Guinea", "Papouasie-Nouvelle-Guinée"),
    "SLB": ("Solomon Islands", "Islas Salomón", "Îles Salomon"),
    "TUV": ("Tuvalu", "Tuvalu", "Tuvalu"),
    "FSM": ("Micronesia", "Micronesia", "Micronésie"),
    "KHM": ("Cambodia", "Camboya", "Cambodge"),
    "TGO": ("Togo", "Togo", "Togo"),
    "CMR": ("Cameroon", "Camerún", "Cameroun"),
    "COM": ("Comoros", "Comoras", "Comores"),
    "SLE": ("Sierra Leone", "Sierra Leona", "Sierra Leone"),
    "IND": ("India", "India", "Inde"),
    "LKA": ("Sri Lanka", "Sri Lanka", "Sri Lanka"),
    "MDV": ("Maldives", "Maldivas", "Maldives"),
    "OMN": ("Oman", "Omán", "Oman"),
    "NGA": ("Nigeria", "Nigeria", "Nigéria"),
    "CPV": ("Cabo Verde", "Cabo Verde", "Cabo Verde"),
    "CYP": ("Cyprus", "Chipre", "Chypre"),
    "MLT": ("Malta", "Malta", "Malte"),
    "GRC": ("Greece", "Grecia", "Grèce"),
    "ITA": ("Italy", "Italia", "Italie"),
    "DEU": ("Germany", "Alemania", "Allemagne"),
    "DNK": ("Denmark", "Dinamarca", "Danemark"),
    "FRO": ("Faroe Islands", "Islas Feroe", "Îles Féroé"),
    "KNA": ("Saint Kitts and Nevis", "Saint Kitts y Nevis", "Saint-Kitts-et-Nevis"),
    "VCT": (
        "Saint Vincent and the Grenadines",
        "San Vicente y las Granadinas",
        "Saint-Vincent-et-les-Grenadines",
    ),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "BOL": ("Bolivia", "Bolivia", "Bolivie"),
    "MNG": ("Mongolia", "Mongolia", "Mongolie"),
    "TZA": ("Tanzania", "Tanzania", "Tanzanie"),
    "KEN": ("Kenya", "Kenya", "Kenya"),
    "MOZ": ("Mozambique", "Mozambique", "Mozambique"),
    "MDG": ("Madagascar", "Madagascar", "Madagascar"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
}

# Flags a vessel may have flown before (for FLAG_CHANGE and its former call sign / MMSI).
FORMER_FLAGS = (
    "PAN",
    "BLZ",
    "VUT",
    "KIR",
    "TGO",
    "CMR",
    "COM",
    "SLE",
    "LBR",
    "FJI",
    "KHM",
    "HND",
    "BOL",
    "MNG",
    "KNA",
)

# Scientific names of the curated ASFIS species this set prints.
SCIENTIFIC: dict[str, str] = {
    "YFT": "Thunnus albacares",
    "BET": "Thunnus obesus",
    "SKJ": "Katsuwonus pelamis",
    "ALB": "Thunnus alalunga",
    "SWO": "Xiphias gladius",
    "SBF": "Thunnus maccoyii",
    "BSH": "Prionace glauca",
    "SMA": "Isurus oxyrinchus",
    "SAP": "Cololabis saira",
    "MAS": "Scomber japonicus",
    "CJM": "Trachurus murphyi",
    "OFJ": "Ommastrephes bartramii",
    "GIS": "Dosidicus gigas",
    "SQA": "Illex argentinus",
    "TOP": "Dissostichus eleginoides",
    "TOA": "Dissostichus mawsoni",
    "KRI": "Euphausia superba",
}

# FAO areas with the species and RFMO that plausibly go together.
AREA_RFMO = (
    ("51", "IOTC", ("YFT", "BET", "SKJ", "ALB", "SWO", "BSH")),
    ("57", "IOTC", ("YFT", "BET", "ALB", "SWO", "SBF")),
    ("71", "WCPFC", ("YFT", "BET", "SKJ", "ALB", "SWO")),
    ("77", "IATTC", ("YFT", "BET", "SKJ", "SWO", "GIS")),
    ("87", "SPRFMO", ("GIS", "CJM")),
    ("41", "ICCAT", ("SQA", "SWO", "BSH", "ALB")),
    ("34", "ICCAT", ("YFT", "BET", "SKJ", "SMA")),
    ("61", "NPFC", ("SAP", "MAS", "OFJ")),
    ("48", "CCAMLR", ("TOA", "KRI", "TOP")),
    ("58", "CCAMLR", ("TOP", "TOA")),
    ("81", "WCPFC", ("ALB", "SWO", "BSH")),
)

# Ports: (name, UN/LOCODE, ISO alpha-3 of the country).
PORTS = (
    ("Vigo", "ESVGO", "ESP"),
    ("Las Palmas de Gran Canaria", "ESLPA", "ESP"),
    ("Montevideo", "UYMVD", "URY"),
    ("Port Louis", "MUPLU", "MUS"),
    ("Port Victoria", "SCPOV", "SYC"),
    ("Busan", "KRPUS", "KOR"),
    ("Kaohsiung", "TWKHH", "TWN"),
    ("Cape Town", "ZACPT", "ZAF"),
    ("Walvis Bay", "NAWVB", "NAM"),
    ("Suva", "FJSUV", "FJI"),
    ("Callao", "PECLL", "PER"),
    ("Dakar", "SNDKR", "SEN"),
    ("Tema", "GHTEM", "GHA"),
    ("Manta", "ECMEC", "ECU"),
    ("Papeete", "PFPPT", "FRA"),
    ("Nouméa", "NCNOU", "FRA"),
    ("Singapore", "SGSIN", "SGP"),
    ("Puerto Madryn", "ARPMY", "ARG"),
    ("Punta Arenas", "CLPUQ", "CHL"),
    ("Abidjan", "CIABJ", "CIV"),
)

# Associates' addresses: (street, city, state or None, ISO alpha-3).
ADDRESSES = (
    ("No. 18 Haibin Road, Mawei District", "Fuzhou", "Fujian", "CHN"),
    ("Room 1203, 88 Donghai Avenue", "Zhoushan", "Zhejiang", "CHN"),
    ("3F, No. 5 Yugang East 2nd Road, Cianjhen District", "Kaohsiung", None, "TWN"),
    ("2-14-7 Minato-machi", "Hachinohe", "Aomori", "JPN"),
    ("45 Jungang-daero, Jung-gu", "Busan", None, "KOR"),
    ("ul. Portovaya 12, office 304", "Vladivostok", "Primorsky Krai", "RUS"),
    ("Calle Jacinto Benavente 17, 2º", "Vigo", "Pontevedra", "ESP"),
    ("Muelle Pesquero s/n, Nave 4", "Bermeo", "Bizkaia", "ESP"),
    ("Rambla 25 de Agosto 1825 esq. Zabala 380", "Montevideo", None, "URY"),
    ("14 Quai de la Douane", "Port Louis", None, "MUS"),
    ("Unit 7, 21 Hunter Street", "Hobart", "Tasmania", "AUS"),
    ("Av. Néstor Gambetta 5502", "Callao", None, "PER"),
    ("Office 2, Francis Rachel Street", "Victoria", "Mahé", "SYC"),
    ("80 Robinson Road, #10-01", "Singapore", None, "SGP"),
    ("Calle 50, Torre Global Bank, Piso 18", "Panama City", None, "PAN"),
)

COMPANY_STEMS = (
    "Atlantic Rim",
    "Pacific Crest",
    "Blue Meridian",
    "Southern Horizon",
    "Nordkap",
    "Golden Reef",
    "Coral Bay",
    "Seaborne",
    "Cape Verde Star",
    "Ocean Pearl",
    "Great Wall",
    "Harbour Light",
    "Tasman",
    "Kuroshio",
)

BANKS = (
    "Nordic Maritime Bank ASA",
    "Banco Atlántico de Inversión S.A.",
    "Crédit Maritime du Littoral",
    "East Asia Shipping Finance Ltd",
    "Hanseatic Ship Credit AG",
    "Pacific Harbour Bank Ltd",
    "Banque de l'Océan Indien",
    "Meridian Capital Bank plc",
)

SALVORS = (
    "Atlas Salvage & Towage B.V",
    "Oceanic Rescue Services Ltd",
    "Remolcadores del Atlántico S.A",
    "Sauvetage Maritime de l'Ouest SAS",
    "Indian Ocean Marine Response Ltd",
    "Pacific Towage & Salvage Pte Ltd",
)

TUG_NAMES = (
    "SEA GRIFFON",
    "TITAN ENDURANCE",
    "NORDIC HALCYON",
    "ATLAS VANGUARD",
    "CAPE GUARDIAN",
    "ALBATROS III",
    "OCEAN SENTINEL",
    "RESCUE STAR",
    "ABEILLE BRETAGNE II",
    "REMOLCADOR ARTABRO",
    "KESTREL BAY",
    "PACIFIC WARDEN",
)

NAVAL_ARCHITECTS = (
    "Marinetech Design Bureau",
    "Oficina Técnica Naval del Noroeste S.L",
    "Bureau d'Études Navales Armor",
    "Skipsteknisk Consult AS",
    "Eastern Naval Architecture Co",
    "Harbour Marine Engineering Pty",
)

CLASS_SOCIETIES = (
    "Bureau Veritas",
    "Lloyd's Register",
    "DNV",
    "American Bureau of Shipping",
    "China Classification Society",
    "Korean Register",
    "ClassNK",
    "Russian Maritime Register of Shipping",
)

SHIPYARDS = (
    ("Zhejiang Zhenghe Shipbuilding", "CHN"),
    ("Huanghai Shipbuilding Co", "CHN"),
    ("Fujian Mawei Shipbuilding", "CHN"),
    ("Jong Shyn Shipbuilding", "TWN"),
    ("Lung Teh Shipbuilding", "TWN"),
    ("Niigata Shipbuilding & Repair", "JPN"),
    ("Miho Shipyard", "JPN"),
    ("Astilleros Armon", "ESP"),
    ("Astilleros Zamakona", "ESP"),
    ("Kleven Verft", "NOR"),
    ("Daedong Shipbuilding", "KOR"),
    ("Yantar Shipyard", "RUS"),
    ("Piriou", "FRA"),
)

AGENCIES = (
    "Transmares Agencia Marítima S.L",
    "Oceanic Port Agency Ltd",
    "Agence Maritime du Sud SARL",
    "Harbour Line Shipping Agency",
    "Consignataria Austral S.A",
    "Blue Water Ship Agents Ltd",
)

PLANTS = (
    "Frigoríficos del Morrazo S.A",
    "Conserveries de l'Atlantique SAS",
    "Indian Ocean Tuna Processing Ltd",
    "Pacific Loins Co Ltd",
    "Procesadora del Pacífico S.A",
    "Mauritius Seafood Hub Ltd",
)

PEOPLE = (
    "Liu Wenjie",
    "Chen Mei-ling",
    "Sato Hiroshi",
    "Kim Dong-hyun",
    "Igor Petrov",
    "María José Otero",
    "Iñaki Goikoetxea",
    "Jean-Luc Le Gall",
    "Anne-Sophie Kervella",
    "Carlos Benítez",
    "Sarah O'Connell",
    "Rahul Ramgoolam",
    "Tevita Fifita",
    "Nikolai Smirnov",
    "Lucía Fernández",
    "Thomas Reinholt",
)

TRANSLATORS = (
    "Elena Martínez Rivas",
    "Philippe Durand",
    "Grace Wong",
    "Marta Sousa",
    "Jonathan Avery",
    "Claire Lefèvre",
    "Javier Ortega Salas",
    "Yuki Tanabe",
)

# Pure boilerplate for short pages: no entity in any of these.
FILLERS: dict[str, tuple[str, ...]] = {
    "en": (
        "This document is issued for information purposes only and does not replace the "
        "original instruments, which prevail in case of discrepancy.",
        "Any correspondence concerning this matter should quote the reference number shown "
        "above and be addressed to the issuing office during business hours.",
        "The information contained herein is confidential and may be legally privileged. If "
        "you have received it in error, please notify the sender and destroy all copies.",
        "Figures are rounded to the nearest unit; minor differences in totals are due to "
        "rounding and do not affect the validity of the document.",
        "Nothing in this document shall be construed as a waiver of any right or remedy "
        "available under the applicable law or the relevant agreements.",
        "Please check all particulars carefully and report any error within fourteen days "
        "of receipt; after that period the particulars will be deemed accepted.",
    ),
    "es": (
        "El presente documento se expide a efectos informativos y no sustituye a los "
        "instrumentos originales, que prevalecerán en caso de discrepancia.",
        "Toda correspondencia relativa a este asunto deberá citar la referencia indicada y "
        "dirigirse a la oficina emisora en horario de atención al público.",
        "La información contenida es confidencial. Si la ha recibido por error, comuníquelo "
        "al remitente y destruya todas las copias.",
        "Las cifras se redondean a la unidad; las pequeñas diferencias en los totales se "
        "deben al redondeo y no afectan a la validez del documento.",
        "Se ruega comprobar todos los datos y comunicar cualquier error en el plazo de "
        "catorce días desde su recepción.",
    ),
    "fr": (
        "Le présent document est établi à titre d'information et ne remplace pas les actes "
        "originaux, qui prévalent en cas de divergence.",
        "Toute correspondance relative à cette affaire doit rappeler la référence ci-dessus "
        "et être adressée au service émetteur aux heures d'ouverture.",
        "Les informations contenues dans ce document sont confidentielles. Si vous l'avez "
        "reçu par erreur, veuillez en avertir l'expéditeur et en détruire toute copie.",
        "Les montants sont arrondis à l'unité ; les écarts éventuels dans les totaux sont "
        "dus aux arrondis.",
        "Merci de vérifier l'ensemble des mentions et de signaler toute erreur dans un délai "
        "de quatorze jours à compter de la réception.",
    ),
}
