"""A shipyard's dry-docking schedule: vessels booked into docks and slipways with dates, work
scope and status (English planning sheet, Spanish "programa de varadas", French "planning des
mises au sec")."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from ._page import PageDraft

LAYOUT = "drydock_schedule"

_YARDS = {
    "en": (
        "Pacific Marine Dockyard Ltd",
        "Mindanao Slipway & Engineering Corp",
        "Port Louis Drydock Co",
    ),
    "es": (
        "Astilleros del Atlántico Norte SA",
        "Varaderos y Talleres del Sur SL",
        "Astillero Naval del Pacífico SAC",
    ),
    "fr": (
        "Chantier Naval de l'Océan Indien",
        "Ateliers et Chantiers du Port SAS",
        "Société de Réparation Navale de Dakar",
    ),
}
_H: dict[str, dict[str, Any]] = {
    "en": {
        "title": "DRY-DOCKING SCHEDULE",
        "week": "Week",
        "issued": "Issued",
        "rev": "Rev.",
        "cols": ("Dock", "Vessel", "IMO", "LOA m", "Dock in", "Undock", "Days", "Status"),
        "owner": "Owner/Manager",
        "flag": "Flag",
        "cs": "Call sign",
        "built": "built",
        "scope": "Scope",
        "scopes": (
            "hull blasting & painting, anodes, sea chests",
            "tailshaft withdrawal, propeller polishing",
            "special survey SS3, steel renewal fish hold",
            "rudder bearing renewal, bottom survey",
            "freezer plant overhaul, hull cleaning",
            "intermediate survey, sea valves overhaul",
        ),
        "status": ("CONFIRMED", "TENTATIVE", "IN DOCK", "COMPLETED", "AWAITING OWNER"),
    },
    "es": {
        "title": "PROGRAMA DE VARADAS",
        "week": "Semana",
        "issued": "Emitido",
        "rev": "Rev.",
        "cols": ("Dique", "Buque", "IMO", "Eslora", "Entrada", "Salida", "Días", "Estado"),
        "owner": "Armador",
        "flag": "Bandera",
        "cs": "Distintivo",
        "built": "construido en",
        "scope": "Trabajos",
        "scopes": (
            "chorreado y pintado de casco, ánodos, tomas de mar",
            "desmontaje de eje de cola, pulido de hélice",
            "renovación de clase, renovación de chapa en bodega",
            "reconocimiento de fondos, casquillos del timón",
            "revisión de planta frigorífica, limpieza de casco",
        ),
        "status": ("CONFIRMADO", "PROVISIONAL", "EN DIQUE", "TERMINADO", "PENDIENTE ARMADOR"),
    },
    "fr": {
        "title": "PLANNING DES MISES AU SEC",
        "week": "Semaine",
        "issued": "Édité le",
        "rev": "Rév.",
        "cols": ("Forme", "Navire", "OMI", "Lht m", "Entrée", "Sortie", "Jours", "Statut"),
        "owner": "Armateur",
        "flag": "Pavillon",
        "cs": "Indicatif",
        "built": "construit en",
        "scope": "Travaux",
        "scopes": (
            "sablage et peinture de coque, anodes, prises d'eau",
            "dépose de la ligne d'arbre, polissage de l'hélice",
            "visite de renouvellement, remplacement de tôles en cale",
            "visite de carène, bagues de gouvernail",
            "révision de l'installation frigorifique, carénage",
        ),
        "status": ("CONFIRMÉ", "OPTION", "EN FORME", "TERMINÉ", "ATTENTE ARMATEUR"),
    },
}
_DOCKS = ("DD1", "DD2", "FD-3", "Slip 1", "Slip 2", "Lift 600t", "FD-4")
_NOTES = {
    "en": [
        "Docking dates are subject to weather, tide and completion of the preceding vessel. "
        "Owners are requested to confirm docking particulars (docking plan, tank soundings) "
        "72 hours before arrival.",
        "Dock capacities: DD1 8,500 t lifting / 135 m; DD2 4,200 t / 98 m; FD-3 2,800 t / 85 m; "
        "Slipways 1-2 1,200 t; ship lift 600 t.",
        "Yard contact: Docking Master, tel. +63 83 552 8821, VHF ch 71; planning@yard.example",
        "Hot work permits issued by the Yard Safety Office only; gas-free certificate required "
        "for fuel and fish-hold tanks.",
        "Job numbers (J-) are the yard's own and must appear on all purchase orders.",
    ],
    "es": [
        "Las fechas de varada están sujetas a las condiciones meteorológicas y a la salida del "
        "buque anterior. El armador deberá remitir el plano de varada con 72 horas de antelación.",
        "Capacidades: Dique 1 8.500 t / 135 m; Dique 2 4.200 t / 98 m; varaderos 1.200 t.",
        "Contacto: Jefe de Diques, tel. +34 986 23 11 40, VHF canal 71.",
        "Los números de obra (J-) deben figurar en todos los pedidos y facturas.",
    ],
    "fr": [
        "Les dates de mise au sec sont données sous réserve de la météo et de la sortie du "
        "navire précédent. Le plan d'accorage doit être transmis 72 heures avant l'arrivée.",
        "Capacités : forme 1 8 500 t / 135 m ; forme 2 4 200 t / 98 m ; slipway 1 200 t.",
        "Contact : Chef de formes, tél. +221 33 849 12 40, VHF canal 71.",
        "Les numéros d'affaire (J-) doivent figurer sur toutes les commandes.",
    ],
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    h = _H[lang]
    notes = C.Notes(_NOTES[lang], rng)
    yard = rng.choice(_YARDS[lang])
    issued = C.day(rng)
    week = issued.isocalendar()[1]
    style = {"en": "dmon", "es": "dmy", "fr": "dmy"}[lang]
    widths = [10, 21, 9, 7, 13, 13, 5, 12]
    ships = C.pick_ships(vessels, rng, rng.randint(4, 11))
    pages: list[PageDraft] = []

    def header(number: int) -> PageDraft:
        page = PageDraft()
        page.add(f"{yard.upper()}\n{h['title']} - {h['week']} {week}/{issued.year}   ")
        page.add(f"{h['issued']} {C.fmt_date(issued, style)}   {h['rev']} {rng.randint(0, 6)}")
        page.add(f"   p. {number}\n\n")
        C.table_row(page, [[(c, None)] for c in h["cols"]], widths)
        page.add("=" * 94 + "\n")
        return page

    page = header(1)
    pages.append(page)
    cursor = issued
    for s in ships:
        row = PageDraft()
        days = rng.randint(3, 21)
        start = cursor + dt.timedelta(days=rng.randint(0, 5))
        cursor = start + dt.timedelta(days=days // 2)
        C.table_row(
            row,
            [
                [(rng.choice(_DOCKS), None)],
                [(s.name, "VESSEL_NAME")],
                C.tok(s.imo, "IMO", "-"),
                C.tok(C.decimal(s.loa, lang) if s.loa else None, "METRIC_VALUE", "?"),
                [(C.fmt_date(start, style), None)],
                [(C.fmt_date(start + dt.timedelta(days=days), style), None)],
                [(str(days), None)],
                [(rng.choice(h["status"]), None)],
            ],
            widths,
        )
        row.add("         ")
        if s.owner:
            row.add(f" {h['owner']}: ").add(s.owner, "ASSOC_NAME")
        if s.flag:
            row.add(f"  {h['flag']}: ").add(C.flag_name(s.flag, lang, rng), "FLAG")
        if s.ircs and rng.random() < 0.5:
            row.add(f"  {h['cs']} ").add(s.ircs, "IRCS")
        row.nl()
        row.add(f"          J-{issued.year % 100}-{rng.randint(100, 999)}  {h['scope']}: ")
        row.add(rng.choice(h["scopes"]))
        if s.year and rng.random() < 0.4:
            row.add(f" ({h['built']} ").add(s.year, "BUILD_YEAR").add(")")
        row.nl()
        if len(page) + len(row) > 2500 and len(pages) < 3:
            page = header(len(pages) + 1)
            pages.append(page)
        if len(page) + len(row) <= 2800:
            page.extend(row)
    for p in pages:
        notes.fill(p)
    return pages
