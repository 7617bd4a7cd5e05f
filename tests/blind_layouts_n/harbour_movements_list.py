"""A harbour master's daily list of arrivals, departures and vessels in port: fishing vessels
among merchant ships, with English, Spanish or French headers."""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _ids as ids
from . import _vocab as V
from ._page import Cell, PageBuilder, PageDraft

LAYOUT = "harbour_movements_list"

_HEAD = {
    "en": (
        "PORT OF {port} ({code}) - HARBOUR MASTER'S OFFICE",
        "DAILY SHIPPING MOVEMENTS - {d}",
        ("EXPECTED ARRIVALS", "DEPARTURES", "VESSELS IN PORT"),
        ("Vessel", "Type", "Flag", "{id}", "GT", "Agent", "Berth", "{t}", "From/To"),
        ("ETA", "ETD", "Since"),
        "Call sign",
        "Times are local. Movements subject to pilot availability and weather.",
        "NOTICES",
        (
            "Berth {b} closed for dredging until {d}.",
            "Bunkering at berth {b} from 08:00 to 16:00; no other movements alongside.",
            "Fishing vessels must present their landing declaration 24 h before discharge.",
            "Pilot boarding position moved 0.5 nm north until further notice.",
        ),
    ),
    "es": (
        "AUTORIDAD PORTUARIA DE {port} ({code}) - CAPITANÍA MARÍTIMA",
        "PARTE DIARIO DE MOVIMIENTO DE BUQUES - {d}",
        ("LLEGADAS PREVISTAS", "SALIDAS", "BUQUES EN PUERTO"),
        ("Buque", "Tipo", "Bandera", "{id}", "GT", "Consignatario", "Muelle", "{t}", "Proc./Dest."),
        ("ETA", "ETD", "Desde"),
        "Distintivo",
        "Horas locales. Movimientos sujetos a disponibilidad de practicaje.",
        "AVISOS",
        (
            "Muelle {b} cerrado por dragado hasta el {d}.",
            "Suministro de combustible en el muelle {b} de 08:00 a 16:00.",
            "Los pesqueros deben presentar la declaración de desembarque 24 h antes.",
            "El punto de embarque del práctico se desplaza 0,5 millas al norte.",
        ),
    ),
    "fr": (
        "PORT DE {port} ({code}) - CAPITAINERIE",
        "MOUVEMENTS DES NAVIRES DU {d}",
        ("ARRIVÉES PRÉVUES", "DÉPARTS", "NAVIRES À QUAI"),
        ("Navire", "Type", "Pavillon", "{id}", "JB", "Agent", "Poste", "{t}", "Prov./Dest."),
        ("ETA", "ETD", "Depuis"),
        "Indicatif",
        "Heures locales. Mouvements sous réserve de disponibilité du pilotage.",
        "AVIS",
        (
            "Poste {b} fermé pour dragage jusqu'au {d}.",
            "Soutage au poste {b} de 08h00 à 16h00.",
            "Les navires de pêche déposent leur déclaration de débarquement 24 h avant.",
            "Position d'embarquement du pilote déplacée de 0,5 mille vers le nord.",
        ),
    ),
}
# Operations alongside: unloading (followed by species codes), others, and the column header.
_OPERATIONS = {
    "en": ("Unloading", "Bunkering", "Repairs", "Cargo ops", "Crew change", "Operation"),
    "es": ("Descarga", "Combustible", "Reparaciones", "Carga", "Relevo tripulación", "Operación"),
    "fr": ("Débarquement", "Soutage", "Réparations", "Manutention", "Relève", "Opération"),
}
_WIDTHS = (22, 17, 10, 10, 7, 34, 7, 13, 6)


def _merchant(name: str, rng: random.Random) -> tuple[C.Shown, int]:
    flag, prefixes = rng.choice(V.MERCHANT_FLAGS)
    kind = rng.randrange(len(V.MERCHANT_TYPES))
    tonnage = (
        rng.randint(150, 900)
        if V.MERCHANT_TYPES[kind][0] == "Tug"
        else rng.randint(3, 95) * 1000 + rng.randint(0, 999)
    )
    ship = C.Shown(
        name=name,
        flag=flag,
        imo=ids.new_imo(rng),
        mmsi=None,
        ircs=ids.new_call_sign(rng, rng.choice(prefixes)),
        port=None,
        owner=None,
        gt=str(tonnage),
        loa=None,
        year=None,
        gear="",
        former_name=None,
    )
    return ship, kind


