"""Shared helpers for set T: reference lists read at run time, clean identities, formats,
hard negatives and page padding."""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import oceanid_assets
from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from ._page import PageDraft
from ._vocab import (
    BUILD_COUNTRY_OF,
    COUNTRIES,
    DEFAULT_CITY,
    FAMILY,
    FORMER_FLAGS,
    FORMER_NAMES,
    GEAR_SPECIES,
    GIVEN,
    RFMO_AREAS,
    RFMOS,
    STREETS,
    YARDS,
)

REFERENCE = Path(oceanid_assets.__file__).resolve().parent / "reference"


def _rows(filename: str) -> list[dict[str, str]]:
    with (REFERENCE / filename).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- reference lists ---------------------------------------------------------------------------


@cache
def mid_table() -> dict[str, tuple[tuple[str, str], ...]]:
    """MID -> ((iso3, ITU name), ...)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append((row["iso3"], row["name"]))
    return {mid: tuple(found) for mid, found in table.items()}


@cache
def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(
        mid for mid, found in mid_table().items() if any(code == iso3 for code, _ in found)
    )


@cache
def itu_series() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Two-character prefix -> ((first third character, last third character, allocated to))."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        if len(first) != 3 or len(last) != 3 or first[:2] != last[:2]:
            continue
        table.setdefault(first[:2], []).append((first[2], last[2], row["Allocated to"].strip()))
    return {prefix: tuple(found) for prefix, found in table.items()}


def _allocation_matches(allocated: str, iso3: str) -> bool:
    """A territory uses its parent's series (TWN in China's); some have their own (HKG: VR)."""
    for mid in mids_of(iso3):
        for code, name in mid_table()[mid]:
            if code != iso3:
                continue
            parent = name.split(" - ")[0]
            if allocated in (name, parent) or (" - " in allocated and name.startswith(allocated)):
                return True
    return False


def ircs_ok(call_sign: str, iso3: str | None) -> bool:
    """The call sign is 3-7 letters/digits inside an ITU series of the flag `iso3`."""
    if iso3 is None or not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    rows = itu_series().get(call_sign[:2], ())
    if not rows:
        return False
    third = call_sign[2]
    if third.isalpha():
        return any(lo <= third <= hi and _allocation_matches(a, iso3) for lo, hi, a in rows)
    # A digit after the prefix: the whole two-character block must be the flag's.
    letters = {chr(c) for lo, hi, _ in rows for c in range(ord(lo), ord(hi) + 1)}
    whole = letters >= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return whole and all(_allocation_matches(a, iso3) for _, _, a in rows)


def mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in mid_table()


def mmsi_flag(mmsi: str) -> str | None:
    found = mid_table().get(mmsi[:3])
    return found[0][0] if found else None


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


@cache
def species_names() -> dict[str, tuple[str, str, str]]:
    """ASFIS code -> (English, Spanish, French) for the curated species."""
    english = {row["code"]: row["name_en"] for row in _rows("asfis_species_curated.csv")}
    return {
        row["code"]: (english[row["code"]], row["name_es"], row["name_fr"])
        for row in _rows("asfis_species_es_fr.csv")
        if row["code"] in english
    }


@cache
def species_vocabulary() -> frozenset[str]:
    """Every species code and name the reference lists hold, lower-cased."""
    words: set[str] = set()
    for filename in ("asfis_species_curated.csv", "asfis_species.head300.csv"):
        for row in _rows(filename):
            words.update((row["code"].lower(), row["name_en"].lower()))
    for row in _rows("asfis_species_es_fr.csv"):
        words.update((row["name_es"].lower(), row["name_fr"].lower()))
    return frozenset(words)


# --- identities --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ident:
    """A vessel's identity as a document may print it: identifiers only when well formed."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # iso3; the MMSI's MID when the list has no flag
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    port: str | None  # port name without its province
    region: str | None  # the province written after the port, if any
    former_name: str | None
    gear: str


def ident(vessel: Vessel) -> Ident:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mmsi_flag(mmsi) if mmsi else None)
    ircs = vessel.ircs if vessel.ircs and ircs_ok(vessel.ircs, flag) else None
    port, region = None, None
    if vessel.port:
        head, _, tail = vessel.port.partition(",")
        port, region = head.strip() or None, tail.strip() or None
    return Ident(
        name=vessel.name,
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=vessel.owner,
        port=port,
        region=region,
        former_name=vessel.former_name,
        gear=vessel.gear if vessel.gear in GEAR_SPECIES else "FISHING",
    )


def pick(vessels: list[Vessel], rng: random.Random, count: int) -> list[Ident]:
    chosen = rng.sample(range(len(vessels)), min(count, len(vessels)))
    return [ident(vessels[i]) for i in chosen]


