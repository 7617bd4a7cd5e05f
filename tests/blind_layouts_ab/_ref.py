"""The project's reference code lists, read at run time to check identifiers and codes."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

REF_DIR = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"


def _rows(name: str) -> list[dict[str, str]]:
    with (REF_DIR / name).open(encoding="utf-8-sig", newline="") as handle:
        return [
            {k.strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)
        ]


@lru_cache(maxsize=1)
def mid_table() -> dict[str, tuple[str, ...]]:
    """MID -> the ISO alpha-3 codes it is allocated to."""
    table: dict[str, list[str]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append(row["iso3"])
    return {mid: tuple(codes) for mid, codes in table.items()}


@lru_cache(maxsize=1)
def mid_names() -> dict[str, str]:
    """ISO alpha-3 -> the ITU-style name in the MID list (first row wins)."""
    names: dict[str, str] = {}
    for row in _rows("mmsi_mids.csv"):
        names.setdefault(row["iso3"], row["name"])
    return names


@lru_cache(maxsize=1)
def iso2_codes() -> frozenset[str]:
    return frozenset(row["iso2"] for row in _rows("mmsi_mids.csv"))


def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(sorted(mid for mid, codes in mid_table().items() if iso3 in codes))


def parent_of(iso3: str) -> str | None:
    """The parent State of a territory ('China (...) - Taiwan (...)' -> CHN), else None."""
    name = mid_names().get(iso3, "")
    if " - " not in name:
        return None
    head = name.split(" - ", 1)[0]
    return next((code for code, other in mid_names().items() if other == head), None)


@lru_cache(maxsize=1)
def itu_series() -> dict[str, tuple[tuple[str, str], ...]]:
    """ISO alpha-3 -> its ITU call-sign series as (first, last) three-character prefixes."""
    by_name = {name: code for code, name in mid_names().items()}
    series: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("itu_call_sign_series.csv"):
        owner = row["Allocated to"]
        code = by_name.get(owner) or next(
            (c for n, c in by_name.items() if n.startswith(owner + " (")), None
        )
        if code is None:
            continue
        first, last = (part.strip() for part in row["Series"].split("-"))
        series.setdefault(code, []).append((first, last))
    return {code: tuple(ranges) for code, ranges in series.items()}


def _covered(prefix: str, ranges: tuple[tuple[str, str], ...]) -> bool:
    return any(first <= prefix <= last for first, last in ranges)


def series_for(iso3: str) -> tuple[tuple[str, str], ...]:
    """The series a vessel of this flag may use: its own plus its parent State's."""
    parent = parent_of(iso3)
    return itu_series().get(iso3, ()) + (itu_series().get(parent, ()) if parent else ())


def callsign_ok(call_sign: str, iso3: str | None) -> bool:
    """True if call_sign is 3-7 characters in an ITU series of the flag (or its parent)."""
    if iso3 is None or not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    ranges = series_for(iso3)
    if _covered(call_sign[:3], ranges):
        return True
    # A two-character prefix followed by a digit: the whole two-character block must be ours.
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return call_sign[2].isdigit() and all(_covered(call_sign[:2] + c, ranges) for c in letters)


def mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in mid_table()


def mmsi_flag(mmsi: str | None) -> str | None:
    if not mmsi or not mmsi_ok(mmsi):
        return None
    return mid_table()[mmsi[:3]][0]


@lru_cache(maxsize=1)
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


@lru_cache(maxsize=1)
def species() -> dict[str, tuple[str, str, str]]:
    """Curated ASFIS code -> (English, Spanish, French) names."""
    english = {row["code"]: row["name_en"] for row in _rows("asfis_species_curated.csv")}
    out: dict[str, tuple[str, str, str]] = {}
    for row in _rows("asfis_species_es_fr.csv"):
        code = row["code"]
        out[code] = (english.get(code, code), row["name_es"], row["name_fr"])
    for code, name in english.items():
        out.setdefault(code, (name, name, name))
    return out


@lru_cache(maxsize=1)
def asfis_codes() -> frozenset[str]:
    head = {row["code"] for row in _rows("asfis_species.head300.csv")}
    return frozenset(head | set(species()))


@lru_cache(maxsize=1)
def species_names() -> frozenset[str]:
    """Every English, Spanish and French name in the reference lists, lower-cased."""
    names = {row["name_en"].lower() for row in _rows("asfis_species.head300.csv")}
    for triple in species().values():
        names.update(n.lower() for n in triple)
    return frozenset(names)
