"""Hand-written vocabulary for blind set P: countries, ports, people, companies, addresses and
wordings. Written from general knowledge; nothing here is read from the extractor."""

from __future__ import annotations

# fmt: off

# ISO alpha-3 -> (English, Spanish, French, English adjective)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("China", "China", "Chine", "Chinese"),
    "TWN": ("Chinese Taipei", "Taipei Chino", "Taipei chinois", "Taiwanese"),
    "JPN": ("Japan", "Japón", "Japon", "Japanese"),
    "KOR": ("Republic of Korea", "República de Corea", "République de Corée", "South Korean"),
    "RUS": ("Russian Federation", "Federación de Rusia", "Fédération de Russie", "Russian"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie", "Indonesian"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Noruega", "Norvège", "Norwegian"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas", "Bahamian"),
    "PAN": ("Panama", "Panamá", "Panama", "Panamanian"),
    "AUS": ("Australia", "Australia", "Australie", "Australian"),
    "ESP": ("Spain", "España", "Espagne", "Spanish"),
    "FRA": ("France", "Francia", "France", "French"),
    "PRT": ("Portugal", "Portugal", "Portugal", "Portuguese"),
    "BLZ": ("Belize", "Belice", "Belize", "Belizean"),
    "TGO": ("Togo", "Togo", "Togo", "Togolese"),
    "CMR": ("Cameroon", "Camerún", "Cameroun", "Cameroonian"),
    "SLE": ("Sierra Leone", "Sierra Leona", "Sierra Leone", "Sierra Leonean"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati", "Kiribati"),
    "COM": ("Comoros", "Comoras", "Comores", "Comorian"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall", "Marshallese"),
    "LBR": ("Liberia", "Liberia", "Libéria", "Liberian"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles", "Seychellois"),
    "MUS": ("Mauritius", "Mauricio", "Maurice", "Mauritian"),
    "PHL": ("Philippines", "Filipinas", "Philippines", "Philippine"),
    "SGP": ("Singapore", "Singapur", "Singapour", "Singaporean"),
    "ARG": ("Argentina", "Argentina", "Argentine", "Argentine"),
    "CHL": ("Chile", "Chile", "Chili", "Chilean"),
    "PER": ("Peru", "Perú", "Pérou", "Peruvian"),
    "ECU": ("Ecuador", "Ecuador", "Équateur", "Ecuadorian"),
    "KNA": ("Saint Kitts and Nevis", "San Cristóbal y Nieves", "Saint-Kitts-et-Nevis", "Kittitian"),
    "VCT": (
        "Saint Vincent and the Grenadines", "San Vicente y las Granadinas",
        "Saint-Vincent-et-les-Grenadines", "Vincentian",
    ),
    "MNG": ("Mongolia", "Mongolia", "Mongolie", "Mongolian"),
    "TZA": ("Tanzania", "Tanzania", "Tanzanie", "Tanzanian"),
    "IND": ("India", "India", "Inde", "Indian"),
    "BGD": ("Bangladesh", "Bangladés", "Bangladesh", "Bangladeshi"),
    "TUR": ("Türkiye", "Turquía", "Turquie", "Turkish"),
    "PAK": ("Pakistan", "Pakistán", "Pakistan", "Pakistani"),
    "NZL": ("New Zealand", "Nueva Zelanda", "Nouvelle-Zélande", "New Zealand"),
    "USA": ("United States", "Estados Unidos", "États-Unis", "US"),
    "MYS": ("Malaysia", "Malasia", "Malaisie", "Malaysian"),
    "THA": ("Thailand", "Tailandia", "Thaïlande", "Thai"),
    "ARE": ("United Arab Emirates", "Emiratos Árabes Unidos", "Émirats arabes unis", "Emirati"),
    "URY": ("Uruguay", "Uruguay", "Uruguay", "Uruguayan"),
}

# Flags of convenience a vessel may have left: (alpha-3, MMSI MID, call-sign prefixes in
# the flag's ITU series).
FORMER_FLAGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("BLZ", "312", ("V3",)), ("TGO", "671", ("5V",)), ("CMR", "613", ("TJ",)),
    ("SLE", "667", ("9L",)), ("KIR", "529", ("T3",)), ("COM", "616", ("D6",)),
    ("PAN", "351", ("3E", "H3", "HO", "HP")), ("VUT", "576", ("YJ",)), ("MHL", "538", ("V7",)),
    ("LBR", "636", ("A8", "D5", "EL")), ("KNA", "341", ("V4",)), ("MNG", "457", ("JV", "JU")),
    ("TZA", "674", ("5H", "5I")),
)

# Ports of registry by flag, for vessels whose list entry has none: (port, province or "").
PORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "CHN": (("ZHOUSHAN", "ZHEJIANG"), ("DALIAN", "LIAONING"), ("RONGCHENG", "SHANDONG")),
    "TWN": (("KAOHSIUNG", ""), ("SUAO", ""), ("TUNGKANG", "")),
    "JPN": (("YAIZU", "SHIZUOKA"), ("KESENNUMA", "MIYAGI"), ("MISAKI", "KANAGAWA")),
    "KOR": (("BUSAN", ""), ("ULSAN", "")),
    "RUS": (("NAKHODKA", ""), ("VLADIVOSTOK", ""), ("KOLSK", "")),
    "ESP": (("VIGO", "PONTEVEDRA"), ("BERMEO", "BIZKAIA")),
    "AUS": (("HOBART", "TASMANIA"), ("PORT LINCOLN", "SOUTH AUSTRALIA")),
    "PAN": (("PANAMA", ""), ("BALBOA", "")),
    "VUT": (("PORT VILA", ""),),
    "KIR": (("TARAWA", ""),),
    "LBR": (("MONROVIA", ""),),
    "MHL": (("MAJURO", ""),),
    "IDN": (("BENOA", "BALI"), ("BITUNG", "SULAWESI UTARA")),
    "NOR": (("ÅLESUND", ""), ("TROMSØ", "")),
    "BHS": (("NASSAU", ""),),
}
# Ports printed when neither the list nor PORTS gives one (no State is printed beside them).
DEFAULT_PORTS = (("PANAMA", ""), ("PORT LOUIS", ""), ("APIA", ""), ("SUVA", ""))

PEOPLE = (
    "Capt. Rafael Ibáñez Soto", "Dr. Mele Tuilagi", "Ms. Hiroko Watanabe", "Mr. Tevita Fonua",
    "Ana Lúcia Ferreira", "Jean-Marc Le Goff", "Olga Sergeyevna Pavlova", "Kwame Mensah",
    "Lin Mei-Hua", "Sione Havili", "María José Cárdenas", "Ioane Teiwaki", "Pieter de Villiers",
    "Nour El Houda Benali", "Arturo Valdivia Ramos", "Nguyen Thi Lan",
)

# Invented companies: (name, street address, city, state or "", alpha-3).
COMPANIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("OCEAN BLUE MARINE SA", "Calle 50, Torre Global, Piso 21", "Panama City", "", "PAN"),
    ("GOLDEN HARVEST FISHERIES LTD", "Room 1702, 88 Wuyi North Road", "Fuzhou", "Fujian", "CHN"),
    ("NORTHSTAR REEFER SHIPPING INC", "80 Broad Street, 5th Floor", "Monrovia", "", "LBR"),
    ("SEA DRAGON OCEAN RESOURCES CO LTD", "No. 3 Qianzhen Road", "Kaohsiung", "", "TWN"),
    ("PACIFIC MERIDIAN HOLDINGS LLC", "Trust Company Complex, Ajeltake Road", "Majuro", "", "MHL"),
    ("BAHIA AZUL PESCA SL", "Avenida Beiramar 34, 2º", "Vigo", "Pontevedra", "ESP"),
    ("KAIYO SUISAN KK", "2-14-7 Yaizu", "Yaizu", "Shizuoka", "JPN"),
    ("TROPIC WAVE TRADING FZE", "Office 408, Saif Zone Block Q3", "Sharjah", "", "ARE"),
    ("SAMSON MARITIME CO LTD", "11 Jungang-daero 226", "Busan", "", "KOR"),
    ("ISLAND STAR FISHING CORPORATION", "Lot 12, Betio Industrial Area", "Betio", "", "KIR"),
    (
        "DALNEVOSTOCHNY TRAWL FLEET JSC", "ul. Svetlanskaya 41", "Vladivostok", "Primorsky Krai",
        "RUS",
    ),
    ("CORAL REEF LOGISTICS PTE LTD", "10 Anson Road #22-05", "Singapore", "", "SGP"),
    ("GREAT SOUTHERN LONGLINE PTY LTD", "17 Napoleon Street", "Battery Point", "Tasmania", "AUS"),
    (
        "MAR DEL PLATA ARMADORES SA", "Av. Martínez de Hoz 4200", "Mar del Plata", "Buenos Aires",
        "ARG",
    ),
    ("ARMEMENT BRETON DU LARGE SAS", "12 quai de la Douane", "Concarneau", "Finistère", "FRA"),
    (
        "LUCKY FORTUNE SHIPHOLDING CORP", "Suite 3, Victoria House, Mont Fleuri", "Victoria", "",
        "SYC",
    ),
)

