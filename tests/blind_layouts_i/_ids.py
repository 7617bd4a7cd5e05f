"""Identifier checks against the reference code lists, and well-formed made-up identifiers.

The checks read the CSV code lists (ITU call-sign series, MMSI MIDs) directly; the tests use them
too, so every IMO, MMSI, IRCS and former identifier printed as gold passes them.
"""

from __future__ import annotations

import csv
import functools
import random
import re
from pathlib import Path

from oceanid_dev.demo.vessels import imo_check_ok

from ._vocab import CALL_PATTERNS

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@functools.cache
def _mid_rows() -> tuple[tuple[str, str, str], ...]:
    """(mid, iso3, ITU name) for every row of the MID list."""
    with (REFERENCE / "mmsi_mids.csv").open(encoding="utf-8") as handle:
        return tuple((r["mid"], r["iso3"], r["name"]) for r in csv.DictReader(handle))


@functools.cache
def _series() -> tuple[tuple[str, str, str], ...]:
    """(first, last, allocated to) for every ITU call-sign series."""
    rows = []
    with (REFERENCE / "itu_call_sign_series.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            first, last = (part.strip() for part in row["Series"].split("-"))
            rows.append((first, last, row["Allocated to"].strip()))
    return tuple(rows)


def mid_flag(mmsi: str) -> str | None:
    """The ISO3 code of an MMSI's MID, if the MID is known and names one State."""
    flags = sorted({iso3 for mid, iso3, _ in _mid_rows() if mid == mmsi[:3]})
    return flags[0] if len(flags) == 1 else None


def mmsi_ok(mmsi: str) -> bool:
    return re.fullmatch(r"\d{9}", mmsi) is not None and any(
        mid == mmsi[:3] for mid, _, _ in _mid_rows()
    )


def imo_ok(imo: str) -> bool:
    return imo_check_ok(imo)


def _itu_names(iso3: str) -> set[str]:
    return {name for _, code, name in _mid_rows() if code == iso3}


def call_sign_series(call_sign: str) -> str | None:
    """The State an ITU series allocates the call sign's prefix to (None if in no series)."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign) or not any(c.isalpha() for c in call_sign):
        return None
    for first, last, owner in _series():
        if call_sign[:2] != first[:2]:
            continue
        third = call_sign[2]
        whole_block = first[2] == "A" and last[2] == "Z"
        if first[2] <= third <= last[2] or (whole_block and third.isdigit()):
            return owner
    return None


def ircs_ok(call_sign: str, iso3: str | None) -> bool:
    """True if the call sign lies in an ITU series allocated to the flag State."""
    owner = call_sign_series(call_sign)
    if owner is None or iso3 is None:
        return False
    return any(name == owner or name.startswith(owner + " - ") for name in _itu_names(iso3))


def _fill(pattern: str, rng: random.Random) -> str:
    return "".join(
        rng.choice(_LETTERS) if c == "@" else str(rng.randint(0, 9)) if c == "#" else c
        for c in pattern
    )


def make_call_sign(iso3: str, rng: random.Random) -> str | None:
    patterns = CALL_PATTERNS.get(iso3, ((), ()))[1]
    for _ in range(20):
        if not patterns:
            return None
        candidate = _fill(rng.choice(patterns), rng)
        if ircs_ok(candidate, iso3):
            return candidate
    return None


def make_mmsi(iso3: str, rng: random.Random) -> str | None:
    mids = CALL_PATTERNS.get(iso3, ((), ()))[0]
    if not mids:
        return None
    mmsi = rng.choice(mids) + f"{rng.randint(0, 999_999):06d}"
    return mmsi if mmsi_ok(mmsi) else None


def make_imo(rng: random.Random) -> str:
    body = f"{rng.choice('789')}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return body + str(check)


def make_cfr(iso3: str, rng: random.Random) -> str:
    return f"{iso3}{rng.randint(1, 99_999_999):09d}"


def make_company_imo(rng: random.Random) -> str:
    """An IMO company and registered-owner number (7 digits starting 5, 6 or 1)."""
    return f"{rng.choice('561')}{rng.randint(0, 999_999):06d}"


def make_uscc(rng: random.Random) -> str:
    """A Chinese unified social credit code (18 characters)."""
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return f"9135{rng.randint(10, 99)}{rng.randint(0, 99):02d}{tail}{rng.randint(0, 9)}"
