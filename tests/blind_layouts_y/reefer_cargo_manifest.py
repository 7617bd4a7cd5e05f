"""A reefer's cargo manifest: lots of frozen fish, each with the vessel that caught it."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    address,
    company,
    coordinates,
    flag_of,
    flag_text,
    fmt_date,
    good_imo,
    good_ircs,
    good_mmsi,
    person,
    phone,
    pick,
    pick_port,
    pick_species,
    placeholder,
    rfmo_id,
    some_date,
    species_area,
    species_name,
)
from ._page import PageDraft, Pager, pad_pages

LAYOUT = "reefer_cargo_manifest"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "CARGO MANIFEST — FROZEN FISH",
        "cont": "CARGO MANIFEST (continued)",
        "no": "Manifest No.",
        "voy": "Voyage",
        "carrier": "Carrier vessel",
        "flag": "Flag",
        "imo": "IMO No.",
        "call": "Call sign",
        "pod": "Port of discharge",
        "eta": "ETA",
        "master": "Master",
        "owner": "Owners",
        "shipper": "Shipper",
        "consignee": "Consignee",
        "cols": (
            "Lot",
            "Hold",
            "Catching vessel",
            "Flag",
            "Call sign/IMO",
            "Species",
            "FAO",
            "Ctns",
            "Net kg",
        ),
        "lot": "LOT",
        "hold": "Hold",
        "caught": "Catching vessel",
        "sp": "Species",
        "area": "FAO area",
        "ctns": "Cartons",
        "net": "Net weight",
        "ts": "Transhipped on",
        "at": "at",
        "total": "TOTAL",
        "page": "Page",
    },
    "es": {
        "title": "MANIFIESTO DE CARGA — PESCADO CONGELADO",
        "cont": "MANIFIESTO DE CARGA (continuación)",
        "no": "Manifiesto N.º",
        "voy": "Viaje",
        "carrier": "Buque transportador",
        "flag": "Bandera",
        "imo": "N.º OMI",
        "call": "Distintivo de llamada",
        "pod": "Puerto de descarga",
        "eta": "ETA",
        "master": "Capitán",
        "owner": "Armador",
        "shipper": "Cargador",
        "consignee": "Consignatario",
        "cols": (
            "Lote",
            "Bodega",
            "Buque pesquero",
            "Bandera",
            "Indicativo/OMI",
            "Especie",
            "FAO",
            "Cajas",
            "Kg netos",
        ),
        "lot": "LOTE",
        "hold": "Bodega",
        "caught": "Buque pesquero",
        "sp": "Especie",
        "area": "Zona FAO",
        "ctns": "Cajas",
        "net": "Peso neto",
        "ts": "Transbordado el",
        "at": "en",
        "total": "TOTAL",
        "page": "Página",
    },
    "fr": {
        "title": "MANIFESTE DE CARGAISON — POISSON CONGELÉ",
        "cont": "MANIFESTE DE CARGAISON (suite)",
        "no": "Manifeste n°",
        "voy": "Voyage",
        "carrier": "Navire transporteur",
        "flag": "Pavillon",
        "imo": "N° OMI",
        "call": "Indicatif d'appel",
        "pod": "Port de déchargement",
        "eta": "ETA",
        "master": "Capitaine",
        "owner": "Armateur",
        "shipper": "Chargeur",
        "consignee": "Destinataire",
        "cols": (
            "Lot",
            "Cale",
            "Navire de pêche",
            "Pavillon",
            "Indicatif/OMI",
            "Espèce",
            "FAO",
            "Cartons",
            "Kg nets",
        ),
        "lot": "LOT",
        "hold": "Cale",
        "caught": "Navire de pêche",
        "sp": "Espèce",
        "area": "Zone FAO",
        "ctns": "Cartons",
        "net": "Poids net",
        "ts": "Transbordé le",
        "at": "à",
        "total": "TOTAL",
        "page": "Page",
    },
}


def _ident(rng: random.Random, vessel: Vessel, lang: str) -> tuple[str, str | None]:
    options: list[tuple[str, str | None]] = []
    if ircs := good_ircs(vessel):
        options.append((ircs, "IRCS"))
    if imo := good_imo(vessel):
        options.append((imo, "IMO"))
    if not options and (mmsi := good_mmsi(vessel)):
        options.append((mmsi, "MMSI"))
    return rng.choice(options) if options else (placeholder(rng, lang), None)


def _header(rng: random.Random, carrier: Vessel, lang: str, t: dict[str, Any]) -> PageDraft:
    page = PageDraft()
    flag = flag_of(carrier)
    page.line(t["title"])
    page.line(
        f"{t['no']}: MNF-{rng.randint(2023, 2026)}/{rng.randint(10, 999):03d}      "
        f"{t['voy']}: {rng.randint(1, 40):02d}/{rng.randint(23, 26)}"
    )
    page.line(
        f"{t['carrier']}: ",
        (carrier.name, "VESSEL_NAME"),
        "      ",
        f"{t['flag']}: ",
        (flag_text(rng, flag, lang), "FLAG") if flag else placeholder(rng, lang),
    )
    imo, ircs, mmsi = good_imo(carrier), good_ircs(carrier), good_mmsi(carrier)
    page.add(f"{t['imo']}: ").add(imo or placeholder(rng, lang), "IMO" if imo else None)
    page.add(f"    {t['call']}: ").add(ircs or placeholder(rng, lang), "IRCS" if ircs else None)
    page.add("    MMSI: ").add(mmsi or placeholder(rng, lang), "MMSI" if mmsi else None).add("\n")
    port = pick_port(rng, lang if rng.random() < 0.6 else None)
    eta = some_date(rng)
    page.line(
        f"{t['pod']}: {port.name} (",
        (port.locode, "PORT_ID"),
        f")    {t['eta']}: {fmt_date(eta, rng.randrange(5), lang)}",
    )
    page.line(f"{t['master']}: ", (person(rng), "ASSOC_NAME"))
    owner = carrier.owner or company(rng, "fishing", lang)
    page.line(f"{t['owner']}: ", (owner, "ASSOC_NAME"))
    where = address(rng, None, lang)
    page.line(f"{t['shipper']}: {company(rng, 'trader', lang)}, {where.city}  Tel. {phone(rng)}")
    page.line(f"{t['consignee']}: {company(rng, 'trader', lang)}, {port.name}")
    page.line("")
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    carriers = [v for v in vessels if v.gear == "CARRIER"]
    carrier = rng.choice(carriers) if carriers and rng.random() < 0.8 else rng.choice(vessels)
    others = [v for v in vessels if v is not carrier] or [carrier]
    catchers = pick(rng, others, rng.randint(2, 6))
    style = rng.choice(("table", "table", "blocks"))
    rfmo = rng.choice(("IOTC", "WCPFC", "ICCAT", "IATTC"))
    rfmo_ids = {id(v): rfmo_id(rng, rfmo, flag_of(v)) for v in catchers if rng.random() < 0.5}
    idents = {id(v): _ident(rng, v, lang) for v in catchers}
    flag_texts = {
        id(v): flag_text(rng, flag, lang) for v in catchers if (flag := flag_of(v)) is not None
    }
    sailed = some_date(rng)
    pager = Pager(budget=2450, max_pages=3)
    pager.put(_header(rng, carrier, lang, t))
    widths = (5, 7, 24, 9, 15, 9, 8, 8, 9)
    if style == "table":
        head = PageDraft()
        for column, width in zip(t["cols"], widths, strict=True):
            head.cell(column, width)
        head.line("")
        head.line("-" * 92)
        pager.put(head)
    n_lots = rng.randint(4, 16)
    total_ctns, total_kg = 0, 0.0
    when = some_date(rng)
    for number in range(1, n_lots + 1):
        vessel = rng.choice(catchers)
        flag = flag_of(vessel)
        sp = pick_species(rng, ("YFT", "BET", "SKJ", "ALB", "SWO", "OFJ", "GIS", "SQA", "SAP"))
        area = species_area(rng, sp[0])
        ctns = rng.randint(40, 1400)
        kg = ctns * rng.choice((20.0, 22.5, 25.0, 30.0))
        total_ctns, total_kg = total_ctns + ctns, total_kg + kg
        hold = f"{rng.randint(1, 5)}{rng.choice(('F', 'A', 'P', 'S', ''))}"
        block = PageDraft()
        ident, label = idents[id(vessel)]
        if style == "table":
            block.cell(f"{number:02d}", widths[0])
            block.cell(hold, widths[1])
            block.cell(vessel.name, widths[2], "VESSEL_NAME")
            block.cell(flag or "-", widths[3], "FLAG" if flag else None)
            block.cell(ident, widths[4], label)
            block.cell(sp[0], widths[5], "SPECIES_NAME")
            block.cell(area, widths[6], "FAO_AREA_CODE")
            block.cell(str(ctns), widths[7])
            block.add(f"{kg:,.1f}".replace(",", " ")).add("\n")
        else:
            block.line(f"{t['lot']} {number} — {t['hold']} {hold}")
            block.add(f"  {t['caught']}: ").add(vessel.name, "VESSEL_NAME")
            if flag:
                block.add(" (").add(flag_texts[id(vessel)], "FLAG").add(")")
            block.add(" — ").add(ident, label)
            if id(vessel) in rfmo_ids:
                block.add(f"  {rfmo} No. ").add(rfmo_ids[id(vessel)], "RFMO_ID")
            block.add("\n")
            block.line(
                f"  {t['sp']}: ",
                (sp[0], "SPECIES_NAME"),
                " (",
                (species_name(sp, lang), "SPECIES_NAME"),
                f"), {t['area']} ",
                (area, "FAO_AREA_CODE"),
            )
            when = sailed - timedelta(days=rng.randint(2, 70))
            block.line(
                f"  {t['ctns']}: {ctns}   {t['net']}: {kg:,.1f} kg   {t['ts']} "
                f"{fmt_date(when, 1, lang)} {t['at']} {coordinates(rng)}"
            )
        if not pager.room(len(block) + 160) and not pager.full():
            page = pager.new_page()
            page.line(t["cont"], f" — {t['carrier']}: ", (carrier.name, "VESSEL_NAME"))
            page.line("")
        elif not pager.room(len(block) + 160):
            break
        pager.put(block)
    tail = PageDraft()
    tail.line("")
    tail.line(f"{t['total']}: {total_ctns} ctns / {total_kg:,.1f} kg")
    tail.line(
        f"Seals: {rng.randint(100000, 999999)}-{rng.randint(10, 99)}   "
        f"Temp. -{rng.choice((35, 45, 55, 60))} °C"
    )
    tail.line(
        "Transhipments observed under the ",
        (rfmo, "RFMO_CODE"),
        f" regional observer programme, declarations {rng.randint(1000, 9999)}"
        f"\u2013{rng.randint(1000, 9999)}.",
    )
    if style == "table" and rfmo_ids:
        for vessel in catchers:
            if id(vessel) in rfmo_ids:
                tail.line(
                    "  ",
                    (vessel.name, "VESSEL_NAME"),
                    f" — {rfmo} record no. ",
                    (rfmo_ids[id(vessel)], "RFMO_ID"),
                )
    if pager.room(len(tail)):
        pager.put(tail)
    fillers = []
    for _ in range(3):
        note = PageDraft()
        note.line(
            f"Remarks: cargo stowed in cartons on pallets, holds pre-cooled to "
            f"-{rng.randint(25, 60)} °C; ref. B/L {rng.randint(100, 999)}-"
            f"{rng.randint(10000, 99999)}; contact ops desk {phone(rng)}."
        )
        note.line(
            f"{t['master']}: ____________________   {t['page']} "
            f"{rng.randint(1, 3)} — {fmt_date(when, 2, lang)}"
        )
        fillers.append(note)
    pad_pages(pager.pages, fillers)
    return pager.pages
