"""An observer programme's deployment table as PDF text extraction gives it: one trip a row
with observer codes, vessels, call signs, RFMO ids, ports and dates, days at sea."""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from ._ids import Ident, pick
from ._page import Doc, Page, PageDraft
from ._vocab import FAO_AREAS, PORTS, RFMOS, fmt_date, rfmo_id, some_date

LAYOUT = "observer_deployment_table"

_HEADERS = (
    ("Trip", 9),
    ("Obs.", 7),
    ("Vessel", 22),
    ("Call sign", 10),
    ("{rfmo} ID", 13),
    ("Embark", 18),
    ("Disembark", 18),
    ("Days", 5),
    ("Area", 5),
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(RFMOS)
    n_pages = rng.randint(1, 3)
    rows_per_page = rng.randint(6, 12)
    ships = pick(vessels, rng, min(len(vessels), rng.randint(4, 10)))
    style = rng.randint(0, 2)  # numeric date styles keep the columns narrow
    use_codes = rng.random() < 0.6
    ids = {v.name: rfmo_id(rfmo, v.flag, rng) for v in ships}
    tabbed = rng.random() < 0.3
    doc = Doc()
    year = some_date(rng).year
    for page_no in range(n_pages):
        p = doc.page if page_no == 0 else doc.new_page()
        if page_no == 0:
            p.val(rfmo, "RFMO_CODE").add(
                rng.choice((" Regional Observer Programme", " Observer Programme - "))
            )
            p.add(f" Deployment summary {year}").nl()
            p.add(
                f"Report generated {fmt_date(some_date(rng, year, year), 'en', style)}; "
                f"provider: {rng.choice(('MRAG', 'CapFish', 'OFCF', 'national programme'))}"
            ).nl(2)
        else:
            p.add(f"Deployment summary {year} (cont.)    page {page_no + 1} of {n_pages}").nl(2)
        _header(p, rfmo, tabbed)
        for _ in range(rows_per_page):
            _row(p, rng, ids, rng.choice(ships), style, use_codes, year, tabbed)
        p.nl().add(f"Total trips: {rows_per_page}    Observer days: {rng.randint(100, 900)}").nl()
    return doc.drafts()


def _header(p: Page, rfmo: str, tabbed: bool) -> None:
    for name, width in _HEADERS:
        p.add(name.format(rfmo=rfmo) + "\t") if tabbed else p.cell(name.format(rfmo=rfmo), width)
    p.nl()


def _row(
    p: Page,
    rng: random.Random,
    ids: dict[str, str],
    v: Ident,
    style: int,
    use_codes: bool,
    year: int,
    tabbed: bool,
) -> None:
    widths = [w for _, w in _HEADERS]

    def cell(value: str, i: int, label: str | None = None, used: int = 0) -> None:
        if tabbed:
            p.val(value, label).add("\t")
        else:
            p.cell(value, widths[i] - used, label)

    cell(f"{rng.choice(('T', 'TR', ''))}{year % 100}-{rng.randint(1, 999):03d}", 0)
    cell(f"{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPRSTW')}{rng.randint(1, 99):02d}", 1)
    cell(v.name, 2, "VESSEL_NAME")
    cell(v.ircs or "-", 3, "IRCS" if v.ircs else None)
    cell(ids[v.name], 4, "RFMO_ID")
    start = some_date(rng, year, year)
    days = rng.randint(12, 95)
    for i, day in ((5, start), (6, start + timedelta(days=days))):
        name, code = rng.choice(PORTS)
        if use_codes:
            p.val(code, "PORT_ID").add(" ")
            cell(fmt_date(day, "en", style), i, used=len(code) + 1)
        else:
            cell(f"{name} {day:%d/%m}", i)
    cell(str(days), 7)
    p.val(rng.choice(FAO_AREAS), "FAO_AREA_CODE").nl()
