"""Identifier checks and generators from the public code lists in oceanid_assets/reference.

Only the ITU call-sign series and the MMSI MID table are read; no extractor code is used.
"""

from __future__ import annotations

import csv
import random
from functools import cache
from pathlib import Path

from oceanid_dev.demo.vessels import imo_check_ok

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mid_table() -> tuple[tuple[str, str, str, str], ...]:
    """(mid, iso2, iso3, ITU name) rows in file order."""
    return tuple((r["mid"], r["iso2"], r["iso3"], r["name"]) for r in _rows("mmsi_mids.csv"))


@cache
def call_sign_series() -> tuple[tuple[str, str, str, str], ...]:
    """(two-character prefix, first third character, last third character, allocated to)."""
    series = []
    for row in _rows("itu_call_sign_series.csv"):
        low, high = (part.strip() for part in row["Series"].split("-"))
        series.append((low[:2], low[2], high[2], row["Allocated to"].strip()))
    return tuple(series)


def iso2(iso3: str) -> str | None:
    return next((i2 for _, i2, i3, _ in mid_table() if i3 == iso3), None)


def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(mid for mid, _, i3, _ in mid_table() if i3 == iso3)


def mid_country(mmsi: str) -> str | None:
    """ISO3 of the first MID row matching the MMSI's first three digits."""
    return next((i3 for mid, _, i3, _ in mid_table() if mmsi.startswith(mid)), None)


def _itu_names(iso3: str) -> tuple[str, ...]:
    """The ITU allocation names a flag's call signs may come from (a territory falls back on its
    State: Taiwan's B-series are listed under China)."""
    names = [name for _, _, i3, name in mid_table() if i3 == iso3]
    allocated = {entry[3] for entry in call_sign_series()}
    exact = sorted({n for n in names if n in allocated})
    if exact:
        return tuple(exact)
    return tuple(sorted({n.split(" - ")[0] for n in names if n.split(" - ")[0] in allocated}))


def _series_of(iso3: str) -> tuple[tuple[str, str, str, str], ...]:
    names = _itu_names(iso3)
    return tuple(entry for entry in call_sign_series() if entry[3] in names)


def imo_ok(imo: str | None) -> bool:
    return imo is not None and imo_check_ok(imo)


def mmsi_ok(mmsi: str | None) -> bool:
    return mmsi is not None and len(mmsi) == 9 and mmsi.isdigit() and mid_country(mmsi) is not None


def ircs_ok(ircs: str | None, iso3: str | None) -> bool:
    """True if the call sign lies in an ITU series allotted to the flag."""
    if not ircs or not iso3 or not 3 <= len(ircs) <= 7 or not ircs.isalnum():
        return False
    for prefix, low, high, _ in _series_of(iso3):
        if ircs[:2] != prefix:
            continue
        third = ircs[2]
        if third.isalpha() and low <= third <= high:
            return True
        if third.isdigit() and (low, high) == ("A", "Z"):
            return True
    return False


def make_call_sign(iso3: str, rng: random.Random) -> str | None:
    """A call sign in one of the flag's ITU series (for former or invented identities)."""
    series = _series_of(iso3)
    if not series:
        return None
    prefix, low, high, _ = rng.choice(series)
    third = rng.choice(_LETTERS[_LETTERS.index(low) : _LETTERS.index(high) + 1])
    tail = "".join(rng.choice(_DIGITS if rng.random() < 0.6 else _LETTERS) for _ in range(2))
    return prefix + third + tail[: rng.randint(1, 2)]


def make_mmsi(iso3: str, rng: random.Random) -> str | None:
    mids = mids_of(iso3)
    if not mids:
        return None
    return rng.choice(mids) + f"{rng.randint(0, 999_999):06d}"


def make_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"
