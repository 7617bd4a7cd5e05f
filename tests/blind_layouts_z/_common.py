"""Vessel facts as a document may print them, dates, invented identifiers and hard negatives."""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from dataclasses import dataclass
from functools import cache

from oceanid_dev.demo.vessels import Vessel

from . import _ref, _vocab
from ._page import EDGE_PUNCTUATION, PageDraft

LANGS = ("en", "es", "fr")


def tidy(value: str | None) -> str | None:
    """A list value without surrounding punctuation (so that its span can be tight)."""
    if value is None:
        return None
    value = value.strip(EDGE_PUNCTUATION).strip()
    return value or None


@dataclass(frozen=True)
class Facts:
    """What a document may print about a vessel: identifiers only when well formed."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # iso3: the list's flag, else the flag of the MMSI's MID
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    port: str | None  # the port's city, without the province
    province: str | None
    gear: str | None
    former_name: str | None


@cache
def facts(vessel: Vessel) -> Facts:
    mmsi = vessel.mmsi if vessel.mmsi and _ref.mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (_ref.mmsi_flag(vessel.mmsi) if vessel.mmsi else None)
    ircs = vessel.ircs if vessel.ircs and _ref.call_sign_ok(vessel.ircs, flag) else None
    port, province = None, None
    if vessel.port:
        head, _, tail = vessel.port.partition(",")
        port, province = tidy(head), tidy(tail)
    former = tidy(vessel.former_name)
    return Facts(
        name=tidy(vessel.name) or "UNNAMED",
        imo=vessel.imo if vessel.imo and _ref.imo_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=tidy(vessel.owner),
        port=port,
        province=province,
        gear=vessel.gear,
        former_name=former if former != tidy(vessel.name) else None,
    )


def pick(vessels: list[Vessel], rng: random.Random, count: int) -> list[Facts]:
    """`count` distinct vessels (fewer if the list is short), identified ones preferred."""
    count = min(count, len(vessels))
    chosen: list[Vessel] = []
    for _ in range(count * 6):
        if len(chosen) == count:
            break
        candidate = rng.choice(vessels)
        if candidate in chosen:
            continue
        if not (candidate.imo or candidate.mmsi or candidate.ircs) and rng.random() < 0.7:
            continue
        chosen.append(candidate)
    while len(chosen) < count:
        extra = rng.choice(vessels)
        if extra not in chosen:
            chosen.append(extra)
    return [facts(v) for v in chosen]


def pick_same_flag(vessels: list[Vessel], rng: random.Random, count: int) -> list[Facts]:
    """Up to `count` vessels sharing the first pick's flag (a circular to one flag State)."""
    (first,) = pick(vessels, rng, 1)
    same = [v for v in vessels if facts(v).flag == first.flag and tidy(v.name) != first.name]
    others = pick(same, rng, count - 1) if same and count > 1 else []
    return [first, *others]


def pick_flagged(
    vessels: list[Vessel], rng: random.Random, flags: frozenset[str], count: int = 1
) -> list[Facts]:
    """Vessels whose flag is in `flags` when the list has them, else any."""
    within = [v for v in vessels if facts(v).flag in flags]
    return pick(within or vessels, rng, count)


# --- countries --------------------------------------------------------------------------------


def country(iso3: str | None, lang: str = "en", rng: random.Random | None = None) -> str | None:
    """A country name as a document in `lang` writes it; sometimes the bare ISO code."""
    if not iso3:
        return None
    names = _vocab.COUNTRIES.get(iso3)
    if names is None:
        found = [name for mid in _ref.mids_of(iso3) for i, name in _ref.mids()[mid] if i == iso3]
        if not found:
            return iso3
        name = found[0].split(" - ")[-1]
        return re.sub(r"\s*\(.*?\)", "", name).strip() or iso3
    if rng is not None and lang == "en" and iso3 in _vocab.COUNTRY_VARIANTS and rng.random() < 0.3:
        return rng.choice(_vocab.COUNTRY_VARIANTS[iso3])
    return names[LANGS.index(lang)]


@cache
def all_country_names() -> frozenset[str]:
    names = {name for entry in _vocab.COUNTRIES.values() for name in entry}
    names |= {name for entry in _vocab.COUNTRY_VARIANTS.values() for name in entry}
    names |= {row for row in _vocab.COUNTRIES}
    for mid in _ref.mids().values():
        for iso3, _ in mid:
            names.add(iso3)
            found = country(iso3)
            if found:
                names.add(found)
    return frozenset(names)


# --- dates ------------------------------------------------------------------------------------


def date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=min(day.day, 28))


def recent(rng: random.Random) -> dt.date:
    return date_between(rng, dt.date(2021, 1, 4), dt.date(2025, 11, 28))


