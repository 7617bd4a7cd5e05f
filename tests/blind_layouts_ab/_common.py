"""Shared helpers: what may be printed of a vessel, invented identifiers, dates, positions."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import lru_cache

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _ref
from ._page import EDGE_CHARS, Seg
from ._vocab import ADDRESSES, COUNTRIES, FORMER_FLAGS, GEAR_REGIONS, PORTS, REGIONS

LANGS = ("en", "es", "fr")


@dataclass(frozen=True)
class Facts:
    """The parts of a Vessel a document may print, identifiers only when well formed."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3: the list's flag, else the MMSI's MID
    gross_tonnage: str | None
    length_m: str | None
    build_year: str | None
    owner: str | None
    port: str | None
    gear: str | None
    former_name: str | None


def tidy(value: str | None) -> str | None:
    """A list value trimmed of edge punctuation, so that its span can be tight."""
    if value is None:
        return None
    value = " ".join(value.split()).strip(EDGE_CHARS)
    return value or None


@lru_cache(maxsize=4096)
def facts(vessel: Vessel) -> Facts:
    flag = vessel.flag or _ref.mmsi_flag(vessel.mmsi)
    imo = vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None
    mmsi = vessel.mmsi if vessel.mmsi and _ref.mmsi_ok(vessel.mmsi) else None
    ircs = vessel.ircs if vessel.ircs and _ref.callsign_ok(vessel.ircs, flag) else None
    name = tidy(vessel.name) or "UNNAMED"
    former = tidy(vessel.former_name)
    return Facts(
        name=name,
        imo=imo,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gross_tonnage=vessel.gross_tonnage,
        length_m=vessel.length_m,
        build_year=vessel.build_year,
        owner=tidy(vessel.owner),
        port=tidy(vessel.port),
        gear=vessel.gear,
        former_name=former if former and former.replace(" ", "") != name.replace(" ", "") else None,
    )


def pick_vessels(vessels: list[Vessel], rng: random.Random, count: int) -> list[Facts]:
    """count distinct vessels (fewer if the list is short)."""
    chosen = rng.sample(range(len(vessels)), min(count, len(vessels)))
    return [facts(vessels[i]) for i in chosen]


def pick_fleet(vessels: list[Vessel], rng: random.Random, count: int) -> list[Facts]:
    """count distinct vessels, the others of the first one's flag when there are enough."""
    first = facts(vessels[rng.randrange(len(vessels))])
    same = [i for i, v in enumerate(vessels) if facts(v).flag == first.flag and facts(v) != first]
    pool = (
        same if len(same) >= count - 1 else [i for i, v in enumerate(vessels) if facts(v) != first]
    )
    others = rng.sample(pool, min(count - 1, len(pool)))
    return [first, *(facts(vessels[i]) for i in others)]


def country(iso3: str | None, lang: str = "en", code: bool = False) -> str | None:
    """A country's name in lang (or its ISO code when code is set or no name is known)."""
    if iso3 is None:
        return None
    if code or iso3 not in COUNTRIES:
        return iso3
    return COUNTRIES[iso3][LANGS.index(lang)]


def opt(value: str | None, label: str, placeholder: str) -> Seg:
    """A labelled value, or an unlabelled placeholder when the value is missing."""
    return (value, label) if value else placeholder


# --- invented identifiers ----------------------------------------------------------------------

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def invent_callsign(rng: random.Random, iso3: str) -> str | None:
    ranges = _ref.series_for(iso3)
    for _ in range(200):
        if not ranges:
            return None
        first, last = rng.choice(ranges)
        third = rng.choice([c for c in _LETTERS + "0123456789" if first[2] <= c <= last[2]])
        stem = first[:2] + third
        tail = "".join(rng.choice("0123456789" + _LETTERS) for _ in range(rng.randint(1, 3)))
        call = (stem + tail)[: rng.randint(4, 7)]
        if _ref.callsign_ok(call, iso3):
            return call
    return None


def invent_mmsi(rng: random.Random, iso3: str) -> str | None:
    mids = _ref.mids_of(iso3)
    if not mids:
        return None
    tail = f"{rng.randint(0, 999):03d}" + rng.choice(("000", "000", f"{rng.randint(0, 999):03d}"))
    return rng.choice(mids) + tail


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return body + str(check)


def near_miss_imo(rng: random.Random) -> str:
    """Seven digits whose last digit is NOT the IMO check digit (a hard negative)."""
    good = invent_imo(rng)
    return good[:6] + str((int(good[6]) + rng.randint(1, 9)) % 10)


def former_flag(rng: random.Random, current: str | None) -> str:
    return rng.choice([f for f in FORMER_FLAGS if f != current])


