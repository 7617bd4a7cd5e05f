"""An RFMO circular notifying additions, deletions and modifications to its vessel record."""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import (
    Facts,
    country,
    date_text,
    day,
    facts,
    former_flag,
    metric,
    period,
    pick,
    placeholder,
    rfmo_id,
)
from ._page import Page, PageDraft

LAYOUT = "record_changes_circular"

_WORDS: dict[str, tuple[Any, ...]] = {
    "en": (
        "CIRCULAR",
        "Changes to the {r} Record of Authorised Vessels",
        "The Secretariat informs Members that the following changes were received between ",
        " and ",
        ("ADDITIONS", "DELETIONS", "MODIFICATIONS"),
        ("Flag", "Vessel name", "IMO", "Call sign", "Record No.", "From", "To"),
        ("Flag", "Vessel name", "IMO", "Record No.", "Reason"),
        ("Record No.", "Vessel", "Particular", "Previous", "New"),
        ("Sold", "Scrapped", "Authorisation withdrawn", "Change of flag"),
        {
            "name": "Name",
            "flag": "Flag",
            "ircs": "Call sign",
            "owner": "Owner",
            "gt": "Gross tonnage",
        },
    ),
    "fr": (
        "CIRCULAIRE",
        "Modifications du registre {r} des navires autorisés",
        "Le Secrétariat informe les Membres des modifications suivantes reçues entre le ",
        " et le ",
        ("AJOUTS", "SUPPRESSIONS", "MODIFICATIONS"),
        ("Pavillon", "Nom du navire", "OMI", "Indicatif", "N° registre", "Du", "Au"),
        ("Pavillon", "Nom du navire", "OMI", "N° registre", "Motif"),
        ("N° registre", "Navire", "Élément", "Ancien", "Nouveau"),
        ("Vendu", "Démoli", "Autorisation retirée", "Changement de pavillon"),
        {
            "name": "Nom",
            "flag": "Pavillon",
            "ircs": "Indicatif",
            "owner": "Armateur",
            "gt": "Jauge brute",
        },
    ),
    "es": (
        "CIRCULAR",
        "Cambios en el Registro {r} de buques autorizados",
        "La Secretaría informa a los Miembros de los siguientes cambios recibidos entre el ",
        " y el ",
        ("ALTAS", "BAJAS", "MODIFICACIONES"),
        ("Pabellón", "Nombre del buque", "OMI", "Distintivo", "N.º registro", "Desde", "Hasta"),
        ("Pabellón", "Nombre del buque", "OMI", "N.º registro", "Motivo"),
        ("N.º registro", "Buque", "Dato", "Anterior", "Nuevo"),
        ("Vendido", "Desguazado", "Autorización retirada", "Cambio de pabellón"),
        {
            "name": "Nombre",
            "flag": "Pabellón",
            "ircs": "Distintivo",
            "owner": "Armador",
            "gt": "Arqueo bruto",
        },
    ),
}


def _headers(page: Page, headers: tuple[str, ...], widths: tuple[int, ...]) -> None:
    for header, width in zip(headers, widths, strict=True):
        page.cell(header, width)
    page.end_row()


def _id(
    page: Page, value: str | None, label: str, width: int, rng: random.Random, lang: str
) -> None:
    if value:
        page.cell(value, width, label)
    else:
        page.cell(placeholder(rng, lang), width)


def _additions(
    page: Page, rows: list[Facts], rfmo: _vocab.Rfmo, rng: random.Random, lang: str
) -> None:
    w = _WORDS[lang]
    widths = (18, max(14, *(len(f.name) for f in rows)), 8, 9, 14, 10, 10)
    _headers(page, w[5], widths)
    start, end = period(rng)
    for f in rows:
        page.cell(country(f.flag, lang) or "-", widths[0], "FLAG" if f.flag else None)
        page.cell(f.name, widths[1], "VESSEL_NAME")
        _id(page, f.imo, "IMO", widths[2], rng, lang)
        _id(page, f.ircs, "IRCS", widths[3], rng, lang)
        page.cell(rfmo_id(rfmo, f.flag, f.rfmo_serial), widths[4], "RFMO_ID")
        page.cell(date_text(start, "slash"), widths[5], "START_DATE")
        page.cell(date_text(end, "slash"), widths[6], "END_DATE")
        page.end_row()


