"""Shared helpers: identifier checks, the printable view of a vessel, dates and made-up ids."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from oceanid_assets.reference import call_sign_series, mmsi_mids
from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab as V

LANG = {"en": 0, "es": 1, "fr": 2}
# ITU Appendix 42 names a few flags differently from the MID table (or not at all).
_ITU_ALIASES = {
    "TWN": ("China (People's Republic of)",),
    "HKG": ("China (People's Republic of) - Hong Kong",),
}


# --- identifier checks --------------------------------------------------------------------------


def imo_ok(imo: str | None) -> bool:
    return bool(imo) and imo_check_ok(imo or "")


def mmsi_ok(mmsi: str | None) -> bool:
    return bool(mmsi and re.fullmatch(r"\d{9}", mmsi) and mmsi[:3] in mmsi_mids())


@cache
def _itu_names(flag: str) -> frozenset[str]:
    names = {mid.name for mids in mmsi_mids().values() for mid in mids if mid.iso3 == flag}
    return frozenset(names | set(_ITU_ALIASES.get(flag, ())))


def itu_holders(call_sign: str) -> set[str]:
    """Who the ITU series holding this call sign's first three characters is allocated to."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return set()
    third = call_sign[2]
    return {
        holder
        for low, high, holder in call_sign_series().get(call_sign[:2], ())
        if low <= third <= high
    }


def ircs_ok(call_sign: str | None, flag: str | None) -> bool:
    """A call sign in an ITU series allocated to the flag State (strictly, by three chars)."""
    if not call_sign or not flag:
        return False
    return bool(itu_holders(call_sign) & _itu_names(flag))


# --- the printable view of a vessel ------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """What a document may print of a vessel: ill-formed identifiers are dropped (None)."""

    name: str
    flag: str | None
    imo: str | None
    mmsi: str | None
    ircs: str | None
    port: str | None
    owner: str | None
    gt: str | None
    loa: str | None
    year: str | None
    gear: str
    former_name: str | None


def show(vessel: Vessel) -> Shown:
    port = (vessel.port or "").split(",")[0].strip() or None
    return Shown(
        name=" ".join(vessel.name.split()),
        flag=vessel.flag,
        imo=vessel.imo if imo_ok(vessel.imo) else None,
        mmsi=vessel.mmsi if mmsi_ok(vessel.mmsi) else None,
        ircs=vessel.ircs if ircs_ok(vessel.ircs, vessel.flag) else None,
        port=port,
        owner=vessel.owner,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        gear=vessel.gear if vessel.gear in V.GEAR_WORDS else "DRIFTING_LONGLINES",
        former_name=vessel.former_name,
    )


def pick(vessels: list[Vessel], rng: random.Random, count: int) -> list[Shown]:
    """Up to `count` distinct vessels, identifiers checked."""
    return [show(v) for v in rng.sample(vessels, min(count, len(vessels)))]


def country(iso3: str, lang: str = "en") -> str:
    entry = V.COUNTRIES.get(iso3)
    return entry[1 + LANG[lang]] if entry else iso3


def flag_text(iso3: str, rng: random.Random, lang: str = "en", style: str = "") -> str:
    """The flag as a document prints it: a country name, or an ISO 3166 alpha-2/3 code."""
    style = style or rng.choice(("name", "name", "iso2", "iso3"))
    if style == "iso3" or iso3 not in V.COUNTRIES:
        return iso3
    return V.COUNTRIES[iso3][0] if style == "iso2" else country(iso3, lang)


def placeholder(rng: random.Random, lang: str = "en") -> str:
    return rng.choice(V.PLACEHOLDERS[lang])


# --- dates ----------------------------------------------------------------------------------------


def some_date(rng: random.Random, first: int = 2019, last: int = 2025) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def fmt_date(day: date, style: str, lang: str = "en") -> str:
    month = V.MONTHS[lang][day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "abbr":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    if style == "us":
        return f"{month} {day.day}, {day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def date_style(rng: random.Random, lang: str = "en") -> str:
    styles = ("iso", "dmy", "dot", "abbr", "long", "us") if lang == "en" else ("dmy", "long")
    return rng.choice(styles)


def pick_rfmo(rng: random.Random) -> tuple[str, str, str]:
    """An RFMO with one of its FAO areas and one of its species codes."""
    rfmo = rng.choice(sorted(V.RFMOS))
    areas, species = V.RFMOS[rfmo]
    return rfmo, rng.choice(areas), rng.choice(species)


def species(code: str) -> tuple[str, str, str, str, str, str]:
    return next(row for row in V.SPECIES if row[0] == code)


def catch_of(gear: str, rng: random.Random) -> tuple[str, str, str, str, str, str]:
    """A species the gear plausibly catches: (code, en, es, fr, scientific, HS code)."""
    return species(rng.choice(V.GEAR_SPECIES.get(gear, ("SKJ", "YFT"))))


def owner_record(s: Shown, rng: random.Random) -> V.Company:
    """The vessel's owner with an address: the listed owner where there is one (at a made-up
    address in the flag State), else one of the made-up companies."""
    if s.owner:
        if s.flag in V.OWNER_ADDRESSES:
            street, city, state = rng.choice(V.OWNER_ADDRESSES[s.flag])
            return (s.owner, street, city, state, s.flag or "")
        _, street, city, state, iso3 = rng.choice(V.COMPANIES)
        return (s.owner, street, city, state, iso3)
    return rng.choice(V.COMPANIES)


def fleet(vessels: list[Vessel], rng: random.Random, count: int) -> list[Shown]:
    """Up to `count` vessels that belong together: the first vessel's owner's, then others of
    its flag, then any."""
    lead = rng.choice(vessels)
    pool = [v for v in vessels if v is not lead]
    rng.shuffle(pool)
    same_owner = [v for v in pool if lead.owner and v.owner == lead.owner]
    same_flag = [
        v for v in pool if v.flag == lead.flag and not (lead.owner and v.owner == lead.owner)
    ]
    ordered = [lead, *same_owner, *same_flag]
    if len(ordered) < count:
        taken = {id(v) for v in ordered}
        ordered += [v for v in pool if id(v) not in taken]
    return [show(v) for v in ordered[:count]]


def in_prose(name: str) -> str:
    """A common name as prose writes it: lower case, except a place-name adjective."""
    first = name.split()[0]
    keep = ("Atlantic", "Pacific", "Chilean", "Argentine", "Southern", "Antarctic", "Indo")
    return name if first.startswith(keep) else name[:1].lower() + name[1:]
