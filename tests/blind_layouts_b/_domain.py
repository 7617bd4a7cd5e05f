"""Domain helpers for blind layout set B: country names, ports, owners, addresses, invented
registration and licence numbers, dates in several languages, RFMOs with their areas and species.

Test-only blind evaluation data, written without reading the rule-based extractor. Vessel
identities come from `Vessel` records as found; only what the records lack is invented here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from oceanid_assets.reference import mmsi_mids
from oceanid_dev.demo.vessels import Vessel

# ISO-3 -> (English names, Spanish name, French name); the first English name is the usual one.
COUNTRIES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "CHN": (("China", "People's Republic of China"), "China", "Chine"),
    "TWN": (("Chinese Taipei", "Taiwan"), "Taipei Chino", "Taipei chinois"),
    "JPN": (("Japan",), "Japón", "Japon"),
    "KOR": (("Republic of Korea", "Korea"), "República de Corea", "République de Corée"),
    "RUS": (("Russian Federation", "Russia"), "Federación de Rusia", "Fédération de Russie"),
    "IDN": (("Indonesia",), "Indonesia", "Indonésie"),
    "VUT": (("Vanuatu",), "Vanuatu", "Vanuatu"),
    "NOR": (("Norway",), "Noruega", "Norvège"),
    "BHS": (("Bahamas",), "Bahamas", "Bahamas"),
    "PAN": (("Panama",), "Panamá", "Panama"),
    "AUS": (("Australia",), "Australia", "Australie"),
    "ESP": (("Spain",), "España", "Espagne"),
    "LBR": (("Liberia",), "Liberia", "Libéria"),
    "MHL": (("Marshall Islands",), "Islas Marshall", "Îles Marshall"),
    "PHL": (("Philippines",), "Filipinas", "Philippines"),
    "PRT": (("Portugal",), "Portugal", "Portugal"),
    "SYC": (("Seychelles",), "Seychelles", "Seychelles"),
    "FJI": (("Fiji",), "Fiyi", "Fidji"),
    "KIR": (("Kiribati",), "Kiribati", "Kiribati"),
    "BLZ": (("Belize",), "Belice", "Belize"),
    "TGO": (("Togo",), "Togo", "Togo"),
}
FORMER_FLAGS = ("VUT", "PAN", "BLZ", "KIR", "FJI", "TGO", "LBR", "SYC", "PHL")
# Call-sign shapes of former flags (ITU series prefixes), for invented former call signs.
_FORMER_CALL_SIGNS = {
    "VUT": "YJ",
    "PAN": "3E",
    "BLZ": "V3",
    "KIR": "T3",
    "FJI": "3D",
    "TGO": "5V",
    "LBR": "A8",
    "SYC": "S7",
    "PHL": "DU",
}


def flag_code(vessel: Vessel) -> str | None:
    """The vessel's flag (ISO-3), else the country of its MMSI's MID when that is known."""
    if vessel.flag:
        return vessel.flag
    found = mmsi_mids().get((vessel.mmsi or "")[:3])
    return found[0].iso3 if found else None


def country_name(iso3: str, lang: str = "en", variant: int = 0) -> str:
    if iso3 in COUNTRIES:
        english, spanish, french = COUNTRIES[iso3]
        return {"es": spanish, "fr": french}.get(lang, english[variant % len(english)])
    found = [mid for mids in mmsi_mids().values() for mid in mids if mid.iso3 == iso3]
    return re.sub(r"\s*\(.*", "", found[0].name) if found else iso3


# Ports and provinces for vessels whose record has no port, and for addresses.
_DEFAULT_PLACES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "CHN": (("Zhoushan", "Zhejiang"), ("Fuzhou", "Fujian"), ("Rongcheng", "Shandong")),
    "TWN": (("Kaohsiung", None), ("Keelung", None), ("Su-ao", "Yilan County")),
    "JPN": (("Hachinohe", "Aomori"), ("Kesennuma", "Miyagi"), ("Yaizu", "Shizuoka")),
    "KOR": (("Busan", None),),
    "RUS": (("Vladivostok", "Primorsky Krai"), ("Nakhodka", "Primorsky Krai")),
    "ESP": (("Vigo", "Pontevedra"), ("Bermeo", "Bizkaia")),
    "AUS": (("Hobart", "Tasmania"), ("Port Lincoln", "South Australia")),
    "PAN": (("Panama", None),),
    "IDN": (("Benoa", "Bali"), ("Jakarta", None)),
}
_STREETS = {
    "CHN": ("Haibin Road", "Binhai Avenue", "Yuzhong Road", "Gangkou Street", "Jiangbin East Road"),
    "TWN": ("Yugang North 3rd Road", "Chenggong 2nd Road", "Zhongshan Road", "Nanfang'ao Road"),
    "JPN": ("Minato-machi", "Uomachi", "Shinminato", "Hamacho"),
    "KOR": ("Chungjang-daero", "Jungang-daero", "Namhang-ro"),
    "RUS": ("ulitsa Naberezhnaya", "Okeansky prospekt", "ulitsa Portovaya"),
}
_GENERIC_STREETS = ("Harbour Road", "Wharf Street", "Marine Parade", "Quay Road", "Port Avenue")


def title(text: str) -> str:
    return " ".join(w.capitalize() if w.isalpha() else w.title() for w in text.split())


def home_port(vessel: Vessel, rng: random.Random, invent: bool = True) -> str | None:
    """Port of registry city (the part before the first comma), title-cased; invented for
    vessels whose record has none when `invent`."""
    if vessel.port:
        return title(vessel.port.split(",")[0])
    if not invent:
        return None
    places = _DEFAULT_PLACES.get(flag_code(vessel) or "", (("Port Louis", None),))
    return rng.choice(places)[0]


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str | None
    postcode: str | None
    country: str


def address(vessel: Vessel, rng: random.Random, lang: str = "en") -> Address:
    iso3 = flag_code(vessel) or "PAN"
    iso3 = iso3 if iso3 in _DEFAULT_PLACES else "PAN"  # flags of convenience: a Panama company
    places = _DEFAULT_PLACES[iso3]
    if vessel.port and "," in vessel.port:
        city, state = (title(part.strip()) for part in vessel.port.split(",", 1))
        place: tuple[str, str | None] = (city, state)
    else:
        place = rng.choice(places)
    number = rng.randint(2, 388)
    street = rng.choice(_STREETS.get(iso3, _GENERIC_STREETS))
    if iso3 == "JPN":
        line = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}"
    elif iso3 == "TWN":
        line = f"No. {number}, {street}"
    elif iso3 == "RUS":
        line = f"{street}, {number}"
    else:
        line = f"No. {number} {street}" if iso3 in ("CHN", "KOR") else f"{number} {street}"
    postcode = f"{rng.randint(100, 999)}{rng.randint(0, 999):03d}" if rng.random() < 0.5 else None
    return Address(line, place[0], place[1], postcode, country_name(iso3, lang))


_OWNER_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "CHN": (
        ("RONGCHENG", "ZHOUSHAN", "FUZHOU", "SHIDAO", "NINGBO", "DALIAN", "YANTAI", "WEIHAI"),
        ("HAIXIN", "HONGYUN", "JINHAI", "YUANYANG", "XINSHIJI", "TIANXIANG", "HUAYANG", "LONGHAI"),
        (
            "OCEAN FISHERY CO LTD",
            "PELAGIC FISHERY CO LTD",
            "FISHERIES CO LTD",
            "AQUATIC PRODUCTS CO LTD",
        ),
    ),
    "TWN": (
        ("",),
        ("CHIN HORNG", "SHENG FA", "HSIN LUNG", "YUH YOW", "FU CHUN", "JIN CHANG", "KUO JENG"),
        ("FISHERY CO LTD", "MARINE PRODUCTS CO LTD", "FISHERIES CO"),
    ),
    "JPN": (
        ("",),
        ("KAIYO", "MARUHACHI", "TAISEI", "FUKUYOSHI", "YAMASAN", "KYOEI", "DAITO"),
        ("GYOGYO KK", "SUISAN KK", "GYOGYO", "SUISAN CO LTD"),
    ),
    "KOR": (
        ("",),
        ("HANIL", "DAEYANG", "SUNGHWA", "NAMBU", "SEOKYUNG", "HANBIT"),
        ("FISHERIES CO LTD", "INDUSTRIAL CO LTD", "MARINE CO LTD"),
    ),
    "RUS": (
        ("",),
        ("OKEANRYBFLOT", "VOSTOK-1", "PRIMORETS", "ALBATROS", "MORSKOY VETER"),
        ("JSC", "LLC", "FISHING CO LTD"),
    ),
}
_OTHER_OWNER = (
    ("",),
    ("BLUE HORIZON", "OCEAN STAR", "GOLDEN WAVE", "PACIFIC GLORY", "SEA PEARL", "NORTH STAR"),
    ("MARINE SA", "SHIPPING INC", "FISHING CORP", "NAVIGATION LTD"),
)


def owner_name(vessel: Vessel, rng: random.Random, style: int = 0) -> str:
    """The record's owner, printed in one of a few publisher styles; invented (stable per vessel)
    if the record has none."""
    raw = vessel.owner
    if not raw:
        r = _id_rng(vessel, "owner")
        places, words, suffixes = _OWNER_PARTS.get(flag_code(vessel) or "", _OTHER_OWNER)
        raw = " ".join(
            part for part in (r.choice(places), r.choice(words), r.choice(suffixes)) if part
        )
    if style == 0:
        return raw
    name = raw.upper()
    name = re.sub(r"\bCO LTD$", "CO., LTD.", name)
    name = re.sub(r"\bCO$", "CO.", name)
    name = re.sub(r"\bKK$", "K.K.", name)
    name = re.sub(r"\bINC$", "INC.", name)
    name = re.sub(r"^([A-Z]+) ([A-Z]-[A-Z])$", r"\1, \2", name)  # "CHEN A-C" -> "CHEN, A-C"
    if style == 2:
        keep = re.compile(r"[A-Z]\.[A-Z]\.|[A-Z]-[A-Z],?|JSC|LLC|SA|KK|CNFC")
        name = " ".join(w if keep.fullmatch(w) else title(w) for w in name.split())
    return name


def person(rng: random.Random) -> str:
    surname = rng.choice(("WANG", "LI", "ZHANG", "CHEN", "LIN", "HUANG", "SATO", "KIM", "PARK"))
    given = rng.choice(("Jianguo", "Wei", "Haitao", "Chih-Ming", "Hiroshi", "Min-ho", "Yong"))
    return f"{given} {surname}" if rng.random() < 0.5 else f"{surname} {given}"


def _id_rng(vessel: Vessel, salt: str) -> random.Random:
    return random.Random(f"{salt}|{vessel.name}|{vessel.mmsi}|{vessel.imo}")


_PROVINCES = {"ZHEJIANG": "33", "FUJIAN": "35", "SHANDONG": "37", "GUANGDONG": "44", "HEBEI": "13"}


def national_reg(vessel: Vessel) -> str:
    """An invented registration number in the style of the flag's register (stable per vessel)."""
    r = _id_rng(vessel, "natreg")
    year = int(vessel.build_year or r.randint(1995, 2022))
    iso3 = flag_code(vessel)
    if iso3 == "CHN":
        province = next(
            (code for key, code in _PROVINCES.items() if key in (vessel.port or "")), None
        )
        province = province or r.choice(("33", "35", "37"))
        return f"{province}0{r.randint(1, 9)}00{year % 100:02d}{r.randint(0, 9999):04d}"
    if iso3 == "TWN":
        return f"CT{r.randint(3, 7)}-{r.randint(1, 1999):04d}"
    if iso3 == "JPN":
        prefecture = r.choice(("AM", "MG", "IT", "SO", "KC", "KG", "HK"))
        return f"{prefecture}{r.randint(1, 3)}-{r.randint(1, 999)}"
    if iso3 == "KOR":
        head = f"{r.randint(9, 12):02d}{year % 100:02d}{r.randint(0, 999):03d}"
        return f"{head}-{r.randint(6200000, 6299999)}"
    if iso3 == "RUS":
        return f"{r.choice(('MK', 'MA', 'PK', 'VL'))}-{r.randint(1, 999):04d}"
    if iso3 == "ESP":
        province = r.choice(("VI", "BI", "CA"))
        return f"3ª-{province}-{r.randint(1, 5)}-{r.randint(1, 3999)}-{year % 100:02d}"
    if iso3 == "PAN":
        return f"{r.randint(30000, 59999)}-{year % 100:02d}-{r.choice('ABCD')}"
    prefix = (iso3 or "XX")[:2]
    return f"{prefix}{year}{r.randint(1, 99999):05d}"


