"""A comparison sheet with vessels as columns and particulars as rows, as PDF text extraction
yields it (columns aligned by spaces). Working papers of compliance committees and flag-State
annexes print a handful of vessels side by side this way."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece, pieces_width
from ._vocab import DATE_STYLES, RFMOS, Profile, country, fmt_date, profile, thousands, validity

LAYOUT = "transposed_sheet"
_MAX_WIDTH = 168

Row = Callable[[Profile], list[Piece] | None]


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(sorted(RFMOS))
    spanish = rng.random() < 0.3
    date_style = rng.choice(DATE_STYLES)
    if spanish and date_style in ("us_long", "mdy"):
        date_style = "dmy_slash"
    placeholder = rng.choice(("-", "—", "n/a", "N/A", "", "not provided", "nil"))
    units_in_keys = rng.random() < 0.5
    sep = rng.choice((",", "", " "))
    flag_as_code = rng.random() < 0.3
    start, end = validity(rng)
    lang = "es" if spanish else "en"

    def key(en: str, es: str) -> str:
        return es if spanish else en

    def metric(value: str | None, unit: str) -> list[Piece] | None:
        if value is None:
            return None
        number = thousands(int(value), sep) if value.isdigit() else value
        if spanish:
            number = number.replace(".", ",")
        return (
            [(number, "METRIC_VALUE")]
            if units_in_keys
            else [
                (number, "METRIC_VALUE"),
                (" ", None),
                (unit, "METRIC_UNIT"),
            ]
        )

    def flag_cell(p: Profile) -> list[Piece] | None:
        if not p.flag:
            return None
        return [(p.flag if flag_as_code else country(p.flag, lang), "FLAG")]

    def imo_cell(p: Profile) -> list[Piece] | None:
        if not p.imo:
            return None
        return [("IMO ", None), (p.imo, "IMO")] if rng.random() < 0.2 else [(p.imo, "IMO")]

    def built_where(p: Profile) -> list[Piece] | None:
        if not p.build_place:
            return None
        town, nation = p.build_place
        return [(town, "BUILDER_LOCATION"), (", ", None), (country(nation, lang), "BUILD_COUNTRY")]

    def simple(label: str, value: str | None) -> list[Piece] | None:
        return [(value, label)] if value else None

    def unit_key(en: str, es: str, unit: str) -> str:
        return f"{key(en, es)} ({unit})" if units_in_keys else key(en, es)

    rows: list[tuple[str, Row]] = [
        (key("Vessel name", "Nombre del buque"), lambda p: simple("VESSEL_NAME", p.name)),
        (key("Flag", "Pabellón"), flag_cell),
        (key("IMO number", "Número OMI"), imo_cell),
        (key("Call sign", "Indicativo de llamada"), lambda p: simple("IRCS", p.ircs)),
        ("MMSI", lambda p: simple("MMSI", p.mmsi)),
        (
            key("Registration no.", "Matrícula"),
            lambda p: simple("NATIONAL_REG_NO", p.national_reg_no),
        ),
        (f"{rfmo} " + key("record no.", "n.º de registro"), lambda p: simple("RFMO_ID", p.rfmo_id)),
        (
            key("Port of registry", "Puerto de matrícula"),
            lambda p: simple("HOME_PORT", p.home_port),
        ),
        (unit_key("Gross tonnage", "Arqueo bruto", "GT"), lambda p: metric(p.gross_tonnage, "GT")),
        (unit_key("Length overall", "Eslora total", "m"), lambda p: metric(p.length_m, "m")),
        (unit_key("Engine power", "Potencia", "kW"), lambda p: metric(str(p.engine_kw), "kW")),
        (key("Year built", "Año de construcción"), lambda p: simple("BUILD_YEAR", p.build_year)),
        (key("Place of build", "Lugar de construcción"), built_where),
        (key("Owner", "Armador"), lambda p: simple("ASSOC_NAME", p.owner)),
        (key("Gear", "Arte de pesca"), lambda p: [(p.gear, None)]),
        (key("Licence no.", "N.º de licencia"), lambda p: simple("LICENSE_NO", p.licence_no)),
        (
            key("Authorised from", "Autorizado desde"),
            lambda p: [(fmt_date(start, date_style, lang), "START_DATE")],
        ),
        (
            key("Authorised to", "Autorizado hasta"),
            lambda p: [(fmt_date(end, date_style, lang), "END_DATE")],
        ),
    ]
    # Publishers differ in which particulars they print and swap a few neighbouring rows.
    rows = [rows[0], *(row for row in rows[1:] if rng.random() < 0.8)]
    for _ in range(rng.randint(0, 3)):
        at = rng.randrange(1, len(rows) - 1)
        rows[at], rows[at + 1] = rows[at + 1], rows[at]
    key_width = max(len(name) for name, _ in rows) + rng.randint(2, 5)
    gap = rng.randint(2, 4)
    annex = rng.randint(1, 6)

    page_count = rng.choice((1, 1, 2, 3))
    pool = list(vessels)
    rng.shuffle(pool)
    drafts: list[PageDraft] = []
    for page_num in range(1, page_count + 1):
        columns: list[list[list[Piece] | None]] = []
        total = key_width
        while pool and len(columns) < 5:
            p = profile(pool[-1], rng, rfmo)
            cells = [row(p) for _, row in rows]
            width = max(pieces_width(c or [(placeholder, None)]) for c in cells) + gap
            if columns and (total + width > _MAX_WIDTH or len(columns) >= rng.randint(3, 5)):
                break
            pool.pop()
            columns.append(cells)
            total += width
        if not columns:
            break
        drafts.append(
            _page(
                rng,
                rfmo,
                spanish,
                page_num,
                page_count,
                rows,
                columns,
                key_width,
                gap,
                placeholder,
                annex,
            )
        )
    return drafts


def _page(
    rng: random.Random,
    rfmo: str,
    spanish: bool,
    page_num: int,
    page_count: int,
    rows: list[tuple[str, Row]],
    columns: list[list[list[Piece] | None]],
    key_width: int,
    gap: int,
    placeholder: str,
    annex: int,
) -> PageDraft:
    b = PageBuilder()
    if spanish:
        title = "ANEXO {n}. Características de los buques notificados a la Secretaría de la "
    else:
        title = "Annex {n}. Particulars of vessels notified to the Secretariat of the "
    b.add(title.format(n=annex)).add(rfmo, "RFMO_CODE")
    if page_num > 1:
        b.add(" (continuación)" if spanish else " (continued)")
    b.newline(2)
    widths = [
        max(pieces_width(cell or [(placeholder, None)]) for cell in column) + gap
        for column in columns
    ]
    if rng.random() < 0.5:
        b.pad_to(key_width)
        for index, width in enumerate(widths):
            b.cell([(f"{'Buque' if spanish else 'Vessel'} {index + 1}", None)], width)
        b.newline()
    for row_index, (name, _) in enumerate(rows):
        b.cell([(name, None)], key_width)
        for column, width in zip(columns, widths, strict=True):
            b.cell(column[row_index] or [(placeholder, None)], width)
        b.newline()
    b.newline()
    b.line(f"{'Página' if spanish else 'Page'} {page_num} / {page_count}")
    return b.draft()
