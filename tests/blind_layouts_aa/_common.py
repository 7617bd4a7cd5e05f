"""Shared helpers: the reference code lists, a vessel's printable identifiers, dates, document
ids, invented identifiers and page finishing."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import random
import re
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab as V
from ._page import PageDraft

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"
MIN_PAGE, MAX_PAGE = 700, 3000
_L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def mid_table() -> dict[str, tuple[str, str, str]]:
    """MID -> (iso2, iso3, ITU name)."""
    return {r["mid"]: (r["iso2"], r["iso3"], r["name"]) for r in _rows("mmsi_mids.csv")}


@cache
def itu_series() -> tuple[tuple[str, str, str], ...]:
    """(first, last, allocated to) for each ITU call-sign series."""
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        first, last = (part.strip() for part in row["Series"].split("-"))
        out.append((first, last, row["Allocated to"].strip()))
    return tuple(out)


@cache
def series_of(iso3: str) -> tuple[tuple[str, str], ...]:
    """The ITU series a flag may use: its own and, for a territory, its parent's."""
    names = {n for _, code, n in mid_table().values() if code == iso3}
    owners: set[str] = set()
    for name in names:
        owners.update({name, name.split(" - ")[0]})
    allocated = {owner for _, _, owner in itu_series()}
    owners.update(o for o in allocated for n in names if n.startswith(o))
    return tuple((a, b) for a, b, owner in itu_series() if owner in owners)


def in_series(call_sign: str, iso3: str) -> bool:
    if not (3 <= len(call_sign) <= 7 and call_sign.isalnum() and call_sign.isupper()):
        return False
    head = call_sign[:3]
    return any(a[:2] == head[:2] and a[2] <= head[2] <= b[2] for a, b in series_of(iso3))


@cache
def fao_codes() -> frozenset[str]:
    return frozenset(r["code"] for r in _rows("fao_areas.csv"))


@cache
def species() -> dict[str, tuple[str, str, str]]:
    """ASFIS code -> (English, Spanish, French) for the curated species."""
    english = {r["code"]: r["name_en"] for r in _rows("asfis_species_curated.csv")}
    return {
        r["code"]: (english[r["code"]], r["name_es"], r["name_fr"])
        for r in _rows("asfis_species_es_fr.csv")
        if r["code"] in english
    }


def mid_iso3(mmsi: str | None) -> str | None:
    entry = mid_table().get(mmsi[:3]) if mmsi else None
    return entry[1] if entry else None


# --- a vessel as a document prints it --------------------------------------------------------


@dataclass(frozen=True)
class Ship:
    """The identifiers a document may print for a vessel: ill-formed ones are dropped."""

    name: str
    imo: str | None
    mmsi: str | None
    ircs: str | None
    flag: str | None  # alpha-3: the list's flag, else the flag of the MMSI's MID
    gt: str | None
    loa: str | None
    year: str | None
    owner: str | None
    port: str | None  # the port part of "PORT, PROVINCE"
    gear: str
    former_name: str | None
    vessel: Vessel


def clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split()).strip(" .,;:-/")
    if text.endswith(")") and "(" not in text:
        text = text.rstrip(")").strip(" .,;:-/")
    if text.startswith("(") and ")" not in text:
        text = text.lstrip("(").strip(" .,;:-/")
    return text or None


_PREFIXES = re.compile(r"^(?:F/V|M/V|F/B|FV|MV|MFV)[.\s]+", re.IGNORECASE)


def ship(vessel: Vessel) -> Ship:
    mmsi = vessel.mmsi if vessel.mmsi and mid_iso3(vessel.mmsi) else None
    flag = vessel.flag or mid_iso3(mmsi)
    ircs = vessel.ircs if vessel.ircs and flag and in_series(vessel.ircs, flag) else None
    port = clean(vessel.port.split(",")[0]) if vessel.port else None
    return Ship(
        name=clean(_PREFIXES.sub("", vessel.name)) or vessel.name,
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=mmsi,
        ircs=ircs,
        flag=flag,
        gt=vessel.gross_tonnage,
        loa=vessel.length_m,
        year=vessel.build_year,
        owner=clean(vessel.owner),
        port=port,
        gear=vessel.gear or "DRIFTING_LONGLINES",
        former_name=clean(vessel.former_name),
        vessel=vessel,
    )