_EU = {
    "ESP",
    "PRT",
    "FRA",
    "ITA",
    "NLD",
    "IRL",
    "DEU",
    "DNK",
    "LTU",
    "LVA",
    "POL",
    "GRC",
    "MLT",
    "CYP",
}


def eu_cfr(vessel: Vessel) -> str | None:
    """An invented EU fleet register number (CFR) for EU-flagged vessels, else None."""
    iso3 = flag_code(vessel)
    if iso3 not in _EU:
        return None
    return f"{iso3}{_id_rng(vessel, 'cfr').randint(1, 30000):09d}"


def former_call_sign(vessel: Vessel, former_flag: str) -> str:
    r = _id_rng(vessel, "old-ircs")
    prefix = _FORMER_CALL_SIGNS.get(former_flag, "V3")
    return (
        prefix
        + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        + str(r.randint(2, 9))
    )


def company_reg(vessel: Vessel, rng: random.Random) -> str:
    iso3 = flag_code(vessel)
    if iso3 == "CHN":
        tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        return f"91{rng.randint(330000, 379999)}{tail}"
    if iso3 == "TWN":
        return f"{rng.randint(10000000, 99999999)}"
    if iso3 == "JPN":
        return f"{rng.randint(1, 9)}{rng.randint(0, 10**12 - 1):012d}"
    return f"{rng.randint(100000, 9999999)}"