@dataclass(frozen=True)
class Former:
    flag: str
    mmsi: str
    ircs: str
    name: str


def invent_call_sign(rng: random.Random, iso3: str) -> str:
    blocks = [
        (prefix, lo, hi)
        for prefix, rows in sorted(itu_series().items())
        for lo, hi, allocated in rows
        if lo.isalpha() and _allocation_matches(allocated, iso3)
    ]
    if not blocks:
        raise ValueError(f"no ITU series for {iso3}")
    for _ in range(100):
        prefix, lo, hi = rng.choice(blocks)
        third = chr(rng.randint(ord(lo), ord(hi)))
        tail = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 3)))
        call_sign = f"{prefix}{third}{tail}"
        if ircs_ok(call_sign, iso3):
            return call_sign
    raise ValueError(f"could not invent a call sign for {iso3}")


def invent_mmsi(rng: random.Random, iso3: str) -> str:
    return f"{rng.choice(mids_of(iso3))}{rng.randint(0, 999_999):06d}"


def invent_former(rng: random.Random, current: Ident) -> Former:
    flag = rng.choice([f for f in FORMER_FLAGS if f != current.flag])
    name = rng.choice(FORMER_NAMES).format(n=rng.randint(1, 88))
    return Former(flag, invent_mmsi(rng, flag), invent_call_sign(rng, flag), name)


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"


# --- words for a vessel ------------------------------------------------------------------------


def country(iso3: str, lang: str = "en") -> str:
    names = COUNTRIES.get(iso3)
    if names is None:
        return iso3
    return names[{"en": 0, "es": 1, "fr": 2}[lang]]


def flag_adjective(iso3: str, lang: str) -> str | None:
    names = COUNTRIES.get(iso3)
    if names is None:
        return None
    return names[3] if lang == "es" else names[4]


def build_place(rng: random.Random, v: Ident) -> tuple[str, str, str]:
    """(yard, town, iso3 of the building country)."""
    where = BUILD_COUNTRY_OF.get(v.flag or "", rng.choice(("CHN", "JPN", "KOR", "TWN")))
    yard, town = rng.choice(YARDS[where])
    return yard, town, where


def owner_address(rng: random.Random, v: Ident) -> tuple[str, str, str | None, str]:
    """(street, city, state or None, iso3) of the owner: invented, in the port's city."""
    where = v.flag if v.flag in STREETS else rng.choice(("CHN", "TWN", "JPN"))
    street = rng.choice(STREETS[where]).format(n=rng.randint(2, 388))
    if v.port and v.flag == where:
        city, state = v.port.title(), v.region.title() if v.region else None
    else:
        default_city, default_state = DEFAULT_CITY[where]
        city, state = default_city.title(), default_state.title() if default_state else None
    return street, city, state, where


def company_reg_no(rng: random.Random, iso3: str) -> str:
    if iso3 == "CHN":
        body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        return f"91{rng.randint(110000, 659999)}{body}"
    if iso3 == "TWN":
        return f"{rng.randint(10_000_000, 99_999_999)}"
    if iso3 == "JPN":
        return f"{rng.randint(1, 9)}{rng.randint(0, 999_999_999_999):012d}"
    if iso3 == "RUS":
        return f"1{rng.randint(0, 99_999_999_999_9):012d}"
    if iso3 == "ESP":
        return f"B{rng.randint(10_000_000, 99_999_999)}"
    return f"{rng.randint(100_000, 9_999_999)}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY).upper()}"


def species_for(rng: random.Random, v: Ident, count: int) -> list[str]:
    codes = [c for c in GEAR_SPECIES[v.gear] if c in species_names()]
    return rng.sample(codes, min(count, len(codes)))


def species_word(code: str, lang: str) -> str:
    return species_names()[code][{"en": 0, "es": 1, "fr": 2}[lang]]


def rfmo_for(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(RFMOS)


def rfmo_record_id(rng: random.Random, pattern: str, v: Ident) -> str:
    return pattern.format(
        n4=f"{rng.randint(1, 9999):04d}",
        n5=f"{rng.randint(1, 99999):05d}",
        n6=f"{rng.randint(1, 999999):06d}",
        f=v.flag or "XXX",
    )


def fao_for(rng: random.Random, rfmo: str, count: int = 1) -> list[str]:
    codes = [c for c in RFMO_AREAS[rfmo] if c in fao_codes()]
    return rng.sample(codes, min(count, len(codes)))


# --- formats -----------------------------------------------------------------------------------

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


def rand_date(rng: random.Random, first: int = 2022, last: int = 2025) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(last, 12, 31) - start).days))


