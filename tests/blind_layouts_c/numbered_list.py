"""A flag State's list of vessels authorised in an RFMO area, several pages long, as PDF text
extraction with layout keeps it: numbered rows, the call sign first, the column header only on
page 1 (later pages start straight in with rows), blank, '-' and 'N/A' cells, a running page
header that repeats the flag and the RFMO, and a total on the last page."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece, width

LAYOUT = "numbered_list"

Cell = Callable[[v.Ship], list[Piece]]

# Column orders real lists use, call sign first (as lists sorted by call sign are).
_ORDERS = (
    ("ircs", "name", "reg", "rfmo_id", "gt", "loa", "imo", "mmsi", "gear", "period"),
    ("ircs", "name", "imo", "mmsi", "gt", "owner", "period"),
    ("ircs", "rfmo_id", "name", "loa", "gt", "imo", "owner", "period"),
    ("ircs", "mmsi", "name", "reg", "imo", "gt", "period"),
)
_HEADERS = {
    "ircs": ("Call Sign", "IRCS", "Radio Call Sign"),
    "name": ("Vessel Name", "Name of Vessel", "Name"),
    "reg": ("Reg. No.", "Registration No.", "Nat. Reg."),
    "gt": ("GT", "Gross Ton.", "Tonnage (GT)"),
    "loa": ("LOA(m)", "Length (m)", "LOA"),
    "imo": ("IMO No.", "IMO", "LR/IMO"),
    "mmsi": ("MMSI", "MMSI No."),
    "gear": ("Gear", "Gear Type"),
    "owner": ("Owner", "Owner / Company", "Owner Name"),
    "period": ("Period of Authorisation", "Authorised Period", "Validity"),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    wanted_pages = rng.choice((1, 2, 2, 3, 3))
    per_page = rng.randint(9, 16)
    fleet = v.pick(rng, v.ships(vessels), wanted_pages * per_page, same_flag=True)
    page_count = -(-len(fleet) // per_page)  # a small fleet fills fewer pages
    body = rng.choice([r for r in v.RFMOS if r.code in ("IOTC", "WCPFC", "ICCAT", "IATTC", "NPFC")])
    order = rng.choice(_ORDERS)
    headers = {key: rng.choice(names) for key, names in _HEADERS.items()}
    headers["rfmo_id"] = rng.choice((f"{body.code} No.", f"{body.code} ID", "RFMO No."))
    blanks = rng.choice((("-",), ("N/A",), ("",), ("-", "", "N/A")))
    date_style = rng.choice(("d/m/Y", "Y-m-d", "d.m.Y", "d-MON-Y"))
    joiner = rng.choice((" - ", " to ", "-", " ~ "))
    flag = fleet[0].flag if fleet[0].flag and all(s.flag == fleet[0].flag for s in fleet) else None
    common_period = v.validity(rng) if rng.random() < 0.6 else None

    def blank() -> list[Piece]:
        return [(rng.choice(blanks), None)]

    def rows_for(s: v.Ship) -> dict[str, list[Piece]]:
        start, end = common_period or v.validity(rng)
        gt = v.derived_gt(s) if rng.random() < 0.85 else None
        cells: dict[str, list[Piece]] = {
            "ircs": [(s.ircs, "IRCS")] if s.ircs else blank(),
            "name": [(s.name, "VESSEL_NAME")],
            "reg": [(v.national_reg_no(s, rng), "NATIONAL_REG_NO")]
            if rng.random() < 0.9
            else blank(),
            "rfmo_id": [(v.rfmo_id(body.code, s, rng), "RFMO_ID")],
            "gt": [(v.fmt_int(gt, "en", rng), "METRIC_VALUE")] if gt else blank(),
            "loa": [(v.fmt_dec(v.derived_loa(s), "en"), "METRIC_VALUE")],
            "imo": [(s.imo, "IMO")] if s.imo else blank(),
            "mmsi": [(s.mmsi, "MMSI")] if s.mmsi else blank(),
            "gear": [(v.gear_name(s.gear, "en") or rng.choice(blanks), None)],
            "owner": [(v.owner(s, rng), "ASSOC_NAME")],
            "period": [
                (v.fmt_date(start, date_style), "START_DATE"),
                (joiner, None),
                (v.fmt_date(end, date_style), "END_DATE"),
            ],
        }
        return {key: cells[key] for key in order}

    rows = [rows_for(s) for s in fleet]
    widths = {key: max([len(headers[key])] + [width(row[key]) for row in rows]) for key in order}
    number_width = len(str(len(rows))) + 1
    gap = " " * rng.randint(2, 4)
    title = rng.choice(
        (
            "LIST OF VESSELS AUTHORISED TO OPERATE IN THE {rfmo} CONVENTION AREA",
            "{rfmo} RECORD OF AUTHORISED VESSELS - NOTIFICATION BY THE FLAG STATE",
            "VESSELS AUTHORISED TO FISH FOR SPECIES MANAGED BY {rfmo}",
        )
    )
    before, _, after = title.partition("{rfmo}")

    def running_header(page: PageBuilder, number: int) -> None:
        page.put((before, None), (body.code, "RFMO_CODE"), (after, None))
        page.text(gap + f"Page {number}/{page_count}")
        page.newline()
        if flag:
            page.line(("Flag State: ", None), (v.country_name(flag, "en", rng), "FLAG"))
        page.newline()

    pages: list[PageDraft] = []
    for number in range(1, page_count + 1):
        page = PageBuilder()
        running_header(page, number)
        if number == 1:
            if common_period:
                page.line(
                    ("All vessels are authorised from ", None),
                    (v.fmt_date(common_period[0], date_style), "START_DATE"),
                    (" to ", None),
                    (v.fmt_date(common_period[1], date_style), "END_DATE"),
                    (".", None),
                ).newline()
            page.cell([("No.", None)], number_width)
            for key in order:
                page.text(gap).cell([(headers[key], None)], widths[key])
            page.newline()
            page.line(("-" * (number_width + sum(widths.values()) + len(gap) * len(order)), None))
        chunk = rows[(number - 1) * per_page : number * per_page]
        for offset, row in enumerate(chunk, start=(number - 1) * per_page + 1):
            page.cell([(str(offset), None)], number_width)
            for key in order:
                align = ">" if key in ("gt", "loa") else "<"
                page.text(gap).cell(row[key], widths[key], align)
            page.newline()
        if number == page_count:
            page.newline().line((f"Total: {len(rows)} vessels", None))
        pages.append(page.build())
    return pages
