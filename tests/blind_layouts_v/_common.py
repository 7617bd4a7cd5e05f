"""Reference lists, identifier checks and vessel facts shared by the set-V layouts.

The checks read the project's code lists (oceanid_assets/reference/*.csv) at run time; nothing
from the vessel lists is stored here.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab
from ._page import PageDraft

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- code lists ---------------------------------------------------------------------------------


@cache
def mid_flags() -> dict[str, str]:
    """MMSI MID -> ISO alpha-3 of its flag (the first listed, for shared MIDs)."""
    flags: dict[str, str] = {}
    for row in _rows("mmsi_mids.csv"):
        flags.setdefault(row["mid"], row["iso3"])
    return flags


@cache
def call_sign_series() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """ISO alpha-3 -> its ITU series as (two-character prefix, first, last third character).

    A territory without its own series uses its parent's (TWN in China's B-series)."""
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        by_name.setdefault(row["Allocated to"], []).append((first[:2], first[2], last[2]))
    names: dict[str, set[str]] = {}
    for row in _rows("mmsi_mids.csv"):
        names.setdefault(row["iso3"], set()).add(row["name"])
    series: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for iso3, country_names in names.items():
        found = [
            s
            for itu_name, rows in by_name.items()
            if any(n == itu_name or n.startswith(itu_name + " (") for n in country_names)
            for s in rows
        ]
        if not found:
            parents = {n.split(" - ")[0] for n in country_names}
            found = [s for p in parents for s in by_name.get(p, [])]
        series[iso3] = tuple(found)
    return series


def call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    """A 3-7 character call sign inside one of the ITU series of the flag."""
    if not iso3 or not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    for prefix, low, high in call_sign_series().get(iso3, ()):
        if call_sign[:2] != prefix:
            continue
        third = call_sign[2]
        if low <= third <= high or (low == "A" and high == "Z"):
            return True
    return False


def call_sign_any_series(call_sign: str) -> bool:
    return any(call_sign_ok(call_sign, iso3) for iso3 in call_sign_series())


def mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in mid_flags()


@cache
def species() -> tuple[tuple[str, str, str, str], ...]:
    """(code, English, Spanish, French) for the curated ASFIS species."""
    english = {r["code"]: r["name_en"] for r in _rows("asfis_species_curated.csv")}
    return tuple(
        (r["code"], english[r["code"]], r["name_es"], r["name_fr"])
        for r in _rows("asfis_species_es_fr.csv")
        if r["code"] in english
    )


@cache
def species_names() -> frozenset[str]:
    """Every code and name the ASFIS lists hold (for the tests)."""
    names: set[str] = set()
    for name in ("asfis_species_curated.csv", "asfis_species.head300.csv"):
        for row in _rows(name):
            names.update({row["code"], row["name_en"]})
    for row in _rows("asfis_species_es_fr.csv"):
        names.update({row["code"], row["name_es"], row["name_fr"]})
    return frozenset(names)


@cache
def fao_areas() -> frozenset[str]:
    return frozenset(r["code"] for r in _rows("fao_areas.csv"))


# --- vessel facts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What a document may print about one vessel: identifiers only when well formed."""

    vessel: Vessel
    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3: the list's, else the MMSI MID's
    port: str | None  # the port part of the list's port of registry
    port_full: str | None
    province: str | None
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    former: str | None
    gear: str | None


def tidy(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.replace("_", " ").split()).strip(" ,;:.!?\"'-/")
    return cleaned or None


def facts(vessel: Vessel) -> Facts:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mid_flags()[mmsi[:3]] if mmsi else None)
    port_full = tidy(vessel.port)
    port = province = None
    if port_full:
        head, _, tail = port_full.partition(",")
        port, province = tidy(head), tidy(tail)
    return Facts(
        vessel=vessel,
        name=tidy(vessel.name) or "UNNAMED",
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=vessel.ircs if vessel.ircs and call_sign_ok(vessel.ircs, flag) else None,
        flag=flag,
        port=port,
        port_full=port_full,
        province=province,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=tidy(vessel.owner),
        former=tidy(vessel.former_name),
        gear=vessel.gear,
    )