def _deletions(
    page: Page, rows: list[Facts], rfmo: _vocab.Rfmo, rng: random.Random, lang: str
) -> None:
    w = _WORDS[lang]
    widths = (18, max(14, *(len(f.name) for f in rows)), 8, 14, 22)
    _headers(page, w[6], widths)
    for f in rows:
        page.cell(country(f.flag, lang) or "-", widths[0], "FLAG" if f.flag else None)
        page.cell(f.name, widths[1], "VESSEL_NAME")
        _id(page, f.imo, "IMO", widths[2], rng, lang)
        page.cell(rfmo_id(rfmo, f.flag, f.rfmo_serial), widths[3], "RFMO_ID")
        page.cell(rng.choice(w[8]), widths[4])
        page.end_row()


def _modifications(
    page: Page, rows: list[Facts], rfmo: _vocab.Rfmo, rng: random.Random, lang: str
) -> None:
    w = _WORDS[lang]
    fields = w[9]
    assert isinstance(fields, dict)
    page.line(" | ".join(w[7]))
    for f in rows:
        kind = rng.choice(("name", "flag", "ircs", "owner", "gt"))
        page.put((rfmo_id(rfmo, f.flag, f.rfmo_serial), "RFMO_ID"), " | ")
        page.put((f.name, "VESSEL_NAME"), " | ")
        old_flag, old_cs, _ = former_flag(f.flag, rng)
        if kind == "name":
            old = f.former_name or rng.choice(_vocab.FORMER_NAMES)
            page.line(fields["name"], " | ", (old, "NAME_CHANGE"), " | ", (f.name, "VESSEL_NAME"))
        elif kind == "flag" and f.flag:
            page.put(
                fields["flag"], " | ", (country(old_flag, lang) or old_flag, "FLAG_CHANGE"), " | "
            )
            page.line((country(f.flag, lang) or f.flag, "FLAG"))
        elif kind == "ircs" and f.ircs and old_cs:
            page.line(fields["ircs"], " | ", (old_cs, "ID_CHANGE"), " | ", (f.ircs, "IRCS"))
        elif kind == "gt":
            old_gt = str(max(50, int(float(f.gross_tonnage)) - rng.randint(5, 90)))
            page.put((fields["gt"], "METRIC_TYPE"), " | ", (metric(old_gt, rng), "METRIC_VALUE"))
            page.line(" | ", (metric(f.gross_tonnage, rng), "METRIC_VALUE"))
        else:
            old_owner = rng.choice(_vocab.COMPANIES)[0]
            page.line(
                fields["owner"], " | ", (old_owner, "ASSOC_NAME"), " | ", (f.owner[0], "ASSOC_NAME")
            )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "fr", "es"))
    w = _WORDS[lang]
    rfmo = rng.choice(_vocab.RFMOS)
    chosen = [facts(v, rng) for v in pick(vessels, rng, rng.randint(4, 12))]
    cut1 = max(1, len(chosen) // 2)
    cut2 = cut1 + max(1, (len(chosen) - cut1) // 2)
    groups = (chosen[:cut1], chosen[cut1:cut2], chosen[cut2:])
    sent = day(rng)
    page = Page()
    page.put((rfmo[0], "RFMO_CODE")).line(f" {w[0]} {sent.year}-{rng.randint(1, 180):03d}")
    page.line(rfmo.name(lang))
    page.line(" " * rng.randint(20, 40), date_text(sent, rng.choice(("long", "iso")), lang)).blank()
    title, _, tail = w[1].partition("{r}")
    page.put(title, (rfmo[0], "RFMO_CODE")).line(tail).blank()
    first = date_text(sent.replace(day=1), "long", lang)
    page.line(w[2], first, w[3], date_text(sent, "long", lang), ".").blank()
    pages = [page]
    builders = (_additions, _deletions, _modifications)
    for n, (section, group) in enumerate(zip(w[4], groups, strict=True)):
        if not group:
            continue
        if n == 2 and len(chosen) > 7 and len(pages) == 1:
            pages.append(Page())
        current = pages[-1]
        current.line(f"{n + 1}. {section}" if rng.random() < 0.5 else str(section)).blank()
        builders[n](current, list(group), rfmo, rng, lang)
        current.blank()
    pages[-1].line(
        rng.choice(("Executive Secretary", "Secrétaire exécutif", "Secretario Ejecutivo"))
    )
    pages[-1].line(
        f"Distribution: {', '.join(rng.sample(['CPCs', 'CNCPs', 'Observers', 'Chairs'], 2))}"
    )
    return [p.draft() for p in pages]
