"""An at-sea sighting or boarding report in narrative English or Spanish.

Markings painted on the hull, the flag flown, position, course and speed, gear seen, a radio
exchange with the master and photograph captions. The reporting unit, positions, bearings,
times and report numbers are hard negatives; the sighted vessel's identity is labelled each
time it is mentioned.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, join, val

LAYOUT = "sighting_report"

_T = {  # wording by language
    "en": {
        "title": ("AT-SEA SIGHTING REPORT", "BOARDING AND INSPECTION REPORT", "SIGHTING REPORT"),
        "unit": ("Fisheries patrol vessel (hull {n})", "Maritime patrol aircraft, sortie 25-{n}"),
        "heads": ("1. Sighting", "2. Gear observed", "3. Radio exchange", "4. Photographs"),
        "gear": (
            "Branch lines and radio buoys were stowed on the aft deck and a line hauler "
            "was fitted on the starboard side; no catch was seen on deck.",
            "Jigging machines lined both rails and about forty lamps were rigged over the "
            "deck; the lamps were off.",
            "A purse seine was stacked on the stern with the skiff in place; a helicopter "
            "deck was empty.",
        ),
    },
    "es": {
        "title": ("INFORME DE AVISTAMIENTO EN EL MAR", "INFORME DE VISITA E INSPECCIÓN"),
        "unit": (
            "Patrullero de vigilancia pesquera (numeral {n})",
            "Avión de patrulla marítima, misión 25-{n}",
        ),
        "heads": (
            "1. Avistamiento",
            "2. Artes observadas",
            "3. Comunicación por radio",
            "4. Fotografías",
        ),
        "gear": (
            "En la cubierta de popa se veían brazoladas y radiobalizas estibadas; en la "
            "banda de estribor había un halador de palangre y no se observó captura.",
            "Las máquinas poteras ocupaban ambas bandas y sobre la cubierta colgaban unas "
            "cuarenta lámparas apagadas.",
        ),
    },
}


def _position(area: str, rng: random.Random) -> str:
    south, north, west, east = V.AREA_BOXES[area]
    lat, lon = rng.uniform(south, north), rng.uniform(west, east)
    return (
        f"{int(abs(lat)):02d}°{int(abs(lat) % 1 * 60):02d}'{'NS'[lat < 0]} "
        f"{int(abs(lon)):03d}°{int(abs(lon) % 1 * 60):02d}'{'EW'[lon < 0]}"
    )


def _sighting(ship: S.Ship, lang: str, rng: random.Random, time: str) -> Rich:
    course, speed, size = rng.randint(0, 359), rng.randint(3, 12), rng.randint(35, 80)
    flag = val(S.flag_text(ship.flag, lang, rng, 0), "FLAG")
    parts: list[Rich | str]
    if lang == "en":
        parts = [
            f"At {time} UTC the patrol detected a radar contact at {rng.randint(4, 14)} NM, "
            f"bearing {rng.randint(0, 359):03d}°. On closing, it was identified as a fishing "
            f"vessel of about {size} m on course {course:03d}° at {speed} knots. The name ",
            val(ship.name, "VESSEL_NAME"),
            " was painted on both bows",
        ]
        if ship.ircs:
            parts += [" and the call sign ", val(ship.ircs, "IRCS"), " on the wheelhouse sides"]
        parts += [". The vessel was flying the flag of ", flag, "."]
        if rng.random() < 0.4:
            parts += [
                " The former name ",
                val(S.former_name(ship, rng), "NAME_CHANGE"),
                " was still legible under the paint on the stern.",
            ]
    else:
        if ship.flag in V.ES_FLAG_ADJ and rng.random() < 0.5:
            flag = "pabellón " + val(V.ES_FLAG_ADJ[ship.flag], "FLAG")
        else:
            flag = "el pabellón de " + flag
        parts = [
            f"A las {time} UTC se detectó por radar un contacto a {rng.randint(4, 14)} "
            f"millas, demora {rng.randint(0, 359):03d}°. Al aproximarse se identificó un "
            f"pesquero de unos {size} m, rumbo {course:03d}° a {speed} nudos. En ambas "
            "amuras figuraba pintado el nombre ",
            val(ship.name, "VESSEL_NAME"),
        ]
        if ship.ircs:
            parts += [" y en el puente el indicativo de llamada ", val(ship.ircs, "IRCS")]
        parts += [". El buque enarbolaba ", flag, "."]
        if rng.random() < 0.4:
            parts += [
                " Bajo la pintura de la popa aún se leía el nombre anterior ",
                val(S.former_name(ship, rng), "NAME_CHANGE"),
                ".",
            ]
    return join(parts, "")


def _radio(ship: S.Ship, lang: str, rng: random.Random, rfmo: str) -> Rich:
    master = S.person(rng.choice(("zh", "ru", "es" if lang == "es" else "en")), rng)
    port, code = rng.choice(V.CALL_PORTS)
    end = val(S.date_text(S.some_date(rng, 2025, 2027), 1 if lang == "es" else 2, lang), "END_DATE")
    species = val(S.species_in_prose(rng.choice(V.RFMOS[rfmo][3]), lang), "SPECIES_NAME")
    licence = val(f"{rfmo[:2]}-{rng.randint(100, 9999)}/{rng.randint(24, 26)}", "LICENSE_NO")
    parts: list[Rich | str]
    if lang == "en":
        parts = [f"Contact was made on VHF channel 16. The master ({master}) stated that"]
        if ship.imo:
            parts += [" the vessel's IMO number is ", val(ship.imo, "IMO"), ","]
        if ship.mmsi:
            parts += [" its MMSI is ", val(ship.mmsi, "MMSI"), ","]
        parts += [
            " it is owned by ",
            val(ship.owner, "ASSOC_NAME"),
            " and it holds an ",
            val(rfmo, "RFMO_CODE"),
            " authorisation under licence No. ",
            licence,
            " valid until ",
            end,
            f". The master declared {rng.randint(3, 60)} t of ",
            species,
            f" on board and an intention to land at {port} (",
            val(code, "PORT_ID"),
            "). AIS was on and consistent with the markings.",
        ]
    else:
        parts = [
            f"Se estableció contacto por el canal 16 de VHF. El capitán, {master}, declaró que"
        ]
        if ship.imo:
            parts += [" el número OMI del buque es ", val(ship.imo, "IMO"), ","]
        if ship.mmsi:
            parts += [" su MMSI es ", val(ship.mmsi, "MMSI"), ","]
        acronym = V.RFMOS[rfmo][0]
        parts += [
            " el armador es ",
            val(ship.owner, "ASSOC_NAME"),
            " y dispone de autorización de la ",
            val(acronym, "RFMO_CODE"),
            " con licencia n.º ",
            licence,
            " válida hasta el ",
            end,
            f". Declaró {rng.randint(3, 60)} t de ",
            species,
            f" a bordo y su intención de descargar en {port} (",
            val(code, "PORT_ID"),
            ").",
        ]
    return join(parts, "")


def _captions(ship: S.Ship, lang: str, rng: random.Random) -> list[Rich]:
    photo = "Photo" if lang == "en" else "Foto"
    lines = [
        f"{photo} 1 - "
        + ("Starboard bow, name " if lang == "en" else "Amura de estribor, nombre ")
        + val(ship.name, "VESSEL_NAME")
        + (" and port of registry " if lang == "en" else " y puerto de matrícula ")
        + val(ship.port.upper(), "HOME_PORT")
        + "."
    ]
    if ship.ircs:
        lines.append(
            f"{photo} 2 - "
            + ("Call sign " if lang == "en" else "Indicativo ")
            + val(ship.ircs, "IRCS")
            + (" painted on the wheelhouse top." if lang == "en" else " pintado sobre el puente.")
        )
    gear = "Gear on the aft deck." if lang == "en" else "Artes en la cubierta de popa."
    lines.append(Rich(f"{photo} {len(lines) + 1} - {gear}"))
    return lines


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    lang = "en" if rng.random() < 0.6 else "es"
    words = _T[lang]
    width = rng.randint(76, 96)
    day = S.some_date(rng, 2024, 2026)
    time = f"{rng.randint(0, 23):02d}{':' if lang == 'es' else ''}{rng.randint(0, 59):02d}"
    rfmo = rng.choice(tuple(V.RFMOS))
    area = rng.choice([a for a in V.RFMOS[rfmo][2] if a in V.AREA_BOXES])
    page = PageBuilder()
    page.line(" " * rng.randint(10, 24), rng.choice(words["title"]))
    page.line(
        f"{'Report No.' if lang == 'en' else 'Informe n.º'} SR-{day.year}-{rng.randint(1, 999):04d}"
    )
    unit = rng.choice(words["unit"]).format(n=rng.randint(100, 999))
    page.line(("Reporting unit: " if lang == "en" else "Unidad: ") + unit)
    page.line(("Date: " if lang == "en" else "Fecha: ") + S.date_text(day, 2, lang))
    page.line(
        ("Position: " if lang == "en" else "Posición: ") + _position(area, rng) + " (",
        "FAO Area " if lang == "en" else "área FAO ",
        val(area, "FAO_AREA_CODE"),
        ")",
    )
    page.blank()
    heads = words["heads"]
    sections: list[tuple[str, Rich]] = [
        (heads[0], _sighting(ship, lang, rng, time)),
        (heads[1], Rich(rng.choice(words["gear"]))),
        (heads[2], _radio(ship, lang, rng, rfmo)),
    ]
    drafts: list[PageDraft] = []
    for head, text in sections:
        page.line(head)
        page.lines(text.wrap(width, keep_spans=True))
        page.blank()
        if rng.random() < 0.2 and len(drafts) < 1:
            drafts.append(page.draft())
            page = PageBuilder()
    page.line(heads[3])
    page.lines(_captions(ship, lang, rng))
    page.blank()
    officer = S.person(lang, rng)
    page.line(("Reporting officer: " if lang == "en" else "Oficial informante: ") + officer)
    when = S.date_text(day + timedelta(days=1), 1, lang)
    page.line(("Signed " if lang == "en" else "Firmado ") + when)
    drafts.append(page.draft())
    return drafts
