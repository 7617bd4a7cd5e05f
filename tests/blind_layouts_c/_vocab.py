"""What the layouts draw on: vetted identifiers, country names in three languages, ports,
species, FAO areas, RFMOs, date and number formats, and made-up particulars (addresses,
registration numbers, engine power) for fields the public vessel lists do not carry."""

from __future__ import annotations

import csv
import random
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

import pycountry

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

# --- identifiers ------------------------------------------------------------------------------


def _reference_rows(filename: str) -> list[dict[str, str]]:
    text = resources.files("oceanid_assets.reference").joinpath(filename).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def mid_countries() -> dict[str, str]:
    """MMSI MID -> ISO alpha-3 of the first allocation (MID 306 is shared by three)."""
    table: dict[str, str] = {}
    for row in _reference_rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], row["iso3"])
    return table


@cache
def _call_sign_series() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    ranges = []
    for row in _reference_rows("itu_call_sign_series.csv"):
        low, high = (part.strip() for part in row["Series"].split("-"))
        ranges.append((low, high))
    # A whole XYA-XYZ series makes XY the nationality prefix: the third character may be a
    # digit (Chinese call signs such as BZ9V0).
    whole = frozenset(low[:2] for low, high in ranges if low.endswith("A") and high.endswith("Z"))
    return whole, tuple(ranges)


def imo_ok(imo: str | None) -> bool:
    return bool(imo) and imo_check_ok(imo or "")


def mmsi_ok(mmsi: str | None) -> bool:
    return bool(mmsi and re.fullmatch(r"\d{9}", mmsi) and mmsi[:3] in mid_countries())


def ircs_ok(ircs: str | None) -> bool:
    if not ircs or not re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{3,7}", ircs):
        return False
    whole, ranges = _call_sign_series()
    return ircs[:2] in whole or any(low <= ircs[:3] <= high for low, high in ranges)


# --- vessels as documents present them --------------------------------------------------------


@dataclass(frozen=True)
class Ship:
    name: str
    imo: str | None  # only identifiers that pass their rules are printed
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3
    gt: int | None
    loa: float | None
    year: str | None
    owner: str | None
    port: str | None  # port of registry, title case, without the province
    region: str | None  # the province or prefecture the lists append to the port
    gear: str | None
    former_name: str | None


# Type prefixes the lists glue to some names (FV., KM = Kapal Motor, M/T); labelset v1 keeps
# them out of VESSEL_NAME, so documents print the bare name and add their own prefix at times.
_PREFIX = re.compile(r"^(?:F\.?/?V|M\.?/?[VT]|KM)(?:\.\s*|\s+)")


def ship(vessel: Vessel) -> Ship:
    mmsi = vessel.mmsi if mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mid_countries().get(mmsi[:3]) if mmsi else None)
    port, region = None, None
    if vessel.port:
        head, _, tail = vessel.port.partition(",")
        port, region = _title(head), (_title(tail) if tail.strip() else None)
    return Ship(
        name=_PREFIX.sub("", vessel.name.strip()),
        imo=vessel.imo if imo_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=vessel.ircs if ircs_ok(vessel.ircs) else None,
        flag=flag,
        gt=int(float(vessel.gross_tonnage)) if vessel.gross_tonnage else None,
        loa=float(vessel.length_m) if vessel.length_m else None,
        year=vessel.build_year,
        owner=vessel.owner,
        port=port,
        region=region,
        gear=vessel.gear,
        former_name=_PREFIX.sub("", vessel.former_name) if vessel.former_name else None,
    )


def ships(vessels: Sequence[Vessel]) -> list[Ship]:
    return [s for s in (ship(v) for v in vessels) if s.name]


def _title(text: str) -> str:
    return " ".join(
        "-".join(part.capitalize() for part in word.split("-")) for word in text.strip().split()
    )


