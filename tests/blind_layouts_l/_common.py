"""Shared helpers: a vessel's printable identity, dates, flags, associates and metrics."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _ids, _vocab
from ._page import PageDraft

LANGS = ("en", "es", "fr")
_LANG_INDEX = {"en": 0, "es": 1, "fr": 2}


@dataclass(frozen=True)
class Ship:
    """A vessel from the list with only well-formed identifiers kept (None: print a placeholder)."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO3; from the MMSI's MID when the list has none
    gt: str | None
    loa: str | None
    built: str | None
    owner: str | None
    port: str | None  # the port part of "PORT, PROVINCE"
    province: str | None
    gear: str | None
    former_name: str | None


def ship_of(vessel: Vessel) -> Ship:
    mmsi = vessel.mmsi if _ids.mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (_ids.mid_country(mmsi) if mmsi else None)
    port, _, province = (vessel.port or "").partition(",")
    return Ship(
        name=vessel.name,
        imo=vessel.imo if _ids.imo_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=vessel.ircs if _ids.ircs_ok(vessel.ircs, flag) else None,
        flag=flag,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        built=vessel.build_year,
        owner=vessel.owner,
        port=port.strip() or None,
        province=province.strip() or None,
        gear=vessel.gear,
        former_name=vessel.former_name if vessel.former_name != vessel.name else None,
    )


def pick_ships(vessels: list[Vessel], rng: random.Random, count: int) -> list[Ship]:
    """`count` distinct named vessels (fewer only if the list is that short)."""
    named = [v for v in vessels if v.name] or vessels
    chosen = rng.sample(named, min(count, len(named)))
    return [ship_of(v) for v in chosen]


def pick_ship(vessels: list[Vessel], rng: random.Random) -> Ship:
    return pick_ships(vessels, rng, 1)[0]


@dataclass(frozen=True)
class Former:
    """An invented earlier identity: name, flag and the identifiers it carried."""

    name: str
    flag: str
    ircs: str | None
    mmsi: str | None


def former_identity(
    ship: Ship, rng: random.Random, flags: tuple[str, ...] = _vocab.FORMER_FLAGS
) -> Former:
    name = ship.former_name or rng.choice([n for n in _vocab.FORMER_NAMES if n != ship.name])
    flag = rng.choice([f for f in flags if f != ship.flag] or list(_vocab.FORMER_FLAGS))
    return Former(name, flag, _ids.make_call_sign(flag, rng), _ids.make_mmsi(flag, rng))


# --- words ------------------------------------------------------------------------------------


def country(iso3: str, lang: str = "en", rng: random.Random | None = None) -> str:
    """A country as written in `lang`; with rng, sometimes the long form or the ISO3 code."""
    names = _vocab.COUNTRIES.get(iso3)
    if names is None:
        return iso3
    if rng is not None:
        roll = rng.random()
        if roll < 0.15:
            return iso3
        if roll < 0.3 and lang == "en":
            return names[3]
    return names[_LANG_INDEX[lang]]


def placeholder(lang: str, rng: random.Random) -> str:
    return rng.choice(_vocab.PLACEHOLDERS[lang])


_TARGETS = {
    "SQUID_JIGGER": ("OFJ", "GIS"),
    "TRAWLERS": ("CJM", "MAS", "TOP"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET"),
    "POLE_AND_LINE": ("SKJ", "ALB", "YFT"),
    "SET_LONGLINES": ("TOP", "SWO", "BSH"),
}


def species(ship: Ship, rng: random.Random, count: int) -> list[tuple[str, str, str, str]]:
    """Up to `count` species the vessel's gear targets (tuna longline species by default)."""
    codes = _TARGETS.get(ship.gear or "", ("YFT", "BET", "ALB", "SWO", "BSH"))
    pool = [entry for entry in _vocab.SPECIES if entry[0] in codes]
    return rng.sample(pool, min(count, len(pool)))


def species_word(entry: tuple[str, str, str, str], lang: str, code: bool = False) -> str:
    return entry[0] if code else entry[1 + _LANG_INDEX[lang]]


def gear_word(ship: Ship, lang: str, rng: random.Random) -> str:
    key = ship.gear if ship.gear in _vocab.GEAR_WORDS else rng.choice(sorted(_vocab.GEAR_WORDS))
    return _vocab.GEAR_WORDS[key or "DRIFTING_LONGLINES"][_LANG_INDEX[lang]]


def rfmo_for(ship: Ship, rng: random.Random) -> str:
    """An RFMO plausible for the vessel's gear."""
    if ship.gear == "SQUID_JIGGER":
        return rng.choice(("NPFC", "SPRFMO"))
    if ship.gear == "TRAWLERS":
        return rng.choice(("SPRFMO", "NPFC"))
    return rng.choice(("IOTC", "WCPFC", "ICCAT", "IATTC"))


def rfmo_name(rfmo: str, lang: str) -> str:
    english, spanish, french, _ = _vocab.RFMOS[rfmo]
    return {"en": english, "es": spanish, "fr": french}[lang]


def rfmo_number(rfmo: str, ship: Ship, rng: random.Random) -> str:
    """A vessel's number in an RFMO record, in that RFMO's usual shape."""
    flag = ship.flag or "XXX"
    if rfmo == "IOTC":
        return f"IOTC{rng.randint(1, 25_000):06d}"
    if rfmo == "ICCAT":
        return f"AT000{flag}{rng.randint(1, 2_000):05d}"
    if rfmo == "NPFC":
        return f"{rng.randint(100, 1_999)}"
    if rfmo == "SPRFMO":
        return f"SPRFMO-{flag}-{rng.randint(10, 999):04d}"
    return str(rng.randint(1_000, 15_000))  # WCPFC VID, IATTC vessel number


def company(ship: Ship, rng: random.Random) -> tuple[str, str]:
    """(company name, ISO3 of its seat): the listed owner when there is one."""
    seat = ship.flag if ship.flag in _vocab.ADDRESSES else rng.choice(_vocab.OFFSHORE)
    if ship.owner:
        return ship.owner, seat
    pool = _vocab.COMPANIES.get(seat, _vocab.COMPANIES["OFFSHORE"])
    return rng.choice(pool), seat


def company_number(seat: str, rng: random.Random) -> str:
    if seat == "CHN":
        return "91" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))
    if seat == "TWN":
        return f"{rng.randint(10_000_000, 99_999_999)}"
    if seat in ("MHL", "PAN", "SYC"):
        return f"{rng.randint(10_000, 199_999)}"
    return f"{rng.choice('ABCHK')}{rng.randint(100_000, 9_999_999)}"


