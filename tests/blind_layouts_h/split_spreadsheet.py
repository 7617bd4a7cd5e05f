"""A wide spreadsheet printed to PDF: overflow columns continue on the next page."""

from __future__ import annotations

import random
from collections.abc import Callable

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import Facts, country, date_text, facts, metric, period, pick, placeholder, rfmo_id
from ._page import Page, PageDraft

LAYOUT = "split_spreadsheet"

# A column: header, merged group header, width, right-aligned, value function -> (text, label)
Column = tuple[str, str, int, bool, Callable[[Facts, random.Random], tuple[str, str | None]]]


def _ident(value: str | None, label: str, rng: random.Random) -> tuple[str, str | None]:
    return (value, label) if value else (placeholder(rng), None)


def _columns(rfmo: _vocab.Rfmo, lic_year: int) -> list[Column]:
    start, end = f"{lic_year}-01-01", f"{lic_year}-12-31"
    return [
        (
            "Flag",
            "IDENTIFICATION",
            20,
            False,
            lambda f, r: (country(f.flag) or "-", "FLAG" if f.flag else None),
        ),
        ("IMO", "IDENTIFICATION", 8, False, lambda f, r: _ident(f.imo, "IMO", r)),
        ("IRCS", "IDENTIFICATION", 8, False, lambda f, r: _ident(f.ircs, "IRCS", r)),
        ("MMSI", "IDENTIFICATION", 10, False, lambda f, r: _ident(f.mmsi, "MMSI", r)),
        ("Port", "REGISTRATION", 14, False, lambda f, r: (f.port, "HOME_PORT")),
        ("Nat. reg.", "REGISTRATION", 20, False, lambda f, r: (f.reg_no, "NATIONAL_REG_NO")),
        ("GT", "DIMENSIONS", 7, True, lambda f, r: (metric(f.gross_tonnage, r), "METRIC_VALUE")),
        ("LOA (m)", "DIMENSIONS", 7, True, lambda f, r: (f.length, "METRIC_VALUE")),
        ("kW", "DIMENSIONS", 6, True, lambda f, r: (metric(f.power_kw, r), "METRIC_VALUE")),
        ("Built", "BUILD", 5, True, lambda f, r: (f.build_year, "BUILD_YEAR")),
        ("Yard", "BUILD", 22, False, lambda f, r: (f.yard[0], "BUILDER_LOCATION")),
        ("Owner", "OWNER", 30, False, lambda f, r: (f.owner[0], "ASSOC_NAME")),
        ("Owner city", "OWNER", 16, False, lambda f, r: (f.owner[2], "CITY")),
        ("Country", "OWNER", 18, False, lambda f, r: (country(f.owner[4]) or "", "COUNTRY_CODE")),
        (
            "RFMO ID",
            "AUTHORISATION",
            14,
            False,
            lambda f, r: (rfmo_id(rfmo, f.flag, f.rfmo_serial), "RFMO_ID"),
        ),
        ("Valid from", "AUTHORISATION", 10, False, lambda f, r: (start, "START_DATE")),
        ("Valid to", "AUTHORISATION", 10, False, lambda f, r: (end, "END_DATE")),
        (
            "Species",
            "AUTHORISATION",
            8,
            False,
            lambda f, r: (r.choice(_vocab.SPECIES)[0], "SPECIES_NAME"),
        ),
    ]


def _print(
    page: Page,
    key: tuple[str, int],
    cols: list[Column],
    rows: list[Facts],
    rng: random.Random,
    first_col: str,
) -> None:
    # merged group headers: one label spanning its columns
    page.cell("", key[1])
    group, width = "", 0
    for header, grp, w, _, _ in cols:
        if grp != group and group:
            page.cell(f"[{group}]".center(width - 2, "-"), width - 2)
            width = 0
        group, width = grp, width + max(w, len(header)) + 2
    page.cell(f"[{group}]".center(width - 2, "-"), width - 2)
    page.end_row()
    page.cell(key[0], key[1])
    for header, _, w, right, _ in cols:
        page.cell(header, max(w, len(header)), right=right)
    page.end_row()
    for n, f in enumerate(rows, start=1):
        if first_col == "serial":
            page.cell(str(n), key[1], right=True)
        else:
            page.cell(f.name, key[1], "VESSEL_NAME")
        for header, _, w, right, value in cols:
            text, label = value(f, rng)
            page.cell(text, max(w, len(header)), label, right=right)
        page.end_row()


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    rows = [facts(v, rng) for v in pick(vessels, rng, rng.randint(3, 12))]
    rfmo = rng.choice(_vocab.RFMOS)
    year = period(rng)[0].year
    cols = _columns(rfmo, year)
    first_col = rng.choice(("serial", "name"))
    key = (
        ("No.", 4)
        if first_col == "serial"
        else ("Vessel name", max(12, *(len(f.name) for f in rows)))
    )
    n_pages = rng.choice((2, 3))
    bounds = [0, 7, len(cols)] if n_pages == 2 else [0, 5, 11, len(cols)]
    sheet = f"{rfmo[0]}_authorised_{year}.xlsx"
    pages: list[Page] = []
    for p in range(n_pages):
        page = Page()
        page.put(sheet, " " * rng.randint(10, 30), f"Sheet1 ({p + 1}/{n_pages})").add("\n")
        if p == 0:
            page.line(
                "Vessels authorised by ",
                (country(rows[0].flag) or "the CPC", "FLAG" if rows[0].flag else None),
                " in ",
                (rfmo[0], "RFMO_CODE"),
                f" - {year}",
            )
            if first_col == "serial":
                page.line("Vessel names: see column B overleaf")
        page.blank()
        if first_col == "serial" and p == 0:
            names: list[Column] = [
                ("Vessel name", "VESSEL", 16, False, lambda f, r: (f.name, "VESSEL_NAME"))
            ]
            _print(page, key, names + cols[bounds[0] : bounds[1]], rows, rng, first_col)
        else:
            _print(page, key, cols[bounds[p] : bounds[p + 1]], rows, rng, first_col)
        if p == n_pages - 1 or rng.random() < 0.5:
            total_gt = sum(int(float(f.gross_tonnage)) for f in rows)
            page.line("-" * 40)
            page.line(
                f"TOTAL   {len(rows)} vessels   GT {total_gt:,}   kW "
                f"{sum(int(f.power_kw) for f in rows):,}"
            )
        page.blank().line(
            f"Printed {date_text(period(rng)[0], 'slash')}   Page {p + 1} of {n_pages}"
        )
        pages.append(page)
    return [p.draft() for p in pages]