def pick(
    rng: random.Random, fleet: Sequence[Ship], count: int, same_flag: bool = False
) -> list[Ship]:
    """`count` distinct ships (fewer if the fleet is small); with same_flag, all of one flag, as
    a flag State's or a licensing State's list for one fleet would be."""
    pool = list(fleet)
    if same_flag:
        by_flag: dict[str, list[Ship]] = {}
        for s in pool:
            if s.flag:
                by_flag.setdefault(s.flag, []).append(s)
        # A flag drawn in proportion to its fleet, as lists of big fleets are the common case.
        flagged = [s for s in pool if s.flag]
        for _ in range(10):
            if not flagged:
                break
            group = by_flag[rng.choice(flagged).flag or ""]
            if len(group) >= min(count, 3):
                pool = group
                break
    return rng.sample(pool, min(count, len(pool)))


# --- countries --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    en: tuple[str, ...]  # the first is the most common form
    es: tuple[str, ...]
    fr: tuple[str, ...]


_COUNTRIES = {
    c.iso3: c
    for c in (
        Country("CHN", "CN", ("China", "People's Republic of China"), ("China",), ("Chine",)),
        Country("TWN", "TW", ("Chinese Taipei", "Taiwan"), ("Taipéi Chino",), ("Taipei chinois",)),
        Country("JPN", "JP", ("Japan",), ("Japón",), ("Japon",)),
        Country("KOR", "KR", ("Korea", "Republic of Korea"), ("Corea",), ("Corée",)),
        Country(
            "RUS",
            "RU",
            ("Russian Federation", "Russia"),
            ("Federación de Rusia",),
            ("Fédération de Russie", "Russie"),
        ),
        Country("PAN", "PA", ("Panama",), ("Panamá",), ("Panama",)),
        Country("IDN", "ID", ("Indonesia",), ("Indonesia",), ("Indonésie",)),
        Country("VUT", "VU", ("Vanuatu",), ("Vanuatu",), ("Vanuatu",)),
        Country("ESP", "ES", ("Spain",), ("España",), ("Espagne",)),
        Country("BHS", "BS", ("Bahamas",), ("Bahamas",), ("Bahamas",)),
        Country("NOR", "NO", ("Norway",), ("Noruega",), ("Norvège",)),
        Country("LBR", "LR", ("Liberia",), ("Liberia",), ("Libéria",)),
        Country("MHL", "MH", ("Marshall Islands",), ("Islas Marshall",), ("Îles Marshall",)),
        Country("AUS", "AU", ("Australia",), ("Australia",), ("Australie",)),
        Country("MDG", "MG", ("Madagascar",), ("Madagascar",), ("Madagascar",)),
        Country("SEN", "SN", ("Senegal",), ("Senegal",), ("Sénégal",)),
        Country("MRT", "MR", ("Mauritania",), ("Mauritania",), ("Mauritanie",)),
        Country("GAB", "GA", ("Gabon",), ("Gabón",), ("Gabon",)),
        Country("CIV", "CI", ("Côte d'Ivoire",), ("Côte d'Ivoire",), ("Côte d'Ivoire",)),
        Country("SYC", "SC", ("Seychelles",), ("Seychelles",), ("Seychelles",)),
        Country("MUS", "MU", ("Mauritius",), ("Mauricio",), ("Maurice",)),
        Country("PER", "PE", ("Peru",), ("Perú",), ("Pérou",)),
        Country("ECU", "EC", ("Ecuador",), ("Ecuador",), ("Équateur",)),
        Country("URY", "UY", ("Uruguay",), ("Uruguay",), ("Uruguay",)),
        Country("CHL", "CL", ("Chile",), ("Chile",), ("Chili",)),
        Country("SGP", "SG", ("Singapore",), ("Singapur",), ("Singapour",)),
        Country("FJI", "FJ", ("Fiji",), ("Fiyi",), ("Fidji",)),
        Country("ZAF", "ZA", ("South Africa",), ("Sudáfrica",), ("Afrique du Sud",)),
        Country("NAM", "NA", ("Namibia",), ("Namibia",), ("Namibie",)),
        Country("FSM", "FM", ("Micronesia",), ("Micronesia",), ("Micronésie",)),
        Country(
            "PYF", "PF", ("French Polynesia",), ("Polinesia Francesa",), ("Polynésie française",)
        ),
        Country("THA", "TH", ("Thailand",), ("Tailandia",), ("Thaïlande",)),
    )
}