RFMOS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "IOTC": ("Indian Ocean Tuna Commission", "Resolution 18/03", ("51", "57", "51.5", "57.1")),
    "WCPFC": (
        "Western and Central Pacific Fisheries Commission", "CMM 2019-07", ("71", "77", "61", "81"),
    ),
    "ICCAT": (
        "International Commission for the Conservation of Atlantic Tunas", "Recommendation 18-08",
        ("34", "47", "41", "27"),
    ),
    "IATTC": ("Inter-American Tropical Tuna Commission", "Resolution C-19-02", ("77", "87")),
    "SPRFMO": (
        "South Pacific Regional Fisheries Management Organisation", "CMM 04-2023",
        ("87", "81", "87.1"),
    ),
    "NPFC": ("North Pacific Fisheries Commission", "CMM 2023-02", ("61", "67")),
    "CCAMLR": (
        "Commission for the Conservation of Antarctic Marine Living Resources",
        "Conservation Measure 10-07", ("48.3", "58.4", "88.1"),
    ),
    "SIOFA": ("Southern Indian Ocean Fisheries Agreement", "CMM 2023/06", ("51", "57")),
}

SPECIES_BY_GEAR: dict[str, tuple[str, ...]] = {
    "DRIFTING_LONGLINES": ("BET", "YFT", "ALB", "SWO", "BSH"),
    "SET_LONGLINES": ("TOP", "TOA", "SWO"),
    "SQUID_JIGGER": ("OFJ", "GIS", "SQA"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET"),
    "POLE_AND_LINE": ("SKJ", "ALB"),
    "TRAWLERS": ("CJM", "MAS", "KRI"),
    "CARRIER": ("SKJ", "BET", "OFJ"),
}
SPECIES_EN = {
    "BET": "bigeye tuna", "YFT": "yellowfin tuna", "ALB": "albacore", "SWO": "swordfish",
    "BSH": "blue shark", "TOP": "Patagonian toothfish", "TOA": "Antarctic toothfish",
    "OFJ": "neon flying squid", "GIS": "jumbo flying squid", "SQA": "Argentine shortfin squid",
    "SKJ": "skipjack tuna", "CJM": "Chilean jack mackerel", "MAS": "chub mackerel",
    "KRI": "Antarctic krill", "SMA": "shortfin mako", "SBF": "southern bluefin tuna",
}
SPECIES_ES = {
    "BET": "Patudo", "YFT": "Rabil", "ALB": "Atún blanco", "SWO": "Pez espada", "SKJ": "Listado",
    "GIS": "Jibia gigante", "OFJ": "Pota saltadora",
}
SPECIES_FR = {
    "BET": "Thon obèse", "YFT": "Albacore", "ALB": "Germon", "SWO": "Espadon", "SKJ": "Listao",
    "GIS": "Encornet géant", "OFJ": "Encornet volant",
}

# gear code in the lists -> (ISSCFG abbreviation, English, Spanish, French, fleet group)
GEARS: dict[str, tuple[str, str, str, str, str]] = {
    "DRIFTING_LONGLINES": (
        "LLD", "drifting longline", "palangre de superficie", "palangre dérivante",
        "Tuna longliners",
    ),
    "SET_LONGLINES": (
        "LLS", "set longline", "palangre de fondo", "palangre calée", "Demersal longliners",
    ),
    "SQUID_JIGGER": ("LHM", "squid jigging", "poteras", "turluttes", "Squid jiggers"),
    "TUNA_PURSE_SEINES": ("PS", "purse seine", "cerco", "senne coulissante", "Purse seiners"),
    "POLE_AND_LINE": ("LHP", "pole and line", "caña", "canne", "Pole-and-line vessels"),
    "TRAWLERS": ("OTM", "midwater trawl", "arrastre pelágico", "chalut pélagique", "Trawlers"),
    "CARRIER": ("NO", "carrier (no gear)", "transporte", "transport", "Refrigerated carriers"),
}

NAV_STATUS = (
    (0, "Under way using engine"), (7, "Engaged in fishing"), (1, "At anchor"), (5, "Moored"),
    (15, "Not defined"), (8, "Under way sailing"),
)
DESTINATIONS = (
    "PORT LOUIS", "VICTORIA", "BUSAN", "LAS PALMAS", "SUVA", "PAPEETE", "CALLAO", "MONTEVIDEO",
    "PORT STANLEY", "TEMA", "ABIDJAN", "NOUMEA", "",
)

RECYCLERS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Shree Vardhman Ship Breakers", "Plot No. 57, Alang-Sosiya Ship Recycling Yard", "Alang",
        "Gujarat", "IND",
    ),
    ("Kabir Steel Re-Rolling Yard", "Kumira, Sitakunda", "Chattogram", "", "BGD"),
    ("Ege Gemi Söküm A.Ş.", "Gemi Söküm Bölgesi, Parsel 14", "Aliağa", "İzmir", "TUR"),
    ("Gadani Marine Recycling (Pvt) Ltd", "Plot 91, Gadani Beach", "Gadani", "Balochistan", "PAK"),
    (
        "Jiangmen Zhongxin Ship Dismantling Co", "Yinzhou Lake Industrial Zone", "Jiangmen",
        "Guangdong", "CHN",
    ),
    ("Astilleros y Desguaces del Norte SA", "Muelle de Raos s/n", "Santander", "Cantabria", "ESP"),
)

