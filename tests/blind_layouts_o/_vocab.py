"""Hand-written vocabulary for blind set O: places, people, companies, species and wordings.

Nothing here is imported from the extractor; country, port and company names are typed by hand
(companies and people are invented; ports, LOCODEs and FAO/ASFIS codes are real public codes).
"""

from __future__ import annotations

# fmt: off

# ISO alpha-3 -> ways a flag or country is written: (English forms, Spanish, French).
COUNTRY: dict[str, tuple[tuple[str, ...], str, str]] = {
    "CHN": (("China", "People's Republic of China", "P.R. China", "CHN", "CN"), "China", "Chine"),
    "TWN": (("Taiwan", "Chinese Taipei", "Taiwan, Province of China", "TWN"), "Taiwán", "Taïwan"),
    "JPN": (("Japan", "JPN", "JP"), "Japón", "Japon"),
    "KOR": (("Republic of Korea", "Korea, Rep.", "KOR", "KR"), "Corea", "Corée"),
    "RUS": (("Russian Federation", "Russia", "RUS", "RU"), "Rusia", "Russie"),
    "ESP": (("Spain", "ESP", "ES"), "España", "Espagne"),
    "AUS": (("Australia", "AUS", "AU"), "Australia", "Australie"),
    "IDN": (("Indonesia", "IDN", "ID"), "Indonesia", "Indonésie"),
    "VUT": (("Vanuatu", "VUT", "VU"), "Vanuatu", "Vanuatu"),
    "NOR": (("Norway", "NOR", "NO"), "Noruega", "Norvège"),
    "BHS": (("Bahamas", "BHS", "BS"), "Bahamas", "Bahamas"),
    "PAN": (("Panama", "Republic of Panama", "PAN", "PA"), "Panamá", "Panama"),
    "LBR": (("Liberia", "LBR"), "Liberia", "Libéria"),
    "MHL": (("Marshall Islands", "MHL"), "Islas Marshall", "Îles Marshall"),
    "KIR": (("Kiribati", "KIR"), "Kiribati", "Kiribati"),
    "BLZ": (("Belize", "BLZ"), "Belice", "Belize"),
    "FJI": (("Fiji", "FJI"), "Fiyi", "Fidji"),
    "TGO": (("Togo", "TGO"), "Togo", "Togo"),
    "SLE": (("Sierra Leone", "SLE"), "Sierra Leona", "Sierra Leone"),
    "CMR": (("Cameroon", "CMR"), "Camerún", "Cameroun"),
    "PHL": (("Philippines", "PHL"), "Filipinas", "Philippines"),
    "FRA": (("France", "FRA"), "Francia", "France"),
    "MUS": (("Mauritius", "MUS"), "Mauricio", "Maurice"),
}
FORMER_FLAGS = ("VUT", "PAN", "BLZ", "KIR", "LBR", "TGO", "SLE", "CMR", "FJI", "MHL")

