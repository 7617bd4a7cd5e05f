"""Well-formedness checks for identifiers, read straight from the reference code lists (CSV).

Written for this set from the CSV files alone, so that the gold data does not inherit the
extractor's own parsing."""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _rows(filename: str) -> list[dict[str, str]]:
    ref = resources.files("oceanid_assets.reference").joinpath(filename)
    return list(csv.DictReader(ref.read_text(encoding="utf-8").splitlines()))


@cache
def _mids() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append(row["iso3"])
    return {mid: tuple(iso3s) for mid, iso3s in table.items()}


@cache
def _holders() -> dict[str, frozenset[str]]:
    """ISO alpha-3 -> the ITU allocation names that cover it (a territory uses its State's)."""
    table: dict[str, set[str]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["iso3"], set()).update({row["name"], row["name"].split(" - ")[0]})
    return {iso3: frozenset(names) for iso3, names in table.items()}


@cache
def _series() -> tuple[tuple[str, str, str], ...]:
    found = []
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        found.append((first, last, row["Allocated to"]))
    return tuple(found)


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


def imo_ok(imo: str | None) -> bool:
    if imo is None or not re.fullmatch(r"[1-9]\d{6}", imo):
        return False
    total = sum(int(d) * w for d, w in zip(imo[:6], (7, 6, 5, 4, 3, 2), strict=True))
    return total % 10 == int(imo[6])


def mmsi_ok(mmsi: str | None) -> bool:
    return mmsi is not None and re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in _mids()


def mid_flag(mmsi: str | None) -> str | None:
    """The flag an MMSI's MID belongs to, when the MID names exactly one."""
    if not mmsi_ok(mmsi):
        return None
    assert mmsi is not None
    iso3s = _mids()[mmsi[:3]]
    return iso3s[0] if len(set(iso3s)) == 1 else None


def call_sign_holders(call_sign: str) -> set[str]:
    """ITU allocation names whose series holds this call sign (empty if none)."""
    if not re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{3,7}", call_sign):
        return set()
    third = call_sign[2]
    holders = set()
    for first, last, holder in _series():
        if first[:2] != call_sign[:2]:
            continue
        lo, hi = _ORDER.index(first[2]), _ORDER.index(last[2])
        whole_prefix = first[2] == "A" and last[2] == "Z"  # the State holds the two-char prefix
        if lo <= _ORDER.index(third) <= hi or (third.isdigit() and whole_prefix):
            holders.add(holder)
    return holders


def ircs_ok(call_sign: str | None, flag: str | None) -> bool:
    """A call sign in an ITU series allocated to the flag State."""
    if call_sign is None or flag is None:
        return False
    return bool(call_sign_holders(call_sign) & _holders().get(flag, frozenset()))