WIRES = (
    "FishWire", "Marine Enforcement Digest", "SeaWatch News Service", "Oceans Desk",
    "Pacific Fisheries Bulletin",
)
WIRE_CITIES = (
    "HONIARA", "PORT LOUIS", "VIGO", "MANILA", "BANGKOK", "SUVA", "CAPE TOWN", "MONTEVIDEO",
    "NOUMEA", "MAJURO", "VICTORIA", "TOKYO",
)

MANAGERS: tuple[tuple[str, str, tuple[tuple[str, str, str, str, str], ...]], ...] = (
    (
        "Blue Horizon Ship Management Pte Ltd", "bluehorizon-sm.com",
        (
            (
                "Head office", "1 Harbourfront Avenue, #14-07 Keppel Bay Tower", "Singapore", "",
                "SGP",
            ),
            ("Technical office", "Room 2105, 777 Xiamen Road", "Shanghai", "", "CHN"),
            ("Port agency", "Quay Street, Fishing Port", "Port Louis", "", "MUS"),
        ),
    ),
    (
        "Austral Fleet Services SA", "australfleet.com.ar",
        (
            (
                "Casa central", "Av. de los Trabajadores 1850", "Mar del Plata", "Buenos Aires",
                "ARG",
            ),
            ("Oficina técnica", "Calle Colón 345, piso 3", "Montevideo", "", "URY"),
        ),
    ),
    (
        "Oriental Tuna Management Co., Ltd.", "otm-tuna.com.tw",
        (
            (
                "Head office", "7F, No. 6 Chenggong 2nd Road, Qianzhen District", "Kaohsiung", "",
                "TWN",
            ),
            ("Branch office", "Victoria Port, Ile du Port", "Victoria", "Mahé", "SYC"),
            ("Branch office", "Jalan Pelabuhan Benoa No. 12", "Denpasar", "Bali", "IDN"),
        ),
    ),
    (
        "Nordic Pelagic Management AS", "nordicpelagic.no",
        (
            ("Head office", "Strandkaien 2", "Bergen", "Vestland", "NOR"),
            (
                "Branch office", "Calle León y Castillo 421", "Las Palmas de Gran Canaria",
                "Las Palmas", "ESP",
            ),
        ),
    ),
)

MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
}

SANCTIONS = (
    "Fine USD 25,000", "Written warning", "Licence suspended 60 days", "Catch forfeited (12.4 t)",
    "Fine USD 140,000", "Under investigation", "Master's certificate suspended",
    "Fine USD 8,500", "Case referred to court",
)
INFRINGEMENTS = (
    "late VMS report", "logbook discrepancy", "fishing without authorisation", "shark finning",
    "unauthorised transshipment", "AIS switched off", "mis-reported catch", "closed area",
    "gear marking",
)

# Former names for vessels whose list entry has none (invented).
FORMER_NAMES = (
    "OCEAN STAR 7", "AMORIN", "SEA BREEZE 3", "CHIN SHENG 18", "GOOD HOPE", "LADY MARIA",
    "NIKOLAY 2", "SOUTHERN PEARL", "HAI FENG 818", "ATLANTIC WIND", "ORIENTAL BRAVE", "MAR AZUL 11",
    "KIEV", "NOVA 3", "PERLA DEL SUR", "JIN YU 6",
)

# IUU list proposals
PARTIES = (
    "European Union", "Australia", "Republic of Seychelles", "United States of America", "Japan",
    "New Zealand", "Republic of Mozambique", "Republic of Korea", "Kingdom of Tonga",
    "French Republic (on behalf of its territories)",
)
ACTIVITIES = (
    "fishing for {species} in the {rfmo} Convention Area without authorisation (FAO Area {area})",
    "transshipping catches of {species} at sea without an observer and outside any {rfmo} "
    "programme (FAO Area {area})",
    "operating with AIS switched off for 19 days while setting gear in FAO Area {area}",
    "fishing in a closed area for {species} and failing to report catches to {rfmo}",
    "using prohibited gear (large-scale driftnets) in FAO Area {area}",
)
EVIDENCE = (
    "Aerial surveillance photographs (12 frames, time-stamped) taken by a patrol aircraft",
    "Boarding and inspection report of the patrol vessel, with the master's signed statement",
    "Satellite AIS gap analysis and VMS positions supplied by the flag State",
    "Synthetic aperture radar detections matched to the vessel's last AIS positions",
    "Port inspection report recording undeclared frozen catch in the holds",
    "Statement of the observer placed on a carrier vessel during the transshipment",
)
PATROLS = (
    "FPV Topaz", "HMNZS Otago", "Patrouilleur Arago", "ACV Ocean Shield", "BAP Carrasco",
    "PS Kaunitoni", "Guardacostas Río Miño",
)

