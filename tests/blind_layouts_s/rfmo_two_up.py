"""An RFMO list of vessels authorised to fish for a species, printed two vessels per row."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    digits,
    flag_text,
    fmt_date,
    pad,
    paginate,
    pick,
    some_date,
    species_name,
)
from ._page import PageDraft

LAYOUT = "rfmo_species_list_two_up"

# RFMO, species codes, language, id style, FAO areas of its convention area
_RFMOS = (
    ("CCSBT", ("SBF",), "en", "FV", ("57", "58", "81", "47")),
    ("ICCAT", ("BFT", "SWO", "ALB"), "fr", "AT", ("27", "34", "37", "47")),
    ("ICCAT", ("BFT",), "en", "AT", ("37", "27")),
    ("IATTC", ("BET", "YFT"), "es", "IA", ("77", "87")),
    ("NPFC", ("SAP", "OFJ", "MAS"), "en", "NP", ("61", "67")),
    ("SPRFMO", ("CJM", "GIS"), "es", "SP", ("87", "81")),
    ("SPRFMO", ("GIS",), "en", "SP", ("87",)),
    ("CCAMLR", ("TOP", "TOA"), "en", "CC", ("48.3", "58.4.1", "88.1")),
    ("IOTC", ("SWO", "ALB", "BET"), "fr", "IO", ("51", "57")),
)
_TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "title": "RECORD OF VESSELS AUTHORISED TO FISH FOR",
        "cols": ("No", "Vessel name", "Flag", "IRCS", "ID", "From", "To"),
        "updated": "Updated",
        "page": "Page",
        "auth": ("Fishing", "Fishing", "Carrier"),
        "notes": (
            "Vessels not entered in this record are deemed not to be authorised to fish for, "
            "retain on board, tranship or land the species concerned.",
            "Flag CPCs shall notify changes to the record within 15 days. Enquiries: "
            "secretariat, tel. +61 2 6282 8396 (switchboard).",
            "This list is extracted from the online database and may not reflect changes made "
            "after the date above. Entries 0001-0999 are reserved.",
        ),
    },
    "es": {
        "title": "REGISTRO DE BUQUES AUTORIZADOS A PESCAR",
        "cols": ("N°", "Nombre del buque", "Pab.", "Indic.", "ID", "Desde", "Hasta"),
        "updated": "Actualizado",
        "page": "Página",
        "auth": ("Pesca", "Pesca", "Transporte"),
        "notes": (
            "Los buques que no figuren en este registro no están autorizados a pescar, retener "
            "a bordo, transbordar o desembarcar las especies indicadas.",
            "Las modificaciones deberán notificarse a la Secretaría dentro de los 15 días. "
            "Consultas: tel. +1 858 546 7100.",
            "Lista generada a partir de la base de datos en línea; puede no reflejar cambios "
            "posteriores a la fecha indicada.",
        ),
    },
    "fr": {
        "title": "LISTE DES NAVIRES AUTORISÉS À PÊCHER",
        "cols": ("N°", "Nom du navire", "Pav.", "Indicatif", "ID", "Du", "Au"),
        "updated": "Mise à jour",
        "page": "Page",
        "auth": ("Pêche", "Pêche", "Transport"),
        "notes": (
            "Les navires ne figurant pas sur cette liste sont réputés non autorisés à pêcher, "
            "conserver à bord, transborder ou débarquer les espèces concernées.",
            "Les CPC du pavillon notifient toute modification dans un délai de 15 jours. "
            "Contact : secrétariat, tél. +34 91 416 56 00.",
            "Liste extraite de la base de données en ligne ; elle peut ne pas refléter les "
            "modifications postérieures à la date indiquée.",
        ),
    },
}
_WIDTHS = (4, 21, 8, 9, 12, 11, 11)


def _rfmo_id(style: str, v: Ident, rng: random.Random) -> str:
    if style == "AT":
        return f"AT000{(v.flag or 'XXX')[:3]}{digits(rng, 5)}"
    if style == "IO":
        return f"IOTC{digits(rng, 6)}"
    if style == "FV":
        return f"FV{digits(rng, 5)}"
    if style == "CC":
        return digits(rng, 5)
    return f"{style}-{digits(rng, 4)}"


def _block(
    row: PageDraft,
    number: int,
    v: Ident | None,
    style: str,
    lang: str,
    start: date,
    end: date,
    dates: str,
    rng: random.Random,
) -> None:
    if v is None:
        for width in _WIDTHS:
            row.cell("", width)
        return
    row.cell(str(number), _WIDTHS[0])
    row.cell(v.name, _WIDTHS[1], "VESSEL_NAME")
    if v.flag:
        shown = flag_text(v.flag, lang, rng)
        row.cell(shown if len(shown) < _WIDTHS[2] else v.flag, _WIDTHS[2], "FLAG")
    else:
        row.cell("-", _WIDTHS[2])
    if v.ircs:
        row.cell(v.ircs, _WIDTHS[3], "IRCS")
    else:
        row.cell("-", _WIDTHS[3])
    row.cell(_rfmo_id(style, v, rng), _WIDTHS[4], "RFMO_ID")
    row.cell(fmt_date(start, dates, lang), _WIDTHS[5], "START_DATE")
    row.cell(fmt_date(end, dates, lang), _WIDTHS[6], "END_DATE")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo, codes, lang, style, areas = rng.choice(_RFMOS)
    text = _TEXT[lang]
    count = rng.randint(10, 44)
    chosen = pick(vessels, rng, count)
    updated = some_date(rng, 2022, 2025)
    dates = rng.choice(("slash", "iso", "dot"))
    separator = rng.choice((" | ", "   ", " ‖ "))
    total_pages = rng.randint(3, 9)
    first_page = rng.randint(1, total_pages - 2)
    year_start = date(updated.year, 1, 1)
    with_type = rng.random() < 0.3

    rows: list[PageDraft] = []
    for index in range(0, len(chosen), 2):
        row = PageDraft()
        pair = chosen[index : index + 2]
        for side in range(2):
            v = pair[side] if side < len(pair) else None
            start = year_start + timedelta(days=rng.choice((0, 0, 0, rng.randint(1, 200))))
            end = date(updated.year, 12, 31) if rng.random() < 0.7 else start + timedelta(days=364)
            if side == 1:
                row.add(separator)
            _block(row, index + side + 1, v, style, lang, start, end, dates, rng)
        row.add("\n")
        if with_type:
            used = 0
            for side in range(len(pair)):
                kind = rng.choice(text["auth"])
                column = _WIDTHS[0] + side * (sum(_WIDTHS) + len(separator))
                row.put(" " * (column - used), "(", (kind, "AUTH_TYPE"), ")")
                used = column + len(kind) + 2
            row.add("\n")
        rows.append(row)

    def head(number: int) -> PageDraft:
        page = PageDraft()
        page.line(
            (rfmo, "RFMO_CODE"),
            f"   {text['updated']}: {fmt_date(updated, 'long', lang)}",
            f"   {text['page']} {first_page + number - 1}/{total_pages}",
        )
        page.put(text["title"], " ")
        for i, code in enumerate(codes):
            if i:
                page.add(" / ")
            page.put(
                (species_name(code, lang).upper(), "SPECIES_NAME"),
                " (",
                (code, "SPECIES_NAME"),
                ")",
            )
        page.add("\n")
        if number == 1:
            area_word = {
                "en": "Convention Area, FAO areas",
                "es": "Área de la Convención, áreas FAO",
                "fr": "Zone de la Convention, zones FAO",
            }[lang]
            page.put(area_word, " ")
            for i, area in enumerate(areas):
                if i:
                    page.add(", ")
                page.add(area, "FAO_AREA_CODE")
            page.line(f"   Ref. {rfmo}/{updated.year}/{digits(rng, 3)}")
        page.line()
        header = "".join(col.ljust(w) for col, w in zip(text["cols"], _WIDTHS, strict=True))
        page.line(header.rstrip().ljust(sum(_WIDTHS)), separator, header.rstrip())
        page.line("-" * (2 * sum(_WIDTHS) + len(separator)))
        return page

    def tail(number: int) -> PageDraft:
        foot = PageDraft()
        foot.line()
        foot.line(text["notes"][number % 3])
        return foot

    pages = paginate(rows, head, tail, max_pages=3)
    for page in pages:
        pad(page, text["notes"], rng)
        page.rstrip_lines()
    return pages
