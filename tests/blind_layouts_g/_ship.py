"""One vessel as a document prints it: identifiers checked, gaps filled from the vocabulary.

Identifiers from the vessel list are kept only when well formed (IMO check digit, MMSI with a
known MID, call sign in an ITU series of the flag); otherwise they are None and the layout
prints its placeholder. Particulars the list lacks (tonnage, length, owner...) are invented.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from oceanid_dev.demo.vessels import Vessel, imo_check_ok

from . import _vocab as V

_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _reference(filename: str) -> list[dict[str, str]]:
    text = resources.files("oceanid_assets.reference").joinpath(filename).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def _mid_flags() -> dict[str, tuple[tuple[str, str], ...]]:
    """MID -> ((iso3, ITU-style name), ...)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in _reference("mmsi_mids.csv"):
        table.setdefault(row["mid"], []).append((row["iso3"], row["name"]))
    return {mid: tuple(rows) for mid, rows in table.items()}


@cache
def _series() -> tuple[tuple[str, str, str], ...]:
    """(first, last, allocated to) of each Appendix 42 series, e.g. ("3DA", "3DM", "Eswatini")."""
    rows = _reference("itu_call_sign_series.csv")
    return tuple(
        (first.strip(), last.strip(), row["Allocated to"])
        for row in rows
        for first, _, last in [row["Series"].partition("-")]
    )


def mmsi_ok(mmsi: str | None) -> bool:
    return bool(mmsi) and len(mmsi or "") == 9 and (mmsi or "")[:3] in _mid_flags()


def ircs_ok(sign: str | None, flag: str) -> bool:
    """In a series allocated to the flag's administration. A series that spans a whole
    two-character block (BJA - BJZ) admits any third character (BJ4678)."""
    if not sign or not 2 < len(sign) <= 7 or not sign.isalnum():
        return False
    names = {name for rows in _mid_flags().values() for iso3, name in rows if iso3 == flag}
    for first, last, owner in _series():
        if sign[:2] != first[:2] or sign[:2] != last[:2]:
            continue
        whole = first[2] == "A" and last[2] == "Z"
        if (whole or first[2] <= sign[2] <= last[2]) and any(
            name == owner or name.startswith(owner + " - ") for name in names
        ):
            return True
    return False


@dataclass(frozen=True)
class Ship:
    name: str
    flag: str  # ISO 3166-1 alpha-3
    imo: str | None
    mmsi: str | None
    ircs: str | None
    gt: str
    loa: str  # metres
    power: str  # kW
    built: str
    owner: str
    owner_country: str
    port: str
    port_code: str | None
    gear: str
    former_name: str | None


