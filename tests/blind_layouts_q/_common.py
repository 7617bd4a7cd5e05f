"""Shared helpers: reference code lists, well-formed identities, invented histories, dates."""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab as V

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"
T = TypeVar("T")


# --- reference lists -----------------------------------------------------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mids() -> dict[str, tuple[str, str, str]]:
    """MID -> (iso2, iso3, ITU name); the first row wins for a shared MID."""
    table: dict[str, tuple[str, str, str]] = {}
    for row in _rows("mmsi_mids.csv"):
        table.setdefault(row["mid"], (row["iso2"], row["iso3"], row["name"]))
    return table


@cache
def mids_of(iso3: str) -> tuple[str, ...]:
    return tuple(sorted(mid for mid, (_, code, _) in mids().items() if code == iso3))


@cache
def itu_series() -> tuple[tuple[str, str, str], ...]:
    """(first, last, allocated to) for each row of the ITU table."""
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        out.append((first, last, row["Allocated to"].strip()))
    return tuple(out)


@cache
def series_of(iso3: str) -> tuple[tuple[str, str], ...]:
    """ITU series of a flag; a territory uses its parent's series as well as its own."""
    names: set[str] = set()
    for row in _rows("mmsi_mids.csv"):
        if row["iso3"] == iso3:
            names.add(row["name"])
            names.add(row["name"].split(" - ")[0])
    return tuple((first, last) for first, last, owner in itu_series() if owner in names)


def callsign_ok(sign: str, iso3: str | None = None) -> bool:
    """A call sign of 3-7 characters whose prefix lies in an ITU series (of `iso3` if given)."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", sign) or not re.search(r"[A-Z]", sign):
        return False
    series = series_of(iso3) if iso3 else tuple((a, b) for a, b, _ in itu_series())
    for first, last in series:
        if sign[:2] != first[:2]:
            continue
        if first[2] == "A" and last[2] == "Z":
            return True
        if first[2] <= sign[2] <= last[2]:
            return True
    return False


def mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in mids()


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


@dataclass(frozen=True)
class Species:
    code: str
    en: str
    es: str
    fr: str

    def name(self, lang: str) -> str:
        return {"en": self.en, "es": self.es, "fr": self.fr}[lang]


@cache
def species() -> dict[str, Species]:
    en = {row["code"]: row["name_en"] for row in _rows("asfis_species_curated.csv")}
    return {
        row["code"]: Species(row["code"], en[row["code"]], row["name_es"], row["name_fr"])
        for row in _rows("asfis_species_es_fr.csv")
        if row["code"] in en
    }


# --- identities -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ident:
    """A vessel with only its well-formed identifiers kept (None = print a placeholder)."""

    vessel: Vessel
    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # iso3


@cache
def ident(vessel: Vessel) -> Ident:
    imo = vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mids()[mmsi[:3]][1] if mmsi else None)
    ircs = vessel.ircs if vessel.ircs and flag and callsign_ok(vessel.ircs, flag) else None
    return Ident(vessel, vessel.name, imo, mmsi, ircs, flag)


@dataclass(frozen=True)
class Former:
    name: str
    flag: str  # iso3
    ircs: str
    mmsi: str


def invent_callsign(rng: random.Random, iso3: str) -> str:
    first, last = rng.choice(series_of(iso3))
    letters = [c for c in string.ascii_uppercase if first[2] <= c <= last[2]]
    for _ in range(100):
        tail = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(2))
        sign = first[:2] + rng.choice(letters) + tail[: rng.randint(1, 2)]
        if rng.random() < 0.5:
            sign += rng.choice(string.digits)
        if callsign_ok(sign, iso3):
            return sign
    raise AssertionError(f"no call sign for {iso3}")  # pragma: no cover


def invent_mmsi(rng: random.Random, iso3: str) -> str:
    return rng.choice(mids_of(iso3)) + f"{rng.randint(0, 999_999):06d}"


def invent_name(rng: random.Random, avoid: str = "") -> str:
    while True:
        first, second = (rng.choice(parts) for parts in V.FORMER_NAME_PARTS)
        name = f"{first} {second}"
        name += rng.choice(("", f" {rng.randint(1, 99)}", f" NO.{rng.randint(1, 99)}"))
        if name != avoid:
            return name


def invent_former(rng: random.Random, cur: Ident) -> Former:
    flags = [f for f in V.FORMER_FLAGS if f != cur.flag and series_of(f) and mids_of(f)]
    flag = rng.choice(flags)
    former = cur.vessel.former_name
    name = former if former and former != cur.name else invent_name(rng, cur.name)
    return Former(name, flag, invent_callsign(rng, flag), invent_mmsi(rng, flag))


def choose(
    rng: random.Random,
    vessels: Sequence[Vessel],
    k: int,
    prefer: Callable[[Ident], bool] = lambda _: True,
) -> list[Ident]:
    """k vessels (distinct while the list allows), preferring those that satisfy `prefer`."""
    named = [v for v in vessels if v.name] or list(vessels)
    idents = [ident(v) for v in named]
    good = [i for i in idents if prefer(i)]
    rest = [i for i in idents if not prefer(i)]
    picked = rng.sample(good, min(k, len(good)))
    if len(picked) < k and rest:
        picked += rng.sample(rest, min(k - len(picked), len(rest)))
    while len(picked) < k:
        picked.append(rng.choice(idents))
    return picked


def has_ids(i: Ident) -> bool:
    return i.imo is not None or i.ircs is not None


def same_flag_first(
    rng: random.Random,
    vessels: Sequence[Vessel],
    k: int,
    prefer: Callable[[Ident], bool] = has_ids,
) -> list[Ident]:
    """k vessels sharing the first one's flag where the list allows (a fleet, a client group)."""
    (lead,) = choose(rng, vessels, 1, prefer)
    others = choose(rng, vessels, k + 3, lambda i: i.flag == lead.flag and prefer(i))
    picked = [lead] + [o for o in others if o.vessel is not lead.vessel]
    return picked[:k]


