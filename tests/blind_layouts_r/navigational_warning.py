"""Navigational warnings and notices to mariners that mention specific vessels (adrift, under
tow, not under command, aground): NAVAREA/HYDROPAC bulletins, NAVTEX messages, a weekly Notice
to Mariners section, a French AVURNAV or a Spanish radioaviso náutico; mixed with warnings
about no vessel (cable work, firing exercises)."""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import Facts, coord, country, pick
from ._page import PageDraft

LAYOUT = "navigational_warning"

_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_AREAS = (
    (
        "NAVAREA XI",
        "EAST CHINA SEA.",
        (25.0, 33.0),
        (122.0, 128.0),
        "MRCC CHINA (SHANGHAI)",
        "86 21",
        "ZHOUSHAN",
    ),
    (
        "NAVAREA XI",
        "NORTH PACIFIC.",
        (30.0, 42.0),
        (145.0, 165.0),
        "MRCC JAPAN",
        "81 3",
        "HACHINOHE",
    ),
    (
        "NAVAREA VIII",
        "INDIAN OCEAN.",
        (-20.0, -5.0),
        (60.0, 80.0),
        "MRCC MAURITIUS",
        "230",
        "PORT LOUIS",
    ),
    (
        "NAVAREA XVI",
        "SOUTH PACIFIC. PERU.",
        (-18.0, -8.0),
        (-84.0, -78.0),
        "MRCC CALLAO",
        "51 1",
        "CALLAO",
    ),
    (
        "NAVAREA VI",
        "SOUTH ATLANTIC. ARGENTINA.",
        (-47.0, -40.0),
        (-62.0, -57.0),
        "MRCC PUERTO MADRYN",
        "54 280",
        "PUERTO MADRYN",
    ),
    ("NAVAREA X", "CORAL SEA.", (-20.0, -12.0), (150.0, 160.0), "JRCC AUSTRALIA", "61 2", "CAIRNS"),
)
_OTHER = (
    "CABLE OPERATIONS IN PROGRESS BY CABLE SHIP {cs} IN {pos}.\n   WIDE BERTH REQUESTED.",
    "HAZARDOUS OPERATIONS, ROCKET LAUNCHING {dtg} IN AREA BOUNDED BY\n   {pos} AND {pos2}.",
    "OCEANOGRAPHIC BUOY ADRIFT IN VICINITY {pos}.\n   LIGHTED, YELLOW, 2 METERS DIAMETER.",
    "GUNNERY EXERCISES {dtg} WITHIN 10 MILES OF {pos}.",
    "LARGE CONTAINER ADRIFT IN {pos} AT {dtg}.",
)
_CABLE_SHIPS = ("RESOLUTE", "ILE DE BATZ", "RELIANCE", "PACIFIC GUARDIAN", "ASEAN EXPLORER")


def _other(p: PageDraft, rng: random.Random, pos: str, pos2: str, dtg: str) -> None:
    """A warning about no listed vessel; a cable ship's name is still a vessel's name."""
    head, _, rest = rng.choice(_OTHER).partition("{cs}")
    fill = {"pos": pos, "pos2": pos2, "dtg": dtg}
    p.add(head.format(**fill))
    if rest:
        p.put(rng.choice(_CABLE_SHIPS), "VESSEL_NAME").add(rest.format(**fill))


