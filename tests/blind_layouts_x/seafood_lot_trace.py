"""A seafood lot's export carton label or traceability record: lot number, catching vessels,
catch area, species, licences, transhipment, landing port, processing plant and shipment
references (en / es / fr)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    Species,
    country,
    fao_codes,
    fill_to,
    flag_text,
    fmt_date,
    footer,
    mid_rows,
    pick,
    placeholder,
    rand_date,
    species,
    stable,
)
from ._page import PageDraft
from ._vocab import AREA_RFMO, PLANTS, PORTS

LAYOUT = "seafood_lot_trace"

GEAR = {
    "DRIFTING_LONGLINES": ("Drifting longlines", "Palangre de superficie", "Palangre dérivante"),
    "TRAWLERS": ("Bottom otter trawls", "Arrastre de fondo", "Chalut de fond"),
    "SQUID_JIGGER": ("Jigging lines", "Poteras", "Turluttes"),
    "TUNA_PURSE_SEINES": ("Purse seines", "Red de cerco", "Senne coulissante"),
    "POLE_AND_LINE": ("Pole-lines", "Caña", "Canne"),
}
PRODUCTS = {
    "en": (
        "FROZEN {sp} LOINS, SKINLESS BONELESS",
        "FROZEN WHOLE ROUND {sp}",
        "FROZEN {sp} STEAKS, VACUUM PACKED",
    ),
    "es": ("LOMOS DE {sp} CONGELADOS", "{sp} ENTERO CONGELADO", "RODAJAS DE {sp} CONGELADAS"),
    "fr": ("LONGES DE {sp} CONGELÉES", "{sp} ENTIER CONGELÉ", "DARNES DE {sp} SURGELÉES"),
}

PRODUCT_TYPES = {
    "en": ("frozen loins", "whole round, frozen", "steaks, vacuum packed", "fillets, IQF"),
    "es": ("lomos congelados", "entero congelado", "rodajas envasadas al vacío"),
    "fr": ("longes congelées", "entier congelé", "darnes sous vide"),
}


def _licence(ident: Ident) -> str:
    rng = stable(ident, "licence")
    code = next((i2 for _, i2, i3, _ in mid_rows() if i3 == ident.flag), "XX")
    return (
        f"{code}-{rng.choice(('LL', 'PS', 'TR', 'SJ'))}-{rng.randint(2019, 2025)}-"
        f"{rng.randint(1, 9999):04d}"
    )


def _rfmo_id(ident: Ident, rfmo: str) -> str:
    rng = stable(ident, "rfmo-" + rfmo)
    if rfmo == "IOTC":
        return f"IOTC{rng.randint(1, 20000):06d}"
    if rfmo == "ICCAT":
        return f"AT000{ident.flag or 'XXX'}{rng.randint(1, 99999):05d}"
    return str(rng.randint(1000, 99999))


def _area_code(area: str, rng: random.Random) -> str:
    subs = [c for c in fao_codes() if c.startswith(area + ".")]
    return rng.choice(subs) if subs and rng.random() < 0.4 else area


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    area, rfmo, codes = rng.choice(AREA_RFMO)
    fish = rng.choice([s for s in species() if s.code in codes] or list(species()))
    lot = f"L{rng.randint(20, 26)}{rng.randint(1, 365):03d}-{rng.randint(1, 99):02d}"
    produced = rand_date(rng)
    if rng.random() < 0.4:
        page = PageDraft()
        (vessel,) = pick(vessels, rng, 1)
        _label(page, lang, rng, fish, area, vessel, lot, produced)
        fill_to(page, lang, rng)
        return [page]
    catchers = pick(vessels, rng, rng.randint(1, 4))
    carrier = pick(
        [v for v in vessels if v.name not in {c.name for c in catchers}] or vessels, rng, 1
    )[0]
    pages = [PageDraft()]
    _record_head(pages[0], lang, rng, fish, lot, produced)
    catch = PageDraft()
    _catch_table(catch, lang, rng, catchers, area, rfmo, produced)
    if pages[-1].room(len(catch), 2500):
        pages[-1].extend(catch)
    else:
        pages.append(catch)
    chain = PageDraft()
    _chain(chain, lang, rng, carrier, produced)
    if pages[-1].room(len(chain), 2800) and rng.random() < 0.6:
        pages[-1].extend(chain)
    else:
        pages.append(chain)
    for p in pages:
        fill_to(p, lang, rng)
    return footer(pages, lang, lot)


def _sp(page: PageDraft, fish: Species, lang: str) -> None:
    name = {"en": fish.en, "es": fish.es, "fr": fish.fr}[lang]
    page.val(name, "SPECIES_NAME").add(" (").val(fish.sci, "SPECIES_NAME").add(") - ")
    page.val(fish.code, "SPECIES_NAME")


def _label(
    page: PageDraft,
    lang: str,
    rng: random.Random,
    fish: Species,
    area: str,
    vessel: Ident,
    lot: str,
    produced: dt.date,
) -> None:
    i = {"en": 0, "es": 1, "fr": 2}[lang]
    name = {"en": fish.en, "es": fish.es, "fr": fish.fr}[lang]
    before, _, after = rng.choice(PRODUCTS[lang]).partition("{sp}")
    page.add(before).val(name.upper(), "SPECIES_NAME").line(after)
    other = "fr" if lang != "fr" else "es"
    page.add("/ ").val({"en": fish.en, "es": fish.es, "fr": fish.fr}[other], "SPECIES_NAME")
    page.nl().nl()
    keys = (
        ("Species", "Especie", "Espèce"),
        ("Catch area", "Zona de captura", "Zone de capture"),
        ("Fishing gear", "Arte de pesca", "Engin de pêche"),
        ("Catching vessel", "Buque pesquero", "Navire de pêche"),
        ("Fishing licence No.", "N.º licencia de pesca", "N° licence de pêche"),
        ("Lot No.", "Lote", "N° de lot"),
        ("Net weight", "Peso neto", "Poids net"),
    )
    page.add(keys[0][i] + ": ")
    _sp(page, fish, lang)
    page.nl().add(keys[1][i] + ": FAO ").val(_area_code(area, rng), "FAO_AREA_CODE").nl()
    gear = GEAR.get(vessel.vessel.gear or "", GEAR["DRIFTING_LONGLINES"])[i]
    page.line(keys[2][i] + ": " + gear)
    page.add(keys[3][i] + ": ").val(vessel.name, "VESSEL_NAME")
    if vessel.flag:
        page.add(" (").val(flag_text(vessel.flag, lang, rng), "FLAG").add(")")
    if vessel.imo:
        page.add("  IMO ").val(vessel.imo, "IMO")
    elif vessel.ircs:
        page.add(
            "  "
            + ("Call sign " if lang == "en" else "Indicatif " if lang == "fr" else "Distintivo ")
        ).val(vessel.ircs, "IRCS")
    page.nl().add(keys[4][i] + ": ").val(_licence(vessel), "LICENSE_NO").nl()
    page.line(f"{keys[5][i]}: {lot}")
    page.line(f"{keys[6][i]}: {rng.choice(('10.00', '20.00', '22.68', '25.00'))} kg")
    best = produced + dt.timedelta(days=730)
    page.line(
        {
            "en": f"Production date: {fmt_date(produced, 'dmy')}   Best before: "
            f"{fmt_date(best, 'dmy')}",
            "es": f"Fecha de producción: {fmt_date(produced, 'dmy')}   Consumir "
            f"preferentemente antes de: {fmt_date(best, 'dmy')}",
            "fr": f"Date de production : {fmt_date(produced, 'dot')}   À consommer de "
            f"préférence avant : {fmt_date(best, 'dot')}",
        }[lang]
    )
    plant = rng.choice(PLANTS)
    page.line(
        f"{plant} - EC approval {rng.choice(('ES', 'FR', 'MU', 'EC'))} "
        f"{rng.randint(10, 40)}.{rng.randint(1000, 9999)}/PO CE"
    )
    page.line(
        f"GTIN (01)0{rng.randint(100000000000, 999999999999)}  "
        f"(10){lot}  (15){produced.strftime('%y%m%d')}"
    )
    page.line(
        {
            "en": "Keep frozen at -18 °C or below. Do not refreeze once thawed.",
            "es": "Conservar congelado a -18 °C o inferior. No volver a congelar.",
            "fr": "À conserver à -18 °C ou moins. Ne jamais recongeler un produit décongelé.",
        }[lang]
    )


def _record_head(
    page: PageDraft, lang: str, rng: random.Random, fish: Species, lot: str, produced: dt.date
) -> None:
    page.line(
        {
            "en": "LOT TRACEABILITY RECORD",
            "es": "REGISTRO DE TRAZABILIDAD DEL LOTE",
            "fr": "FICHE DE TRAÇABILITÉ DU LOT",
        }[lang]
    )
    page.line(
        f"{rng.choice(PLANTS)} - {({'en': 'Record No.', 'es': 'N.º'}).get(lang, 'N°')} "
        f"TR-{produced.year}-{rng.randint(1, 99999):05d}"
    ).nl()
    page.line(
        f"{'Lot' if lang != 'es' else 'Lote'}: {lot}    "
        f"{'Product' if lang == 'en' else 'Producto' if lang == 'es' else 'Produit'}: "
        f"{rng.choice(PRODUCT_TYPES[lang])}"
    )
    page.add({"en": "Species: ", "es": "Especie: ", "fr": "Espèce : "}[lang])
    _sp(page, fish, lang)
    page.nl()
    page.line(
        f"{({'en': 'Total net weight', 'es': 'Peso neto total'}).get(lang, 'Poids net total')}: "
        f"{rng.randint(800, 24000):,} kg in {rng.randint(40, 1200)} cartons"
    ).nl()


def _catch_table(
    page: PageDraft,
    lang: str,
    rng: random.Random,
    catchers: list[Ident],
    area: str,
    rfmo: str,
    produced: dt.date,
) -> None:
    page.line({"en": "1. CATCH", "es": "1. CAPTURA", "fr": "1. CAPTURE"}[lang])
    page.line(
        {
            "en": "Vessel | Flag | IMO / Call sign | Licence | RFMO | RFMO No. | FAO area | Trip "
            "| kg",
            "es": "Buque | Bandera | OMI / Distintivo | Licencia | OROP | N.º OROP | Zona FAO | "
            "Marea | kg",
            "fr": "Navire | Pavillon | OMI / Indicatif | Licence | ORGP | N° ORGP | Zone FAO | "
            "Marée | kg",
        }[lang]
    )
    for ident in catchers:
        page.val(ident.name, "VESSEL_NAME").add(" | ")
        if ident.flag:
            page.val(flag_text(ident.flag, lang, rng), "FLAG")
        else:
            page.add(placeholder(lang, rng))
        page.add(" | ")
        if ident.imo:
            page.val(ident.imo, "IMO")
        elif ident.ircs:
            page.val(ident.ircs, "IRCS")
        else:
            page.add(placeholder(lang, rng))
        page.add(" | ").val(_licence(ident), "LICENSE_NO").add(" | ").val(rfmo, "RFMO_CODE")
        page.add(" | ").val(_rfmo_id(ident, rfmo), "RFMO_ID").add(" | ")
        page.val(_area_code(area, rng), "FAO_AREA_CODE")
        start = produced - dt.timedelta(days=rng.randint(40, 200))
        end = start + dt.timedelta(days=rng.randint(20, 90))
        page.line(
            f" | {fmt_date(start, 'dmy')}-{fmt_date(end, 'dmy')} | {rng.randint(500, 9000):,}"
        )


def _chain(
    page: PageDraft, lang: str, rng: random.Random, carrier: Ident, produced: dt.date
) -> None:
    port, locode, port_country = rng.choice(PORTS)
    en, es = lang == "en", lang == "es"
    page.nl().line("2. TRANSHIPMENT" if en else "2. TRANSBORDO" if es else "2. TRANSBORDEMENT")
    page.add(
        "Carrier vessel: " if en else "Buque de transporte: " if es else "Navire transporteur : "
    )
    page.val(carrier.name, "VESSEL_NAME")
    if carrier.imo:
        page.add(", IMO ").val(carrier.imo, "IMO")
    if carrier.mmsi:
        page.add(", MMSI ").val(carrier.mmsi, "MMSI")
    if carrier.flag:
        page.add(", " + ("flag " if en else "bandera " if es else "pavillon "))
        page.val(flag_text(carrier.flag, lang, rng), "FLAG")
    page.nl()
    day = produced - dt.timedelta(days=rng.randint(20, 40))
    page.line(
        ("Declaration No. " if en else "Declaración n.º " if es else "Déclaration n° ")
        + f"TD-{day.year}-{rng.randint(1, 9999):04d}, {fmt_date(day, 'dmy')}, "
        + ("at sea " if en else "en el mar " if es else "en mer ")
        + f"{rng.randint(0, 40)}°{rng.randint(0, 59):02d}'S "
        + f"{rng.randint(40, 170)}°{rng.randint(0, 59):02d}'E"
    )
    page.nl().line("3. LANDING" if en else "3. DESEMBARQUE" if es else "3. DÉBARQUEMENT")
    page.add(("Port: " if en else "Puerto: " if es else "Port : ") + port + " (")
    page.val(locode, "PORT_ID").add(") - " + (country(port_country, lang) or port_country))
    page.line(f", {fmt_date(day + dt.timedelta(days=rng.randint(5, 15)), 'dmy')}")
    page.nl().line(
        "4. PROCESSING AND EXPORT"
        if en
        else "4. TRANSFORMACIÓN Y EXPORTACIÓN"
        if es
        else "4. TRANSFORMATION ET EXPORTATION"
    )
    page.line(
        f"{rng.choice(PLANTS)}, approval {rng.randint(100, 9999)}; production "
        f"{fmt_date(produced, 'dmy')}"
    )
    page.line(
        f"Container {rng.choice(('MSCU', 'MAEU', 'CMAU', 'HLXU'))}{rng.randint(1000000, 9999999)}"
        f"  B/L {rng.randint(100000000, 999999999)}"
        f"  HS {rng.choice(('0304.87', '0303.42', '0307.43'))}"
        f"  Health cert. {rng.randint(10000, 99999)}/{produced.year}"
    )
