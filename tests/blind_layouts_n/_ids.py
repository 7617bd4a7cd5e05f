"""Made-up identifiers in the styles real documents use (never taken from the vessel list)."""

from __future__ import annotations

import random
import re

from . import _vocab as V


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))


def new_imo(rng: random.Random) -> str:
    body = f"{rng.choice('789')}{digits(rng, 5)}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return body + str(check)


def new_call_sign(rng: random.Random, prefix: str) -> str:
    """A call sign in the given series: the prefix then letters (the third char a letter)."""
    return prefix + letters(rng, rng.choice((2, 3)) if len(prefix) == 2 else 1)


def former_identity(rng: random.Random) -> tuple[str, str, str]:
    """A flag of convenience and a call sign and MMSI the vessel may have had under it."""
    flag, mids, prefixes = rng.choice(V.FORMER_FLAGS)
    return flag, new_call_sign(rng, rng.choice(prefixes)), rng.choice(mids) + digits(rng, 6)


def company_reg_no(rng: random.Random, iso3: str) -> str:
    shape = V.REG_NO_SHAPES.get(iso3, "{d8}")
    return re.sub(
        r"\{(A|d(\d+))\}",
        lambda m: letters(rng, 1) if m.group(1) == "A" else digits(rng, int(m.group(2))),
        shape,
    )


def national_reg_no(rng: random.Random, flag: str | None, year: str | None) -> str:
    """A registration number in the flag State's own style."""
    built = year or str(rng.randint(1995, 2020))
    if flag == "CHN":
        prov = rng.choice(("ZHE ZHOU", "MIN", "LU RONG", "ZHE PU"))
        return f"({prov}) CHUAN DENG (JI) ({built}) HY-{rng.choice('12')}{digits(rng, 5)}"
    if flag == "TWN":
        return f"CT{rng.choice('4567')}-{digits(rng, 4)}"
    if flag == "JPN":
        return f"{rng.choice(('MG', 'SO', 'KO', 'ME', 'CB'))}{rng.choice('123')}-{digits(rng, 4)}"
    if flag == "KOR":
        return f"{digits(rng, 7)}-{digits(rng, 7)}"
    if flag == "ESP":
        office = rng.choice(("VI", "CO", "BI", "CA"))
        return f"3{office}-{rng.randint(1, 5)}-{digits(rng, 2)}-{built[2:]}"
    if flag == "RUS":
        return f"{built[2:]}.{digits(rng, 2)}.{digits(rng, 3)}"
    return f"{flag or 'REG'}-{built}-{digits(rng, 4)}"


def cfr(rng: random.Random, flag: str) -> str:
    return f"{flag}{digits(rng, 9)}"


def licence_no(rng: random.Random, style: int | None = None) -> str:
    style = rng.randrange(5) if style is None else style
    year = rng.randint(2021, 2025)
    return (
        f"FL/{year}/{digits(rng, 4)}",
        f"{letters(rng, 2)}-{digits(rng, 5)}-{year % 100:02d}",
        f"LIC-{year}-{digits(rng, 6)}",
        f"{year}{digits(rng, 6)}",
        f"HSFA {digits(rng, 3)}/{year}",
    )[style]


def made_up_former_name(rng: random.Random) -> str:
    first, second = V.FORMER_NAME_WORDS
    return f"{rng.choice(first)} {rng.choice(second)} {rng.randint(1, 88)}"


def rfmo_id(rng: random.Random, rfmo: str, flag: str | None) -> str:
    """A vessel's number in an RFMO record, in that RFMO's own style."""
    if rfmo == "IOTC":
        return f"IOTC0{digits(rng, 5)}"
    if rfmo == "ICCAT":
        return f"AT000{flag or 'XXX'}{digits(rng, 5)}"
    if rfmo == "NPFC":
        return f"NPFC-{flag or 'XXX'}-{digits(rng, 4)}"
    return str(rng.randint(1000, 99999))


def gfw_id(rng: random.Random) -> str:
    hexd = "0123456789abcdef"
    parts = [9, 4, 4, 4, 12]
    return "-".join("".join(rng.choice(hexd) for _ in range(n)) for n in parts)
