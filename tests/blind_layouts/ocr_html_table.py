"""Blind layout `ocr_html_table`: an OCR page whose vessel table DeepSeek-OCR emitted as HTML
(test-only data, written without reading the extractor).

A heading line (sometimes a sentence under it), then `<table><tr><td>..</td></tr></table>`,
either on one line or a row per line, header cells as <td> like the OCR model writes them,
sometimes a two-row header with colspan/rowspan ("Identifiers" over IMO / IRCS / MMSI), and
cells that hold two values split by <br> (owner over its city and country).
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import Cell, PageContext, PageText, cell

NAME = "ocr_html_table"
PAGES_PER_DOC = 2

T, U = "METRIC_TYPE", "METRIC_UNIT"
_IDS = ("imo", "ircs", "mmsi")


def _header_cell(key: str, rng: random.Random) -> Cell:
    if key == "gt":
        return rng.choice(
            (cell("GT", T), (("Gross tonnage", T), (" (", None), ("GT", U), (")", None)))
        )
    if key == "loa":
        word = rng.choice(("LOA", "Length overall"))
        return ((word, T), (" (", None), ("m", U), (")", None))
    names = {
        "no": ("No.", "No", "Item"),
        "name": ("Vessel name", "Name of Vessel", "Ship Name"),
        "flag": ("Flag", "Flag State"),
        "imo": ("IMO", "IMO No.", "Lloyd's Register No."),
        "ircs": ("IRCS", "Call Sign", "Int'l Radio Call Sign"),
        "mmsi": ("MMSI",),
        "year": ("Year built", "Built"),
        "owner": ("Owner", "Owner (name, city)", "Registered owner"),
        "period": ("Authorisation period",),
        "rfmo_id": ("Record No.", "Registration No. in Record"),
    }
    return cell(rng.choice(names[key]))


def _body_cell(
    key: str, v: Vessel, rng: random.Random, n: int, rfmo: val.Rfmo, doc_style: tuple[str, str, str]
) -> Cell:
    """One cell; doc_style = (placeholder for a missing value, date style, flag style)."""
    missing, date_style, flag_style = doc_style
    flag = val.flag_code(v)
    table: dict[str, tuple[str | None, str | None]] = {
        "no": (str(n), None),
        "name": (v.name, "VESSEL_NAME"),
        "flag": (flag and val.flag_as(flag, flag_style), "FLAG"),
        "imo": (v.imo, "IMO"),
        "ircs": (val.ircs_of(v), "IRCS"),
        "mmsi": (v.mmsi, "MMSI"),
        "year": (v.build_year, "BUILD_YEAR"),
        "gt": (v.gross_tonnage, "METRIC_VALUE"),
        "loa": (v.length_m, "METRIC_VALUE"),
        "rfmo_id": (rfmo.vessel_id(v), "RFMO_ID"),
    }
    if key == "owner":
        if not v.owner:
            return cell("")
        out: Cell = cell(v.owner, "ASSOC_NAME")
        port = val.port_parts(v)
        if port and flag and rng.random() < 0.6:
            out += (
                ("<br>", None),
                (port[0], "CITY"),
                (", ", None),
                (val.country(flag), "COUNTRY_CODE"),
            )
        return out
    if key == "period":
        start, end = val.validity(rng)
        return (
            (val.fmt_date(start, date_style), "START_DATE"),
            (" - ", None),
            (val.fmt_date(end, date_style), "END_DATE"),
        )
    value, label = table[key]
    return cell(value, label) if value else cell(missing)


def _tr(page: PageText, cells: list[tuple[Cell, str]], newline: bool) -> None:
    page.add("<tr>")
    for c, attrs in cells:
        page.add(f"<td{attrs}>").frags(c).add("</td>")
    page.add("</tr>\n" if newline else "</tr>")


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    doc = ctx.doc_rng()
    rfmo = doc.choice(val.RFMOS)
    columns = ["no", "name"]
    columns += [k for k in ("rfmo_id", "flag") if doc.random() < 0.5]
    columns += list(_IDS)
    columns += [k for k in ("gt", "loa", "year", "owner", "period") if doc.random() < 0.5]
    grouped = doc.random() < 0.4
    newline = doc.random() < 0.5
    doc_style = (
        doc.choice(("", "-", "/", "N/A")),
        doc.choice(("dmy", "iso", "dot")),
        doc.choice(val.FLAG_STYLES),
    )
    rng = ctx.rng
    rows = val.pick(rng, vessels, rng.randint(8, 16))

    page = PageText()
    heading = doc.choice(("ANNEX {a}", "Annex {a} - Vessels authorised", "## Appendix {a}"))
    page.add(heading.format(a=doc.choice(("I", "II", "III", "2"))) + "\n\n")
    if ctx.page_num == 1:
        page.add("Vessels included in the ").add(rfmo.code, "RFMO_CODE")
        page.add(" Record of Authorised Vessels as notified by Members and CNMs.\n\n")
    page.add("<table>" + ("\n" if newline else ""))
    if grouped:
        top: list[tuple[Cell, str]] = []
        for key in columns:
            if key == "imo":
                top.append(
                    (cell(doc.choice(("Identifiers", "Vessel identification"))), ' colspan="3"')
                )
            elif key not in ("ircs", "mmsi"):
                top.append((_header_cell(key, doc), ' rowspan="2"'))
        _tr(page, top, newline)
        _tr(page, [(_header_cell(k, doc), "") for k in _IDS], newline)
    else:
        _tr(page, [(_header_cell(k, doc), "") for k in columns], newline)
    first = (ctx.page_num - 1) * 16 + 1
    for i, v in enumerate(rows):
        _tr(
            page,
            [(_body_cell(k, v, rng, first + i, rfmo, doc_style), "") for k in columns],
            newline,
        )
    page.add("</table>\n")
    if rng.random() < 0.5:
        page.add(
            "\nThe Record is updated whenever a notification is received from the flag State.\n"
        )
    return page