# Capacity transfer notices: field wordings per language.
CAPACITY_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "NOTICE OF TRANSFER OF FISHING CAPACITY",
        "to": "Notification to the {rfmo} Secretariat by the flag State",
        "intro": "The fishing capacity of the vessel in Part A is transferred to the vessel in "
        "Part B. The capacity of the fleet on the {rfmo} record does not increase.",
        "A": "PART A - OUTGOING VESSEL (capacity withdrawn)",
        "B": "PART B - INCOMING VESSEL (capacity entered)",
        "C": "PART C - CAPACITY AND QUOTA TRANSFERRED", "name": "Name of vessel", "flag": "Flag",
        "reg": "Registration No.", "imo": "IMO No.", "cs": "Call sign", "port": "Port of registry",
        "owner": "Owner", "gt": "Gross tonnage", "kw": "Engine power", "loa": "Length overall",
        "year": "Year of build", "moved": "Capacity transferred", "and": "and",
        "quota": "Quota transferred", "of": "of", "auth": "Fishing licence", "no": "No.",
        "from": "valid from", "until": "to",
        "fate": "The outgoing vessel was scrapped and deleted from the fleet register on",
        "sign": "For the Director of Fisheries", "date": "Date",
        "legal": "This notice is issued under the national fleet capacity ceiling and the "
        "capacity management provisions of the {rfmo}. The transfer takes effect only once the "
        "outgoing vessel has been deleted from the register and its licences surrendered; no "
        "capacity may be transferred twice.",
        "record": "Entered in the {rfmo} Record of Authorised Vessels under no.",
        "reason": "Reason: replacement of an older vessel by a newer one of lower fuel use; the "
        "outgoing vessel will not be exported or re-registered under any other flag.",
        "page": "Page",
    },
    "es": {
        "title": "AVISO DE TRANSFERENCIA DE CAPACIDAD DE PESCA",
        "to": "Comunicación del Estado del pabellón a la Secretaría de la {rfmo}",
        "intro": "La capacidad de pesca del buque de la Parte A se transfiere al buque de la "
        "Parte B, sin incremento de la capacidad de la flota inscrita en el registro {rfmo}.",
        "A": "PARTE A - BUQUE CEDENTE (baja)", "B": "PARTE B - BUQUE RECEPTOR (alta)",
        "C": "PARTE C - CAPACIDAD Y CUOTA TRANSFERIDAS", "name": "Nombre del buque",
        "flag": "Pabellón", "reg": "Matrícula", "imo": "Número OMI", "cs": "Distintivo de llamada",
        "port": "Puerto base", "owner": "Armador", "gt": "Arqueo bruto",
        "kw": "Potencia propulsora", "loa": "Eslora total", "year": "Año de construcción",
        "moved": "Capacidad transferida", "and": "y", "quota": "Cuota transferida", "of": "de",
        "auth": "Licencia de pesca", "no": "n.º", "from": "válida del", "until": "al",
        "fate": "El buque cedente fue desguazado y dado de baja en el Registro de Buques "
        "Pesqueros el",
        "sign": "Por la Dirección General de Pesca", "date": "Fecha",
        "legal": "El presente aviso se emite en el marco del límite nacional de capacidad de la "
        "flota y de las disposiciones de gestión de la capacidad de la {rfmo}. La transferencia "
        "solo surte efecto una vez dado de baja el buque cedente y entregadas sus licencias.",
        "record": "Inscrito en el Registro de Buques Autorizados de la {rfmo} con el n.º",
        "reason": "Motivo: sustitución de un buque antiguo por otro más eficiente; el buque "
        "cedente no será exportado ni abanderado en ningún otro Estado.",
        "page": "Página",
    },
    "fr": {
        "title": "AVIS DE TRANSFERT DE CAPACITÉ DE PÊCHE",
        "to": "Notification de l'État du pavillon au Secrétariat de la {rfmo}",
        "intro": "La capacité de pêche du navire de la partie A est transférée au navire de la "
        "partie B ; la capacité de la flotte inscrite au registre {rfmo} n'augmente pas.",
        "A": "PARTIE A - NAVIRE CÉDANT (sortie de flotte)",
        "B": "PARTIE B - NAVIRE BÉNÉFICIAIRE (entrée en flotte)",
        "C": "PARTIE C - CAPACITÉ ET QUOTA TRANSFÉRÉS", "name": "Nom du navire", "flag": "Pavillon",
        "reg": "Immatriculation", "imo": "Numéro OMI", "cs": "Indicatif d'appel",
        "port": "Port d'attache", "owner": "Armateur", "gt": "Jauge brute",
        "kw": "Puissance motrice", "loa": "Longueur hors tout", "year": "Année de construction",
        "moved": "Capacité transférée", "and": "et", "quota": "Quota transféré", "of": "de",
        "auth": "Licence de pêche", "no": "n°", "from": "valable du", "until": "au",
        "fate": "Le navire cédant a été démoli et radié du fichier de la flotte le",
        "sign": "Pour le Directeur des pêches maritimes", "date": "Date",
        "legal": "Le présent avis est pris en application du plafond national de capacité de la "
        "flotte et des mesures de gestion de la capacité de la {rfmo}. Le transfert ne prend "
        "effet qu'après la radiation du navire cédant et la restitution de ses licences.",
        "record": "Inscrit au registre des navires autorisés de la {rfmo} sous le n°",
        "reason": "Motif : remplacement d'un navire ancien par un navire plus économe ; le navire "
        "cédant ne sera ni exporté ni réimmatriculé sous un autre pavillon.",
        "page": "Page",
    },
}
# RFMO acronyms as Spanish and French documents print them.
RFMO_LOCAL = {
    "es": {"IATTC": "CIAT", "IOTC": "CAOI"},
    "fr": {"IOTC": "CTOI", "ICCAT": "CICTA", "IATTC": "CIATT"},
}
AUTHORITIES = {
    "en": (
        "Fisheries Agency - Fleet Capacity Unit", "Department of Fisheries - Vessel Registry",
        "Ministry of Marine Resources - Licensing Division",
    ),
    "es": (
        "Secretaría General de Pesca - Registro de Buques",
        "Subsecretaría de Pesca - Dirección de Flota",
        "Autoridad de los Recursos Acuáticos - Departamento de Flota",
    ),
    "fr": (
        "Direction des pêches maritimes - Bureau de la flotte",
        "Service des affaires maritimes - Registre des navires",
        "Ministère de la Mer - Division des licences",
    ),
}

