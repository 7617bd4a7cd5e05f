"""Well-formedness of identifiers, read straight from the reference code lists (CSV)."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from oceanid_dev.demo.vessels import imo_check_ok

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mids() -> dict[str, tuple[tuple[str, str], ...]]:
    """MID -> ((iso3, ITU name), ...)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append((row["iso3"], row["name"]))
    return {mid: tuple(found) for mid, found in table.items()}


@cache
def series() -> tuple[tuple[str, str, str], ...]:
    """(first, last, allocated to) for every ITU Appendix 42 call-sign series."""
    found = []
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        found.append((first, last, row["Allocated to"]))
    return tuple(found)


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


def imo_ok(imo: str | None) -> bool:
    return imo is not None and imo_check_ok(imo)


def mmsi_ok(mmsi: str | None) -> bool:
    return mmsi is not None and re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in mids()


def flag_of_mmsi(mmsi: str | None) -> str | None:
    if not mmsi_ok(mmsi) or mmsi is None:
        return None
    allocations = mids()[mmsi[:3]]
    return allocations[0][0] if len(allocations) == 1 else None


def _itu_names(iso3: str) -> set[str]:
    return {name for found in mids().values() for code, name in found if code == iso3}


def call_sign_series_of(call_sign: str) -> set[str]:
    """The ITU allocations whose series hold the call sign's first three characters."""
    head = call_sign[:3]
    return {owner for first, last, owner in series() if len(head) == 3 and first <= head <= last}


def call_sign_ok(call_sign: str | None, flag: str | None = None) -> bool:
    """2-7 characters in an ITU series; of the flag's allocation when a flag is given."""
    if call_sign is None or not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    owners = call_sign_series_of(call_sign)
    if flag is None:
        return bool(owners)
    names = _itu_names(flag)
    # Taiwan, Hong Kong and Macao use series allocated to "China (People's Republic of)".
    return any(n == o or n.startswith(o + " - ") for n in names for o in owners)
