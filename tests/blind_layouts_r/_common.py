"""Reference lists (read at run time), identifier checks and the facts a page prints of a vessel.

Identifiers from the vessel list are printed only when well formed; otherwise the caller prints
its own placeholder, unlabelled.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from ._page import EDGE

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def mids() -> dict[str, str]:
    """MMSI MID -> ISO alpha-3 of the flag."""
    return {row["mid"]: row["iso3"] for row in _rows("mmsi_mids.csv")}


@lru_cache(maxsize=1)
def call_sign_series() -> dict[str, tuple[tuple[str, str], ...]]:
    """ISO alpha-3 -> ITU series (first, last), a territory also getting its parent's series."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        by_name.setdefault(row["Allocated to"].strip(), []).append((first, last))
    out: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("mmsi_mids.csv"):
        name = row["name"].strip()
        names = {name, name.split(" - ")[0]} | {n for n in by_name if name.startswith(n)}
        series = out.setdefault(row["iso3"], [])
        for n in sorted(names):
            series.extend(s for s in by_name.get(n, []) if s not in series)
    return {iso3: tuple(series) for iso3, series in out.items() if series}


def in_series(call_sign: str, first: str, last: str) -> bool:
    if first[:2] != last[:2] or call_sign[:2] != first[:2] or len(call_sign) < 3:
        return False
    if first[2] == "A" and last[2] == "Z":
        return True
    return first[2] <= call_sign[2] <= last[2]


def call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    if iso3 is None or not 3 <= len(call_sign) <= 7 or not call_sign.isalnum():
        return False
    if call_sign != call_sign.upper():
        return False
    return any(in_series(call_sign, a, b) for a, b in call_sign_series().get(iso3, ()))


def mmsi_ok(mmsi: str) -> bool:
    return len(mmsi) == 9 and mmsi.isdigit() and mmsi[:3] in mids()


@lru_cache(maxsize=1)
def species() -> dict[str, tuple[str, str, str]]:
    """ASFIS code -> (English, Spanish, French) name, for the curated species."""
    names = {row["code"]: row["name_en"] for row in _rows("asfis_species_curated.csv")}
    out: dict[str, tuple[str, str, str]] = {}
    for row in _rows("asfis_species_es_fr.csv"):
        if row["code"] in names:
            out[row["code"]] = (names[row["code"]], row["name_es"], row["name_fr"])
    return out


@lru_cache(maxsize=1)
def fao_areas() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


# --- countries ---------------------------------------------------------------------------------

