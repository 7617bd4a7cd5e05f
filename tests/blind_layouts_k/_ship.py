"""A vessel as the documents print it: identifiers kept only when well formed, gaps in the
particulars filled with plausible values, and a few rng-chosen details (owner address, history)."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import oceanid_assets
from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab as V
from ._page import Part

_REFERENCE = Path(oceanid_assets.__file__).parent / "reference"
_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@cache
def mid_flags() -> dict[str, str]:
    """MMSI MID -> ISO alpha-3 (from the reference code list)."""
    with (_REFERENCE / "mmsi_mids.csv").open(encoding="utf-8") as handle:
        return {row["mid"]: row["iso3"] for row in csv.DictReader(handle)}


@cache
def _itu_names() -> dict[str, set[str]]:
    """ISO alpha-3 -> the ITU allocation names that cover it (a territory also takes its
    State's series: Taiwan's B-series call signs sit in China's allocation)."""
    names: dict[str, set[str]] = {}
    with (_REFERENCE / "mmsi_mids.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names.setdefault(row["iso3"], set()).update({row["name"], row["name"].split(" - ")[0]})
    return names


@cache
def _series() -> tuple[tuple[str, str, str], ...]:
    with (_REFERENCE / "itu_call_sign_series.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        (first.strip(), last.strip(), row["Allocated to"])
        for row in rows
        for first, _, last in [row["Series"].partition("-")]
    )


def call_sign_ok(call_sign: str, flag: str | None) -> bool:
    """In an ITU series of the flag: a whole two-character prefix (e.g. 'BZA - BZZ') takes any
    third character; a partial series (e.g. '3DN - 3DZ') needs a third letter in its range."""
    if flag is None or not 3 <= len(call_sign) <= 7 or not call_sign.isalnum():
        return False
    names = _itu_names().get(flag, set())
    for first, last, owner in _series():
        if owner not in names or first[:2] != call_sign[:2]:
            continue
        if (first[2], last[2]) == ("A", "Z"):
            return True
        if call_sign[2].isalpha() and first[2] <= call_sign[2] <= last[2]:
            return True
    return False


def mmsi_ok(mmsi: str) -> bool:
    return len(mmsi) == 9 and mmsi.isdigit() and mmsi[:3] in mid_flags()


@dataclass(frozen=True)
class Ship:
    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3
    gt: str
    loa: str
    year: str
    owner: str
    home_port: str
    port_region: str | None
    gear: str
    former_name: str | None

    def flag_text(self, rng: random.Random, lang: str = "en") -> str:
        """The flag as a name in the page's language, or now and then as an ISO code."""
        if self.flag is None:
            return ""
        info = V.FLAGS.get(self.flag)
        if info is None or rng.random() < 0.12:
            return self.flag if info is None or rng.random() < 0.5 else info.iso2
        return str(getattr(info, lang))


def ship_of(vessel: Vessel, rng: random.Random) -> Ship:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mid_flags().get(mmsi[:3]) if mmsi else None)
    ircs = vessel.ircs if vessel.ircs and call_sign_ok(vessel.ircs, flag) else None
    city, _, region = (vessel.port or "").partition(",")
    if not city.strip():
        city = rng.choice(V.HOME_PORTS.get(flag or "", ("PANAMA", "PORT VILA", "MAJURO")))
    gt = vessel.gross_tonnage or str(rng.randint(180, 1400))
    return Ship(
        name=vessel.name,
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gt=gt,
        loa=vessel.length_m or f"{rng.uniform(32, 78):.2f}".rstrip("0").rstrip("."),
        year=vessel.build_year or str(rng.randint(1989, 2022)),
        owner=vessel.owner or company(rng),
        home_port=city.strip(),
        port_region=region.strip() or None,
        gear=vessel.gear if vessel.gear in V.GEARS else V.GEAR_DEFAULT,
        former_name=vessel.former_name,
    )


def ident(value: str | None, label: str, placeholder: str) -> Part:
    """A well-formed identifier as a gold span, else the document's placeholder."""
    return (value, label) if value else placeholder


def flag_part(ship: Ship, rng: random.Random, lang: str = "en", placeholder: str = "—") -> Part:
    text = ship.flag_text(rng, lang)
    return (text, "FLAG") if text else placeholder


def company(rng: random.Random) -> str:
    return rng.choice(V.COMPANY_FORMS).format(w=rng.choice(V.COMPANY_WORDS))


def address(ship: Ship, rng: random.Random) -> V.Address:
    return rng.choice(V.ADDRESSES.get(ship.flag or "", V.ADDRESSES[""]))


def net_tonnage(gt: str) -> str:
    return str(max(1, round(int(gt) * 0.3))) if gt.isdigit() else "—"


def engine_kw(gt: str, rng: random.Random) -> str:
    base = int(gt) if gt.isdigit() else 600
    return str(min(9000, max(300, int(round(base * rng.uniform(0.9, 1.6), -1)))))


def breadth(loa: str, rng: random.Random) -> str:
    try:
        return f"{float(loa) / rng.uniform(5.2, 6.4):.2f}"
    except ValueError:
        return "9.80"


def former_flag(ship: Ship, rng: random.Random) -> str:
    return rng.choice([f for f in V.FORMER_FLAGS if f != ship.flag])


def former_call_sign(flag: str, rng: random.Random) -> str:
    prefix = rng.choice(V.FORMER_FLAGS[flag][1])
    tail = rng.choice(["LL", "LLD", "LDDD", "DDDD", "LLL"])
    return prefix + "".join(
        rng.choice(_ORDER[10:] if kind == "L" else _ORDER[:10]) for kind in tail
    )


def former_mmsi(flag: str, rng: random.Random) -> str:
    return V.FORMER_FLAGS[flag][0] + f"{rng.randint(0, 999_999):06d}"


def former_names(ship: Ship, rng: random.Random, count: int) -> list[str]:
    """The vessel's recorded former name first, then made-up earlier names."""
    names = [ship.former_name] if ship.former_name else []
    pool = [
        "ATLANTIC WIND",
        "ORIENT STAR",
        "SEA BREEZE",
        "NORTHERN WAVE",
        "KUNLUN",
        "TAISHAN",
        "YONGDING",
        "SONGHUA",
        "CAPE FLOWER",
        "SUNRISE",
        "ROYAL",
        "AMAZON",
        "PERLON",
    ]
    while len(names) < count:
        candidate = rng.choice(pool) + ("" if rng.random() < 0.6 else f" {rng.randint(1, 9)}")
        if candidate not in names and candidate != ship.name:
            names.append(candidate)
    return names[:count]
