"""Layout `iattc_style_html`: a vessel-register page as DeepSeek-OCR emits it, an HTML table
with <thead>/<tbody> after a short Markdown title, some cells joining two values with <br/>
("IMO 9930894<br/>MMSI 412549512"), and headers mixing Spanish and English as on the IATTC
(CIAT) Regional Vessel Register.

Test-only blind evaluation data, written without reading the rule-based extractor. The vessel
number on the register is RFMO_ID; "CIAT" is the Spanish acronym of the IATTC (RFMO_CODE).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import EMPTY, Cell, Frag, PageDraft, PageText, draft, joined, lab
from ._page import plain as p

LAYOUT = "iattc_style_html"

_BR = "<br/>"


def _headers(style: dict[str, str]) -> list[Cell]:
    spanish = style["lang"] == "es"
    length = "Eslora" if spanish else "Length"
    return [
        p(style["num_header"]),
        p("Nombre del buque / Vessel name" if spanish else "Vessel name"),
        p("Bandera" if spanish else "Flag / Bandera"),
        p("Identificadores" if style["ids_es"] == "yes" else "Identifiers"),
        p("Indicativo de llamada" if spanish else "Call sign"),
        p("Puerto de registro" if spanish else "Port of registry"),
        ((length, "METRIC_TYPE"), (" (", None), ("m", "METRIC_UNIT"), (")", None)),
        lab(style["tonnage"], "METRIC_TYPE"),
        (("Capacidad de bodega", "METRIC_TYPE"), (" (", None), ("m³", "METRIC_UNIT"), (")", None)),
        p("Arte de pesca / Gear"),
        p("Propietario / Owner" if spanish else "Owner / Propietario"),
        p("Autorizado desde" if spanish else "From"),
        p("Hasta" if spanish else "Until"),
    ]


def _ids(v: Vessel, style: dict[str, str]) -> Cell:
    parts: list[Cell] = []
    if v.imo:
        parts.append((("IMO ", None), (v.imo, "IMO")))
    elif style["no_imo"]:
        parts.append(p(f"IMO {style['no_imo']}"))
    if v.mmsi:
        parts.append((("MMSI ", None), (v.mmsi, "MMSI")))
    return joined(parts, _BR)


def _row(v: Vessel, style: dict[str, str], rng: random.Random) -> list[Cell]:
    iso3 = d.flag_code(v)
    lang = "es" if style["lang"] == "es" and style["flag"] == "name" else "en"
    flag: Cell = EMPTY
    if iso3:
        flag = lab(iso3 if style["flag"] == "iso" else d.country_name(iso3, lang), "FLAG")
    name: Cell = lab(v.name, "VESSEL_NAME")
    if v.former_name:
        name = (*name, (f"{_BR}(ex ", None), (v.former_name, "NAME_CHANGE"), (")", None))
    port = d.home_port(v, rng, invent=False)
    owner: list[Frag] = [(d.owner_name(v, rng, int(style["owner"])), "ASSOC_NAME")]
    if rng.random() < 0.6:
        addr = d.address(v, rng, "es" if style["lang"] == "es" else "en")
        owner += [(_BR, None), (addr.city, "CITY"), (", ", None), (addr.country, "COUNTRY_CODE")]
    start, end = d.validity(rng, int(style["year"]))
    fmt = style["date"]
    return [
        lab(d.rfmo_id("IATTC", v, iso3), "RFMO_ID"),
        name,
        flag,
        _ids(v, style),
        lab(v.ircs, "IRCS") if v.ircs else EMPTY,
        lab(port, "HOME_PORT") if port else EMPTY,
        lab(v.length_m, "METRIC_VALUE") if v.length_m else EMPTY,
        lab(v.gross_tonnage, "METRIC_VALUE") if v.gross_tonnage else EMPTY,
        lab(
            str(int(int(v.gross_tonnage or rng.randint(80, 1500)) * rng.uniform(0.9, 1.4))),
            "METRIC_VALUE",
        )
        if rng.random() < 0.7
        else EMPTY,
        p(d.gear(v, code=style["gear"] == "code")),
        tuple(owner),
        lab(d.fmt_date(start, fmt), "START_DATE"),
        lab(d.fmt_date(end, fmt), "END_DATE") if rng.random() < 0.85 else p(style["open_end"]),
    ]


def _tr(page: PageText, cells: Sequence[Cell], tag: str, newline: str) -> None:
    page.add("<tr>")
    for cell in cells:
        page.add(f"<{tag}>").cell(cell).add(f"</{tag}>")
    page.add("</tr>" + newline)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    year = rng.choice((2024, 2025, 2026))
    style = {
        "lang": rng.choice(("es", "en")),
        "ids_es": rng.choice(("yes", "no")),
        "num_header": rng.choice(("No.", "Núm.", "Vessel No.", "Número")),
        "tonnage": rng.choice(("GT", "TRB", "Arqueo bruto")),
        "flag": rng.choice(("iso", "name", "name")),
        "no_imo": rng.choice(("", "-", "N/A", "")),
        "owner": str(rng.randint(0, 2)),
        "year": str(year),
        "date": rng.choice(("iso", "dmy", "iso")),
        "gear": rng.choice(("code", "words")),
        "open_end": rng.choice(("", "-", "Indefinido")),
    }
    newline = rng.choice(("\n", ""))
    total = rng.choice((1, 2, 2))
    printed = date(year, rng.randint(1, 12), rng.randint(1, 28))
    pages: list[PageDraft] = []
    for num in range(1, total + 1):
        page = PageText()
        if num == 1:
            page.add("# ").add("IATTC", "RFMO_CODE").add(
                " Regional Vessel Register / Registro Regional de Buques de la "
            )
            page.add("CIAT", "RFMO_CODE").add("\n\n")
            page.line(f"Active vessels - Buques activos ({d.fmt_date(printed, 'iso')})")
            page.add("\n")
        page.add("<table><thead>")
        _tr(page, _headers(style), "th", newline)
        page.add("</thead><tbody>" + newline)
        for v in d.pick(vessels, rng, rng.randint(4, 6), d.has_particulars):
            _tr(page, _row(v, style, rng), "td", newline)
        page.add("</tbody></table>\n\n")
        page.line(f"Página {num} de {total} / Page {num} of {total}")
        pages.append(draft(page))
    return pages
