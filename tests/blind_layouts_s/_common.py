"""Shared helpers: reference lists, identifier checks, names in three languages, dates, fitting."""

from __future__ import annotations

import csv
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pycountry

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab
from ._page import PageDraft

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"
MAX_PAGE = 3000
MIN_PAGE = 700


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mid_table() -> dict[str, tuple[str, str, str]]:
    """MID -> (iso2, iso3, ITU name)."""
    return {row["mid"]: (row["iso2"], row["iso3"], row["name"]) for row in _rows("mmsi_mids.csv")}


@cache
def iso3_itu_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for _, iso3, name in mid_table().values():
        names.setdefault(iso3, name)
    return names


@cache
def iso3_mids() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for mid, (_, iso3, _) in sorted(mid_table().items()):
        out.setdefault(iso3, []).append(mid)
    return {k: tuple(v) for k, v in out.items()}


@cache
def iso3_iso2() -> dict[str, str]:
    return {iso3: iso2 for iso2, iso3, _ in mid_table().values()}


def _parent(name: str) -> str:
    return name.split(" - ")[0].strip()


@cache
def call_sign_series() -> tuple[tuple[str, str, str], ...]:
    """(first, last, parent State) for each ITU series, e.g. ('BAA', 'BAZ', 'China (...)')."""
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        out.append((first, last, _parent(row["Allocated to"])))
    return tuple(out)


def ircs_in_series(call_sign: str, iso3: str | None) -> bool:
    """True if the call sign falls in an ITU series of the flag (a territory uses its parent's)."""
    if not iso3 or iso3 not in iso3_itu_name() or len(call_sign) < 3:
        return False
    parent = _parent(iso3_itu_name()[iso3])
    head = call_sign[:3].upper()
    return any(
        first <= head <= last and owner == parent for first, last, owner in call_sign_series()
    )


def mmsi_ok(mmsi: str) -> bool:
    return len(mmsi) == 9 and mmsi.isdigit() and mmsi[:3] in mid_table()


@cache
def species() -> tuple[tuple[str, str, str, str], ...]:
    """(code, English, Spanish, French) from the curated ASFIS lists."""
    english = {row["code"]: row["name_en"] for row in _rows("asfis_species_curated.csv")}
    return tuple(
        (row["code"], english[row["code"]], row["name_es"], row["name_fr"])
        for row in _rows("asfis_species_es_fr.csv")
        if row["code"] in english
    )


@cache
def species_by_code() -> dict[str, tuple[str, str, str, str]]:
    return {row[0]: row for row in species()}


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in _rows("fao_areas.csv"))


# --- vessel identities -------------------------------------------------------------------------


@dataclass(frozen=True)
class Ident:
    """A vessel with only its well-formed identifiers kept."""

    vessel: Vessel
    name: str
    flag: str | None  # iso3: the list's flag, else the MMSI's MID
    imo: str | None
    mmsi: str | None
    ircs: str | None

    @property
    def gt(self) -> str | None:
        return self.vessel.gross_tonnage

    @property
    def loa(self) -> str | None:
        return self.vessel.length_m

    @property
    def year(self) -> str | None:
        return self.vessel.build_year

    @property
    def owner(self) -> str | None:
        return self.vessel.owner

    @property
    def port(self) -> str | None:
        return self.vessel.port

    @property
    def gear(self) -> str | None:
        return self.vessel.gear

    @property
    def former_name(self) -> str | None:
        return self.vessel.former_name


def ident(vessel: Vessel) -> Ident:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mid_table()[mmsi[:3]][1] if mmsi else None)
    imo = vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None
    ircs = vessel.ircs if vessel.ircs and ircs_in_series(vessel.ircs, flag) else None
    return Ident(vessel, vessel.name, flag, imo, mmsi, ircs)


def pick(vessels: Sequence[Vessel], rng: random.Random, count: int) -> list[Ident]:
    """`count` distinct vessels when the list allows, each as an Ident."""
    if count <= len(vessels):
        chosen = rng.sample(list(vessels), count)
    else:
        chosen = [rng.choice(vessels) for _ in range(count)]
    return [ident(v) for v in chosen]


