"""Licence cards as printed from a licensing system: two or three bordered cards per page with
the issuing authority, licence number and QR text, vessel, registration, call sign, gear,
species and zone codes, validity and holder; terse keys and abbreviations."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, fmt_date, pick_many, reg_no, some_date
from ._page import PageDraft, Part, shown

LAYOUT = "fishing_licence_card"
_WIDTH = 66


def _row(page: PageDraft, *parts: Part) -> None:
    """One card line, padded to the card's width inside its border."""
    page.put("| ", *parts).add(
        " " * max(1, _WIDTH - 4 - sum(len(shown(part)) for part in parts))
    ).add(" |\n")


def _card(
    page: PageDraft,
    ship: Ident,
    issuer: tuple[str, ...],
    rng: random.Random,
    areas: tuple[str, ...],
    style: str,
) -> None:
    authority, state, lang, title, prefix, zone = issuer[:6]
    k = vocab.CARD_KEYS[lang]
    start = some_date(rng, 2021, 2025)
    end = start + timedelta(days=rng.choice((89, 179, 364)))
    number = f"{prefix}-{start.year % 100:02d}-{rng.randint(1, 9999):04d}"
    border = "+" + "-" * (_WIDTH - 2) + "+\n"
    page.add(border)
    _row(page, authority.upper()[: _WIDTH - 6])
    _row(page, state)
    _row(page, (title, "AUTH_TYPE"), "   ", k[10], " ", (number, "LICENSE_NO"))
    page.add(border)
    _row(
        page, f"{k[0]}: ", (ship.name, "VESSEL_NAME"), "   ", f"{k[4]}: ", (ship.flag, "FLAG", "--")
    )
    _row(
        page,
        f"{k[1]}: ",
        (reg_no(ship, rng), "NATIONAL_REG_NO"),
        "  ",
        f"{k[2]}: ",
        (ship.ircs, "IRCS", "--"),
        "  ",
        f"{k[3]}: ",
        (ship.imo, "IMO", "--"),
    )
    species = rng.sample(
        vocab.SPECIES_BY_GEAR[ship.gear], min(3, len(vocab.SPECIES_BY_GEAR[ship.gear]))
    )
    sep = rng.choice(("/", ", ", " "))
    spp: list[Part] = [f"{k[6]}: "]
    for i, code in enumerate(species):
        spp += [sep if i else "", (code, "SPECIES_NAME")]
    _row(page, f"{k[5]}: {vocab.GEARS[ship.gear][0]}   ", *spp)
    area = rng.choice(areas)
    _row(page, f"{k[7]}: {zone} / FAO ", (area, "FAO_AREA_CODE"))
    rfmos = sorted(r for r, (_, _, fao) in vocab.RFMOS.items() if area.split(".")[0] in fao)
    if rfmos and rng.random() < 0.5:
        rfmo = rng.choice(rfmos)
        _row(
            page, "RFMO: ", (rfmo, "RFMO_CODE"), "  ID ", (str(rng.randint(1000, 99999)), "RFMO_ID")
        )
    _row(
        page,
        f"{k[8]}: ",
        (fmt_date(start, style), "START_DATE"),
        rng.choice((" - ", " to ")),
        (fmt_date(end, style), "END_DATE"),
    )
    _row(page, f"{k[9]}: ", (ship.owner[:48].rstrip(), "ASSOC_NAME"))
    if rng.random() < 0.5 and ship.imo and ship.ircs:
        _row(
            page,
            "QR: LIC=",
            (number, "LICENSE_NO"),
            ";IMO=",
            (ship.imo, "IMO"),
            ";CS=",
            (ship.ircs, "IRCS"),
        )
        _row(page, "    EXP=", (fmt_date(end, "compact"), "END_DATE"))
    else:
        token = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        _row(
            page,
            f"QR: https://verify.{prefix.split('-')[0].split('/')[0].lower()}.example/l/{token}",
        )
    page.add(border)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    issuer = rng.choice(vocab.LICENSORS)
    areas = issuer[6]
    style = rng.choice(("dot", "dmy", "iso", "abbr"))
    count = rng.randint(1, 3)
    ships = pick_many(vessels, rng, count * 2, "imo")
    count = min(count, (len(ships) + 1) // 2)  # a short vessel list gives fewer sheets
    pages: list[PageDraft] = []
    printed = fmt_date(some_date(rng, 2024, 2025), style)
    for number in range(count):
        page = PageDraft()
        page.line(f"{issuer[0]} - licence cards - printed {printed} - sheet {number + 1}/{count}")
        page.nl()
        front_back = rng.random() < 0.35
        for ship in ships[number * 2 : number * 2 + (1 if front_back else 2)]:
            _card(page, ship, issuer[:6], rng, areas, style)
            page.nl()
        if front_back:
            for text in vocab.CARD_CONDITIONS[issuer[2]]:
                page.line("  ", text)
        elif rng.random() < 0.5:
            page.line(
                "Cards must be carried on board and shown on request to an authorised "
                "officer. Not transferable."
            )
        pages.append(page)
    return pages
