"""Hand-written vocabulary for set F (nothing imported from the extractor or its lists)."""

from __future__ import annotations

import random
from datetime import date, timedelta

# ISO 3166-1 alpha-3 -> (English, Spanish, French) country names as registers print them.
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
    "AUS": ("Australia", "Australia", "Australie"),
    "ESP": ("Spain", "España", "Espagne"),
    "FRA": ("France", "Francia", "France"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "PER": ("Peru", "Perú", "Pérou"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "CHL": ("Chile", "Chile", "Chili"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "FJI": ("Fiji", "Fiyi", "Fidji"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "NZL": ("New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
}
LANG_INDEX = {"en": 0, "es": 1, "fr": 2}


def country(iso3: str, lang: str, rng: random.Random) -> str:
    """A country as printed: the name in `lang`, sometimes the ISO code itself."""
    if iso3 not in COUNTRIES or rng.random() < 0.15:
        return iso3
    return COUNTRIES[iso3][LANG_INDEX[lang]]


# (ASFIS code, English, Spanish, French)
SPECIES = (
    ("YFT", "Yellowfin tuna", "Rabil", "Albacore"),
    ("BET", "Bigeye tuna", "Patudo", "Thon obèse"),
    ("SKJ", "Skipjack tuna", "Listado", "Listao"),
    ("ALB", "Albacore", "Atún blanco", "Germon"),
    ("SWO", "Swordfish", "Pez espada", "Espadon"),
    ("BSH", "Blue shark", "Tintorera", "Peau bleue"),
    ("SQA", "Argentine shortfin squid", "Pota argentina", "Encornet rouge argentin"),
    ("GIS", "Jumbo flying squid", "Jibia gigante", "Encornet géant"),
    ("HKP", "Patagonian grenadier", "Merluza de cola", "Grenadier bleu"),
    ("TOP", "Patagonian toothfish", "Austromerluza negra", "Légine australe"),
    ("MAS", "Chub mackerel", "Estornino", "Maquereau espagnol"),
    ("JAX", "Chilean jack mackerel", "Jurel chileno", "Chinchard du Chili"),
    ("PRA", "Northern prawn", "Camarón boreal", "Crevette nordique"),
    ("COD", "Atlantic cod", "Bacalao del Atlántico", "Morue de l'Atlantique"),
)
FAO_AREAS = ("21", "27", "34", "41", "47", "51", "57", "61", "71", "77", "81", "87")
FAO_SUBAREAS = ("27.4.a", "27.2.b", "34.1.3", "41.3.1", "47.1.2", "57.4", "51.7", "87.1.13")
RFMOS = ("IOTC", "WCPFC", "ICCAT", "IATTC", "SPRFMO", "NPFC", "SIOFA", "CCSBT")

# (port name, UN/LOCODE)
PORTS = (
    ("Port Louis", "MUPLU"),
    ("Victoria", "SCPOV"),
    ("Las Palmas", "ESLPA"),
    ("Vigo", "ESVGO"),
    ("Busan", "KRPUS"),
    ("Kaohsiung", "TWKHH"),
    ("Zhoushan", "CNZOS"),
    ("Abidjan", "CIABJ"),
    ("Tema", "GHTEM"),
    ("Walvis Bay", "NAWVB"),
    ("Cape Town", "ZACPT"),
    ("Montevideo", "UYMVD"),
    ("Callao", "PECLL"),
    ("Manta", "ECMEC"),
    ("Majuro", "MHMAJ"),
    ("Suva", "FJSUV"),
    ("Singapore", "SGSIN"),
    ("General Santos", "PHGES"),
    ("Bitung", "IDBIT"),
    ("Hachinohe", "JPHHE"),
    ("Punta Arenas", "CLPUQ"),
    ("Vladivostok", "RUVVO"),
    ("Dakar", "SNDKR"),
    ("Nouadhibou", "MRNDB"),
    ("Papeete", "PFPPT"),
    ("Noumea", "NCNOU"),
)
GIVEN = (
    "Wei",
    "Jian",
    "Hiroshi",
    "Takumi",
    "Sergei",
    "Dmitry",
    "Jae-won",
    "Minh",
    "Juan",
    "Pedro",
    "Ramón",
    "Kofi",
    "Mamadou",
    "Andrés",
    "Ioane",
    "Budi",
    "Ricardo",
    "Alexei",
    "Chen",
    "Ahmed",
)
FAMILY = (
    "LIN",
    "ZHANG",
    "WANG",
    "SATO",
    "TANAKA",
    "IVANOV",
    "PETROV",
    "KIM",
    "NGUYEN",
    "GARCÍA",
    "FERNÁNDEZ",
    "OTERO",
    "MENSAH",
    "DIOP",
    "TAUFA",
    "SANTOSO",
    "DELA CRUZ",
    "HUANG",
    "CHEN",
)
COMPANY_WORDS = (
    "Atlantic",
    "Pacific",
    "Blue Horizon",
    "Ocean Star",
    "Southern Cross",
    "Golden Sea",
    "Marisco",
    "Tridente",
    "Poseidon",
    "Albatros",
    "Coral Bay",
    "Northern Light",
    "Seaway",
)
COMPANY_FORMS = ("Ltd", "Limited", "S.A.", "S.L.", "SARL", "Pte. Ltd.", "Co., Ltd.", "Inc.")
# (street address, city, state or province or None, ISO3)
ADDRESSES = (
    ("Calle Jacinto Benavente 14, 3º", "Vigo", "Pontevedra", "ESP"),
    ("Avenida Balboa, Torre BBVA, Piso 21", "Panama City", None, "PAN"),
    ("Room 1803, 55 Haibin Road", "Zhoushan", "Zhejiang", "CHN"),
    ("No. 3, Yugang East 2nd Road, Qianzhen District", "Kaohsiung", None, "TWN"),
    ("Trust Company Complex, Ajeltake Road", "Majuro", None, "MHL"),
    ("12 Rue du Port", "Concarneau", "Finistère", "FRA"),
    ("Av. Néstor Gambetta 1265", "Callao", None, "PER"),
    ("Ulitsa Svetlanskaya 41", "Vladivostok", "Primorsky Krai", "RUS"),
    ("Level 4, 22 Salamanca Place", "Hobart", "Tasmania", "AUS"),
    ("Pacific House, Kumul Highway", "Port Vila", None, "VUT"),
    ("Fishing Port Road, Providence Industrial Estate", "Victoria", "Mahé", "SYC"),
)
AGENTS = (
    "Inchcape Shipping",
    "GAC Marine",
    "Sea Hawk Agency",
    "Ocean Link Agencies",
    "Wilhelmsen Ships Service",
    "Agencia Marítima Sur",
    "Pacific Port Services",
)
CARGO_NAMES = (
    "MSC ALINA",
    "MAERSK KOWLOON",
    "NORDIC BULKER",
    "CAPE TAMPA",
    "STAR ISTIND",
    "OCEAN GLORY",
    "PACIFIC TRADER",
    "ATLANTIC VOYAGER",
    "KOTA LESTARI",
    "AFRICA STAR",
    "SEA BREEZE",
    "GOLDEN ACE",
    "HUA YANG 9",
    "BALTIC REEFER",
)
CARGO_FLAGS = ("PAN", "LBR", "MHL", "SGP", "BHS", "NOR")
EU_STATES = (
    ("Spain", "Secretaría General de Pesca, Madrid"),
    ("France", "Direction des pêches maritimes et de l'aquaculture"),
    ("Portugal", "Direção-Geral de Recursos Naturais"),
)

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
}


def some_date(rng: random.Random, start_year: int = 2021, end_year: int = 2025) -> date:
    first = date(start_year, 1, 1)
    return first + timedelta(days=rng.randint(0, (end_year - start_year + 1) * 365 - 1))


def fmt_date(day: date, lang: str, style: int) -> str:
    """Five written forms; style is taken modulo 5."""
    style %= 5
    if style == 0:
        return day.isoformat()
    if style == 1:
        return day.strftime("%d/%m/%Y")
    if style == 2:
        return day.strftime("%d.%m.%Y")
    month = MONTHS[lang][day.month - 1]
    if style == 3 and lang == "es":
        return f"{day.day} de {month} de {day.year}"
    if style == 3:
        return f"{day.day} {month} {day.year}"
    return f"{day.day:02d}-{month[:3].upper()}-{day.year}"


def person(rng: random.Random) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    return rng.choice((f"{family} {given}", f"{given} {family.title()}", f"{family}, {given}"))


def company(rng: random.Random) -> str:
    kind = rng.choice(("Fishing", "Fisheries", "Pesquera", "Marine", "Seafoods"))
    return f"{rng.choice(COMPANY_WORDS)} {kind} {rng.choice(COMPANY_FORMS)}"


def company_reg_no(rng: random.Random) -> str:
    return rng.choice(
        (
            f"B-{rng.randint(10_000_000, 99_999_999)}",
            f"RCS {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"{rng.randint(91330000, 91339999)}MA{rng.randint(1000, 9999)}X",
            f"No. {rng.randint(1000, 99999)}",
        )
    )


def national_reg_no(iso3: str | None, rng: random.Random) -> str:
    n = rng.randint(1, 99999)
    return {
        "CHN": f"CHUANJI {rng.randint(2005, 2023)}-{n:05d}",
        "TWN": f"CT{rng.randint(3, 7)}-{n % 10000:04d}",
        "JPN": f"{rng.choice(('MG', 'AM', 'SO'))}{rng.randint(1, 3)}-{n % 1000:03d}",
        "RUS": f"{rng.randint(100, 999)}{rng.randint(1000, 9999)}",
        "KOR": f"{rng.randint(9000000, 9999999)}-6260{rng.randint(1, 9)}",
        "ESP": f"3ª-VI-{rng.randint(1, 9)}-{rng.randint(1, 99)}-{rng.randint(90, 99)}",
    }.get(iso3 or "", f"{rng.randint(1990, 2023)}/{n:05d}")


def rfmo_id(rfmo: str, iso3: str | None, rng: random.Random) -> str:
    n = rng.randint(1, 19999)
    return {
        "IOTC": f"IOTC{n:06d}",
        "WCPFC": str(n),
        "ICCAT": f"AT000{(iso3 or 'XXX')[:3]}{n % 100000:05d}",
        "IATTC": str(10000 + n),
        "SPRFMO": f"SP{n:05d}",
        "NPFC": f"{(iso3 or 'XXX')[:3]}-{n % 1000:03d}",
        "SIOFA": f"SIOFA-{n:04d}",
        "CCSBT": f"FV{n:05d}",
    }[rfmo]


def placeholder(lang: str, rng: random.Random) -> str:
    return rng.choice(
        {
            "en": ("N/A", "—", "not issued", "if issued: -", "NIL"),
            "es": ("N/D", "—", "no asignado", "s/n"),
            "fr": ("néant", "—", "non attribué", "s.o."),
        }[lang]
    )
