"""An RFMO authorised-vessel list as `pdftotext -layout` gives a very wide table.

10-14 columns, headers wrapped over two or three lines, long cells (owner and address, gear,
authorisation period) wrapped onto a second or third line of the row; the RFMO serial number
is the first column. English or Spanish.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, join, val

LAYOUT = "wrapped_register"

# key -> (English header, Spanish header, narrowest width, widest width)
_COLUMNS: dict[str, tuple[str, str, int, int]] = {
    "serial": ("RFMO Serial No.", "N.º de registro OROP", 10, 13),
    "name": ("Name of vessel", "Nombre del buque", 14, 19),
    "flag": ("Flag State", "Estado de pabellón", 9, 12),
    "ircs": ("International radio call sign", "Indicativo internacional de radio", 8, 9),
    "imo": ("IMO ship identification number", "Número OMI", 8, 10),
    "mmsi": ("MMSI", "MMSI", 10, 11),
    "port": ("Port of registry", "Puerto de matrícula", 10, 14),
    "natreg": ("National registration number", "Matrícula nacional", 11, 14),
    "gear": ("Type of fishing gear(s)", "Arte(s) de pesca", 12, 16),
    "loa": ("Length overall LOA (m)", "Eslora total (m)", 6, 8),
    "gt": ("Gross tonnage (GT)", "Arqueo bruto (GT)", 6, 8),
    "built": ("Year of build", "Año de construcción", 6, 8),
    "owner": ("Name and address of owner(s)", "Nombre y dirección del armador", 20, 26),
    "operator": ("Name of operator", "Operador", 15, 20),
    "auth": ("Type of authorisation", "Tipo de autorización", 10, 13),
    "species": ("Target species", "Especies objetivo", 10, 13),
    "period": ("Authorised period (from - to)", "Periodo autorizado (desde - hasta)", 12, 13),
}
_REQUIRED = ("serial", "name", "flag", "ircs", "imo", "owner", "period")
_TITLES = {
    "en": (
        "RECORD OF AUTHORISED VESSELS",
        "Vessels authorised to fish for species under the mandate of the Commission",
    ),
    "es": (
        "REGISTRO DE BUQUES AUTORIZADOS",
        "Buques autorizados a pescar especies bajo el mandato de la Comisión",
    ),
}
_AUTH = {
    "en": ("Fishing", "Fishing", "Carrier", "Fishing / support"),
    "es": ("Pesca", "Pesca", "Transporte", "Pesca y apoyo"),
}


class _Doc:
    """Per-document choices shared by every row."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lang = rng.choice(("en", "en", "es"))
        self.rfmo = rng.choice(tuple(V.RFMOS))
        self.date_style = rng.randrange(5)
        self.none = S.placeholder(self.lang, rng)
        self.to = rng.choice((" - ", " to ", " \u2013 ")) if self.lang == "en" else " al "
        self.middle = rng.random() < 0.4  # one-line cells sit on the row's middle line
        self.flag_codes = rng.random() < 0.4

    def cells(self, ship: S.Ship) -> dict[str, Rich]:
        rng, lang = self.rng, self.lang
        area = V.RFMOS[self.rfmo]
        street, city, state = S.address(ship.owner_country, rng)
        owner = join(
            [val(ship.owner, "ASSOC_NAME"), val(street, "ADDRESS"), val(city, "CITY")]
            + ([val(state, "STATE")] if state else [])
            + [val(S.country_of(ship.owner_country, lang), "COUNTRY_CODE")],
            ", ",
        )
        start = S.some_date(rng, 2020, 2025)
        end = start + timedelta(days=365 * rng.randint(1, 3) - 1)
        gears = [S.gear_text(ship.gear, lang)]
        gears += [g[0 if lang == "en" else 1] for g in rng.sample(V.EXTRA_GEAR, rng.randint(0, 2))]
        species = rng.sample(area[3], min(len(area[3]), rng.randint(1, 4)))
        operator = (
            Rich(rng.choice(("Same as owner", "As owner") if lang == "en" else ("Idem",)))
            if rng.random() < 0.3
            else val(S.company(ship.flag, rng), "ASSOC_NAME")
        )
        return {
            "serial": val(S.serial(self.rfmo, ship.flag, rng), "RFMO_ID"),
            "name": val(ship.name, "VESSEL_NAME"),
            "flag": val(
                ship.flag if self.flag_codes else S.flag_text(ship.flag, lang, rng, 0), "FLAG"
            ),
            "ircs": self._id(ship.ircs, "IRCS"),
            "imo": self._id(ship.imo, "IMO"),
            "mmsi": self._id(ship.mmsi, "MMSI"),
            "port": val(ship.port, "HOME_PORT"),
            "natreg": val(_national_number(ship, rng), "NATIONAL_REG_NO"),
            "gear": Rich("; ".join(gears)),
            "loa": val(S.decimal(ship.loa, lang), "METRIC_VALUE"),
            "gt": val(ship.gt, "METRIC_VALUE"),
            "built": val(ship.built, "BUILD_YEAR"),
            "owner": owner,
            "operator": operator,
            "auth": val(rng.choice(_AUTH[lang]), "AUTH_TYPE"),
            "species": join((val(code, "SPECIES_NAME") for code in species), ", "),
            "period": val(S.date_text(start, self.date_style, lang), "START_DATE")
            + self.to
            + val(S.date_text(end, self.date_style, lang), "END_DATE"),
        }

    def _id(self, value: str | None, label: str) -> Rich:
        return val(value, label) if value else Rich(self.none)


