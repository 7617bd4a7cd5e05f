"""Blind layout `delimited_list`: a vessel list exported as delimited text (test-only data,
written without reading the extractor).

One header line and one line per vessel, separated by semicolons (values sometimes quoted, the
quotes outside the gold span), tabs, or pipes without a Markdown separator line (with or without
outer pipes). Export headers are terse or snake_case ("VesselName", "call_sign"); empty fields
stay empty. An RFMO column repeats the acronym on each row, species and FAO areas are
comma-lists inside one field, and a preamble or a row count may surround the data.
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import Cell, PageContext, PageText, cell, joined

NAME = "delimited_list"
PAGES_PER_DOC = 2

T, U = "METRIC_TYPE", "METRIC_UNIT"
_HEADERS: dict[str, tuple[str, str]] = {  # (CamelCase export, snake_case export)
    "name": ("VesselName", "vessel_name"),
    "flag": ("Flag", "flag_state"),
    "imo": ("IMO", "imo_number"),
    "ircs": ("IRCS", "call_sign"),
    "mmsi": ("MMSI", "mmsi"),
    "reg": ("RegNo", "national_reg_no"),
    "port": ("PortOfRegistry", "home_port"),
    "locode": ("PortCode", "port_locode"),
    "owner": ("Owner", "owner_name"),
    "year": ("YearBuilt", "build_year"),
    "rfmo": ("RFMO", "rfmo"),
    "rfmo_id": ("RFMOVesselID", "rfmo_vessel_id"),
    "from": ("AuthFrom", "auth_start"),
    "to": ("AuthTo", "auth_end"),
    "species": ("Species", "species_codes"),
    "areas": ("FAOAreas", "fao_areas"),
}


def _header(key: str, snake: bool) -> Cell:
    if key == "gt":
        return cell("gt" if snake else "GT", T)
    if key == "loa":
        return cell("loa", T) if snake else (("LOA", T), (" (", None), ("m", U), (")", None))
    return cell(_HEADERS[key][snake])


def _row(
    rng: random.Random, v: Vessel, columns: list[str], rfmo: val.Rfmo, date_style: str
) -> list[Cell]:
    flag = val.flag_code(v)
    port = val.port_parts(v)
    start, end = val.validity(rng)
    values: dict[str, tuple[str | None, str]] = {
        "name": (v.name, "VESSEL_NAME"),
        "flag": (flag, "FLAG"),
        "imo": (v.imo, "IMO"),
        "ircs": (val.ircs_of(v), "IRCS"),
        "mmsi": (v.mmsi, "MMSI"),
        "reg": (val.national_reg(v, rng.random() < 0.3), "NATIONAL_REG_NO"),
        "port": (port[0].upper() if port else None, "HOME_PORT"),
        "locode": (val.port_locode(v), "PORT_ID"),
        "owner": (v.owner, "ASSOC_NAME"),
        "year": (v.build_year, "BUILD_YEAR"),
        "gt": (v.gross_tonnage, "METRIC_VALUE"),
        "loa": (v.length_m, "METRIC_VALUE"),
        "rfmo": (rfmo.code, "RFMO_CODE"),
        "rfmo_id": (rfmo.vessel_id(v), "RFMO_ID"),
        "from": (val.fmt_date(start, date_style), "START_DATE"),
        "to": (val.fmt_date(end, date_style), "END_DATE"),
    }
    out: list[Cell] = []
    for key in columns:
        if key == "species":
            codes = rng.sample(rfmo.species, min(len(rfmo.species), rng.randint(1, 3)))
            out.append(joined([cell(c, "SPECIES_NAME") for c in codes], ","))
        elif key == "areas":
            areas = rng.sample(rfmo.areas, min(len(rfmo.areas), rng.randint(1, 2)))
            out.append(joined([cell(a, "FAO_AREA_CODE") for a in areas], ","))
        else:
            value, label = values[key]
            out.append(cell(value, label) if value else cell(""))
    return out


def _emit(page: PageText, cells: list[Cell], sep: str, outer: bool, quote: bool) -> None:
    if outer:
        page.add(sep.lstrip())
    for i, c in enumerate(cells):
        if i:
            page.add(sep)
        text = "".join(t for t, _ in c)
        clash = bool(sep.strip()) and sep.strip() in text
        quoted = bool(text) and (quote or clash) and not text.isdigit()
        page.add('"' if quoted else "").frags(c).add('"' if quoted else "")
    if outer:
        page.add(sep.rstrip())
    page.add("\n")


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    doc = ctx.doc_rng()
    variant = doc.choice(("semicolon", "tab", "pipe"))
    sep = {"semicolon": ";", "tab": "\t", "pipe": doc.choice((" | ", "|"))}[variant]
    outer = variant == "pipe" and doc.random() < 0.5
    quote = variant == "semicolon" and doc.random() < 0.5
    snake = doc.random() < 0.5
    rfmo = doc.choice(val.RFMOS)
    date_style = doc.choice(("iso", "iso", "dmy", "dot"))
    columns = (
        ["name"] + [k for k in ("flag", "rfmo") if doc.random() < 0.6] + ["imo", "ircs", "mmsi"]
    )
    columns += [
        k
        for k in ("reg", "port", "locode", "gt", "loa", "year", "owner", "rfmo_id")
        if doc.random() < 0.5
    ]
    columns += [k for k in ("from", "to", "species", "areas") if doc.random() < 0.4]
    if doc.random() < 0.3:
        columns.insert(0, columns.pop(columns.index("imo")))  # keyed exports lead with the IMO
    rng = ctx.rng

    page = PageText()
    if ctx.page_num == 1 and doc.random() < 0.6:
        page.add("# Export of the ").add(rfmo.code, "RFMO_CODE")
        page.add(f" vessel record, generated {val.fmt_date(val.validity(doc)[0], 'iso')}\n")
    if ctx.page_num == 1 or doc.random() < 0.5:  # continuation pages may lack the header
        _emit(page, [_header(k, snake) for k in columns], sep, outer, False)
    rows = val.pick(rng, vessels, rng.randint(14, 26))
    for v in rows:
        _emit(page, _row(rng, v, columns, rfmo, date_style), sep, outer, quote)
    if ctx.page_num == ctx.doc_pages and rng.random() < 0.5:
        page.add(f"\n{len(rows)} rows\n")
    return page
