"""Hand-written vocabulary for set N: countries, ports, people, companies and wordings.

Nothing here is read from the extractor; people and companies are made up."""

from __future__ import annotations

# fmt: off

# iso3 -> (iso2, English, Spanish, French)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("CN", "China", "China", "Chine"),
    "TWN": ("TW", "Taiwan", "Taiwán", "Taïwan"),
    "JPN": ("JP", "Japan", "Japón", "Japon"),
    "KOR": ("KR", "Republic of Korea", "República de Corea", "République de Corée"),
    "RUS": ("RU", "Russian Federation", "Federación de Rusia", "Fédération de Russie"),
    "IDN": ("ID", "Indonesia", "Indonesia", "Indonésie"),
    "VUT": ("VU", "Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("NO", "Norway", "Noruega", "Norvège"),
    "BHS": ("BS", "Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("PA", "Panama", "Panamá", "Panama"),
    "AUS": ("AU", "Australia", "Australia", "Australie"),
    "ESP": ("ES", "Spain", "España", "Espagne"),
    "PRT": ("PT", "Portugal", "Portugal", "Portugal"),
    "FRA": ("FR", "France", "Francia", "France"),
    "LBR": ("LR", "Liberia", "Liberia", "Libéria"),
    "MHL": ("MH", "Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "SGP": ("SG", "Singapore", "Singapur", "Singapour"),
    "MLT": ("MT", "Malta", "Malta", "Malte"),
    "GRC": ("GR", "Greece", "Grecia", "Grèce"),
    "CYP": ("CY", "Cyprus", "Chipre", "Chypre"),
    "HKG": ("HK", "Hong Kong, China", "Hong Kong (China)", "Hong Kong (Chine)"),
    "BLZ": ("BZ", "Belize", "Belice", "Belize"),
    "TGO": ("TG", "Togo", "Togo", "Togo"),
    "KIR": ("KI", "Kiribati", "Kiribati", "Kiribati"),
    "MUS": ("MU", "Mauritius", "Mauricio", "Maurice"),
    "SYC": ("SC", "Seychelles", "Seychelles", "Seychelles"),
    "CMR": ("CM", "Cameroon", "Camerún", "Cameroun"),
    "FJI": ("FJ", "Fiji", "Fiyi", "Fidji"),
    "PHL": ("PH", "Philippines", "Filipinas", "Philippines"),
    "ECU": ("EC", "Ecuador", "Ecuador", "Équateur"),
    "PER": ("PE", "Peru", "Perú", "Pérou"),
    "ARG": ("AR", "Argentina", "Argentina", "Argentine"),
    "NAM": ("NA", "Namibia", "Namibia", "Namibie"),
    "URY": ("UY", "Uruguay", "Uruguay", "Uruguay"),
    "CIV": ("CI", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    "THA": ("TH", "Thailand", "Tailandia", "Thaïlande"),
    "ZAF": ("ZA", "South Africa", "Sudáfrica", "Afrique du Sud"),
    "GHA": ("GH", "Ghana", "Ghana", "Ghana"),
    "SEN": ("SN", "Senegal", "Senegal", "Sénégal"),
    "NLD": ("NL", "Netherlands", "Países Bajos", "Pays-Bas"),
    "ITA": ("IT", "Italy", "Italia", "Italie"),
    "VNM": ("VN", "Viet Nam", "Viet Nam", "Viet Nam"),
    "USA": ("US", "United States", "Estados Unidos", "États-Unis"),
    "SLE": ("SL", "Sierra Leone", "Sierra Leona", "Sierra Leone"),
    "COM": ("KM", "Comoros", "Comoras", "Comores"),
}
# Flag adjectives as written in prose ("the Chinese-flagged ..."), by language.
DEMONYMS: dict[str, tuple[str, str, str]] = {
    "CHN": ("Chinese", "chino", "chinois"),
    "JPN": ("Japanese", "japonés", "japonais"),
    "RUS": ("Russian", "ruso", "russe"),
    "IDN": ("Indonesian", "indonesio", "indonésien"),
    "PAN": ("Panamanian", "panameño", "panaméen"),
    "ESP": ("Spanish", "español", "espagnol"),
    "AUS": ("Australian", "australiano", "australien"),
    "NOR": ("Norwegian", "noruego", "norvégien"),
}
# Flags a vessel may formerly have flown: iso3, MMSI MIDs, call-sign prefixes (+1 letter).
FORMER_FLAGS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("VUT", ("576", "577"), ("YJ",)),
    ("PAN", ("351", "352", "355", "370"), ("3E", "HO", "HP", "H3")),
    ("BLZ", ("312",), ("V3",)),
    ("TGO", ("671",), ("5V",)),
    ("KIR", ("529",), ("T3",)),
    ("CMR", ("613",), ("TJ",)),
    ("SLE", ("667",), ("9L",)),
    ("FJI", ("520",), ("3DN", "3DR")),
    ("COM", ("616",), ("D6",)),
)
# Merchant ships for harbour lists: flag, call-sign prefixes, names, types (en, es, fr).
MERCHANT_FLAGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("LBR", ("A8", "D5", "5L")),
    ("MHL", ("V7",)),
    ("PAN", ("3E", "HO", "H9")),
    ("SGP", ("9V", "S6")),
    ("MLT", ("9H",)),
    ("GRC", ("SV", "SX")),
    ("CYP", ("5B", "C4")),
    ("HKG", ("VR",)),
    ("PRT", ("CQ",)),
)
MERCHANT_NAMES = (
    "NORDIC ARCTURUS", "SEA PHOENIX", "AFRICAN KESTREL", "CAPE ORCHID", "STAR LUMINA",
    "OCEAN GRACE", "PACIFIC TRADER", "IRENE K", "MARINA DEL SOL", "BALTIC SPIRIT",
    "KOTA HARAPAN", "AEGEAN DAWN", "SILVER CORAL", "ATLANTIC MERIDIAN", "GOLDEN EMPRESS",
    "FREE LADY", "PELICAN BAY", "VERDE ISLAND", "HOPE TRIUMPH", "LADY ZAHRA",
)
MERCHANT_TYPES = (
    ("Container ship", "Portacontenedores", "Porte-conteneurs"),
    ("Bulk carrier", "Granelero", "Vraquier"),
    ("Oil tanker", "Petrolero", "Pétrolier"),
    ("General cargo", "Carga general", "Cargo"),
    ("Ro-ro", "Ro-ro", "Roulier"),
    ("Tug", "Remolcador", "Remorqueur"),
)
FISHING_TYPES = {
    "DRIFTING_LONGLINES": ("Longliner", "Palangrero", "Palangrier"),
    "SET_LONGLINES": ("Longliner", "Palangrero", "Palangrier"),
    "SQUID_JIGGER": ("Squid jigger", "Potero", "Calamarier"),
    "TRAWLERS": ("Trawler", "Arrastrero", "Chalutier"),
    "TUNA_PURSE_SEINES": ("Purse seiner", "Cerquero", "Senneur"),
    "POLE_AND_LINE": ("Pole-and-line", "Cañero", "Canneur"),
    "CARRIER": ("Reefer", "Frigorífico", "Transporteur frigorifique"),
}
GEAR_WORDS = {
    "DRIFTING_LONGLINES": ("drifting longlines", "palangre de deriva", "palangre dérivante"),
    "SET_LONGLINES": ("set longlines", "palangre calado", "palangre calée"),
    "SQUID_JIGGER": ("squid jigging", "potera", "turlutte"),
    "TRAWLERS": ("bottom trawl", "arrastre de fondo", "chalut de fond"),
    "TUNA_PURSE_SEINES": ("purse seine", "red de cerco", "senne coulissante"),
    "POLE_AND_LINE": ("pole and line", "caña y línea", "canne"),
    "CARRIER": ("transshipment (carrier)", "transbordo", "transbordement"),
}
# Ports: UN/LOCODE, name (en), name (es), name (fr), country iso3.
PORTS = (
    ("MUPLU", "Port Louis", "Port Louis", "Port-Louis", "MUS"),
    ("ESLPA", "Las Palmas", "Las Palmas de Gran Canaria", "Las Palmas", "ESP"),
    ("KRPUS", "Busan", "Busan", "Busan", "KOR"),
    ("TWKHH", "Kaohsiung", "Kaohsiung", "Kaohsiung", "TWN"),
    ("UYMVD", "Montevideo", "Montevideo", "Montevideo", "URY"),
    ("SCPOV", "Port Victoria", "Puerto Victoria", "Port Victoria", "SYC"),
    ("FJSUV", "Suva", "Suva", "Suva", "FJI"),
    ("NAWVB", "Walvis Bay", "Walvis Bay", "Walvis Bay", "NAM"),
    ("CIABJ", "Abidjan", "Abiyán", "Abidjan", "CIV"),
    ("ZACPT", "Cape Town", "Ciudad del Cabo", "Le Cap", "ZAF"),
    ("SNDKR", "Dakar", "Dakar", "Dakar", "SEN"),
    ("SGSIN", "Singapore", "Singapur", "Singapour", "SGP"),
    ("THBKK", "Bangkok", "Bangkok", "Bangkok", "THA"),
    ("PECLL", "Callao", "Callao", "Callao", "PER"),
    ("ARMDQ", "Mar del Plata", "Mar del Plata", "Mar del Plata", "ARG"),
    ("PHGES", "General Santos", "General Santos", "General Santos", "PHL"),
    ("MHMAJ", "Majuro", "Majuro", "Majuro", "MHL"),
    ("ESVGO", "Vigo", "Vigo", "Vigo", "ESP"),
    ("CNZOS", "Zhoushan", "Zhoushan", "Zhoushan", "CHN"),
    ("GHTEM", "Tema", "Tema", "Tema", "GHA"),
)
HARBOURS = ("MUPLU", "ESLPA", "UYMVD", "SCPOV", "CIABJ", "SNDKR", "NAWVB", "PECLL", "ARMDQ")
# Species: ASFIS code, English, Spanish, French, scientific name, HS subheading (frozen).
SPECIES = (
    ("YFT", "Yellowfin tuna", "Rabil", "Albacore", "Thunnus albacares", "0303 42"),
    ("BET", "Bigeye tuna", "Patudo", "Thon obèse", "Thunnus obesus", "0303 44"),
    ("SKJ", "Skipjack tuna", "Listado", "Listao", "Katsuwonus pelamis", "0303 43"),
    ("ALB", "Albacore", "Atún blanco", "Germon", "Thunnus alalunga", "0303 41"),
    ("SWO", "Swordfish", "Pez espada", "Espadon", "Xiphias gladius", "0303 57"),
    ("BSH", "Blue shark", "Tintorera", "Peau bleue", "Prionace glauca", "0303 81"),
    ("OFJ", "Neon flying squid", "Pota saltadora", "Encornet volant", "Ommastrephes bartramii",
     "0307 43"),
    ("GIS", "Jumbo flying squid", "Jibia gigante", "Encornet géant", "Dosidicus gigas", "0307 43"),
    ("SAP", "Pacific saury", "Paparda del Pacífico", "Balaou du Pacifique", "Cololabis saira",
     "0303 89"),
    ("CJM", "Chilean jack mackerel", "Jurel chileno", "Chinchard du Chili", "Trachurus murphyi",
     "0303 55"),
)
# RFMO acronym -> FAO major areas it covers and species codes typical of its records.
RFMOS = {
    "IOTC": (("51", "57"), ("YFT", "BET", "SKJ", "ALB", "SWO")),
    "WCPFC": (("61", "71", "77", "81"), ("YFT", "BET", "SKJ", "ALB", "BSH")),
    "IATTC": (("77", "87"), ("YFT", "BET", "SKJ")),
    "ICCAT": (("21", "27", "34", "41", "47"), ("YFT", "BET", "ALB", "SWO", "BSH")),
    "SPRFMO": (("81", "87"), ("GIS", "CJM")),
    "NPFC": (("61", "67"), ("OFJ", "SAP")),
}
SHIPYARDS = (
    ("Zhoushan Putuo Shipyard", "CHN"), ("Rongcheng Shipyard", "CHN"),
    ("Kaohsiung Jong Shyn Shipbuilding", "TWN"), ("Niigata Shipbuilding", "JPN"),
    ("Miho Shipyard, Shimizu", "JPN"), ("Astilleros Armon, Vigo", "ESP"),
    ("Zamakona Yards, Bilbao", "ESP"), ("Busan Dae Sun Shipyard", "KOR"),
    ("Sredne-Nevsky Shipyard", "RUS"), ("Batam Marine Yard", "IDN"),
)
# Made-up companies: name, street, city, state/province, country iso3.
Company = tuple[str, str, str, str | None, str]
COMPANIES: tuple[Company, ...] = (
    ("Haiyun Pelagic Holdings Ltd", "Flat 12B, 88 Queensway", "Hong Kong", None, "HKG"),
    ("Bluefin Star Shipping Inc.", "80 Broad Street", "Monrovia", None, "LBR"),
    ("Pacific Crest Marine S.A.", "Calle 50, Torre Global, piso 21", "Panama City", None, "PAN"),
    ("Marlin Route Ventures Ltd", "Trust Company Complex, Ajeltake Road", "Majuro", None, "MHL"),
    ("Ocean Harvest Management Pte Ltd", "10 Anson Road #21-07", "Singapore", None, "SGP"),
    ("Zhoushan Xinhai Ocean Fishing Co., Ltd", "No. 188 Haiyang Road, Putuo District",
     "Zhoushan", "Zhejiang", "CHN"),
    ("Fujian Minhang Pelagic Fishery Co., Ltd", "No. 5 Mawei Port Avenue", "Fuzhou", "Fujian",
     "CHN"),
    ("Kao Yuan Fishery Co., Ltd", "No. 3 Yugang East 2nd Road, Qianzhen District", "Kaohsiung",
     None, "TWN"),
    ("Suisan Kaiyo Kabushiki Kaisha", "2-14-6 Minato, Shimizu-ku", "Shizuoka", "Shizuoka", "JPN"),
    ("Pesquerías Atlántico Sur S.L.", "Avenida de Beiramar 42", "Vigo", "Pontevedra", "ESP"),
    ("Indo Samudra Perkasa PT", "Jl. Pelabuhan Benoa No. 7", "Denpasar", "Bali", "IDN"),
    ("Vostok Trawl Fleet JSC", "ul. Svetlanskaya 72", "Vladivostok", "Primorsky Krai", "RUS"),
)
REG_NO_SHAPES = {  # company registration numbers by jurisdiction (digits drawn at random)
    "CHN": "91330900MA2{A}{d4}{A}{d2}", "HKG": "{d7}", "LBR": "C-{d5}", "PAN": "{d6}",
    "MHL": "{d5}", "SGP": "20{d7}{A}", "TWN": "{d8}", "JPN": "{d13}", "ESP": "B{d8}",
    "IDN": "AHU-{d7}.AH.01.01", "RUS": "1{d12}",
}
NGOS = ("Blue Wake Watch", "Open Seas Ledger", "Fundación Mar Abierto", "Tidewater Evidence")
NGO_EVENTS = (
    "Port call at {port} ({days} days) recorded in AIS.",
    "Listed on the {rfmo} record of authorised vessels.",
    "Port State inspection at {port}: no infringement recorded.",
    "AIS transmission gap of {days} days while on the high seas.",
    "Encounter with a reefer for {hours} hours reported by AIS analysis.",
    "Entered {port} for crew change and bunkering.",
)
PEOPLE: tuple[tuple[str, str], ...] = (  # masters and company staff, with nationality
    ("Li Wei", "CHN"), ("Chen Jianguo", "CHN"), ("Wang Haibo", "CHN"), ("Lin Chih-ming", "TWN"),
    ("Tanaka Hiroshi", "JPN"), ("Sato Kenji", "JPN"), ("Budi Santoso", "IDN"),
    ("Agus Wibowo", "IDN"), ("Ivan Petrov", "RUS"), ("Sergei Volkov", "RUS"),
    ("Juan Carlos Otero", "ESP"), ("Manuel Piñeiro", "ESP"), ("Reynaldo Dela Cruz", "PHL"),
    ("Kim Sung-ho", "KOR"), ("Nguyen Van Long", "VNM"), ("Pablo Rey", "ESP"),
)
OFFICIALS = (  # officials, ministers, members of parliament, inspectors (never labelled)
    "Sarah Whitfield", "Daniel Osei", "María José Lorenzo", "Claire Dubreuil", "Thomas Renard",
    "Ana Beltrán", "James McAllister", "Priya Raman", "Hélène Marchand", "Jorge Villalba",
    "Amina Diallo", "Rob Hendricks",
)
AGENTS = (
    "Oceanic Shipping Agency", "Taylor Reid Maritime", "Island Ship Services Ltd",
    "Consignataria del Atlántico S.A.", "Agence Maritime de l'Ouest", "Harbour Link Agencies",
    "Seaways Logistics (Pty) Ltd", "Naviera Austral Agencia", "Cap Marine Services",
)
TRADERS = (
    ("Thai Coastal Canning Co., Ltd", "88 Moo 2, Rama II Road", "Samut Sakhon", "THA"),
    ("Conservas Ría Brava S.A.", "Polígono Industrial Parcela 12", "Santoña", "ESP"),
    ("Abidjan Thon Industrie SA", "Zone portuaire, Boulevard de Vridi", "Abidjan", "CIV"),
    ("Saigon Frozen Seafood JSC", "45 Nguyen Tat Thanh, District 4", "Ho Chi Minh City", "VNM"),
    ("Ghana Tuna Processing Ltd", "Fishing Harbour Road", "Tema", "GHA"),
)
AUTHORITIES = (
    "Fisheries Licensing Unit, Ministry of Blue Economy and Fisheries",
    "Directorate of Fisheries Licensing",
    "Offshore Fisheries Authority",
    "Department of Marine Resources, Licensing Section",
)
AUTH_TYPES_EN = (
    "fishing licence", "high seas fishing authorisation", "transshipment authorisation",
)
AUTH_TYPES_ES = ("licencia de pesca", "autorización de pesca en alta mar")
AUTH_TYPES_FR = ("licence de pêche", "autorisation de pêche en haute mer")
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
PLACEHOLDERS = {
    "en": ("N/A", "n/a", "—", "not available", "unknown", "-", "(none)"),
    "es": ("s/d", "N/D", "—", "no consta", "-"),
    "fr": ("n.d.", "N/D", "—", "non communiqué", "-"),
}
FORMER_NAME_WORDS = (
    ("OCEAN", "SEA", "PACIFIC", "GOLDEN", "LUCKY", "ORIENT", "SOUTHERN", "GRAND"),
    ("STAR", "WAY", "FORTUNE", "HARVEST", "PIONEER", "GLORY", "WIND", "PEARL"),
)
GEAR_SPECIES = {
    "DRIFTING_LONGLINES": ("BET", "YFT", "ALB", "SWO", "BSH"),
    "SET_LONGLINES": ("BET", "YFT", "SWO"),
    "SQUID_JIGGER": ("OFJ", "GIS"),
    "TRAWLERS": ("CJM",),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET"),
    "POLE_AND_LINE": ("SKJ", "ALB"),
    "CARRIER": ("SKJ", "YFT", "BET", "OFJ", "SAP"),
}
# Addresses for owners named in the vessel lists, by flag: street, city, state or province.
OWNER_ADDRESSES: dict[str, tuple[tuple[str, str, str | None], ...]] = {
    "CHN": (("No. 12 Binhai Avenue, Shenjiamen", "Zhoushan", "Zhejiang"),
            ("Room 1802, 66 Jiangbin West Road", "Fuzhou", "Fujian"),
            ("No. 9 Haiwan Road, Shidao Town", "Rongcheng", "Shandong")),
    "TWN": (("No. 22 Yugang South Road, Qianzhen District", "Kaohsiung", None),
            ("No. 5 Nanfangao Road", "Suao", "Yilan County")),
    "JPN": (("1-8-3 Kaigan-dori", "Kesennuma", "Miyagi"),
            ("4-2-11 Minato-machi", "Yaizu", "Shizuoka")),
    "KOR": (("38 Chungjang-daero, Jung-gu", "Busan", None),),
    "RUS": (("ul. Portovaya 14", "Nakhodka", "Primorsky Krai"),
            ("prospekt Karla Marksa 9", "Petropavlovsk-Kamchatsky", "Kamchatka Krai")),
    "AUS": (("12 Franklin Wharf", "Hobart", "Tasmania"),
            ("3 Proper Bay Road", "Port Lincoln", "South Australia")),
    "ESP": (("Avenida del Puerto 11", "Vigo", "Pontevedra"),
            ("Calle Arrantzale 4", "Bermeo", "Bizkaia")),
    "IDN": (("Jl. Ikan Tuna Raya No. 3", "Jakarta Utara", "DKI Jakarta"),),
    "VUT": (("Kumul Highway, PO Box 1280", "Port Vila", None),),
    "PAN": (("Calle 53 Este, Obarrio", "Panama City", None),),
}
REEFER_NAMES = (
    "FRIO ATLANTIC", "LUCKY REEFER", "IVORY CRYSTAL", "SUNRISE REEFER", "POLAR SEA",
    "ORIENT FREEZE", "NAVIGATOR STAR", "CHIKUMA BAY", "BLUE ICE", "SEA VIRTUE",
)
# fmt: on