def country(iso3: str) -> Country:
    known = _COUNTRIES.get(iso3)
    if known:
        return known
    found = pycountry.countries.get(alpha_3=iso3)
    if found is None:
        return Country(iso3, iso3[:2], (iso3,), (iso3,), (iso3,))
    name = getattr(found, "common_name", None) or found.name
    return Country(iso3, found.alpha_2, (name,), (name,), (name,))


def country_name(iso3: str, lang: str, rng: random.Random, codes: bool = False) -> str:
    """A country as a document in `lang` writes it; with codes, sometimes its ISO code."""
    c = country(iso3)
    if codes and rng.random() < 0.35:
        return rng.choice((c.iso3, c.iso2))
    names: tuple[str, ...] = getattr(c, lang)
    return names[0] if rng.random() < 0.7 else rng.choice(names)


# --- ports ------------------------------------------------------------------------------------

# Where a list gives no port of registry: a usual home port of the flag (with its province).
_HOME_PORTS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "CHN": (("Zhoushan", "Zhejiang"), ("Fuzhou", "Fujian"), ("Shidao", "Shandong")),
    "TWN": (("Kaohsiung", None), ("Su-ao", "Yilan"), ("Keelung", None)),
    "JPN": (("Yaizu", "Shizuoka"), ("Kesennuma", "Miyagi"), ("Hachinohe", "Aomori")),
    "KOR": (("Busan", None),),
    "RUS": (("Vladivostok", "Primorsky Krai"), ("Nakhodka", "Primorsky Krai")),
    "PAN": (("Panama", None),),
    "IDN": (("Benoa", "Bali"), ("Jakarta", None)),
    "VUT": (("Port Vila", None),),
    "ESP": (("Vigo", "Pontevedra"), ("Bermeo", "Bizkaia")),
    "BHS": (("Nassau", None),),
    "NOR": (("Bergen", "Vestland"), ("Tromsø", "Troms")),
    "LBR": (("Monrovia", None),),
    "MHL": (("Majuro", None),),
    "AUS": (("Hobart", "Tasmania"), ("Port Lincoln", "South Australia")),
}

# UN/LOCODEs of ports the documents name (home ports and ports of landing or transshipment).
LOCODES = {
    "Fuzhou": "CNFOC",
    "Zhoushan": "CNZOS",
    "Ningbo": "CNNGB",
    "Qingdao": "CNTAO",
    "Kaohsiung": "TWKHH",
    "Keelung": "TWKEL",
    "Hachinohe": "JPHHE",
    "Busan": "KRPUS",
    "Vladivostok": "RUVVO",
    "Nakhodka": "RUNJK",
    "Vigo": "ESVGO",
    "Port Louis": "MUPLU",
    "Victoria": "SCPOV",
    "Singapore": "SGSIN",
    "Suva": "FJSUV",
    "Majuro": "MHMAJ",
    "Pohnpei": "FMPNI",
    "Papeete": "PFPPT",
    "Las Palmas": "ESLPA",
    "Abidjan": "CIABJ",
    "Dakar": "SNDKR",
    "Cape Town": "ZACPT",
    "Walvis Bay": "NAWVB",
    "Montevideo": "UYMVD",
    "Callao": "PECLL",
    "Manta": "ECMEC",
    "Toamasina": "MGTMM",
    "Port-Gentil": "GAPOG",
    "Nouadhibou": "MRNDB",
    "Bangkok": "THBKK",
}