def pick_same_flag(vessels: Sequence[Vessel], rng: random.Random, count: int) -> list[Ident]:
    """Vessels sharing one flag (the flag of a randomly drawn vessel), as many as available."""
    first = ident(rng.choice(vessels))
    if first.flag is None:
        return [first]
    pool = [
        v
        for v in vessels
        if v.flag == first.flag or (v.flag is None and ident(v).flag == first.flag)
    ]
    rng.shuffle(pool)
    out = [first] + [ident(v) for v in pool if v.name != first.name]
    return out[:count]


def pick_same_owner(vessels: Sequence[Vessel], rng: random.Random, count: int) -> list[Ident]:
    first = ident(rng.choice(vessels))
    if not first.owner:
        return [first]
    pool = [ident(v) for v in vessels if v.owner == first.owner and v.name != first.name]
    rng.shuffle(pool)
    return [first, *pool][:count]


# --- invented identifiers ----------------------------------------------------------------------


def series_for(iso3: str | None) -> list[tuple[str, str]]:
    if not iso3 or iso3 not in iso3_itu_name():
        return []
    parent = _parent(iso3_itu_name()[iso3])
    return [(first, last) for first, last, owner in call_sign_series() if owner == parent]


def invent_call_sign(iso3: str | None, rng: random.Random) -> str | None:
    """A call sign in an ITU series of the flag (for former identifiers), or None."""
    options = series_for(iso3)
    if not options:
        return None
    first, last = rng.choice(options)
    third = chr(rng.randint(ord(first[2]), ord(last[2])))
    tail = "".join(
        rng.choice(string.digits + string.ascii_uppercase) for _ in range(rng.randint(1, 3))
    )
    call_sign = first[:2] + third + tail
    return call_sign if ircs_in_series(call_sign, iso3) else None


def invent_mmsi(iso3: str | None, rng: random.Random) -> str | None:
    mids = iso3_mids().get(iso3 or "")
    if not mids:
        return None
    return rng.choice(mids) + f"{rng.randint(0, 999_999):06d}"


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"{body}{check}"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(count))


def national_reg_no(iso3: str | None, rng: random.Random) -> str:
    year = rng.randint(2000, 2024)
    if iso3 == "CHN":
        return f"{rng.choice(('MIN', 'ZHE', 'LU', 'JI'))}CY({year})FT-{digits(rng, 6)}"
    if iso3 == "TWN":
        return f"CT{rng.randint(3, 8)}-{digits(rng, 4)}"
    if iso3 == "JPN":
        return f"{rng.choice(('AM', 'MG', 'SZ', 'HK'))}{rng.randint(1, 3)}-{digits(rng, 4)}"
    if iso3 == "KOR":
        return f"{digits(rng, 7)}-{digits(rng, 7)}"
    return f"{(iso3 or 'REG')[:2]}-{year}-{digits(rng, 5)}"


def company_reg_no(iso3: str | None, rng: random.Random) -> str:
    if iso3 == "CHN":
        tail = "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        return f"91{digits(rng, 6)}MA{tail}"
    if iso3 == "TWN":
        return digits(rng, 8)
    return f"{rng.choice(('C', 'RC', 'No. '))}{digits(rng, rng.randint(5, 7))}".replace("No. ", "")


def person(rng: random.Random) -> str:
    return f"{rng.choice(_vocab.FIRST_NAMES)} {rng.choice(_vocab.LAST_NAMES)}"


def company(rng: random.Random) -> str:
    return f"{rng.choice(_vocab.COMPANY_WORDS)} {rng.choice(_vocab.COMPANY_SUFFIXES)}"


def phone(rng: random.Random) -> str:
    code = rng.choice(
        ("+86 591", "+886 7", "+81 178", "+679", "+230", "+598 2", "+34 928", "+64 9")
    )
    return f"{code} {digits(rng, 3)} {digits(rng, 4)}"


