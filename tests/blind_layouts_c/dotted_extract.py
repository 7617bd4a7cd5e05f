"""A fixed-width extract from a national register of fishing vessels, as PDF text extraction
yields it: numbered items with dotted leaders up to a value column, multi-line addresses that
continue under the value column, page headers and footers; the authorisation part may run on
to a second page."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "dotted_extract"

_LEADERS = (".", ". ", "_", "…")
_AUTH_TYPES = (
    "High seas fishing authorisation",
    "Fishing licence",
    "Authorisation to fish outside national jurisdiction",
    "Fishing permit",
)


class _Extract:
    def __init__(self, rng: random.Random, pages: int, register: str, number: str) -> None:
        self.rng = rng
        self.leader = rng.choice(_LEADERS)
        self.value_column = rng.randint(40, 50)
        self.numbering = rng.choice(("1.", "(1)", "1)", ""))
        self.upper = rng.random() < 0.5
        self.item = 0
        self.pages_total = pages
        self.register = register
        self.number = number
        self.missing = rng.choice(("NIL", "N/A", "-", "Not applicable", "----"))

    def header(self, page: PageBuilder, page_num: int) -> None:
        page.cell([(self.register, None)], 70).line(
            (f"Page {page_num} of {self.pages_total}", None)
        )
        page.line((f"Extract No. {self.number}", None)).newline()

    def part(self, page: PageBuilder, title: str) -> None:
        page.newline().line((title.upper() if self.upper else title, None)).newline()

    def item_line(self, page: PageBuilder, key: Sequence[Piece], *value: Piece) -> None:
        self.item += 1
        number = self.numbering.replace("1", str(self.item))
        page.text(f"{number:>5} " if number else "  ")
        page.put(*key)
        page.text(" ")
        fill = max(3, self.value_column - page.column - 1)
        dots = (self.leader * fill)[:fill].rstrip()
        page.text(dots + " ")
        pieces = list(value) if value and any(text for text, _ in value) else [(self.missing, None)]
        page.line(*pieces)

    def continuation(self, page: PageBuilder, *value: Piece) -> None:
        page.text(" " * self.value_column)
        page.line(*value)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    s = v.pick(rng, v.ships(vessels), 1)[0]
    two_pages = rng.random() < 0.5
    register = rng.choice(
        (
            "REGISTER OF FISHING VESSELS",
            "NATIONAL FISHING VESSEL REGISTER - EXTRACT",
            "RECORD OF VESSELS AUTHORISED TO FISH ON THE HIGH SEAS",
        )
    )
    extract = _Extract(
        rng, 2 if two_pages else 1, register, f"{rng.randint(100, 9999)}/{rng.randint(2023, 2026)}"
    )
    date_style = rng.choice(v.DATE_STYLES["en"])
    upper = extract.upper

    def cased(text: str) -> str:
        return text.upper() if upper else text

    page = PageBuilder()
    extract.header(page, 1)
    page.line(("Date of extract: " + v.fmt_date(v.some_day(rng, 2024, 2026), date_style), None))

    extract.part(page, "Part A - Identification of the vessel")
    extract.item_line(page, [("Name of vessel", None)], (s.name, "VESSEL_NAME"))
    if rng.random() < 0.6:
        former = [(s.former_name, "NAME_CHANGE")] if s.former_name else []
        extract.item_line(page, [("Previous name(s)", None)], *former)
    if s.flag:
        extract.item_line(
            page, [("Flag", None)], (cased(v.country_name(s.flag, "en", rng)), "FLAG")
        )
    port, _ = v.home_port(s, rng)
    if port:
        extract.item_line(
            page,
            [(rng.choice(("Port of registry", "Home port")), None)],
            (cased(port), "HOME_PORT"),
        )
    extract.item_line(
        page,
        [("Official / registration number", None)],
        (v.national_reg_no(s, rng), "NATIONAL_REG_NO"),
    )
    extract.item_line(page, [("IMO number", None)], *(((s.imo, "IMO"),) if s.imo else ()))
    extract.item_line(
        page, [("International radio call sign", None)], *(((s.ircs, "IRCS"),) if s.ircs else ())
    )
    extract.item_line(page, [("MMSI", None)], *(((s.mmsi, "MMSI"),) if s.mmsi else ()))
    cfr = v.eu_cfr(s, rng)
    if cfr or rng.random() < 0.3:
        extract.item_line(
            page, [("EU fleet register number (CFR)", None)], *(((cfr, "EU_CFR"),) if cfr else ())
        )

    extract.part(page, "Part B - Technical particulars")
    loa = v.derived_loa(s)
    if rng.random() < 0.5:
        extract.item_line(
            page,
            [("Length overall", "METRIC_TYPE"), (" (", None), ("m", "METRIC_UNIT"), (")", None)],
            (v.fmt_dec(loa, "en"), "METRIC_VALUE"),
        )
    else:
        extract.item_line(
            page,
            [("Length overall", "METRIC_TYPE")],
            (v.fmt_dec(loa, "en"), "METRIC_VALUE"),
            (" ", None),
            ("m", "METRIC_UNIT"),
        )
    gt = v.fmt_int(v.derived_gt(s), "en", rng)
    if rng.random() < 0.5:
        extract.item_line(
            page,
            [("Gross tonnage", "METRIC_TYPE"), (" (", None), ("GT", "METRIC_UNIT"), (")", None)],
            (gt, "METRIC_VALUE"),
        )
    else:
        extract.item_line(
            page,
            [("Gross tonnage", "METRIC_TYPE")],
            (gt, "METRIC_VALUE"),
            (" ", None),
            ("GT", "METRIC_UNIT"),
        )
    unit = rng.choice(("kW", "kW", "HP"))
    power = v.engine_kw(s)
    power = round(power * 1.341) if unit == "HP" else power
    extract.item_line(
        page,
        [("Main engine power", "METRIC_TYPE")],
        (v.fmt_int(power, "en", rng), "METRIC_VALUE"),
        (" ", None),
        (unit, "METRIC_UNIT"),
    )
    year = s.year or str(rng.randint(1990, 2020))
    extract.item_line(page, [("Year of construction", None)], (year, "BUILD_YEAR"))
    if s.flag and rng.random() < 0.6:
        extract.item_line(
            page,
            [("Country of build", None)],
            (cased(v.country_name(s.flag, "en", rng)), "BUILD_COUNTRY"),
        )
    gear = v.gear_name(s.gear, "en")
    if gear:
        extract.item_line(page, [("Fishing gear", None)], (cased(gear), None))

    extract.part(page, "Part C - Ownership")
    owner_role = rng.choice(("Owner", "Registered owner", "Shipowner"))
    extract.item_line(page, [(owner_role, "ASSOC_ROLE")], (v.owner(s, rng), "ASSOC_NAME"))
    where = v.address(s, rng)
    extract.item_line(page, [("Address", None)], (cased(where.street), "ADDRESS"))
    city_line: list[Piece] = [(cased(where.city), "CITY")]
    if where.state:
        city_line += [(", ", None), (cased(where.state), "STATE")]
    extract.continuation(page, *city_line)
    extract.continuation(page, (cased(v.country_name(where.country, "en", rng)), "COUNTRY_CODE"))
    if rng.random() < 0.6:
        extract.item_line(
            page, [("Company registration No.", None)], (v.company_reg_no(s.flag, rng), "REG_NO")
        )

    pages: list[PageDraft] = []
    if two_pages:
        page.newline().line(("(continued overleaf)", None))
        pages.append(page.build())
        page = PageBuilder()
        extract.header(page, 2)
    extract.part(page, "Part D - Authorisation to fish")
    extract.item_line(
        page,
        [("Licence / authorisation No.", None)],
        (f"{s.flag or 'HS'}-{rng.randint(2023, 2026)}-{rng.randint(1, 9999):04d}", "LICENSE_NO"),
    )
    extract.item_line(
        page, [("Type of authorisation", None)], (rng.choice(_AUTH_TYPES), "AUTH_TYPE")
    )
    start, end = v.validity(rng)
    extract.item_line(page, [("Valid from", None)], (v.fmt_date(start, date_style), "START_DATE"))
    extract.item_line(page, [("Valid until", None)], (v.fmt_date(end, date_style), "END_DATE"))
    chosen = rng.sample(v.RFMOS, 1 if rng.random() < 0.7 else 2)
    rfmo_pieces: list[Piece] = []
    for body in chosen:
        rfmo_pieces += [(", ", None)] if rfmo_pieces else []
        rfmo_pieces.append((body.code, "RFMO_CODE"))
    extract.item_line(page, [("Regional fisheries body", None)], *rfmo_pieces)
    areas = sorted({a for body in chosen for a in body.areas[:2]})
    area_pieces: list[Piece] = []
    for area in areas:
        area_pieces += [(", ", None)] if area_pieces else []
        area_pieces.append((area, "FAO_AREA_CODE"))
    extract.item_line(page, [("Fishing area(s) (FAO)", None)], *area_pieces)
    species = sorted({c for body in chosen for c in body.species[:3]})
    species_pieces: list[Piece] = []
    for code in species:
        species_pieces += [("; ", None)] if species_pieces else []
        if rng.random() < 0.5:
            species_pieces.append((code, "SPECIES_NAME"))
        else:
            species_pieces += [
                (v.SPECIES[code].en, "SPECIES_NAME"),
                (" (", None),
                (code, "SPECIES_NAME"),
                (")", None),
            ]
    extract.item_line(page, [("Target species", None)], *species_pieces)
    page.newline()
    page.line(("Certified a true extract of the register.", None))
    page.newline().line(("Registrar of Fishing Vessels", None))
    pages.append(page.build())
    return pages