# --- names and places ---------------------------------------------------------------------------


def country(iso3: str | None, lang: str = "en") -> str | None:
    if iso3 is None:
        return None
    entry = V.COUNTRIES.get(iso3)
    if entry is None:
        return iso3
    return {"en": entry[1], "es": entry[2], "fr": entry[3], "iso2": entry[0]}[lang]


def flag_text(rng: random.Random, iso3: str | None, lang: str) -> str | None:
    """The flag as a document would print it: a name mostly, sometimes an ISO code."""
    if iso3 is None:
        return None
    roll = rng.random()
    if roll < 0.15:
        return iso3
    if roll < 0.22 and iso3 in V.COUNTRIES:
        return V.COUNTRIES[iso3][0]
    return country(iso3, lang)


def gear_text(gear: str | None, lang: str) -> str:
    names = V.GEARS.get(gear or "", V.FISHING_VESSEL)
    return {"en": names[0], "es": names[1], "fr": names[2]}[lang]


def company(rng: random.Random, iso3: str | None) -> str:
    forms = V.COMPANY_FORMS.get(iso3 or "", V.GENERIC_COMPANY_FORMS)
    return rng.choice(forms).format(s=rng.choice(V.COMPANY_STEMS))


def owner_of(rng: random.Random, i: Ident) -> str:
    return i.vessel.owner or company(rng, i.flag)


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str
    country_iso3: str
    phone: str


def address(rng: random.Random, iso3: str | None) -> Address:
    key = iso3 if iso3 in V.ADDRESSES else None
    cities, streets, prefix = V.ADDRESSES[key] if key else V.GENERIC_ADDRESS
    city, state = rng.choice(cities)
    if key is None and iso3 in V.REGISTRY_PORTS:
        city, state = V.REGISTRY_PORTS[iso3], ""
    street = rng.choice(streets).format(
        n=rng.randint(1, 388), r=rng.randint(101, 2208), b=rng.randint(1, 12)
    )
    body = rng.choice(V.PHONE_BODIES).format(
        a=rng.randint(10, 999), b=rng.randint(1000, 9999), c=rng.randint(1000, 9999)
    )
    return Address(street, city, state, iso3 or "SGP", f"{prefix} {body}")