def fmt_date(day: dt.date, lang: str, style: int) -> str:
    """Date as written: 0 long words, 1 numeric d/m/y (y-m-d in English), 2 dotted, 3 short."""
    if style == 0:
        month = _vocab.MONTHS[lang][day.month - 1]
        if lang == "es":
            return f"{day.day} de {month} de {day.year}"
        if lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"
    if style == 1:
        return day.isoformat() if lang == "en" else f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == 2 or lang != "en":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day:02d}-{_vocab.MONTHS_SHORT[day.month - 1].upper()}-{day.year}"


# --- invented identifiers (all pass the same checks as the list's) ----------------------------


def former_call_sign(rng: random.Random, iso3: str | None, avoid: str | None) -> str | None:
    if not iso3:
        return None
    owners = _ref.flag_owners(iso3)
    blocks = [
        s
        for s in _ref.series()
        if s.owner in owners
        and s.first[:2] == s.last[:2]
        and s.first[2].isalpha()
        and s.last[2].isalpha()
    ]
    if not blocks:
        return None
    for _ in range(40):
        block = rng.choice(blocks)
        third = chr(rng.randint(ord(block.first[2]), ord(block.last[2])))
        tail = rng.choice(
            (
                rng.choice(string.ascii_uppercase) + str(rng.randint(0, 9)),
                str(rng.randint(0, 9)) + rng.choice(string.ascii_uppercase),
                str(rng.randint(0, 9)),
                rng.choice(string.ascii_uppercase),
            )
        )
        call = block.first[:2] + third + tail
        if call != avoid and _ref.call_sign_ok(call, iso3):
            return call
    return None


def former_mmsi(rng: random.Random, iso3: str | None, avoid: str | None) -> str | None:
    mids = _ref.mids_of(iso3) if iso3 else ()
    if not mids:
        return None
    for _ in range(20):
        mmsi = rng.choice(mids) + f"{rng.randint(0, 999_999):06d}"
        if mmsi != avoid and _ref.mmsi_ok(mmsi):
            return mmsi
    return None


def bad_imo(rng: random.Random, imo: str | None) -> str:
    """A 7-digit number whose check digit is wrong (a typo'd IMO: never labelled)."""
    body = imo[:6] if imo else f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    good = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return body + str((good + rng.randint(1, 9)) % 10)


def national_reg(rng: random.Random, f: Facts) -> str:
    n = rng.randint(10, 9999)
    year = int(f.year) if f.year else rng.randint(1995, 2022)
    return {
        "TWN": f"CT{rng.randint(3, 8)}-{n:04d}",
        "CHN": f"{rng.choice(('ZJ', 'FJ', 'SD', 'LN'))}{year}{rng.randint(1, 99999):05d}",
        "JPN": f"{rng.choice(('MG', 'SO', 'KG', 'KC'))}{rng.randint(1, 3)}-{n}",
        "RUS": f"{rng.choice(('PK', 'VL', 'NH'))}-{n:04d}",
        "KOR": f"{rng.randint(9000000, 9999999)}-{rng.randint(6200000, 6299999)}",
        "ESP": f"3ª-VI-{rng.randint(1, 9)}-{n}-{year % 100:02d}",
        "FRA": f"{rng.choice(('CC', 'BL', 'GV', 'LO'))} {rng.randint(100000, 999999)}",
        "PAN": f"{rng.randint(40000, 59999)}-{year % 100:02d}-{rng.choice('ABCDE')}",
    }.get(f.flag or "", f"{rng.randint(100, 999)}/{year}/{n:04d}")


def rfmo_id(rng: random.Random, rfmo: str, f: Facts) -> str:
    flag = f.flag or "XXX"
    return {
        "IOTC": f"IOTC{rng.randint(1, 30000):06d}",
        "ICCAT": f"AT000{flag}{rng.randint(1, 99999):05d}",
        "CCSBT": f"FV{rng.randint(1, 20000):05d}",
        "CCAMLR": f"{rng.randint(10000, 99999)}",
        "SPRFMO": f"{flag[:2]}{rng.randint(100000, 999999)}",
    }.get(rfmo, str(rng.randint(1000, 99999)))


def cfr(rng: random.Random, f: Facts) -> str | None:
    if f.flag in ("ESP", "FRA", "PRT", "NLD", "IRL", "DNK", "ITA", "GRC", "MLT", "CYP"):
        return f"{f.flag}{rng.randint(0, 999_999_999):09d}"
    return None


def owner_name(rng: random.Random, f: Facts | None, iso3: str | None = None) -> str:
    if f is not None and f.owner:
        return f.owner
    where = iso3 or (f.flag if f else None) or "HKG"
    suffix = rng.choice(_vocab.COMPANY_SUFFIX.get(where, _vocab.COMPANY_SUFFIX["HKG"]))
    return f"{rng.choice(_vocab.COMPANY_WORDS)} {suffix}"


