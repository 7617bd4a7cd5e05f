"""Vessel identities made safe to print, identifier checks and shared formatting for set P."""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import overload

import oceanid_assets
from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab as vocab

REFERENCE = Path(oceanid_assets.__file__).parent / "reference"
_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mid_table() -> dict[str, str]:
    """MMSI MID -> alpha-3 of the first allocation."""
    table: dict[str, str] = {}
    for row in _csv("mmsi_mids.csv"):
        table.setdefault(row["mid"], row["iso3"])
    return table


@cache
def _allocations(iso3: str) -> frozenset[str]:
    names = {row["name"] for row in _csv("mmsi_mids.csv") if row["iso3"] == iso3}
    return frozenset(names | {name.split(" - ")[0] for name in names})


@cache
def _series() -> tuple[tuple[str, str, str], ...]:
    rows = []
    for row in _csv("itu_call_sign_series.csv"):
        lo, _, hi = (part.strip() for part in row["Series"].partition("-"))
        rows.append((lo, hi, row["Allocated to"]))
    return tuple(rows)


def call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    """In an ITU series allocated to the flag (any State when iso3 is None)."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    owners = _allocations(iso3) if iso3 else None
    third = call_sign[2]
    for lo, hi, who in _series():
        if lo[:2] != call_sign[:2] or (owners is not None and who not in owners):
            continue
        if third.isdigit() and lo[2] == "A" and hi[2] == "Z":
            return True
        if _ORDER.index(lo[2]) <= _ORDER.index(third) <= _ORDER.index(hi[2]):
            return True
    return False


def mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in mid_table()


@dataclass(frozen=True)
class Ident:
    """A vessel as documents of set P print it: identifiers only when well formed."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # alpha-3
    gt: str
    loa: str
    year: str
    owner: str
    port: str
    province: str
    port_state: str | None  # alpha-3 of the port's State, when known
    gear: str
    former_name: str | None


def flag_of(vessel: Vessel) -> str | None:
    """The listed flag, else the State of the MMSI's MID."""
    if vessel.flag and re.fullmatch(r"[A-Z]{3}", vessel.flag):
        return vessel.flag
    return mid_table()[vessel.mmsi[:3]] if vessel.mmsi and mmsi_ok(vessel.mmsi) else None


def ident(vessel: Vessel, rng: random.Random) -> Ident:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = flag_of(vessel)
    ircs = vessel.ircs if vessel.ircs and call_sign_ok(vessel.ircs, flag) else None
    gear = vessel.gear if vessel.gear in vocab.GEARS else rng.choice(sorted(vocab.GEARS))
    port_state = flag
    if vessel.port:
        port, _, province = (part.strip() for part in vessel.port.partition(","))
    elif flag in vocab.PORTS:
        port, province = rng.choice(vocab.PORTS[flag])
    else:
        port, province = rng.choice(vocab.DEFAULT_PORTS)
        port_state = None
    return Ident(
        name=vessel.name,
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gt=vessel.gross_tonnage or str(rng.randint(180, 2400)),
        loa=vessel.length_m or f"{rng.uniform(28, 92):.2f}",
        year=vessel.build_year or str(rng.randint(1986, 2021)),
        owner=vessel.owner or rng.choice(vocab.COMPANIES)[0],
        port=port,
        province=province,
        port_state=port_state,
        gear=gear,
        former_name=vessel.former_name,
    )


def pick(vessels: Sequence[Vessel], rng: random.Random, need: str = "") -> Ident:
    """A vessel with the identifiers named in `need` well formed, if one turns up soon."""
    wanted = need.split()
    found = ident(rng.choice(vessels), rng)
    for _ in range(80):
        if all(getattr(found, field) for field in wanted):
            break
        found = ident(rng.choice(vessels), rng)
    return found


def pick_many(
    vessels: Sequence[Vessel], rng: random.Random, count: int, need: str = ""
) -> list[Ident]:
    chosen: list[Ident] = []
    for _ in range(count * 6):
        found = pick(vessels, rng, need)
        if found.name not in {c.name for c in chosen}:
            chosen.append(found)
        if len(chosen) == count:
            break
    return chosen