_NAMES: dict[str, tuple[str, str, str]] = {
    "CHN": ("China", "China", "Chine"),
    "TWN": ("Taiwan", "Taiwán", "Taïwan"),
    "JPN": ("Japan", "Japón", "Japon"),
    "RUS": ("Russian Federation", "Federación de Rusia", "Fédération de Russie"),
    "KOR": ("Republic of Korea", "República de Corea", "République de Corée"),
    "IDN": ("Indonesia", "Indonesia", "Indonésie"),
    "VUT": ("Vanuatu", "Vanuatu", "Vanuatu"),
    "NOR": ("Norway", "Noruega", "Norvège"),
    "BHS": ("Bahamas", "Bahamas", "Bahamas"),
    "PAN": ("Panama", "Panamá", "Panama"),
    "ESP": ("Spain", "España", "Espagne"),
    "FRA": ("France", "Francia", "France"),
    "PRT": ("Portugal", "Portugal", "Portugal"),
    "AUS": ("Australia", "Australia", "Australie"),
    "KIR": ("Kiribati", "Kiribati", "Kiribati"),
    "PNG": ("Papua New Guinea", "Papúa Nueva Guinea", "Papouasie-Nouvelle-Guinée"),
    "FSM": ("Micronesia", "Micronesia", "Micronésie"),
    "MHL": ("Marshall Islands", "Islas Marshall", "Îles Marshall"),
    "SLB": ("Solomon Islands", "Islas Salomón", "Îles Salomon"),
    "NRU": ("Nauru", "Nauru", "Nauru"),
    "TUV": ("Tuvalu", "Tuvalu", "Tuvalu"),
    "PLW": ("Palau", "Palaos", "Palaos"),
    "ARG": ("Argentina", "Argentina", "Argentine"),
    "PER": ("Peru", "Perú", "Pérou"),
    "CHL": ("Chile", "Chile", "Chili"),
    "URY": ("Uruguay", "Uruguay", "Uruguay"),
    "SGP": ("Singapore", "Singapur", "Singapour"),
    "HKG": ("Hong Kong", "Hong Kong", "Hong Kong"),
    "GBR": ("United Kingdom", "Reino Unido", "Royaume-Uni"),
    "USA": ("United States", "Estados Unidos", "États-Unis"),
    "LBR": ("Liberia", "Liberia", "Libéria"),
    "MUS": ("Mauritius", "Mauricio", "Maurice"),
    "SYC": ("Seychelles", "Seychelles", "Seychelles"),
    "CYP": ("Cyprus", "Chipre", "Chypre"),
    "NLD": ("Netherlands", "Países Bajos", "Pays-Bas"),
    "CHE": ("Switzerland", "Suiza", "Suisse"),
    "ARE": ("United Arab Emirates", "Emiratos Árabes Unidos", "Émirats arabes unis"),
    "MYS": ("Malaysia", "Malasia", "Malaisie"),
    "THA": ("Thailand", "Tailandia", "Thaïlande"),
    "PHL": ("Philippines", "Filipinas", "Philippines"),
    "VNM": ("Viet Nam", "Vietnam", "Viet Nam"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "MEX": ("Mexico", "México", "Mexique"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "MAR": ("Morocco", "Marruecos", "Maroc"),
    "NZL": ("New Zealand", "Nueva Zelandia", "Nouvelle-Zélande"),
}
_LANG = {"en": 0, "es": 1, "fr": 2}


def country(iso3: str, lang: str = "en") -> str:
    if iso3 in _NAMES:
        return _NAMES[iso3][_LANG[lang]]
    found = pycountry.countries.get(alpha_3=iso3)
    if found is None:
        return iso3
    return str(getattr(found, "common_name", None) or found.name).split(",")[0]


def iso2(iso3: str) -> str:
    found = pycountry.countries.get(alpha_3=iso3)
    return str(found.alpha_2) if found is not None else iso3


def known_country_text(text: str) -> bool:
    """What the pages print for a country: a name above, a pycountry name or an ISO code
    (names in any case: navigational warnings are in capitals)."""
    if any(text.casefold() in {n.casefold() for n in names} for names in _NAMES.values()):
        return True
    if len(text) == 2 and text.isupper():
        return pycountry.countries.get(alpha_2=text) is not None
    if len(text) == 3 and text.isupper() and pycountry.countries.get(alpha_3=text) is not None:
        return True
    return any(
        text.casefold()
        in {str(getattr(c, "common_name", "")).casefold(), c.name.split(",")[0].casefold()}
        for c in pycountry.countries
    )


# --- the facts of one vessel -------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """A vessel as a page may print it: well-formed identifiers only, the rest None."""

    vessel: Vessel
    name: str
    flag: str | None  # ISO alpha-3: the list's flag, else the flag of the MMSI's MID
    imo: str | None
    mmsi: str | None
    ircs: str | None
    port: str | None  # the port itself, without the province after a comma
    province: str | None
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    former_name: str | None
    gear: str | None


def facts(vessel: Vessel) -> Facts:
    flag = vessel.flag
    if flag is None and vessel.mmsi and vessel.mmsi[:3] in mids():
        flag = mids()[vessel.mmsi[:3]]
    port = province = None
    if vessel.port:
        head, _, tail = vessel.port.partition(",")
        port = head.strip(EDGE) or None
        province = tail.strip(EDGE) or None
    owner = vessel.owner.strip(EDGE) if vessel.owner else None
    return Facts(
        vessel=vessel,
        name=vessel.name.strip(EDGE),
        flag=flag,
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None,
        ircs=vessel.ircs if vessel.ircs and call_sign_ok(vessel.ircs, flag) else None,
        port=port,
        province=province,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=owner or None,
        former_name=(vessel.former_name.strip(EDGE) or None) if vessel.former_name else None,
        gear=vessel.gear,
    )


def usable(vessels: list[Vessel]) -> list[Facts]:
    out = [facts(v) for v in vessels]
    return [f for f in out if f.name]


def pick(vessels: list[Vessel], rng: random.Random, n: int) -> list[Facts]:
    """n distinct vessels (fewer if the list is short), preferring ones with an identifier."""
    pool = usable(vessels)
    if not pool:
        raise ValueError("no vessel with a printable name")
    with_id = [f for f in pool if f.imo or f.mmsi or f.ircs]
    source = with_id if len(with_id) >= n and rng.random() < 0.85 else pool
    return rng.sample(source, min(n, len(source)))


def pick_same_flag(vessels: list[Vessel], rng: random.Random, n: int) -> tuple[str, list[Facts]]:
    """A flag with vessels, then up to n of its vessels."""
    groups: dict[str, list[Facts]] = {}
    for f in usable(vessels):
        if f.flag:
            groups.setdefault(f.flag, []).append(f)
    if not groups:
        chosen = pick(vessels, rng, n)
        return "UNK", chosen
    flags = sorted(groups)
    weights = [len(groups[f]) ** 0.5 for f in flags]
    flag = rng.choices(flags, weights)[0]
    members = groups[flag]
    return flag, rng.sample(members, min(n, len(members)))


# --- invented identifiers that pass the same checks --------------------------------------------


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"


def invent_mmsi(rng: random.Random, iso3: str | None) -> str | None:
    options = sorted(m for m, flag in mids().items() if flag == iso3)
    if not options:
        return None
    return rng.choice(options) + f"{rng.randint(0, 999_999):06d}"


def invent_call_sign(rng: random.Random, iso3: str | None) -> str | None:
    series = call_sign_series().get(iso3 or "", ())
    if not series:
        return None
    first, last = rng.choice(series)
    third = rng.choice(string.ascii_uppercase[ord(first[2]) - 65 : ord(last[2]) - 64])
    tail = "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 3)))
    return first[:2] + third + tail


def other_flag(rng: random.Random, iso3: str | None) -> str:
    options = [f for f in ("PAN", "VUT", "BHS", "LBR", "KIR", "TWN", "CHN", "KOR") if f != iso3]
    return rng.choice(options)


# --- dates and numbers -------------------------------------------------------------------------

_MONTHS_EN = "January February March April May June July August September October November December"
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS = {"en": _MONTHS_EN.split(" "), "es": _MONTHS_ES.split(" "), "fr": _MONTHS_FR.split(" ")}


def some_date(rng: random.Random, first: int = 2023, last: int = 2026) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last, 12, 31).toordinal()))


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    month = MONTHS[lang][day.month - 1]
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dmy.":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "long":
        if lang == "es":
            return f"{day.day} de {month} de {day.year}"
        if lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"
    if style == "us":
        return f"{month} {day.day}, {day.year}"
    if style == "mon":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    raise ValueError(style)


