"""Identifier checks and makers from the reference code lists, and a vessel's printable view.

Identifiers from the vessel list are printed only when well formed (IMO check digit, MMSI with
a known MID, call sign in an ITU series of the flag); otherwise layouts print a placeholder.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _rows(filename: str) -> list[dict[str, str]]:
    text = resources.files("oceanid_assets.reference").joinpath(filename).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def mids() -> dict[str, str]:
    """MID -> ISO 3166 alpha-3 (the last row wins for the shared MID 306)."""
    return {row["mid"]: row["iso3"] for row in _rows("mmsi_mids.csv")}


@cache
def _itu_series() -> tuple[tuple[str, str, str], ...]:
    series = []
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        series.append((first, last, row["Allocated to"].strip()))
    return tuple(series)


@cache
def series_of(iso3: str) -> tuple[tuple[str, str], ...]:
    """ITU series of a flag, matched through the MID table's names ("China (People's Republic
    of) - Taiwan ..." falls under the series allocated to China)."""
    names = {row["name"] for row in _rows("mmsi_mids.csv") if row["iso3"] == iso3}
    return tuple(
        (first, last)
        for first, last, owner in _itu_series()
        if any(name == owner or name.startswith(owner + " - ") for name in names)
    )


def _key(text: str) -> tuple[int, ...]:
    return tuple(_ORDER.index(c) for c in text)


def _whole_prefix(first: str, last: str, prefix: str) -> bool:
    return _key(first) <= _key(prefix + "A") and _key(prefix + "Z") <= _key(last)


def call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    """In a series of the flag: a whole two-character block ("BJA - BJZ" allocates BJ4678),
    or a third character inside a partial block ("3DA - 3DM")."""
    if iso3 is None or not re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{3,7}", call_sign):
        return False
    return any(
        _whole_prefix(first, last, call_sign[:2])
        or _key(first) <= _key(call_sign[:3]) <= _key(last)
        for first, last in series_of(iso3)
    )


def mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in mids()


def make_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return body + str(check)


def make_mmsi(iso3: str, rng: random.Random) -> str:
    options = sorted(mid for mid, flag in mids().items() if flag == iso3) or ["412"]
    return rng.choice(options) + f"{rng.randint(0, 999_999):06d}"


def make_call_sign(iso3: str, rng: random.Random) -> str:
    blocks = [
        first[:2]
        for first, last in series_of(iso3)
        if first[:2] == last[:2] and _whole_prefix(first, last, first[:2])
    ]
    if not blocks:
        first, last = rng.choice(series_of(iso3))
        return first[:2] + last[2] + f"{rng.randint(0, 999):03d}"
    prefix = rng.choice(blocks)
    shape = rng.choice(("LL", "LLD", "DDDD", "LLLD"))
    tail = "".join(rng.choice(_LETTERS if c == "L" else "0123456789") for c in shape)
    return prefix + tail


@dataclass(frozen=True)
class Ident:
    """What a document may print of a vessel; None means 'print the placeholder'."""

    name: str
    flag: str | None  # ISO 3166-1 alpha-3, from the list or else the MMSI's MID
    imo: str | None
    mmsi: str | None
    ircs: str | None
    port: str | None
    owner: str | None
    former_name: str | None
    gross_tonnage: str | None
    length_m: str | None
    build_year: str | None


def ident(vessel: Vessel) -> Ident:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mids().get(mmsi[:3]) if mmsi else None)
    ircs = vessel.ircs if vessel.ircs and call_sign_ok(vessel.ircs, flag) else None
    return Ident(
        name=vessel.name,
        flag=flag,
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=ircs,
        port=vessel.port,
        owner=vessel.owner,
        former_name=vessel.former_name,
        gross_tonnage=vessel.gross_tonnage,
        length_m=vessel.length_m,
        build_year=vessel.build_year,
    )


def pick(vessels: list[Vessel], rng: random.Random, count: int = 1) -> list[Ident]:
    """`count` distinct vessels, preferring ones with a flag and at least one identifier."""
    chosen: list[Ident] = []
    names: set[str] = set()
    for attempt in range(count * 40):
        found = ident(rng.choice(vessels))
        rich = found.flag is not None and bool(found.imo or found.ircs or found.mmsi)
        if found.name in names and attempt < count * 39:
            continue
        if rich or attempt >= count * 30:
            chosen.append(found)
            names.add(found.name)
        if len(chosen) == count:
            break
    while len(chosen) < count:
        chosen.append(ident(rng.choice(vessels)))
    return chosen
