"""An RFMO or flag-State website's vessel page printed from a browser."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import (
    Facts,
    country,
    date_text,
    day,
    facts,
    former_flag,
    period,
    pick,
    placeholder,
    rfmo_id,
)
from ._page import Item, Page, PageDraft

LAYOUT = "web_vessel_page"

_NAV = ("Home", "About us", "Vessels", "Compliance", "Meetings", "Data", "News", "Contact")


def _pairs(f: Facts, rfmo: _vocab.Rfmo, rng: random.Random) -> list[tuple[str, list[Item]]]:
    def ident(value: str | None, label: str) -> list[Item]:
        return [(value, label)] if value else [placeholder(rng)]

    start, end = period(rng)
    style = rng.choice(("iso", "long", "slash"))
    pairs: list[tuple[str, list[Item]]] = [
        ("Vessel name", [(f.name, "VESSEL_NAME")]),
        ("Flag", [(country(f.flag) or f.flag, "FLAG")] if f.flag else [placeholder(rng)]),
        ("IMO number", ident(f.imo, "IMO")),
        ("Call sign", ident(f.ircs, "IRCS")),
        ("MMSI", ident(f.mmsi, "MMSI")),
        (f"{rfmo[0]} vessel ID", [(rfmo_id(rfmo, f.flag, f.rfmo_serial), "RFMO_ID")]),
        ("Registration number", [(f.reg_no, "NATIONAL_REG_NO")]),
        ("Port of registry", [(f.port, "HOME_PORT")]),
        ("Vessel type", [_vocab.GEAR[f.gear][3]]),
        ("Gear type", [_vocab.GEAR[f.gear][0]]),
        (
            "",
            [
                ("Length overall", "METRIC_TYPE"),
                ": ",
                (f.length, "METRIC_VALUE"),
                " ",
                ("m", "METRIC_UNIT"),
            ],
        ),
        (
            "",
            [
                ("Gross tonnage", "METRIC_TYPE"),
                ": ",
                (f.gross_tonnage, "METRIC_VALUE"),
                " ",
                ("GT", "METRIC_UNIT"),
            ],
        ),
        ("Year built", [(f.build_year, "BUILD_YEAR")]),
        (
            "Shipyard",
            [
                (f.yard[0], "BUILDER_LOCATION"),
                ", ",
                (country(f.yard[2]) or f.yard[2], "BUILD_COUNTRY"),
            ],
        ),
        ("Owner", [(f.owner[0], "ASSOC_NAME")]),
        (
            "Owner address",
            [
                (f.owner[1], "ADDRESS"),
                ", ",
                (f.owner[2], "CITY"),
                ", ",
                (country(f.owner[4]) or f.owner[4], "COUNTRY_CODE"),
            ],
        ),
        (
            "Authorisation",
            [(rng.choice(("Fishing", "Transhipment at sea", "Carrier")), "AUTH_TYPE")],
        ),
        ("Authorised from", [(date_text(start, style), "START_DATE")]),
        ("Authorised to", [(date_text(end, style), "END_DATE")]),
    ]
    if f.owner[3] and rng.random() < 0.5:
        pairs.insert(16, ("Province", [(f.owner[3], "STATE")]))
    return pairs


def _width(items: list[Item]) -> int:
    return sum(len(i if isinstance(i, str) else i[0]) for i in items)


def _history(page: Page, f: Facts, rng: random.Random) -> None:
    page.blank().line("Vessel history").line(
        "Date        Event               Name / Flag / Call sign"
    )
    old_flag, old_cs, old_mmsi = former_flag(f.flag, rng)
    when = day(rng, int(f.build_year) + 1 if int(f.build_year) < 2023 else 2023)
    if f.former_name:
        page.line(
            date_text(when, "iso"),
            "  Name change         ",
            (f.former_name, "NAME_CHANGE"),
            " -> ",
            (f.name, "VESSEL_NAME"),
        )
    if f.flag:
        page.line(
            date_text(when, "iso"),
            "  Flag change         ",
            (country(old_flag) or old_flag, "FLAG_CHANGE"),
            " -> ",
            (country(f.flag) or f.flag, "FLAG"),
        )
    if old_cs and f.ircs:
        page.line(
            date_text(when, "iso"),
            "  Call sign change    ",
            (old_cs, "ID_CHANGE"),
            " -> ",
            (f.ircs, "IRCS"),
        )
    if old_mmsi and f.mmsi and rng.random() < 0.5:
        page.line(
            date_text(when, "iso"),
            "  MMSI change         ",
            (old_mmsi, "ID_CHANGE"),
            " -> ",
            (f.mmsi, "MMSI"),
        )
    page.line(date_text(day(rng, 2024), "iso"), "  Record updated      (no change of identity)")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    f = facts(pick(vessels, rng, 1)[0], rng)
    rfmo = rng.choice(_vocab.RFMOS)
    site = rng.choice((f"www.{rfmo[0].lower()}.org", f"www.{rfmo[0].lower()}.int"))
    page = Page()
    page.line(
        f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(22, 25)}, "
        f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM'))}",
        " " * rng.randint(10, 30),
        f"{f.name} | Vessel Record",
    )
    page.line("Skip to main content")
    page.put((rfmo[0], "RFMO_CODE"), "  ").line(rfmo.name_en)
    page.line(rng.choice(("  ", " | ", "   ")).join(_NAV), "   Search...")
    page.line(
        " > ".join(("Home", "Vessels", "Record of Authorised Vessels", "")), (f.name, "VESSEL_NAME")
    ).blank()
    page.line("Vessel details").line("-" * 14)
    pairs = _pairs(f, rfmo, rng)
    two_columns = rng.random() < 0.5
    sep = rng.choice((": ", "  ", "\t"))
    half = (len(pairs) + 1) // 2
    if two_columns:
        rights: list[tuple[str, list[Item]]] = [*pairs[half:], ("", [])][: len(pairs[:half])]
        for left, right in zip(pairs[:half], rights, strict=True):
            width = len(left[0]) + len(sep) + _width(left[1])
            page.put(left[0], sep if left[0] else "", *left[1], " " * max(2, 44 - width))
            page.put(right[0], sep if right[0] and right[1] else "", *right[1]).add("\n")
    else:
        for key, items in pairs:
            page.line(key, sep if key else "", *items)
    pages = [page]
    if rng.random() < 0.5:
        page.blank().line(f"Page 1 of 2   https://{site}/vessels/{f.rfmo_serial}")
        page = Page()
        pages.append(page)
        page.line(f"{f.name} | Vessel Record", " " * 20, f"https://{site}/vessels/{f.rfmo_serial}")
    _history(page, f, rng)
    stamp = date_text(day(rng, 2025), rng.choice(("long", "iso")))
    page.blank().line(rng.choice(("Last updated: ", "Record last modified ", "Updated ")), stamp)
    page.line(
        f"© {rng.randint(2019, 2025)} ",
        (rfmo[0], "RFMO_CODE"),
        " · Privacy policy · Terms of use · Sitemap",
    )
    return [p.draft() for p in pages]