def ship_of(vessel: Vessel, rng: random.Random) -> Ship:
    flag = vessel.flag or _flag_of_mmsi(vessel.mmsi) or rng.choice(("CHN", "TWN", "KOR", "JPN"))
    gt = vessel.gross_tonnage or str(rng.randint(180, 2400))
    ports = V.PORTS.get(flag, V.DEFAULT_PORTS)
    port, found = rng.choice(ports)
    code: str | None = found
    if vessel.port:
        code = next((c for p, c in ports if vessel.port.upper().startswith(p.upper())), None)
        port = vessel.port
    gear = vessel.gear if vessel.gear in V.GEAR else rng.choice(tuple(V.GEAR)[:5])
    return Ship(
        name=vessel.name,
        flag=flag,
        imo=vessel.imo if vessel.imo and imo_check_ok(vessel.imo) else None,
        mmsi=vessel.mmsi if mmsi_ok(vessel.mmsi) else None,
        ircs=vessel.ircs if ircs_ok(vessel.ircs, flag) else None,
        gt=gt,
        loa=vessel.length_m or f"{18 + int(gt) ** 0.5 * rng.uniform(1.1, 1.4):.2f}",
        power=str(max(150, min(6000, int(int(gt) * rng.uniform(0.8, 1.5)))) // 10 * 10),
        built=vessel.build_year or str(rng.randint(1986, 2022)),
        owner=vessel.owner or company(flag, rng),
        owner_country=flag if flag in V.ADDRESSES else rng.choice(("CHN", "TWN", "KOR")),
        port=port,
        port_code=code,
        gear=gear,
        former_name=vessel.former_name,
    )


def _flag_of_mmsi(mmsi: str | None) -> str | None:
    rows = _mid_flags().get((mmsi or "")[:3])
    return rows[0][0] if rows and mmsi_ok(mmsi) else None


def company(flag: str, rng: random.Random) -> str:
    template, words = rng.choice(V.COMPANIES.get(flag, V.COMPANIES[""]))
    word = rng.choice(words)
    return template.format(w=word, W=word.upper())


def call_sign(flag: str, rng: random.Random) -> str | None:
    """A new call sign in the flag's ITU series; None for a flag without a pattern here."""
    patterns = V.CALL_SIGNS.get(flag)
    if not patterns:
        return None
    return "".join(rng.choice(chars) for chars in rng.choice(patterns))


def reflagged(ship: Ship, flag: str, rng: random.Random) -> Ship:
    """The same hull under another flag: a new call sign, MMSI and port of that flag."""
    port, code = rng.choice(V.PORTS.get(flag, V.DEFAULT_PORTS))
    return replace(
        ship,
        flag=flag,
        ircs=call_sign(flag, rng),
        mmsi=V.MIDS[flag] + f"{rng.randint(0, 999_999):06d}",
        port=port,
        port_code=code,
    )


def former_name(ship: Ship, rng: random.Random) -> str:
    if ship.former_name:
        return ship.former_name
    stem = rng.choice(("OCEAN", "SEA", "HAI", "SHIN", "NUEVO", "SOUTHERN", "GOLDEN"))
    word = rng.choice(("STAR", "WAVE", "PEARL", "FORTUNE", "HARVEST", "SPIRIT", "DRAGON"))
    return f"{stem} {word} {rng.randint(1, 88)}"


def other_flag(flag: str, rng: random.Random) -> str:
    return rng.choice([f for f in V.CALL_SIGNS if f != flag and f in V.MIDS])


# --- words and numbers as printed --------------------------------------------------------

_LANG = {"en": 0, "es": 1, "pt": 2}


def flag_text(flag: str, lang: str, rng: random.Random, code_share: float = 0.25) -> str:
    names = V.FLAGS.get(flag)
    if names is None:
        return flag
    if rng.random() < code_share:
        return rng.choice((flag, names[3]))
    return names[_LANG[lang]]


def address(country: str, rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(V.ADDRESSES.get(country, V.ADDRESSES[""]))


def country_of(country: str, lang: str) -> str:
    names = V.FLAGS.get(country)
    return names[_LANG[lang]] if names else country


def gear_text(code: str, lang: str) -> str:
    return V.GEAR[code][_LANG[lang]]


def species_text(code: str, lang: str) -> str:
    return V.SPECIES[code][_LANG[lang]]


def species_in_prose(code: str, lang: str) -> str:
    """The name as a sentence has it: lower case except a proper adjective (Pacific saury)."""
    name = species_text(code, lang)
    proper = name.split()[0] in ("Pacific", "Patagonian", "Chilean", "Atlantic", "Antarctic")
    return name if proper else name[0].lower() + name[1:]


def decimal(value: str, lang: str) -> str:
    return value.replace(".", ",") if lang in ("es", "pt") else value


def person(lang: str, rng: random.Random) -> str:
    return rng.choice(V.PEOPLE[lang])


def some_date(rng: random.Random, first: int = 2019, last: int = 2026) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def date_text(day: date, style: int, lang: str = "en") -> str:
    month = V.MONTHS[lang][day.month - 1]
    styles = (
        day.isoformat(),
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day} {month} {day.year}" if lang == "en" else f"{day.day} de {month} de {day.year}",
        f"{day.day:02d}-{month[:3].upper()}-{day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
    )
    return styles[style % len(styles)]


def placeholder(lang: str, rng: random.Random) -> str:
    return rng.choice(V.PLACEHOLDERS[lang])


def serial(rfmo: str, flag: str, rng: random.Random) -> str:
    """A vessel's number in an RFMO record, in that RFMO's usual shape."""
    number = rng.randint(1, 29_999)
    shapes = {
        "IOTC": f"IOTC{number:06d}",
        "ICCAT": f"AT000{'TAI' if flag == 'TWN' else flag}{number:05d}",
        "WCPFC": f"{number + 10_000}",
        "IATTC": f"{number:05d}",
        "NPFC": f"NPFC-{flag}-{number % 1000:04d}",
        "SPRFMO": f"SPRFMO-{number % 3000:04d}",
        "CCSBT": f"FV{number:05d}",
    }
    return shapes[rfmo]


def pick(vessels: Sequence[Vessel], rng: random.Random, count: int) -> list[Vessel]:
    """count vessels, distinct while the list allows."""
    if len(vessels) >= count:
        return [vessels[i] for i in rng.sample(range(len(vessels)), count)]
    return [rng.choice(vessels) for _ in range(count)]
