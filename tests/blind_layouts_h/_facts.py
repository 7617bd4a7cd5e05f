"""A vessel's particulars as one document prints them: identifiers only when well formed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from oceanid_dev.demo.vessels import Vessel

from . import _refs, _vocab


@dataclass(frozen=True)
class Facts:
    name: str
    flag: str | None  # iso3: the list's flag, else the flag its MMSI's MID is allocated to
    imo: str | None  # None when missing or malformed (the document prints a placeholder)
    mmsi: str | None
    ircs: str | None
    gross_tonnage: str
    length: str
    build_year: str
    power_kw: str
    port: str
    gear: str
    owner: tuple[str, str, str, str, str, str]  # as _vocab.COMPANIES
    former_name: str | None
    yard: tuple[str, str, str]
    reg_no: str
    rfmo_serial: int


def facts(vessel: Vessel, rng: random.Random) -> Facts:
    flag = vessel.flag or _refs.flag_of_mmsi(vessel.mmsi)
    company = rng.choice(_vocab.COMPANIES)
    if vessel.owner:
        company = (vessel.owner, *company[1:])
    home = [p[0] for p in _vocab.PORTS if p[2] == flag] or [p[0] for p in _vocab.PORTS]
    port = (vessel.port or rng.choice(home)).split(",")[0].strip()
    year = vessel.build_year or str(rng.randint(1979, 2022))
    return Facts(
        name=vessel.name,
        flag=flag,
        imo=vessel.imo if _refs.imo_ok(vessel.imo) else None,
        mmsi=vessel.mmsi if _refs.mmsi_ok(vessel.mmsi) else None,
        ircs=vessel.ircs if _refs.call_sign_ok(vessel.ircs, flag) else None,
        gross_tonnage=vessel.gross_tonnage or str(rng.randint(120, 2400)),
        length=vessel.length_m or f"{rng.uniform(24, 85):.2f}",
        build_year=year,
        power_kw=str(rng.randrange(300, 3600, 5)),
        port=port,
        gear=vessel.gear or rng.choice(tuple(_vocab.GEAR)),
        owner=company,
        former_name=vessel.former_name
        or (rng.choice(_vocab.FORMER_NAMES) if rng.random() < 0.35 else None),
        yard=rng.choice(_vocab.YARDS),
        reg_no=_reg_no(flag, rng),
        rfmo_serial=rng.randint(1, 99999),
    )


def _reg_no(flag: str | None, rng: random.Random) -> str:
    n = rng.randint(100, 99999)
    styles = {
        "CHN": f"({rng.choice(['ZJ', 'MIN', 'LU'])})CHUANDENG(JI)(2019)FT-{n:06d}",
        "TWN": f"CT{rng.randint(4, 7)}-{n:04d}",
        "JPN": f"{rng.choice(['SO', 'MG', 'KO'])}1-{n}",
        "KOR": f"{rng.randint(9, 12)}{n:05d}-6260005",
        "ESP": f"3ª-VI-{rng.randint(1, 9)}-{n}",
    }
    return styles.get(flag or "", f"{rng.choice(['REG', 'No', 'PV'])}-{n}")


def pick(vessels: list[Vessel], rng: random.Random, count: int) -> list[Vessel]:
    """Distinct vessels, preferring those with at least one well-formed identifier."""
    good = [v for v in vessels if _refs.imo_ok(v.imo) or _refs.mmsi_ok(v.mmsi)]
    pool = good if len(good) >= count else vessels
    return rng.sample(pool, min(count, len(pool)))


def country(iso3: str | None, lang: str = "en") -> str | None:
    if iso3 is None:
        return None
    names = _vocab.COUNTRY.get(iso3)
    return names[_vocab.LANG_INDEX[lang]] if names else iso3


def placeholder(rng: random.Random, lang: str = "en") -> str:
    return rng.choice(_vocab.PLACEHOLDERS[lang])


def day(rng: random.Random, year: int | None = None) -> dt.date:
    start = dt.date(year or rng.randint(2019, 2025), 1, 1)
    return start + dt.timedelta(days=rng.randint(0, 364))


def date_text(date: dt.date, style: str, lang: str = "en") -> str:
    month = _vocab.MONTHS[lang][date.month - 1]
    if style == "long":
        if lang == "es":
            return f"{date.day} de {month} de {date.year}"
        return f"{date.day} {month} {date.year}"
    if style == "us":
        return f"{month[:3]} {date.day}, {date.year}"
    if style == "iso":
        return date.isoformat()
    if style == "dots":
        return f"{date.day:02d}.{date.month:02d}.{date.year}"
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def period(rng: random.Random) -> tuple[dt.date, dt.date]:
    start = day(rng)
    years = rng.choice((1, 1, 2, 3))
    return start, start + dt.timedelta(days=365 * years - 1)


def former_flag(flag: str | None, rng: random.Random) -> tuple[str, str | None, str | None]:
    """A former flag with a former call sign and MMSI in its series (None if not well formed)."""
    choices = [f for f in _vocab.FORMER_FLAGS if f[0] != flag]
    iso3, prefix, mid = rng.choice(choices)
    tail = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + str(
        rng.randint(2, 9)
    )
    call_sign = prefix + tail[: 5 - len(prefix)] if len(prefix) < 3 else prefix + tail[:2]
    mmsi = mid + f"{rng.randint(0, 999_999):06d}"
    return (
        iso3,
        call_sign if _refs.call_sign_ok(call_sign, iso3) else None,
        mmsi if _refs.mmsi_ok(mmsi) else None,
    )


def rfmo_id(rfmo: _vocab.Rfmo, flag: str | None, serial: int) -> str:
    return rfmo.id_style.format(n=serial, flag=flag or "XXX")


def metric(value: str, rng: random.Random) -> str:
    """A number as written in the document: optional thousands separator."""
    if "." not in value and len(value) > 3 and rng.random() < 0.5:
        return f"{int(value):,}"
    return value
