"""Identifier checks against the reference code lists, and one vessel's printable identity.

Only `oceanid_assets/reference/*.csv` (ITU call-sign series, MMSI MIDs) is read here; the
checks are written for this set and do not come from the extractor.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import oceanid_assets
from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V

REFERENCE = Path(oceanid_assets.__file__).resolve().parent / "reference"
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _read(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mid_table() -> dict[str, tuple[str, str]]:
    """MID -> (ISO 3166 alpha-3, ITU name of the administration)."""
    return {row["mid"]: (row["iso3"], row["name"]) for row in _read("mmsi_mids.csv")}


@cache
def itu_series() -> tuple[tuple[str, str, str], ...]:
    """(first, last, holder) per ITU series, e.g. ("BZA", "BZZ", "China (People's ...)")."""
    rows = _read("itu_call_sign_series.csv")
    return tuple(
        (first.strip(), last.strip(), row["Allocated to"])
        for row in rows
        for first, last in [row["Series"].split(" - ")]
    )


@cache
def itu_holders(iso3: str) -> frozenset[str]:
    """The ITU holders whose series a flag's call signs use (a territory uses its parent's)."""
    names = {name for code, name in mid_table().values() if code == iso3}
    holders = {h for _, _, h in itu_series()}
    found = {h for n in names for h in holders if n == h or n.startswith(h + " - ")}
    found |= {n.split(" - ")[0] for n in names if n.split(" - ")[0] in holders}
    return frozenset(found)


def series_holder(call_sign: str) -> str | None:
    """The holder of the ITU series a call sign falls in, if any."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return None
    for first, last, holder in itu_series():
        if call_sign[:2] == first[:2] and (
            (first[2], last[2]) == ("A", "Z") or first[2] <= call_sign[2] <= last[2]
        ):
            return holder
    return None


def imo_ok(imo: str | None) -> bool:
    if imo is None or not re.fullmatch(r"[1-9]\d{6}", imo):
        return False
    total = sum(int(d) * w for d, w in zip(imo[:6], (7, 6, 5, 4, 3, 2), strict=True))
    return total % 10 == int(imo[6])


def mmsi_ok(mmsi: str | None) -> bool:
    return mmsi is not None and re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in mid_table()


def ircs_ok(call_sign: str | None, flag: str | None) -> bool:
    if call_sign is None or flag is None:
        return False
    return series_holder(call_sign) in itu_holders(flag)


def new_call_sign(rng: random.Random, flag: str) -> str | None:
    """A made-up call sign in one of the flag's ITU series (for former identities)."""
    rows = [(f, la) for f, la, h in itu_series() if h in itu_holders(flag)]
    if not rows:
        return None
    first, last = rng.choice(rows)
    third = rng.choice([c for c in _ALNUM[:26] if first[2] <= c <= last[2]])
    tail = "".join(rng.choice(_ALNUM) for _ in range(rng.randint(1, 3)))
    return first[:2] + third + tail


def new_mmsi(rng: random.Random, flag: str) -> str | None:
    mids = sorted(mid for mid, (code, _) in mid_table().items() if code == flag)
    return f"{rng.choice(mids)}{rng.randint(0, 999_999):06d}" if mids else None


@dataclass(frozen=True)
class Identity:
    """What a document prints about a vessel; identifiers are None unless well formed."""

    name: str
    flag: str | None  # ISO alpha-3
    imo: str | None
    mmsi: str | None
    ircs: str | None
    gross_tonnage: str
    length_m: str
    build_year: str
    owner: str
    port: str
    gear: str
    former_name: str | None

    def has_id(self) -> bool:
        return bool(self.imo or self.mmsi or self.ircs)


def identity(vessel: Vessel, rng: random.Random) -> Identity:
    """The vessel as printed: list values where present, invented particulars where missing."""
    mmsi = vessel.mmsi if mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mid_table()[mmsi[:3]][0] if mmsi else None)
    region = flag if flag in V.OWNER_BY_FLAG else "ANY"
    return Identity(
        name=vessel.name,
        flag=flag,
        imo=vessel.imo if imo_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=vessel.ircs if ircs_ok(vessel.ircs, flag) else None,
        gross_tonnage=vessel.gross_tonnage or str(rng.randint(95, 2400)),
        length_m=vessel.length_m or f"{rng.uniform(24, 78):.2f}",
        build_year=vessel.build_year or str(rng.randint(1986, 2022)),
        owner=vessel.owner or rng.choice(V.OWNER_BY_FLAG[region]),
        port=vessel.port or rng.choice(V.PORT_BY_FLAG.get(region, V.PORT_BY_FLAG["ANY"])),
        gear=vessel.gear or rng.choice(V.GEARS),
        former_name=vessel.former_name,
    )


def pick(vessels: list[Vessel], rng: random.Random, count: int = 1) -> list[Identity]:
    """`count` distinct vessels, preferring those with at least one well-formed identifier."""
    ids = [identity(v, random.Random(f"{v.name}:{v.mmsi}:{v.imo}")) for v in vessels]
    good = [i for i in ids if i.has_id()] or ids
    chosen = rng.sample(good, min(count, len(good)))
    while len(chosen) < count:  # a tiny fleet: repeat vessels rather than fail
        chosen.append(rng.choice(ids))
    return chosen
