"""Layout `wide_register_pdf`: a wide RFMO authorised-vessel register as layout-preserving PDF
text extraction prints it (aligned columns separated by runs of spaces, a column header wrapped
over two or three lines, long owner names wrapping inside their column, page header and footer).

Test-only blind evaluation data, written without reading the rule-based extractor. A wrapped
owner name is two ASSOC_NAME spans (one per line), as a reviewer selecting text would mark it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import (
    EMPTY,
    Cell,
    PageDraft,
    PageText,
    aligned_lines,
    column_widths,
    draft,
    lab,
    wrap_words,
)
from ._page import plain as p

LAYOUT = "wide_register_pdf"

_TITLES = {
    "IOTC": (
        "INDIAN OCEAN TUNA COMMISSION",
        "Record of Vessels Authorised to Operate in the {c} Area of Competence",
    ),
    "WCPFC": (
        "WESTERN AND CENTRAL PACIFIC FISHERIES COMMISSION",
        "{c} Record of Fishing Vessels - authorised vessels",
    ),
    "ICCAT": (
        "INTERNATIONAL COMMISSION FOR THE CONSERVATION OF ATLANTIC TUNAS",
        "{c} Record of Vessels (active authorisations)",
    ),
    "NPFC": ("NORTH PACIFIC FISHERIES COMMISSION", "{c} Vessel Registry (public extract)"),
    "SPRFMO": ("SOUTH PACIFIC REGIONAL FISHERIES MANAGEMENT ORGANISATION", "{c} Record of Vessels"),
    "SIOFA": ("SOUTHERN INDIAN OCEAN FISHERIES AGREEMENT", "{c} Record of Authorised Vessels"),
    "CCSBT": (
        "COMMISSION FOR THE CONSERVATION OF SOUTHERN BLUEFIN TUNA",
        "{c} Record of Authorised Vessels",
    ),
}
_PLACEHOLDERS = ("", "-", "n/a", "--")


def _headed(page: PageText, pattern: str, code: str) -> None:
    before, _, after = pattern.partition("{c}")
    page.add(before).add(code, "RFMO_CODE").add(after)


def _header_cells(style: dict[str, object]) -> list[list[Cell]]:
    """One list per header line, one cell per column (wrapped over up to three lines)."""
    tonnage = style["tonnage"]
    columns: list[tuple[Cell, ...]] = [
        (p("Record"), p("number")),
        (p("Vessel name"),),
        (p("Flag"),),
        (p("IMO"), p("number")),
        (p("Int. radio"), p("call sign")) if style["ircs_long"] else (p("IRCS"),),
        (p("MMSI"),),
        (p("National"), p("registration"), p("number")),
        (p("Port of"), p("registry")),
        (lab("Tonnage", "METRIC_TYPE"), (("(", None), ("GT", "METRIC_UNIT"), (")", None)))
        if tonnage == "Tonnage"
        else (lab(str(tonnage), "METRIC_TYPE"),),
        (
            lab(str(style["length"]), "METRIC_TYPE"),
            (("(", None), ("m", "METRIC_UNIT"), (")", None)),
        ),
        (p("Gear"), p("type")),
        (p("Owner /"), p("operator")) if style["owner_op"] else (p("Owner name"),),
        (p("Authorised"), p("from")),
        (p("Authorised"), p("to")),
    ]
    depth = max(len(c) for c in columns)
    return [[c[i] if i < len(c) else EMPTY for c in columns] for i in range(depth)]


def _vessel_lines(
    v: Vessel, rfmo: str, style: dict[str, object], rng: random.Random, owner_width: int
) -> list[list[Cell]]:
    blank = str(style["blank"])
    iso3 = d.flag_code(v)
    flag = (
        (iso3 if style["iso"] else d.country_name(iso3, "en", int(str(style["variant"]))))
        if iso3
        else None
    )
    port = d.home_port(v, rng, invent=False)
    start, end = d.validity(rng, int(str(style["year"])))
    fmt = str(style["date"])

    def val(value: str | None, label: str) -> Cell:
        return lab(value, label) if value else p(blank)

    owner = (
        d.owner_name(v, rng, int(str(style["owner_style"])))
        if v.owner or rng.random() < 0.6
        else None
    )
    owner_parts = wrap_words(owner, owner_width) if owner else [blank]
    first = [
        lab(d.rfmo_id(rfmo, v, iso3), "RFMO_ID"),
        lab(v.name, "VESSEL_NAME"),
        val(flag, "FLAG"),
        val(v.imo, "IMO"),
        val(v.ircs, "IRCS"),
        val(v.mmsi, "MMSI"),
        lab(d.national_reg(v), "NATIONAL_REG_NO") if iso3 and rng.random() < 0.85 else p(blank),
        val(port.upper() if port and style["upper_port"] else port, "HOME_PORT"),
        val(v.gross_tonnage, "METRIC_VALUE"),
        val(v.length_m, "METRIC_VALUE"),
        p(d.gear(v, code=bool(style["gear_code"]))),
        lab(owner_parts[0], "ASSOC_NAME") if owner else p(blank),
        lab(d.fmt_date(start, fmt), "START_DATE"),
        lab(d.fmt_date(end, fmt), "END_DATE"),
    ]
    lines = [first]
    for part in owner_parts[1:]:
        lines.append([EMPTY] * 11 + [lab(part, "ASSOC_NAME")])
    return lines


def _page(
    vessels: Sequence[Vessel],
    rfmo: str,
    style: dict[str, object],
    rng: random.Random,
    num: int,
    total: int,
) -> PageDraft:
    page = PageText()
    long_name, subtitle = _TITLES[rfmo]
    owners = [
        len(d.owner_name(v, random.Random(0), int(str(style["owner_style"])))) for v in vessels
    ]
    owner_width = max(14, min(24, max(owners) - 4))
    body: list[list[Cell]] = []
    for v in vessels:
        body.extend(_vessel_lines(v, rfmo, style, rng, owner_width))
    header = _header_cells(style)
    widths = column_widths(header + body)
    total_width = sum(widths) + 2 * (len(widths) - 1)
    indent = " " * max(0, (total_width - len(long_name)) // 2)
    page.line(indent + long_name)
    page.add(" " * max(0, (total_width - 60) // 2))
    _headed(page, subtitle, rfmo)
    page.add("\n")
    printed = d.fmt_date(
        date(int(str(style["year"])), rng.randint(1, 12), rng.randint(1, 28)), "iso"
    )
    page.line(f"Status: active authorisations only{' ' * 24}Extracted: {printed}")
    page.add("\n")
    aligned_lines(page, header, widths, gap=2)
    page.line("-" * total_width)
    aligned_lines(page, body, widths, gap=2, right=frozenset({8, 9}))
    page.add("\n")
    footer_left = ("Source: ", (rfmo, "RFMO_CODE"), " Secretariat - this list is updated daily")
    page.line(*footer_left, " " * 30, f"Page {num} of {total}")
    return draft(page)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(tuple(_TITLES))
    style: dict[str, object] = {
        "tonnage": rng.choice(("GT", "GRT", "Tonnage")),
        "length": rng.choice(("LOA", "Length")),
        "ircs_long": rng.random() < 0.5,
        "owner_op": rng.random() < 0.4,
        "iso": rng.random() < 0.6,
        "variant": rng.randint(0, 1),
        "blank": rng.choice(_PLACEHOLDERS),
        "year": rng.choice((2024, 2025, 2026)),
        "date": rng.choice(("dmy", "iso", "d-mon-y", "dmy.")),
        "owner_style": rng.randint(0, 2),
        "upper_port": rng.random() < 0.5,
        "gear_code": rng.random() < 0.5,
    }
    total = rng.choice((1, 2, 2, 3))
    return [
        _page(
            d.pick(vessels, rng, rng.randint(4, 7), d.has_particulars), rfmo, style, rng, num, total
        )
        for num in range(1, total + 1)
    ]