def money(amount: float, lang: str = "en") -> str:
    whole = f"{amount:,.2f}"
    if lang in ("es", "fr"):
        sep = "." if lang == "es" else " "
        whole = whole.replace(",", "_").replace(".", ",").replace("_", sep)
    return whole


def decimal(value: str, lang: str = "en", places: int | None = None) -> str:
    text = f"{float(value):.{places}f}" if places is not None else value
    return text.replace(".", ",") if lang in ("es", "fr") else text


def phone(rng: random.Random, prefix: str) -> str:
    return f"+{prefix} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def coord(
    rng: random.Random, lat_range: tuple[float, float], lon_range: tuple[float, float]
) -> str:
    lat = rng.uniform(*lat_range)
    lon = rng.uniform(*lon_range)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    lat, lon = abs(lat), abs(lon)
    return f"{int(lat):02d}-{(lat % 1) * 60:04.1f}{ns} {int(lon):03d}-{(lon % 1) * 60:04.1f}{ew}"


def engine_kw(rng: random.Random, gt: str | None) -> str:
    base = float(gt) if gt else rng.uniform(150, 900)
    return str(int(max(90.0, min(6000.0, base * rng.uniform(0.9, 2.4)))))


def national_reg(rng: random.Random, flag: str | None) -> str:
    """A registration number in the style of the flag State's fishing-vessel register."""
    n = rng.randint
    if flag == "CHN":
        return f"{rng.choice(('3309', '3501', '3710', '2102'))}{n(2005, 2023)}{n(1, 99999):05d}"
    if flag == "TWN":
        return f"CT{n(3, 8)}-{n(1, 2999):04d}"
    if flag == "JPN":
        return f"{rng.choice(('MG', 'SO', 'KN', 'IW', 'HK'))}{n(1, 3)}-{n(1, 1999)}"
    if flag == "KOR":
        return f"{n(9501, 9999)}{n(1000, 9999)}-{n(6200000, 6299999)}"
    if flag == "RUS":
        return f"{rng.choice(('M', 'PK', 'NH'))}-{n(1000, 9999)}"
    if flag == "ESP":
        return f"{rng.choice(('VI', 'BI', 'GC', 'CA'))}-{n(1, 5)}-{n(1, 9999)}-{n(1, 12):02d}"
    if flag == "AUS":
        return f"{n(850000, 869999)}"
    return f"{flag or 'REG'}-{n(100, 99999)}"
