"""A ship management company's fleet list from its website or brochure: vessels grouped by
type with name, flag, year built, GT, IMO number and call sign, then the company's offices."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, country, pick_many, thousands
from ._page import PageDraft, Part, shown

LAYOUT = "manager_fleet_list"
_COLUMNS = ((20, "Vessel"), (18, "Flag"), (7, "Built"), (8, "GT"), (10, "IMO"), (0, "Call sign"))


def _table_row(page: PageDraft, ship: Ident, sep: str) -> None:
    cells: list[Part] = [
        (ship.name, "VESSEL_NAME"),
        (country(ship.flag), "FLAG", "-"),
        (ship.year, "BUILD_YEAR"),
        (thousands(ship.gt, sep), "METRIC_VALUE"),
        (ship.imo, "IMO", "-"),
        (ship.ircs, "IRCS", "-"),
    ]
    for (width, _), cell in zip(_COLUMNS, cells, strict=True):
        page.put(cell).add(" " * max(1, width - len(shown(cell))) if width else "")
    page.nl()


def _brochure_entry(page: PageDraft, ship: Ident, rng: random.Random, sep: str) -> None:
    page.put(rng.choice(("• ", "- ", "> ")), (ship.name, "VESSEL_NAME"), " - ")
    page.put((country(ship.flag), "FLAG", "flag n/a"), " flag, built ", (ship.year, "BUILD_YEAR"))
    page.put(", ", (thousands(ship.gt, sep), "METRIC_VALUE"), " ", ("GT", "METRIC_UNIT"))
    page.put(", IMO ", (ship.imo, "IMO", "n/a"), ", call sign ", (ship.ircs, "IRCS", "n/a"))
    page.nl()


def _offices(
    page: PageDraft, manager: tuple[str, str, tuple[tuple[str, ...], ...]], rng: random.Random
) -> None:
    name, domain, offices = manager
    page.nl().line("OFFICES").nl()
    for kind, street, city, state, iso3 in offices:
        page.put(f"{kind}: ", (name, "ASSOC_NAME"), ", ", (street, "ADDRESS"), ", ", (city, "CITY"))
        if state:
            page.put(", ", (state, "STATE"))
        if country(iso3) != city:
            page.put(", ", (country(iso3), "COUNTRY_CODE"))
        page.nl().line(
            f"    Tel +{rng.randint(30, 99)} {rng.randint(100, 999)} "
            f"{rng.randint(1000, 9999)} - {kind.split()[0].lower()}@{domain}"
        )


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    manager = rng.choice(vocab.MANAGERS)
    name, domain, _ = manager
    count = rng.randint(1, 3)
    brochure = rng.random() < 0.4
    sep = rng.choice((",", " ", ""))
    per_page = rng.randint(9, 13) if brochure else rng.randint(12, 20)
    ships = pick_many(vessels, rng, count * per_page, "imo")
    count = min(count, -(-len(ships) // per_page))  # a short vessel list gives fewer pages
    ships.sort(key=lambda s: (vocab.GEARS[s.gear][4], s.name))
    pages: list[PageDraft] = []
    for number in range(count):
        page = PageDraft()
        if number == 0:
            page.line((name, "ASSOC_NAME"))
            page.line(
                rng.choice(
                    (
                        "Ship management - crewing - technical superintendence",
                        "Fleet management for distant-water fishing and reefer owners",
                    )
                )
            )
            page.line(f"www.{domain}").nl()
            page.line(
                rng.choice(("OUR FLEET", "FLEET LIST", "Managed fleet")),
                f" (as at {rng.choice(vocab.MONTHS['en'])} {rng.randint(2021, 2025)})",
            )
        else:
            page.line(f"{name} - fleet list (continued)")
        group = ""
        for ship in ships[number * per_page : (number + 1) * per_page]:
            title = vocab.GEARS[ship.gear][4]
            if title != group:
                group = title
                page.nl().line(title.upper() if rng.random() < 0.5 else title)
                if not brochure:
                    page.line(*(head.ljust(width) if width else head for width, head in _COLUMNS))
            if brochure:
                _brochure_entry(page, ship, rng, sep)
            else:
                _table_row(page, ship, sep)
        if number == count - 1:
            total = sum(int(float(s.gt)) for s in ships)
            page.nl().line(
                f"Total managed: {len(ships)} vessels, {thousands(str(total), sep)} GT combined."
            )
            _offices(page, manager, rng)
        pages.append(page)
    return pages
