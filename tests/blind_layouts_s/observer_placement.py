"""Observer programme trip placement: an assignment e-mail, or a placement schedule table."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._common import (
    Ident,
    area_for,
    digits,
    flag_text,
    fmt_date,
    letters,
    pad,
    paginate,
    person,
    phone,
    pick,
    some_date,
    species_for,
    species_name,
)
from ._page import PageDraft

LAYOUT = "observer_placement"
_DASH = "\u2013"

_RFMO_FOR_AREA = {
    "51": "IOTC",
    "57": "IOTC",
    "71": "WCPFC",
    "77": "IATTC",
    "81": "WCPFC",
    "87": "SPRFMO",
    "41": None,
    "61": "NPFC",
    "34": "ICCAT",
    "47": "ICCAT",
}

_KEYS = {
    "en": (
        "Vessel name",
        "Flag",
        "International radio call sign",
        "IMO number",
        "MMSI",
        "Licence no.",
        "Operator",
        "Port of departure",
        "Expected departure",
        "Estimated return",
        "Fishing area",
        "Target species",
    ),
    "es": (
        "Nombre del buque",
        "Pabellón",
        "Indicativo de llamada",
        "Número OMI",
        "MMSI",
        "Licencia N.º",
        "Armador",
        "Puerto de salida",
        "Zarpe previsto",
        "Regreso estimado",
        "Zona de pesca",
        "Especies objetivo",
    ),
    "fr": (
        "Nom du navire",
        "Pavillon",
        "Indicatif d'appel",
        "Numéro OMI",
        "MMSI",
        "Licence n°",
        "Armateur",
        "Port de départ",
        "Départ prévu",
        "Retour estimé",
        "Zone de pêche",
        "Espèces cibles",
    ),
}
_OPENING = {
    "en": "Please be advised that the observer named below has been assigned to the following "
    "vessel for its next trip. The vessel operator is requested to confirm the departure time "
    "at least 48 hours in advance.",
    "es": "Por medio de la presente se informa que el observador indicado ha sido asignado al "
    "siguiente buque para su próxima marea. Se solicita al armador confirmar la hora de zarpe "
    "con al menos 48 horas de anticipación.",
    "fr": "Nous vous informons que l'observateur désigné ci-dessous a été affecté au navire "
    "suivant pour sa prochaine marée. L'armateur est prié de confirmer l'heure d'appareillage "
    "au moins 48 heures à l'avance.",
}
_FILLERS = {
    "en": (
        "The vessel must provide the observer with accommodation and meals equivalent to "
        "those of an officer, access to the bridge, the catch and the vessel's logbooks, and "
        "the means to transmit data reports by satellite every 24 hours.",
        "Please note that the observer fee of USD 85 per day at sea (invoice ref. OBF-2025-"
        "0031) is payable within 30 days of disembarkation.",
        "Any change to the port or date of departure must be reported to the placement desk "
        "on the duty phone or by reply to this message.",
        "This message and its attachments are intended for the addressee only.",
    ),
    "es": (
        "El buque deberá proporcionar al observador alojamiento y alimentación equivalentes a "
        "los de un oficial, acceso al puente, a la captura y a los cuadernos de pesca.",
        "La tarifa diaria de observación (USD 85 por día de mar) se facturará dentro de los "
        "30 días posteriores al desembarque.",
        "Cualquier cambio en el puerto o la fecha de zarpe deberá comunicarse a la oficina "
        "de asignaciones por teléfono o respondiendo a este mensaje.",
        "Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario.",
    ),
    "fr": (
        "Le navire fournira à l'observateur un logement et des repas équivalents à ceux d'un "
        "officier, l'accès à la passerelle, aux captures et aux journaux de pêche.",
        "Les frais d'observation (85 USD par jour de mer) seront facturés dans les 30 jours "
        "suivant le débarquement.",
        "Toute modification du port ou de la date de départ doit être signalée au bureau des "
        "affectations par téléphone ou en réponse à ce message.",
        "Ce message et ses pièces jointes sont destinés exclusivement à leur destinataire.",
    ),
}


def _vessel_lines(page: PageDraft, v: Ident, lang: str, rng: random.Random) -> None:
    keys = _KEYS[lang]
    width = max(len(k) for k in keys[:7]) + 2
    prefix = rng.choice(("F/V ", "", "", "FV "))
    page.line("  ", f"{keys[0]}:".ljust(width), prefix, (v.name, "VESSEL_NAME"))
    if v.flag:
        page.line("  ", f"{keys[1]}:".ljust(width), (flag_text(v.flag, lang, rng), "FLAG"))
    page.put("  ", f"{keys[2]}:".ljust(width))
    if v.ircs:
        page.line((v.ircs, "IRCS"))
    else:
        page.line(rng.choice(("n/a", "—", "TBC")))
    page.put("  ", f"{keys[3]}:".ljust(width))
    if v.imo:
        page.line((v.imo, "IMO"))
    else:
        page.line(rng.choice(("not assigned", "—", "N/A")))
    if v.mmsi:
        page.line("  ", f"{keys[4]}:".ljust(width), (v.mmsi, "MMSI"))
    metrics = []
    if v.gt:
        metrics.append(
            (
                ("Gross tonnage", "Arqueo bruto", "Jauge brute")[("en", "es", "fr").index(lang)],
                v.gt,
                "GT",
            )
        )
    if v.loa:
        metrics.append(("LOA", v.loa, "m"))
    for name, value, unit in metrics:
        page.line(
            "  ",
            (name, "METRIC_TYPE"),
            ":".ljust(width - len(name)),
            (value, "METRIC_VALUE"),
            " ",
            (unit, "METRIC_UNIT"),
        )
    if rng.random() < 0.6:
        page.line(
            "  ",
            f"{keys[5]}:".ljust(width),
            (f"{letters(rng, 2)}/{rng.randint(2024, 2025)}/{digits(rng, 4)}", "LICENSE_NO"),
        )
    if v.owner:
        page.line("  ", f"{keys[6]}:".ljust(width), (v.owner, "ASSOC_NAME"))


def _email(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es", "fr"), weights=(6, 3, 2))[0]
    v = pick(vessels, rng, 1)[0]
    port = rng.choice([p for p in _vocab.PORTS if p[3] == lang] or list(_vocab.PORTS))
    programme = rng.choice(_vocab.OBSERVER_PROGRAMMES[lang])
    trip = f"{rng.choice(('OBS', 'TRP', 'ROP'))}-{rng.randint(24, 25)}-{digits(rng, 4)}"
    sent = some_date(rng, 2023, 2025)
    depart = sent + timedelta(days=rng.randint(5, 20))
    back = depart + timedelta(days=rng.randint(25, 90))
    observer = person(rng)
    keys = _KEYS[lang]
    page = PageDraft()
    page.line(f"From: {programme} <placements@obs-{letters(rng, 3).lower()}.org>")
    to_name = rng.choice(("Operations Department", "Vessel operator", "Fleet manager"))
    page.line(f"To: {to_name} <ops@{letters(rng, 6).lower()}.com>")
    page.line(f"Cc: {person(rng)}; fisheries.compliance@{letters(rng, 4).lower()}.gov")
    page.line(
        f"Date: {fmt_date(sent, 'long', 'en')} {rng.randint(6, 17):02d}:{rng.randint(0, 59):02d}"
    )
    subject = {
        "en": "Observer assignment",
        "es": "Asignación de observador",
        "fr": "Affectation d'observateur",
    }[lang]
    page.line(f"Subject: {subject} {_DASH} {trip} {_DASH} ", (v.name, "VESSEL_NAME"))
    page.line("Attachments: ", f"{trip}_placement.pdf; safety_checklist.docx")
    page.line()
    page.line(
        {"en": "Dear Sir/Madam,", "es": "Estimados señores:", "fr": "Madame, Monsieur,"}[lang]
    )
    page.line()
    page.line(_OPENING[lang])
    page.line()
    obs_key = {"en": "Observer", "es": "Observador/a", "fr": "Observateur"}[lang]
    page.line(f"  {obs_key}: {observer} (ID {letters(rng, 2)}-{digits(rng, 4)}, tel. {phone(rng)})")
    _vessel_lines(page, v, lang, rng)
    width = max(len(k) for k in keys[:7]) + 2
    page.line("  ", f"{keys[7]}:".ljust(width), f"{port[0]} (", (port[1], "PORT_ID"), ")")
    page.line(
        "  ",
        f"{keys[8]}:".ljust(width),
        fmt_date(depart, rng.choice(("long", "slash", "iso")), lang),
    )
    page.line("  ", f"{keys[9]}:".ljust(width), fmt_date(back, rng.choice(("long", "slash")), lang))
    area = area_for(v, rng)
    rfmo = _RFMO_FOR_AREA.get(area.split(".")[0])
    page.put("  ", f"{keys[10]}:".ljust(width))
    if rfmo:
        page.put((rfmo, "RFMO_CODE"), " Convention Area, ")
    page.line("FAO ", (area, "FAO_AREA_CODE"))
    page.put("  ", f"{keys[11]}:".ljust(width))
    codes = species_for(v, rng, rng.randint(1, 3))
    for i, code in enumerate(codes):
        if i:
            page.add(", ")
        if rng.random() < 0.5:
            page.put((species_name(code, lang), "SPECIES_NAME"), " (", (code, "SPECIES_NAME"), ")")
        else:
            page.add(code, "SPECIES_NAME")
    page.line()
    page.line()
    sign = person(rng)
    closing = {"en": "Kind regards,", "es": "Atentamente,", "fr": "Cordialement,"}[lang]
    page.line(closing)
    page.line(sign)
    page.line(f"{programme} | Duty phone {phone(rng)} | Ref. {trip}/{digits(rng, 3)}")
    pad(page, _FILLERS[lang], rng)
    pages = [page]
    if rng.random() < 0.45:
        pages.append(_annex(v, trip, observer, lang, rng))
    return pages


def _annex(v: Ident, trip: str, observer: str, lang: str, rng: random.Random) -> PageDraft:
    page = PageDraft()
    title = {
        "en": "ANNEX - PRE-TRIP VESSEL SAFETY CHECK",
        "es": "ANEXO - VERIFICACIÓN DE SEGURIDAD PREVIA AL EMBARQUE",
        "fr": "ANNEXE - VÉRIFICATION DE SÉCURITÉ AVANT EMBARQUEMENT",
    }[lang]
    page.line(title)
    page.line(f"Trip {trip}    Observer: {observer}")
    page.line("-" * 64)
    page.line(
        "Vessel: ", (v.name, "VESSEL_NAME"), "    Call sign: ", (v.ircs, "IRCS") if v.ircs else "—"
    )
    if rng.random() < 0.5:
        page.line("Programme vessel code: ", (f"V{digits(rng, 5)}", "OTHER_EXT_ID"))
    items = (
        (
            "Liferaft capacity sufficient for crew + observer",
            "Balsa salvavidas suficiente",
            "Radeau de survie suffisant",
        ),
        (
            "EPIRB registered and in date",
            "Radiobaliza registrada y vigente",
            "RLS enregistrée et valide",
        ),
        (
            "Lifejacket and immersion suit for observer",
            "Chaleco y traje de inmersión",
            "Gilet et combinaison d'immersion",
        ),
        ("Fire extinguishers serviced", "Extintores revisados", "Extincteurs vérifiés"),
        ("Working VMS unit", "Unidad VMS operativa", "Balise VMS en service"),
        ("Separate bunk assigned", "Litera asignada", "Couchette attribuée"),
        ("Satellite communication available", "Comunicación satelital", "Communication satellite"),
    )
    index = ("en", "es", "fr").index(lang)
    for number, item in enumerate(items, start=1):
        page.line(f"[{rng.choice(('x', 'x', 'x', ' '))}] {number}. {item[index]}")
    page.line()
    page.line(
        "EPIRB hex ID: ",
        f"{letters(rng, 2)}{digits(rng, 3)}{letters(rng, 3)}{digits(rng, 5)}  Liferaft serial: "
        f"{digits(rng, 6)}",
    )
    page.line("Checked by placement officer ________________   Master ________________")
    fillers = _FILLERS[lang] + (
        "Items not ticked must be rectified before the observer boards; the trip will not be "
        "counted towards the coverage target until the vessel passes this check.",
        "Observer safety equipment list version 4.2 (2024). Form OBS-07.",
    )
    pad(page, fillers, rng)
    return page


def _schedule(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es"), weights=(3, 1))[0]
    count = rng.randint(8, 20)
    chosen = pick(vessels, rng, count)
    start = some_date(rng, 2023, 2025)
    quarter = (start.month - 1) // 3 + 1
    observers = [person(rng) for _ in range(6)]
    port = rng.choice(_vocab.PORTS)
    blocks: list[PageDraft] = []
    for number, v in enumerate(chosen, start=1):
        row = PageDraft()
        depart = start + timedelta(days=rng.randint(0, 80))
        row.cell(f"{number:>2}. {rng.choice(('T', 'P'))}{digits(rng, 4)}", 10)
        row.cell(rng.choice(observers), 20)
        row.cell(v.name, 24, "VESSEL_NAME")
        if v.ircs:
            row.cell(v.ircs, 9, "IRCS")
        else:
            row.cell("-", 9)
        if v.flag:
            row.cell(v.flag, 5, "FLAG")
        else:
            row.cell("?", 5)
        row.cell(port[1], 7, "PORT_ID")
        row.cell(fmt_date(depart, "slash"), 12)
        row.add(
            rng.choice(("CONFIRMED", "PENDING", "DEFERRED", "CONFIRMED"))
            if lang == "en"
            else rng.choice(("CONFIRMADO", "PENDIENTE"))
        )
        row.add("\n")
        if v.imo and rng.random() < 0.4:
            row.line(" " * 34, "IMO ", (v.imo, "IMO"))
        blocks.append(row)
    title = {
        "en": f"TRIP PLACEMENT SCHEDULE - Q{quarter} {start.year}",
        "es": f"CALENDARIO DE ASIGNACIÓN DE OBSERVADORES - T{quarter} {start.year}",
    }[lang]
    programme = rng.choice(_vocab.OBSERVER_PROGRAMMES[lang])
    header = (
        ("Trip", "Observer", "Vessel", "IRCS", "Flag", "Port", "ETD", "Status")
        if lang == "en"
        else ("Marea", "Observador", "Buque", "Indicat.", "Pab.", "Puerto", "Zarpe", "Estado")
    )

    def head(number: int) -> PageDraft:
        page = PageDraft()
        page.line(programme)
        page.line(title)
        page.line(
            f"Port of embarkation / Puerto de embarque: {port[0]}    Issued "
            f"{fmt_date(start - timedelta(days=7), 'iso')}    Page {number}"
        )
        page.line()
        for text, width in zip(header, (10, 20, 24, 9, 5, 7, 12, 9), strict=True):
            page.add(text.ljust(width))
        page.add("\n").line("-" * 96)
        return page

    def tail(number: int) -> PageDraft:
        foot = PageDraft()
        foot.line()
        note = (
            ("Coverage target 20% of trips. Contact the coordinator on " + phone(rng) + ".")
            if lang == "en"
            else (
                "Meta de cobertura 20 % de las mareas. Contacto del coordinador: "
                + phone(rng)
                + "."
            )
        )
        foot.line(note)
        return foot

    pages = paginate(blocks, head, tail, max_pages=rng.randint(1, 2))
    for page in pages:
        pad(page, _FILLERS[lang], rng)
    return pages


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    if rng.random() < 0.6:
        return _email(vessels, rng)
    return _schedule(vessels, rng)
