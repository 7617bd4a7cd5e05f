"""Formatting helpers shared by the layouts: dates as written, country wordings, people,
and the made-up identifiers a document adds to a vessel (licences, RFMO and register numbers)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ._ids import Ident
from ._page import Part
from ._vocab import (
    ADDRESSES,
    COMPANIES,
    COUNTRIES,
    EN_ALIASES,
    FORMER_FLAGS,
    FORMER_NAME_WORDS,
    HOME_PORTS,
    OCEANS,
    PEOPLE,
)

# fmt: off
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
# fmt: on


def some_day(rng: random.Random, first_year: int = 2024, last_year: int = 2026) -> date:
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randrange((date(last_year, 12, 31) - start).days))


def fmt_date(day: date, style: str) -> str:
    """A date as a document of the given style prints it."""
    mon = MONTHS_EN[day.month - 1]
    return {
        "iso": day.isoformat(),
        "dmy/": f"{day:%d/%m/%Y}",
        "dmy.": f"{day:%d.%m.%Y}",
        "dmy-": f"{day:%d-%m-%Y}",
        "mdy/": f"{day:%m/%d/%Y}",
        "d mon y": f"{day.day} {mon[:3]} {day.year}",
        "dd-Mon-yy": f"{day:%d}-{mon[:3]}-{day:%y}",
        "DDMONYY": f"{day:%d}{mon[:3].upper()}{day:%y}",
        "yymmdd": f"{day:%y%m%d}",
        "mm/dd/yy": f"{day:%m/%d/%y}",
        "mdy-long": f"{mon} {day.day}, {day.year}",
        "dmy-long": f"{day.day} {mon} {day.year}",
        "es-long": f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}",
        "fr-long": f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}",
    }[style]


def country(iso3: str | None, lang: str, rng: random.Random, *, codes: bool = True) -> str | None:
    """A country as a document writes it: a name in its language, an alias, or an ISO code."""
    if iso3 is None:
        return None
    known = COUNTRIES.get(iso3)
    if known is None:
        return iso3
    roll = rng.random()
    if codes and roll < 0.2:
        return iso3 if roll < 0.12 else known.iso2
    if lang == "es":
        return known.es
    if lang == "fr":
        return known.fr
    return rng.choice(EN_ALIASES.get(iso3, (known.en,)))


def person(nationality: str, rng: random.Random) -> tuple[str, str]:
    """(printed name, nationality) of a master or crew member; PEOPLE keys are nationalities."""
    if nationality not in PEOPLE:
        nationality = rng.choice(("CHN", "IDN", "PHL", "KOR", "VNM"))
    family, given = rng.choice(PEOPLE[nationality])
    style = rng.randrange(3)
    name = {0: f"{family} {given}", 1: f"{given} {family}", 2: f"{given} {family.title()}"}[style]
    return name, nationality


def company(iso3: str | None, rng: random.Random) -> tuple[str, str]:
    """(company name, country of the company)."""
    home = iso3 if iso3 in COMPANIES else rng.choice(("PAN", "HKG", "CHN"))
    return rng.choice(COMPANIES[home]), home


def address(iso3: str, rng: random.Random) -> tuple[str, str, str | None, str | None]:
    home = iso3 if iso3 in ADDRESSES else "PAN"
    return rng.choice(ADDRESSES[home])


def home_port(vessel: Ident, rng: random.Random, *, whole: bool = True) -> str | None:
    """The port of registry as written: the record's own (with its province, when `whole`),
    else a usual port of the flag."""
    if vessel.port:
        return vessel.port if whole else vessel.port.split(",")[0].strip()
    ports = HOME_PORTS.get(vessel.flag or "")
    return rng.choice(ports) if ports else None


def ocean_for(vessel: Ident, rng: random.Random) -> str:
    if vessel.gear == "SQUID_JIGGER":
        return rng.choice(("WPAC", "EPAC", "ATL"))
    return rng.choice(tuple(OCEANS))


_RFMO_CC = {"TWN": "TAI", "ESP": "EU0ESP"}


def rfmo_id(rfmo: str, flag: str | None, rng: random.Random) -> str:
    cc = flag or "XXX"
    n = rng.randint(1, 99_999)
    return {
        "ICCAT": f"AT{'000' if cc != 'ESP' else ''}{_RFMO_CC.get(cc, cc)}{n % 100_000:05d}",
        "IOTC": f"IOTC{n:06d}",
        "WCPFC": f"{n % 20_000 + 1000}",
        "IATTC": f"{n % 16_000 + 100}",
        "SPRFMO": f"{cc}-{n % 1000:04d}",
        "NPFC": f"NPFC-{cc}-{n % 1000:04d}",
        "SIOFA": f"SIOFA{cc}{n % 1000:03d}",
    }.get(rfmo, f"{rfmo}-{n:05d}")


def licence_no(flag: str | None, year: int, rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return {
        "CHN": f"({year}){rng.choice(('FJ', 'ZJ', 'SD', 'LN'))}YY-{n:04d}",
        "TWN": f"FA-{year - 1911}-{n:04d}",
        "JPN": f"{rng.choice(('AM', 'MG', 'SZ'))}{year % 100}-{n:04d}",
        "KOR": f"{year}-DW-{n:04d}",
        "RUS": f"{rng.randint(10, 99)}{year % 100}{n:05d}",
        "ESP": f"ES-{rng.choice(('PAL', 'ARR', 'CER'))}-{year}/{n:04d}",
        "VUT": f"VU/FL/{year}/{n:03d}",
    }.get(flag or "", f"{n:04d}/{year}")


def national_reg_no(flag: str | None, rng: random.Random) -> str:
    n = rng.randint(1, 99_999)
    return {
        "CHN": f"{rng.choice(('3501', '3309', '3710', '2102'))}{rng.randint(2005, 2024)}{n:06d}",
        "TWN": f"CT{rng.randint(4, 7)}-{n % 10000:04d}",
        "JPN": f"{rng.choice(('MG', 'AM', 'SZ', 'HK'))}1-{n % 10000:04d}",
        "KOR": f"{rng.randint(9, 12)}{n:06d}",
        "RUS": f"{rng.randint(10, 99)}-{n:05d}",
        "ESP": f"3ª-VI-{rng.randint(1, 5)}-{rng.randint(1, 99)}-{rng.randint(90, 99)}",
        "VUT": f"{rng.randint(1000, 2500)}",
        "PAN": f"{rng.randint(40000, 55000)}-{rng.randint(10, 25)}",
    }.get(flag or "", f"{n:05d}")


def cfr(flag: str | None, rng: random.Random) -> str | None:
    """An EU fleet register number, only for an EU flag."""
    return f"{flag}{rng.randint(1, 30_000):09d}" if flag in ("ESP", "FRA", "PRT") else None


def grouped(number: str, sep: str) -> str:
    """Thousands grouping as written ("1,596", "1 596", "1.596")."""
    whole, dot, frac = number.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    body = sep.join([whole, *groups])
    if not dot:
        return body
    return f"{body}{',' if sep == '.' else '.'}{frac}"


def decimal_comma(number: str) -> str:
    return number.replace(".", ",")


_BOXES = {"ATL": (-30, 20, -40, 10), "IND": (-30, 10, 40, 90), "WPAC": (-10, 40, 140, 179),
          "EPAC": (-30, 0, -120, -80)}  # fmt: skip


def latlon(ocean: str, rng: random.Random) -> tuple[float, float]:
    south, north, west, east = _BOXES[ocean]
    return rng.uniform(south, north), rng.uniform(west, east)


def position(ocean: str, rng: random.Random, style: int) -> str:
    """A position as forms write it: degrees and minutes, or signed decimals."""
    lat, lon = latlon(ocean, rng)
    if style == 1:
        return f"{lat:.4f}, {lon:.4f}"
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    lat, lon = abs(lat), abs(lon)
    return (
        f"{int(lat):02d}°{int(lat % 1 * 60):02d}'{ns} {int(lon):03d}°{int(lon % 1 * 60):02d}'{ew}"
    )


def former_identity(rng: random.Random) -> tuple[str, str, str, str]:
    """(flag, name, call sign, MMSI) the vessel had under an open register before: made up,
    and well formed for that flag."""
    flag = rng.choice(tuple(FORMER_FLAGS))
    prefixes, mids = FORMER_FLAGS[flag]
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    ircs = rng.choice(prefixes) + rng.choice(letters) + rng.choice(letters) + str(rng.randint(2, 9))
    mmsi = rng.choice(mids) + f"{rng.randint(0, 999_999):06d}"
    first, second = FORMER_NAME_WORDS
    return flag, f"{rng.choice(first)} {rng.choice(second)} {rng.randint(1, 99)}", ircs, mmsi


def port_of_registry(vessel: Ident, rng: random.Random, lang: str, placeholder: str) -> list[Part]:
    """The port of registry, sometimes as "PORT (Country)": the country is HOME_PORT_STATE."""
    port = home_port(vessel, rng, whole=rng.random() < 0.6)
    if not port:
        return [placeholder]
    state = country(vessel.flag, lang, rng, codes=False)
    if state and "," not in port and rng.random() < 0.4:
        return [(port, "HOME_PORT"), " (", (state, "HOME_PORT_STATE"), ")"]
    return [(port, "HOME_PORT")]