def pick_ships(vessels: list[Vessel], rng: random.Random, count: int) -> list[Ship]:
    if len(vessels) >= count:
        chosen = rng.sample(vessels, count)
    else:
        chosen = [rng.choice(vessels) for _ in range(count)]
    return [ship(v) for v in chosen]


def pick_ship(vessels: list[Vessel], rng: random.Random, *, identified: bool = True) -> Ship:
    """One vessel; with `identified`, prefer one that prints at least one identifier."""
    for _ in range(12):
        candidate = ship(rng.choice(vessels))
        if not identified or candidate.imo or candidate.mmsi or candidate.ircs:
            return candidate
    return candidate


LANG_INDEX = {"en": 0, "es": 1, "fr": 2}


def flag_name(iso3: str, lang: str, rng: random.Random) -> str:
    names = V.FLAG_NAMES.get(iso3)
    if names is None or rng.random() < 0.12:
        return iso3
    if iso3 == "TWN" and lang == "en" and rng.random() < 0.4:
        return "Chinese Taipei"
    return names[LANG_INDEX[lang]]


def stable(vessel: Ship, salt: str, modulo: int) -> int:
    """A number tied to the vessel (same in every document), for its invented registrations."""
    digest = hashlib.sha256(f"{salt}:{vessel.name}:{vessel.mmsi}:{vessel.imo}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % modulo


def national_reg(s: Ship) -> str:
    n = stable(s, "reg", 100_000)
    year = 1995 + stable(s, "regyear", 29)
    match s.flag:
        case "CHN":
            return f"{('ZJ', 'FJ', 'SD', 'LN')[n % 4]}{year}{n:05d}"
        case "TWN":
            return f"CT{n % 7 + 1}-{n % 10000:04d}"
        case "JPN":
            return f"{('MG', 'SZ', 'KN', 'MY')[n % 4]}1-{n % 1000:03d}"
        case "KOR":
            return f"{('BS', 'MP', 'YS')[n % 3]}{year % 100:02d}{n % 10000:04d}"
        case "ESP":
            return f"3ª-VI-{n % 9 + 1}-{n % 100:02d}-{year % 100:02d}"
        case "USA":
            return f"{1_000_000 + n * 7 % 900_000}"
        case "RUS":
            return f"{year % 100:02d}-{n % 1000:03d}-{n % 100:02d}"
        case _:
            return f"{(s.flag or 'XX')[:2]}-{year}-{n % 10000:04d}"


def eu_cfr(s: Ship) -> str | None:
    if s.flag not in {"ESP", "PRT", "FRA"}:
        return None
    return f"{s.flag}{stable(s, 'cfr', 10**9):09d}"


def invent_call_sign(iso3: str, rng: random.Random) -> str | None:
    options = series_of(iso3)
    if not options:
        return None
    first, last = rng.choice(options)
    third = rng.choice([c for c in _L + "0123456789" if first[2] <= c <= last[2]])
    tail = "".join(rng.choice(_L) for _ in range(rng.randint(0, 2))) + str(rng.randint(1, 9))
    call = first[:2] + third + tail
    return call if in_series(call, iso3) else None


def invent_mmsi(iso3: str, rng: random.Random) -> str | None:
    mids = [mid for mid, (_, code, _) in mid_table().items() if code == iso3]
    return f"{rng.choice(mids)}{rng.randint(0, 999_999):06d}" if mids else None


def former_flag(s: Ship, rng: random.Random) -> str:
    return rng.choice([f for f in V.FORMER_FLAGS if f != s.flag])


def invent_former_name(rng: random.Random) -> str:
    first = rng.choice(("OCEAN", "PACIFIC", "SEA", "GOLDEN", "HAI", "SHENG", "ORIENT", "SOUTHERN"))
    second = rng.choice(("STAR", "GLORY", "PEARL", "WAVE", "FORTUNE", "HARVEST", "DRAGON", "LUCK"))
    return f"{first} {second} {rng.randint(1, 88)}" if rng.random() < 0.6 else f"{first} {second}"


def build_country(s: Ship, rng: random.Random) -> str:
    if s.flag in V.BUILD_COUNTRIES and rng.random() < 0.8:
        return V.BUILD_COUNTRIES[s.flag]
    return rng.choice(V.BUILD_POOL)


def species_for(s: Ship, rng: random.Random, count: int) -> list[str]:
    pool = list(V.GEAR_SPECIES.get(s.gear, ("SKJ", "YFT")))
    return rng.sample(pool, min(count, len(pool)))


def species_name(code: str, lang: str, rng: random.Random, upper: bool = False) -> str:
    if rng.random() < 0.3:
        return code
    name = species()[code][LANG_INDEX[lang]]
    return name.upper() if upper else name


# --- dates and numbers ------------------------------------------------------------------------


def day(rng: random.Random, start: dt.date = dt.date(2023, 1, 1), span: int = 1000) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, span))