def national_reg_no(rng: random.Random, flag: str | None) -> str:
    year = rng.randint(1995, 2024)
    n = rng.randint(1, 9999)
    styles = {
        "CHN": f"{rng.choice(('330', '350', '370'))}{year}{n:05d}",
        "TWN": f"CT{rng.randint(3, 7)}-{n:04d}",
        "JPN": f"{rng.choice(('MG', 'SO', 'KG', 'HK'))}{rng.randint(1, 3)}-{n}",
        "KOR": f"{rng.randint(9, 9)}{rng.randint(10, 99)}{n:04d}-6{rng.randint(100, 999)}",
        "RUS": f"{rng.randint(1, 9)}{rng.randint(0, 99):02d}{n:04d}",
        "ESP": f"3ª-VI-{rng.randint(1, 9)}-{n}-{rng.randint(90, 99)}",
    }
    return styles.get(flag or "", f"{year}/{n:04d}")


def cfr(rng: random.Random, flag: str) -> str:
    return f"{flag}{rng.randint(0, 999_999_999):09d}"


def address(rng: random.Random, flag: str | None, hint: str = "") -> tuple[str, str, str, str]:
    """(street, city, state, country iso3) for an associate; a city named in hint (the owner's
    name or the port) is preferred."""
    iso3 = flag if flag in ADDRESSES else rng.choice(sorted(ADDRESSES))
    options = ADDRESSES[iso3]
    matching = [a for a in options if a[1].upper().replace("-", "") in hint.upper()]
    street, city, state = rng.choice(matching or options)
    return street, city, state, iso3


# --- dates, times, positions, numbers ---------------------------------------------------------

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def some_day(rng: random.Random, lo: int = 2024, hi: int = 2026) -> dt.date:
    start = dt.date(lo, 1, 1)
    return start + dt.timedelta(days=rng.randint(0, (dt.date(hi, 12, 31) - start).days))


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    month = MONTHS[lang][day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "mdy":
        return f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
    if style == "short":
        return f"{day.day:02d} {MONTHS['en'][day.month - 1][:3].upper()} {day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def date_style(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice(("iso", "dmy", "long", "mdy", "short"))
    return rng.choice(("dmy", "long", "long", "dot"))


def position(rng: random.Random, region: str, style: str) -> str:
    """A position inside a fishing region (never a vessel identifier)."""
    _, lat_r, lon_r, *_ = next(r for r in REGIONS if r[0] == region)
    lat, lon = rng.uniform(*lat_r), rng.uniform(*lon_r)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    lat, lon = abs(lat), abs(lon)
    la_d, la_m = int(lat), (lat - int(lat)) * 60
    lo_d, lo_m = int(lon), (lon - int(lon)) * 60
    if style == "deg":
        return f"{la_d:02d}°{la_m:04.1f}'{ns} {lo_d:03d}°{lo_m:04.1f}'{ew}"
    if style == "dash":
        return f"{la_d:02d}-{la_m:04.1f}{ns} {lo_d:03d}-{lo_m:04.1f}{ew}"
    if style == "telex":
        return f"{la_d:02d}{int(la_m):02d}{ns} {lo_d:03d}{int(lo_m):02d}{ew}"
    return f"{lat:.4f}{ns}, {lon:.4f}{ew}"


def region_for(rng: random.Random, gear: str | None) -> str:
    options = GEAR_REGIONS.get(gear or "", tuple(r[0] for r in REGIONS))
    return rng.choice(options)


def region_info(region: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """(FAO areas, RFMO acronym or '', port codes) of a region."""
    row = next(r for r in REGIONS if r[0] == region)
    return row[3], row[4], row[5]


def port_by_code(code: str) -> tuple[str, str, str, str]:
    return next(p for p in PORTS if p[1] == code)


def phone(rng: random.Random, prefix: str | None = None) -> str:
    cc = prefix or rng.choice(("+230", "+248", "+81", "+886", "+34", "+33", "+27", "+679", "+1"))
    return f"{cc} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def satphone(rng: random.Random) -> str:
    return f"+870 {rng.randint(760, 773)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def inmarsat_c(rng: random.Random) -> str:
    """A nine-digit Inmarsat-C mobile number: looks like an MMSI, is equipment (unlabelled)."""
    return f"4{rng.choice(('12', '16', '31', '40', '77'))}{rng.randint(100_000, 999_999)}"


def ref_no(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randint(2024, 2026)}-{rng.randint(100, 99_999):05d}"


def money(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}.{rng.choice(('00', '50', '00', '25'))}"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())[:14] or "vessel"


def person(rng: random.Random) -> str:
    from ._vocab import FAMILY, GIVEN

    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def metric(name: str, value: str | None, unit: str | None, sep: str = ": ") -> list[Seg]:
    """'Gross tonnage: 1596 GT' with METRIC_TYPE, METRIC_VALUE and METRIC_UNIT spans."""
    if not value:
        return [name, sep, "—"]
    segs: list[Seg] = [(name, "METRIC_TYPE"), sep, (value, "METRIC_VALUE")]
    if unit:
        segs += [" ", (unit, "METRIC_UNIT")]
    return segs


def port_name(port: str, rng: random.Random) -> str:
    """The list's port of registry, sometimes without its province."""
    if "," in port and rng.random() < 0.5:
        return port.split(",")[0].strip()
    return port


def ports_in(lang: str) -> list[tuple[str, str, str, str]]:
    return [p for p in PORTS if p[3] == lang]
