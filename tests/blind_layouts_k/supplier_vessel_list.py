"""A processor's or certification body's list of supplying vessels: a chain-of-custody annex
(a wide table) or a proactive-vessel-register style listing (one block per vessel)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, date_style, fmt_date, pad, some_date

LAYOUT = "supplier_vessel_list"

_HOLDERS = (
    "Pacific Tuna Processing Co., Ltd.",
    "Conservas Atlántico S.A.",
    "Indian Ocean Tuna Ltd",
    "Frigoríficos del Sur S.L.",
    "Siam Ocean Seafood Trading",
    "Nordic Seafood AS",
)
_REGIONS = (
    "high seas and EEZ waters",
    "Pacific Ocean",
    "Indian Ocean",
    "Atlantic Ocean",
    "Unit of Certification 2",
)
_STATUS = ("Certified", "Certified", "Under assessment", "Suspended", "Certified (in scope)")
_NOTES = (
    "Observer coverage 100% (human and EM)",
    "Transshipment at sea: none reported",
    "Non-entangling FADs only",
    "Shark fins naturally attached policy signed",
    "Electronic monitoring installed 2022",
    "Awaiting flag State confirmation",
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    count = rng.choice([1, 1, 2, 3])
    per_page = rng.randint(4, 7)
    picked = rng.sample(vessels, min(len(vessels), per_page * count))
    ships = [S.ship_of(v, rng) for v in picked]
    issued = some_date(rng, 2019, 2025)
    style = date_style(rng)
    table = rng.random() < 0.5
    holder = rng.choice(_HOLDERS)
    code = f"{rng.choice(['MSC', 'ASC'])}-C-{rng.randint(10000, 99999)}"
    version = rng.randint(2, 19)
    gear = V.GEARS[ships[0].gear]
    first, second = (V.SPECIES[code].en for code in gear.species[:2])
    fishery: list[Part] = [
        (first, "SPECIES_NAME"),
        " and ",
        (second.lower(), "SPECIES_NAME"),
        f", {gear.en.lower()} - {rng.choice(_REGIONS)}",
    ]
    pages: list[PageDraft] = []
    for number in range(count):
        batch = ships[number * per_page : (number + 1) * per_page]
        if not batch:
            break
        pg = PageDraft()
        pg.line(holder.upper())
        if table:
            pg.line(f"Annex 2 to chain of custody certificate {code}: approved supplying vessels")
        else:
            pg.line("Proactive register of supplying vessels - public listing")
        pg.line("Fishery: ", *fishery)
        pg.line(
            f"Version {version} - issued {fmt_date(issued, style)}"
            f"{pad('', 12)}Page {number + 1} of {count}"
        )
        pg.blank()
        for index, ship in enumerate(batch, start=number * per_page + 1):
            (_row if table else _block)(pg, index, ship, issued, style, rng)
        pg.blank()
        pg.line("Vessels not listed here may not supply certified product. Status as declared by")
        pg.line("the certificate holder; verify against the certification body's public database.")
        pages.append(pg)
    return pages


def _rfmo(ship: S.Ship, rng: random.Random) -> tuple[str, str, str]:
    """(FAO area, RFMO acronym, the vessel's number in that RFMO's record)."""
    area = rng.choice(V.GEARS[ship.gear].areas)
    rfmo = V.AREA_RFMO.get(area[:2], "WCPFC")
    n = rng.randint(100, 99999)
    number = {
        "IOTC": f"IOTC{n:06d}",
        "ICCAT": f"AT000{ship.flag or 'XXX'}{n:05d}",
        "NPFC": f"NPFC-{(ship.flag or 'XXX')[:2]}-{n % 10000:04d}",
        "SPRFMO": f"SP-{n:05d}",
        "CCAMLR": f"CC{n % 10000:04d}",
    }.get(rfmo, f"{n:05d}")
    return area, rfmo, number


def _uvi(ship: S.Ship, rng: random.Random) -> Part:
    if ship.imo:
        return (ship.imo, "IMO")
    return (f"TUVI-{ship.flag or 'XXX'}-{rng.randint(1, 99999):05d}", "OTHER_EXT_ID")


def _cert_dates(issued: dt.date, style: str, rng: random.Random) -> tuple[str, str]:
    start = issued - dt.timedelta(days=rng.randint(30, 900))
    return fmt_date(start, style), fmt_date(start + dt.timedelta(days=5 * 365), style)


def _row(
    pg: PageDraft, index: int, ship: S.Ship, issued: dt.date, style: str, rng: random.Random
) -> None:
    if index % 100 == 1 or not len(pg.spans):
        pg.line("No | Vessel | Flag | IMO | UVI | Gear | FAO area | RFMO | RFMO No. | Species")
        pg.line("   | Status | Certified since | Expiry | Notes")
        pg.line("-" * 96)
    area, rfmo, number = _rfmo(ship, rng)
    gear = V.GEARS[ship.gear]
    flag: Part = (ship.flag, "FLAG") if ship.flag else "-"
    species: list[Part] = []
    for position, code in enumerate(rng.sample(gear.species, 2)):
        species += ([", "] if position else []) + [(code, "SPECIES_NAME")]
    pg.line(
        f"{index:<3}| ",
        (ship.name, "VESSEL_NAME"),
        " | ",
        flag,
        " | ",
        S.ident(ship.imo, "IMO", "-"),
        " | ",
        _uvi(ship, rng),
        f" | {gear.isscfg} | ",
        (area, "FAO_AREA_CODE"),
        " | ",
        (rfmo, "RFMO_CODE"),
        " | ",
        (number, "RFMO_ID"),
        " | ",
        *species,
    )
    since, expiry = _cert_dates(issued, style, rng)
    notes: list[Part] = [rng.choice(_NOTES)]
    if ship.former_name or rng.random() < 0.2:
        notes = ["ex-", (S.former_names(ship, rng, 1)[0], "NAME_CHANGE"), "; ", *notes]
    pg.line(f"   | {rng.choice(_STATUS)} | {since} | {expiry} | ", *notes)


def _block(
    pg: PageDraft, index: int, ship: S.Ship, issued: dt.date, style: str, rng: random.Random
) -> None:
    area, rfmo, number = _rfmo(ship, rng)
    gear = V.GEARS[ship.gear]
    pg.line(f"{index}) ", (ship.name, "VESSEL_NAME"), "  -  ", S.flag_part(ship, rng))
    pg.line(
        "    IMO: ",
        S.ident(ship.imo, "IMO", "none"),
        "    UVI: ",
        _uvi(ship, rng),
        "    IRCS: ",
        S.ident(ship.ircs, "IRCS", "-"),
    )
    pg.line(
        f"    Gear: {gear.en.lower()}    Area: FAO ",
        (area, "FAO_AREA_CODE"),
        "    Authorized by: ",
        (rfmo, "RFMO_CODE"),
        " (",
        (number, "RFMO_ID"),
        ")",
    )
    pg.line(
        "    Owner: ",
        (ship.owner, "ASSOC_NAME"),
        "    Target: ",
        (V.SPECIES[gear.species[0]].en, "SPECIES_NAME"),
    )
    since, expiry = _cert_dates(issued, style, rng)
    pg.line(f"    Status: {rng.choice(_STATUS)}, listed {since}, review due {expiry}")
    if ship.former_name or rng.random() < 0.2:
        pg.line("    Note: formerly named ", (S.former_names(ship, rng, 1)[0], "NAME_CHANGE"))
    pg.blank()