def fmt_date(d: dt.date, style: str) -> str:
    match style:
        case "iso":
            return d.isoformat()
        case "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        case "mdy":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        case "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        case "dmon":
            return f"{d.day:02d} {V.MONTHS_EN[d.month - 1][:3].upper()} {d.year}"
        case "long":
            return f"{d.day} {V.MONTHS_EN[d.month - 1]} {d.year}"
        case "us":
            return f"{V.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
        case "es":
            return f"{d.day} de {V.MONTHS_ES[d.month - 1]} de {d.year}"
        case "fr":
            return f"{'1er' if d.day == 1 else d.day} {V.MONTHS_FR[d.month - 1]} {d.year}"
        case "swift":
            return d.strftime("%y%m%d")
    raise ValueError(style)


def date_style(lang: str, rng: random.Random) -> str:
    pool = {"en": ("iso", "dmy", "dmon", "long", "us"), "es": ("dmy", "es", "iso", "dot")}
    return rng.choice(pool.get(lang, ("dmy", "fr", "iso", "dot")))


def decimal(value: str, lang: str) -> str:
    return value.replace(".", ",") if lang != "en" else value


def phone(rng: random.Random, cc: str | None = None) -> str:
    code = cc or rng.choice(("34", "230", "248", "51", "225", "679", "1", "56", "689", "886"))
    return f"+{code} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def coords(rng: random.Random) -> str:
    lat, lon = rng.randint(0, 35), rng.randint(0, 170)
    ns, ew = rng.choice("NS"), rng.choice("EW")
    lat_min, lon_min = rng.randint(0, 599), rng.randint(0, 599)
    return (
        f"{lat:02d}°{lat_min // 10:02d}.{lat_min % 10}'{ns} "
        f"{lon:03d}°{lon_min // 10:02d}.{lon_min % 10}'{ew}"
    )


def ref_no(rng: random.Random, prefix: str) -> str:
    return f"{prefix}/{rng.randint(2023, 2026)}/{rng.randint(1, 9999):05d}"


def port_pick(rng: random.Random, lang: str | None = None) -> tuple[str, str, str, str]:
    pool = [p for p in V.PORTS if lang is None or p[3] == lang]
    return rng.choice(pool)


# --- documents --------------------------------------------------------------------------------


