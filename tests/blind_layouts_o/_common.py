"""Writing helpers shared by the layouts: names of flags, dates, numbers, owners, identifiers."""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from . import _vocab as V
from ._ids import Identity, new_call_sign, new_mmsi
from ._page import PageBuilder, Piece

MONTHS = (
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
)
MESES = (
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
)
MOIS = (
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
)


def flag_text(rng: random.Random, iso3: str | None, lang: str = "en") -> str | None:
    if iso3 is None:
        return None
    if iso3 not in V.COUNTRY:
        return iso3
    english, spanish, french = V.COUNTRY[iso3]
    return {"es": spanish, "fr": french}.get(lang) or rng.choice(english)


def some_date(rng: random.Random, start: int = 2019, end: int = 2025) -> date:
    first = date(start, 1, 1)
    return first + timedelta(days=rng.randrange((date(end, 12, 31) - first).days))


def fmt_date(d: date, style: int, lang: str = "en") -> str:
    """One of several ways to write a date; `style` picks it (0-5)."""
    months = {"es": MESES, "fr": MOIS}.get(lang, MONTHS)
    if lang != "en" and style % 6 >= 4:  # the English-only forms
        style = 2 if style % 6 == 4 else 0
    return (
        f"{d.day} {months[d.month - 1]} {d.year}",
        d.isoformat(),
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    )[style % 6]


def dtg(moment: datetime) -> str:
    """A date-time group as in SAR and radio messages: 141530Z MAR 24."""
    return f"{moment:%d%H%M}Z {MONTHS[moment.month - 1][:3].upper()} {moment:%y}"


def gear_word(gear: str, lang: str = "en") -> str:
    words = V.GEAR_WORDS.get(gear, ("fishing vessel", "buque pesquero", "navire de pêche"))
    return words[("en", "es", "fr").index(lang)]


def species_for(vessel: Identity, rng: random.Random) -> tuple[str, str, str, str]:
    """A species (code, English, Spanish, French) that a vessel of this gear would catch."""
    code = rng.choice(V.SPECIES_BY_GEAR.get(vessel.gear, ("YFT", "BET", "SWO")))
    return next(s for s in V.SPECIES if s[0] == code)


def in_prose(name: str) -> str:
    """'Yellowfin tuna' -> 'yellowfin tuna'; names starting with a place keep their capital."""
    first = name.split()[0]
    return name if first in ("Atlantic", "Argentine", "Patagonian", "European") else name.lower()


def person(rng: random.Random) -> str:
    return f"{rng.choice(V.FIRST)} {rng.choice(V.LAST)}"


def money(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randrange(low, high, 50):,}"


def position(rng: random.Random) -> str:
    lat, lon = rng.uniform(0, 48), rng.uniform(5, 179)
    ns, ew = rng.choice("NS"), rng.choice("EW")
    return f"{int(lat):02d}°{(lat % 1) * 60:04.1f}'{ns} {int(lon):03d}°{(lon % 1) * 60:04.1f}'{ew}"


def opt(value: str | None, *pieces: Piece) -> tuple[Piece, ...]:
    """The pieces when value is present (they usually include it), else nothing."""
    return pieces if value else ()


def ident(value: str | None, label: str, placeholder: str) -> Piece:
    """A labelled identifier, or the document's unlabelled placeholder when it is missing."""
    return (value, label) if value else placeholder


def region(flag: str | None, table: Collection[str]) -> str:
    return flag if flag is not None and flag in table else "ANY"


def port_name(rng: random.Random, port: str) -> str:
    """The home port as in the register ('FUZHOU, FUJIAN') or just the port, in title case."""
    return port if rng.random() < 0.4 else port.split(",")[0].title()


def home_port(rng: random.Random, vessel: Identity) -> tuple[Piece, ...]:
    """The home port as registered, or the port alone, sometimes with its country apart."""
    country = V.COUNTRY[vessel.flag][0][0] if vessel.flag in V.COUNTRY else None
    if rng.random() < 0.35 or country is None:
        return ((port_name(rng, vessel.port), "HOME_PORT"),)
    port = vessel.port.split(",")[0].title()
    if rng.random() < 0.5:
        return ((port, "HOME_PORT"), ", ", (country, "HOME_PORT_STATE"))
    return ((port, "HOME_PORT"), " (", (country, "HOME_PORT_STATE"), ")")