def coordinates(rng: random.Random, style: int | None = None) -> str:
    lat, lon = rng.randint(0, 58), rng.randint(1, 179)
    ns, ew = rng.choice("NS"), rng.choice("EW")
    mins = (rng.randint(0, 59), rng.randint(0, 59))
    style = rng.randint(0, 3) if style is None else style
    if style == 0:
        return f"{lat:02d}°{mins[0]:02d}'{ns} {lon:03d}°{mins[1]:02d}'{ew}"
    if style == 1:
        return f"{lat:02d}-{mins[0]:02d}{ns} {lon:03d}-{mins[1]:02d}{ew}"
    if style == 2:
        sign_lat = "-" if ns == "S" else ""
        sign_lon = "-" if ew == "W" else ""
        return f"{sign_lat}{lat + mins[0] / 60:.4f}, {sign_lon}{lon + mins[1] / 60:.4f}"
    prime = "\u2032"
    return f"{lat}°{mins[0]}{prime}{ns} {lon}°{mins[1]}{prime}{ew}"


# --- countries, ports, species -----------------------------------------------------------------

LANG_INDEX = {"en": 0, "es": 1, "fr": 2}


def country_name(iso3: str, lang: str = "en") -> str:
    if iso3 in _vocab.COUNTRY_NAMES:
        return _vocab.COUNTRY_NAMES[iso3][LANG_INDEX[lang]]
    record = pycountry.countries.get(alpha_3=iso3)
    if record is None:
        return iso3
    return str(getattr(record, "common_name", None) or record.name)


def flag_text(iso3: str, lang: str, rng: random.Random, codes: bool = True) -> str:
    """The flag as a document prints it: a name in its language, an alias, or an ISO code."""
    roll = rng.random()
    if codes and roll < 0.25:
        return iso3
    if codes and roll < 0.32 and iso3 in iso3_iso2():
        return iso3_iso2()[iso3]
    if lang == "en" and roll > 0.9 and iso3 in _vocab.COUNTRY_ALIASES:
        return rng.choice(_vocab.COUNTRY_ALIASES[iso3])
    return country_name(iso3, lang)


def known_country_texts() -> frozenset[str]:
    """Every form a FLAG or COUNTRY_CODE span may take on these pages."""
    out: set[str] = set()
    for iso2, iso3, _ in mid_table().values():
        out.update(
            (
                iso2,
                iso3,
                country_name(iso3, "en"),
                country_name(iso3, "es"),
                country_name(iso3, "fr"),
            )
        )
    for names in _vocab.COUNTRY_NAMES.values():
        out.update(names)
    for aliases in _vocab.COUNTRY_ALIASES.values():
        out.update(aliases)
    for iso3 in _vocab.COUNTRY_NAMES:
        out.add(iso3)
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            out.add(record.alpha_2)
    return frozenset(out)


def port_city(port: str) -> str:
    return port.split(",")[0].strip()


def port_province(port: str) -> str | None:
    parts = [p.strip() for p in port.split(",")]
    return parts[1] if len(parts) > 1 and parts[1] else None


