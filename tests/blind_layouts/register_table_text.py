"""Blind layout `register_table_text`: a register table as layout-preserving PDF extraction
yields it (test-only data, written without reading the extractor).

Columns are separated by runs of two or more spaces and aligned under a header wrapped over two
lines ("Lloyd's /" over "IMO No."); cells keep single spaces inside; missing values are "-",
"n/a", "—" or blank; the first column is a row number and/or the vessel's RFMO record number.
A registration column sometimes holds 9-digit numbers that look like an MMSI but are national
registration numbers. Headers carry no gold except metric wordings (METRIC_TYPE / METRIC_UNIT);
RFMO acronyms are kept out of headers so that rule stays unambiguous.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import Cell, PageContext, PageText, cell, cell_width, joined

NAME = "register_table_text"
PAGES_PER_DOC = 4

T, U = "METRIC_TYPE", "METRIC_UNIT"
T_ = TypeVar("T_")
# Two-line headers as "top|bottom"; plain headers carry no gold.
_PLAIN = {
    "row": ("|No.", "Sr.|No"),
    "rfmo_id": ("Record|Number", "|VID", "Rec.|No."),
    "name": ("Name of|Vessel", "|VESSEL NAME", "|Ship name"),
    "flag": ("|Flag", "Flag|State"),
    "reg": ("National|Reg. No.", "Registration|Number"),
    "imo": ("Lloyd's /|IMO No.", "IMO|Number", "LR/IMO|No."),
    "ircs": ("Int. Radio|Call Sign", "|IRCS", "Call|sign"),
    "mmsi": ("|MMSI", "MMSI|No."),
    "port": ("Port of|Registry", "Home|Port"),
    "year": ("Year|Built", "|Built"),
    "owner": ("Owner /|Operator", "|Owner", "Registered|Owner"),
    "gear": ("Gear|Type", "|Gear"),
    "auth": ("Auth.|Type", "Author-|isation"),
    "from": ("Authorised|from", "Auth.|Start"),
    "to": ("Authorised|to", "Auth.|End"),
    "period": ("Period of|Authorisation", "|Validity"),
}
# Metric headers stay on one line, so that their METRIC_TYPE never spans a line break.
_METRIC: dict[str, tuple[Cell, ...]] = {
    "gt": (cell("GT", T), cell("GRT", T), (("Tonnage", T), (" (", None), ("GT", U), (")", None))),
    "loa": (
        (("LOA", T), (" (", None), ("m", U), (")", None)),
        (("Length", T), (" (", None), ("m", U), (")", None)),
        cell("LOA", T),
    ),
}


def _header(key: str, rng: random.Random) -> tuple[Cell, Cell]:
    if key in _METRIC:
        return cell(""), rng.choice(_METRIC[key])
    top, _, bottom = rng.choice(_PLAIN[key]).partition("|")
    return cell(top), cell(bottom)


_ORDER = (
    "flag",
    "reg",
    "imo",
    "ircs",
    "mmsi",
    "port",
    "gt",
    "loa",
    "year",
    "owner",
    "gear",
    "auth",
)
_NUMERIC = ("gt", "loa", "year", "mmsi", "row")
_TITLES = (
    "{rfmo} RECORD OF AUTHORIZED VESSELS",
    "List of vessels authorised to operate in the {rfmo} Convention Area",
    "RECORD OF FISHING VESSELS - {rfmo} - EXTRACT",
    "Fishing vessels notified to the {rfmo} Secretariat",
)


@dataclass(frozen=True)
class _Style:
    rfmo: val.Rfmo
    title: str
    columns: tuple[str, ...]
    headers: tuple[tuple[Cell, Cell], ...]
    right: bool  # numeric columns right-aligned
    gap: int
    placeholder: str
    date_style: str
    nine_digit_reg: bool
    rows: int
    ruler: bool
    row_dot: bool
    flag_style: str
    period_sep: str


def _style(rng: random.Random) -> _Style:
    first = rng.choice((("row",), ("rfmo_id",), ("row", "rfmo_id")))
    optional = ["flag", "reg", "port", "gt", "loa", "year", "owner", "gear", "auth", "dates"]
    chosen = set(rng.sample(optional, rng.randint(4, 7))) | {"reg"}
    columns: list[str] = [*first, "name"]
    for key in _ORDER:
        if key in chosen or key in ("imo", "ircs", "mmsi"):
            columns.append(key)
    if "dates" in chosen:
        columns.extend(rng.choice((("from", "to"), ("period",))))
    if rng.random() < 0.3:  # some registers put the call sign before the IMO number
        i, j = columns.index("imo"), columns.index("ircs")
        columns[i], columns[j] = columns[j], columns[i]
    return _Style(
        rfmo=rng.choice(val.RFMOS),
        title=rng.choice(_TITLES),
        columns=tuple(columns),
        headers=tuple(_header(c, rng) for c in columns),
        right=rng.random() < 0.5,
        gap=rng.randint(2, 4),
        placeholder=rng.choice(val.PLACEHOLDERS),
        date_style=rng.choice(("dmy", "iso", "mon", "dot")),
        nine_digit_reg=rng.random() < 0.45,
        rows=rng.randint(10, 25),
        ruler=rng.random() < 0.3,
        row_dot=rng.random() < 0.3,
        flag_style=rng.choice(val.FLAG_STYLES),
        period_sep=rng.choice((" - ", " to ", " \u2013 ")),  # hyphen, word, en dash
    )


_DROPPABLE = ("gear", "owner", "auth", "port", "year", "flag")
_MAX_WIDTH, _MAX_CHARS = 160, 3300


def _widths(st: _Style, body: list[list[Cell]]) -> list[int]:
    return [
        max(
            cell_width(st.headers[i][0]),
            cell_width(st.headers[i][1]),
            *(cell_width(r[i]) for r in body),
        )
        for i in range(len(st.columns))
    ]


def _without(items: Sequence[T_], i: int) -> list[T_]:
    return [x for j, x in enumerate(items) if j != i]


def _cells(st: _Style, rng: random.Random, v: Vessel, row_no: int) -> list[Cell]:
    def opt(value: str | None, label: str) -> Cell:
        if value:
            return cell(value, label)
        return cell("" if rng.random() < 0.25 else st.placeholder)

    flag = val.flag_code(v)
    port = val.port_parts(v)
    start, end = val.validity(rng)
    dates = [
        cell(val.fmt_date(start, st.date_style), "START_DATE"),
        cell(val.fmt_date(end, st.date_style), "END_DATE"),
    ]
    nine = st.nine_digit_reg and rng.random() < 0.8
    gt = v.gross_tonnage and val.fmt_number(v.gross_tonnage, "en", True)
    auth = "Carrier" if v.gear == "CARRIER" else rng.choice(("Fishing", "Fishing", "Transhipment"))
    values: dict[str, tuple[str | None, str]] = {
        "rfmo_id": (st.rfmo.vessel_id(v), "RFMO_ID"),
        "name": (v.name, "VESSEL_NAME"),
        "flag": (flag and val.flag_as(flag, st.flag_style), "FLAG"),
        "reg": (val.national_reg(v, nine) if rng.random() < 0.9 else None, "NATIONAL_REG_NO"),
        "imo": (v.imo, "IMO"),
        "ircs": (val.ircs_of(v), "IRCS"),
        "mmsi": (v.mmsi, "MMSI"),
        "port": (port[0].upper() if port else None, "HOME_PORT"),
        "gt": (gt, "METRIC_VALUE"),
        "loa": (v.length_m, "METRIC_VALUE"),
        "year": (v.build_year, "BUILD_YEAR"),
        "owner": (v.owner, "ASSOC_NAME"),
        "auth": (auth, "AUTH_TYPE"),
    }
    out: list[Cell] = []
    for key in st.columns:
        if key == "row":
            out.append(cell(f"{row_no}." if st.row_dot else f"{row_no}"))
        elif key == "gear":
            out.append(cell(val.gear_text(v) or st.placeholder))
        elif key in ("from", "to"):
            out.append(dates[key == "to"])
        elif key == "period":
            out.append(joined(dates, st.period_sep))
        else:
            out.append(opt(*values[key]))
    return out


def _emit_row(
    page: PageText, cells: list[Cell], widths: list[int], st: _Style, rng: random.Random
) -> None:
    """One aligned line: every column starts at the same offset on every line, give or take
    the one-space wobble that PDF text extraction produces; blank cells leave only spaces."""
    pos = 0
    for i, (c, width) in enumerate(zip(cells, widths, strict=True)):
        w = cell_width(c)
        if not w:
            continue
        target = sum(widths[:i]) + st.gap * i
        if st.right and st.columns[i] in _NUMERIC:
            target += width - w
        elif w < width and rng.random() < 0.08:
            target += 1
        page.add(" " * (target - pos))
        page.frags(c)
        pos = target + w
    page.add("\n")


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    st = _style(ctx.doc_rng())
    rng = ctx.rng
    rows = val.pick(
        rng, vessels, st.rows if ctx.page_num < ctx.doc_pages else rng.randint(10, st.rows)
    )
    first_row = (ctx.page_num - 1) * st.rows + 1
    body = [_cells(st, rng, v, first_row + i) for i, v in enumerate(rows)]
    widths = _widths(st, body)
    for key in _DROPPABLE:  # a landscape page holds about 160 characters: drop what does not fit
        if sum(widths) + st.gap * len(widths) <= _MAX_WIDTH:
            break
        if key in st.columns:
            i = st.columns.index(key)
            st = replace(
                st, columns=tuple(_without(st.columns, i)), headers=tuple(_without(st.headers, i))
            )
            body = [_without(r, i) for r in body]
            widths = _widths(st, body)
    body = body[: max(10, _MAX_CHARS // (sum(widths) + st.gap * len(widths)))]
    page = PageText()
    before, _, after = st.title.partition("{rfmo}")
    indent = " " * max(0, (sum(widths) + st.gap * len(widths) - len(st.title)) // 2)
    page.line(indent + before, (st.rfmo.code, "RFMO_CODE"), after)
    if ctx.page_num == 1:
        page.line(f"{indent}Status as at {val.fmt_date(val.validity(rng)[0], 'long_en')}")
    else:
        page.line(f"{indent}(continued)")
    page.add("\n")
    for line in (0, 1):
        _emit_row(page, [h[line] for h in st.headers], widths, st, rng)
    if st.ruler:
        page.line("-" * (sum(widths) + st.gap * (len(widths) - 1)))
    for cells in body:
        _emit_row(page, cells, widths, st, rng)
    page.add("\n")
    if rng.random() < 0.5:
        page.line(f"{st.placeholder or 'Blank'} = information not provided by the flag State")
    footer = rng.choice(
        ("Page {p} of {n}", "- {p} -", "{rfmo} Secretariat            page {p}/{n}")
    )
    before, has_rfmo, after = footer.partition("{rfmo}")
    if has_rfmo:
        page.line((st.rfmo.code, "RFMO_CODE"), after.format(p=ctx.page_num, n=ctx.doc_pages))
    else:
        page.line(" " * 40 + footer.format(p=ctx.page_num, n=ctx.doc_pages))
    return page
