"""A port reception facility's waste delivery receipt (MARPOL Annex V garbage, sometimes Annex
I oily waste) for a fishing vessel: the IMO standard receipt in English, Spanish or French, or
a waste contractor's delivery ticket."""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "garbage_delivery_receipt"

_F: dict[str, dict[str, Any]] = {
    "en": {
        "title": "WASTE DELIVERY RECEIPT",
        "sub": "(MEPC.1/Circ.834/Rev.1, Appendix 3)",
        "no": "Receipt No.",
        "s1": "1. RECEPTION FACILITY AND PORT DETAILS",
        "loc": "1.1 Location/Terminal name",
        "prov": "1.2 Reception facility provider(s)",
        "treat": "1.3 Treatment facility provider(s)",
        "time": "1.4 Waste discharge date and time  from",
        "to": "to",
        "s2": "2. SHIP DETAILS",
        "name": "2.1 Name of ship",
        "imo": "2.2 IMO number",
        "gt": "Gross tonnage",
        "type": "2.4 Type of ship",
        "types": "Oil tanker [ ]  Bulk carrier [ ]  Container [ ]  Passenger [ ]  Other [X]",
        "fv": "Fishing vessel",
        "owner": "2.5 Owner or operator",
        "cs": "2.6 Distinctive number or letters",
        "flag": "2.7 Flag State",
        "s3": "3. TYPE AND AMOUNT OF WASTE RECEIVED",
        "annex1": "MARPOL Annex I - Oil",
        "annex5": "MARPOL Annex V - Garbage",
        "cats": (
            "A. Plastics",
            "B. Food wastes",
            "C. Domestic wastes",
            "D. Cooking oil",
            "E. Incinerator ashes",
            "F. Operational wastes",
            "H. Fishing gear",
            "I. E-waste",
        ),
        "oil": ("Oily bilge water", "Oily residues (sludge)"),
        "confirm": "On behalf of the port facility I confirm that the above wastes have been "
        "delivered.",
        "sign": "Signature",
        "fullname": "Full name and company stamp",
    },
    "es": {
        "title": "RECIBO DE ENTREGA DE DESECHOS",
        "sub": "(Directiva (UE) 2019/883, anexo 3)",
        "no": "N.º de recibo",
        "s1": "1. INSTALACIÓN PORTUARIA RECEPTORA Y DATOS DEL PUERTO",
        "loc": "1.1 Ubicación/nombre de la terminal",
        "prov": "1.2 Prestador(es) del servicio de recepción",
        "treat": "1.3 Prestador(es) del servicio de tratamiento",
        "time": "1.4 Fecha y hora de la descarga  desde",
        "to": "hasta",
        "s2": "2. DATOS DEL BUQUE",
        "name": "2.1 Nombre del buque",
        "imo": "2.2 Número IMO",
        "gt": "Arqueo bruto",
        "type": "2.4 Tipo de buque",
        "types": "Petrolero [ ]  Granelero [ ]  Portacontenedores [ ]  Pasaje [ ]  Otro [X]",
        "fv": "Buque pesquero",
        "owner": "2.5 Propietario o armador",
        "cs": "2.6 Número o letras distintivos",
        "flag": "2.7 Estado de abanderamiento",
        "s3": "3. TIPO Y CANTIDAD DE DESECHOS RECIBIDOS",
        "annex1": "MARPOL anexo I - Hidrocarburos",
        "annex5": "MARPOL anexo V - Basuras",
        "cats": (
            "A. Plásticos",
            "B. Desechos de alimentos",
            "C. Desechos domésticos",
            "D. Aceite de cocina",
            "E. Cenizas de incinerador",
            "F. Desechos operacionales",
            "H. Artes de pesca",
            "I. Residuos electrónicos",
        ),
        "oil": ("Aguas oleosas de sentina", "Residuos oleosos (fangos)"),
        "confirm": "En nombre de la instalación portuaria, confirmo que los desechos arriba "
        "indicados han sido entregados.",
        "sign": "Firma",
        "fullname": "Nombre completo y sello de la empresa",
    },
    "fr": {
        "title": "RÉCÉPISSÉ DE DÉPÔT DES DÉCHETS",
        "sub": "(directive (UE) 2019/883, annexe 3)",
        "no": "N° de récépissé",
        "s1": "1. INSTALLATION DE RÉCEPTION PORTUAIRE ET PORT",
        "loc": "1.1 Emplacement/nom du terminal",
        "prov": "1.2 Prestataire(s) de l'installation de réception",
        "treat": "1.3 Prestataire(s) de l'installation de traitement",
        "time": "1.4 Date et heure du dépôt  du",
        "to": "au",
        "s2": "2. RENSEIGNEMENTS SUR LE NAVIRE",
        "name": "2.1 Nom du navire",
        "imo": "2.2 Numéro OMI",
        "gt": "Jauge brute",
        "type": "2.4 Type de navire",
        "types": "Pétrolier [ ]  Vraquier [ ]  Porte-conteneurs [ ]  Passagers [ ]  Autre [X]",
        "fv": "Navire de pêche",
        "owner": "2.5 Propriétaire ou exploitant",
        "cs": "2.6 Numéro ou lettres distinctifs",
        "flag": "2.7 État du pavillon",
        "s3": "3. TYPE ET QUANTITÉ DE DÉCHETS REÇUS",
        "annex1": "MARPOL annexe I - Hydrocarbures",
        "annex5": "MARPOL annexe V - Ordures",
        "cats": (
            "A. Plastiques",
            "B. Déchets alimentaires",
            "C. Déchets domestiques",
            "D. Huile de friture",
            "E. Cendres d'incinérateur",
            "F. Déchets d'exploitation",
            "H. Engins de pêche",
            "I. Déchets électroniques",
        ),
        "oil": ("Eaux de cale mazouteuses", "Résidus d'hydrocarbures (boues)"),
        "confirm": "Au nom de l'installation portuaire, je confirme que les déchets ci-dessus "
        "ont été déposés.",
        "sign": "Signature",
        "fullname": "Nom et cachet de l'entreprise",
    },
}
_PROVIDERS = {
    "en": ("Harbour Environmental Services Ltd", "MarPol Waste Solutions", "Port Reception Co"),
    "es": ("Ecológica Marina SL", "Servicios Marpol Atlántico SA", "Limpiezas Portuarias SL"),
    "fr": ("Société de Collecte Portuaire SAS", "Éco-Port Déchets", "Sarp Océan Indien"),
}
_NOTES = {
    "en": [
        "The master should retain this receipt on board for at least two years together with "
        "the Garbage Record Book, and present it on request to port State control officers.",
        "Quantities are estimated by the facility at the time of collection; weighbridge "
        "tickets are available on request.",
        "Fishing gear delivered: nets, ropes and floats were segregated and sent for recycling.",
        "Fee charged under the port's indirect fee system; no additional charge for "
        "passively fished waste.",
        "Facility 24h line: +230 206 5400 / VHF ch 14. Complaints: environment@port.example",
    ],
    "es": [
        "El capitán deberá conservar este recibo a bordo durante al menos dos años junto con el "
        "Libro registro de basuras.",
        "Cantidades estimadas por el prestador en el momento de la recogida; tiques de báscula "
        "disponibles a petición.",
        "Tarifa fija MARPOL aplicada según el artículo 132 del TRLPEMM; residuos pescados "
        "pasivamente sin coste adicional.",
        "Centro de Control: 928 21 44 00 - canal VHF 12.",
    ],
    "fr": [
        "Le capitaine conserve ce récépissé à bord pendant au moins deux ans avec le registre "
        "des ordures et le présente aux agents du contrôle par l'État du port.",
        "Quantités estimées par le prestataire lors de l'enlèvement ; tickets de pesée sur "
        "demande.",
        "Redevance déchets perçue selon le système de redevance indirecte du port.",
        "Permanence : +225 27 21 23 80 00 - VHF canal 12.",
    ],
}