OWNER_BY_FLAG: dict[str, tuple[str, ...]] = {
    "CHN": (
        "ZHOUSHAN HAILAN PELAGIC FISHERY CO LTD", "FUJIAN DONGXING OCEAN FISHING CO",
        "SHANDONG RONGHAI DISTANT WATER FISHERIES CO LTD", "NINGBO XINHANG FISHERY CO LTD",
    ),
    "TWN": (
        "CHIN FU FISHERY CO LTD", "HSIN YUAN MARINE PRODUCTS CO LTD",
        "YUNG SHENG OCEAN ENTERPRISE CO LTD",
    ),
    "JPN": ("KAIYO GYOGYO KK", "MARUSHIN SUISAN CO LTD", "TAKAHASHI FISHERIES KK"),
    "KOR": ("DONGYANG DEEP SEA CO LTD", "SAJO OCEANIC FISHERIES CO"),
    "RUS": ("OOO VOSTOK RYBPROM", "AO KAMCHATKA TRAWL FLEET", "OOO MAGADAN MORE"),
    "ESP": ("PESQUERIAS NORES MARIN SL", "ARMADORES DEL CANTABRICO SA", "HERMANOS OTERO PESCA SL"),
    "AUS": ("SOUTHERN OCEAN HARVEST PTY LTD", "TASMAN LONGLINE PTY LTD"),
    "ANY": (
        "PACIFIC BLUE MARINE CO LTD", "OCEAN GLORY FISHING CORP", "GOLDEN WAVE FISHERIES INC",
        "STAR HORIZON SHIPPING SA",
    ),
}
# Owners' addresses by flag: (street, city, state or province or None, country as written).
ADDRESS_BY_FLAG: dict[str, tuple[tuple[str, str, str | None, str], ...]] = {
    "CHN": (
        ("No. 18 Haigang Road, Mawei District", "Fuzhou", "Fujian", "China"),
        ("Room 1203, 88 Binhai Avenue, Putuo District", "Zhoushan", "Zhejiang", "China"),
        ("No. 6 Longhai Street", "Shidao", "Shandong", "P.R. China"),
    ),
    "TWN": (
        ("No. 3, Yugang Rd., Qianzhen Dist.", "Kaohsiung", None, "Taiwan"),
        ("5F, No. 27, Nanfang Rd.", "Su-ao", "Yilan County", "Taiwan"),
    ),
    "JPN": (
        ("2-14-6 Minato-machi", "Hachinohe", "Aomori", "Japan"),
        ("1-3-9 Uomachi", "Kesennuma", "Miyagi", "Japan"),
    ),
    "KOR": (("45 Chungjang-daero, Jung-gu", "Busan", None, "Republic of Korea"),),
    "RUS": (
        ("ul. Portovaya 12, office 4", "Petropavlovsk-Kamchatsky", "Kamchatka Krai", "Russia"),
        ("Aleutskaya St. 45A", "Vladivostok", "Primorsky Krai", "Russian Federation"),
    ),
    "ESP": (
        ("Avenida de Beiramar 43, 2º", "Vigo", "Pontevedra", "España"),
        ("Calle Muelle de Ribera 7", "Bermeo", "Bizkaia", "Spain"),
    ),
    "AUS": (
        ("14 Franklin Wharf", "Hobart", "TAS", "Australia"),
        ("3 Hindmarsh Street", "Port Lincoln", "SA", "Australia"),
    ),
    "ANY": (
        ("Suite 402, Ocean Plaza, Calle 50", "Panama City", None, "Panama"),
        ("Trust Company Complex, Ajeltake Road", "Majuro", None, "Marshall Islands"),
        ("Lini Highway, PO Box 1276", "Port Vila", None, "Vanuatu"),
    ),
}
PORT_BY_FLAG: dict[str, tuple[str, ...]] = {
    "CHN": ("ZHOUSHAN, ZHEJIANG", "FUZHOU, FUJIAN", "RONGCHENG, SHANDONG"),
    "TWN": ("KAOHSIUNG", "SUAO", "KEELUNG"),
    "JPN": ("YAIZU", "KESENNUMA, MIYAGI", "MISAKI"),
    "KOR": ("BUSAN",),
    "RUS": ("VLADIVOSTOK", "NAKHODKA", "MURMANSK"),
    "ESP": ("VIGO", "BERMEO", "MARIN"),
    "AUS": ("HOBART", "PORT LINCOLN", "FREMANTLE"),
    "ANY": ("PANAMA", "PORT VILA", "MONROVIA", "MAJURO"),
}
# Shipyards by flag: (place of build, country of build).
YARD_BY_FLAG: dict[str, tuple[tuple[str, str], ...]] = {
    "CHN": (("Mawei Shipyard, Fuzhou", "China"), ("Rongcheng Shenfei Shipyard", "China")),
    "TWN": (
        ("Jong Shyn Shipbuilding, Kaohsiung", "Taiwan"), ("Lung Teh Shipyard, Su-ao", "Taiwan"),
    ),
    "JPN": (("Niigata Shipbuilding", "Japan"), ("Miho Shipyard, Shimizu", "Japan")),
    "RUS": (("Yantar Shipyard, Kaliningrad", "Russia"),),
    "ESP": (("Astilleros Armon, Vigo", "Spain"), ("Zamakona Yards, Santurtzi", "Spain")),
    "ANY": (
        ("Astilleros Armon, Navia", "Spain"), ("Jong Shyn Shipbuilding, Kaohsiung", "Taiwan"),
        ("Niigata Shipbuilding", "Japan"), ("Huanghai Shipbuilding, Rongcheng", "China"),
    ),
}
# Ports where fish is landed or ships call: (name, UN/LOCODE, country, language of papers).
LANDING_PORTS = (
    ("Vigo", "ESVGO", "ES", "es"), ("Las Palmas de Gran Canaria", "ESLPA", "ES", "es"),
    ("Burela", "ESBRL", "ES", "es"), ("Montevideo", "UYMVD", "UY", "es"),
    ("Callao", "PECLL", "PE", "es"), ("Lorient", "FRLRT", "FR", "fr"),
    ("Concarneau", "FRCOC", "FR", "fr"), ("Boulogne-sur-Mer", "FRBOL", "FR", "fr"),
    ("Le Port, La Réunion", "RELPT", "RE", "fr"), ("Port Louis", "MUPLU", "MU", "en"),
    ("Port Victoria", "SCPOV", "SC", "en"), ("Suva", "FJSUV", "FJ", "en"),
    ("Cape Town", "ZACPT", "ZA", "en"), ("Busan", "KRPUS", "KR", "en"),
)
GEARS = ("DRIFTING_LONGLINES", "SQUID_JIGGER", "TRAWLERS", "POLE_AND_LINE", "SET_LONGLINES")
GEAR_WORDS: dict[str, tuple[str, str, str]] = {  # English, Spanish, French
    "DRIFTING_LONGLINES": ("drifting longliner", "palangrero", "palangrier"),
    "SET_LONGLINES": ("bottom longliner", "palangrero de fondo", "palangrier de fond"),
    "SQUID_JIGGER": ("squid jigger", "potero", "turluttier"),
    "TRAWLERS": ("stern trawler", "arrastrero", "chalutier"),
    "POLE_AND_LINE": ("pole-and-line vessel", "cañero", "canneur"),
    "TUNA_PURSE_SEINES": ("tuna purse seiner", "atunero cerquero", "thonier senneur"),
    "CARRIER": ("fish carrier", "buque de transporte", "navire transporteur"),
}
# (ASFIS code, English, Spanish, French)
SPECIES = (
    ("YFT", "Yellowfin tuna", "Rabil", "Albacore"), ("BET", "Bigeye tuna", "Patudo", "Thon obèse"),
    ("ALB", "Albacore", "Atún blanco", "Germon"), ("SWO", "Swordfish", "Pez espada", "Espadon"),
    ("BSH", "Blue shark", "Tintorera", "Peau bleue"), ("HKE", "European hake", "Merluza", "Merlu"),
    ("MNZ", "Monkfishes nei", "Rapes", "Baudroies"), ("LEZ", "Megrims nei", "Gallos", "Cardines"),
    ("MAC", "Atlantic mackerel", "Caballa", "Maquereau"),
    ("HOM", "Atlantic horse mackerel", "Jurel", "Chinchard"),
    ("OCC", "Common octopus", "Pulpo común", "Poulpe"),
    ("SQA", "Argentine shortfin squid", "Pota argentina", "Encornet rouge argentin"),
    ("GIS", "Jumbo flying squid", "Jibia gigante", "Encornet géant"),
    ("TOP", "Patagonian toothfish", "Austromerluza negra", "Légine australe"),
    ("SMA", "Shortfin mako", "Marrajo dientuso", "Taupe bleue"),
    ("SKJ", "Skipjack tuna", "Listado", "Listao"),
)
SPECIES_BY_GEAR = {  # codes a vessel of each gear would land
    "DRIFTING_LONGLINES": ("YFT", "BET", "ALB", "SWO", "BSH", "SMA"),
    "SET_LONGLINES": ("HKE", "TOP", "BSH", "LEZ"),
    "SQUID_JIGGER": ("SQA", "GIS", "OCC"),
    "TRAWLERS": ("HKE", "MNZ", "LEZ", "MAC", "HOM", "OCC"),
    "POLE_AND_LINE": ("SKJ", "YFT", "ALB"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET"),
}
FAO_AREAS = (
    "27.8.c", "27.9.a", "27.7.j", "34.1.2", "34.1.3", "41.3.1", "47.1.2", "51", "57", "61", "71",
    "77", "81", "87", "87.2.6",
)
RFMOS = ("IOTC", "WCPFC", "ICCAT", "NPFC", "SPRFMO", "IATTC")
PLACEHOLDERS = ("N/A", "n/a", "—", "not assigned", "none", "nil", "not known", "-", "(none)")

FIRST = (
    "Wei", "Jianguo", "Hao", "Ming-Chang", "Chia-Hung", "Hiroshi", "Kenji", "Sergei", "Dmitry",
    "Javier", "Manuel", "Andrés", "Juan Carlos", "Rodel", "Jonathan", "Arief", "Budi", "Yohanes",
    "Pierre", "Yann", "Claire", "Sarah", "Emma", "Tevita", "Mele",
)
LAST = (
    "Lin", "Chen", "Zhang", "Huang", "Tanaka", "Sato", "Ivanov", "Petrov", "Otero", "Vázquez",
    "Fernández", "Dela Cruz", "Santos", "Reyes", "Saputra", "Wibowo", "Le Gall", "Kerbrat",
    "Morrison", "O'Neill", "Fifita", "Naidu", "Hartono", "Bautista", "Pereira",
)
SEAFARER_HOMES = (  # seafarers' addresses: hard negatives, never labelled
    ("Purok 4, Barangay Tambler", "General Santos City", "Philippines"),
    ("Jl. Pelabuhan Ratu No. 21", "Tegal", "Indonesia"),
    ("Blk 9 Lot 3, Lower Bicutan", "Taguig", "Philippines"),
    ("Jl. Raya Muara Baru 7", "Jakarta Utara", "Indonesia"),
    ("Kampung Lautem", "Lautem", "Timor-Leste"), ("Nasese Road 12", "Suva", "Fiji"),
)
SURVEY_FIRMS = (
    "Harbourline Marine Surveyors Ltd", "Atlantic Hull & Machinery Consultants",
    "Pacific Vessel Appraisal Services", "Nordkapp Skipsmegling AS",
    "Bureau Technique Maritime Sud",
)
INVESTIGATORS = (
    "Marine Safety Investigation Unit", "Maritime Accident Investigation Branch",
    "Transport Accident Investigation Commission", "Fishing Vessel Casualty Board",
    "Comisión Permanente de Investigación de Siniestros Marítimos",
)
MRCCS = (
    "MRCC Wellington", "JRCC Australia", "MRCC Port Louis", "MRCC Madrid", "RCC Fiji",
    "MRCC Cape Town", "JRCC Honolulu", "MRCC Tahiti",
)
COAST_STATIONS = (  # (name, call sign, coast-station MMSI): hard negatives, never labelled
    ("Taupo Maritime Radio", "ZLM", "005120010"), ("Cape Town Radio", "ZSC", "006010001"),
    ("Mauritius Radio", "3BM", "006450100"), ("Suva Radio", "3DP", "005200100"),
    ("Jakarta Radio", "PKX", "005250000"), ("Las Palmas Radio", "EAL", "002241026"),
    ("Shanghai Radio", "XSG", "004122100"), ("Busan Radio", "HLB", "004401001"),
)
AIRCRAFT = ("RESCUE 501", "KIWI 22", "CG 2009", "AUSSAR 31", "MARPAT 4", "FALCON 07", "HELO 52")
MERCHANT_NAMES = (
    "PACIFIC TRADER", "CAPE ORCHID", "NORDIC BREEZE", "STAR MERIDIAN", "OCEAN CROWN", "GOLDEN BAY",
    "SILVER PEARL", "HARMONY ACE",
)
FISH_BUYERS = (
    ("Lonja de Vigo — Puerto de Vigo", "es"), ("Pescados Rías Baixas SL", "es"),
    ("Frigoríficos del Atlántico SA", "es"), ("Criée de Lorient Keroman", "fr"),
    ("Mareyage Breton SAS", "fr"), ("Port Louis Fish Auction Ltd", "en"),
    ("Indian Ocean Tuna Traders Ltd", "en"), ("Southern Seafood Exporters", "en"),
)
HANDLES = (
    "@seawatch_ngo", "@ocean_intel", "@fishwatcher", "@marinetrackerbot", "@coast_watch",
    "@iuu_alerts", "@harbour_cam", "@portwatch_mu", "@tunatruth", "@sat_analyst",
)
HASHTAGS = (
    "#IUU", "#fishing", "#oceans", "#AIS", "#darkfleet", "#seafood", "#transshipment",
    "#portstatemeasures", "#squid", "#tuna",
)
LINK_DOMAINS = (
    "https://news.seawatch.example/", "https://t.example/", "https://tracker.example/",
    "https://harbourcam.example/live/",
)
CASUALTIES = (  # (short title, what happened, cause found)
    (
        "fire in the engine room", "a fire broke out in the engine room",
        "a fuel leak from a high-pressure pipe sprayed onto the exhaust manifold",
    ),
    (
        "flooding and foundering", "water entered the fish hold and the vessel sank",
        "the fish-hold hatch was left open while the vessel was heavily loaded",
    ),
    (
        "crew member lost overboard", "a deckhand was lost overboard while hauling the line",
        "the deckhand was not wearing a lifejacket and the rail was unguarded",
    ),
    (
        "grounding", "the vessel ran aground on a reef while returning to port",
        "the watchkeeper was alone on the bridge and fell asleep",
    ),
    (
        "capsize", "the vessel capsized while hauling gear in a heavy swell",
        "stability was reduced by ice accretion and added deck gear",
    ),
)
# fmt: on
