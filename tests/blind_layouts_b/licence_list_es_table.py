"""Layout `licence_list_es_table`: a Spanish list of licensed vessels (as published by a
fisheries ministry or authority) as a space-aligned table with Spanish headers ("Nombre",
"Matrícula", "Folio", "Señal de llamada", "Bandera", "Eslora (m)", "TRB", "Armador", "Vigencia")
and Spanish dates (dd/mm/aaaa, or "15 de marzo de 2025").

Test-only blind evaluation data, written without reading the rule-based extractor. "Folio" is
the vessel's entry in the flag register, so it is gold-labelled NATIONAL_REG_NO like the
"Matrícula"; lengths are printed with a decimal comma, as Spanish publishers do.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import EMPTY, Cell, Frag, PageDraft, PageText, aligned_lines, column_widths, draft, lab
from ._page import plain as p

LAYOUT = "licence_list_es_table"
EN_DASH = "\u2013"

_ISSUERS = (
    ("MINISTERIO DE LA PRODUCCIÓN", "Dirección General de Pesca para Consumo Humano Directo"),
    ("VICEMINISTERIO DE ACUACULTURA Y PESCA", "Subsecretaría de Recursos Pesqueros"),
    (
        "AUTORIDAD DE LOS RECURSOS ACUÁTICOS DE PANAMÁ",
        "Dirección General de Ordenación y Manejo Integral",
    ),
    ("COMISIÓN NACIONAL DE ACUACULTURA Y PESCA", "Dirección General de Ordenamiento Pesquero"),
    ("SUBSECRETARÍA DE PESCA Y ACUICULTURA", "Departamento de Pesquerías"),
)
_TITLES = (
    "RELACIÓN DE EMBARCACIONES PESQUERAS DE BANDERA EXTRANJERA CON PERMISO DE PESCA VIGENTE",
    "LISTADO DE BUQUES CON LICENCIA DE PESCA",
    "PADRÓN DE EMBARCACIONES AUTORIZADAS",
)
_AUTH = (
    "Permiso de pesca",
    "Licencia de pesca internacional",
    "Permiso de pesca comercial",
    "Autorización de pesca en alta mar",
)
_SPECIES = (
    (("pota", None), ("calamar gigante", None), ("GIS", None)),
    (("atún aleta amarilla", None), ("YFT", None), ("patudo", None), ("BET", None)),
    (("jurel", None), ("CJM", None)),
    (("calamar argentino", None), ("SQA", None)),
)


def _vigencia(start: date, end: date, style: str) -> Cell:
    if style == "slash":
        return (
            (d.fmt_date(start, "dmy"), "START_DATE"),
            (" - ", None),
            (d.fmt_date(end, "dmy"), "END_DATE"),
        )
    if style == "al":
        return (
            (d.fmt_date(start, "dmy"), "START_DATE"),
            (" al ", None),
            (d.fmt_date(end, "dmy"), "END_DATE"),
        )
    if style == "hasta":
        return (("hasta el ", None), (d.fmt_date(end, "long_es"), "END_DATE"))
    return (
        (d.fmt_date(start, "long_es"), "START_DATE"),
        (f" {EN_DASH} ", None),
        (d.fmt_date(end, "long_es"), "END_DATE"),
    )


def _row(v: Vessel, num: int, style: dict[str, str], rng: random.Random) -> list[Cell]:
    iso3 = d.flag_code(v)
    flag = (iso3 if style["flag"] == "iso" else d.country_name(iso3, "es")) if iso3 else None
    length = v.length_m.replace(".", ",") if v.length_m else None
    start, end = d.validity(rng, int(style["year"]))
    if style["one_year"] == "yes":
        start, end = date(int(style["year"]), 1, 1), date(int(style["year"]), 12, 31)
    reg = d.national_reg(v)
    folio = str(random.Random(reg).randint(100, 9999))
    blank = style["blank"]
    return [
        p(f"{num}"),
        lab(v.name, "VESSEL_NAME"),
        lab(reg, "NATIONAL_REG_NO"),
        lab(folio, "NATIONAL_REG_NO") if rng.random() < 0.9 else p(blank),
        lab(v.ircs, "IRCS") if v.ircs else p(blank),
        lab(flag, "FLAG") if flag else p(blank),
        lab(length, "METRIC_VALUE") if length else p(blank),
        lab(v.gross_tonnage, "METRIC_VALUE") if v.gross_tonnage else p(blank),
        lab(d.owner_name(v, rng, int(style["owner"])), "ASSOC_NAME"),
        _vigencia(start, end, style["vigencia"]),
    ]


def _header(style: dict[str, str]) -> list[list[Cell]]:
    tonnage: Cell = lab(style["tonnage"], "METRIC_TYPE")
    top = [
        p("N°"),
        p("Nombre"),
        p("Matrícula"),
        p("Folio"),
        p("Señal de"),
        p("Bandera"),
        (("Eslora", "METRIC_TYPE"), (" (", None), ("m", "METRIC_UNIT"), (")", None)),
        tonnage,
        p("Armador"),
        p("Vigencia"),
    ]
    second = [
        EMPTY,
        p("embarcación") if style["name2"] == "yes" else EMPTY,
        EMPTY,
        EMPTY,
        p("llamada"),
    ]
    return [top, second]


def _page(
    vessels: Sequence[Vessel],
    style: dict[str, str],
    rng: random.Random,
    first: int,
    num: int,
    total: int,
) -> PageDraft:
    page = PageText()
    issuer, office = _ISSUERS[int(style["issuer"])]
    page.line(issuer)
    page.line(office)
    page.add("\n")
    if num == 1:
        page.line(_TITLES[int(style["title"])])
        page.add("Tipo de autorización: ").add(_AUTH[int(style["auth"])], "AUTH_TYPE").add("\n")
        species: list[Frag] = []
        for name, _ in _SPECIES[int(style["species"])]:
            if species:
                species.append((", ", None))
            species.append((name, "SPECIES_NAME"))
        page.line("Especies objetivo: ", *species)
        page.line(f"Fecha de actualización: {style['updated']}")
        page.add("\n")
    rows = [_row(v, first + i, style, rng) for i, v in enumerate(vessels)]
    header = _header(style)
    widths = column_widths(header + rows)
    gap = int(style["gap"])
    aligned_lines(page, header, widths, gap=gap)
    aligned_lines(page, rows, widths, gap=gap, right=frozenset({0, 6, 7}))
    page.add("\n")
    if num == total:
        page.line(f"Total de embarcaciones: {first + len(vessels) - 1}")
    page.line(f"Fuente: {style['source']}", " " * 20, f"Página {num} de {total}")
    return draft(page)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    year = rng.choice((2024, 2025, 2026))
    updated = date(year, rng.randint(1, 12), rng.randint(1, 28))
    style = {
        "issuer": str(rng.randrange(len(_ISSUERS))),
        "title": str(rng.randrange(len(_TITLES))),
        "auth": str(rng.randrange(len(_AUTH))),
        "species": str(rng.randrange(len(_SPECIES))),
        "flag": rng.choice(("iso", "name", "name")),
        "tonnage": rng.choice(("TRB", "TRB", "AB", "Arqueo")),
        "year": str(year),
        "one_year": rng.choice(("yes", "no")),
        "vigencia": rng.choice(("slash", "al", "long", "hasta")),
        "owner": str(rng.randint(0, 2)),
        "blank": rng.choice(("", "-", "S/D", "---")),
        "name2": rng.choice(("yes", "no")),
        "gap": str(rng.choice((2, 3, 4))),
        "updated": rng.choice((d.fmt_date(updated, "dmy"), d.fmt_date(updated, "long_es"))),
        "source": rng.choice(
            (
                "Registro Nacional de Pesca",
                "Sistema de Permisos de Pesca",
                "Base de datos institucional",
            )
        ),
    }
    total = rng.choice((1, 2, 3))
    pages: list[PageDraft] = []
    first = 1
    for num in range(1, total + 1):
        chosen = d.pick(vessels, rng, rng.randint(7, 12), d.has_particulars)
        pages.append(_page(chosen, style, rng, first, num, total))
        first += len(chosen)
    return pages