def doc_uuid(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key."""
    raw = bytearray(hashlib.sha256(key.encode()).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


class Notes:
    """A document's own unlabelled notes, used to bring short pages up to length."""

    def __init__(self, notes: list[str], rng: random.Random) -> None:
        self._pool = list(notes)
        rng.shuffle(self._pool)
        self._rng = rng

    def fill(self, page: PageDraft, reserve: int = 0) -> PageDraft:
        """Append notes until the page (plus `reserve` characters still to come) is long enough:
        most pages over 800 characters, some between 700 and 800."""
        rng = self._rng
        target = rng.choice((830, 870, 920, 980)) if rng.random() < 0.88 else 740
        while len(page) + reserve < target:
            if not self._pool:
                page.nl().add("." * rng.randint(60, 90))
                continue
            note = self._pool.pop()
            if len(page) + reserve + len(note) + 2 > MAX_PAGE - 40:
                break
            page.nl().add(note)
        return page


def check(pages: list[PageDraft]) -> list[PageDraft]:
    for page in pages:
        if not MIN_PAGE <= len(page) <= MAX_PAGE:
            raise ValueError(f"page length {len(page)} outside {MIN_PAGE}-{MAX_PAGE}")
    return pages


# --- tables -----------------------------------------------------------------------------------

Tok = tuple[str, str | None]


def tok(value: str | None, label: str, placeholder: str = "-") -> list[Tok]:
    """A labelled cell, or its unlabelled placeholder."""
    return [(value, label)] if value else [(placeholder, None)]


def put(page: PageDraft, toks: list[Tok]) -> PageDraft:
    for text, label in toks:
        page.add(text, label)
    return page


def toks_len(toks: list[Tok]) -> int:
    return sum(len(text) for text, _ in toks)


def table_row(
    page: PageDraft, cells: list[list[Tok]], widths: list[int], *, pipe: bool = False
) -> PageDraft:
    """One table line: cells padded to their widths (plain columns or pipe-separated)."""
    if pipe:
        page.add("| ")
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        start = page.line_len()
        put(page, cell)
        if i < len(cells) - 1:
            page.pad_to(start + width)
            if pipe:
                page.add("| ")
    if pipe:
        page.add(" |")
    return page.nl()


def metric(
    page: PageDraft,
    key: str,
    value: str | None,
    unit: str | None,
    placeholder: str = "N/A",
    width: int = 0,
) -> PageDraft:
    """`Key: value unit` on one line: the key is METRIC_TYPE, as is the convention."""
    gap = " " * max(0, width - len(key))
    if not value:  # a key without its value is only a key
        return page.add(f"{key}{gap}: {placeholder}")
    page.add(key, "METRIC_TYPE").add(f"{gap}: ")
    page.add(value, "METRIC_VALUE")
    if unit:
        page.add(" ").add(unit, "METRIC_UNIT")
    return page


def rfmo_for(s: Ship, rng: random.Random) -> str:
    by_gear = {
        "SQUID_JIGGER": ("SPRFMO", "NPFC"),
        "TRAWLERS": ("SPRFMO", "NPFC", "CCAMLR"),
        "SET_LONGLINES": ("CCAMLR", "SIOFA"),
    }
    return rng.choice(by_gear.get(s.gear, ("IOTC", "WCPFC", "ICCAT", "IATTC")))


def rfmo_id(s: Ship, rfmo: str) -> str:
    n = stable(s, f"rfmo:{rfmo}", 100_000)
    match rfmo:
        case "IOTC":
            return f"IOTC{n % 20000:06d}"
        case "ICCAT":
            return f"AT000{s.flag or 'XXX'}{n % 10000:05d}"
        case "WCPFC":
            return str(10000 + n % 20000)
        case "NPFC":
            return f"NPFC-{s.flag or 'XXX'}-{n % 1000:03d}"
        case _:
            return str(n % 90000 + 1000)


def licence_no(s: Ship, year: int, issuer: str | None = None) -> str:
    """The vessel's licence number in the style of its flag State, or of a coastal `issuer`."""
    n = stable(s, f"licence:{year}:{issuer}", 100_000)
    match issuer or s.flag:
        case "SEN":
            return f"SN/{year}/PT/{n % 1000:03d}"
        case "PER":
            return f"PPE-{n % 100000:05d}-{year}"
        case "SYC":
            return f"FFL/{year}/{n % 10000:04d}"
        case "CHN":
            return f"({year})HYBZ-{n % 10000:04d}"
        case "TWN":
            return f"FA-{year}-OS-{n % 10000:04d}"
        case "ESP":
            return f"ES-LP-{year}/{n % 1000:03d}"
        case _:
            return f"FL/{s.flag or 'INT'}/{year}/{n % 10000:04d}"