# Licence cards: (authority, State, language, licence title, number prefix, zone, FAO areas).
LICENSORS: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...] = (
    (
        "Ministry of Fisheries and Marine Resources Development", "Republic of Kiribati", "en",
        "FOREIGN FISHING LICENCE", "KI-FFL", "EEZ KIR", ("71", "77"),
    ),
    (
        "Seychelles Fishing Authority", "Republic of Seychelles", "en", "FISHING LICENCE", "SFA/LL",
        "SYC EEZ", ("51", "51.5"),
    ),
    (
        "National Fisheries Authority", "Papua New Guinea", "en", "ACCESS LICENCE", "NFA-AL",
        "PNG EEZ", ("71",),
    ),
    (
        "Ministry of Fisheries and Marine Resources", "Solomon Islands", "en",
        "TUNA FISHING LICENCE", "SI-TFL", "SLB EEZ", ("71",),
    ),
    (
        "Subsecretaría de Pesca y Acuicultura", "República de Chile", "es", "PERMISO DE PESCA",
        "SUBPESCA-PP", "ZEE CHL / alta mar", ("87", "87.1"),
    ),
    (
        "Dirección Nacional de Recursos Acuáticos", "República Oriental del Uruguay", "es",
        "PERMISO DE PESCA INDUSTRIAL", "DINARA", "ZEE URY", ("41", "41.1"),
    ),
    (
        "Ministère des Pêches et de l'Économie maritime", "République islamique de Mauritanie",
        "fr", "LICENCE DE PÊCHE", "MPEM-LP", "ZEE MRT", ("34", "34.1"),
    ),
    (
        "Direction des ressources marines", "Nouvelle-Calédonie", "fr", "AUTORISATION DE PÊCHE",
        "DRM-AP", "ZEE NC", ("71", "81"),
    ),
    (
        "National Oceanic Resource Management Authority", "Federated States of Micronesia",
        "en", "FISHING PERMIT", "NORMA-FP", "FSM EEZ", ("71",),
    ),
)
CARD_KEYS = {
    "en": ("Vsl", "Reg", "C/S", "IMO", "Flag", "Gear", "Spp", "Area", "Valid", "Holder", "No."),
    "es": (
        "Buque", "Matr.", "Ind.", "OMI", "Pab.", "Arte", "Esp.", "Zona", "Vigencia", "Titular",
        "N.º",
    ),
    "fr": (
        "Navire", "Immat.", "Ind.", "OMI", "Pav.", "Engin", "Esp.", "Zone", "Validité", "Titulaire",
        "N°",
    ),
}
CARD_CONDITIONS = {
    "en": (
        "CONDITIONS (reverse of card)",
        "1. The vessel shall report entry to and exit from the zone 24 hours in advance.",
        "2. VMS shall be operated at all times; manual reports every 4 hours on failure.",
        "3. Transshipment at sea is prohibited unless an observer is on board.",
        "4. Catch and effort logbooks shall be submitted within 15 days of each trip.",
        "5. The licence does not authorise fishing within 12 nautical miles of the coast.",
    ),
    "es": (
        "CONDICIONES (reverso)",
        "1. El buque comunicará su entrada y salida de la zona con 24 horas de antelación.",
        "2. El sistema de localización (VMS) funcionará de forma continua.",
        "3. Se prohíbe el transbordo en el mar sin observador a bordo.",
        "4. Los cuadernos de pesca se entregarán dentro de los 15 días siguientes a la marea.",
        "5. El permiso no autoriza la pesca dentro de las 12 millas náuticas.",
    ),
    "fr": (
        "CONDITIONS (verso de la carte)",
        "1. Le navire déclare son entrée et sa sortie de la zone 24 heures à l'avance.",
        "2. La balise VMS fonctionne en permanence ; rapports manuels toutes les 4 heures.",
        "3. Le transbordement en mer est interdit sans observateur à bord.",
        "4. Les journaux de pêche sont remis dans les 15 jours suivant chaque marée.",
        "5. La licence n'autorise pas la pêche dans les 12 milles nautiques.",
    ),
}

