"""A court's or port authority's notice of the public auction of an arrested or abandoned
fishing vessel, in English, Spanish or French. Case references, prices, deposits and viewing
dates are hard negatives; the last owner is an associate."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import Profile, pick
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "auction_sale_notice"


def _fields(text: str) -> list[str]:
    return text.split("|")


_WORDS = {  # title|vessel|flag|call sign|built|lying|minimum|viewing|owner
    "en": _fields(
        "NOTICE OF SALE BY PUBLIC AUCTION|the fishing vessel|flag|call sign|built|now lying at"
        "|Reserve price|Viewing|Last registered owner"
    ),
    "es": _fields(
        "EDICTO DE SUBASTA PÚBLICA|el buque pesquero|bandera|distintivo de llamada|construido en"
        "|actualmente atracado en|Precio mínimo|Visitas|Último propietario registrado"
    ),
    "fr": _fields(
        "AVIS DE VENTE AUX ENCHÈRES PUBLIQUES|navire de pêche|pavillon|indicatif d'appel"
        "|construit en|actuellement à quai à|Mise à prix|Visites|Dernier propriétaire inscrit"
    ),
}
_HEADS = {
    "en": _fields(
        "SCHEDULE - PARTICULARS OF THE VESSEL|Name|Former name|Type|Flag|Call sign"
        "|Port of registry|Gross tonnage|Length overall|Main engine|Year of build|Builder"
        "|Country of build|Inventory"
    ),
    "es": _fields(
        "ANEXO - CARACTERÍSTICAS DEL BUQUE|Nombre|Nombre anterior|Tipo|Bandera"
        "|Distintivo de llamada|Puerto de matrícula|Arqueo bruto|Eslora total|Motor principal"
        "|Año de construcción|Astillero|País de construcción|Inventario"
    ),
    "fr": _fields(
        "ANNEXE - CARACTÉRISTIQUES DU NAVIRE|Nom|Ancien nom|Type|Pavillon|Indicatif d'appel"
        "|Port d'attache|Jauge brute|Longueur hors tout|Moteur principal|Année de construction"
        "|Chantier|Pays de construction|Inventaire"
    ),
}
_PORTS = {
    "en": ("Cape Town", "Walvis Bay", "Port Louis", "Suva", "Singapore", "Port Victoria", "Busan"),
    "es": ("Las Palmas", "Montevideo", "Callao", "Mar del Plata", "Punta Arenas"),
    "fr": ("Dakar", "Abidjan", "Papeete", "Port Louis"),
}
_AUTHORITY = {  # (heading, case reference, opening words)
    "en": (
        (
            "IN THE HIGH COURT - ADMIRALTY DIVISION",
            "Admiralty action in rem No.",
            "Notice is hereby given that, pursuant to an order for sale, the Sheriff will sell",
        ),
        (
            "PORT AUTHORITY - OFFICE OF THE HARBOUR MASTER",
            "Abandoned vessel file No.",
            "Notice is hereby given that the Port Authority will sell by public auction",
        ),
    ),
    "es": (
        (
            "AUTORIDAD PORTUARIA - SECRETARÍA GENERAL",
            "Expediente de abandono nº",
            "Se hace saber que, declarado el abandono, se sacará a subasta pública",
        ),
        (
            "JUZGADO DE LO MERCANTIL Nº 2 - SECCIÓN MARÍTIMA",
            "Procedimiento de ejecución nº",
            "Se hace saber que, en cumplimiento de la resolución dictada, se sacará a subasta",
        ),
    ),
    "fr": (
        (
            "TRIBUNAL DE COMMERCE - GREFFE",
            "Procédure de saisie conservatoire n°",
            "Il est porté à la connaissance du public qu'il sera procédé à la vente forcée du",
        ),
        (
            "GRAND PORT MARITIME - CAPITAINERIE",
            "Dossier navire abandonné n°",
            "Il est porté à la connaissance du public qu'il sera procédé à la vente du",
        ),
    ),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    p = pick(vessels, rng)
    lang = rng.choice(("en", "en", "es", "fr"))
    port, locode = rng.choice([port for port in v.PORTS if port[0] in _PORTS[lang]])
    pages = [_notice(p, lang, port, locode, rng)]
    if rng.random() < 0.6:
        pages.append(_particulars(p, lang, rng))
    return pages


def _notice(p: Profile, lang: str, port: str, locode: str, rng: random.Random) -> PageDraft:
    w = _WORDS[lang]
    b = PageBuilder()
    style = c.date_style(rng, lang)
    heading, case, opening = rng.choice(_AUTHORITY[lang])
    b.line(heading)
    b.line(port.upper())
    b.blank()
    b.line(f"{case} {rng.randint(1, 480)}/{rng.randint(2022, 2025)}")
    b.blank()
    b.line(w[0].center(64).rstrip())
    b.blank()
    text: list[Piece] = [f'{opening} {w[1]} "', (p.name, "VESSEL_NAME"), '"']
    flag = c.country(p.flag, lang, rng if lang == "en" else None)
    if flag:
        text += [f", {w[2]} ", (flag, "FLAG")]
    if p.imo:
        text += [", IMO ", (p.imo, "IMO")]
    if p.ircs:
        text += [f", {w[3]} ", (p.ircs, "IRCS")]
    if p.mmsi and rng.random() < 0.6:
        text += [", MMSI ", (p.mmsi, "MMSI")]
    if p.build_year:
        text += [f", {w[4]} ", (p.build_year, "BUILD_YEAR")]
    text += [f", {w[5]} {port}"]
    if rng.random() < 0.5:
        text += [" (", (locode, "PORT_ID"), ")"]
    b.para(*text, ".", width=rng.choice((72, 78, 84)))
    b.blank()
    owner = c.owner(p, rng)
    b.line(f"{w[8]}: ", (owner.name, "ASSOC_NAME"))
    c.address_lines(b, owner, rng, lang, indent="    ")
    b.blank()
    day = c.later(c.some_day(rng), rng, 20, 60)
    currency = rng.choice(("USD", "EUR"))
    when = c.date_text(day, style, lang)
    sale = {
        "en": f"Date of auction: {when} at 10:00 hrs, Auction Hall, Berth {rng.randint(2, 30)}.",
        "es": f"Fecha de la subasta: {when}, a las 10:00 horas, en la sede del organismo.",
        "fr": f"Date de la vente : {when} à 10 h 00, salle des ventes de la capitainerie.",
    }[lang]
    b.line(sale)
    price = rng.randint(60, 1900) * 1000
    b.line(f"{w[6]}: {currency} {c.money(price, 0 if lang == 'en' else 1)}")
    deposit = {"en": "Deposit (10%)", "es": "Depósito (10 %)", "fr": "Consignation (10 %)"}[lang]
    b.line(f"{deposit}: {currency} {c.money(price / 10, 0 if lang == 'en' else 1)}")
    view = c.later(day, rng, -15, -5)
    until = c.date_text(c.later(view, rng, 1, 4), style, lang)
    b.line(f"{w[7]}: {c.date_text(view, style, lang)} - {until}, 09:00-15:00")
    b.blank()
    terms = {
        "en": (
            "The vessel is sold as is, where is, free of all liens and encumbrances.",
            "Bids in sealed envelopes marked with the case number; the highest bid above the",
            "reserve will be accepted subject to confirmation by the selling authority.",
            "Inventory, class records and certificates may be inspected at the Registry.",
        ),
        "es": (
            "El buque se vende en el estado en que se encuentra, libre de cargas y gravámenes.",
            "Las ofertas se presentarán en sobre cerrado indicando el número de expediente.",
            "La adjudicación se hará al mejor postor por encima del precio mínimo.",
            "El inventario y los certificados pueden consultarse en la Secretaría General.",
        ),
        "fr": (
            "Le navire est vendu en l'état, libre de tous privilèges et hypothèques.",
            "Les offres sont remises sous pli fermé portant le numéro de la procédure.",
            "L'adjudication est prononcée au plus offrant au-dessus de la mise à prix.",
            "L'inventaire et les titres de navigation peuvent être consultés au greffe.",
        ),
    }[lang]
    for sentence in terms:
        b.line(sentence)
    b.blank()
    b.line(f"{port}, {c.date_text(c.later(day, rng, -50, -25), style, lang)}")
    b.line(rng.choice(v.OFFICIALS))
    return b.draft()


def _particulars(p: Profile, lang: str, rng: random.Random) -> PageDraft:
    b = PageBuilder()
    heads = _HEADS[lang]
    b.line(heads[0])
    b.rule()
    w = 24
    b.kv(heads[1], (p.name, "VESSEL_NAME"), width=w)
    if p.former_name:
        b.kv(heads[2], (p.former_name, "NAME_CHANGE"), width=w)
    b.kv(heads[3], c.gear_word(p, lang), width=w)
    flag = c.country(p.flag, lang)
    b.kv(heads[4], (flag, "FLAG") if flag else "-", width=w)
    b.kv(heads[5], c.ident(p.ircs, "IRCS", "-"), width=w)
    b.kv("IMO", c.ident(p.imo, "IMO", "-"), width=w)
    b.kv("MMSI", c.ident(p.mmsi, "MMSI", "-"), width=w)
    port = c.home_port(p, rng)
    b.kv(heads[6], (port, "HOME_PORT") if port else "-", width=w)
    local = (lambda x: x) if lang == "en" else c.french_number
    gt, length = p.gross_tonnage, p.length_m
    c.metric(b, heads[7], local(gt) if gt else None, "GT", "-", width=w)
    c.metric(b, heads[8], local(length) if length else None, "m", "-", width=w)
    power = str(rng.randint(6, 30) * 100)
    c.metric(b, heads[9], power, rng.choice(("kW", "HP")), width=w)
    b.kv(heads[10], (p.build_year, "BUILD_YEAR") if p.build_year else "-", width=w)
    built_in, yard = c.builder(p, rng)
    b.kv(heads[11], (yard, "BUILDER_LOCATION"), width=w)
    b.kv(heads[12], (c.country(built_in, lang), "BUILD_COUNTRY"), width=w)
    b.blank()
    notes = {
        "en": (
            "Main engine out of service since arrest; generators operational.",
            "Fish holds empty; refrigeration plant not tested. Nets and lines on board.",
            "Certificates expired; no class maintained. Buyers must arrange towage.",
        ),
        "es": (
            "Motor principal fuera de servicio desde el embargo; grupos auxiliares operativos.",
            "Bodegas vacías; planta frigorífica sin probar. Artes de pesca a bordo.",
            "Certificados caducados; sin clase. El adjudicatario asumirá el remolque.",
        ),
        "fr": (
            "Moteur principal hors service depuis la saisie ; groupes auxiliaires en état.",
            "Cales vides ; installation frigorifique non essayée. Engins de pêche à bord.",
            "Titres de sécurité expirés ; pas de classe. Remorquage à la charge de l'acquéreur.",
        ),
    }[lang]
    b.line(f"{heads[13]}:")
    for note in notes:
        b.line(f"  - {note}")
    b.blank()
    account = {
        "en": "Deposit account",
        "es": "Cuenta de consignaciones",
        "fr": "Compte de consignation",
    }
    iban = {"en": "GB", "es": "ES", "fr": "FR"}[lang]
    digits = " ".join(str(rng.randint(1000, 9999)) for _ in range(4))
    b.line(f"{account[lang]}: IBAN {iban}{rng.randint(10, 99)} {digits} {rng.randint(10, 99)}")
    return b.draft()
