"""A first-sale note or landing sales receipt of fish, in English, Spanish or French.

Auction or buyer (unlabelled), seller (the vessel and its owner), landing date and port (the
port's name is not the home port: unlabelled; its UN/LOCODE is PORT_ID), catch area, lines of
species by name and ASFIS code with presentation, weights and prices (hard negatives).
"""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import pick
from ._page import DocumentBuilder, PageBuilder, PageDraft

LAYOUT = "sales_note"

WORDS = {  # title, sale date, landing date, port, buyer, seller, role, vessel, reg no, call sign,
    # flag, gear, area, columns, carried forward, total, VAT line, signature line
    "en": (
        "FIRST SALE NOTE / LANDING SALES RECEIPT",
        "Date of sale",
        "Date of landing",
        "Port of landing",
        "Buyer",
        "Seller",
        "owner",
        "Vessel",
        "Registration no.",
        "Call sign",
        "Flag",
        "Gear",
        "Catch area (FAO)",
        ("Species", "Code", "Present.", "Size", "Net kg", "USD/kg", "Amount"),
        "Carried forward",
        "TOTAL",
        "Auction levy 2% deducted",
        "Auctioneer",
    ),
    "es": (
        "NOTA DE PRIMERA VENTA",
        "Fecha de venta",
        "Fecha de desembarque",
        "Puerto de desembarque",
        "Comprador",
        "Vendedor",
        "armador",
        "Buque",
        "Matrícula / folio",
        "Distintivo de llamada",
        "Pabellón",
        "Arte",
        "Zona de captura FAO",
        ("Especie", "Cód.", "Present.", "Talla", "Kg netos", "EUR/kg", "Importe"),
        "Suma y sigue",
        "TOTAL",
        "Tasa G-4 y tarifa de lonja incluidas",
        "Por la lonja",
    ),
    "fr": (
        "NOTE DE VENTE",
        "Date de vente",
        "Date de débarquement",
        "Port de débarquement",
        "Acheteur",
        "Vendeur",
        "armateur",
        "Navire",
        "Immatriculation",
        "Indicatif d'appel",
        "Pavillon",
        "Engin",
        "Zone de capture FAO",
        ("Espèce", "Code", "Présent.", "Calibre", "Poids net", "EUR/kg", "Montant"),
        "À reporter",
        "TOTAL",
        "Taxe de criée 2 % incluse",
        "Le vendeur en criée",
    ),
}
PRESENTATION = {
    "en": ("WHL", "GUT", "GHT"),
    "es": ("Entero", "Eviscerado", "Descabezado"),
    "fr": ("Entier", "Vidé", "Étêté"),
}


def end_columns(heads: tuple[str, ...]) -> str:
    return f"{heads[4]:>10} {heads[5]:>8} {heads[6]:>12}"


def _number(x: float, lang: str) -> str:
    text = f"{x:,.2f}"
    return text if lang == "en" else text.replace(",", " ").replace(".", ",")