def person(rng: random.Random, iso3: str | None) -> str:
    return rng.choice(_vocab.PEOPLE.get(iso3 or "", _vocab.PEOPLE["ANY"]))


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str | None
    postcode: str
    iso3: str


def address(rng: random.Random, iso3: str | None) -> Address:
    where = iso3 if iso3 in _vocab.PLACES else rng.choice(("HKG", "SGP"))
    city, state, streets = rng.choice(_vocab.PLACES[where])
    street = rng.choice(streets).format(n=rng.randint(2, 288), r=rng.randint(101, 2308))
    postcode = {
        "CHN": f"{rng.randint(310000, 370000)}",
        "JPN": f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}",
        "RUS": f"{rng.randint(680000, 690999)}",
        "ESP": f"{rng.randint(11000, 48999):05d}",
        "FRA": f"{rng.randint(29000, 62999):05d}",
        "TWN": f"{rng.randint(200, 899)}",
        "KOR": f"{rng.randint(46000, 49999)}",
    }.get(where, "")
    return Address(street, city, state, postcode, where)


def write_address(
    page: PageDraft, addr: Address, lang: str, rng: random.Random, one_line: bool = False
) -> None:
    """Street, city, state, postcode (a hard negative) and country, each labelled apart."""
    page.add(addr.street, "ADDRESS")
    page.add(", " if one_line else "\n")
    if addr.postcode and addr.iso3 in ("ESP", "FRA"):
        page.add(addr.postcode + " ")
    page.add(addr.city, "CITY")
    if addr.state:
        page.add(", ")
        page.add(addr.state, "STATE")
    if addr.postcode and addr.iso3 not in ("ESP", "FRA"):
        page.add(" " + addr.postcode)
    page.add(", " if one_line else "\n")
    page.add(country(addr.iso3, lang) or addr.iso3, "COUNTRY_CODE")


# --- hard negatives ---------------------------------------------------------------------------


def phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+86 580 {rng.randint(2000000, 8999999)}",
            f"+34 986 {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"+33 2 98 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+886 7 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"+81 226 {rng.randint(10, 99)} {rng.randint(1000, 9999)}",
            f"+1 202 {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
            f"({rng.randint(200, 999)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        )
    )


def reference(rng: random.Random, prefix: str) -> str:
    return f"{prefix}/{rng.randint(2021, 2025)}/{rng.randint(1, 99999):05d}"


def position(rng: random.Random) -> str:
    lat, lon = rng.uniform(0, 60), rng.uniform(0, 179)
    ns, ew = rng.choice("NS"), rng.choice("EW")
    return f"{int(lat):02d}°{(lat % 1) * 60:04.1f}'{ns} {int(lon):03d}°{(lon % 1) * 60:04.1f}'{ew}"


def money(rng: random.Random, low: float, high: float, lang: str = "en") -> str:
    value = f"{rng.uniform(low, high):,.2f}"
    if lang in ("es", "fr"):
        value = value.replace(",", " ").replace(".", ",")
    return value


def placeholder(rng: random.Random, lang: str) -> str:
    return rng.choice(
        {
            "en": ("N/A", "—", "not assigned", "none", "n/a", "(not recorded)", "-"),
            "es": ("S/N", "no asignado", "—", "N/D", "(sin dato)"),
            "fr": ("néant", "non attribué", "—", "N/D", "(non renseigné)"),
        }[lang]
    )


def pad(page: PageDraft, rng: random.Random, notes: list[str], minimum: int = 820) -> None:
    """Unlabelled boilerplate until the page is long enough."""
    pool = list(notes)
    rng.shuffle(pool)
    while len(page) < minimum and pool:
        page.nl()
        page.wrap([(pool.pop(), None)])
        page.nl()
    while len(page) < minimum:
        page.add("\n[This space is intentionally left blank.]\n")


def metric(
    page: PageDraft,
    name: str | None,
    value: str | None,
    unit: str | None,
    placeholder_text: str = "—",
    sep: str = ": ",
) -> None:
    """`Gross tonnage: 1596 GT`: the name (METRIC_TYPE) only when it shares the value's line."""
    if name:
        page.add(name, "METRIC_TYPE" if value else None)
        page.add(sep)
    if not value:
        page.add(placeholder_text)
        return
    page.add(value, "METRIC_VALUE")
    if unit:
        page.add(" ")
        page.add(unit, "METRIC_UNIT")


def decimal(value: str, lang: str) -> str:
    return value.replace(".", ",") if lang in ("es", "fr") else value


def gear_word(f: Facts, lang: str, default: str) -> str:
    words = _vocab.GEAR_WORDS.get(f.gear or "")
    return words[LANGS.index(lang)] if words else default
