"""A flag State's annual report table on the compliance of its authorised vessels: vessel,
registration, IMO, call sign, inspections, infringements and sanctions, with counts and totals
(the counts are hard negatives)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, country, flag_of, ident, reg_no
from ._page import PageDraft, Part, shown

LAYOUT = "annual_compliance_table"
Cell = Part


def _fleet(vessels: Sequence[Vessel], rng: random.Random, count: int) -> list[Ident]:
    """Vessels of one flag, as a flag State reports only its own."""
    flags = Counter(flag_of(v) for v in vessels)
    big = sorted(f for f, n in flags.items() if f and n >= 6)
    flag = rng.choice(big) if big else flags.most_common(1)[0][0]
    same = [v for v in vessels if flag_of(v) == flag]
    listed = [v for v in same if v.imo or v.ircs]
    pool = listed if len(listed) >= count else same
    chosen = rng.sample(pool, min(count, len(pool)))
    return [ident(v, rng) for v in chosen]


def _write(page: PageDraft, rows: list[list[Cell]], style: str) -> None:
    widths = [max(len(shown(row[i])) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        for i, cell in enumerate(row):
            gap = " " * (widths[i] - len(shown(cell)))
            if style == "pipe":
                page.put("| " if i == 0 else " | ", cell, gap)
            else:
                page.put("" if i == 0 else "  ", cell, gap if i < len(row) - 1 else "")
        page.add(" |\n" if style == "pipe" else "\n")


def _row(
    ship: Ident, n: int, cols: Sequence[str], rng: random.Random, tally: dict[str, int]
) -> list[Cell]:
    sea, port = rng.randint(0, 4), rng.randint(0, 6)
    found = rng.choice((0, 0, 0, 1, 1, 2))
    tally["sea"] += sea
    tally["port"] += port
    tally["inf"] += found
    cells: dict[str, Cell] = {
        "no": str(n),
        "name": (ship.name, "VESSEL_NAME"),
        "reg": (reg_no(ship, rng), "NATIONAL_REG_NO"),
        "imo": (ship.imo, "IMO", "n/a"),
        "ircs": (ship.ircs, "IRCS", "-"),
        "auth": (f"{rng.choice(('AL', 'DW', 'HS'))}{rng.randint(10000, 99999)}", "LICENSE_NO"),
        "gt": (ship.gt, "METRIC_VALUE"),
        "sea": str(sea),
        "port": str(port),
        "inf": f"{found} ({rng.choice(vocab.INFRINGEMENTS)})" if found else "0",
        "sanction": rng.choice(vocab.SANCTIONS) if found else "-",
    }
    if found:
        tally["sanctions"] += 1
    return [cells[c] for c in cols]


_HEADERS = {
    "no": "No.",
    "name": "Vessel name",
    "reg": "Reg. No.",
    "imo": "IMO No.",
    "ircs": "IRCS",
    "auth": "Auth. No.",
    "gt": "GT",
    "sea": "Insp. at sea",
    "port": "Insp. in port",
    "inf": "Infringements",
    "sanction": "Sanction applied",
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    count = rng.randint(1, 3)
    per_page = rng.randint(7, 11)
    fleet = _fleet(vessels, rng, count * per_page)
    count = max(1, min(count, len(fleet) // 6))
    bounds = [round(i * len(fleet) / count) for i in range(count + 1)]
    rfmo = rng.choice(sorted(vocab.RFMOS))
    year = rng.randint(2019, 2024)
    style = rng.choice(("pipe", "aligned"))
    optional = [c for c in ("reg", "auth", "gt") if rng.random() < 0.45]
    cols = ["no", "name", *optional[:2], "imo", "ircs", "sea", "port", "inf", "sanction"]
    tally = dict.fromkeys(("sea", "port", "inf", "sanctions"), 0)
    pages: list[PageDraft] = []
    flag = fleet[0].flag
    for number in range(count):
        page = PageDraft()
        if number == 0:
            page.line("ANNUAL REPORT TO THE ", (rfmo, "RFMO_CODE"), f" - {year}")
            page.line(
                f"Part II - Table {rng.randint(3, 9)}. Compliance of authorised vessels "
                "(inspections, infringements, sanctions)"
            )
            page.nl().put("Flag State: ", (country(flag), "FLAG", "-"))
            page.line(f"   Reporting period: 1 January - 31 December {year}")
            page.line(
                f"Vessels on the {rfmo} record at 31 December: {len(fleet) + rng.randint(0, 40)}"
            ).nl()
        else:
            page.line(f"Table (continued) - page {number + 1}").nl()
        rows: list[list[Cell]] = [[_HEADERS[c] for c in cols]]
        for i, ship in enumerate(fleet[bounds[number] : bounds[number + 1]]):
            rows.append(_row(ship, bounds[number] + i + 1, cols, rng, tally))
        if number == count - 1:
            total: list[Cell] = ["" for _ in cols]
            total[1] = "TOTAL"
            for key in ("sea", "port"):
                total[cols.index(key)] = str(tally[key])
            total[cols.index("inf")] = str(tally["inf"])
            total[cols.index("sanction")] = f"{tally['sanctions']} cases"
            rows.append(total)
        _write(page, rows, style)
        if number == count - 1:
            page.nl().line(
                "Notes: counts are of inspections carried out by the flag State and "
                "by port States that reported to it; a case may cover several "
                f"infringements. Cases open at the end of {year}: "
                f"{rng.randint(0, 3)}."
            )
        pages.append(page)
    return pages