def _row(
    b: PageBuilder,
    ship: C.Shown,
    kind: str,
    when: str,
    doc: dict[str, str],
    rng: random.Random,
    in_port: bool = False,
) -> None:
    lang = doc["lang"]
    flag: Cell = (
        (C.flag_text(ship.flag, rng, lang, doc["flag"]), "FLAG") if ship.flag else ("-", None)
    )
    if doc["id"] == "imo":
        ident: Cell = (ship.imo, "IMO") if ship.imo else (doc["none"], None)
    else:
        ident = (ship.ircs, "IRCS") if ship.ircs else (doc["none"], None)
    where = rng.choice(V.PORTS)[0]
    cells: list[Cell] = [
        (ship.name, "VESSEL_NAME"),
        (kind, None),
        flag,
        ident,
        (ship.gt, "METRIC_VALUE") if ship.gt else ("-", None),
        (rng.choice(V.AGENTS), "ASSOC_NAME"),
        (f"{rng.choice('ABCDQ')}{rng.randint(1, 24)}", None),
        (when, None),
        (where, "PORT_ID") if where != doc["port"] else ("-", None),
    ]
    if not in_port:
        b.row(cells, _WIDTHS)
        return
    b.row([*cells[:-1], ("", None)], _WIDTHS, end="")
    words = _OPERATIONS[doc["lang"]]
    if ship.gear and rng.random() < 0.7:
        codes = sorted({C.catch_of(ship.gear, rng)[0] for _ in range(2)})
        b.text(words[0] + " ").cells([(code, "SPECIES_NAME") for code in codes], sep="/").nl()
    else:
        b.line(rng.choice(words[1:-1]))


def _section(
    b: PageBuilder,
    number: int,
    ships: list[tuple[C.Shown, str]],
    day: date,
    doc: dict[str, str],
    rng: random.Random,
) -> None:
    head = _HEAD[doc["lang"]]
    b.nl().line(head[2][number]).nl()
    id_head = "IMO" if doc["id"] == "imo" else head[5]
    titles = [h.format(id=id_head, t=head[4][number]) for h in head[3]]
    if number == 2:
        titles[-1] = _OPERATIONS[doc["lang"]][-1]
    b.row([(t, None) for t in titles], _WIDTHS)
    b.line("-" * 125)
    for ship, kind in ships:
        moment = day + timedelta(days=rng.randint(-9, 0) if number == 2 else rng.randint(0, 1))
        when = f"{moment:%d/%m} {rng.randint(0, 23):02d}:{rng.choice(('00', '15', '30', '45'))}"
        _row(b, ship, kind, when, doc, rng, in_port=number == 2)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    code = rng.choice(V.HARBOURS)
    port = next(p for p in V.PORTS if p[0] == code)
    doc = {
        "lang": lang,
        "port": code,
        "id": rng.choice(("ircs", "ircs", "imo")),
        "flag": rng.choice(("iso2", "iso3", "name")),
        "none": C.placeholder(rng, lang),
    }
    day = C.some_date(rng, 2023, 2025)
    index = C.LANG[lang]
    two_pages = rng.random() < 0.5
    count = rng.randint(5, 9) if two_pages else rng.randint(4, 7)
    fishing = [(s, V.FISHING_TYPES[s.gear][index]) for s in C.pick(vessels, rng, count)]
    merchants = []
    for name in rng.sample(
        V.MERCHANT_NAMES, rng.randint(6, 10) if two_pages else rng.randint(3, 5)
    ):
        ship, kind = _merchant(name, rng)
        merchants.append((ship, V.MERCHANT_TYPES[kind][index]))
    ships = fishing + merchants
    rng.shuffle(ships)
    if two_pages:  # arrivals and departures on page 1, vessels in port on page 2
        cut2 = len(ships) // 2 + rng.randint(-1, 1)
        cut1 = rng.randint(2, cut2 - 2)
    else:
        cut1, cut2 = sorted(rng.sample(range(1, len(ships)), 2))
    head = _HEAD[lang]
    b = PageBuilder()
    before, after = head[0].split("{code}")
    b.text(before.format(port=port[1 + index].upper())).span(code, "PORT_ID").line(after)
    b.line(head[1].format(d=C.fmt_date(day, "long", lang).upper())).nl()
    b.line(head[6])
    _section(b, 0, ships[:cut1], day, doc, rng)
    _section(b, 1, ships[cut1:cut2], day, doc, rng)
    pages: list[PageDraft] = []
    if two_pages:
        b.nl().line("- 1 -")
        pages.append(b.draft())
        b = PageBuilder()
        b.line(head[1].format(d=C.fmt_date(day, "dmy", lang))).nl()
    _section(b, 2, ships[cut2:], day, doc, rng)
    b.nl().line(head[7])
    until = f"{day + timedelta(days=2):%d/%m}"
    for notice in rng.sample(head[8], 2):
        berth = rng.choice("ABCD") + str(rng.randint(1, 24))
        b.line(f"  * {notice.format(b=berth, d=until)}")
    b.nl().line(f"VHF 12/16 - {rng.choice(V.OFFICIALS)}, duty harbour master")
    pages.append(b.draft())
    return pages
