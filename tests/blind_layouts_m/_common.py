"""Helpers shared by the layouts: dates as written, amounts, country names, associates."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from . import _vocab as v
from ._ids import Profile
from ._page import PageBuilder, Piece

LANG_INDEX = {"en": 0, "es": 1, "fr": 2}


def some_day(rng: random.Random, start: int = 2023, end: int = 2025) -> dt.date:
    first = dt.date(start, 1, 1)
    return first + dt.timedelta(days=rng.randint(0, (dt.date(end, 12, 31) - first).days))


def later(day: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=rng.randint(low, high))


def date_text(day: dt.date, style: str, lang: str = "en") -> str:
    """One date as a document writes it; style in iso, dmy, dmy., mdy, long, mon, short."""
    month = v.MONTHS[lang].split()[day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dmy.":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "mdy":
        return f"{month} {day.day}, {day.year}"
    if style == "mon":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    if style == "short":
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def date_style(rng: random.Random, lang: str = "en") -> str:
    styles = ["dmy", "long", "iso", "dmy."] + (["mdy", "mon"] if lang == "en" else [])
    return rng.choice(styles)


def money(amount: float, style: int = 0) -> str:
    """12,345.60 (style 0), 12.345,60 (1) or 12 345,60 (2)."""
    text = f"{amount:,.2f}"
    if style == 1:
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    if style == 2:
        return text.replace(",", " ").replace(".", ",")
    return text


def country(iso3: str | None, lang: str = "en", rng: random.Random | None = None) -> str:
    """The country's name in a language (a formal form now and then), else the ISO code."""
    if iso3 is None:
        return ""
    if rng is not None and lang == "en" and iso3 in v.FORMAL and rng.random() < 0.3:
        return rng.choice(v.FORMAL[iso3])
    if iso3 in v.COUNTRIES:
        return v.COUNTRIES[iso3][LANG_INDEX[lang]]
    return iso3


def adjective(iso3: str) -> str | None:
    return v.COUNTRIES[iso3][3] if iso3 in v.COUNTRIES else None


def gear_word(p: Profile, lang: str = "en") -> str:
    return v.GEAR_WORDS.get(p.gear or "", v.GEAR_WORDS[""])[LANG_INDEX[lang]]


def home_port(p: Profile, rng: random.Random) -> str | None:
    if p.port:
        return p.port
    options = v.HOME_PORTS.get(p.flag or "")
    return rng.choice(options) if options else None


def builder(p: Profile, rng: random.Random) -> tuple[str, str]:
    """(country ISO alpha-3, yard and place) of build: in the flag State when it builds
    fishing vessels (three times in four), else elsewhere."""
    where = p.flag if p.flag in v.BUILDERS and rng.random() < 0.75 else rng.choice(list(v.BUILDERS))
    assert where is not None
    return where, rng.choice(v.BUILDERS[where])


def master(p: Profile, rng: random.Random) -> str:
    return rng.choice(v.MASTERS.get(p.flag or "", v.MASTERS[""]))


@dataclass(frozen=True)
class Associate:
    name: str
    street: str
    city: str
    state: str
    postcode: str
    country: str  # ISO alpha-3


def owner(p: Profile, rng: random.Random) -> Associate:
    """The vessel's owner as listed (else a made-up one), at an address in its flag State
    when the vocabulary has one there."""
    name = p.owner or rng.choice(v.COMPANIES.get(p.flag or "", v.COMPANIES[""]))
    return _at(name, p.flag, rng)


def manager(rng: random.Random) -> Associate:
    name, where = rng.choice(v.MANAGERS)
    return _at(name, where, rng)


def _at(name: str, iso3: str | None, rng: random.Random) -> Associate:
    local = [a for a in v.ADDRESSES if a[4] == iso3]
    street, city, state, postcode, where = rng.choice(local or list(v.ADDRESSES))
    return Associate(name, street, city, state, postcode, where)


def address_lines(
    b: PageBuilder, a: Associate, rng: random.Random, lang: str = "en", indent: str = ""
) -> None:
    """The associate's street, then city (postcode, state) and country, all labelled."""
    b.line(indent, (a.street, "ADDRESS"))
    pieces: list[Piece] = [indent]
    if a.postcode and rng.random() < 0.5:
        pieces += [a.postcode, " "]
    pieces.append((a.city, "CITY"))
    if a.state:
        pieces += [", ", (a.state, "STATE")]
    b.line(*pieces)
    b.line(indent, (country(a.country, lang, rng), "COUNTRY_CODE"))