def phone(rng: random.Random, prefix: str = "+86") -> str:
    return f"{prefix} {rng.randint(10, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def company_reg_no(rng: random.Random, iso3: str | None) -> str:
    digits = string.digits
    if iso3 == "CHN":
        body = "".join(rng.choice(digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        return f"91{rng.randint(110000, 659999)}{body}"
    if iso3 == "JPN":
        return "".join(rng.choice(digits) for _ in range(13))
    if iso3 == "KOR":
        return f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
    if iso3 == "TWN":
        return f"{rng.randint(10_000_000, 99_999_999)}"
    if iso3 == "RUS":
        return f"1{rng.randint(10**11, 10**12 - 1)}"
    return f"{rng.randint(10000, 999999)}-{rng.choice(('A', 'B', 'C', 'S'))}"


def imo_company_no(rng: random.Random) -> str:
    """An IMO unique company and registered owner number: 7 digits, no check digit rule."""
    return f"{rng.randint(5_000_000, 6_399_999)}"


def national_reg_no(rng: random.Random, i: Ident, year: int) -> str:
    n = rng.randint(1, 9999)
    if i.flag == "CHN":
        return f"{rng.choice(('3502', '3309', '3710', '2102'))}{year}{n:06d}"
    if i.flag == "TWN":
        return f"CT{rng.randint(3, 7)}-{n:04d}"
    if i.flag == "JPN":
        return f"{rng.choice(('AM', 'MG', 'SO', 'HK'))}{rng.randint(1, 3)}-{n:04d}"
    if i.flag == "KOR":
        return f"{rng.randint(9000000, 9999999)}-{rng.choice(('6260000', '6261009'))}"
    if i.flag == "RUS":
        return f"{rng.choice(('VL', 'NK', 'PK'))}-{n:04d}"
    return f"{i.flag or 'REG'}-{year}-{n:05d}"


def rfmo_id(rng: random.Random, rfmo: str, i: Ident) -> str:
    n = rng.randint(1, 19999)
    flag = i.flag or "XXX"
    return {
        "WCPFC": f"{n}",
        "IOTC": f"IOTC{n:06d}",
        "ICCAT": f"AT000{flag}{n:05d}",
        "IATTC": f"{rng.randint(1000, 16999)}",
        "NPFC": f"NPFC-{flag}-{n:05d}",
        "SPRFMO": f"{flag}-{n:04d}",
        "CCAMLR": f"{rng.randint(70000, 99999)}",
        "CCSBT": f"FV{n:05d}",
    }[rfmo]


def rfmo_for(rng: random.Random, gear: str | None) -> str:
    fitting = [code for code, (_, _, gears) in V.RFMOS.items() if gear in gears]
    return rng.choice(fitting or list(V.RFMOS))


# --- numbers and dates --------------------------------------------------------------------------


def engine_kw(rng: random.Random, gross_tonnage: str | None) -> str:
    try:
        gt = float(gross_tonnage or "")
    except ValueError:
        gt = rng.uniform(300, 1500)
    return str(int(max(180, gt * rng.uniform(0.9, 1.6)) // 10 * 10))


def rand_date(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    month = V.MONTHS[lang][day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "abbr":
        return f"{day.day:02d}-{V.MONTHS['en'][day.month - 1][:3].upper()}-{day.year}"
    if style == "long":
        if lang == "es":
            return f"{day.day} de {month} de {day.year}"
        if lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"
    if style == "us":
        return f"{month} {day.day}, {day.year}"
    raise ValueError(style)


def date_style(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice(("iso", "dmy", "long", "abbr", "us"))
    return rng.choice(("dmy", "long", "dot", "iso"))


def ref_no(rng: random.Random, pattern: str) -> str:
    """Fill `pattern`: 9 -> digit, A -> letter, anything else kept."""
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(rng.choice(string.digits))
        elif ch == "A":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(ch)
    return "".join(out)


def build_year(vessel: Vessel) -> str | None:
    """The vessel's build year when it is a plausible four-digit year."""
    year = vessel.build_year
    return year if year and re.fullmatch(r"(18[5-9]|19\d|20\d)\d", year) else None


def metric_number(raw: str | None) -> str | None:
    return raw if raw and re.fullmatch(r"\d+(\.\d+)?", raw) else None


def pick(rng: random.Random, options: Sequence[T]) -> T:
    return options[rng.randrange(len(options))]