_GEAR_SPECIES = {
    "SQUID_JIGGER": ("OFJ", "GIS", "SQA"),
    "DRIFTING_LONGLINES": ("BET", "YFT", "ALB", "SWO", "BSH", "SMA"),
    "SET_LONGLINES": ("TOP", "TOA"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET", "FRI"),
    "POLE_AND_LINE": ("SKJ", "ALB"),
    "TRAWLERS": ("CJM", "MAS", "KRI"),
}
_GEAR_AREAS = {
    "SQUID_JIGGER": ("41", "87", "61", "41.3.1", "87.2.6"),
    "DRIFTING_LONGLINES": ("51", "57", "71", "77", "81", "34", "47", "51.6", "57.5"),
    "SET_LONGLINES": ("48.3", "58.4.1", "88.1", "41.3.2"),
    "TUNA_PURSE_SEINES": ("71", "51", "77", "34"),
    "POLE_AND_LINE": ("61", "71"),
    "TRAWLERS": ("87", "48.1", "27.2.a", "34.1.3"),
}
GEAR_WORDS = {
    "SQUID_JIGGER": ("squid jigger", "potero", "calamarier"),
    "DRIFTING_LONGLINES": ("tuna longliner", "palangrero", "palangrier"),
    "SET_LONGLINES": ("bottom longliner", "palangrero de fondo", "palangrier de fond"),
    "TUNA_PURSE_SEINES": ("purse seiner", "cerquero", "senneur"),
    "POLE_AND_LINE": ("pole-and-line vessel", "cañero", "canneur"),
    "TRAWLERS": ("trawler", "arrastrero", "chalutier"),
    "CARRIER": ("reefer carrier", "buque de transporte", "transporteur"),
}


def gear_word(ident_: Ident, lang: str) -> str:
    words = GEAR_WORDS.get(
        ident_.gear or "", ("fishing vessel", "buque pesquero", "navire de pêche")
    )
    return words[LANG_INDEX[lang]]


def species_for(ident_: Ident, rng: random.Random, count: int) -> list[str]:
    pool = list(_GEAR_SPECIES.get(ident_.gear or "", ("YFT", "BET", "SKJ", "ALB", "OFJ", "SWO")))
    rng.shuffle(pool)
    return pool[: max(1, min(count, len(pool)))]


def area_for(ident_: Ident, rng: random.Random) -> str:
    code = rng.choice(_GEAR_AREAS.get(ident_.gear or "", ("51", "57", "71", "77", "87", "41")))
    assert code in fao_codes()
    return code


def species_name(code: str, lang: str) -> str:
    return species_by_code()[code][1 + LANG_INDEX[lang]]


# --- dates ------------------------------------------------------------------------------------

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


def some_date(rng: random.Random, start: int = 2019, end: int = 2025) -> date:
    return date(start, 1, 1) + timedelta(
        days=rng.randint(0, (date(end, 12, 31) - date(start, 1, 1)).days)
    )


def fmt_date(day: date, style: str, lang: str = "en") -> str:
    month = MONTHS[lang][day.month - 1]
    if style == "long":
        if lang == "es":
            return f"{day.day} de {month} de {day.year}"
        if lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"
    if style == "us":
        return f"{month} {day.day}, {day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "mf":  # mainframe: 14MAR2019
        return f"{day.day:02d}{MONTHS['en'][day.month - 1][:3].upper()}{day.year}"
    if style == "short":
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# --- fitting blocks into pages -----------------------------------------------------------------


def fits(page: PageDraft, block: PageDraft, reserve: int = 0) -> bool:
    return len(page) + len(block) + reserve <= MAX_PAGE


def pad(page: PageDraft, fillers: Sequence[str], rng: random.Random, minimum: int = 820) -> None:
    """Append boilerplate paragraphs until the page is long enough (never past the maximum)."""
    pool = list(fillers)
    rng.shuffle(pool)
    for text in pool:
        if len(page) >= minimum:
            return
        if len(page) + len(text) + 1 <= MAX_PAGE:
            page.add(text + "\n")


def paginate(
    blocks: Sequence[PageDraft],
    head: Callable[[int], PageDraft],
    tail: Callable[[int], PageDraft],
    max_pages: int,
    limit: int = MAX_PAGE,
) -> list[PageDraft]:
    """Pour blocks into pages, each with its head and tail; stops after max_pages pages."""
    pages: list[PageDraft] = []
    index = 0
    while index < len(blocks) and len(pages) < max_pages:
        number = len(pages) + 1
        page = head(number)
        foot = tail(number)
        placed = 0
        while index < len(blocks) and len(page) + len(blocks[index]) + len(foot) <= limit:
            page.extend(blocks[index])
            index += 1
            placed += 1
        if placed == 0:
            if not pages:
                raise ValueError("a block does not fit on an empty page")
            break
        page.extend(foot)
        pages.append(page)
    return pages
