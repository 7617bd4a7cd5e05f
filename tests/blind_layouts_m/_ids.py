"""Identifier checks from the reference code lists (read here, independently of the extractor)
and the printable profile of a vessel: identifiers that fail their check are dropped, so a
layout prints its placeholder instead."""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from oceanid_dev.demo.vessels import Vessel

# ITU Appendix 42 has no allocation for Taiwan; its stations use series allocated to China.
_ITU_EXTRA = {"TWN": ("China (People's Republic of)",)}


def _rows(filename: str) -> list[dict[str, str]]:
    text = resources.files("oceanid_assets.reference").joinpath(filename).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def mid_flags() -> dict[str, frozenset[str]]:
    """MID -> the ISO alpha-3 codes it is allocated to."""
    table: dict[str, set[str]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], set()).add(row["iso3"])
    return {mid: frozenset(codes) for mid, codes in table.items()}


@cache
def iso2(iso3: str | None) -> str:
    """The two-letter code of a flag (from the MID list), "XX" when unknown."""
    codes = {row["iso3"]: row["iso2"] for row in _rows("mmsi_mids.csv")}
    return codes.get(iso3 or "", "XX")


@cache
def _itu_series() -> tuple[tuple[str, str, str], ...]:
    series = []
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        series.append((first, last, row["Allocated to"].strip()))
    return tuple(series)


@cache
def _itu_names(iso3: str) -> frozenset[str]:
    names = {row["name"] for row in _rows("mmsi_mids.csv") if row["iso3"] == iso3}
    return frozenset(names | set(_ITU_EXTRA.get(iso3, ())))


def imo_ok(imo: str | None) -> bool:
    if imo is None or not re.fullmatch(r"[1-9]\d{6}", imo):
        return False
    total = sum(int(d) * w for d, w in zip(imo[:6], (7, 6, 5, 4, 3, 2), strict=True))
    return total % 10 == int(imo[6])


def mmsi_ok(mmsi: str | None) -> bool:
    return mmsi is not None and re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in mid_flags()


def ircs_ok(ircs: str | None, flag: str | None) -> bool:
    """A call sign that falls in an ITU series of the flag State."""
    if ircs is None or flag is None or not re.fullmatch(r"[A-Z0-9]{3,7}", ircs):
        return False
    names = _itu_names(flag)
    return any(
        owner in names and _in_series(ircs, first, last) for first, last, owner in _itu_series()
    )


def _in_series(ircs: str, first: str, last: str) -> bool:
    # A series over a whole two-character prefix ("BJA - BJZ") allocates that prefix, so any
    # third character follows ("BJ6897"); a part series ("3DA - 3DM") bounds the third letter.
    if first[:2] == last[:2] and first[2] == "A" and last[2] == "Z":
        return ircs[:2] == first[:2]
    return first <= ircs[:3] <= last


def flag_from_mmsi(mmsi: str | None) -> str | None:
    if not mmsi_ok(mmsi):
        return None
    assert mmsi is not None
    codes = mid_flags()[mmsi[:3]]
    return next(iter(codes)) if len(codes) == 1 else None


def new_call_sign(flag: str, rng: random.Random) -> str:
    """A call sign in one of the flag State's ITU series (for a vessel newly registered)."""
    names = _itu_names(flag)
    series = [(first, last) for first, last, owner in _itu_series() if owner in names]
    first, last = rng.choice(series)
    third = rng.choice([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if first[2] <= c <= last[2]])
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(0, 1)))
    return first[:2] + third + tail + str(rng.randint(2, 9))


def new_mmsi(flag: str, rng: random.Random) -> str:
    mids = sorted(mid for mid, codes in mid_flags().items() if codes == frozenset({flag}))
    return rng.choice(mids) + f"{rng.randint(0, 99_999):05d}" + "0"


@dataclass(frozen=True)
class Profile:
    """What a document may print about a vessel: well-formed identifiers only."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3, from the list or else from the MMSI's MID
    gross_tonnage: str | None
    length_m: str | None
    build_year: str | None
    owner: str | None
    port: str | None  # the port part of the port of registry, title case
    gear: str | None
    former_name: str | None


def profile(vessel: Vessel) -> Profile:
    mmsi = vessel.mmsi if mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or flag_from_mmsi(mmsi)
    port = vessel.port.split(",")[0].strip().title() if vessel.port else None
    return Profile(
        name=vessel.name.strip(),
        imo=vessel.imo if imo_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=vessel.ircs if ircs_ok(vessel.ircs, flag) else None,
        flag=flag,
        gross_tonnage=vessel.gross_tonnage,
        length_m=vessel.length_m,
        build_year=vessel.build_year,
        owner=vessel.owner.strip() if vessel.owner else None,
        port=port or None,
        gear=vessel.gear,
        former_name=vessel.former_name,
    )


def pick(vessels: list[Vessel], rng: random.Random) -> Profile:
    """One named vessel, preferring (three times in four) one with a well-formed IMO or MMSI."""
    named = [vessel for vessel in vessels if vessel.name.strip()]
    if not named:
        raise ValueError("the vessel list has no named vessel")
    vessels = named
    choice = rng.choice(vessels)
    if rng.random() < 0.75:
        for _ in range(6):
            if imo_ok(choice.imo) or mmsi_ok(choice.mmsi):
                break
            choice = rng.choice(vessels)
    return profile(choice)