def nat_reg_no(rng: random.Random, flag: str | None) -> str:
    n = rng.randint(1000, 99999)
    return {
        "CHN": f"3502{rng.randint(10, 24)}{rng.randint(0, 999999):06d}",
        "TWN": f"CT{rng.randint(3, 7)}-{n % 10000:04d}",
        "JPN": f"{rng.choice(['MG', 'AM', 'SO'])}{rng.randint(1, 3)}-{n % 10000:04d}",
        "RUS": f"M-{rng.randint(100, 999)}{rng.choice('ABKTM')}",
        "ESP": f"3ª-VI-{rng.randint(1, 9)}-{n % 1000:03d}-{rng.randint(1, 12):02d}",
    }.get(flag or "", f"{rng.randint(10, 99)}-{n:05d}-{rng.choice('ABCKM')}")


def licence_no(rng: random.Random, flag: str | None, year: int) -> str:
    return rng.choice(
        (
            f"{flag or 'FL'}-{year}-{rng.randint(1, 9999):04d}",
            f"LIC/{year}/{rng.randint(100, 999)}",
            f"{year}HY{rng.randint(1000, 9999)}",
            f"DWF-{rng.randint(10000, 99999)}",
        )
    )


def rfmo_id(rng: random.Random, rfmo: str, flag: str | None) -> str:
    return {
        "IOTC": f"IOTC{rng.randint(0, 19999):06d}",
        "ICCAT": f"AT000{flag or 'XXX'}{rng.randint(1, 999):05d}",
        "NPFC": f"{rng.randint(100, 1999)}",
        "SPRFMO": f"SPRFMO-{rng.randint(1000, 9999)}",
    }.get(rfmo, str(rng.randint(1000, 99999)))


def cfr(rng: random.Random) -> str:
    return f"ESP{rng.randint(1, 30000):09d}"


@dataclass(frozen=True)
class Owner:
    name: str
    street: str
    city: str
    state: str | None
    country: str
    reg_no: str


def owner_of(vessel: Identity, rng: random.Random) -> Owner:
    street, city, state, country = rng.choice(
        V.ADDRESS_BY_FLAG[region(vessel.flag, V.ADDRESS_BY_FLAG)]
    )
    reg = rng.choice(
        (
            f"{rng.randint(10**17, 10**18 - 1)}",
            f"{rng.randint(10**7, 10**8 - 1)}",
            f"CR-{rng.randint(1000, 99999)}",
        )
    )
    return Owner(vessel.owner, street, city, state, country, reg)


def address_line(b: PageBuilder, owner: Owner, rng: random.Random, sep: str = ", ") -> None:
    """Street, city, state, country on one line, each labelled."""
    b.add((owner.street, "ADDRESS"), sep, (owner.city, "CITY"))
    if owner.state:
        b.add(sep, (owner.state, "STATE"))
    b.add(rng.choice((sep, " - ", sep)), (owner.country, "COUNTRY_CODE"))


def metric(name: str, value: str, unit: str) -> tuple[Piece, ...]:
    """`Name: value unit` with the metric's name labelled beside its own value."""
    return ((name, "METRIC_TYPE"), ": ", (value, "METRIC_VALUE"), " ", (unit, "METRIC_UNIT"))


@dataclass(frozen=True)
class Former:
    """Made-up former identity for history lines: name, flag (ISO) and call sign / MMSI."""

    name: str | None
    flag: str
    call_sign: str | None
    mmsi: str | None


def former_of(vessel: Identity, rng: random.Random) -> Former:
    flag = rng.choice([f for f in V.FORMER_FLAGS if f != vessel.flag])
    name = vessel.former_name or rng.choice((*V.MERCHANT_NAMES, "SEA HUNTER", "LUCKY STAR 8"))
    return Former(name, flag, new_call_sign(rng, flag), new_mmsi(rng, flag))


def engine_kw(rng: random.Random, gross_tonnage: str) -> int:
    return max(150, int(float(gross_tonnage) * rng.uniform(0.8, 1.6)) // 10 * 10)
