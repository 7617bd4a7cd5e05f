"""One vessel's particulars as a document prints them, and the small formats every layout uses.

Identifiers from the vessel list are kept only when well formed (IMO check digit, MMSI with a
known MID, call sign in an ITU series of the flag); layouts print a placeholder otherwise."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._checks import imo_ok, ircs_ok, mid_flag, mmsi_ok


@dataclass(frozen=True)
class Ship:
    name: str
    flag: str  # ISO alpha-3
    imo: str | None
    mmsi: str | None
    ircs: str | None
    gt: str
    loa: str
    year: str
    owner: str
    owner_country: str  # a key of _vocab.ADDRESSES
    port: str
    former_name: str | None
    gear: str


def _clean(value: str | None) -> str | None:
    """Whitespace collapsed, so that a printed value is always tight; None if nothing is left."""
    return " ".join(value.split()) or None if value else None


def ship_of(vessel: Vessel, rng: random.Random) -> Ship:
    flag = vessel.flag or mid_flag(vessel.mmsi) or rng.choice(V.FOC_FLAGS)
    home = flag if flag in V.ADDRESSES else rng.choice(("CHN", "TWN", "KOR", "SGP", "PAN"))
    ports = V.HOME_PORTS.get(flag) or (V.ADDRESSES[home][0][1].upper(),)
    year = vessel.build_year if (vessel.build_year or "").isdigit() else None
    year = year if year and 1900 < int(year) < 2026 else None
    return Ship(
        name=_clean(vessel.name) or rng.choice(V.FORMER_NAMES),
        flag=flag,
        imo=vessel.imo if imo_ok(vessel.imo) else None,
        mmsi=vessel.mmsi if mmsi_ok(vessel.mmsi) else None,
        ircs=vessel.ircs if ircs_ok(vessel.ircs, flag) else None,
        gt=vessel.gross_tonnage or str(rng.randint(120, 2400)),
        loa=vessel.length_m or f"{rng.uniform(24, 78):.2f}",
        year=year or str(rng.randint(1984, 2022)),
        owner=_clean(vessel.owner) or rng.choice(V.COMPANIES.get(home) or V.COMPANIES["PAN"]),
        owner_country=home,
        port=_clean(vessel.port) or rng.choice(ports),
        former_name=_clean(vessel.former_name),
        gear=vessel.gear if vessel.gear in V.GEARS else rng.choice(sorted(V.GEARS)),
    )


def pick_ships(vessels: list[Vessel], rng: random.Random, count: int) -> list[Ship]:
    chosen = rng.sample(vessels, count) if len(vessels) >= count else rng.choices(vessels, k=count)
    return [ship_of(v, rng) for v in chosen]


# --- countries and flags -----------------------------------------------------------------------

_LANG = {"en": 1, "es": 2, "fr": 3}


def country(iso3: str, lang: str = "en") -> str:
    row = V.COUNTRIES.get(iso3)
    return row[_LANG[lang]] if row else iso3


def flag_text(iso3: str, lang: str, rng: random.Random) -> str:
    """The flag as a country name, a formal name or an ISO code (all labelled FLAG)."""
    row = V.COUNTRIES.get(iso3)
    if row is None:
        return iso3
    options = [row[_LANG[lang]]] * 3 + [iso3]
    if lang == "en" and iso3 in V.FORMAL:
        options.append(V.FORMAL[iso3])
    return rng.choice(options)


def adjective(iso3: str, lang: str) -> str:
    row = V.COUNTRIES.get(iso3)
    return row[3 + _LANG[lang]] if row else ""


def address(iso3: str, rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(V.ADDRESSES.get(iso3) or V.ADDRESSES["SGP"])


def master_name(iso3: str, rng: random.Random) -> str:
    return rng.choice(V.MASTERS.get(iso3) or V.MASTERS["PHL"])


# --- dates --------------------------------------------------------------------------------------

MONTHS = {
    "en": [
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
    ],
    "es": [
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
    ],
    "fr": [
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
    ],
}
STYLES = {
    "en": ("long", "us", "iso", "slash", "abbr"),
    "es": ("long", "slash", "iso", "dot"),
    "fr": ("long", "slash", "dot"),
}


def a_date(rng: random.Random, first: int = 2019, last: int = 2025) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last, 12, 31).toordinal()))


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    month = MONTHS[lang][day.month - 1]
    if style == "long":
        return {
            "en": f"{day.day} {month} {day.year}",
            "es": f"{day.day} de {month} de {day.year}",
            "fr": f"{day.day} {month} {day.year}",
        }[lang]
    return {
        "us": f"{month} {day.day}, {day.year}",
        "iso": day.isoformat(),
        "slash": day.strftime("%d/%m/%Y"),
        "dot": day.strftime("%d.%m.%Y"),
        "abbr": f"{day.day:02d}-{month[:3].upper()}-{day.year}",
    }[style]


# --- identifiers and numbers a document adds to the vessel's own ------------------------------


def former_identity(rng: random.Random, flag: str) -> tuple[str, str, str]:
    """(former flag, former MMSI, former call sign), well formed for the former flag."""
    old = rng.choice([f for f in sorted(V.FORMER_FLAGS) if f != flag])
    mids, prefix = V.FORMER_FLAGS[old]
    mmsi = rng.choice(mids) + f"{rng.randint(0, 999_999):06d}"
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    call_sign = prefix + rng.choice(letters) + rng.choice(letters) + str(rng.randint(2, 9))
    assert mmsi_ok(mmsi) and ircs_ok(call_sign, old), (mmsi, call_sign, old)
    return old, mmsi, call_sign


def national_reg(flag: str, rng: random.Random) -> str:
    n = rng.randint(1000, 99999)
    return {
        "CHN": f"({rng.choice(('MIN', 'ZHE', 'LU', 'LIAO'))})FT-{rng.randint(100000, 399999)}",
        "TWN": f"CT{rng.randint(3, 7)}-{n % 10000:04d}",
        "JPN": f"{rng.randint(130000, 141999)}",
        "ESP": f"3{rng.choice(('VI', 'BI', 'GC'))}-{rng.randint(1, 9)}-{rng.randint(1, 99)}-"
        f"{rng.randint(90, 99):02d}",
        "NOR": f"M-{rng.randint(1, 399)}-{rng.choice(('A', 'AV', 'HØ', 'SM'))}",
        "PAN": f"{rng.randint(40000, 56999)}-{rng.randint(10, 24)}-{rng.choice('ABCDE')}",
        "RUS": f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
    }.get(flag, f"{rng.randint(100000, 999999)}")


def eu_cfr(flag: str, rng: random.Random) -> str | None:
    return f"{flag}000{rng.randint(10000, 999999):06d}" if flag in ("ESP", "PRT", "FRA") else None


def rfmo_id(rfmo: str, flag: str, rng: random.Random) -> str:
    return {
        "IOTC": f"IOTC{rng.randint(1000, 19999):06d}",
        "ICCAT": f"AT000{flag}{rng.randint(1, 99999):05d}",
        "CCAMLR": f"{rng.randint(10, 999)}",
    }.get(rfmo, f"{rng.randint(1000, 16999)}")


def licence_no(rng: random.Random, year: int, flag: str) -> str:
    iso2 = V.COUNTRIES.get(flag, ("XX",))[0]
    return rng.choice(
        (
            f"{iso2}-{year}-LL-{rng.randint(1, 9999):04d}",
            f"LIC/{year}/{rng.randint(100, 999)}",
            f"FL{year % 100:02d}-{rng.randint(10000, 99999)}",
            f"{rng.randint(100, 999)}/{year}",
        )
    )


def bad_imo(imo: str) -> str:
    """The same number with a wrong check digit (a misprint that must not be labelled IMO)."""
    return imo[:6] + str((int(imo[6]) + 3) % 10)


def engine_kw(gt: str, rng: random.Random) -> str:
    return str(max(180, int(float(gt) * rng.uniform(0.6, 1.4)) // 10 * 10))


def phone(rng: random.Random, code: str) -> str:
    tail = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return (
        f"+{code} {tail}"
        if " " in code
        else f"+{code} {rng.randint(2, 9)}{rng.randint(1, 99):02d} {tail}"
    )


def company_reg_no(iso3: str, rng: random.Random) -> str:
    alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    tail = "".join(rng.choice(alnum) for _ in range(8))
    return {
        "CHN": f"91{rng.randint(110000, 659999)}MA{tail}",
        "TWN": f"{rng.randint(10_000_000, 99_999_999)}",
        "JPN": f"{rng.randint(10**12, 10**13 - 1)}",
        "KOR": f"{rng.randint(100, 899)}-{rng.randint(81, 88)}-{rng.randint(10000, 99999)}",
        "RUS": f"1{rng.randint(0, 10**12 - 1):012d}",
        "ESP": f"{rng.choice('AB')}{rng.randint(15_000_000, 36_999_999)}",
        "AUS": f"{rng.randint(100, 699)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "NOR": f"{rng.randint(900, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "SGP": f"20{rng.randint(1000000, 2499999)}{rng.choice('KDEMNRWZ')}",
    }.get(iso3, f"{rng.randint(100000, 999999)}")
