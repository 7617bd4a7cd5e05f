"""Reference code lists (see SOURCES.md), parsed once per process on first use."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Mid:
    mid: str
    iso2: str
    iso3: str
    name: str


def _rows(filename: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def mmsi_mids() -> dict[str, tuple[Mid, ...]]:
    """MID -> allocations; a tuple because one MID (306) is shared by three territories."""
    table: dict[str, list[Mid]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append(
            Mid(row["mid"], row["iso2"], row["iso3"], row["name"])
        )
    return {mid: tuple(found) for mid, found in table.items()}


@cache
def call_sign_series() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Two-character prefix -> (first third char, last third char, allocated to).

    Appendix 42 series are three-character ranges such as "7JA - 7NZ" or "3DA - 3DM"; keying
    by the first two characters makes a lookup one dict access plus a short scan."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        for prefix in _prefixes(first[:2], last[:2]):
            lo = first[2] if prefix == first[:2] else "A"
            hi = last[2] if prefix == last[:2] else "Z"
            table.setdefault(prefix, []).append((lo, hi, row["Allocated to"]))
    return {prefix: tuple(found) for prefix, found in table.items()}


_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _prefixes(first: str, last: str) -> list[str]:
    if first == last:
        return [first]
    if first[0] != last[0]:
        return [first, last]  # never seen in Appendix 42; keep the ends rather than guess
    lo, hi = _ORDER.index(first[1]), _ORDER.index(last[1])
    return [first[0] + ch for ch in _ORDER[lo : hi + 1]]


@cache
def fao_areas() -> dict[str, str]:
    return {row["code"]: row["label_en"] for row in _rows("fao_areas.csv")}


@cache
def asfis_species_names() -> set[str]:
    """Every species name the lists hold: English, and Spanish and French for the curated
    high-seas species (registries in those languages print them)."""
    names = set(asfis_species().values())
    for row in _rows("asfis_species_es_fr.csv"):
        names.update(name for name in (row["name_es"], row["name_fr"]) if name)
    return names


def asfis_species() -> dict[str, str]:
    """3-alpha code -> English name, from the 300-row ASFIS head plus the curated list."""
    table: dict[str, str] = {}
    for filename in ("asfis_species.head300.csv", "asfis_species_curated.csv"):
        for row in _rows(filename):
            if row["name_en"]:
                table[row["code"]] = row["name_en"]
    return table


@cache
def demonyms() -> dict[str, str]:
    """Written nationality adjective ("panameña", "taïwanais", "Chinese") -> ISO 3166-1 alpha-3,
    for registries that name the flag State by adjective rather than by country name."""
    return {row["demonym"]: row["iso3"] for row in _rows("demonyms.csv")}