def pick(vessels: list[Vessel], rng: random.Random, count: int) -> list[Facts]:
    """`count` vessels, distinct while the list allows."""
    if count <= len(vessels):
        chosen = rng.sample(vessels, count)
    else:
        chosen = [rng.choice(vessels) for _ in range(count)]
    return [facts(v) for v in chosen]


# --- invented identifiers (former ones) ---------------------------------------------------------


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"


def invent_mmsi(rng: random.Random, iso3: str | None) -> str | None:
    mids = [mid for mid, flag in mid_flags().items() if flag == iso3]
    if not mids:
        return None
    return f"{rng.choice(mids)}{rng.randint(0, 999_999):06d}"


def invent_call_sign(rng: random.Random, iso3: str | None) -> str | None:
    options = call_sign_series().get(iso3 or "", ())
    if not options:
        return None
    prefix, low, high = rng.choice(options)
    third = chr(rng.randint(ord(low), ord(high)))
    tail = "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 3))
    )
    call_sign = prefix + third + tail
    return call_sign if call_sign_ok(call_sign, iso3) else None


def other_flag(rng: random.Random, iso3: str | None) -> str:
    return rng.choice([f for f in _vocab.FORMER_FLAGS if f != iso3])


# --- words for flags, dates, numbers ------------------------------------------------------------


def country(iso3: str | None, lang: str = "en", rng: random.Random | None = None) -> str | None:
    """A name of the country (or its ISO code now and then when rng is given)."""
    if not iso3:
        return None
    if rng is not None and rng.random() < 0.15:
        return iso3
    names = _vocab.COUNTRIES.get(iso3)
    if names:
        return names[{"en": 0, "es": 1, "fr": 2}[lang]]
    try:
        import pycountry

        found = pycountry.countries.get(alpha_3=iso3)
    except ImportError:  # pragma: no cover - pycountry is a project dependency
        found = None
    if found is None:
        return iso3
    return str(getattr(found, "common_name", None) or found.name).split(",")[0]


MONTHS = {
    "en": [
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
    ],
    "es": [
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
    ],
    "fr": [
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
    ],
}


def a_date(rng: random.Random, first: int = 2024, last: int = 2026) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(last, 12, 31) - start).days))