def address(seat: str, rng: random.Random) -> tuple[str, str, str | None, str | None]:
    return rng.choice(_vocab.ADDRESSES[seat])


def write_address(page: PageDraft, seat: str, lang: str, rng: random.Random, sep: str) -> None:
    """Street, city, province, postcode and country, separated by `sep`, each its own span."""
    street, city, state, postcode = address(seat, rng)
    page.val(street, "ADDRESS").add(sep)
    if postcode and rng.random() < 0.5:
        page.add(postcode + " ")
    page.val(city, "CITY")
    if state:
        page.add(", ").val(state, "STATE")
    page.add(sep).val(country(seat, lang), "COUNTRY_CODE")


# --- dates and numbers ------------------------------------------------------------------------


def some_date(rng: random.Random, first_year: int = 2016, last_year: int = 2025) -> date:
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(last_year, 12, 31) - start).days))


def date_between(rng: random.Random, first: date, last: date) -> date:
    """A day strictly between two dates when there is room, else the first."""
    span = (last - first).days
    return first + timedelta(days=rng.randint(1, span - 1)) if span > 1 else first


def date_style(lang: str, rng: random.Random) -> str:
    styles = {"en": ("long", "us", "iso", "dmy", "dot", "abbr"), "es": ("long", "dmy", "iso")}
    return rng.choice(styles.get(lang, ("long", "dmy", "dot")))


def fmt_date(day: date, lang: str, style: str) -> str:
    month = _vocab.MONTHS[lang][day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return day.strftime("%d/%m/%Y")
    if style == "dot":
        return day.strftime("%d.%m.%Y")
    if style == "us":
        return f"{month} {day.day}, {day.year}"
    if style == "abbr":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def decimal(value: str, lang: str) -> str:
    return value.replace(".", ",") if lang in ("es", "fr") else value


def power_kw(ship: Ship, rng: random.Random) -> int:
    tonnage = int(ship.gt) if ship.gt and ship.gt.isdigit() else rng.randint(150, 1_500)
    return max(120, round(tonnage * rng.uniform(0.45, 1.1) / 10) * 10)


def metric(page: PageDraft, key: str, value: str, unit: str | None, end: str = "\n") -> None:
    """`Key: value unit` where the key names the metric beside its own value (METRIC_TYPE)."""
    page.val(key, "METRIC_TYPE").add(": ").val(value, "METRIC_VALUE")
    if unit:
        page.add(" ").val(unit, "METRIC_UNIT")
    page.add(end)


def home_port(page: PageDraft, ship: Ship, lang: str, rng: random.Random, blank: str) -> None:
    """The port of registry, sometimes with its UN/LOCODE (PORT_ID) or its country
    (HOME_PORT_STATE); the province of "PORT, PROVINCE" is left out."""
    if not ship.port:
        page.add(blank)
        return
    page.val(ship.port.title(), "HOME_PORT")
    code = _vocab.PORT_CODES.get(ship.port.upper())
    roll = rng.random()
    if code and roll < 0.4:
        page.add(" (").val(code, "PORT_ID").add(")")
    elif ship.flag in _vocab.COUNTRIES and roll > 0.6:
        page.add(", ").val(country(ship.flag or "", lang), "HOME_PORT_STATE")


def ident(page: PageDraft, value: str | None, label: str, blank: str) -> None:
    """An identifier if well formed, else the document's placeholder (never labelled)."""
    if value:
        page.val(value, label)
    else:
        page.add(blank)
