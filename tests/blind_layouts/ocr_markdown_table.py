"""Blind layout `ocr_markdown_table`: an OCR page as DeepSeek-OCR emits it in Markdown (test-only
data, written without reading the extractor).

A "#" heading, a paragraph of notification text (RFMO, flag, species, FAO area and the period
of authorisation in sentences), a pipe table of vessels with a `|---|` separator, and sometimes
a note underneath. Cells vary as scanned annexes do: "IMO 9123456" with the prefix in the cell
(gold is the digits), a combined "Call sign / MMSI" column, units inside cells when the header
has none, and empty cells for missing values.
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import Cell, Frag, PageContext, PageText, cell, joined

NAME = "ocr_markdown_table"
PAGES_PER_DOC = 3

T, U = "METRIC_TYPE", "METRIC_UNIT"


def _paragraph(page: PageText, rng: random.Random, rfmo: val.Rfmo, flag: str | None) -> None:
    start, end = val.validity(rng)
    style = rng.choice(("long_en", "dmy", "iso"))
    species = rng.sample(rfmo.species, min(len(rfmo.species), rng.randint(1, 3)))
    page.add(f"Pursuant to Resolution {rng.randint(10, 24)}/{rng.randint(1, 12):02d} of the ")
    page.add(rfmo.code, "RFMO_CODE").add(", the following vessels")
    if flag:
        page.add(" flying the flag of ").add(val.country(flag), "FLAG")
    page.add(" are authorised to fish for ")
    for i, code in enumerate(species):
        if i:
            page.add(" and " if i == len(species) - 1 else ", ")
        if rng.random() < 0.5:
            page.add(val.species_in_sentence(code), "SPECIES_NAME").add(" (")
            page.add(code, "SPECIES_NAME").add(")")
        else:
            page.add(code, "SPECIES_NAME")
    page.add(" in FAO Area ").add(rng.choice(rfmo.areas), "FAO_AREA_CODE")
    page.add(" for the period from ").add(val.fmt_date(start, style), "START_DATE")
    page.add(" to ").add(val.fmt_date(end, style), "END_DATE").add(".\n\n")


def _header(rng: random.Random, columns: list[str], unit_in_cells: bool) -> list[Cell]:
    bold = rng.random() < 0.3
    plain = {
        "no": rng.choice(("No.", "#", "S/N")),
        "name": rng.choice(("Vessel Name", "Name of vessel", "VESSEL")),
        "flag": "Flag",
        "imo": rng.choice(("IMO No.", "IMO Number", "Lloyd's/IMO No.")),
        "ircs": rng.choice(("Call Sign", "IRCS", "Radio Call Sign")),
        "mmsi": "MMSI",
        "ircs_mmsi": "Call sign / MMSI",
        "owner": rng.choice(("Owner", "Owner/Operator", "Company")),
        "port": rng.choice(("Port of Registry", "Home port")),
        "gear": "Gear",
    }
    metric: dict[str, Cell] = {
        "gt": cell("Tonnage", T) if unit_in_cells else cell(rng.choice(("GT", "GRT")), T),
        "loa": cell("Length", T)
        if unit_in_cells
        else (("LOA", T), (" (", None), ("m", U), (")", None)),
    }
    out: list[Cell] = []
    for key in columns:
        c = metric.get(key) or cell(plain[key])
        out.append(((("**", None), *c, ("**", None))) if bold else c)
    return out


def _row(
    rng: random.Random,
    v: Vessel,
    columns: list[str],
    n: int,
    unit_in_cells: bool,
    doc: tuple[str, str],
) -> list[Cell]:
    """One table row; doc = (placeholder for a missing value, flag style) of this document."""
    missing, flag_style = doc

    def opt(value: str | None, label: str, prefix: str = "") -> Cell:
        return ((prefix, None), (value, label)) if value else cell(missing)

    flag = val.flag_code(v)
    out: list[Cell] = []
    for key in columns:
        if key == "no":
            out.append(cell(str(n)))
        elif key == "name":
            out.append(cell(v.name, "VESSEL_NAME"))
        elif key == "flag":
            out.append(opt(flag and val.flag_as(flag, flag_style), "FLAG"))
        elif key == "imo":
            out.append(opt(v.imo, "IMO", "IMO " if rng.random() < 0.3 else ""))
        elif key == "ircs":
            out.append(opt(val.ircs_of(v), "IRCS"))
        elif key == "mmsi":
            out.append(opt(v.mmsi, "MMSI"))
        elif key == "ircs_mmsi":
            parts = [cell(x, lab) for x, lab in ((val.ircs_of(v), "IRCS"), (v.mmsi, "MMSI")) if x]
            out.append(joined(parts, " / ") if parts else cell(missing))
        elif key == "owner":
            out.append(opt(v.owner, "ASSOC_NAME"))
        elif key == "port":
            port = val.port_parts(v)
            out.append(opt(port[0] if port else None, "HOME_PORT"))
        elif key == "gear":
            out.append(cell(val.gear_text(v) or missing))
        elif key in ("gt", "loa"):
            value = v.gross_tonnage if key == "gt" else v.length_m
            unit: list[Frag] = (
                [(" ", None), ("GT" if key == "gt" else "m", U)] if unit_in_cells else []
            )
            out.append(((value, "METRIC_VALUE"), *unit) if value else cell(missing))
    return out


def _emit(page: PageText, cells: list[Cell]) -> None:
    page.add("|")
    for c in cells:
        page.add(" ").frags(c).add(" |")
    page.add("\n")


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    doc = ctx.doc_rng()
    rfmo = doc.choice(val.RFMOS)
    combined = doc.random() < 0.3
    columns = ["no", "name"]
    columns += [k for k in ("flag",) if doc.random() < 0.7]
    columns += ["imo", "ircs_mmsi"] if combined else ["imo", "ircs", "mmsi"]
    columns += [k for k in ("gt", "loa", "port", "owner", "gear") if doc.random() < 0.55]
    unit_in_cells = doc.random() < 0.35
    doc_style = (doc.choice(("", "", "-", "N/A")), doc.choice(val.FLAG_STYLES))
    rng = ctx.rng
    rows = val.pick(rng, vessels, rng.randint(10, 20))
    flags = {val.flag_code(v) for v in rows}
    single_flag = next(iter(flags)) if len(flags) == 1 else None

    page = PageText()
    if ctx.page_num == 1:
        page.add(rng.choice(("# ", "## "))).add("List of Vessels Authorised by the ")
        page.add(rfmo.code, "RFMO_CODE").add(" Commission\n\n")
        _paragraph(page, rng, rfmo, single_flag)
    else:
        page.add(f"## Annex {doc.choice(('I', 'II', '1'))} (continued)\n\n")
    _emit(page, _header(doc, columns, unit_in_cells))
    align = doc.choice(("---", ":---", ":---:"))
    page.add("|" + "|".join(f" {align} " if doc.random() < 0.5 else align for _ in columns) + "|\n")
    first = (ctx.page_num - 1) * 20 + 1
    for i, v in enumerate(rows):
        _emit(page, _row(rng, v, columns, first + i, unit_in_cells, doc_style))
    page.add("\n")
    note = rng.random()
    if note < 0.3:
        page.add("*Note:* Empty cells indicate that the information was not submitted.\n")
    elif note < 0.55:
        page.add("Source: ").add(rfmo.code, "RFMO_CODE").add(
            " Secretariat, compiled from flag State notifications.\n"
        )
    page.add(f"\n{ctx.page_num}\n")
    return page
