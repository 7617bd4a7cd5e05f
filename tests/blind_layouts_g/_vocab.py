"""Hand-written vocabulary for set G: names, places, companies and wordings (general knowledge).

Nothing here is read from the extractor or copied from the vessel lists. Companies, clubs and
addresses are invented; port codes are UN/LOCODE-shaped; call-sign patterns and MIDs were
written by hand and are checked against the reference lists by the tests.
"""

from __future__ import annotations

L, D = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"

# fmt: off
# ISO3 -> (English, Spanish, Portuguese, ISO2)
FLAGS: dict[str, tuple[str, str, str, str]] = {
    "CHN": ("China", "China", "China", "CN"),
    "TWN": ("Chinese Taipei", "Taipei Chino", "Taipé Chinês", "TW"),
    "JPN": ("Japan", "Japón", "Japão", "JP"),
    "KOR": ("Republic of Korea", "República de Corea", "República da Coreia", "KR"),
    "RUS": ("Russian Federation", "Federación de Rusia", "Federação Russa", "RU"),
    "IDN": ("Indonesia", "Indonesia", "Indonésia", "ID"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu", "VU"),
    "NOR": ("Norway", "Noruega", "Noruega", "NO"),
    "BHS": ("Bahamas", "Bahamas", "Baamas", "BS"),
    "PAN": ("Panama", "Panamá", "Panamá", "PA"),
    "LBR": ("Liberia", "Liberia", "Libéria", "LR"),
    "ESP": ("Spain", "España", "Espanha", "ES"),
    "PRT": ("Portugal", "Portugal", "Portugal", "PT"),
    "BRA": ("Brazil", "Brasil", "Brasil", "BR"),
    "CPV": ("Cabo Verde", "Cabo Verde", "Cabo Verde", "CV"),
    "MOZ": ("Mozambique", "Mozambique", "Moçambique", "MZ"),
    "AGO": ("Angola", "Angola", "Angola", "AO"),
    "PHL": ("Philippines", "Filipinas", "Filipinas", "PH"),
    "AUS": ("Australia", "Australia", "Austrália", "AU"),
    "USA": ("United States", "Estados Unidos", "Estados Unidos", "US"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Ilhas Marshall", "MH"),
    "FJI": ("Fiji", "Fiyi", "Fiji", "FJ"),
    "KIR": ("Kiribati", "Kiribati", "Quiribati", "KI"),
    "SYC": ("Seychelles", "Seychelles", "Seicheles", "SC"),
    "MUS": ("Mauritius", "Mauricio", "Maurícia", "MU"),
    "URY": ("Uruguay", "Uruguay", "Uruguai", "UY"),
    "CHL": ("Chile", "Chile", "Chile", "CL"),
    "PER": ("Peru", "Perú", "Peru", "PE"),
    "ECU": ("Ecuador", "Ecuador", "Equador", "EC"),
    "NAM": ("Namibia", "Namibia", "Namíbia", "NA"),
    "SEN": ("Senegal", "Senegal", "Senegal", "SN"),
}
# Spanish adjectives a narrative uses for "pabellón ...".
ES_FLAG_ADJ = {"CHN": "chino", "JPN": "japonés", "ESP": "español", "PAN": "panameño",
               "RUS": "ruso", "KOR": "coreano", "PRT": "portugués", "VUT": "vanuatuense"}

# ISO3 -> a MID of that flag (hand-picked) and call-sign patterns (characters per position).
MIDS = {"CHN": "412", "TWN": "416", "JPN": "431", "KOR": "440", "RUS": "273", "VUT": "576",
        "PAN": "352", "LBR": "636", "ESP": "224", "PRT": "263", "BRA": "710", "CPV": "617",
        "MOZ": "650", "AGO": "603", "IDN": "525", "PHL": "548", "NOR": "257", "AUS": "503",
        "MHL": "538", "FJI": "520", "SYC": "664", "MUS": "645", "URY": "770", "CHL": "725",
        "PER": "760", "ECU": "735", "NAM": "659", "SEN": "663", "KIR": "529", "USA": "366"}
CALL_SIGNS: dict[str, tuple[tuple[str, ...], ...]] = {
    "CHN": (("B", "Z", L, D, L), ("B", "B", L, L, D)),
    "TWN": (("B", "JK", D, D, D, D),),
    "JPN": (("7", "JKLMN", L, L), ("J", "ABCDEFGHIJKLM", D, D, D, D)),
    "KOR": (("D", "T", L, L, D), ("6", "KLMN", L, L, D)),
    "RUS": (("U", "ABCDEFGHI", L, L, D),),
    "VUT": (("Y", "J", L, L, D),),
    "PAN": (("3", "EF", L, L, D), ("H", "O", D, D, D, D)),
    "LBR": (("A", "8", L, L, D), ("D", "5", L, L, D)),
    "ESP": (("E", "ABCDEFGH", L, L),),
    "PRT": (("C", "QRSTU", L, L, D),),
    "BRA": (("P", "PQRSTU", L, L, D, D),),
    "CPV": (("D", "4", L, L, D),),
    "MOZ": (("C", "89", L, L, D),),
    "AGO": (("D", "23", L, L, D),),
    "IDN": (("Y", "BCDEFGH", L, L, D),),
    "PHL": (("D", "UVWXYZ", L, L, D),),
    "NOR": (("L", "ABCDEFGHIJK", L, L),),
    "AUS": (("V", "HJKLMN", L, D, D, D, D),),
    "MHL": (("V", "7", L, L, D),),
    "FJI": (("3", "D", "NOPQRSTUVWXYZ", L, D),),
    "SYC": (("S", "7", L, L, D),),
    "MUS": (("3", "B", L, L, D),),
    "URY": (("C", "VWX", L, L, D),),
    "CHL": (("C", "ABCDE", L, L, D),),
    "PER": (("O", "ABC", L, L, D),),
    "ECU": (("H", "CD", L, L, D),),
    "NAM": (("V", "5", L, L, D),),
    "SEN": (("6", "VW", L, L, D),),
    "KIR": (("T", "3", L, L, D),),
    "USA": (("W", "D", L, D, D, D, D),),
}

# ISO3 -> home ports (name, UN/LOCODE-shaped code)
PORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "CHN": (("Zhoushan", "CNZOS"), ("Fuzhou", "CNFOC"), ("Dalian", "CNDLC"), ("Ningbo", "CNNGB"),
            ("Shidao", "CNSHD"), ("Qingdao", "CNTAO")),
    "TWN": (("Kaohsiung", "TWKHH"), ("Suao", "TWSUO"), ("Tungkang", "TWTKG"),
            ("Keelung", "TWKEL")),
    "JPN": (("Shimizu", "JPSMZ"), ("Yaizu", "JPYAI"), ("Kesennuma", "JPKSN"), ("Misaki", "JPMIS")),
    "KOR": (("Busan", "KRPUS"), ("Ulsan", "KRUSN")),
    "RUS": (("Vladivostok", "RUVVO"), ("Nakhodka", "RUNJK"), ("Murmansk", "RUMMK")),
    "ESP": (("Vigo", "ESVGO"), ("Bermeo", "ESBRM"), ("Las Palmas", "ESLPA"), ("Marín", "ESMPG")),
    "PRT": (("Peniche", "PTPEN"), ("Aveiro", "PTAVE"), ("Viana do Castelo", "PTVDC"),
            ("Olhão", "PTOLH"), ("Matosinhos", "PTLEI"), ("Funchal", "PTFNC")),
    "BRA": (("Itajaí", "BRITJ"), ("Rio Grande", "BRRIG"), ("Natal", "BRNAT"),
            ("Cabedelo", "BRCDO")),
    "CPV": (("Mindelo", "CVMIN"), ("Praia", "CVRAI")),
    "MOZ": (("Maputo", "MZMPM"), ("Beira", "MZBEW"), ("Quelimane", "MZUEL")),
    "AGO": (("Luanda", "AOLAD"), ("Namibe", "AOMSZ"), ("Lobito", "AOLOB")),
    "VUT": (("Port Vila", "VUVLI"), ("Luganville", "VUSAN")),
    "PAN": (("Panama", "PAPTY"), ("Balboa", "PABLB")),
    "LBR": (("Monrovia", "LRMLW"),),
    "IDN": (("Benoa", "IDBOA"), ("Bitung", "IDBIT")),
    "PHL": (("General Santos", "PHGES"),),
    "AUS": (("Hobart", "AUHBA"), ("Port Lincoln", "AUPLO")),
    "NOR": (("Ålesund", "NOAES"), ("Tromsø", "NOTOS")),
}
DEFAULT_PORTS = (("Port Louis", "MUPLU"), ("Suva", "FJSUV"), ("Majuro", "MHMAJ"))
# Ports a vessel calls at or lands in (hard negatives beside PORT_ID codes).
CALL_PORTS = (("Port Louis", "MUPLU"), ("Victoria", "SCPOV"), ("Las Palmas", "ESLPA"),
              ("Cape Town", "ZACPT"), ("Walvis Bay", "NAWVB"), ("Montevideo", "UYMVD"),
              ("Suva", "FJSUV"), ("Pago Pago", "ASPPG"), ("Busan", "KRPUS"),
              ("Singapore", "SGSIN"), ("Mindelo", "CVMIN"), ("Abidjan", "CIABJ"),
              ("Tema", "GHTEM"), ("Maputo", "MZMPM"), ("Callao", "PECLL"), ("Papeete", "PFPPT"))

_ZH = ("Hongyuan", "Xinshun", "Jinhai", "Dongfang", "Zhongyu", "Rongsheng", "Yuanhang", "Haifeng")
_TW = ("Yi Shun", "Ming Feng", "Chun Yu", "Hsin Tai", "Kuo Hai", "Fong Kuo", "Sheng Yi")
_JA = ("Yamato", "Fukuichi", "Shinei", "Kaiyo", "Daiei", "Koyo", "Taisei")
_KO = ("Haeyang", "Daesung", "Sunjin", "Hanbada", "Namyang")
_RU = ("Vostok", "Primorye", "Kamchatka Trawl", "Okhotsk Marine", "Severnaya Zvezda")
_ES = ("Arnela", "Cíes", "Ons", "Rías Baixas", "Atlántico Sur", "Mar de Vigo", "Txori Argi")
_PT = ("Atlântico Norte", "Mar Alto", "Costa Azul", "Baía Farta", "Ilha do Sal", "Mar Profundo")
_EN = ("Blue Horizon", "Southern Star", "Ocean Pearl", "Coral Sea", "Golden Wave", "Silver Reef")
# Owner companies by flag: (template, words); "" is the fallback for any other flag.
COMPANIES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "CHN": (("{w} Ocean Fishing Co., Ltd.", _ZH), ("Zhoushan {w} Fishery Co Ltd", _ZH),
            ("FUJIAN {W} PELAGIC FISHERY CO LTD", _ZH)),
    "TWN": (("{w} Fishery Co., Ltd.", _TW), ("{W} MARINE PRODUCTS CO LTD", _TW)),
    "JPN": (("{w} Gyogyo K.K.", _JA), ("{w} Suisan Co., Ltd.", _JA)),
    "KOR": (("{w} Industrial Co., Ltd.", _KO), ("{W} FISHERIES CO LTD", _KO)),
    "RUS": (("{w} Fishing Company LLC", _RU), ('JSC "{w}"', _RU)),
    "ESP": (("Pesquerías {w} S.L.", _ES), ("Armadora {w} S.A.", _ES)),
    "PRT": (("{w} - Pescas, Lda.", _PT), ("Sociedade de Pesca {w}, S.A.", _PT)),
    "BRA": (("Pescados {w} Ltda.", _PT), ("{w} Pesca Oceânica S.A.", _PT)),
    "CPV": (("{w} Pescas, Lda.", _PT),),
    "MOZ": (("{w} Pescas, Lda.", _PT), ("Empresa Moçambicana de Pesca {w}, S.A.", _PT)),
    "AGO": (("{w} Pescas, Lda.", _PT), ("Sociedade Angolana de Pesca {w}, S.A.", _PT)),
    "": (("{w} Marine Ltd", _EN), ("{w} Fishing Corporation", _EN), ("{W} SHIPPING INC", _EN)),
}
# Addresses by country: (street, city, state or "")
ADDRESSES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "CHN": (("No. 18 Haixia Road, Mawei District", "Fuzhou", "Fujian"),
            ("Room 1203, 88 Dinghai Road", "Zhoushan", "Zhejiang"),
            ("Building 5, 21 Binhai Avenue", "Rongcheng", "Shandong")),
    "TWN": (("12F, No. 211, Chenggong 2nd Rd., Qianzhen Dist.", "Kaohsiung", ""),
            ("No. 66, Nanning Rd.", "Su-ao Township", "Yilan County")),
    "JPN": (("3-1-12 Jonan", "Yaizu", "Shizuoka"), ("1-5-20 Uoichiba-cho", "Kesennuma", "Miyagi")),
    "KOR": (("15 Chungjang-daero, Jung-gu", "Busan", ""), ("77 Haean-ro", "Ulsan", "")),
    "RUS": (("ul. Svetlanskaya 43, office 12", "Vladivostok", "Primorsky Krai"),
            ("ul. Leningradskaya 18", "Petropavlovsk-Kamchatsky", "Kamchatka Krai")),
    "ESP": (("Avenida de Beiramar 35, 2.º", "Vigo", "Pontevedra"),
            ("Calle Tomás Olabarri 12", "Bermeo", "Bizkaia")),
    "PRT": (("Rua Cândido dos Reis, 115", "Peniche", ""),
            ("Avenida da Liberdade, 40, 3.º", "Aveiro", "")),
    "BRA": (("Rua Blumenau, 480, sala 3", "Itajaí", "SC"),
            ("Av. Almirante Maximiano Fonseca, 1550", "Rio Grande", "RS")),
    "CPV": (("Avenida Marginal, n.º 12", "Mindelo", "São Vicente"),),
    "MOZ": (("Avenida 25 de Setembro, 1230", "Maputo", ""),),
    "AGO": (("Rua Major Kanhangulo, 45", "Luanda", ""),),
    "VUT": (("Govant Building, Kumul Highway", "Port Vila", ""),),
    "PAN": (("Calle 50, Torre Global, piso 21", "Panama City", ""),),
    "": (("Suite 4, 2 Marine Parade", "Port Louis", ""), ("80 Broad Street", "Monrovia", "")),
}

