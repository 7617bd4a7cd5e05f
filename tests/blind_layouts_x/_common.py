"""Reference lists (read at run time), identifier checks and the identity a page may print."""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from ._page import TARGET_CHARS, PageDraft
from ._vocab import COUNTRY_NAMES, FILLERS

REFERENCE = Path(__file__).resolve().parents[2] / "oceanid_assets" / "reference"


def _read(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def mid_rows() -> tuple[tuple[str, str, str, str], ...]:
    return tuple((r["mid"], r["iso2"], r["iso3"], r["name"]) for r in _read("mmsi_mids.csv"))


@lru_cache(maxsize=1)
def mid_to_iso3() -> dict[str, str]:
    table: dict[str, str] = {}
    for mid, _, iso3, _ in mid_rows():
        table.setdefault(mid, iso3)
    return table


@lru_cache(maxsize=1)
def itu_series() -> tuple[tuple[str, str, str], ...]:
    """(low, high, allocated to) for every ITU call-sign series."""
    rows = []
    for r in _read("itu_call_sign_series.csv"):
        low, high = (part.strip() for part in r["Series"].split("-"))
        rows.append((low, high, r["Allocated to"]))
    return tuple(rows)


@cache
def series_of(iso3: str) -> tuple[tuple[str, str], ...]:
    """The ITU series of a flag; a territory uses its parent's (TWN is in China's series)."""
    bases = {name.split(" - ")[0] for _, _, code, name in mid_rows() if code == iso3}
    return tuple((lo, hi) for lo, hi, owner in itu_series() if owner.split(" - ")[0] in bases)


def call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    if iso3 is None or not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    for lo, hi in series_of(iso3):
        if call_sign[:2] == lo[:2] and lo[2] <= call_sign[2] <= hi[2]:
            return True
        if call_sign[:2] == lo[:2] and lo[2] == "A" and hi[2] == "Z":
            return True  # the whole two-character prefix is the flag's (e.g. BZ5VR)
    return False


def mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in mid_to_iso3()


@lru_cache(maxsize=1)
def fao_codes() -> tuple[str, ...]:
    return tuple(r["code"] for r in _read("fao_areas.csv"))


@dataclass(frozen=True)
class Species:
    code: str
    en: str
    es: str
    fr: str
    sci: str


@lru_cache(maxsize=1)
def species() -> tuple[Species, ...]:
    from ._vocab import SCIENTIFIC

    english = {r["code"]: r["name_en"] for r in _read("asfis_species_curated.csv")}
    rows = []
    for r in _read("asfis_species_es_fr.csv"):
        if r["code"] in english and r["code"] in SCIENTIFIC:
            rows.append(
                Species(
                    r["code"], english[r["code"]], r["name_es"], r["name_fr"], SCIENTIFIC[r["code"]]
                )
            )
    return tuple(rows)


# --- the identity a page may print --------------------------------------------------------------


@dataclass(frozen=True)
class Ident:
    name: str
    imo: str | None  # printed only when well formed
    mmsi: str | None
    ircs: str | None
    flag: str | None  # ISO alpha-3: the list's, else the MMSI's MID's
    vessel: Vessel


def ident(vessel: Vessel) -> Ident:
    mmsi = vessel.mmsi if vessel.mmsi and mmsi_ok(vessel.mmsi) else None
    flag = vessel.flag or (mid_to_iso3()[mmsi[:3]] if mmsi else None)
    if flag is not None and flag not in COUNTRY_NAMES and not series_of(flag):
        flag = None
    imo = vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None
    ircs = vessel.ircs if vessel.ircs and call_sign_ok(vessel.ircs, flag) else None
    return Ident(vessel.name, imo, mmsi, ircs, flag, vessel)


def pick(vessels: list[Vessel], rng: random.Random, count: int) -> list[Ident]:
    """`count` distinct vessels (fewer if the list is short), identities first checked."""
    chosen = rng.sample(vessels, min(count, len(vessels)))
    return [ident(v) for v in chosen]


def country(iso3: str | None, lang: str = "en") -> str | None:
    if iso3 is None:
        return None
    names = COUNTRY_NAMES.get(iso3)
    if names is None:
        return iso3
    return {"en": names[0], "es": names[1], "fr": names[2]}[lang]


def flag_text(iso3: str, lang: str, rng: random.Random) -> str:
    """A flag as a name (mostly) or its ISO code."""
    if iso3 in COUNTRY_NAMES and rng.random() < 0.8:
        return country(iso3, lang) or iso3
    return iso3


# --- invented identifiers that pass the same checks -------------------------------------------


def invent_imo(rng: random.Random) -> str:
    body = f"{rng.randint(7, 9)}{rng.randint(0, 99_999):05d}"
    check = sum(int(d) * w for d, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return body + str(check)


def invent_mmsi(iso3: str, rng: random.Random) -> str | None:
    mids = sorted(mid for mid, _, code, _ in mid_rows() if code == iso3)
    if not mids:
        return None
    return rng.choice(mids) + f"{rng.randint(0, 999_999):06d}"


def invent_call_sign(iso3: str, rng: random.Random) -> str | None:
    series = series_of(iso3)
    if not series:
        return None
    lo, hi = rng.choice(series)
    third = chr(rng.randint(ord(lo[2]), ord(hi[2])))
    tail = "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 3))
    )
    return lo[:2] + third + tail


# --- placeholders, dates, numbers ---------------------------------------------------------------

PLACEHOLDERS = {
    "en": ("—", "N/A", "n/a", "not assigned", "none", "-", "pending", "[not stated]"),
    "es": ("—", "s/n", "no asignado", "N/D", "-", "pendiente", "[no consta]"),
    "fr": ("—", "néant", "non attribué", "N/D", "-", "en attente", "[non renseigné]"),
}


def placeholder(lang: str, rng: random.Random) -> str:
    return rng.choice(PLACEHOLDERS[lang])


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


def rand_date(rng: random.Random, start_year: int = 2023, end_year: int = 2026) -> dt.date:
    first = dt.date(start_year, 1, 1).toordinal()
    last = dt.date(end_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(first, last))


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "short":
        return f"{day.day:02d}-{MONTHS['en'][day.month - 1][:3].upper()}-{day.year}"
    month = MONTHS[lang][day.month - 1]
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def money(rng: random.Random, low: int, high: int, sep: str = ",") -> str:
    cents = rng.randint(0, 99)
    whole = f"{rng.randint(low, high):,}".replace(",", sep)
    decimal = "," if sep == "." else "."
    return f"{whole}{decimal}{cents:02d}"


def phone(rng: random.Random) -> str:
    code = rng.choice(
        (
            "+34 986",
            "+598 2",
            "+230",
            "+248 4",
            "+82 51",
            "+886 7",
            "+27 21",
            "+44 20",
            "+33 2 98",
            "+64 9",
            "+679 33",
            "+1 684 633",
        )
    )
    return f"{code} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def position(rng: random.Random) -> str:
    lat = f"{rng.randint(0, 59):02d}°{rng.randint(0, 59):02d}'{rng.choice('NS')}"
    lon = f"{rng.randint(0, 179):03d}°{rng.randint(0, 59):02d}'{rng.choice('EW')}"
    return f"{lat} {lon}"


def stable(ident_: Ident, what: str) -> random.Random:
    """Invented particulars of a vessel stay the same wherever a document repeats them."""
    return random.Random(f"blind-x-vessel:{ident_.name}:{ident_.vessel.mmsi}:{what}")


def gt_value(ident_: Ident) -> str:
    return ident_.vessel.gross_tonnage or str(stable(ident_, "gt").randint(120, 2400))


def loa_value(ident_: Ident) -> str:
    return ident_.vessel.length_m or f"{stable(ident_, 'loa').uniform(24, 80):.2f}"


def year_value(ident_: Ident) -> str:
    return ident_.vessel.build_year or str(stable(ident_, "year").randint(1985, 2022))


def fill_to(page: PageDraft, lang: str, rng: random.Random, target: int = TARGET_CHARS) -> None:
    """Boilerplate (no entities) until the page is long enough."""
    texts = list(FILLERS[lang])
    rng.shuffle(texts)
    for text in texts:
        if len(page) >= target:
            break
        page.nl().line(text)


def footer(pages: list[PageDraft], lang: str, ref: str) -> list[PageDraft]:
    word = {"en": "Page", "es": "Página", "fr": "Page"}[lang]
    sep = {"en": "of", "es": "de", "fr": "sur"}[lang]
    for number, page in enumerate(pages, 1):
        page.nl().line(f"{ref}    {word} {number} {sep} {len(pages)}")
    return pages


# --- associates, registration numbers, history -------------------------------------------------


def owner_of(ident_: Ident) -> str:
    """The list's owner, else an invented company (documents always name someone)."""
    from ._vocab import COMPANY_STEMS

    if ident_.vessel.owner:
        return ident_.vessel.owner.rstrip(".,; ")
    rng = stable(ident_, "owner")
    suffix = rng.choice(("Fishery Co Ltd", "Fishing Co Ltd", "Ocean Fishing Co", "Marine Ltd"))
    return f"{rng.choice(COMPANY_STEMS)} {suffix}"


def home_port(ident_: Ident) -> tuple[str, str | None]:
    """(port, province) from the list's "PORT, PROVINCE" form."""
    port = ident_.vessel.port or ""
    name, _, state = port.partition(",")
    return name.strip(), (state.strip() or None)


def national_reg(ident_: Ident) -> str:
    """A national registration number in a plausible form for the flag (invented)."""
    flag = ident_.flag
    rng = stable(ident_, "reg")
    if flag == "ESP":
        office = rng.choice(("VI", "BI", "CA", "LP"))
        return f"3ª-{office}-{rng.randint(1, 5)}-{rng.randint(1, 99)}-{rng.randint(90, 99)}"
    if flag == "TWN":
        return f"CT{rng.randint(3, 8)}-{rng.randint(100, 9999):04d}"
    if flag == "CHN":
        area = rng.choice(("350100", "330900", "371000"))
        return f"{area}{rng.randint(2000, 2024)}{rng.randint(1, 9999):04d}"
    if flag == "JPN":
        return f"{rng.choice(('AM', 'MG', 'SZ', 'KO'))}{rng.randint(1, 3)}-{rng.randint(100, 9999)}"
    if flag == "KOR":
        return f"{rng.randint(9, 9)}{rng.randint(100000, 999999)}-{rng.randint(6000000, 6499999)}"
    if flag == "RUS":
        return f"{rng.randint(1, 9)}-{rng.randint(1, 999):03d}-{rng.randint(1, 99):02d}"
    return f"{(flag or 'XX')[:2]}-{rng.randint(1000, 99999)}"


def eu_cfr(ident_: Ident) -> str | None:
    rng = stable(ident_, "cfr")
    if ident_.flag not in {"ESP", "PRT", "FRA", "ITA", "NLD", "DEU", "DNK", "GRC", "MLT", "CYP"}:
        return None
    return f"{ident_.flag}{rng.randint(0, 30_000):09d}"


@dataclass(frozen=True)
class Former:
    flag: str
    call_sign: str | None
    mmsi: str | None


def former_ids(rng: random.Random, current: str | None) -> Former:
    """A former flag with a call sign and MMSI that pass that flag's checks."""
    from ._vocab import FORMER_FLAGS

    flag = rng.choice([f for f in FORMER_FLAGS if f != current])
    return Former(flag, invent_call_sign(flag, rng), invent_mmsi(flag, rng))


def flow(
    pages: list[PageDraft],
    rows: list[PageDraft],
    new_page: Callable[[], PageDraft],
    limit: int = 2650,
    max_pages: int = 3,
) -> int:
    """Append rows, opening continuation pages as needed; returns how many rows fitted."""
    placed = 0
    for row in rows:
        if not pages[-1].room(len(row), limit):
            if len(pages) == max_pages:
                break
            pages.append(new_page())
        pages[-1].extend(row)
        placed += 1
    return placed


def close_with(
    pages: list[PageDraft], block: PageDraft, new_page: Callable[[], PageDraft], limit: int = 2800
) -> None:
    """A closing block on the last page, or on a new one (up to three pages)."""
    if pages[-1].room(len(block), limit):
        pages[-1].extend(block)
    elif len(pages) < 3:
        pages.append(new_page())
        pages[-1].extend(block)
