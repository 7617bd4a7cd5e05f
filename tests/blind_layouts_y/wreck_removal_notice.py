"""A maritime authority's notice on an abandoned vessel or wreck to be removed."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    address,
    coordinates,
    country,
    flag_of,
    flag_text,
    fmt_date,
    gear_word,
    good_imo,
    good_ircs,
    good_mmsi,
    home_port,
    person,
    phone,
    pick,
    pick_port,
    placeholder,
    some_date,
)
from ._page import PageDraft, Pager, pad_pages

LAYOUT = "wreck_removal_notice"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": (
            "NOTICE OF INTENTION TO REMOVE AN ABANDONED VESSEL",
            "WRECK REMOVAL NOTICE",
            "NOTICE TO OWNERS — DERELICT AND ABANDONED VESSELS",
        ),
        "law": "Issued under the Nairobi International Convention on the Removal of Wrecks, "
        "2007 (Art. 9) and the Merchant Shipping Act, s. 252.",
        "ref": "Our ref.",
        "name": "Name of vessel",
        "ex": "Former name(s)",
        "flag": "Flag",
        "imo": "IMO number",
        "call": "Call sign",
        "port": "Port of registry",
        "type": "Type",
        "gt": "Gross tonnage",
        "loa": "Length overall",
        "built": "Year built",
        "loc": "Present location",
        "since": "Alongside / at anchor since",
        "owner": "Last registered owner",
        "addr": "Address",
        "intro": "The Harbour Master of {port} gives notice that the vessel described below has "
        "been left unattended and is considered abandoned and a hazard to navigation.",
        "owner_prose": "The last known owner, ",
        "role": "registered owner",
        "unknown": "last heard of in",
        "signed": "Harbour Master",
        "deadline": "The owner, or any person with an interest in the vessel, must remove it or "
        "lodge a claim no later than {date}. Thereafter the Authority will remove, "
        "sell or dispose of the vessel at the owner's cost (estimated at {amount}).",
        "contact": "Enquiries: Harbour Master's Office, tel. {phone}, quoting the reference above.",
        "sched": "SCHEDULE OF VESSELS",
        "cont": "(continued)",
    },
    "es": {
        "title": (
            "ANUNCIO DE INCOACIÓN DE EXPEDIENTE DE ABANDONO DE BUQUE",
            "EDICTO — BUQUE ABANDONADO",
            "RELACIÓN DE BUQUES EN SITUACIÓN DE ABANDONO",
        ),
        "law": "En aplicación del artículo 302 del Texto Refundido de la Ley de Puertos del "
        "Estado y de la Marina Mercante (RDL 2/2011).",
        "ref": "Expediente",
        "name": "Nombre del buque",
        "ex": "Nombres anteriores",
        "flag": "Pabellón",
        "imo": "Número OMI",
        "call": "Distintivo de llamada",
        "port": "Puerto de matrícula",
        "type": "Tipo",
        "gt": "Arqueo bruto",
        "loa": "Eslora total",
        "built": "Año de construcción",
        "loc": "Ubicación actual",
        "since": "Atracado desde",
        "owner": "Último propietario conocido",
        "addr": "Domicilio",
        "intro": "La Autoridad Portuaria de {port} hace saber que el buque que se describe a "
        "continuación permanece atracado sin actividad, sin tripulación y con deudas "
        "impagadas, por lo que se ha incoado expediente de declaración de abandono.",
        "owner_prose": "Se notifica a ",
        "role": "propietario",
        "unknown": "con domicilio desconocido, última dirección en",
        "signed": "Capitán Marítimo",
        "deadline": "Se concede un plazo de un mes, hasta el {date}, para que el propietario o "
        "quien acredite interés legítimo retire el buque o formule alegaciones. Deuda "
        "acumulada: {amount}.",
        "contact": "Información: Capitanía Marítima, tel. {phone}, citando el expediente.",
        "sched": "RELACIÓN DE BUQUES",
        "cont": "(continuación)",
    },
    "fr": {
        "title": (
            "AVIS — NAVIRE ABANDONNÉ",
            "PROCÉDURE DE DÉCHÉANCE DE PROPRIÉTÉ D'UN NAVIRE ABANDONNÉ",
            "AVIS AUX PROPRIÉTAIRES — ÉPAVES ET NAVIRES ABANDONNÉS",
        ),
        "law": "En application des articles L5141-1 et suivants du code des transports.",
        "ref": "Réf.",
        "name": "Nom du navire",
        "ex": "Anciens noms",
        "flag": "Pavillon",
        "imo": "Numéro OMI",
        "call": "Indicatif d'appel",
        "port": "Port d'immatriculation",
        "type": "Type",
        "gt": "Jauge brute",
        "loa": "Longueur hors tout",
        "built": "Année de construction",
        "loc": "Position actuelle",
        "since": "À quai depuis",
        "owner": "Dernier propriétaire connu",
        "addr": "Adresse",
        "intro": "Le directeur du port de {port} informe que le navire désigné ci-dessous est "
        "laissé sans surveillance ni équipage et présente un danger pour la navigation.",
        "owner_prose": "Mise en demeure est adressée à ",
        "role": "propriétaire",
        "unknown": "sans adresse connue, dernier domicile à",
        "signed": "Commandant de port",
        "deadline": "Le propriétaire dispose d'un délai expirant le {date} pour faire cesser "
        "l'état d'abandon. À défaut, la déchéance sera prononcée et le navire vendu ou "
        "démoli à ses frais (estimation : {amount}).",
        "contact": "Renseignements : capitainerie, tél. {phone}, en rappelant la référence.",
        "sched": "LISTE DES NAVIRES",
        "cont": "(suite)",
    },
}


_YARDS = {
    "CHN": ("Rongcheng", "CHN"),
    "TWN": ("Kaohsiung", "TWN"),
    "JPN": ("Shimizu", "JPN"),
    "KOR": ("Busan", "KOR"),
    "RUS": ("Nakhodka", "RUS"),
    "ESP": ("Vigo", "ESP"),
    "AUS": ("Fremantle", "AUS"),
}


def _particulars(rng: random.Random, vessel: Vessel, lang: str, t: dict[str, Any]) -> PageDraft:
    page = PageDraft()
    flag = flag_of(vessel)
    page.line(f"{t['name']}: ", (vessel.name, "VESSEL_NAME"))
    former = vessel.former_name or (
        f"{rng.choice(('OCEAN', 'SEA'))} {rng.choice(('HUNTER', 'STAR'))} {rng.randint(1, 99)}"
        if rng.random() < 0.35
        else None
    )
    if former:
        page.line(f"{t['ex']}: ex-", (former, "NAME_CHANGE"))
    page.add(f"{t['flag']}: ").add(flag_text(rng, flag, lang), "FLAG") if flag else page.add(
        f"{t['flag']}: {placeholder(rng, lang)}"
    )
    page.add("\n")
    for key, value, label in (
        ("imo", good_imo(vessel), "IMO"),
        ("call", good_ircs(vessel), "IRCS"),
        ("mmsi", good_mmsi(vessel), "MMSI"),
    ):
        page.line(
            f"{t.get(key, 'MMSI')}: ", (value or placeholder(rng, lang), label if value else None)
        )
    if port := home_port(vessel):
        page.line(f"{t['port']}: ", (port, "HOME_PORT"))
    page.line(f"{t['type']}: {gear_word(vessel, lang)}")
    if vessel.gross_tonnage:
        page.add(t["gt"], "METRIC_TYPE").add(": ").add(vessel.gross_tonnage, "METRIC_VALUE")
        if rng.random() < 0.5:
            page.add(" ").add(rng.choice(("GT", "tons")), "METRIC_UNIT")
        page.add("\n")
    if vessel.length_m:
        page.line(
            (t["loa"], "METRIC_TYPE"),
            ": ",
            (vessel.length_m, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
        )
    if vessel.build_year:
        page.add(f"{t['built']}: ").add(vessel.build_year, "BUILD_YEAR")
        yard = _YARDS.get(flag_of(vessel) or "")
        if yard and rng.random() < 0.5:
            page.add(", ").add(yard[0], "BUILDER_LOCATION").add(" (")
            page.add(country(yard[1], lang), "BUILD_COUNTRY").add(")")
        page.add("\n")
    return page


def _owner_block(rng: random.Random, vessel: Vessel, lang: str, t: dict[str, Any]) -> PageDraft:
    page = PageDraft()
    iso3 = flag_of(vessel)
    owner = (
        vessel.owner
        or f"{rng.choice(('OCEAN', 'GOLDEN', 'HAI'))} {rng.choice(('FISHERY', 'MARINE'))} CO LTD"
    )
    where = address(rng, iso3, "en")
    page.line(f"{t['owner']}: ", (owner, "ASSOC_NAME"))
    page.line(
        f"{t['addr']}: ",
        (where.street, "ADDRESS"),
        ", ",
        (where.city, "CITY"),
        ", ",
        (country(where.iso3, lang), "COUNTRY_CODE"),
    )
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    port = pick_port(rng, lang if lang != "en" or rng.random() < 0.5 else None)
    ships = pick(rng, vessels, rng.choice((1, 1, 2, 3)))
    pager = Pager(budget=2300, max_pages=3)
    head = PageDraft()
    head.line(rng.choice(t["title"]))
    head.line(
        f"{t['ref']}: {rng.choice(('HM', 'AP', 'DM'))}/{rng.randint(2022, 2026)}/"
        f"{rng.randint(1, 999):03d}    {port.name}, {fmt_date(some_date(rng), 3, lang)}"
    )
    head.line(t["law"])
    head.line("")
    head.line(t["intro"].format(port=port.name))
    head.line("")
    pager.put(head)
    deadline = some_date(rng)
    for number, vessel in enumerate(ships, start=1):
        block = PageDraft()
        if len(ships) > 1:
            block.line(f"{t['sched']} — {number}/{len(ships)}")
        block.extend(_particulars(rng, vessel, lang, t))
        block.line(
            f"{t['loc']}: {rng.choice(('Berth', 'Muelle', 'Quai'))} {rng.randint(1, 30)}, "
            f"{coordinates(rng)}"
        )
        block.line(
            f"{t['since']}: "
            f"{fmt_date(deadline - timedelta(days=rng.randint(90, 900)), rng.randrange(5), lang)}"
        )
        if rng.random() < 0.6:
            block.extend(_owner_block(rng, vessel, lang, t))
        else:
            owner = (
                vessel.owner
                or f"{rng.choice(('NEW', 'GREAT'))} {rng.choice(('OCEAN', 'WAVE'))} FISHING CO"
            )
            block.line(
                t["owner_prose"],
                (owner, "ASSOC_NAME"),
                " (",
                (t["role"], "ASSOC_ROLE"),
                f"), {t['unknown']} ",
                (address(rng, flag_of(vessel), lang).city, "CITY"),
                ".",
            )
        block.line("")
        if not pager.room(len(block)) and not pager.full():
            pager.new_page().line(f"{rng.choice(t['title'])} {t['cont']}")
        pager.put(block)
    tail = PageDraft()
    amount = (
        f"{rng.choice(('EUR', 'USD', 'MUR'))} {rng.randint(8, 400):,}{rng.randint(0, 999):03d}.00"
    )
    tail.line(t["deadline"].format(date=fmt_date(deadline, rng.randrange(6), lang), amount=amount))
    tail.line(t["contact"].format(phone=phone(rng)))
    tail.line(f"— {person(rng)}, {t['signed']}")
    pager.put(tail)
    fillers = []
    for _ in range(3):
        note = PageDraft()
        note.line(
            f"Published in the Official Gazette No. {rng.randint(10, 250)} of "
            f"{fmt_date(some_date(rng), 1, lang)}, p. {rng.randint(100, 9000)}. Notice "
            f"also served on the flag State consulate (note verbale {rng.randint(100, 999)}/"
            f"{rng.randint(2023, 2026)}) and posted on board. Tel. {phone(rng)}."
        )
        fillers.append(note)
    pad_pages(pager.pages, fillers)
    return pager.pages