# --- dates -------------------------------------------------------------------------------------

MONTHS_EN = (
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
)
MONTHS_ES = (
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
)
MONTHS_FR = (
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
)


def fmt_date(day: date, style: str) -> str:
    m = day.month - 1
    formats = {
        "iso": day.isoformat(),
        "dmy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dmy.": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "dmy-": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "mdy": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "d-mon-y": f"{day.day:02d}-{MONTHS_EN[m][:3].upper()}-{day.year}",
        "long_en": f"{day.day} {MONTHS_EN[m]} {day.year}",
        "us_en": f"{MONTHS_EN[m]} {day.day}, {day.year}",
        "long_es": f"{day.day} de {MONTHS_ES[m]} de {day.year}",
        "long_fr": f"{'1er' if day.day == 1 else day.day} {MONTHS_FR[m]} {day.year}",
    }
    return formats[style]


def validity(rng: random.Random, year: int | None = None) -> tuple[date, date]:
    """An authorization period: a calendar year, or twelve months from a random day."""
    year = year or rng.choice((2024, 2025, 2025, 2026))
    if rng.random() < 0.5:
        return date(year, 1, 1), date(year, 12, 31)
    start = date(year, rng.randint(1, 12), rng.randint(1, 28))
    months = rng.choice((6, 12, 12, 24, 36))
    end_year, end_month = (
        start.year + (start.month - 1 + months) // 12,
        (start.month - 1 + months) % 12 + 1,
    )
    return start, date(end_year, end_month, start.day) - timedelta(days=1)