def metric(
    b: PageBuilder,
    kind: str,
    value: str | None,
    unit: str,
    placeholder: str = "n/a",
    width: int = 0,
    sep: str = ": ",
) -> PageBuilder:
    """`Gross tonnage: 1596 GT`: the metric's name beside its own value is METRIC_TYPE."""
    gap = sep.rstrip().ljust(max(width - len(kind), len(sep)))
    if value is None:
        return b.line(kind, gap, placeholder)  # a bare key: nothing measured beside it
    return b.line((kind, "METRIC_TYPE"), gap, (value, "METRIC_VALUE"), " ", (unit, "METRIC_UNIT"))


def ident(value: str | None, label: str, placeholder: str) -> Piece:
    """An identifier if well formed (the profile keeps only those), else the placeholder."""
    return (value, label) if value else placeholder


def french_number(value: str) -> str:
    return value.replace(".", ",")


def national_reg(flag: str | None, rng: random.Random) -> str:
    """A registration number in the manner of the flag State's register (made up)."""
    n = rng.randint
    if flag == "CHN":
        return f"{rng.choice(('ZJ', 'FJ', 'SD', 'LN'))}-{n(2005, 2022)}-{n(100000, 999999)}"
    if flag == "TWN":
        return f"CT{n(4, 7)}-{n(1000, 9999)}"
    if flag == "JPN":
        return f"{n(128000, 146999)}"
    if flag == "KOR":
        return f"{n(9500000, 9999999)}-{n(6200000, 6299999)}"
    if flag == "ESP":
        return f"3ª-{rng.choice(('VI', 'BI', 'CA'))}-{n(1, 5)}-{n(1000, 9999)}-{n(1, 12):02d}"
    return f"{(flag or 'XX')[:2]}{n(10000, 99999)}"


def rfmo_record(flag: str | None, rfmo: str, rng: random.Random) -> str | None:
    """A vessel's number in an RFMO record, in the manner of that RFMO (made up)."""
    if rfmo == "ICCAT":
        return f"AT000{flag}{rng.randint(1, 1999):05d}" if flag else None
    if rfmo == "IOTC":
        return str(rng.randint(10000, 29999))
    if rfmo == "WCPFC":
        return str(rng.randint(1000, 19999))
    if rfmo == "CCAMLR":
        return str(rng.randint(10000, 99999))
    return f"{rfmo}-{rng.randint(100, 9999)}"


def filled(p: Profile, rng: random.Random) -> Profile:
    """The profile with tonnage, length and year of build made up where the list has none,
    for documents that always state them (identifiers are never made up here)."""
    gt = p.gross_tonnage or str(rng.randint(80, 2400))
    length = p.length_m or f"{4.6 * float(gt) ** (1 / 3) + rng.uniform(-3, 3):.2f}"
    year = p.build_year or str(rng.randint(1986, 2019))
    return replace(p, gross_tonnage=gt, length_m=length, build_year=year)


def tax_id(iso3: str, rng: random.Random) -> tuple[str, str]:
    """(key, value) of a company's tax or registration number in its country's manner."""
    n = rng.randint
    forms = {
        "CHN": (
            "Unified social credit code",
            f"91{n(110000, 659999)}MA{n(10, 99)}{n(1000, 9999)}X{n(1, 9)}",
        ),
        "TWN": ("UBN", f"{n(10000000, 99999999)}"),
        "JPN": ("Registration no.", f"T{n(1000000000000, 9999999999999)}"),
        "KOR": ("Business reg. no.", f"{n(100, 999)}-{n(10, 99)}-{n(10000, 99999)}"),
        "RUS": ("INN", f"25{n(10000000, 99999999)}"),
        "ESP": ("NIF", f"B{n(10000000, 99999999)}"),
        "SGP": ("UEN", f"20{n(1000000, 2599999)}{rng.choice('KMNRWZ')}"),
        "URY": ("RUT", f"21{n(1000000000, 9999999999)}"),
        "MUS": ("BRN", f"C{n(10000000, 19999999)}"),
        "FRA": ("SIREN", f"{n(300, 999)} {n(100, 999)} {n(100, 999)}"),
    }
    return forms.get(iso3, ("Company no.", f"{n(100000, 999999)}"))