PEOPLE = {
    "en": ("John Whitfield", "Sarah O'Connell", "Michael Tane", "Priya Raman", "David Okafor"),
    "es": ("José Manuel Iglesias", "María Lorenzo Pazos", "Iñaki Goikoetxea", "Carmen Rial"),
    "pt": ("João Carlos Ferreira", "Ana Paula Moreira", "Manuel Tavares", "Luísa Cossa"),
    "zh": ("Li Wei", "Chen Jianguo", "Zhang Haibo", "Lin Chih-ming", "Wang Yong"),
    "ru": ("Sergei Volkov", "Andrei Morozov", "Oleg Petrenko"),
}

# Gear code -> (English, Spanish, Portuguese)
GEAR = {
    "DRIFTING_LONGLINES": ("Drifting longline", "Palangre de deriva", "Espinhel de deriva"),
    "SET_LONGLINES": ("Set longline", "Palangre de fondo", "Espinhel de fundo"),
    "SQUID_JIGGER": ("Squid jigging", "Poteras para calamar", "Toneiras para lula"),
    "TRAWLERS": ("Bottom otter trawl", "Arrastre de fondo", "Arrasto de fundo"),
    "TUNA_PURSE_SEINES": ("Tuna purse seine", "Red de cerco atunera", "Cerco para atum"),
    "POLE_AND_LINE": ("Pole and line", "Caña y cebo vivo", "Salto e vara"),
    "CARRIER": ("Carrier (reefer)", "Buque de transporte", "Navio transportador"),
}
EXTRA_GEAR = (("Handlines", "Líneas de mano", "Linha de mão"),
              ("Trolling lines", "Curricán", "Corrico"),
              ("Gillnets", "Redes de enmalle", "Redes de emalhar"))