def fmt_date(day: date, style: str, lang: str = "en") -> str:
    month = MONTHS[lang][day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dots":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "short":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    if style == "long" and lang == "en":
        return f"{day.day} {month} {day.year}"
    if style == "long" and lang == "es":
        return f"{day.day} de {month} de {day.year}"
    if style == "long":
        return f"{day.day} {month} {day.year}"
    raise ValueError(style)


def phone(rng: random.Random, code: str | None = None) -> str:
    code = code or rng.choice(["+230", "+34", "+86", "+886", "+81", "+27", "+679", "+598", "+248"])
    return f"{code} {rng.randint(200, 999)} {rng.randint(1000, 9999)}" + (
        f" {rng.randint(10, 99)}" if rng.random() < 0.4 else ""
    )


def digits(rng: random.Random, count: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def placeholder(rng: random.Random, lang: str = "en") -> str:
    return rng.choice(_vocab.PLACEHOLDERS[lang])


def title(name: str) -> str:
    """Title case as a web page or a letter would write a name ('Fu Yuan Yu 123', 'No.7')."""
    return " ".join(w.capitalize() if w.isalpha() else w for w in name.split())


def engine_kw(rng: random.Random, gt: str | None) -> int:
    base = int(float(gt)) if gt else rng.randint(150, 1500)
    return max(90, int(base * rng.uniform(0.8, 1.6)) // 10 * 10)


def national_reg(rng: random.Random, iso3: str | None) -> str:
    pattern = _vocab.REG_PATTERNS.get(iso3 or "", "{A}{A}-{d4}-{d2}")
    return pattern.format(
        A="".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(1)),
        d2=digits(rng, 2),
        d3=digits(rng, 3),
        d4=digits(rng, 4),
        d5=digits(rng, 5),
        d6=digits(rng, 6),
        y=rng.randint(2005, 2024),
    )


def builder(rng: random.Random, iso3: str | None) -> tuple[str, str]:
    """(shipyard or place, ISO alpha-3 of the building country)."""
    built_in = iso3 if iso3 in _vocab.YARDS and rng.random() < 0.75 else None
    built_in = built_in or rng.choice(sorted(_vocab.YARDS))
    return rng.choice(_vocab.YARDS[built_in]), built_in


def address(rng: random.Random, f: Facts) -> tuple[str, str, str | None, str]:
    """(street address, city, state or province, ISO alpha-3) for the vessel's owner."""
    iso3 = f.flag if f.flag in _vocab.STREETS else rng.choice(sorted(_vocab.STREETS))
    street = rng.choice(_vocab.STREETS[iso3]).format(n=rng.randint(1, 388))
    if iso3 == f.flag and f.port and f.flag not in ("PAN", "VUT", "BHS"):
        city, state = f.port.title(), f.province.title() if f.province else None
    else:
        city, state = rng.choice(_vocab.CITIES[iso3])
    return street, city, state, iso3


def pad(page: PageDraft, rng: random.Random, fillers: list[str], minimum: int) -> None:
    """Unlabelled filler paragraphs until the page reaches `minimum` characters."""
    pool = list(fillers)
    rng.shuffle(pool)
    while len(page) < minimum and pool:
        paragraph = pool.pop()
        if page.fits(paragraph):
            page.add(paragraph, "\n")
    if len(page) < 700:
        raise AssertionError(f"page too short ({len(page)} characters) and no filler left")


def metric(value: str | None, lang: str) -> str | None:
    """A list number as the language writes it (decimal comma in es/fr)."""
    if value is None:
        return None
    return value.replace(".", ",") if lang in ("es", "fr") else value


def by_flag(vessels: list[Vessel]) -> dict[str | None, list[Vessel]]:
    """The vessels grouped by the flag a document may print for them."""
    groups: dict[str | None, list[Vessel]] = {}
    for vessel in vessels:
        groups.setdefault(facts(vessel).flag, []).append(vessel)
    return groups


def pick_flag(vessels: list[Vessel], rng: random.Random) -> tuple[str | None, list[Vessel]]:
    """A flag (weighted towards the large fleets) and its vessels; None only when no flags."""
    groups = by_flag(vessels)
    flags: list[str | None] = [*sorted(f for f in groups if f is not None)] or [None]
    flag = rng.choices(flags, weights=[len(groups[f]) ** 0.5 for f in flags])[0]
    return flag, groups[flag]


SPANISH_FLAGS = frozenset({"ESP", "PAN", "ARG", "URY", "CHL", "PER", "ECU", "MEX", "COL", "VEN"})
FRENCH_FLAGS = frozenset({"VUT", "FRA", "SYC", "MUS", "SEN", "CIV", "MDG", "MRT"})


EU_FLAGS = frozenset({"ESP", "PRT", "FRA", "ITA", "NLD", "IRL", "DEU", "DNK", "POL", "LTU"})


def cfr(rng: random.Random, iso3: str | None) -> str | None:
    """An invented EU fleet register number for a vessel of an EU flag."""
    return f"{iso3}{rng.randint(0, 99_999_999):09d}" if iso3 in EU_FLAGS else None


def rfmo_id(rng: random.Random, rfmo: str, iso3: str | None) -> str:
    """An invented vessel number in an RFMO record, in the RFMO's own style."""
    if rfmo == "IOTC":
        return f"IOTC{rng.randint(1, 20_000):06d}"
    if rfmo == "ICCAT":
        return f"AT000{iso3 or 'XXX'}{rng.randint(1, 9_999):05d}"
    if rfmo == "CCAMLR":
        return str(rng.randint(10_000, 99_999))
    return str(rng.randint(1_000, 19_999))  # WCPFC VID, IATTC, SPRFMO, NPFC numbers


def company_reg(rng: random.Random, iso3: str | None) -> str:
    """An invented company registration number in the style of the associate's country."""
    if iso3 == "CHN":
        return "91" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))
    if iso3 == "ESP":
        return f"B{rng.randint(10_000_000, 99_999_999)}"
    if iso3 == "AUS":
        return f"ACN {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    if iso3 == "JPN":
        return digits(rng, 13)
    return f"{digits(rng, 6)}-{rng.choice('ABCDKX')}"
