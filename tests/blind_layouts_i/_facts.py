"""What a document says about a vessel: its list identity reduced to well-formed identifiers,
plus made-up but plausible history, associates, places and dates."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._ids import imo_ok, ircs_ok, make_call_sign, make_mmsi, mid_flag, mmsi_ok


@dataclass(frozen=True)
class Facts:
    name: str
    imo: str | None  # only when the check digit holds
    mmsi: str | None  # only with a known MID
    ircs: str | None  # only within an ITU series of the flag
    flag: str | None  # ISO3
    gt: str | None
    loa: str | None
    year: str | None
    owner: str
    port: str | None  # as the list writes it, e.g. "FUZHOU, FUJIAN"
    gear: str | None
    former_name: str | None


def pick(vessels: Sequence[Vessel], rng: random.Random) -> Vessel:
    """A vessel, preferring the better documented of two draws."""
    first, second = rng.choice(vessels), rng.choice(vessels)

    def richness(v: Vessel) -> int:
        return sum(
            1 for value in (v.imo, v.mmsi, v.ircs, v.flag, v.gross_tonnage, v.owner) if value
        )

    return first if richness(first) >= richness(second) else second


def facts(vessel: Vessel, rng: random.Random) -> Facts:
    flag = vessel.flag or (mid_flag(vessel.mmsi) if vessel.mmsi else None)
    imo = vessel.imo if vessel.imo and imo_ok(vessel.imo) else None
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    ircs = vessel.ircs if vessel.ircs and ircs_ok(vessel.ircs, flag) else None
    return Facts(
        name=vessel.name,
        imo=imo,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=vessel.owner or company(rng),
        port=vessel.port,
        gear=vessel.gear,
        former_name=vessel.former_name,
    )


def country(iso3: str | None, lang: str = "en") -> str | None:
    if iso3 is None:
        return None
    names = V.COUNTRY.get(iso3)
    return iso3 if names is None else names[("en", "fr", "es").index(lang)]


def company(rng: random.Random) -> str:
    return rng.choice(V.COMPANY_FORMS).format(w=rng.choice(V.COMPANY_WORDS))


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str  # may be empty
    postcode: str  # may be empty; never labelled
    country: str  # ISO3


def address(rng: random.Random, iso3: str | None) -> Address:
    home = iso3 if iso3 in V.ADDRESSES else rng.choice(("CHN", "PAN", "SGP", "HKG", "TWN"))
    cities, streets, words, postcodes = V.ADDRESSES[home]
    city, state = rng.choice(cities)
    street = rng.choice(streets).format(
        n=rng.randint(101, 2808), m=rng.randint(2, 38), w=rng.choice(words)
    )
    postcode = rng.choice(postcodes) if postcodes and rng.random() < 0.4 else ""
    return Address(street, city, state, postcode, home)


def home_port(f: Facts, rng: random.Random) -> tuple[str | None, str | None]:
    """(port of registry as printed, UN/LOCODE if known)."""
    ports = V.PORTS.get(f.flag or "", ())
    if f.port:
        head = f.port.split(",")[0].strip().lower()
        code = next((c for name, c in ports if name.lower() == head), None)
        return f.port, code
    if ports:
        name, code = rng.choice(ports)
        return name, code
    return None, None


@dataclass(frozen=True)
class FormerIdentity:
    name: str | None
    flag: str
    ircs: str | None
    mmsi: str | None
    until: dt.date


def history(f: Facts, rng: random.Random, count: int) -> list[FormerIdentity]:
    """Former names, flags and identifiers, newest first; the first uses the list's former name."""
    flags = [c for c in V.FORMER_FLAGS if c != f.flag]
    rng.shuffle(flags)
    until = date_between(rng, 2016, 2024)
    former: list[FormerIdentity] = []
    for i in range(count):
        flag = flags[i % len(flags)]
        if i == 0 and f.former_name:
            name: str | None = f.former_name
        else:
            name = rng.choice((None, made_up_name(rng)))
            name = None if name == f.name else name
        former.append(
            FormerIdentity(name, flag, make_call_sign(flag, rng), make_mmsi(flag, rng), until)
        )
        until -= dt.timedelta(days=rng.randint(300, 1500))
    return former


def made_up_name(rng: random.Random) -> str:
    head = rng.choice(("OCEAN", "SEA", "GOLDEN", "PACIFIC", "SOUTHERN", "NORTHERN", "AMAZON"))
    tail = rng.choice(("STAR", "WIND", "PRIDE", "LION", "VENTURE", "DRAGON", "EXPLORER", "BIRD"))
    return f"{head} {tail} {rng.randint(1, 19)}" if rng.random() < 0.6 else f"{head} {tail}"


def date_between(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last_year, 12, 31).toordinal()))


def fmt_date(day: dt.date, style: str) -> str:
    """A date as documents write it; styles: iso, dmy, mdy, dmy-, long, fr, es, mon, compact."""
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "mdy":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "dmy-":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "long":
        return f"{day.day} {V.MONTHS_EN[day.month - 1]} {day.year}"
    if style == "fr":
        return f"{day.day} {V.MONTHS_FR[day.month - 1]} {day.year}"
    if style == "es":
        return f"{day.day} de {V.MONTHS_ES[day.month - 1]} de {day.year}"
    if style == "mon":
        return f"{day.day:02d} {V.MONTHS_EN[day.month - 1][:3]} {day.year}"
    if style == "compact":
        return f"{day.year}{day.month:02d}{day.day:02d}"
    raise ValueError(style)


def gear_words(f: Facts) -> tuple[str, str, str, str] | None:
    return V.GEAR.get(f.gear or "")


def rfmo_id(rfmo: str, flag: str | None, rng: random.Random) -> str:
    """A vessel's number in an RFMO record, in that RFMO's usual shape."""
    n = rng.randint(1, 99_999)
    if rfmo == "IOTC":
        return f"IOTC{n:06d}"
    if rfmo == "ICCAT":
        return f"AT000{(flag or 'XXX')[:3]}{n:05d}"
    if rfmo == "CCSBT":
        return f"FV{n:05d}"
    if rfmo == "SPRFMO":
        return f"{(flag or 'XX')[:2]}-{n:04d}"
    if rfmo == "NPFC":
        return f"NPFC-{(flag or 'XXX')[:3]}-{n % 1000:03d}"
    return str(n)


AUTH_TYPES = ("Fishing", "Transshipment at sea", "Carrier", "High seas fishing")