def _national_number(ship: S.Ship, rng: random.Random) -> str:
    iso2 = V.FLAGS.get(ship.flag, ("", "", "", "XX"))[3]
    shapes: tuple[Callable[[], str], ...] = (
        lambda: f"{rng.randint(100000, 999999)}{rng.randint(10000, 99999)}",
        lambda: f"{iso2}-{ship.built}-{rng.randint(1, 9999):04d}",
        lambda: f"{rng.choice('ABCDEFGHKMNPRSTZ')}{rng.randint(100, 999)}-{rng.randint(10, 99)}",
    )
    return rng.choice(shapes)()


def _columns(rng: random.Random) -> list[str]:
    optional = [key for key in _COLUMNS if key not in _REQUIRED]
    extra = set(rng.sample(optional, rng.randint(3, 7)))
    keys = [key for key in _COLUMNS if key in _REQUIRED or key in extra]
    if rng.random() < 0.5:  # some lists put the identifiers before the flag
        keys.remove("flag")
        keys.insert(keys.index("imo") + 1, "flag")
    return keys


def _table_rows(cells: Sequence[Rich], widths: Sequence[int], gap: int, middle: bool) -> list[Rich]:
    wrapped = [cell.wrap(width) for cell, width in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    rows: list[Rich] = []
    for i in range(height):
        row = Rich()
        for j, (lines, width) in enumerate(zip(wrapped, widths, strict=True)):
            top = (height - 1) // 2 if middle and len(lines) == 1 else 0
            piece = lines[i - top] if 0 <= i - top < len(lines) else Rich()
            row = row + (" " * gap if j else "") + piece.ljust(width)
        rows.append(row.rstrip())
    return rows


def _longest_word(cells: Sequence[Rich]) -> int:
    return max(len(word) for cell in cells for word in cell.text.split() or [""])


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    doc = _Doc(rng)
    keys = _columns(rng)
    heads = [Rich(_COLUMNS[k][0] if doc.lang == "en" else _COLUMNS[k][1]) for k in keys]
    pages = rng.choice((1, 1, 2, 2, 3))
    rows: list[list[dict[str, Rich]]] = [
        [doc.cells(S.ship_of(vessel, rng)) for vessel in S.pick(vessels, rng, rng.randint(4, 7))]
        for _ in range(pages)
    ]
    # a column is at least as wide as its longest word, as the typeset table was
    widths = [
        max(
            rng.randint(_COLUMNS[k][2], _COLUMNS[k][3]),
            _longest_word([head] + [cells[k] for page in rows for cells in page]),
        )
        for k, head in zip(keys, heads, strict=True)
    ]
    gap = rng.randint(2, 4)
    title, subtitle = _TITLES[doc.lang]
    acronym = doc.rfmo if doc.lang == "en" else V.RFMOS[doc.rfmo][0]
    listed = S.some_date(rng, 2024, 2026)
    total = rng.randint(pages + 1, 60)
    first = rng.randint(1, total - pages + 1)
    drafts: list[PageDraft] = []
    for number, page_rows in enumerate(rows):
        page = PageBuilder()
        if number == 0 or rng.random() < 0.5:
            page.line(" " * rng.randint(0, 40), val(acronym, "RFMO_CODE"), " ", title)
            page.line(" " * rng.randint(0, 30), subtitle)
            word = "As at" if doc.lang == "en" else "Situación al"
            page.line(f"{word} {S.date_text(listed, doc.date_style, doc.lang)}")
            page.blank()
        head_rows = _table_rows(heads, widths, gap, middle=False)
        page.lines(head_rows)
        page.line("-" * len(max(head_rows, key=len)) if rng.random() < 0.5 else "")
        for cells in page_rows:
            page.lines(_table_rows([cells[k] for k in keys], widths, gap, doc.middle))
            if rng.random() < 0.6:
                page.blank()
        page.blank()
        word = "Page" if doc.lang == "en" else "Página"
        of = "of" if doc.lang == "en" else "de"
        page.line(" " * rng.randint(60, 140), f"{word} {first + number} {of} {total}")
        drafts.append(page.draft())
    return drafts
