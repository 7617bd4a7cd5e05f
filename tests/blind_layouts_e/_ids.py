"""Identifier checks on the reference code lists, and a vessel's printable identity.

The checks parse `oceanid_assets/reference/*.csv` directly (not the extractor's helpers), so
the gold data and the tests do not share the extractor's reading of those lists."""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from oceanid_dev.demo.vessels import Vessel


def _csv(name: str) -> list[dict[str, str]]:
    text = resources.files("oceanid_assets.reference").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def _mids() -> dict[str, tuple[tuple[str, str], ...]]:
    """MID -> ((iso3, ITU name), ...)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _csv("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append((row["iso3"], row["name"]))
    return {mid: tuple(rows) for mid, rows in table.items()}


@cache
def _series() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Two-character prefix -> (first third char, last third char, allocated to)."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for row in _csv("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        if first[:2] != last[:2]:
            raise ValueError(f"unexpected series {row['Series']}")
        table.setdefault(first[:2], []).append((first[2], last[2], row["Allocated to"]))
    return {prefix: tuple(rows) for prefix, rows in table.items()}


@cache
def _itu_names(iso3: str) -> frozenset[str]:
    """The Appendix 42 allocations of a flag: its MID names, or the State a territory is
    listed under (Taiwan, Province of China -> China)."""
    allocated = {name for rows in _series().values() for _, _, name in rows}
    mid_names = {name for rows in _mids().values() for code, name in rows if code == iso3}
    return frozenset(
        itu for itu in allocated for mid in mid_names if mid == itu or mid.startswith(itu + " ")
    )


def imo_ok(imo: str | None) -> bool:
    if imo is None or len(imo) != 7 or not imo.isdigit() or imo[0] == "0":
        return False
    total = sum(int(d) * w for d, w in zip(imo[:6], (7, 6, 5, 4, 3, 2), strict=True))
    return total % 10 == int(imo[6])


def mmsi_ok(mmsi: str | None) -> bool:
    return mmsi is not None and len(mmsi) == 9 and mmsi.isdigit() and mmsi[:3] in _mids()


def mid_flag(mmsi: str | None) -> str | None:
    """The flag an MMSI's MID stands for, when the MID has a single allocation."""
    rows = _mids().get(mmsi[:3], ()) if mmsi_ok(mmsi) and mmsi else ()
    return rows[0][0] if len(rows) == 1 else None


def ircs_ok(ircs: str | None, flag: str | None) -> bool:
    """2-7 characters in an ITU series of the flag; a digit third character falls in a series
    that covers the whole two-character prefix (BQ5AB in BQA-BQZ)."""
    if ircs is None or flag is None or not 2 <= len(ircs) <= 7 or not ircs.isalnum():
        return False
    if ircs != ircs.upper():
        return False
    names = _itu_names(flag)
    third = ircs[2] if len(ircs) > 2 else "A"
    for low, high, name in _series().get(ircs[:2], ()):
        whole = (low, high) == ("A", "Z")
        if name in names and (low <= third <= high or (third.isdigit() and whole)):
            return True
    return False


@dataclass(frozen=True)
class Ident:
    """What a document may print about a vessel: identifiers only when well formed."""

    name: str
    flag: str | None  # ISO alpha-3
    imo: str | None
    mmsi: str | None
    ircs: str | None
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    port: str | None
    gear: str | None
    former_name: str | None


def identify(vessel: Vessel) -> Ident:
    flag = vessel.flag or mid_flag(vessel.mmsi)
    return Ident(
        name=vessel.name,
        flag=flag,
        imo=vessel.imo if imo_ok(vessel.imo) else None,
        mmsi=vessel.mmsi if mmsi_ok(vessel.mmsi) else None,
        ircs=vessel.ircs if ircs_ok(vessel.ircs, flag) else None,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=vessel.owner,
        port=vessel.port,
        gear=vessel.gear,
        former_name=vessel.former_name,
    )


def pick(vessels: Sequence[Vessel], rng: random.Random, *, want: str = "", gear: str = "") -> Ident:
    """A random vessel; a few redraws favour one with a printable identifier (`want` names an
    Ident field such as "imo") or a given gear."""
    chosen = identify(rng.choice(vessels))
    for _ in range(12):
        if (not want or getattr(chosen, want)) and (not gear or chosen.gear == gear):
            break
        chosen = identify(rng.choice(vessels))
    return chosen


def pick_other(
    vessels: Sequence[Vessel], rng: random.Random, first: Ident, gear: str = ""
) -> Ident:
    """A second vessel, different from the first when the list allows it."""
    other = pick(vessels, rng, gear=gear)
    for _ in range(12):
        if other.name != first.name:
            break
        other = pick(vessels, rng, gear=gear)
    return other


def fleet_sample(vessels: Sequence[Vessel], rng: random.Random, count: int) -> list[Ident]:
    chosen = (
        rng.sample(list(vessels), count)
        if len(vessels) >= count
        else [rng.choice(vessels) for _ in range(count)]
    )
    return [identify(v) for v in chosen]
