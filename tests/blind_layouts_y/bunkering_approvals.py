"""A port's list of approved bunkering (fuel supply) operations, by receiving vessel."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    company,
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
    placeholder,
    some_date,
)
from ._page import PageDraft, Pager, pad_pages

LAYOUT = "bunkering_approvals"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": (
            "APPROVED BUNKERING OPERATIONS",
            "BUNKER SUPPLY PERMITS ISSUED",
            "FUEL SUPPLY OPERATIONS — APPROVALS",
        ),
        "port": "Port",
        "period": "Period",
        "permit": "Permit",
        "date": "Date",
        "vessel": "Receiving vessel",
        "flag": "Flag",
        "ids": "IMO / MMSI",
        "call": "Call sign",
        "loc": "Location",
        "supplier": "Supplier",
        "product": "Product",
        "qty": "Qty (t)",
        "rep": "Represented by",
        "role": "Capacity",
        "gt": "GT",
        "roles": ("Agent", "Owner", "Operator", "Agent"),
        "places": (
            "Anchorage A",
            "Anchorage B",
            "Berth {n}",
            "Fishing port quay {n}",
            "Outer anchorage",
        ),
        "window": "Window",
        "notes": "Conditions: booms deployed for barge transfers; no "
        "bunkering during cargo operations; sulphur limit 0.50 % m/m.",
        "cont": "(continued)",
    },
    "es": {
        "title": (
            "RELACIÓN DE OPERACIONES DE SUMINISTRO DE COMBUSTIBLE AUTORIZADAS",
            "AUTORIZACIONES DE SUMINISTRO DE COMBUSTIBLE A BUQUES",
        ),
        "port": "Puerto",
        "period": "Periodo",
        "permit": "Autorización",
        "date": "Fecha",
        "vessel": "Buque receptor",
        "flag": "Bandera",
        "ids": "OMI / MMSI",
        "call": "Distintivo",
        "loc": "Ubicación",
        "supplier": "Suministrador",
        "product": "Producto",
        "qty": "Cant. (t)",
        "rep": "Representado por",
        "role": "En calidad de",
        "gt": "GT",
        "roles": ("Consignatario", "Armador", "Operador"),
        "places": (
            "Fondeadero",
            "Muelle {n}",
            "Dársena pesquera, atraque {n}",
            "Zona de fondeo exterior",
        ),
        "window": "Ventana",
        "notes": "Condiciones: barrera anticontaminación obligatoria; "
        "prohibido suministrar durante operaciones de carga; azufre máx. 0,50 % m/m.",
        "cont": "(continuación)",
    },
    "fr": {
        "title": (
            "LISTE DES OPÉRATIONS DE SOUTAGE AUTORISÉES",
            "AUTORISATIONS DE SOUTAGE DÉLIVRÉES",
        ),
        "port": "Port",
        "period": "Période",
        "permit": "Autorisation",
        "date": "Date",
        "vessel": "Navire soutagé",
        "flag": "Pavillon",
        "ids": "OMI / MMSI",
        "call": "Indicatif",
        "loc": "Emplacement",
        "supplier": "Fournisseur",
        "product": "Produit",
        "qty": "Qté (t)",
        "rep": "Représenté par",
        "role": "Qualité",
        "gt": "JB",
        "roles": ("Consignataire", "Armateur", "Opérateur"),
        "places": ("Rade", "Poste {n}", "Quai de pêche, poste {n}", "Mouillage extérieur"),
        "window": "Créneau",
        "notes": "Conditions : barrage flottant obligatoire ; soutage "
        "interdit pendant les opérations commerciales ; soufre max. 0,50 % m/m.",
        "cont": "(suite)",
    },
}
_PRODUCTS = ("MGO DMA", "VLSFO 0.5%", "MDO", "IFO 380", "Lubes")


def _ids_cell(rng: random.Random, vessel: Vessel, lang: str, page: PageDraft) -> None:
    imo, mmsi = good_imo(vessel), good_mmsi(vessel)
    if imo:
        page.add(imo, "IMO")
    if mmsi:
        page.add(" / " if imo else "").add(mmsi, "MMSI")
    if not imo and not mmsi:
        page.add(placeholder(rng, lang))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    port = pick_port(rng)
    lang = port.lang if rng.random() < 0.7 else "en"
    t = _T[lang]
    ships = pick(rng, vessels, rng.randint(4, 16))
    style = rng.choice(("table", "blocks", "table"))
    first = some_date(rng)
    pager = Pager(budget=2400, max_pages=3)
    head = PageDraft()
    head.line(f"{rng.choice(t['title'])}")
    head.line(
        f"{t['port']}: {port.name} (",
        (port.locode, "PORT_ID"),
        f")    {t['period']}: "
        f"{fmt_date(first, 1, lang)} \u2013 {fmt_date(first + timedelta(days=6), 1, lang)}",
    )
    head.line(
        f"Harbour Master's Office — Tel. {phone(rng)} — list no. {rng.randint(1, 52)}/{first.year}"
    )
    head.line("")
    pager.put(head)
    suppliers = [company(rng, "supplier", lang) for _ in range(3)]
    if style == "table":
        cols = PageDraft()
        cols.line(
            f"{t['permit']} | {t['date']} | {t['vessel']} | {t['flag']} | {t['ids']} | "
            f"{t['call']} | {t['gt']} | {t['loc']} | {t['product']} | {t['qty']} | "
            f"{t['rep']}"
        )
        cols.line("-" * 96)
        pager.put(cols)
    for number, vessel in enumerate(ships, start=1):
        flag = flag_of(vessel)
        ircs = good_ircs(vessel)
        day = first + timedelta(days=rng.randint(0, 6))
        permit = f"BK-{day.year % 100:02d}-{rng.randint(100, 9999):04d}"
        place = rng.choice(t["places"]).format(n=rng.randint(1, 24))
        qty = f"{rng.uniform(8, 600):.1f}"
        product = rng.choice(_PRODUCTS)
        rep_role = rng.choice(t["roles"])
        if rep_role in ("Owner", "Armador", "Armateur", "Operator", "Operador", "Opérateur"):
            rep = vessel.owner or company(rng, "fishing", "en")
        else:
            rep = company(rng, "agent", lang)
        block = PageDraft()
        if style == "table":
            block.add(f"{permit} | {fmt_date(day, 2, lang)} | ").add(vessel.name, "VESSEL_NAME")
            block.add(" | ").add(flag, "FLAG") if flag else block.add(" | -")
            block.add(" | ")
            _ids_cell(rng, vessel, lang, block)
            block.add(" | ").add(ircs or "-", "IRCS" if ircs else None)
            block.add(" | ").add(
                vessel.gross_tonnage or "-", "METRIC_VALUE" if vessel.gross_tonnage else None
            )
            block.add(f" | {place} | {product} | {qty} | ").add(rep, "ASSOC_NAME")
            block.add(" (").add(rep_role, "ASSOC_ROLE").add(")\n")
        else:
            block.line(
                f"{number}. {t['permit']} {permit} — {fmt_date(day, 3, lang)}, "
                f"{t['window']} {rng.randint(6, 18):02d}:00\u2013{rng.randint(19, 23):02d}:00"
            )
            block.add(f"   {t['vessel']}: ").add(vessel.name, "VESSEL_NAME").add(" (")
            block.add(flag_text(rng, flag, lang), "FLAG") if flag else block.add(
                placeholder(rng, lang)
            )
            block.add(")  ")
            _ids_cell(rng, vessel, lang, block)
            if ircs:
                block.add(f"  {t['call']} ").add(ircs, "IRCS")
            block.add("\n")
            block.line(
                f"   {t['loc']}: {place} — {t['supplier']}: {rng.choice(suppliers)} "
                f"(lic. MSL-{rng.randint(10, 99)}/{rng.randint(100, 999)}) — {product} "
                f"{qty} t"
            )
            block.line(
                f"   {t['rep']}: ",
                (rep, "ASSOC_NAME"),
                f" — {t['role']}: ",
                (rep_role, "ASSOC_ROLE"),
                f" — tel. {phone(rng)}",
            )
        if not pager.room(len(block) + 200):
            if pager.full():
                break
            pager.new_page().line(f"{rng.choice(t['title'])} {t['cont']} — {port.name}")
        pager.put(block)
    tail = PageDraft()
    tail.line("")
    tail.line(t["notes"])
    tail.line(f"{person(rng)}, Harbour Master — {fmt_date(first, 0, lang)}")
    pager.put(tail)
    fillers = []
    for _ in range(2):
        note = PageDraft()
        licensed = "; ".join(
            f"{name} (lic. MSL-{rng.randint(10, 99)}/{rng.randint(100, 999)})" for name in suppliers
        )
        law = f"{rng.randint(2, 40)}/{rng.randint(2010, 2024)}"
        note.line(
            f"Suppliers licensed under port bye-law {law}: {licensed}. "
            f"VHF channel {rng.randint(10, 16)}. Emergency: {phone(rng)}."
        )
        fillers.append(note)
    pad_pages(pager.pages, fillers)
    return pager.pages