# Foreign ports where carriers land or tranship, by ocean (with the country, ISO alpha-3).
PORTS_BY_OCEAN: dict[str, tuple[tuple[str, str], ...]] = {
    "indian": (
        ("Port Louis", "MUS"),
        ("Victoria", "SYC"),
        ("Toamasina", "MDG"),
        ("Bangkok", "THA"),
    ),
    "pacific": (("Suva", "FJI"), ("Majuro", "MHL"), ("Pohnpei", "FSM"), ("Papeete", "PYF")),
    "atlantic": (
        ("Las Palmas", "ESP"),
        ("Abidjan", "CIV"),
        ("Dakar", "SEN"),
        ("Walvis Bay", "NAM"),
    ),
    "south_pacific": (("Callao", "PER"), ("Manta", "ECU"), ("Montevideo", "URY")),
}


def home_port(s: Ship, rng: random.Random) -> tuple[str | None, str | None]:
    """(port, province) of registry: the list's own, else a usual home port of the flag."""
    if s.port:
        return s.port, s.region
    options = _HOME_PORTS.get(s.flag or "")
    # Chosen by the name, not the stream, so that every mention in a document agrees.
    return options[zlib.crc32(s.name.encode()) % len(options)] if options else (None, None)


# --- RFMOs, areas, species --------------------------------------------------------------------


@dataclass(frozen=True)
class Rfmo:
    code: str
    ocean: str
    areas: tuple[str, ...]  # FAO major areas (and subareas) of its convention area
    species: tuple[str, ...]  # ASFIS codes it manages or records


RFMOS = (
    Rfmo("IOTC", "indian", ("51", "57", "51.5", "57.1"), ("BET", "YFT", "SKJ", "ALB", "SWO")),
    Rfmo("WCPFC", "pacific", ("61", "71", "77", "81", "71.6.1"), ("BET", "YFT", "SKJ", "ALB")),
    Rfmo("IATTC", "pacific", ("77", "87", "87.1"), ("BET", "YFT", "SKJ", "SWO")),
    Rfmo("ICCAT", "atlantic", ("34", "41", "47", "27", "34.1.3"), ("BET", "YFT", "ALB", "SWO")),
    Rfmo("SPRFMO", "south_pacific", ("81", "87", "87.2"), ("GIS", "CJM")),
    Rfmo("NPFC", "pacific", ("61", "67"), ("SAP", "GIS")),
    Rfmo("CCSBT", "indian", ("57", "81", "47"), ("SBF",)),
    Rfmo("SIOFA", "indian", ("51", "57"), ("TOP", "ALF")),
)


def rfmo(code: str) -> Rfmo:
    return next(r for r in RFMOS if r.code == code)


@dataclass(frozen=True)
class Species:
    code: str
    en: str
    es: str
    fr: str
    scientific: str


SPECIES = {
    s.code: s
    for s in (
        Species("BET", "Bigeye tuna", "Patudo", "Thon obèse", "Thunnus obesus"),
        Species("YFT", "Yellowfin tuna", "Rabil", "Albacore", "Thunnus albacares"),
        Species("SKJ", "Skipjack tuna", "Listado", "Listao", "Katsuwonus pelamis"),
        Species("ALB", "Albacore", "Atún blanco", "Germon", "Thunnus alalunga"),
        Species("SWO", "Swordfish", "Pez espada", "Espadon", "Xiphias gladius"),
        Species(
            "SBF", "Southern bluefin tuna", "Atún del sur", "Thon rouge du Sud", "Thunnus maccoyii"
        ),
        Species("GIS", "Jumbo flying squid", "Pota", "Encornet géant", "Dosidicus gigas"),
        Species(
            "CJM",
            "Chilean jack mackerel",
            "Jurel chileno",
            "Chinchard du Chili",
            "Trachurus murphyi",
        ),
        Species(
            "SAP", "Pacific saury", "Paparda del Pacífico", "Balaou du Pacifique", "Cololabis saira"
        ),
        Species(
            "TOP",
            "Patagonian toothfish",
            "Austromerluza negra",
            "Légine australe",
            "Dissostichus eleginoides",
        ),
        Species("ALF", "Alfonsino", "Alfonsino", "Béryx", "Beryx spp"),
        Species("BSH", "Blue shark", "Tintorera", "Peau bleue", "Prionace glauca"),
    )
}