def _lines(b: PageBuilder, rng: random.Random, codes: list[str], lang: str, mode: int) -> float:
    """Sale lines for the species codes (name and code, name only or code only); their amount."""
    col = 2 if lang == "es" else 3 if lang == "fr" else 1
    total = 0.0
    for code in codes:
        species = next(s for s in V.SPECIES if s[0] == code)
        kg, price = rng.uniform(40, 2500), rng.uniform(1.2, 14)
        total += kg * price
        if mode == 2:  # species recorded by code only, in the species column
            b.cell(code, "SPECIES_NAME", 32)
        else:
            b.cell(species[col], "SPECIES_NAME", 26)
            b.cell(code, "SPECIES_NAME", 6) if mode == 0 else b.add(" " * 6)
        b.add(
            f"{rng.choice(PRESENTATION[lang]):<12}{rng.choice(('T1', 'T2', 'T3', '1', '+25')):<6}"
        )
        b.line(f"{_number(kg, lang):>10} {_number(price, lang):>8} {_number(kg * price, lang):>12}")
    return total


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (vessel,) = pick(vessels, rng)
    owner = C.owner_of(vessel, rng)
    port, locode, country, lang = rng.choice(V.LANDING_PORTS)
    lang = rng.choice((lang, lang, "en"))
    words = WORDS[lang]
    buyers = [name for name, bl in V.FISH_BUYERS if bl == lang] or [V.FISH_BUYERS[0][0]]
    hole = rng.choice(("—", "-", "s/n", "n/d") if lang != "en" else V.PLACEHOLDERS)
    style = rng.randrange(6)
    landed = C.some_date(rng)
    pages = rng.choice((1, 1, 2, 3))
    codes = list(V.SPECIES_BY_GEAR.get(vessel.gear, ("YFT", "BET", "SWO")))
    note_no = f"{landed.year}/{rng.randint(1, 99999):06d}"
    doc = DocumentBuilder()
    b = doc.page
    market = {"es": f"LONJA DE {port.upper()}", "fr": f"CRIÉE DE {port.upper()}"}
    b.line(
        rng.choice(buyers).upper()
        if rng.random() < 0.5
        else market.get(lang, f"{port.upper()} FISH MARKET")
    )
    b.line(f"{words[0]}  No. {note_no}")
    b.blank()
    b.line(f"{words[1]}: {C.fmt_date(landed + timedelta(days=rng.randint(0, 1)), style, lang)}")
    b.line(f"{words[2]}: {C.fmt_date(landed, style, lang)}")
    b.line(f"{words[3]}: {port} (", (locode, "PORT_ID"), ")")
    b.line(
        f"{words[4]}: {rng.choice(buyers)}, VAT {rng.choice('ABF')}{rng.randint(10**7, 10**8 - 1)}"
    )
    b.line(
        f"{words[5]}: ",
        (owner.name, "ASSOC_NAME"),
        " (",
        (words[6], "ASSOC_ROLE"),
        "), ",
        (owner.reg_no, "REG_NO"),
    )
    b.add(f"{words[7]}: ", (vessel.name, "VESSEL_NAME"), f"   {words[8]}: ")
    b.line((C.nat_reg_no(rng, vessel.flag), "NATIONAL_REG_NO"))
    if vessel.flag == "ESP":
        b.line("CFR: ", (C.cfr(rng), "EU_CFR"))
    b.add(f"{words[9]}: ", C.ident(vessel.ircs, "IRCS", hole), f"   {words[10]}: ")
    b.line(C.ident(C.flag_text(rng, vessel.flag, lang), "FLAG", hole))
    b.line(
        f"{words[11]}: {C.gear_word(vessel.gear, lang)}   {words[12]}: ",
        (rng.choice(V.FAO_AREAS), "FAO_AREA_CODE"),
    )
    if rng.random() < 0.5:
        b.line(
            "IMO: ",
            C.ident(vessel.imo, "IMO", hole),
            "   MMSI: ",
            C.ident(vessel.mmsi, "MMSI", hole),
        )
    b.blank()
    currency = "EUR" if country in ("ES", "FR", "RE") else "USD"
    heads: tuple[str, ...] = tuple(
        h.replace("EUR", currency).replace("USD", currency) for h in words[13]
    )
    b.line(f"{heads[0]:<26}{heads[1]:<6}{heads[2]:<12}{heads[3]:<6}", end_columns(heads))
    b.line("-" * 82)
    per_page, mode = rng.randint(6, 11), rng.choice((0, 0, 1, 2))
    total = 0.0
    for n in range(1, pages + 1):
        if n > 1:
            b = doc.new_page()
            b.line(f"{words[0]}  No. {note_no}  ({n}/{pages})  - ", (vessel.name, "VESSEL_NAME"))
            b.line("-" * 82)
            b.line(f"{words[14]}: {_number(total, lang):>60}")
        total += _lines(b, rng, sorted(rng.choice(codes) for _ in range(per_page)), lang, mode)
        if n < pages:
            b.line("-" * 82)
            b.line(f"{words[14]}: {_number(total, lang):>60}")
    b.line("-" * 82)
    b.line(f"{words[15]}: {_number(total, lang):>70}")
    b.line(words[16])
    b.blank()
    b.line(f"{words[17]}: ____________  {C.person(rng)}     {words[5]}: ____________")
    return doc.drafts()
