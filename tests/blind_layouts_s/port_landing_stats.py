"""A port State's monthly statistics of landings by foreign fishing vessels."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._common import (
    MONTHS,
    Ident,
    country_name,
    digits,
    flag_text,
    pad,
    paginate,
    pick,
    some_date,
    species_for,
    species_name,
)
from ._page import PageDraft

LAYOUT = "port_foreign_landings_monthly"

_TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "authority": (
            "Ministry of Fisheries and Marine Resources",
            "Competent Authority for Port State Measures",
        ),
        "title": "Monthly statistics of landings by foreign fishing vessels",
        "port": "Port",
        "month": "Month",
        "ref": "Report ref.",
        "cols": ("No.", "Vessel", "Flag", "Call sign", "Species", "FAO", "Landed (t)"),
        "total": "Total landed",
        "vessels": "Number of foreign vessels landing",
        "by_species": "Totals by species (t)",
        "notes": (
            "Quantities are live-weight equivalents in tonnes as verified at landing by port "
            "inspectors; figures for the current year are provisional.",
            "Landings by vessels flagged to the port State are excluded. Transhipments in port "
            "are reported separately in Table 4.",
            "Source: landing declarations and port inspection reports. For queries contact the "
            "Statistics Unit, tel. +230 211 7200, fax +230 208 1929.",
            "Figures may not add up due to rounding. A dash (-) means nil.",
        ),
    },
    "es": {
        "authority": (
            "Dirección Nacional de Recursos Acuáticos",
            "Autoridad Portuaria - Medidas del Estado Rector del Puerto",
        ),
        "title": "Estadística mensual de desembarques de buques pesqueros extranjeros",
        "port": "Puerto",
        "month": "Mes",
        "ref": "Ref. informe",
        "cols": ("N°", "Buque", "Pabellón", "Indicativo", "Especie", "FAO", "Desemb. (t)"),
        "total": "Total desembarcado",
        "vessels": "Número de buques extranjeros con desembarque",
        "by_species": "Totales por especie (t)",
        "notes": (
            "Cantidades en toneladas de peso vivo verificadas en el desembarque por los "
            "inspectores; las cifras del año en curso son provisorias.",
            "Se excluyen los desembarques de buques de pabellón nacional. Los transbordos en "
            "puerto se informan por separado en el Cuadro 4.",
            "Fuente: declaraciones de desembarque e informes de inspección. Consultas: Unidad "
            "de Estadística, tel. +598 2400 4689.",
            "Las cifras pueden no sumar exactamente por redondeo. Un guion (-) indica cero.",
        ),
    },
    "fr": {
        "authority": (
            "Ministère des Ressources animales et halieutiques",
            "Direction des Pêches - Contrôle de l'État du port",
        ),
        "title": "Statistiques mensuelles des débarquements des navires de pêche étrangers",
        "port": "Port",
        "month": "Mois",
        "ref": "Réf. rapport",
        "cols": ("N°", "Navire", "Pavillon", "Indicatif", "Espèce", "FAO", "Débarqué (t)"),
        "total": "Total débarqué",
        "vessels": "Nombre de navires étrangers ayant débarqué",
        "by_species": "Totaux par espèce (t)",
        "notes": (
            "Quantités en tonnes de poids vif vérifiées au débarquement par les inspecteurs ; "
            "les chiffres de l'année en cours sont provisoires.",
            "Les débarquements des navires battant pavillon national sont exclus. Les "
            "transbordements au port figurent au tableau 4.",
            "Source : déclarations de débarquement et rapports d'inspection. Contact : cellule "
            "statistique, tél. +225 27 20 21 00 00.",
            "Les totaux peuvent différer en raison des arrondis. Un tiret (-) signifie néant.",
        ),
    },
}
_WIDTHS = (4, 22, 15, 11, 0, 8, 10)
_PORT_AREAS = {
    "URY": ("41", "41.3.1", "41.2.1"),
    "ARG": ("41", "41.3.1", "41.3.2"),
    "PER": ("87", "87.2.6", "77"),
    "ECU": ("87", "77", "87.1.1"),
    "ESP": ("34", "34.1.2", "47", "27.9.a"),
    "CIV": ("34", "34.3.5", "47"),
    "SEN": ("34", "34.3.1", "34.1.3"),
    "MUS": ("51", "57", "51.6", "57.1"),
    "SYC": ("51", "51.5", "51.6"),
    "NAM": ("47", "47.1.3", "47.B.1"),
    "ZAF": ("47", "51", "47.2.1"),
}
_PACIFIC = ("71", "77", "61", "81", "71.6.1")


def _tonnes(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang != "en" else text


def _species_cell(row: PageDraft, code: str, lang: str, style: int) -> int:
    """Write the species; return the characters used."""
    if style == 0:
        row.add(code, "SPECIES_NAME")
        return len(code)
    name = species_name(code, lang)
    row.put((name, "SPECIES_NAME"), " (", (code, "SPECIES_NAME"), ")")
    return len(name) + len(code) + 3


def _table_block(
    v: Ident,
    number: int,
    lang: str,
    style: int,
    rng: random.Random,
    totals: dict[str, float],
    port_iso3: str,
) -> PageDraft:
    block = PageDraft()
    species_width = 30 if style else 9
    catches = species_for(v, rng, rng.randint(1, 3))
    area = rng.choice(_PORT_AREAS.get(port_iso3, _PACIFIC))
    for index, code in enumerate(catches):
        tonnes = round(rng.uniform(0.5, 480.0), 1)
        totals[code] = totals.get(code, 0.0) + tonnes
        if index == 0:
            block.cell(str(number), _WIDTHS[0])
            block.cell(v.name, _WIDTHS[1], "VESSEL_NAME")
            if v.flag:
                block.cell(
                    flag_text(v.flag, lang, rng) if rng.random() < 0.3 else v.flag,
                    _WIDTHS[2],
                    "FLAG",
                )
            else:
                block.cell("n.d.", _WIDTHS[2])
            if v.ircs:
                block.cell(v.ircs, _WIDTHS[3], "IRCS")
            else:
                block.cell("-", _WIDTHS[3])
        else:
            block.add(" " * sum(_WIDTHS[:4]))
        used = _species_cell(block, code, lang, style)
        block.add(" " * max(1, species_width - used))
        block.cell(area, _WIDTHS[5], "FAO_AREA_CODE")
        block.line(_tonnes(tonnes, lang).rjust(10))
    return block


def _card_block(
    v: Ident, number: int, lang: str, rng: random.Random, totals: dict[str, float], port_iso3: str
) -> PageDraft:
    """One vessel per paragraph, as in a bulletin's annex."""
    block = PageDraft()
    block.put(f"{number}. ", (v.name, "VESSEL_NAME"))
    if v.flag:
        block.put(" - ", (flag_text(v.flag, lang, rng, codes=False), "FLAG"))
    if v.ircs:
        block.put(" - IRCS ", (v.ircs, "IRCS"))
    if v.imo and rng.random() < 0.6:
        block.put(" - IMO ", (v.imo, "IMO"))
    if v.gt:
        block.put(" - ", ("GT", "METRIC_TYPE"), " ", (v.gt, "METRIC_VALUE"))
    block.add("\n   ")
    catches = species_for(v, rng, rng.randint(1, 3))
    area = rng.choice(_PORT_AREAS.get(port_iso3, _PACIFIC))
    total = 0.0
    for index, code in enumerate(catches):
        tonnes = round(rng.uniform(0.5, 480.0), 1)
        total += tonnes
        totals[code] = totals.get(code, 0.0) + tonnes
        if index:
            block.add(" | ")
        block.put(
            (species_name(code, lang), "SPECIES_NAME"),
            " (",
            (code, "SPECIES_NAME"),
            f") {_tonnes(tonnes, lang)} t",
        )
    block.line("   FAO ", (area, "FAO_AREA_CODE"), f"   Total {_tonnes(total, lang)} t")
    return block


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    port = rng.choice(_vocab.PORTS)
    name, locode, iso3, lang = port
    if rng.random() < 0.2:
        lang = "en"
    text = _TEXT[lang]
    drawn = pick(vessels, rng, rng.randint(6, 26))
    chosen = [v for v in drawn if v.flag != iso3] or drawn
    month_day = some_date(rng, 2021, 2025)
    month = f"{MONTHS[lang][month_day.month - 1].capitalize()} {month_day.year}"
    ref = f"{locode[2:]}/PSM/{month_day.year}/{month_day.month:02d}-{digits(rng, 3)}"
    cards = rng.random() < 0.35
    style = rng.randint(0, 1)
    totals: dict[str, float] = {}
    blocks = [
        _card_block(v, i, lang, rng, totals, iso3)
        if cards
        else _table_block(v, i, lang, style, rng, totals, iso3)
        for i, v in enumerate(chosen, start=1)
    ]

    def head(number: int) -> PageDraft:
        page = PageDraft()
        authority = rng.choice(text["authority"])
        page.line(f"{authority} - {country_name(iso3, lang)}")
        page.line(text["title"])
        page.line(
            f"{text['port']}: {name} (",
            (locode, "PORT_ID"),
            f")    {text['month']}: {month}    {text['ref']} {ref}    p. {number}",
        )
        page.line("=" * 92)
        if not cards:
            cols = text["cols"]
            widths = list(_WIDTHS)
            widths[4] = 30 if style else 9
            page.line(
                "".join(c.ljust(w) for c, w in zip(cols[:6], widths[:6], strict=True))
                + cols[6].rjust(10)
            )
            page.line("-" * 92)
        return page

    def tail(number: int) -> PageDraft:
        foot = PageDraft()
        foot.line("-" * 92)
        return foot

    pages = paginate(blocks, head, tail, max_pages=rng.randint(1, 3), limit=2500)
    last = pages[-1]
    summary = PageDraft()
    summary.line(
        f"{text['vessels']}: {len(chosen)}    {text['total']}: "
        f"{_tonnes(sum(totals.values()), lang)} t"
    )
    summary.put(f"{text['by_species']}: ")
    for index, (code, tonnes) in enumerate(sorted(totals.items())):
        if index:
            summary.add("; ")
        summary.put((code, "SPECIES_NAME"), f" {_tonnes(tonnes, lang)}")
    summary.line()
    if len(last) + len(summary) <= 2950:
        last.extend(summary)
    for page in pages:
        pad(page, text["notes"], rng)
    return pages