# Recycling certificates
RECYCLING_TITLES = {
    "en": (
        "STATEMENT OF COMPLETION OF SHIP RECYCLING", "DEMOLITION CERTIFICATE",
        "CERTIFICATE OF SHIP DEMOLITION",
    ),
    "es": ("CERTIFICADO DE DESGUACE", "ACTA DE FINALIZACIÓN DEL DESGUACE"),
}
RECYCLING_WORDS = {
    "en": {
        "confirm": "This is to confirm that the recycling of the ship described below has been "
        "completed in accordance with the Ship Recycling Plan and the facility's authorisation.",
        "facility": "Ship recycling facility", "address": "Address", "auth": "Authorisation",
        "ship": "PARTICULARS OF THE SHIP", "name": "Name of ship (last)", "former": "Former names",
        "flag": "Flag at time of recycling", "former_flag": "Previous flag", "imo": "IMO number",
        "cs": "Distinctive letters", "port": "Port of registry", "gt": "Gross tonnage",
        "owner": "Shipowner", "company": "IMO company number",
        "arrived": "Date of arrival at the facility", "started": "Commencement of recycling",
        "done": "Completion of recycling", "steel": "Steel recovered",
        "deleted": "Deleted from the register on", "signed": "Facility manager",
    },
    "es": {
        "confirm": "Se certifica que el buque que se describe a continuación ha sido desguazado "
        "en su totalidad en las instalaciones abajo indicadas, conforme al plan de reciclaje.",
        "facility": "Instalación de reciclado", "address": "Dirección", "auth": "Autorización",
        "ship": "DATOS DEL BUQUE", "name": "Nombre del buque", "former": "Nombres anteriores",
        "flag": "Pabellón", "former_flag": "Pabellón anterior", "imo": "Número OMI",
        "cs": "Distintivo de llamada", "port": "Puerto de matrícula", "gt": "Arqueo bruto",
        "owner": "Armador", "company": "Número de compañía OMI", "arrived": "Fecha de llegada",
        "started": "Inicio del desguace", "done": "Finalización del desguace",
        "steel": "Acero recuperado", "deleted": "Baja en el Registro de Buques el",
        "signed": "Director de la instalación",
    },
}
MATERIALS = (
    "Ferrous scrap (HMS 1/2)", "Cast iron", "Copper and brass", "Aluminium",
    "Asbestos-containing material", "Waste oil and sludge", "PCB-containing cables",
    "Refrigerant gases (R-22)", "Insulation and plastics", "Batteries",
)
RECYCLING_NOTES = {
    "en": (
        "Hazardous materials identified in the Inventory of Hazardous Materials were removed and "
        "delivered to authorised waste management facilities before cutting started. No incident "
        "requiring notification occurred during the recycling.",
        "Verified by the attending surveyor of the recognised organisation; a copy of this "
        "statement has been sent to the Administration and to the competent authority.",
    ),
    "es": (
        "Los materiales peligrosos recogidos en el inventario fueron retirados y entregados a "
        "gestores autorizados antes del inicio del corte. No se produjeron incidentes que "
        "debieran notificarse durante el desguace.",
        "Verificado por el inspector de la organización reconocida; se remite copia a la "
        "Administración marítima y a la autoridad competente.",
    ),
}
CLASS_SOCIETIES = (
    "Bureau Veritas", "ClassNK", "DNV", "Lloyd's Register", "RINA", "Korean Register",
    "China Classification Society", "Indian Register of Shipping",
)