def fmt_date(d: date, style: str, lang: str = "en") -> str:
    month = MONTHS[lang][d.month - 1]
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short":
        return f"{d.day:02d} {month[:3].upper()} {d.year}"
    if lang == "es":
        return f"{d.day} de {month} de {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
    return f"{d.day} {month} {d.year}"


def thousands(value: str, lang: str = "en") -> str:
    """1596 -> 1,596 (en) / 1.596 (es) / 1 596 (fr); decimals keep their own separator."""
    whole, dot, frac = value.partition(".")
    sep = {"en": ",", "es": ".", "fr": " "}[lang]
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    decimal = "," if lang in ("es", "fr") else "."
    return sep.join(groups) + (decimal + frac if dot else "")


def decimal(value: str, lang: str) -> str:
    return value.replace(".", ",") if lang in ("es", "fr") else value


def derived(rng: random.Random, v: Ident) -> dict[str, str]:
    """Invented secondary particulars (NT, engine power, breadth, depth) from GT and LOA."""
    gt = int(v.gt) if v.gt and v.gt.isdigit() else rng.randint(200, 1800)
    loa = float(v.loa) if v.loa else rng.uniform(30, 80)
    return {
        "nt": str(max(1, round(gt * rng.uniform(0.28, 0.36)))),
        "dwt": str(round(gt * rng.uniform(0.55, 1.1))),
        "kw": str(rng.choice((331, 441, 588, 735, 882, 1103, 1324, 1471, 2206))),
        "breadth": f"{loa * rng.uniform(0.15, 0.19):.2f}",
        "depth": f"{loa * rng.uniform(0.07, 0.1):.2f}",
        "crew": str(rng.randint(12, 48)),
    }


# --- hard negatives ----------------------------------------------------------------------------


def phone(rng: random.Random, prefix: str | None = None) -> str:
    cc = prefix or rng.choice(("+86 591", "+886 7", "+81 3", "+51 1", "+230", "+33 2", "+34 986"))
    return f"{cc} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def position(rng: random.Random, south: bool | None = None) -> str:
    hemisphere = ("S" if south else "N") if south is not None else rng.choice("NS")
    lat = f"{rng.randint(0, 58):02d}°{rng.randint(0, 59):02d}.{rng.randint(0, 9)}'{hemisphere}"
    lon = f"{rng.randint(0, 179):03d}°{rng.randint(0, 59):02d}.{rng.randint(0, 9)}'"
    return f"{lat} {lon}{rng.choice('EW')}"


def ref_number(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-{rng.randint(2022, 2025)}/{rng.randint(1, 99999):05d}"


# --- padding -----------------------------------------------------------------------------------


def pad(page: PageDraft, rng: random.Random, fillers: tuple[str, ...], minimum: int) -> None:
    """Append boilerplate paragraphs (no spans) until the page reaches `minimum` characters."""
    pool = list(fillers)
    rng.shuffle(pool)
    while len(page) < minimum and pool:
        page.add("\n" + pool.pop() + "\n")
    filler_number = 0
    while len(page) < minimum:
        filler_number += 1
        page.add(f"\n[Continuation sheet - intentionally left blank - {filler_number}]\n")


def national_reg(rng: random.Random, v: Ident) -> str:
    """An invented number in the flag State's register, in a plausible national format."""
    year = v.year or str(rng.randint(2005, 2022))
    if v.flag == "CHN":
        return f"{rng.choice(('FT', 'ZS', 'LR', 'YD'))}{year}{rng.randint(100, 9999):04d}"
    if v.flag == "TWN":
        return f"CT{rng.randint(3, 7)}-{rng.randint(1, 1999):04d}"
    if v.flag == "JPN":
        return f"{rng.choice(('HK', 'MG', 'SZ', 'KN'))}{rng.randint(1, 3)}-{rng.randint(1, 999)}"
    if v.flag == "KOR":
        return f"{rng.randint(9000000, 9999999)}-{rng.randint(6200000, 6499999)}"
    if v.flag == "RUS":
        return f"{rng.choice(('MK', 'PK', 'VL'))}-{rng.randint(100, 9999):04d}"
    if v.flag == "ESP":
        return (
            f"3{rng.choice(('VI', 'BI', 'CA'))}-{rng.randint(1, 9)}-{rng.randint(1, 99)}-{year[2:]}"
        )
    return f"{(v.flag or 'REG')[:2]}-{rng.randint(1000, 99999)}"


EU_FLAGS = ("ESP", "FRA", "PRT")


def eu_cfr(rng: random.Random, v: Ident) -> str | None:
    """An invented EU fleet register number (CFR) for a vessel under an EU flag."""
    if v.flag not in EU_FLAGS:
        return None
    return f"{v.flag}{rng.randint(0, 999_999_999):09d}"