# ASFIS code -> (English, Spanish, Portuguese)
SPECIES = {
    "YFT": ("Yellowfin tuna", "Rabil", "Albacora-laje"),
    "BET": ("Bigeye tuna", "Patudo", "Patudo"),
    "SKJ": ("Skipjack tuna", "Listado", "Gaiado"),
    "ALB": ("Albacore", "Atún blanco", "Atum-voador"),
    "SWO": ("Swordfish", "Pez espada", "Espadarte"),
    "BSH": ("Blue shark", "Tintorera", "Tintureira"),
    "SBF": ("Southern bluefin tuna", "Atún del sur", "Atum-do-sul"),
    "OFJ": ("Neon flying squid", "Pota saltadora", "Lula-voadora"),
    "GIS": ("Jumbo flying squid", "Pota gigante", "Lula-gigante"),
    "SAP": ("Pacific saury", "Paparda del Pacífico", "Agulhão-do-pacífico"),
    "CJM": ("Chilean jack mackerel", "Jurel chileno", "Carapau-chileno"),
    "TOP": ("Patagonian toothfish", "Austromerluza negra", "Marlonga-negra"),
}

# RFMO -> (Spanish acronym, English name, FAO areas, species codes)
RFMOS: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "IOTC": ("IOTC", "Indian Ocean Tuna Commission", ("51", "57", "51.5", "57.1"),
             ("YFT", "BET", "SKJ", "ALB", "SWO")),
    "WCPFC": ("WCPFC", "Western and Central Pacific Fisheries Commission",
              ("71", "77", "81", "61"), ("BET", "YFT", "SKJ", "ALB")),
    "ICCAT": ("CICAA", "International Commission for the Conservation of Atlantic Tunas",
              ("34", "47", "41", "27", "34.3.1"), ("BET", "YFT", "ALB", "SWO", "BSH")),
    "IATTC": ("CIAT", "Inter-American Tropical Tuna Commission", ("77", "87"),
              ("YFT", "BET", "SKJ")),
    "NPFC": ("NPFC", "North Pacific Fisheries Commission", ("61", "67"), ("SAP", "OFJ")),
    "SPRFMO": ("OROP-PS", "South Pacific Regional Fisheries Management Organisation",
               ("87", "81", "87.1.1"), ("CJM", "GIS")),
    "CCSBT": ("CCSBT", "Commission for the Conservation of Southern Bluefin Tuna",
              ("57", "58", "81"), ("SBF",)),
}
# FAO area -> a box of positions inside it: (south, north, west, east)
AREA_BOXES = {
    "51": (-10, 15, 50, 70), "51.5": (-5, 8, 48, 60), "57": (-30, -8, 85, 105),
    "57.1": (-10, 0, 82, 95), "71": (-8, 10, 145, 172), "77": (2, 18, -135, -105),
    "81": (-45, -30, 165, 178), "61": (30, 42, 150, 172), "67": (46, 52, -160, -140),
    "34": (2, 18, -30, -22), "47": (-30, -18, 2, 10), "41": (-45, -38, -57, -50),
    "27": (44, 52, -22, -14), "34.3.1": (9, 11, -18, -16), "87": (-40, -22, -95, -82),
    "87.1.1": (-4, 0, -84, -82), "58": (-55, -46, 62, 78),
}

