"""The code lists in oceanid_assets/reference, read with this package's own code at run time."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from oceanid_dev.demo.vessels import imo_check_ok

_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _rows(filename: str) -> list[dict[str, str]]:
    folder = resources.files("oceanid_assets.reference")
    text = folder.joinpath(filename).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass(frozen=True)
class Series:
    first: str  # e.g. "BAA"
    last: str  # e.g. "BZZ"
    owner: str  # "Allocated to", as the ITU list writes it


@cache
def mids() -> dict[str, tuple[tuple[str, str], ...]]:
    """MID -> ((iso3, name), ...) from mmsi_mids.csv."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append((row["iso3"], row["name"]))
    return {mid: tuple(found) for mid, found in table.items()}


@cache
def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(mid for mid, found in mids().items() if any(i == iso3 for i, _ in found))


@cache
def series() -> tuple[Series, ...]:
    found = []
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = (part.strip() for part in row["Series"].partition("-"))
        found.append(Series(first, last, row["Allocated to"].strip()))
    return tuple(found)


def _key(chars: str) -> tuple[int, ...]:
    return tuple(_ORDER.index(c) for c in chars)


@cache
def itu_owners(call_sign: str) -> frozenset[str]:
    """Who the ITU series holding this call sign is allocated to (empty if none)."""
    cs = call_sign.upper()
    if not re.fullmatch(r"[A-Z0-9]{3,7}", cs):
        return frozenset()
    if cs[2].isalpha():
        key = _key(cs[:3])
        return frozenset(s.owner for s in series() if _key(s.first) <= key <= _key(s.last))
    # Two characters of the series, then digits (Taiwan's BJ4687): the two-character block.
    key2 = _key(cs[:2])
    return frozenset(s.owner for s in series() if _key(s.first[:2]) <= key2 <= _key(s.last[:2]))


@cache
def flag_owners(iso3: str) -> frozenset[str]:
    """ITU owners whose series the flag may use: its own, and a territory's parent's."""
    names = [name for mid in mids_of(iso3) for i, name in mids()[mid] if i == iso3]
    owners = {s.owner for s in series()}
    return frozenset(
        owner
        for owner in owners
        for name in names
        if owner == name
        or name.split(" - ")[0] == owner
        or name.startswith(owner + " - ")
        or name.startswith(owner + " (")
    )


def call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    return bool(iso3) and bool(itu_owners(call_sign) & flag_owners(iso3 or ""))


def mmsi_flag(mmsi: str) -> str | None:
    """The flag (iso3) of an MMSI's MID, if the MID is in the list."""
    found = mids().get(mmsi[:3]) if re.fullmatch(r"\d{9}", mmsi) else None
    return found[0][0] if found else None


def mmsi_ok(mmsi: str) -> bool:
    return mmsi_flag(mmsi) is not None


def imo_ok(imo: str) -> bool:
    return imo_check_ok(imo)


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


@cache
def fao_label(code: str) -> str:
    return {row["code"]: row["label_en"] for row in _rows("fao_areas.csv")}.get(code, "")


@cache
def species() -> tuple[tuple[str, str, str, str], ...]:
    """(code, English, Spanish, French) for the curated high-seas species."""
    english = {row["code"]: row["name_en"] for row in _rows("asfis_species_curated.csv")}
    return tuple(
        (row["code"], english[row["code"]], row["name_es"], row["name_fr"])
        for row in _rows("asfis_species_es_fr.csv")
        if row["code"] in english
    )


@cache
def species_names() -> frozenset[str]:
    """Every code and name a SPECIES_NAME span may hold."""
    names = {row["code"] for row in _rows("asfis_species.head300.csv")}
    names |= {row["name_en"] for row in _rows("asfis_species.head300.csv")}
    for entry in species():
        names.update(entry)
    return frozenset(names)
