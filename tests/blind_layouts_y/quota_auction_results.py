"""Results of a fishing quota / licence auction: lots, winning bidders, vessels nominated."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    company,
    fmt_date,
    good_imo,
    good_ircs,
    good_mmsi,
    person,
    phone,
    pick,
    pick_species,
    placeholder,
    some_date,
    species_area,
    species_name,
)
from ._page import PageDraft, Pager, pad_pages

LAYOUT = "quota_auction_results"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": (
            "RESULTS OF THE AUCTION OF FISHING QUOTA",
            "AUCTION OF FISHING LICENCES — AWARD OF LOTS",
            "TENDER FOR CATCH ENTITLEMENTS — RESULTS",
        ),
        "held": "Auction held on",
        "ref": "Notice",
        "type": "Authorisation offered",
        "types": (
            "Transferable fishing licence",
            "Individual transferable quota",
            "Fishing licence",
        ),
        "cols": "Lot | Species | Area | Quota (t) | Winning bidder | Reg. No. | Price (USD/t)",
        "nominated": "Vessel nominated",
        "licence": "Licence",
        "valid": "valid",
        "unsold": "No valid bid — lot withdrawn",
        "bidder": "Winning bidder",
        "price": "Price",
        "quota": "Quota",
        "area": "Area",
        "sp": "Species",
        "lot": "Lot",
        "notes": "Awardees must pay the balance within {n} working days and lodge a "
        "performance guarantee of {pct}% (account {acct}). Appeals within 10 days.",
        "cont": "(continued)",
    },
    "es": {
        "title": (
            "RESULTADOS DE LA SUBASTA DE CUOTAS DE CAPTURA",
            "LICITACIÓN DE LICENCIAS TRANSABLES DE PESCA — ADJUDICACIÓN",
            "ACTA DE ADJUDICACIÓN — SUBASTA PÚBLICA DE CUOTA",
        ),
        "held": "Subasta celebrada el",
        "ref": "Resolución",
        "type": "Título subastado",
        "types": (
            "Licencia transable de pesca clase B",
            "Cuota individual transferible",
            "Permiso de pesca",
        ),
        "cols": "Lote | Especie | Área | Cuota (t) | Adjudicatario | RUT | Precio (USD/t)",
        "nominated": "Buque designado",
        "licence": "Licencia",
        "valid": "vigencia",
        "unsold": "Desierto — sin ofertas válidas",
        "bidder": "Adjudicatario",
        "price": "Precio",
        "quota": "Cuota",
        "area": "Área",
        "sp": "Especie",
        "lot": "Lote",
        "notes": "Los adjudicatarios deberán pagar el saldo en {n} días hábiles y constituir "
        "una garantía de fiel cumplimiento del {pct} % (cuenta {acct}). Recursos en 10 días.",
        "cont": "(continuación)",
    },
    "fr": {
        "title": (
            "RÉSULTATS DE LA VENTE AUX ENCHÈRES DES QUOTAS DE PÊCHE",
            "ADJUDICATION DES LICENCES DE PÊCHE — RÉSULTATS",
        ),
        "held": "Enchères tenues le",
        "ref": "Avis",
        "type": "Titre proposé",
        "types": ("Licence de pêche", "Quota individuel transférable", "Autorisation de pêche"),
        "cols": "Lot | Espèce | Zone | Quota (t) | Adjudicataire | SIREN | Prix (USD/t)",
        "nominated": "Navire désigné",
        "licence": "Licence",
        "valid": "validité",
        "unsold": "Infructueux — aucune offre recevable",
        "bidder": "Adjudicataire",
        "price": "Prix",
        "quota": "Quota",
        "area": "Zone",
        "sp": "Espèce",
        "lot": "Lot",
        "notes": "Les adjudicataires versent le solde sous {n} jours ouvrés et constituent une "
        "garantie de bonne exécution de {pct} % (compte {acct}). Recours sous 10 jours.",
        "cont": "(suite)",
    },
}


def _number(value: float, digits: int, lang: str) -> str:
    text = f"{value:,.{digits}f}"
    if lang == "es":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "fr":
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def _reg_no(rng: random.Random, lang: str) -> str:
    if lang == "es":
        body = f"{rng.randint(76, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
        return f"{body}-{rng.choice('0123456789K')}"
    if lang == "fr":
        return f"{rng.randint(300, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return f"{rng.randint(10**6, 10**7 - 1):08d}"


def _ident(rng: random.Random, vessel: Vessel, lang: str, block: PageDraft) -> None:
    if ircs := good_ircs(vessel):
        block.add(" (").add(ircs, "IRCS").add(")")
    elif imo := good_imo(vessel):
        block.add(" (IMO ").add(imo, "IMO").add(")")
    elif mmsi := good_mmsi(vessel):
        block.add(" (MMSI ").add(mmsi, "MMSI").add(")")
    else:
        block.add(f" ({placeholder(rng, lang)})")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "es", "es", "fr"))
    t = _T[lang]
    held = some_date(rng)
    start = date(held.year + 1, 1, 1)
    end = date(held.year + rng.choice((1, 5, 10)), 12, 31)
    fleet = pick(rng, vessels, rng.randint(3, 10))
    pool = rng.choice(
        (
            ("CJM", "MAS", "GIS"),
            ("SQA", "TOP"),
            ("YFT", "BET", "SKJ", "ALB"),
            ("SWO", "BSH", "ALB"),
            ("OFJ", "SAP", "MAS"),
        )
    )
    style = rng.choice(("table", "blocks"))
    prefix = rng.choice(("LTP-B", "ITQ", "LP", "AUT"))
    pager = Pager(budget=2400, max_pages=3)
    head = PageDraft()
    head.line(rng.choice(t["title"]))
    head.line(
        f"{t['ref']} {rng.randint(1, 3000)}/{held.year} — {t['held']} "
        f"{fmt_date(held, rng.choice((1, 3)), lang)} — tel. {phone(rng)}"
    )
    auth = rng.choice(t["types"])
    head.line(
        f"{t['type']}: ",
        (auth, "AUTH_TYPE"),
        f" — {t['valid']} ",
        (fmt_date(start, 1, lang), "START_DATE"),
        " \u2013 ",
        (fmt_date(end, 1, lang), "END_DATE"),
    )
    head.line("")
    if style == "table":
        head.line(t["cols"])
        head.line("-" * 96)
    pager.put(head)
    for lot in range(1, rng.randint(5, 14)):
        sp = pick_species(rng, pool)
        area = species_area(rng, sp[0])
        quota = _number(rng.uniform(20, 4000), 1, lang)
        block = PageDraft()
        sold = rng.random() < 0.85
        vessel = rng.choice(fleet)
        bidder = (
            vessel.owner if vessel.owner and rng.random() < 0.6 else company(rng, "fishing", lang)
        )
        price = _number(rng.uniform(40, 2600), 2, lang)
        licence = f"{prefix}-{start.year}-{lot:03d}"
        if style == "table":
            block.add(f"{lot:02d} | ").add(sp[0], "SPECIES_NAME").add(" ")
            block.add(species_name(sp, lang), "SPECIES_NAME").add(" | ").add(area, "FAO_AREA_CODE")
            block.add(f" | {quota} | ")
            if sold:
                block.add(bidder, "ASSOC_NAME").add(" | ").add(_reg_no(rng, lang), "REG_NO")
                block.add(f" | {price}\n")
                block.add(f"     → {t['nominated']}: ").add(vessel.name, "VESSEL_NAME")
                _ident(rng, vessel, lang, block)
                block.add(f"; {t['licence']} ").add(licence, "LICENSE_NO").add("\n")
            else:
                block.add(f"{t['unsold']} | — | —\n")
        else:
            block.add(f"{t['lot']} {lot}. {t['sp']}: ").add(species_name(sp, lang), "SPECIES_NAME")
            block.add(" (").add(sp[0], "SPECIES_NAME").add(f") — {t['area']} FAO ")
            block.add(area, "FAO_AREA_CODE").add(f" — {t['quota']}: {quota} t\n")
            if sold:
                block.add(f"   {t['bidder']}: ").add(bidder, "ASSOC_NAME").add(" (")
                block.add(_reg_no(rng, lang), "REG_NO").add(f") — {t['price']}: USD {price}/t\n")
                block.add(f"   {t['nominated']}: ").add(vessel.name, "VESSEL_NAME")
                _ident(rng, vessel, lang, block)
                block.add(f" — {t['licence']} ").add(licence, "LICENSE_NO")
                if rng.random() < 0.4:
                    block.add(f", {t['valid']} ").add(fmt_date(start, 0, lang), "START_DATE")
                    block.add(" / ").add(fmt_date(end, 0, lang), "END_DATE")
                block.add("\n")
            else:
                block.line(f"   {t['unsold']}")
        if not pager.room(len(block) + 300):
            if pager.full():
                break
            page = pager.new_page()
            page.line(f"{rng.choice(t['title'])} {t['cont']}")
            if style == "table":
                page.line(t["cols"])
        pager.put(block)
    tail = PageDraft()
    tail.line("")
    acct = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}"
    tail.line(t["notes"].format(n=rng.choice((10, 15, 30)), pct=rng.choice((5, 10)), acct=acct))
    tail.line(f"{person(rng)} — {fmt_date(held + timedelta(days=rng.randint(1, 10)), 0, lang)}")
    pager.put(tail)
    fillers = []
    for _ in range(3):
        note = PageDraft()
        note.line(
            f"Bids received: {rng.randint(8, 90)}; bidders admitted: {rng.randint(4, 30)}; "
            f"reserve price USD {rng.randint(30, 900)}.00/t; total proceeds USD "
            f"{rng.randint(1, 90)},{rng.randint(100, 999)},{rng.randint(100, 999)}. "
            f"Minutes signed by the auction committee (quorum {rng.randint(3, 7)})."
        )
        fillers.append(note)
    pad_pages(pager.pages, fillers)
    return pager.pages
