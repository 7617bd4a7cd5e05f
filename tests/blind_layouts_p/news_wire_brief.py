"""A page of short news-wire items about fisheries enforcement: several vessels per page, each
item a headline and two or three sentences naming vessels, flags, identifiers, owners and
fines."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, country, fmt_date, former_flag, former_name, pick_many, some_date
from ._page import PageDraft, Part

LAYOUT = "news_wire_brief"


def _slots(ship: Ident, rng: random.Random, wire: str, day: str) -> dict[str, Part | list[Part]]:
    old_flag, _, old_mmsi = former_flag(ship, rng)
    code = rng.choice(vocab.SPECIES_BY_GEAR[ship.gear])
    rfmo = rng.choice(sorted(vocab.RFMOS))
    species: list[Part] = [(vocab.SPECIES_EN.get(code, code), "SPECIES_NAME")]
    if rng.random() < 0.4:
        species += [" (", (code, "SPECIES_NAME"), ")"]
    return {
        "name": (ship.name, "VESSEL_NAME"),
        "imo": (ship.imo, "IMO", "not assigned"),
        "ircs": (ship.ircs, "IRCS", "unknown"),
        "mmsi": (ship.mmsi, "MMSI", "unknown"),
        "flag": (country(ship.flag), "FLAG", "an undisclosed State"),
        "adj": (country(ship.flag, "adj"), "FLAG", "foreign"),
        "country": rng.choice(
            ("Vanuatu", "Fiji", "Mauritius", "Argentina", "Senegal", "Palau", "Ecuador", "Namibia")
        ),
        "old_flag": (country(old_flag), "FLAG_CHANGE"),
        "old_mmsi": (old_mmsi, "ID_CHANGE"),
        "former": (former_name(ship, rng), "NAME_CHANGE"),
        "company": (ship.owner, "ASSOC_NAME"),
        "role": (rng.choice(vocab.NEWS_ROLES), "ASSOC_ROLE"),
        "rfmo": (rfmo, "RFMO_CODE"),
        "species": species,
        "area": (rng.choice(vocab.RFMOS[rfmo][2]), "FAO_AREA_CODE"),
        "kind": rng.choice(vocab.NEWS_KINDS),
        "city": rng.choice(vocab.WIRE_CITIES),
        "date": day,
        "wire": wire,
        "amount": rng.choice(vocab.NEWS_AMOUNTS),
        "licence": (
            f"{rng.choice(('FL', 'HS', 'DW'))}/{rng.randint(2019, 2025)}/"
            f"{rng.randint(10, 999):03d}",
            "LICENSE_NO",
        ),
    }


def _page(ships: Sequence[Ident], rng: random.Random, wire: str, number: int) -> PageDraft:
    page = PageDraft()
    day = some_date(rng, 2020, 2025)
    rule = rng.choice(("=" * 60, "-" * 48, "*  *  *"))
    page.line(
        f"{wire.upper()} | FISHERIES ENFORCEMENT BRIEFS | {fmt_date(day, 'en')} | p. {number}"
    )
    page.line(rule).nl()
    templates = rng.sample(vocab.NEWS_ITEMS, len(ships))
    for ship, (headline, body) in zip(ships, templates, strict=True):
        slots = _slots(
            ship, rng, wire, fmt_date(day, rng.choice(("en", "us"))).rsplit(" ", 1)[0].rstrip(",")
        )
        page.add(rng.choice(("", "BRIEF: ", "** ", "UPDATE - ")))
        page.template(headline, slots).nl()
        page.template(body, slots).nl(2)
    page.line(rule)
    page.line(
        f"(c) {day.year} {wire}. Briefs are compiled from official notices and "
        "court records; amounts as reported."
    )
    return page


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    wire = rng.choice(vocab.WIRES)
    count = rng.randint(1, 3)
    per_page = [rng.randint(3, 4) for _ in range(count)]
    ships = pick_many(vessels, rng, sum(per_page), "imo ircs mmsi")
    pages, start = [], 0
    for number, size in enumerate(per_page, start=1):
        chosen = ships[start : start + size]
        start += size
        if chosen:
            pages.append(_page(chosen, rng, wire, number))
    return pages