def _f(page: PageDraft, key: str) -> PageDraft:
    return page.add(f"{key}: ")


def _standard(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    f = _F[lang]
    port = C.port_pick(rng, lang)
    s = C.pick_ship(vessels, rng)
    notes = C.Notes(_NOTES[lang], rng)
    when = C.day(rng)
    style = C.date_style(lang, rng)
    ph = {"en": "N/A", "es": "---", "fr": "néant"}[lang]
    page = PageDraft()
    page.add(f"{f['title']}\n{f['sub']}\n")
    page.add(f"{f['no']}: WDR-{port[1][2:]}-{when.year}-{rng.randint(1, 99999):05d}\n\n")
    page.add(f"{f['s1']}\n")
    _f(page, f["loc"]).add(f"{port[0]} ({''}").add(port[1], "PORT_ID")
    berth = {
        "en": ("Fishing Port", "Berth"),
        "es": ("Muelle Pesquero", "Dársena"),
        "fr": ("Quai de pêche", "Poste"),
    }
    page.add(f"), {rng.choice(berth[lang])} ")
    page.add(f"{rng.randint(1, 20)}\n")
    provider = rng.choice(_PROVIDERS[lang])
    _f(page, f["prov"]).add(
        f"{provider} (permit {rng.choice('ABGM')}-{rng.randint(100, 999)}/{when.year % 100})\n"
    )
    _f(page, f["treat"]).add(rng.choice(("Municipal landfill and sorting centre", provider)) + "\n")
    page.add(
        f"{f['time']} {C.fmt_date(when, style)} {rng.randint(6, 11):02d}:{rng.choice(('00', '30'))}"
    )
    until = f"{rng.randint(12, 18):02d}:{rng.choice(('15', '45'))}"
    page.add(f"  {f['to']} {C.fmt_date(when, style)} {until}\n\n")
    page.add(f"{f['s2']}\n")
    _f(page, f["name"]).add(s.name, "VESSEL_NAME").nl()
    cfr = C.eu_cfr(s)
    if cfr and lang != "fr":
        _f(page, f["imo"]).val(s.imo, "IMO", ph).add("   CFR: ").add(cfr, "EU_CFR").nl()
    else:
        _f(page, f["imo"]).val(s.imo, "IMO", ph).nl()
    page.add("2.3 ")
    C.metric(page, f["gt"], s.gt, None, ph).nl()
    page.add(f"{f['type']}: {f['types']} {f['fv']}\n")
    _f(page, f["owner"]).val(s.owner, "ASSOC_NAME", ph).nl()
    _f(page, f["cs"]).val(s.ircs, "IRCS", ph)
    if s.mmsi and rng.random() < 0.4:
        page.add(" / MMSI ").add(s.mmsi, "MMSI")
    page.nl()
    _f(page, f["flag"]).val(C.flag_name(s.flag, lang, rng) if s.flag else None, "FLAG", ph)
    page.add("\n\n")
    waste = PageDraft()
    waste.add(f"{f['s3']} (m3)\n")
    if rng.random() < 0.4:
        waste.add(f"{f['annex1']}\n")
        for item in f["oil"]:
            waste.add(f"   {item:<40}{C.decimal(f'{rng.uniform(0, 6):.2f}', lang):>8}\n")
    waste.add(f"{f['annex5']}\n")
    for cat in f["cats"]:
        amount = rng.choice((0.0, 0.0, rng.uniform(0.05, 4.0)))
        shown = C.decimal(f"{amount:.2f}", lang) if amount else "-"
        waste.add(f"   {cat:<40}{shown:>8}\n")
    pages = [page]
    if rng.random() < 0.4:
        second = PageDraft()
        second.add(f"{f['no']} (cont.) - ").add(s.name, "VESSEL_NAME").add("\n\n")
        second.extend(waste)
        pages.append(second)
    else:
        page.extend(waste)
    last = pages[-1]
    last.add(f"\n{f['confirm']}\n\n{f['sign']}: ____________   ")
    last.add(f"{C.fmt_date(when, style)}\n{f['fullname']}: {rng.choice(V.PEOPLE)}, {provider}\n")
    for p in pages:
        notes.fill(p)
    return pages


def _ticket(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    port = C.port_pick(rng, "en")
    notes = C.Notes(_NOTES["en"], rng)
    provider = rng.choice(_PROVIDERS["en"])
    when = C.day(rng)
    page = PageDraft()
    page.add(f"{provider.upper()}\nPort Reception Facility - {port[0]} (").add(port[1], "PORT_ID")
    page.add(f")\nTel {C.phone(rng)}   VAT No. {rng.randint(10**8, 10**9 - 1)}\n\n")
    page.add(f"GARBAGE DELIVERY TICKET    No. {rng.randint(100000, 999999)}    ")
    page.add(f"{C.fmt_date(when, 'dmy')}\n\n")
    widths = [20, 10, 10, 11, 9, 9, 12]
    C.table_row(
        page,
        [
            [(h, None)]
            for h in ("Vessel", "IMO", "Call sign", "MMSI", "Berth", "Skip", "Weight (kg)")
        ],
        widths,
    )
    page.add("-" * 88 + "\n")
    for s in C.pick_ships(vessels, rng, rng.randint(3, 7)):
        C.table_row(
            page,
            [
                [(s.name, "VESSEL_NAME")],
                C.tok(s.imo, "IMO", "-"),
                C.tok(s.ircs, "IRCS", "-"),
                C.tok(s.mmsi, "MMSI", "-"),
                [(f"FP-{rng.randint(1, 14)}", None)],
                [(f"S{rng.randint(100, 999)}", None)],
                [(str(rng.randrange(40, 1800, 5)), None)],
            ],
            widths,
        )
    page.add("-" * 88 + "\n")
    page.add("Categories: A plastics / B food / C domestic / F operational / H fishing gear.\n")
    page.add("Received on behalf of the facility: ______   Master / agent: ______\n")
    notes.fill(page)
    return [page]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    return _standard(vessels, rng) if rng.random() < 0.75 else _ticket(vessels, rng)