def _dtg(rng: random.Random, month: int, year: int, after: int = 1) -> str:
    return (
        f"{rng.randint(after, 28):02d}{rng.randint(0, 23):02d}{rng.choice(('00', '30'))}Z "
        f"{_MONTHS[month - 1]} {year % 100:02d}"
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    kind = rng.choices(("bulletin", "navtex", "ntm", "fr", "es"), (3, 2, 2, 2, 2))[0]
    area = rng.choice(_AREAS)
    year = rng.randint(2023, 2026)
    month = rng.randint(1, 11)
    pages = []
    for number in range(rng.choice((1, 1, 2, 2, 3))):
        pages.append(_page(kind, vessels, rng, area, year, month + (number and rng.randint(0, 1))))
    return pages


def _vessel_line(p: PageDraft, f: Facts, rng: random.Random, lang: str) -> None:
    """Name, then identifiers in parentheses, as warnings print them."""
    p.put(f.name, "VESSEL_NAME")
    bits: list[tuple[str, str, str]] = []
    if f.ircs:
        bits.append(({"en": "", "fr": "indicatif ", "es": "distintivo "}[lang], f.ircs, "IRCS"))
    if f.mmsi and rng.random() < 0.7:
        bits.append(("MMSI ", f.mmsi, "MMSI"))
    if f.imo and rng.random() < 0.5:
        bits.append(({"en": "IMO ", "fr": "OMI ", "es": "OMI "}[lang], f.imo, "IMO"))
    if bits:
        p.add(" (")
        for i, (key, value, label) in enumerate(bits):
            p.add(", " if i else "").add(key).put(value, label)
        p.add(")")


def _flag(p: PageDraft, f: Facts, lang: str, upper: bool) -> None:
    if not f.flag:
        return
    name = country(f.flag, lang)
    key = {"en": " FLAG ", "fr": ", pavillon ", "es": ", BANDERA "}[lang]
    p.add(key if upper or lang != "en" else ", flag ").put(name.upper() if upper else name, "FLAG")


def _event(
    p: PageDraft,
    f: Facts,
    other: Facts | None,
    rng: random.Random,
    pos: str,
    dtg: str,
    area: tuple[object, ...],
) -> bool:
    """One warning about f; True if it also named `other` (the towing vessel)."""
    mrcc, prefix, port = str(area[4]), str(area[5]), str(area[6])
    event = rng.choice(("adrift", "nuc", "tow", "aground") if other else ("adrift", "nuc"))
    fishing = f.gear is not None and f.gear != "CARRIER"
    p.add("FISHING VESSEL " if fishing else rng.choice(("VESSEL ", "MV ", "REEFER ")))
    _vessel_line(p, f, rng, "en")
    _flag(p, f, "en", True)
    if event == "adrift":
        p.add(f"\n   ADRIFT WITHOUT PROPULSION IN {pos} AT {dtg}.\n   ")
        p.add(f"DRIFTING SOUTHWEST ABOUT 1.5 KNOTS. CREW OF {rng.randint(8, 40)} ON BOARD.\n")
    elif event == "nuc":
        p.add(f"\n   NOT UNDER COMMAND IN {pos} AT {dtg}, STEERING GEAR FAILURE.\n")
    elif event == "aground":
        p.add(f"\n   AGROUND IN {pos} SINCE {dtg}. SALVAGE OPERATIONS IN PROGRESS.\n")
    else:
        assert other is not None
        p.add("\n   IN TOW OF FISHING VESSEL ").put(other.name, "VESSEL_NAME")
        p.add(f" FROM {pos} TO {port}")
        p.add(f",\n   TOW LENGTH {rng.randint(3, 8) * 100} METERS, SPEED 4 KNOTS.\n")
    if f.loa and rng.random() < 0.6:
        p.add("   VESSEL ").put("LOA", "METRIC_TYPE").add(" ").put(f.loa, "METRIC_VALUE")
        p.add(" ").put("METERS", "METRIC_UNIT").add(", ")
        p.add(rng.choice(("WHITE HULL", "RED HULL", "BLUE HULL, WHITE SUPERSTRUCTURE")) + ".\n")
    p.add(f"   MARINERS REQUESTED TO KEEP CLEAR AND REPORT SIGHTINGS\n   TO {mrcc}")
    p.add(
        f", TEL +{prefix} {rng.randint(100, 9999)} {rng.randint(1000, 9999)}, "
        f"MMSI 00{rng.randint(2010000, 7759999)}.\n"
    )
    return event == "tow"


def _page(
    kind: str,
    vessels: list[Vessel],
    rng: random.Random,
    area: tuple[Any, ...],
    year: int,
    month: int,
) -> PageDraft:
    navarea, region, lat, lon = area[0], area[1], area[2], area[3]
    chosen = pick(vessels, rng, rng.randint(2, 4))
    p = PageDraft()
    if kind == "fr":
        return _french(p, chosen, rng, year, month)
    if kind == "es":
        return _spanish(p, chosen, rng, year, month)
    if kind == "ntm":
        p.add(f"NOTICE TO MARINERS — WEEKLY EDITION {rng.randint(1, 52):02d}/{year}\n")
        p.add("SECTION III — NAVIGATIONAL WARNINGS IN FORCE\n\n")
    messages = rng.randint(2, 4)
    vessel_messages = rng.randint(1, min(2, messages))
    order = [True] * vessel_messages + [False] * (messages - vessel_messages)
    rng.shuffle(order)
    used = 0
    for about_vessel in order:
        number = f"{rng.randint(1, 1999):04d}/{year % 100:02d}"
        dtg = _dtg(rng, month, year)
        pos = coord(rng, lat, lon)
        if kind == "navtex":
            p.add(
                f"ZCZC {rng.choice('ABCDEFGHIJKLMNOP')}{rng.choice('ABDL')}"
                f"{rng.randint(10, 99)}\n{dtg.replace('Z', ' UTC')}\n"
            )
        if kind == "bulletin":
            p.add(f"HYDROPAC {number}({rng.choice(('61', '57', '71', '81'))}).\n")
        else:
            p.add(f"{navarea} {number}\n")
        p.add(f"{region}\n")
        if about_vessel and used < len(chosen):
            f = chosen[used]
            other = chosen[used + 1] if used + 1 < len(chosen) else None
            used += 1
            p.add("1. ")
            if _event(p, f, other, rng, pos, dtg, area):
                used += 1
            cancel = _dtg(rng, month, year, after=min(28, int(dtg[:2]) + 1))
            p.add(f"2. CANCEL THIS MSG {cancel}.\n")
        else:
            p.add("1. ")
            _other(p, rng, pos, coord(rng, lat, lon), dtg)
            p.add(f"\n2. CANCEL {navarea} {rng.randint(1, 1999):04d}/{year % 100:02d}.\n")
        p.add("NNNN\n\n" if kind == "navtex" else "\n")
    if kind == "ntm":
        p.add(
            "Warnings cancelled this week: "
            + ", ".join(f"{rng.randint(1, 1999):04d}/{year % 100:02d}" for _ in range(4))
            + ".\n"
        )
    while len(p) < 840:
        p.add(f"{navarea} {rng.randint(1, 1999):04d}/{year % 100:02d}\n{region}\n1. ")
        _other(p, rng, coord(rng, lat, lon), coord(rng, lat, lon), _dtg(rng, month, year))
        p.add("\n\n")
    return p


def _french(
    p: PageDraft, chosen: list[Facts], rng: random.Random, year: int, month: int
) -> PageDraft:
    zone = rng.choice(("LA RÉUNION", "NOUVELLE-CALÉDONIE", "ATLANT", "MANCHE"))
    p.add(f"PRÉFECTURE MARITIME — AVURNAV {zone} {rng.randint(1, 400):03d}/{year % 100:02d}\n")
    p.add(f"Date-heure : {_dtg(rng, month, year)}\n\n")
    f = chosen[0]
    pos = coord(rng, (-25.0, -18.0), (50.0, 58.0))
    p.add("Le navire de pêche ")
    _vessel_line(p, f, rng, "fr")
    _flag(p, f, "fr", False)
    p.add(
        rng.choice(
            (
                f", en avarie de propulsion, dérive dans le secteur {pos}.",
                f", non maître de sa manœuvre, se trouve par {pos}.",
                f", privé d'énergie, est remorqué depuis la position {pos} vers le port de "
                f"Port-Réunion.",
            )
        )
    )
    if f.loa:
        p.add(" Longueur : ").put(f.loa.replace(".", ","), "METRIC_VALUE").add(" ")
        p.put("m", "METRIC_UNIT").add(".")
    p.add(
        "\nLes navigateurs sont priés de s'en écarter d'au moins 2 milles nautiques et de "
        "signaler toute observation au CROSS (tél. +262 262 43 43 43, MMSI 006601000, VHF "
        "canal 16).\n\n"
    )
    if len(chosen) > 1:
        g = chosen[1]
        p.add("Le navire ")
        _vessel_line(p, g, rng, "fr")
        p.add(" a été chargé de l'assistance et se trouve sur zone.\n\n")
    p.add(
        f"Annulation : AVURNAV {zone} {rng.randint(1, 400):03d}/{year % 100:02d}.\n"
        "Ce message sera annulé par avis ultérieur.\n\n"
    )
    p.add(
        "AVURNAV en vigueur dans la zone : consulter le site du SHOM ou la station radio "
        "côtière. Rappel : les navires doivent maintenir une veille permanente sur la voie "
        "16 de la VHF et sur la fréquence ASN 70.\n"
    )
    if len(p) < 840:
        p.add(
            "\nAVURNAV en vigueur : "
            + ", ".join(f"{rng.randint(1, 400):03d}/{year % 100:02d}" for _ in range(6))
            + ".\n"
        )
    return p


def _spanish(
    p: PageDraft, chosen: list[Facts], rng: random.Random, year: int, month: int
) -> PageDraft:
    p.add(f"RADIOAVISO NÁUTICO\nNAVAREA XVI {rng.randint(1, 999):03d}/{year % 100:02d}\n")
    p.add(f"DIRECCIÓN DE HIDROGRAFÍA Y NAVEGACIÓN — {_dtg(rng, month, year)}\n\n")
    for i, f in enumerate(chosen[: rng.randint(1, 2)]):
        pos = coord(rng, (-18.0, -8.0), (-84.0, -78.0))
        p.add(f"{i + 1}. BUQUE PESQUERO ")
        _vessel_line(p, f, rng, "es")
        _flag(p, f, "es", True)
        p.add(
            rng.choice(
                (
                    f"\n   SIN GOBIERNO POR FALLA DE MÁQUINAS EN POSICIÓN {pos}.\n",
                    f"\n   A LA DERIVA EN POSICIÓN {pos}, SIN LUCES DE NAVEGACIÓN.\n",
                    f"\n   REMOLCADO DESDE POSICIÓN {pos} CON DESTINO AL CALLAO.\n",
                )
            )
        )
        if f.gt and rng.random() < 0.5:
            p.add("   ").put("ARQUEO BRUTO", "METRIC_TYPE").add(" ").put(f.gt, "METRIC_VALUE")
            p.add(".\n")
    p.add(
        "   SE RECOMIENDA A LOS NAVEGANTES EXTREMAR LAS PRECAUCIONES Y MANTENERSE A "
        "5 MILLAS.\n   INFORMAR AVISTAMIENTOS A MRCC CALLAO, TEL +51 1 613 6865, "
        "MMSI 007600125.\n\n"
    )
    p.add(
        f"NAVAREA XVI {rng.randint(1, 999):03d}/{year % 100:02d}\nPERÚ. BAHÍA DEL CALLAO.\n"
        "1. TRABAJOS DE DRAGADO EN EL CANAL DE ACCESO, DRAGA CON LUCES REGLAMENTARIAS.\n"
        "2. ANULAR ESTE AVISO 30 DÍAS DESPUÉS DE SU EMISIÓN.\n"
    )
    while len(p) < 840:
        p.add(
            "\nAVISOS EN VIGOR: "
            + ", ".join(f"{rng.randint(1, 999):03d}/{year % 100:02d}" for _ in range(8))
            + ".\n"
        )
    return p
