# ruff: noqa: RUF001 - en dashes are part of the imitated documents
"""A fish processing plant's raw material receipt log: one line per lot with the catching
vessel, species, FAO area, weight, core temperature and catch certificate; either a flat
table or lots grouped under each vessel, with a traceability key of the vessels' identifiers."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    fao,
    fmt_date,
    iso2,
    pick,
    placeholder,
    rand_date,
    species_name,
)
from ._page import Cell, PageDraft, Piece, fill, pack

LAYOUT = "plant_receipt_log"

PLANTS = (
    (
        "en",
        "Andaman Seafood Canning Co., Ltd",
        "Samut Sakhon, Thailand",
        "EU approval no. 1026",
        ("71", "57", "51"),
    ),
    (
        "en",
        "Indian Ocean Tuna Processors Ltd",
        "Victoria, Mahé, Seychelles",
        "EC approval SC-012",
        ("51", "57"),
    ),
    (
        "es",
        "Conservas del Pacífico S.A.",
        "Manta, Ecuador",
        "Registro sanitario / EU No. 301",
        ("87", "77"),
    ),
    (
        "es",
        "Conservera Gallega S.L.",
        "Vigo, Pontevedra, España",
        "RGSEAA 12.01234/PO",
        ("34", "47", "27", "41"),
    ),
    (
        "fr",
        "Société Ivoirienne de Conserverie de Thon",
        "Abidjan, Côte d'Ivoire",
        "Agrément sanitaire CI-005",
        ("34", "47"),
    ),
    (
        "fr",
        "Pêcheries et Conserveries de l'Océan Indien",
        "Antsiranana, Madagascar",
        "Agrément UE MG-008",
        ("51", "57"),
    ),
    (
        "en",
        "Southern Cold Store & Processing Pty",
        "Port Louis, Mauritius",
        "Competent authority listing MU-17",
        ("51", "57", "58"),
    ),
)
SPECIES = ("SKJ", "YFT", "BET", "ALB", "SWO", "OFJ", "GIS", "SQA", "TOP", "MAS")
T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "RAW MATERIAL RECEIPT LOG — FROZEN FISH",
        "form": "Form QA-RM-03 rev. 4",
        "period": "Receiving period",
        "cols": (
            "Date",
            "Lot no.",
            "Catching vessel",
            "Flag",
            "Species",
            "FAO",
            "Net kg",
            "Core °C",
            "Catch cert.",
        ),
        "vessel": "Catching vessel",
        "supplier": "Supplier / owner",
        "key": "VESSEL KEY (traceability)",
        "keycols": ("Vessel", "IMO", "Call sign", "MMSI"),
        "checked": "Checked by QA:",
        "notes": (
            "Core temperature measured at receipt on 3 cartons per lot; lots above -18.0 °C are "
            "held (status H) pending the QA manager's decision.",
            "Catch certificate and transhipment documents filed per lot in binder RM-{Y}.",
            "Weights are net of packaging, from weighbridge tickets (scale cal. 14/02).",
        ),
    },
    "es": {
        "title": "REGISTRO DE RECEPCIÓN DE MATERIA PRIMA — PESCADO CONGELADO",
        "form": "Formato CAL-MP-03 v.4",
        "period": "Período de recepción",
        "cols": (
            "Fecha",
            "Lote",
            "Buque pesquero",
            "Pab.",
            "Especie",
            "FAO",
            "Kg netos",
            "T° °C",
            "Cert. captura",
        ),
        "vessel": "Buque pesquero",
        "supplier": "Proveedor / armador",
        "key": "CLAVE DE BUQUES (trazabilidad)",
        "keycols": ("Buque", "OMI", "Señal llamada", "MMSI"),
        "checked": "Verificado por Calidad:",
        "notes": (
            "Temperatura de núcleo medida en 3 cajas por lote; los lotes por encima de -18,0 °C "
            "quedan retenidos (estado R) hasta decisión del jefe de calidad.",
            "Certificados de captura y documentos de transbordo archivados por lote (AR-{Y}).",
            "Pesos netos según ticket de báscula (calibración 14/02).",
        ),
    },
    "fr": {
        "title": "REGISTRE DE RÉCEPTION DES MATIÈRES PREMIÈRES — POISSON CONGELÉ",
        "form": "Formulaire QA-MP-03 rév. 4",
        "period": "Période de réception",
        "cols": (
            "Date",
            "Lot",
            "Navire de capture",
            "Pav.",
            "Espèce",
            "FAO",
            "Kg nets",
            "T° cœur",
            "Cert. capture",
        ),
        "vessel": "Navire de capture",
        "supplier": "Fournisseur / armateur",
        "key": "TABLE DES NAVIRES (traçabilité)",
        "keycols": ("Navire", "OMI", "Indicatif", "MMSI"),
        "checked": "Contrôlé par le service qualité :",
        "notes": (
            "Température à cœur mesurée sur 3 cartons par lot ; lots au-dessus de -18,0 °C "
            "bloqués (statut B) en attente de décision du responsable qualité.",
            "Certificats de capture et documents de transbordement classés par lot (RM-{Y}).",
            "Poids nets selon ticket de pont-bascule (étalonnage du 14/02).",
        ),
    },
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang, plant, place, approval, areas = rng.choice(PLANTS)
    t = T[lang]
    grouped = rng.random() < 0.45
    species_as = rng.choice(("code", "name"))
    idents = pick(vessels, rng, rng.randint(3, 6))
    start = rand_date(rng, 2022, 2025)
    style = rng.choice(("dmy", "iso", "dot"))
    year = start.year
    serial = rng.randint(100, 900)
    comma = "," if lang == "en" else "."
    cols = t["cols"]
    widths = (10, 9, 22, 4, 14 if species_as == "name" else 7, 4, 7, 6)

    def sp(code: str) -> Piece:
        return (code if species_as == "code" else species_name(code, lang), "SPECIES_NAME")

    lots: list[tuple[Ident, list[list[Cell]]]] = []
    day = start
    for v in idents:
        lines: list[list[Cell]] = []
        area = fao(rng.choice(areas))
        codes = rng.sample(SPECIES[:5] if rng.random() < 0.7 else SPECIES[5:], 2)
        for _ in range(rng.randint(1, 4)):
            serial += 1
            kilos = rng.randint(2_000, 48_000)
            temp = rng.choice(("-18.2", "-19.5", "-21.0", "-17.6", "-22.4", "-20.1"))
            if lang != "en":
                temp = temp.replace(".", ",")
            cert = f"CC-{iso2(v.flag) if v.flag else 'XX'}-{year}-{rng.randint(1, 99999):05d}"
            flag: Cell = (v.flag, "FLAG") if v.flag else placeholder(rng, lang)
            lines.append(
                [
                    fmt_date(day, style, lang),
                    f"{year % 100}-{serial:04d}",
                    (v.name, "VESSEL_NAME"),
                    flag,
                    sp(rng.choice(codes)),
                    (area, "FAO_AREA_CODE"),
                    f"{kilos:,}".replace(",", comma),
                    temp,
                    cert,
                ]
            )
        day = day.fromordinal(day.toordinal() + rng.randint(0, 3))
        lots.append((v, lines))

    rows: list[PageDraft] = []
    for v, lines in lots:
        row = PageDraft()
        if grouped:
            row.add("\n")
            row.put(f"{t['vessel']}: ", (v.name, "VESSEL_NAME"))
            if v.ircs:
                row.put(" (", (v.ircs, "IRCS"), ")")
            owner: Piece = (v.owner, "ASSOC_NAME") if v.owner else placeholder(rng, lang)
            row.line("   ", f"{t['supplier']}: ", owner)
            for cells in lines:
                del cells[2:4]
                row.row(cells, [w for i, w in enumerate(widths) if i not in (2, 3)], lead="  ")
        else:
            for cells in lines:
                row.row(cells, widths)
        rows.append(row)
    if not grouped:
        key = PageDraft().line().line(str(t["key"]))
        kw = (22, 9, 11)
        key.row(list(t["keycols"]), kw)
        for v in idents:
            key.row(
                [
                    (v.name, "VESSEL_NAME"),
                    (v.imo, "IMO") if v.imo else placeholder(rng, lang),
                    (v.ircs, "IRCS") if v.ircs else placeholder(rng, lang),
                    (v.mmsi, "MMSI") if v.mmsi else placeholder(rng, lang),
                ],
                kw,
            )
        rows.append(key)
    notes = [n.replace("{Y}", str(year)) for n in t["notes"]]
    period = f"{fmt_date(start, style, lang)} – {fmt_date(day, style, lang)}"
    tel = f"+{rng.randint(20, 299)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"

    def head(number: int, pages: int) -> PageDraft:
        page = PageDraft()
        page.line(f"{plant} — {place}", " " * 4, approval)
        page.line(str(t["title"]), "    ", str(t["form"]))
        if number == 1:
            page.line(f"{t['period']}: {period}    Tel. {tel}")
        page.line()
        if grouped:
            page.row(
                [c for i, c in enumerate(cols) if i not in (2, 3)],
                [w for i, w in enumerate(widths) if i not in (2, 3)],
                lead="  ",
            )
        else:
            page.row(list(cols), widths)
        page.line("-" * 96)
        return page

    def foot(number: int, pages: int) -> PageDraft:
        page = PageDraft().line()
        page.line(notes[0])
        page.line(f"{t['checked']} ______________    {number}/{pages}")
        return page

    drafts = pack(rows, head, foot, budget=2900, max_pages=3)
    return [fill(d, notes[1:]) for d in drafts]
