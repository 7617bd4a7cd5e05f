"""A harbour pilotage booking confirmation (en/es/fr), sometimes with the day's pilot schedule."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Seg, pad
from ._vocab import GEAR_WORDS, PORTS

LAYOUT = "pilotage_booking"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "station": "{port} PILOT STATION",
        "title": "PILOTAGE BOOKING CONFIRMATION",
        "ref": "Booking ref.",
        "issued": "Issued",
        "port": "Port",
        "move": "Movement",
        "moves": (
            "INWARD — outer anchorage to {berth}",
            "OUTWARD — {berth} to sea",
            "SHIFT — {berth} to bunker berth",
        ),
        "agent": "Booked by (agent)",
        "vessel": "VESSEL",
        "name": "Name",
        "flag": "Flag",
        "type": "Type",
        "gt": "Gross tonnage",
        "loa": "LOA",
        "beam": "Beam",
        "draft": "Draught fwd/aft",
        "service": "SERVICE",
        "time": "Pilot on board",
        "pbg": "Boarding position",
        "pilot": "Pilot assigned",
        "tugs": "Tugs",
        "vhf": "VHF",
        "charges": "Estimated charges",
        "sched": "PILOTAGE SCHEDULE",
        "cols": ("Time", "Vessel", "Call sign", "LOA m", "Draught", "From / To"),
        "notes": (
            "Masters are reminded that the pilot ladder must comply with SOLAS V/23 and be "
            "rigged 1.5 m above the water on the lee side. The booking lapses if the vessel "
            "is more than 60 minutes late at the boarding ground.",
            "Cancellation later than two hours before the booked time is charged at 50 % of "
            "the pilotage fee. Changes must be confirmed by the agent in writing.",
            "Vessels must report to Port Control on VHF when 12 nm from the boarding ground "
            "and keep a listening watch until the pilot is on board.",
        ),
    },
    "es": {
        "station": "CORPORACIÓN DE PRÁCTICOS DEL PUERTO DE {port}",
        "title": "CONFIRMACIÓN DE SERVICIO DE PRACTICAJE",
        "ref": "Ref. solicitud",
        "issued": "Emitida",
        "port": "Puerto",
        "move": "Maniobra",
        "moves": (
            "ENTRADA — fondeadero exterior a {berth}",
            "SALIDA — {berth} a la mar",
            "CAMBIO DE ATRAQUE — {berth} a muelle de combustible",
        ),
        "agent": "Consignatario",
        "vessel": "BUQUE",
        "name": "Nombre",
        "flag": "Bandera",
        "type": "Tipo",
        "gt": "Arqueo bruto",
        "loa": "Eslora total",
        "beam": "Manga",
        "draft": "Calado proa/popa",
        "service": "SERVICIO",
        "time": "Práctico a bordo",
        "pbg": "Punto de embarque",
        "pilot": "Práctico asignado",
        "tugs": "Remolcadores",
        "vhf": "VHF",
        "charges": "Tarifa estimada",
        "sched": "PROGRAMA DE PRACTICAJE",
        "cols": ("Hora", "Buque", "Indicativo", "Eslora m", "Calado", "Origen / Destino"),
        "notes": (
            "Se recuerda a los capitanes que la escala de práctico debe cumplir la regla "
            "SOLAS V/23. La solicitud caduca si el buque llega con más de 60 minutos de "
            "retraso al punto de embarque.",
            "Las anulaciones con menos de dos horas de antelación se facturan al 50 % de la "
            "tarifa. Los cambios deben ser confirmados por escrito por el consignatario.",
            "Los buques deben llamar a Control del Puerto por VHF a 12 millas del punto de "
            "embarque y mantener escucha hasta el embarque del práctico.",
        ),
    },
    "fr": {
        "station": "STATION DE PILOTAGE DE {port}",
        "title": "CONFIRMATION DE RÉSERVATION DE PILOTAGE",
        "ref": "Réf. réservation",
        "issued": "Émise le",
        "port": "Port",
        "move": "Mouvement",
        "moves": (
            "ENTRÉE — mouillage extérieur vers {berth}",
            "SORTIE — {berth} vers le large",
            "DÉHALAGE — {berth} vers le poste de soutage",
        ),
        "agent": "Agent consignataire",
        "vessel": "NAVIRE",
        "name": "Nom",
        "flag": "Pavillon",
        "type": "Type",
        "gt": "Jauge brute",
        "loa": "Longueur hors tout",
        "beam": "Largeur",
        "draft": "Tirant d'eau AV/AR",
        "service": "PRESTATION",
        "time": "Pilote à bord",
        "pbg": "Point d'embarquement",
        "pilot": "Pilote désigné",
        "tugs": "Remorqueurs",
        "vhf": "VHF",
        "charges": "Estimation des droits",
        "sched": "PROGRAMME DE PILOTAGE",
        "cols": ("Heure", "Navire", "Indicatif", "LHT m", "TE", "De / Vers"),
        "notes": (
            "Il est rappelé aux capitaines que l'échelle de pilote doit être conforme à la "
            "règle SOLAS V/23. La réservation est annulée si le navire a plus de 60 minutes "
            "de retard au point d'embarquement.",
            "Toute annulation moins de deux heures avant l'heure prévue est facturée à 50 % "
            "du tarif. Les modifications doivent être confirmées par écrit par l'agent.",
            "Les navires doivent appeler la capitainerie en VHF à 12 milles du point "
            "d'embarquement et rester en veille jusqu'à l'embarquement du pilote.",
        ),
    },
}
_CS = {"en": "Call sign", "es": "Indicativo", "fr": "Indicatif"}
_BERTHS = (
    "Fishing Port Quay 3",
    "Quai de pêche n° 2",
    "Muelle Pesquero Norte",
    "Berth F4",
    "Quai des thoniers",
    "Dársena Pesquera",
    "Cold Store Wharf",
    "Muelle Reina Sofía",
)
_AGENTS = (
    "Oceanic Shipping Agency",
    "Agencia Marítima del Sur",
    "Consignations Océan Indien",
    "Blue Harbour Agencies",
    "Transmar Consignaciones",
    "Agence Maritime du Pacifique",
)


def _schedule(
    fleet: list[c.Facts], t: dict[str, str], day: dt.date, rng: random.Random
) -> PageDraft:
    page = PageDraft()
    page.line(f"{t['sched']} — {day.strftime('%d/%m/%Y')}")
    page.line("=" * 78)
    cols = t["cols"]
    page.line(f"{cols[0]:<7}{cols[1]:<24}{cols[2]:<11}{cols[3]:<9}{cols[4]:<9}{cols[5]}")
    page.line("-" * 78)
    hour = rng.randint(0, 6)
    for v in fleet:
        hour = min(23, hour + rng.randint(1, 3))
        page.add(f"{hour:02d}{rng.choice(('00', '15', '30', '45'))}   ")
        page.add((v.name, "VESSEL_NAME"), " " * max(2, 24 - len(v.name)))
        page.add(c.opt(v.ircs, "IRCS", "TBA"), " " * max(2, 11 - len(v.ircs or "TBA")))
        if v.length_m:
            page.add((v.length_m, "METRIC_VALUE"), " " * max(2, 9 - len(v.length_m)))
        else:
            page.add("—".ljust(9))
        page.add(f"{rng.uniform(3.5, 8.5):.1f}".ljust(9))
        page.line(rng.choice(("ANCH / F3", "F3 / SEA", "SEA / F1", "B2 / BUNK", "ANCH / B7")))
    page.line("-" * 78)
    page.line(f"{len(fleet)} movements. Duty pilot mobile {c.phone(rng)}.")
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    port, locode, _, lang = rng.choice(PORTS)
    t = _T[lang]
    fleet = c.pick_vessels(vessels, rng, rng.randint(3, 7))
    v = fleet[0]
    day = c.some_day(rng)
    page = PageDraft()
    page.line(t["station"].format(port=port.upper()))
    page.line(t["title"])
    page.line()
    page.line(
        f"{t['ref']}: PB-{day.year}-{rng.randint(1000, 99999):05d}    {t['issued']}: "
        f"{(day - dt.timedelta(days=1)).strftime('%d/%m/%Y')} "
        f"{rng.randint(8, 21):02d}{rng.randint(0, 59):02d} LT"
    )
    page.line(f"{t['port']}: {port} (", (locode, "PORT_ID"), ")")
    berth = rng.choice(_BERTHS)
    page.line(f"{t['move']}: {rng.choice(t['moves']).format(berth=berth)}")
    page.line(f"{t['agent']}: {rng.choice(_AGENTS)}, tel. {c.phone(rng)}")
    page.line()
    page.line(t["vessel"])
    inline = rng.random() < 0.5
    if inline:
        segs: list[Seg] = [f"{t['name']}: ", (v.name, "VESSEL_NAME")]
        if v.flag:
            segs += [
                f"   {t['flag']}: ",
                (c.country(v.flag, lang, code=rng.random() < 0.4) or v.flag, "FLAG"),
            ]
        page.line(*segs)
        ids: list[Seg] = [
            "IMO: ",
            c.opt(v.imo, "IMO", "N/A"),
            f"   {_CS[lang]}: ",
            c.opt(v.ircs, "IRCS", "—"),
        ]
        ids += ["   MMSI: ", c.opt(v.mmsi, "MMSI", "—")]
        page.line(*ids)
    else:
        page.line(f"  {t['name']:<18}", (v.name, "VESSEL_NAME"))
        page.line(f"  {'IMO':<18}", c.opt(v.imo, "IMO", "N/A"))
        page.line(f"  {_CS[lang]:<18}", c.opt(v.ircs, "IRCS", "—"))
        page.line(f"  {'MMSI':<18}", c.opt(v.mmsi, "MMSI", "—"))
        if v.flag:
            page.line(f"  {t['flag']:<18}", (c.country(v.flag, lang) or v.flag, "FLAG"))
    gear = GEAR_WORDS.get(v.gear or "", ("fishing vessel", "pesquero", "navire de pêche"))
    page.line(f"{t['type']}: {gear[c.LANGS.index(lang)]}")
    dims: list[Seg] = []
    if v.gross_tonnage:
        dims += [*c.metric(t["gt"], v.gross_tonnage, None), "   "]
    if v.length_m:
        dims += [*c.metric(t["loa"], v.length_m, "m"), "   "]
    beam = f"{rng.uniform(6.5, 16.0):.1f}"
    dims += [(t["beam"], "METRIC_TYPE"), ": ", (beam, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT")]
    page.line(*dims)
    page.line(
        f"{t['draft']}: {rng.uniform(3.5, 6.5):.1f} / {rng.uniform(4.0, 7.5):.1f} m   "
        f"ETA: {day.strftime('%d/%m')} {rng.randint(0, 23):02d}00"
    )
    page.line()
    page.line(t["service"])
    board = f"{day.strftime('%d/%m/%Y')} {rng.randint(0, 23):02d}{rng.choice(('00', '30'))} LT"
    page.line(f"{t['time']}: {board}")
    pbg = c.position(rng, "io", rng.choice(("deg", "dash")))
    page.line(f"{t['pbg']}: PBG {rng.choice(('A', 'B', 'Alpha', 'Norte'))}, {pbg}")
    page.line(f"{t['pilot']}: Capt. {c.person(rng)} (pilot no. {rng.randint(10, 250)})")
    page.line(f"{t['tugs']}: {rng.randint(0, 2)} x ASD, BP {rng.randint(25, 70)} t")
    page.line(
        f"{t['vhf']}: Port Control ch {rng.randint(9, 16)} / Pilots ch {rng.randint(6, 74)}"
        f" — DSC 00{rng.randint(2000000, 7999999)}"
    )
    page.line(
        f"{t['charges']}: USD {c.money(rng, 300, 2800)} "
        f"(tariff {day.year}, art. {rng.randint(3, 19)})"
    )
    pages = [page]
    if len(fleet) > 1:
        sched = _schedule(fleet, t, day, rng)
        if rng.random() < 0.5 and len(page) + len(sched) < 2800:
            page.line()
            page.extend(sched)
        else:
            pages.append(sched)
    for p in pages:
        pad(p, rng.randint(760, 900), t["notes"], rng)
    return pages