# --- RFMOs, areas, species, gear --------------------------------------------------------------


@dataclass(frozen=True)
class Rfmo:
    code: str
    name: str
    areas: tuple[str, ...]
    species: tuple[str, ...]


RFMOS: dict[str, Rfmo] = {
    r.code: r
    for r in (
        Rfmo("IOTC", "Indian Ocean Tuna Commission", ("51", "57"), ("YFT", "BET", "ALB", "SWO")),
        Rfmo(
            "WCPFC",
            "Western and Central Pacific Fisheries Commission",
            ("61", "71", "77", "81"),
            ("BET", "YFT", "SKJ", "ALB"),
        ),
        Rfmo(
            "ICCAT",
            "International Commission for the Conservation of Atlantic Tunas",
            ("21", "27", "34", "47"),
            ("BFT", "BET", "YFT", "SWO"),
        ),
        Rfmo("NPFC", "North Pacific Fisheries Commission", ("61", "67"), ("SAP", "MAS", "OFJ")),
        Rfmo(
            "SPRFMO",
            "South Pacific Regional Fisheries Management Organisation",
            ("81", "87"),
            ("CJM", "GIS"),
        ),
        Rfmo("SIOFA", "Southern Indian Ocean Fisheries Agreement", ("51", "57"), ("TOP", "ALF")),
        Rfmo(
            "CCSBT",
            "Commission for the Conservation of Southern Bluefin Tuna",
            ("51", "57", "81"),
            ("SBF",),
        ),
        Rfmo(
            "IATTC", "Inter-American Tropical Tuna Commission", ("77", "87"), ("YFT", "BET", "SKJ")
        ),
    )
}
SPECIES_EN = {
    "YFT": "yellowfin tuna",
    "BET": "bigeye tuna",
    "ALB": "albacore",
    "SWO": "swordfish",
    "SKJ": "skipjack tuna",
    "BFT": "Atlantic bluefin tuna",
    "SAP": "Pacific saury",
    "MAS": "chub mackerel",
    "OFJ": "neon flying squid",
    "CJM": "Chilean jack mackerel",
    "GIS": "jumbo flying squid",
    "TOP": "Patagonian toothfish",
    "ALF": "alfonsino",
    "SBF": "southern bluefin tuna",
}