# News-wire items: (headline, body) with {slots} filled per vessel.
NEWS_ITEMS: tuple[tuple[str, str], ...] = (
    (
        "{country} detains {adj}-flagged {kind} over unlicensed fishing",
        "{city}, {date} ({wire}) - Authorities have detained the {adj}-flagged {kind} {name} (IMO "
        "{imo}) after a patrol found it fishing inside the exclusive economic zone without a "
        "licence. The vessel's {role}, {company}, was fined {amount}. Its call sign, {ircs}, had "
        "not been heard on the radio for eleven days.",
    ),
    (
        "{rfmo} adds reefer {name} to IUU list",
        "{city}, {date} ({wire}) - The {rfmo} has added {name}, formerly known as {former}, to "
        "its IUU vessel list. The vessel now flies the flag of {flag} after leaving the "
        "{old_flag} registry, and is accused of taking on {species} from longliners at sea. The "
        "listing names {company} as its {role}.",
    ),
    (
        "Port entry refused to squid jigger {name}",
        "{city}, {date} ({wire}) - Port State officers refused entry to {name} (call sign {ircs}, "
        "MMSI {mmsi}) on Tuesday. Inspectors said the vessel, whose {role} is {company}, had "
        "fished in FAO Area {area} without authorisation. Its master was given {amount} in "
        "penalties.",
    ),
    (
        "Court fines owner of {name}",
        "{city}, {date} ({wire}) - A court ordered {company}, the {role} of the {adj} vessel "
        "{name}, to pay {amount} for misreporting catches of {species}. Licence {licence} held by "
        "the vessel (IMO {imo}) was suspended for six months.",
    ),
    (
        "Tracking data show {name} changed flag twice in a year",
        "{city}, {date} ({wire}) - {name}, once registered as {former} under the flag of "
        "{old_flag}, now broadcasts MMSI {mmsi} under the flag of {flag}; its previous number, "
        "{old_mmsi}, went silent in March. Analysts say the {role}, {company}, is registered at a "
        "corporate-services address.",
    ),
    (
        "{rfmo} inspectors board {name} on the high seas",
        "{city}, {date} ({wire}) - A boarding team under the {rfmo} high-seas scheme inspected "
        "{name} (IRCS {ircs}, flag {flag}) in FAO Area {area} and recorded two apparent "
        "infringements, including undersized {species}. The {role}, {company}, said the catch was "
        "recorded correctly.",
    ),
)
NEWS_KINDS = ("longliner", "purse seiner", "squid jigger", "trawler", "reefer")
NEWS_ROLES = ("owner", "operator", "beneficial owner", "charterer", "manager")
NEWS_AMOUNTS = (
    "USD 350,000", "EUR 1.2 million", "USD 2.1 million", "NZD 480,000", "USD 95,000",
    "AUD 1.05 million",
)