PT_VESSEL_NAMES = ("ATLÂNTICO SUL", "NOVO HORIZONTE", "ESTRELA DO MAR", "MAR DE PENICHE",
                   "SENHORA DA NAZARÉ", "PRAIA DE SANTA MARIA", "BAÍA AZUL", "CRUZEIRO DO SUL")
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
}
PLACEHOLDERS = {
    "en": ("—", "N/A", "n/a", "-", "Not assigned", "NIL", "None"),
    "es": ("—", "N/D", "s/d", "-", "No asignado", "Sin dato"),
    "pt": ("—", "N/D", "-", "Não atribuído", "Sem registo", "n.d."),
}

# P&I clubs (invented): name, address lines, telephone, city - hard negatives on the certificate.
CLUBS = (
    ("Meridian Mutual P&I Association (Bermuda) Ltd",
     ("Meridian House, 27 Reid Street", "Hamilton HM 11, Bermuda"), "+1 441 292 4700", "Hamilton"),
    ("Northern Seas Shipowners' Mutual Insurance Association",
     ("12 Fenchurch Avenue", "London EC3M 5BN, United Kingdom"), "+44 20 7621 5500", "London"),
    ("Asia Pacific Fishing Vessel Mutual Insurance Ltd",
     ("18/F Harbour Centre, 25 Harbour Road", "Wan Chai, Hong Kong"), "+852 2598 1130",
     "Hong Kong"),
    ("Pacific Fishermen's Protection and Indemnity Club",
     ("1-9-3 Nihonbashi, Chuo-ku", "Tokyo 103-0027, Japan"), "+81 3 5542 2000", "Tokyo"),
)
BUILDERS = {
    "CHN": ("Zhoushan Xinya Shipyard", "Rongcheng Shenfei Shipbuilding", "Fujian Mawei Yard"),
    "TWN": ("Kaohsiung Fong Kuo Shipyard", "Lin Sheng Hsing Shipbuilding"),
    "JPN": ("Niigata Shipbuilding", "Miho Zosensho, Shimizu"),
    "KOR": ("Busan Daesun Shipyard",),
    "ESP": ("Astilleros Armon, Vigo", "Astilleros Murueta"),
    "": ("Ocean Marine Shipyard", "Southern Slipways"),
}
# fmt: on
