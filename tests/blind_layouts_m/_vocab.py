"""Everything the layouts print that is not a vessel's identity, written by hand for set M:
countries, ports, people, companies, addresses, species, yards and wordings."""

from __future__ import annotations

# ISO alpha-3 -> (English, Spanish, French, English adjective)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("China", "China", "Chine", "Chinese"),
    "TWN": ("Taiwan", "Taiwán", "Taïwan", "Taiwanese"),
    "JPN": ("Japan", "Japón", "Japon", "Japanese"),
    "RUS": ("Russia", "Rusia", "Russie", "Russian"),
    "KOR": ("Korea", "Corea", "Corée", "Korean"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie", "Indonesian"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Noruega", "Norvège", "Norwegian"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas", "Bahamian"),
    "PAN": ("Panama", "Panamá", "Panama", "Panamanian"),
    "ESP": ("Spain", "España", "Espagne", "Spanish"),
    "LBR": ("Liberia", "Liberia", "Libéria", "Liberian"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall", "Marshall Islands"),
    "AUS": ("Australia", "Australia", "Australie", "Australian"),
    "FRA": ("France", "Francia", "France", "French"),
    "SEN": ("Senegal", "Senegal", "Sénégal", "Senegalese"),
    "TGO": ("Togo", "Togo", "Togo", "Togolese"),
    "COM": ("Comoros", "Comoras", "Comores", "Comorian"),
    "CMR": ("Cameroon", "Camerún", "Cameroun", "Cameroonian"),
    "URY": ("Uruguay", "Uruguay", "Uruguay", "Uruguayan"),
    "SGP": ("Singapore", "Singapur", "Singapour", "Singaporean"),
    "MUS": ("Mauritius", "Mauricio", "Maurice", "Mauritian"),
    "ZAF": ("South Africa", "Sudáfrica", "Afrique du Sud", "South African"),
}
# Formal or RFMO forms some documents print instead.
FORMAL: dict[str, tuple[str, ...]] = {
    "CHN": ("People's Republic of China", "P.R. China"),
    "TWN": ("Chinese Taipei",),
    "KOR": ("Republic of Korea", "Korea (Rep. of)"),
    "RUS": ("Russian Federation",),
    "PAN": ("Republic of Panama",),
    "JPN": ("Japan",),
}

# street, city, state or province (or ""), postcode (or ""), country ISO alpha-3
ADDRESSES: tuple[tuple[str, str, str, str, str], ...] = (
    ("No. 88 Haixing Road, Putuo District", "Zhoushan", "Zhejiang", "316100", "CHN"),
    ("Room 1203, 18 Jiangbin Middle Road", "Fuzhou", "Fujian", "350001", "CHN"),
    ("No. 6 Gangwan Road, Shidao Town", "Rongcheng", "Shandong", "264309", "CHN"),
    ("No. 3, Yugang E. 2nd Rd., Qianzhen Dist.", "Kaohsiung", "", "806", "TWN"),
    ("7F, No. 20, Chenggong 2nd Rd.", "Kaohsiung", "", "806", "TWN"),
    ("2-14-5 Minato-machi", "Yaizu", "Shizuoka", "425-0021", "JPN"),
    ("5-6 Uomachi", "Kesennuma", "Miyagi", "988-0018", "JPN"),
    ("45, Chungjang-daero 9beon-gil, Jung-gu", "Busan", "", "48939", "KOR"),
    ("ul. Svetlanskaya 22, office 405", "Vladivostok", "Primorsky Krai", "690091", "RUS"),
    ("ul. Portovaya 7", "Petropavlovsk-Kamchatsky", "Kamchatka Krai", "683024", "RUS"),
    ("Jl. Muara Baru Ujung, Penjaringan", "Jakarta Utara", "DKI Jakarta", "14440", "IDN"),
    ("Avenida de Beiramar 47, 2º", "Vigo", "Pontevedra", "36202", "ESP"),
    ("Calle Muelle de Ribera 3", "Bermeo", "Bizkaia", "48370", "ESP"),
    ("Calle 50, Torre Global, piso 22", "Panama City", "", "", "PAN"),
    ("80 Broad Street", "Monrovia", "", "", "LBR"),
    ("Trust Company Complex, Ajeltake Road", "Majuro", "", "MH96960", "MHL"),
    ("Shirley House, 50 Shirley Street", "Nassau", "New Providence", "", "BHS"),
    ("Law House, Lini Highway", "Port Vila", "Shefa", "", "VUT"),
    ("Strandkaien 12", "Ålesund", "Møre og Romsdal", "6002", "NOR"),
    ("12 Hunter Street", "Hobart", "Tasmania", "7000", "AUS"),
    ("Rambla 25 de Agosto 1825 esq. 578, of. 302", "Montevideo", "", "11000", "URY"),
    ("10 Anson Road, #21-07 International Plaza", "Singapore", "", "079903", "SGP"),
    ("Royal Road, Les Pailles", "Port Louis", "", "11302", "MUS"),
    ("12 quai Carnot", "Concarneau", "Finistère", "29900", "FRA"),
    ("3 rue de la Darse", "Le Port", "La Réunion", "97420", "FRA"),
)

COMPANIES: dict[str, tuple[str, ...]] = {
    "CHN": (
        "Zhoushan Haixing Ocean Fishery Co., Ltd.",
        "Fujian Hongrun Pelagic Fisheries Co., Ltd.",
    ),
    "TWN": ("Yuh Yow Fishery Co., Ltd.", "Hsin Lung Marine Enterprise Co., Ltd."),
    "JPN": ("Minato Gyogyo K.K.", "Kesennuma Enyo Fisheries Co., Ltd."),
    "KOR": ("Haeyang Ocean Co., Ltd.", "Sunwoo Deep Sea Fisheries Co., Ltd."),
    "RUS": ("Orlan Fishing Company LLC", "Vostok-Ryba JSC"),
    "ESP": ("Pesquerías Arnela S.L.", "Armadora Rías Baixas S.A."),
    "PAN": ("Ocean Star Shipping Inc.", "Bluewater Reefer Corp."),
    "": ("Southern Cross Fishing Ltd.", "Pacific Tuna Holdings Inc.", "Austral Longline S.A."),
}
MANAGERS: tuple[tuple[str, str], ...] = (  # (name, ISO alpha-3 of its address)
    ("Blue Meridian Ship Management Pte. Ltd.", "SGP"),
    ("Austral Fleet Services S.A.", "URY"),
    ("Indian Ocean Marine Management Ltd.", "MUS"),
    ("Harbour Light Marine Services Co., Ltd.", "TWN"),
)

MASTERS: dict[str, tuple[str, ...]] = {
    "CHN": ("WANG Jianguo", "LI Haibo", "ZHANG Wei", "CHEN Zhiqiang", "LIU Yong"),
    "TWN": ("LIN Chih-Ming", "HUANG Wen-Chung", "TSAI Kuo-Hua"),
    "JPN": ("TAKAHASHI Kenji", "SATO Hiroshi", "WATANABE Makoto"),
    "KOR": ("KIM Sung-ho", "PARK Jae-won", "LEE Dong-hyun"),
    "RUS": ("Sergei I. PETROV", "Andrei VOLKOV", "Nikolai SMIRNOV"),
    "ESP": ("José Manuel OTERO LAGO", "Iñaki ETXEBERRIA"),
    "": ("Rolando DELA CRUZ", "Juan Carlos PEREIRA", "Made SUARJANA", "Budi SANTOSO"),
}
AGENTS = ("Martín Ferreyra", "Camille Hoarau", "Sipho Dlamini", "Diego Acosta", "Lucía Pazos")
AGENCIES = ("Agencia Marítima del Sur", "Oceanic Port Agency", "Cape Fisheries Agencies")
OFFICE = ("Ops Desk", "Linda Chen", "Kenji (office)", "Fleet Ops", "Ana Souto")
OFFICIALS = ("R. Moreau", "K. Naidoo", "M. Fernández", "A. Ramjan", "J. Thompson", "Y. Kerhervé")

# (name, UN/LOCODE) of foreign ports: landing, lying, calls; never a home port here.
PORTS: tuple[tuple[str, str], ...] = (
    ("Montevideo", "UYMVD"),
    ("Port Louis", "MUPLU"),
    ("Punta Arenas", "CLPUQ"),
    ("Cape Town", "ZACPT"),
    ("Walvis Bay", "NAWVB"),
    ("Las Palmas", "ESLPA"),
    ("Busan", "KRPUS"),
    ("Suva", "FJSUV"),
    ("Port Victoria", "SCPOV"),
    ("Callao", "PECLL"),
    ("Mar del Plata", "ARMDQ"),
    ("Singapore", "SGSIN"),
    ("Dakar", "SNDKR"),
    ("Abidjan", "CIABJ"),
    ("Papeete", "PFPPT"),
)
HOME_PORTS: dict[str, tuple[str, ...]] = {
    "CHN": ("Zhoushan", "Fuzhou", "Shidao", "Dalian"),
    "TWN": ("Kaohsiung", "Suao", "Tungkang"),
    "JPN": ("Yaizu", "Kesennuma", "Misaki"),
    "KOR": ("Busan",),
    "RUS": ("Vladivostok", "Nakhodka"),
    "PAN": ("Panama",),
    "VUT": ("Port Vila",),
    "ESP": ("Vigo", "Bermeo"),
}

# (country ISO alpha-3, builder and place) for BUILDER_LOCATION
BUILDERS: dict[str, tuple[str, ...]] = {
    "JPN": ("Niigata Shipbuilding, Niigata", "Miho Shipyard, Shimizu", "Kanasashi, Shizuoka"),
    "CHN": ("Huanghai Shipbuilding, Rongcheng", "Zhejiang Zhenyu Shipyard, Ningbo"),
    "TWN": ("Jong Shyn Shipbuilding, Kaohsiung", "Lung Teh Shipbuilding, Suao"),
    "KOR": ("Daedong Shipbuilding, Busan",),
    "ESP": ("Astilleros Armon, Navia", "Hijos de J. Barreras, Vigo"),
    "NOR": ("Vaagland Båtbyggeri, Vågland",),
}

# code, English, scientific name, FAO areas where the stock is fished
TOOTHFISH = (
    (
        "TOP",
        "Patagonian toothfish",
        "Dissostichus eleginoides",
        ("48.3", "58.5.1", "58.6", "41", "87"),
    ),
    ("TOA", "Antarctic toothfish", "Dissostichus mawsoni", ("88.1", "88.2", "58.4", "48.6")),
)
BLUEFIN = (
    ("BFT", "Atlantic bluefin tuna", "Thunnus thynnus", ("37.1.1", "37.2.1", "34", "27.9.a", "21")),
    ("SBF", "Southern bluefin tuna", "Thunnus maccoyii", ("57", "51", "81", "47")),
)

GEAR_WORDS: dict[str, tuple[str, str, str]] = {  # list code -> (English, Spanish, French)
    "DRIFTING_LONGLINES": ("tuna longliner", "palangrero atunero", "palangrier thonier"),
    "SET_LONGLINES": ("bottom longliner", "palangrero de fondo", "palangrier de fond"),
    "SQUID_JIGGER": ("squid jigger", "potero", "ligneur à calmar"),
    "TRAWLERS": ("stern trawler", "arrastrero congelador", "chalutier congélateur"),
    "TUNA_PURSE_SEINES": ("tuna purse seiner", "cerquero atunero", "thonier senneur"),
    "POLE_AND_LINE": ("pole-and-line vessel", "cañero", "canneur"),
    "CARRIER": ("refrigerated carrier", "buque frigorífico", "navire frigorifique"),
    "": ("fishing vessel", "buque pesquero", "navire de pêche"),
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}

TRADERS = (  # exporters, importers and re-exporters of catch: never associates of the vessel
    "Austral Seafood Trading Ltd",
    "Nordic Frozen Fish AS",
    "Pacific Cold Chain Co., Ltd.",
    "Mariscos del Sur S.A.",
    "Océan Indien Marée SARL",
    "Eastern Reef Seafood Pte. Ltd.",
)
YARDS: tuple[tuple[str, str, str], ...] = (  # (yard, address line, VAT or tax id)
    (
        "Astilleros del Atlántico Sur S.A.",
        "Rambla Portuaria s/n, 11000 Montevideo, Uruguay",
        "RUT 21 458 903 0012",
    ),
    (
        "Cape Ship Repair (Pty) Ltd",
        "Duncan Dock, Port of Cape Town 8001, South Africa",
        "VAT 4730 118 264",
    ),
    ("Port Louis Dry Dock Co. Ltd", "Mer Rouge, Port Louis, Mauritius", "VAT 27 041 993"),
    (
        "Reparaciones Navales Canarias S.L.",
        "Muelle Reina Sofía, 35008 Las Palmas",
        "CIF B-35 778 214",
    ),
    (
        "Kaohsiung Harbour Marine Engineering Co.",
        "No. 9 Zhongzhou 3rd Rd., Kaohsiung",
        "UBN 8427 1930",
    ),
)
REPAIR_ITEMS = (
    ("Dry docking and undocking, incl. blocks and shores", "lump sum"),
    ("Dock rent per day", "days"),
    ("Hull HP water washing at 250 bar", "m2"),
    ("Spot blasting Sa 2.5 and two coats anticorrosive", "m2"),
    ("Antifouling, one full coat, flat bottom and sides", "m2"),
    ("Renew sacrificial zinc anodes (supplied by yard)", "pcs"),
    ("Draw tailshaft, check clearances, reinstate", "lump sum"),
    ("Overhaul sea chest valves DN150", "pcs"),
    ("Renew steel plating 10 mm, fwd fish hold", "kg"),
    ("Ultrasonic thickness measurement for class", "points"),
    ("Overhaul line hauler hydraulic motor", "lump sum"),
    ("Clean and test brine freezing coils", "lump sum"),
    ("Garbage removal and shore power connection", "days"),
    ("Fire watch and gas-free certificate", "lump sum"),
)
CLAUSES = (
    "Institute Time Clauses Hulls 1/10/83 (CL.280), as amended",
    "Institute Fishing Vessel Clauses 20/7/87 (CL.360)",
    "Institute War and Strikes Clauses Hulls - Time 1/10/83 (CL.281)",
    "Institute Radioactive Contamination Exclusion Clause 1/10/90 (CL.356)",
    "Cyber Attack Exclusion Clause 10/11/03 (CL.380)",
    "Sanction Limitation and Exclusion Clause (JC2010/014)",
    "Premium Payment Clause: 60 days from inception, thereafter quarterly",
    "Classification Clause: vessel to be maintained in class without overdue recommendations",
)
INSURERS = (
    ("Nordhavn Marine Mutual", "Bergen"),
    ("Pacific Rim Hull Underwriters Ltd", "Singapore"),
    ("Compagnie Atlantique d'Assurances Maritimes", "Le Havre"),
    ("Aseguradora Marítima del Plata S.A.", "Buenos Aires"),
)
CLASS_SOCIETIES = ("NK", "BV", "KR", "CCS", "RS", "DNV", "LR", "ABS")