# Gear as the lists code it, written out per language (not labelled: labelset v1 has no gear).
GEAR_NAMES = {
    "DRIFTING_LONGLINES": ("Drifting longlines", "Palangre de deriva", "Palangre dérivante"),
    "SET_LONGLINES": ("Set longlines", "Palangre de fondo", "Palangre calée"),
    "SQUID_JIGGER": ("Squid jigging", "Poteras", "Turlutte"),
    "TRAWLERS": ("Trawl", "Arrastre", "Chalut"),
    "TUNA_PURSE_SEINES": ("Purse seine", "Red de cerco", "Senne coulissante"),
    "POLE_AND_LINE": ("Pole and line", "Caña", "Canne"),
    "CARRIER": ("Carrier", "Buque de transporte", "Transporteur"),
}
_LANG_INDEX = {"en": 0, "es": 1, "fr": 2}


def gear_name(gear: str | None, lang: str) -> str | None:
    names = GEAR_NAMES.get(gear or "")
    return names[_LANG_INDEX[lang]] if names else None


# --- dates and numbers ------------------------------------------------------------------------

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
DATE_STYLES = {
    "en": ("d/m/Y", "Y-m-d", "d.m.Y", "d Month Y", "Month d, Y", "d-MON-Y"),
    "es": ("d/m/Y", "d de month de Y", "Y-m-d", "d-m-Y"),
    "fr": ("d/m/Y", "d month Y", "Y-m-d", "d.m.Y"),
}


def fmt_date(day: date, style: str, lang: str = "en") -> str:
    months = MONTHS[lang]
    month = months[day.month - 1]
    if style == "d/m/Y":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "Y-m-d":
        return day.isoformat()
    if style == "d.m.Y":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "d-m-Y":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "d Month Y":
        return f"{day.day} {month} {day.year}"
    if style == "Month d, Y":
        return f"{month} {day.day}, {day.year}"
    if style == "d-MON-Y":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    if style == "d de month de Y":
        return f"{day.day} de {month} de {day.year}"
    if style == "d month Y":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    raise ValueError(style)


def validity(rng: random.Random) -> tuple[date, date]:
    """An authorisation period: starts on the 1st or 15th, runs 6, 12 or 24 months."""
    start = date(rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.choice((1, 1, 15)))
    months = rng.choice((6, 12, 12, 24))
    year, month = divmod(start.month - 1 + months, 12)
    end = date(start.year + year, month + 1, start.day) - timedelta(days=1)
    return start, end


def some_day(rng: random.Random, first_year: int = 2015, last_year: int = 2025) -> date:
    return date(rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28))


def fmt_int(value: int, lang: str, rng: random.Random) -> str:
    """Thousands grouped as the document's language does, or not at all."""
    if value < 1000 or rng.random() < 0.4:
        return str(value)
    separator = {"en": ",", "es": ".", "fr": " "}[lang]
    return f"{value:,}".replace(",", separator)


def fmt_dec(value: float, lang: str, places: int = 2) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang in ("es", "fr") else text


# --- made-up particulars ----------------------------------------------------------------------


def _own_stream(s: Ship) -> random.Random:
    """A stream of the ship's own, for particulars the lists lack: every document that
    makes one up for this ship makes up the same (a ship does not change length)."""
    return random.Random(f"particulars:{s.name}:{s.mmsi or s.imo}")


def derived_loa(s: Ship) -> float:
    """The list's length overall, else one that fits the tonnage (GT ~ 0.04 LOA^2.5)."""
    if s.loa:
        return s.loa
    own = _own_stream(s)
    if s.gt:
        return round(float((s.gt / 0.04) ** 0.4) * own.uniform(0.95, 1.05), 2)
    return round(own.uniform(20, 75), 2)


def derived_gt(s: Ship) -> int:
    """The list's tonnage, else one that fits the length (documents rarely leave it blank)."""
    if s.gt:
        return s.gt
    loa = derived_loa(s)
    return max(20, int(0.04 * loa**2.5 * _own_stream(s).uniform(0.8, 1.2)))


