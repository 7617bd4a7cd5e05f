"""A printed register book page in the style of Lloyd's Register of Ships: dense, abbreviated,
column-aligned entries (name, ex-names, flag, owner, tonnages, builder, year, class)."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    build_place,
    country,
    derived,
    eu_cfr,
    invent_former,
    national_reg,
    pad,
    pick,
    thousands,
)
from ._page import PageDraft

LAYOUT = "register_book_page"

Piece = tuple[str, str | None]
_WIDTHS = (9, 27, 20, 31, 10, 26)
_TYPES = {
    "DRIFTING_LONGLINES": "Fishing (Longliner)",
    "SET_LONGLINES": "Fishing (Longliner)",
    "TRAWLERS": "Fish Factory Trawler",
    "SQUID_JIGGER": "Fishing (Squid Jigger)",
    "TUNA_PURSE_SEINES": "Tuna Purse Seiner",
    "PURSE_SEINES": "Purse Seiner",
    "POLE_AND_LINE": "Fishing (Pole & Line)",
    "CARRIER": "Refrigerated Fish Carrier",
    "FISHING": "Fishing Vessel",
}
_SOCIETIES = ("LR", "CCS", "NK", "KRS", "RS", "BV", "CR")
_FOOTNOTES = (
    "Abbreviations: gt gross tonnage; nt net tonnage; dwt deadweight; Loa length overall; Br "
    "breadth moulded; Dpth depth moulded (all in metres); Yd No shipyard hull number; 4SA "
    "four-stroke single-acting; ex former name with year of change.",
    "Entries are compiled from owners' returns and classification records to the closing date "
    "of this edition. Subscribers are invited to report corrections to the Register Office, "
    "quoting the LR/IMO number; telephone +44 20 7709 9166, fax +44 20 7488 4796.",
    "A dagger (†) against a tonnage indicates a figure not verified by a classification society. "
    "Ships of less than 100gt are listed only where they hold an IMO number.",
)


def _row(page: PageDraft, cells: list[list[Piece]], tail: list[Piece]) -> None:
    pieces: list[Piece] = []
    for width, cell in zip(_WIDTHS, cells, strict=True):
        pieces.extend(cell)
        pieces.append((" " * max(1, width - sum(len(text) for text, _ in cell)), None))
    pieces.extend(tail)
    while pieces and pieces[-1][1] is None and not pieces[-1][0].strip():
        pieces.pop()
    for text, label in pieces:
        page.add(text, label)
    page.nl()


def _entry(page: PageDraft, rng: random.Random, v: Ident) -> None:
    extra = derived(rng, v)
    yard, town, built_in = build_place(rng, v)
    former = v.former_name or (invent_former(rng, v).name if rng.random() < 0.35 else None)
    first_year = min(int(v.year or 2005) + 1, 2025)
    changed = str(rng.randint(first_year, 2025)) if former else ""
    flag_word = (country(v.flag) if rng.random() < 0.5 else v.flag) if v.flag else None
    owner = v.owner
    gt: list[Piece] = (
        [(thousands(v.gt), "METRIC_VALUE"), ("gt", "METRIC_UNIT")] if v.gt else [("-", None)]
    )
    year: list[Piece] = (
        [(v.year, "BUILD_YEAR"), (f"-{rng.randint(1, 12):02d}", None)] if v.year else []
    )
    _row(
        page,
        [
            [(v.imo, "IMO")] if v.imo else [("-", None)],
            [(v.name, "VESSEL_NAME")],
            [(flag_word, "FLAG")] if flag_word else [("-", None)],
            [(owner, "ASSOC_NAME")] if owner else [("(owner unknown)", None)],
            gt,
            [(yard, "BUILDER_LOCATION")],
        ],
        [*year, ("  ", None), (_TYPES[v.gear], None)],
    )
    dims: list[Piece] = []
    if v.loa:
        dims = [
            ("Loa", "METRIC_TYPE"),
            (" ", None),
            (f"{float(v.loa):.2f}", "METRIC_VALUE"),
            (" Br ", None),
            (extra["breadth"], "METRIC_VALUE"),
            (" Dpth ", None),
            (extra["depth"], "METRIC_VALUE"),
        ]
    _row(
        page,
        [
            [],
            [("ex ", None), (former, "NAME_CHANGE"), (f"-{changed[2:]}", None)] if former else [],
            [(v.port.title(), "HOME_PORT")] if v.port else [],
            [("Mgr: same", None)] if owner and rng.random() < 0.5 else [],
            [(thousands(extra["nt"]), "METRIC_VALUE"), ("nt", "METRIC_UNIT")] if v.gt else [],
            [(town, "BUILDER_LOCATION"), (" ", None), (country(built_in), "BUILD_COUNTRY")],
        ],
        dims,
    )
    engine: list[Piece] = [
        ("Oil 4SA ", None),
        (thousands(extra["kw"]), "METRIC_VALUE"),
        ("kW", "METRIC_UNIT"),
    ]
    _row(
        page,
        [
            [],
            [("MMSI ", None), (v.mmsi, "MMSI")] if v.mmsi else [],
            [(v.ircs, "IRCS")] if v.ircs else [("-", None)],
            [("O.N. ", None), (national_reg(rng, v), "NATIONAL_REG_NO")],
            [(thousands(extra["dwt"]), "METRIC_VALUE"), ("dwt", "METRIC_UNIT")]
            if v.gt and rng.random() < 0.7
            else [],
            [(f"Yd No: {rng.randint(100, 2999)}", None)],
        ],
        engine,
    )
    society = rng.choice(_SOCIETIES)
    cfr = eu_cfr(rng, v)
    _row(
        page,
        [[], [("CFR ", None), (cfr, "EU_CFR")] if cfr else [], [], [], [], []],
        [("\u2720100A1 Fishing Vessel LMC" if society == "LR" else f"{society} class", None)],
    )
    page.nl()


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    count = rng.randint(1, 3)
    chosen = sorted(pick(vessels, rng, 4 * count), key=lambda v: v.name)
    edition = rng.randint(2019, 2025)
    page_no = rng.randint(900, 2400)
    pages: list[PageDraft] = []
    for start in range(0, len(chosen), 4):
        group = chosen[start : start + rng.choice((3, 4))]
        if not group:
            break
        page = PageDraft()
        page.add(f"REGISTER OF SHIPS {edition}-{str(edition + 1)[2:]}    ")
        page.add(group[0].name, "VESSEL_NAME").add(" \u2014 ").add(group[-1].name, "VESSEL_NAME")
        page.line(f"    {thousands(str(page_no))}")
        page.nl()
        page.line(
            "LR/IMO   Ship's name / ex-names     Flag / Port / Call   "
            "Registered owner / Manager     Tonnages  Shipbuilder / Place / Yd   "
            "Built / Type / Dimensions (m) / Machinery"
        )
        page.line("-" * 140)
        for v in group:
            _entry(page, rng, v)
        pad(page, rng, _FOOTNOTES, 850)
        pages.append(page)
        page_no += 1
        if len(pages) == count:
            break
    return pages