def rfmo_id(code: str, vessel: Vessel, iso3: str | None) -> str:
    r = _id_rng(vessel, code)
    flag = iso3 or "XXX"
    return {
        "IOTC": f"IOTC{r.randint(1, 30000):06d}",
        "ICCAT": f"AT000{flag}{r.randint(1, 2000):05d}",
        "WCPFC": f"{r.randint(1000, 19999)}",
        "NPFC": f"{r.randint(100, 2999)}",
        "SPRFMO": f"{r.randint(10000, 99999)}",
        "SIOFA": f"SIOFA-{flag}-{r.randint(1, 300):03d}",
        "CCSBT": f"FV{r.randint(1, 9999):05d}",
        "IATTC": f"{r.randint(100, 16000)}",
    }[code]


GEAR_WORDS = {
    "DRIFTING_LONGLINES": ("Drifting longlines", "LLD"),
    "SET_LONGLINES": ("Set longlines", "LLS"),
    "SQUID_JIGGER": ("Squid jigging", "LHM"),
    "TRAWLERS": ("Trawls", "OTB"),
    "TUNA_PURSE_SEINES": ("Purse seine", "PS"),
    "POLE_AND_LINE": ("Pole and line", "LHP"),
    "CARRIER": ("Carrier (no gear)", "-"),
}


# Flag -> (country of build as printed, towns with shipyards, shipyards); a vessel of another flag
# is taken to be Chinese-built.
_BUILD = {
    "CHN": (
        "China",
        ("Rongcheng", "Zhoushan", "Ningbo", "Fuzhou"),
        ("Huanghai Shipbuilding", "Zhoushan Putuo Shipyard", "Mawei Shipyard"),
    ),
    "TWN": (
        "Taiwan",
        ("Kaohsiung", "Su-ao"),
        ("Jong Shyn Shipbuilding", "Lin Sheng Shipbuilding", "Kaohsiung Shipyard"),
    ),
    "JPN": (
        "Japan",
        ("Shimizu", "Nagasaki", "Kesennuma"),
        ("Niigata Shipbuilding", "Miho Shipyard", "Kidoura Shipyard"),
    ),
    "KOR": ("Korea", ("Busan", "Mokpo"), ("Daedong Shipbuilding", "Busan Ocean Shipyard")),
    "RUS": ("Russia", ("Vladivostok", "Kaliningrad"), ("Yantar Shipyard", "Pella Shipyard")),
    "ESP": ("Spain", ("Vigo", "Marin"), ("Astilleros Armon", "Astilleros Freire")),
    "AUS": ("Australia", ("Fremantle", "Hobart"), ("Austal Ships", "Hobart Marine Yard")),
}


def build_places(iso3: str | None) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return _BUILD.get(iso3 or "", _BUILD["CHN"])


VESSEL_TYPES = {
    "DRIFTING_LONGLINES": "Longliner",
    "SET_LONGLINES": "Longliner",
    "SQUID_JIGGER": "Squid jigger",
    "TRAWLERS": "Trawler",
    "TUNA_PURSE_SEINES": "Purse seiner",
    "POLE_AND_LINE": "Pole and line vessel",
    "CARRIER": "Fish carrier",
}


def vessel_type(vessel: Vessel) -> str:
    return VESSEL_TYPES.get(vessel.gear or "", "Fishing vessel")


def gear(vessel: Vessel, code: bool = False) -> str:
    words, short = GEAR_WORDS.get(vessel.gear or "", ("Longline", "LL"))
    return short if code else words


def pick(
    vessels: Sequence[Vessel],
    rng: random.Random,
    count: int,
    prefer: Callable[[Vessel], bool] | None = None,
) -> list[Vessel]:
    """`count` distinct vessels (repeats only if the list is shorter); with `prefer`, about
    three in four come from the vessels it accepts, as publishers list fuller records."""
    if not vessels:
        raise ValueError("no vessels to build pages from")
    pool = list(vessels)
    rich = [v for v in pool if prefer(v)] if prefer else []
    chosen: list[Vessel] = []
    for _ in range(count):
        source = rich if rich and rng.random() < 0.75 else pool
        options = (
            [v for v in source if v not in chosen] or [v for v in pool if v not in chosen] or pool
        )
        chosen.append(rng.choice(options))
    return chosen


def has_particulars(vessel: Vessel) -> bool:
    return bool(vessel.gross_tonnage or vessel.length_m)