def engine_kw(s: Ship) -> int:
    return max(90, int(derived_gt(s) * _own_stream(s).uniform(0.5, 1.3)) // 10 * 10)


def national_reg_no(s: Ship, rng: random.Random) -> str:
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    flag = s.flag or ""
    if flag == "CHN":
        return f"{rng.choice(('3301', '3501', '3706', '3302'))}{rng.randint(2005, 2024)}{digits}"
    if flag == "TWN":
        return f"CT{rng.randint(3, 8)}-{digits[:4]}"
    if flag == "JPN":
        return f"{rng.choice(('HK', 'MG', 'AM', 'SO', 'KO'))}{rng.randint(1, 3)}-{digits[:4]}"
    if flag == "KOR":
        return f"{rng.randint(9, 9)}{digits}{rng.randint(1, 9)}"
    if flag == "ESP":
        return f"3ª-{rng.choice(('VI', 'BI', 'CA'))}-{rng.randint(1, 5)}-{digits[:4]}-{digits[4:]}"
    if flag == "RUS":
        return f"{rng.randint(10, 99)}-{digits}"
    return f"{flag[:2] or 'RG'}{rng.randint(100, 999)}/{digits[:4]}"


def company_reg_no(flag: str | None, rng: random.Random) -> str:
    if flag == "CHN":
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "9135" + "".join(rng.choice(alphabet) for _ in range(14))
    if flag == "JPN":
        return "".join(str(rng.randint(0, 9)) for _ in range(13))
    if flag == "TWN":
        return "".join(str(rng.randint(0, 9)) for _ in range(8))
    return f"{rng.choice(('RC', 'RCS', 'BN'))}-{rng.randint(10000, 999999)}"


def eu_cfr(s: Ship, rng: random.Random) -> str | None:
    if s.flag not in ("ESP", "PRT", "FRA", "ITA"):
        return None
    return f"{s.flag}{rng.randint(0, 999_999_999):09d}"


def rfmo_id(code: str, s: Ship, rng: random.Random) -> str:
    if code == "IOTC":
        return f"IOTC{rng.randint(1, 99_999):06d}"
    if code == "ICCAT":
        return f"AT000{s.flag or 'XXX'}{rng.randint(1, 99_999):05d}"
    if code == "CCSBT":
        return f"FV{rng.randint(1, 99_999):05d}"
    if code == "SPRFMO":
        return f"{s.flag or 'XXX'}-{rng.randint(1, 9999):04d}"
    return str(rng.randint(1000, 99_999))  # WCPFC VID, IATTC and NPFC numbers


_OWNER_WORDS = ("HAIXIN", "HONGRUN", "JINHAI", "ZHONGYU", "YUANHANG", "XINLONG", "DAYANG")
_OWNER_FORMS: dict[str, tuple[str, ...]] = {
    "CHN": ("{port} {w} OCEAN FISHERY CO LTD", "{w} PELAGIC FISHERIES CO LTD"),
    "TWN": ("{tw} FISHERY CO LTD", "{tw} MARINE PRODUCTS CO LTD"),
    "JPN": ("{jp} GYOGYO KK", "{jp} SUISAN CO LTD"),
    "KOR": ("{kr} FISHERIES CO LTD", "{kr} INDUSTRIAL CO LTD"),
    "RUS": ("{ru} FISHING COMPANY JSC", "{ru} LLC"),
}
_TW = ("CHIN HORNG", "HSIN LUNG", "YUH YOW", "SHENG FA", "JIN CHANG", "FONG KUO")
_JP = ("TAKAHASHI", "FUKUICHI", "KANEMATSU", "YAMAMOTO", "SHOEI", "DAIICHI")
_KR = ("DONGWON", "SAJO", "HANSUNG", "OYANG", "SILLA")
_RU = ("TIHOOKEANSKAYA", "DALMOREPRODUKT", "VOSTOK-1", "OKEANRYBFLOT")


def owner(s: Ship, rng: random.Random) -> str:
    if s.owner:
        return s.owner
    forms = _OWNER_FORMS.get(s.flag or "", ("{w} SHIPPING INC", "{w} MARINE SA"))
    port = (home_port(s, rng)[0] or "PACIFIC").upper()
    return rng.choice(forms).format(
        port=port,
        w=rng.choice(_OWNER_WORDS),
        tw=rng.choice(_TW),
        jp=rng.choice(_JP),
        kr=rng.choice(_KR),
        ru=rng.choice(_RU),
    )


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str | None
    country: str  # ISO alpha-3


_STREETS: dict[str, tuple[str, ...]] = {
    "CHN": ("No. {n} Binhai Road", "Room {r}, No. {n} Jiangbin Road", "No. {n} Haixing Avenue"),
    "TWN": ("No. {n}, Yugang 1st Road", "No. {n}, Zhongzheng Road", "{n} Haiguang Road"),
    "JPN": ("{a}-{b}-{n} Minato-machi", "{a}-{n} Shinhama-cho", "{a}-{b} Uomachi"),
    "KOR": ("{n}, Chungjang-daero", "{n}, Haeyang-ro"),
    "RUS": ("ul. Svetlanskaya, {n}", "ul. Portovaya, {n}"),
}


def address(s: Ship, rng: random.Random) -> Address:
    """The owner's address: in the home port's city, on a street of the flag's pattern."""
    port, region = home_port(s, rng)
    streets = _STREETS.get(s.flag or "", ("{n} Harbour Road", "{n} Marine Drive"))
    street = rng.choice(streets).format(
        n=rng.randint(1, 388), r=rng.randint(101, 2408), a=rng.randint(1, 9), b=rng.randint(1, 30)
    )
    return Address(street, port or "Port Louis", region, s.flag or "MUS")


@dataclass(frozen=True)
class Agent:
    name: str
    street: str
    city: str
    country: str  # ISO alpha-3


# Local agents and operators named in licensing States' documents (made up).
AGENTS = {
    "MDG": (
        Agent("SOCIÉTÉ MALGACHE D'ARMEMENT SARL", "Lot II M 45 Antsahavola", "Antananarivo", "MDG"),
        Agent("OCEAN TRADE MADAGASCAR SA", "Rue Amiral Pierre", "Toamasina", "MDG"),
    ),
    "SEN": (
        Agent("SOPASEN SA", "Route du Port, Môle 10", "Dakar", "SEN"),
        Agent("ATLANTIC PÊCHE SÉNÉGAL SARL", "12 avenue Lamine Guèye", "Dakar", "SEN"),
    ),
    "MRT": (Agent("MAURITANIENNE DES PÊCHES SA", "Zone portuaire BP 312", "Nouadhibou", "MRT"),),
    "GAB": (Agent("GABON MARINE SERVICES SARL", "Boulevard Léon Mba", "Port-Gentil", "GAB"),),
    "PER": (
        Agent(
            "AGENCIA MARÍTIMA DEL PACÍFICO S.A.C.", "Av. Contralmirante Mora 580", "Callao", "PER"
        ),
        Agent("SERVICIOS PESQUEROS ANDINOS S.A.", "Jr. Huáscar 1214", "Paita", "PER"),
    ),
    "ECU": (Agent("NAVIERA MANTENSE S.A.", "Av. Malecón y Calle 15", "Manta", "ECU"),),
    "URY": (
        Agent("MONTEMAR AGENCIA MARÍTIMA S.R.L.", "Rambla 25 de Agosto 376", "Montevideo", "URY"),
    ),
    "MUS": (Agent("INDIAN OCEAN SHIPPING AGENCY LTD", "Mer Rouge Road", "Port Louis", "MUS"),),
    "SYC": (Agent("ISLAND FISHING SERVICES (PTY) LTD", "New Port, Mahé", "Victoria", "SYC"),),
}