@overload
def country(iso3: str, lang: str = "en") -> str: ...
@overload
def country(iso3: None, lang: str = "en") -> None: ...
@overload
def country(iso3: str | None, lang: str = "en") -> str | None: ...
def country(iso3: str | None, lang: str = "en") -> str | None:
    """The State's name in `lang` ("adj" for the English adjective); its code if unlisted."""
    if iso3 is None:
        return None
    names = vocab.COUNTRIES.get(iso3)
    return names[("en", "es", "fr", "adj").index(lang)] if names else iso3


def former_name(found: Ident, rng: random.Random) -> str:
    if found.former_name:
        return found.former_name
    return rng.choice([n for n in vocab.FORMER_NAMES if n != found.name])


def former_flag(found: Ident, rng: random.Random) -> tuple[str, str, str]:
    """(alpha-3, call sign, MMSI) under a flag the vessel has left, all well formed."""
    iso3, mid, prefixes = rng.choice([f for f in vocab.FORMER_FLAGS if f[0] != found.flag])
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    tail = rng.choice(letters) + "".join(
        rng.choice(letters + "0123456789") for _ in range(rng.randint(1, 3))
    )
    return iso3, rng.choice(prefixes) + tail, f"{mid}{rng.randint(0, 999_999):06d}"


def reg_no(found: Ident, rng: random.Random) -> str:
    year, n = found.year, rng.randint(1000, 99999)
    match found.flag:
        case "CHN":
            prov = rng.choice(("MIN", "ZHE", "LU", "LIAO"))
            return f"({prov}){year}FT-{rng.randint(100000, 109999)}"
        case "TWN":
            return f"CT{rng.choice('4567')}-{n % 10000:04d}"
        case "JPN":
            return f"{rng.choice(('SO', 'MG', 'KN', 'HK'))}1-{n % 1000:03d}"
        case "ESP":
            return f"3ª-VI-{rng.randint(1, 9)}-{n % 10000:04d}"
        case "KOR":
            return f"{rng.randint(9000, 9599)}{year[2:]}-{rng.randint(6200000, 6299999)}"
        case _:
            return f"{(found.flag or 'XX')[:2]}-{n}-{year[2:]}"


def eu_cfr(found: Ident, rng: random.Random) -> str | None:
    if found.flag not in {"ESP", "FRA", "PRT"}:
        return None
    return f"{found.flag}{rng.randint(1, 30000):09d}"


def some_date(rng: random.Random, start: int = 2019, end: int = 2025) -> date:
    first = date(start, 1, 1)
    return first + timedelta(days=rng.randint(0, (date(end, 12, 31) - first).days))


def fmt_date(day: date, style: str) -> str:
    months = vocab.MONTHS
    return {
        "iso": day.isoformat(),
        "dmy": f"{day:%d/%m/%Y}",
        "dot": f"{day:%d.%m.%Y}",
        "en": f"{day.day} {months['en'][day.month - 1]} {day.year}",
        "us": f"{months['en'][day.month - 1]} {day.day}, {day.year}",
        "es": f"{day.day} de {months['es'][day.month - 1]} de {day.year}",
        "fr": f"{day.day} {months['fr'][day.month - 1]} {day.year}",
        "abbr": f"{day.day:02d}-{months['en'][day.month - 1][:3].upper()}-{day.year}",
        "compact": f"{day:%Y%m%d}",
    }[style]


def thousands(value: str, sep: str = ",") -> str:
    """'1596' -> '1,596' (integers only; decimals kept as written)."""
    whole, dot, frac = value.partition(".")
    grouped = f"{int(whole):,}".replace(",", sep) if whole.isdigit() else whole
    return grouped + dot + frac


def spaced(rng: random.Random, low: int = 1, high: int = 3) -> str:
    return " " * rng.randint(low, high)
