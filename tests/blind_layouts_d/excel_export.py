"""A licence list kept in a spreadsheet, as it reaches a text pipeline: either printed through
pandas (merged title rows turned into 'Unnamed: n' headers and NaN, integer columns as floats
'9930894.0', dates as '2025-03-01 00:00:00', an index column) or saved by Excel as CSV (title row
followed by empty cells, thousands separators in quoted numbers, an empty column, a totals row).
English or Spanish headers."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece, pieces_width
from ._vocab import RFMOS, Profile, country, fmt_date, profile, thousands, validity

LAYOUT = "excel_export"

Cell = list[Piece]
_TYPES = {
    "en": ("Fishing licence", "Fishing licence (high seas)", "Transhipment", "Carrier vessel"),
    "es": ("Licencia de pesca", "Permiso de pesca", "Transbordo", "Buque de apoyo"),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    spanish = rng.random() < 0.4
    lang = "es" if spanish else "en"
    pandas_print = rng.random() < 0.55
    rfmo = rng.choice(sorted(RFMOS))
    areas, species = RFMOS[rfmo]
    chosen = rng.sample(list(vessels), min(len(vessels), rng.randint(6, 22)))
    profiles = [profile(v, rng, rfmo) for v in chosen]
    periods = [validity(rng) for _ in profiles]
    licence_type = rng.choice(_TYPES[lang])

    def number(value: str | None, label: str, floaty: bool) -> Cell:
        if value is None:
            return []
        if pandas_print and floaty:
            return [(value, label), (".0", None)]
        return [(value, label)]

    def metric(value: str | None) -> Cell:
        if value is None:
            return []
        if pandas_print:
            return [(value if "." in value else f"{value}.0", "METRIC_VALUE")]
        return [(thousands(int(value)) if value.isdigit() else value, "METRIC_VALUE")]

    def day(value: dt.date, label: str) -> Cell:
        if pandas_print:
            return [(value.isoformat(), label), (" 00:00:00", None)]
        return [(fmt_date(value, rng_style, lang), label)]

    rng_style = rng.choice(("dmy_slash", "iso", "mdy"))
    columns: list[tuple[str, str, Callable[[int, Profile], Cell]]] = [
        ("No.", "N.º", lambda i, p: [(f"{i + 1}.0" if pandas_print else str(i + 1), None)]),
        ("Vessel name", "Nombre del buque", lambda i, p: [(p.name, "VESSEL_NAME")]),
        ("Call sign", "Indicativo", lambda i, p: [(p.ircs, "IRCS")] if p.ircs else []),
        ("IMO", "OMI", lambda i, p: number(p.imo, "IMO", True)),
        ("MMSI", "MMSI", lambda i, p: number(p.mmsi, "MMSI", True)),
        ("Flag", "Bandera", lambda i, p: [(country(p.flag, lang), "FLAG")] if p.flag else []),
        ("GT", "TRB", lambda i, p: metric(p.gross_tonnage)),
        ("LOA (m)", "Eslora (m)", lambda i, p: metric(p.length_m)),
        ("Licence No.", "N.º licencia", lambda i, p: [(p.licence_no, "LICENSE_NO")]),
        ("Type", "Tipo", lambda i, p: [(licence_type, "AUTH_TYPE")]),
        ("Valid from", "Válida desde", lambda i, p: day(periods[i][0], "START_DATE")),
        ("Valid to", "Válida hasta", lambda i, p: day(periods[i][1], "END_DATE")),
        ("Area", "Zona", lambda i, p: [(rng.choice(areas), "FAO_AREA_CODE")]),
        (
            "Target species",
            "Especie objetivo",
            lambda i, p: [(rng.choice(species), "SPECIES_NAME")],
        ),
        ("Owner", "Armador", lambda i, p: [(p.owner, "ASSOC_NAME")] if p.owner else []),
    ]
    keep = sorted(rng.sample(range(2, len(columns)), rng.randint(6, len(columns) - 2)))
    columns = [columns[0], columns[1], *(columns[i] for i in keep)]
    if rng.random() < 0.5:  # the sheet's spare column that nobody deleted
        columns.insert(rng.randint(2, len(columns)), ("", "", lambda i, p: []))
    header = [es if spanish else en for en, es, _ in columns]
    rows = [[fn(i, p) for _, _, fn in columns] for i, p in enumerate(profiles)]
    title = (
        f"REGISTRO DE LICENCIAS DE PESCA \u2013 {periods[0][0].year}"
        if spanish
        else f"FISHING LICENCES ISSUED \u2013 {periods[0][0].year}"
    )
    subtitle = "Buques autorizados en la zona de la " if spanish else "Vessels authorised in the "
    if pandas_print:
        return _pandas_pages(rng, header, rows, title, subtitle, rfmo)
    return [_csv_page(rng, header, rows, title, subtitle, rfmo, spanish)]


def _pandas_pages(
    rng: random.Random,
    header: list[str],
    rows: list[list[Cell]],
    title: str,
    subtitle: str,
    rfmo: str,
) -> list[PageDraft]:
    merged_title = rng.random() < 0.6
    nan: Cell = [("NaN", None)]
    table: list[list[Cell]] = []
    columns: list[Cell]
    if merged_title:
        # The title row became the header; the real header is just another data row.
        unnamed: list[Cell] = [[(f"Unnamed: {i}", None)] for i in range(1, len(header))]
        columns = [[(title, None)], *unnamed]
        table.append([[(subtitle, None), (rfmo, "RFMO_CODE")]] + [nan] * (len(header) - 1))
        table.append([nan] * len(header))
        table.append([[(name, None)] if name else nan for name in header])
    else:
        columns = [[(name or f"Unnamed: {i}", None)] for i, name in enumerate(header)]
    table += [[cell or nan for cell in row] for row in rows]
    widths = [
        max(pieces_width(c) for c in [columns[i]] + [row[i] for row in table])
        for i in range(len(header))
    ]
    index_width = len(str(len(table)))
    split = len(table) if len(table) < 14 or rng.random() < 0.5 else len(table) // 2
    pages: list[PageDraft] = []
    for part, chunk in enumerate((table[:split], table[split:])):
        if not chunk:
            continue
        b = PageBuilder()
        b.add(" " * index_width)
        for cell, width in zip(columns, widths, strict=True):
            b.add("  ").pad_to(b.column + width - pieces_width(cell), 0).pieces(cell)
        b.newline()
        for offset, row in enumerate(chunk):
            b.add(str(offset + (split if part else 0)).ljust(index_width))
            for cell, width in zip(row, widths, strict=True):
                b.add("  ").pad_to(b.column + width - pieces_width(cell), 0).pieces(cell)
            b.newline()
        pages.append(b.draft())
    return pages


def _csv_page(
    rng: random.Random,
    header: list[str],
    rows: list[list[Cell]],
    title: str,
    subtitle: str,
    rfmo: str,
    spanish: bool,
) -> PageDraft:
    commas = "," * (len(header) - 1)
    b = PageBuilder()
    b.line(title + commas)
    b.line(subtitle, (rfmo, "RFMO_CODE"), commas)
    b.line(commas)
    b.line(",".join(header))
    gt_column = next((i for i, name in enumerate(header) if name in ("GT", "TRB")), None)
    total = 0
    for row in rows:
        for index, cell in enumerate(row):
            if index:
                b.add(",")
            quoted = any("," in text for text, _ in cell)
            b.add('"' if quoted else "").pieces(cell).add('"' if quoted else "")
        if gt_column is not None and row[gt_column]:
            total += int(row[gt_column][0][0].replace(",", ""))
        b.newline()
    if rng.random() < 0.5:
        b.line(commas)
    cells = [""] * len(header)
    cells[0] = "TOTAL"
    cells[1] = f"{len(rows)} {'buques' if spanish else 'vessels'}"
    if gt_column is not None:
        cells[gt_column] = f'"{thousands(total)}"'
    b.line(",".join(cells))
    return b.draft()
