"""A towage / escort request sent to port control for a fishing vessel's arrival, departure or
shift of berth: a numbered form (English, Spanish, French), sometimes preceded by the agent's
covering e-mail, sometimes followed by the port's allocation page."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "tug_request_form"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "TOWAGE / ESCORT SERVICE REQUEST",
        "authority": "PORT OF {port} - PORT CONTROL / VTS",
        "req": "Request No.",
        "recv": "Received",
        "move": "Movement",
        "moves": ("ARRIVAL", "DEPARTURE", "SHIFTING"),
        "s1": "1. VESSEL PARTICULARS",
        "name": "Vessel name",
        "flag": "Flag",
        "imo": "IMO No.",
        "cs": "Call sign",
        "type": "Type",
        "loa": "LOA",
        "beam": "Beam",
        "draft": "Max. draft",
        "gt": "Gross tonnage",
        "power": "Engine power",
        "thr": "Bow thruster",
        "s2": "2. MOVEMENT",
        "eta": "ETA / ETD (LT)",
        "from": "From",
        "to": "To",
        "last": "Last port",
        "next": "Next port",
        "tugs": "Tugs requested",
        "pilot": "Pilot",
        "s3": "3. REQUESTING PARTY",
        "agent": "Agent",
        "contact": "Contact",
        "owner": "Owner / Operator",
        "master": "Master",
        "s4": "4. REMARKS",
        "yesno": ("YES", "NO"),
        "sign": "Signature of agent / master",
    },
    "es": {
        "title": "SOLICITUD DE SERVICIO DE REMOLQUE",
        "authority": "AUTORIDAD PORTUARIA DE {port} - CENTRO DE CONTROL DE SERVICIOS",
        "req": "N.º de solicitud",
        "recv": "Recibida",
        "move": "Maniobra",
        "moves": ("ENTRADA", "SALIDA", "CAMBIO DE ATRAQUE"),
        "s1": "1. DATOS DEL BUQUE",
        "name": "Buque",
        "flag": "Bandera",
        "imo": "Número OMI",
        "cs": "Distintivo de llamada",
        "type": "Tipo",
        "loa": "Eslora total",
        "beam": "Manga",
        "draft": "Calado máximo",
        "gt": "Arqueo bruto",
        "power": "Potencia propulsora",
        "thr": "Hélice de proa",
        "s2": "2. DATOS DE LA MANIOBRA",
        "eta": "Fecha/hora prevista",
        "from": "Desde",
        "to": "Hasta",
        "last": "Puerto de procedencia",
        "next": "Puerto de destino",
        "tugs": "Remolcadores solicitados",
        "pilot": "Práctico",
        "s3": "3. SOLICITANTE",
        "agent": "Consignatario",
        "contact": "Persona de contacto",
        "owner": "Armador",
        "master": "Capitán",
        "s4": "4. OBSERVACIONES",
        "yesno": ("SÍ", "NO"),
        "sign": "Firma y sello del consignatario",
    },
    "fr": {
        "title": "DEMANDE DE REMORQUAGE / ASSISTANCE",
        "authority": "PORT DE {port} - CAPITAINERIE - SERVICE DES MOUVEMENTS",
        "req": "N° de demande",
        "recv": "Reçue le",
        "move": "Mouvement",
        "moves": ("ENTRÉE", "SORTIE", "DÉHALAGE"),
        "s1": "1. CARACTÉRISTIQUES DU NAVIRE",
        "name": "Nom du navire",
        "flag": "Pavillon",
        "imo": "N° OMI",
        "cs": "Indicatif d'appel",
        "type": "Type",
        "loa": "Longueur hors tout",
        "beam": "Largeur",
        "draft": "Tirant d'eau maximal",
        "gt": "Jauge brute",
        "power": "Puissance propulsive",
        "thr": "Propulseur d'étrave",
        "s2": "2. MOUVEMENT",
        "eta": "Date/heure prévue",
        "from": "De",
        "to": "À",
        "last": "Port de provenance",
        "next": "Port de destination",
        "tugs": "Remorqueurs demandés",
        "pilot": "Pilote",
        "s3": "3. DEMANDEUR",
        "agent": "Consignataire",
        "contact": "Contact",
        "owner": "Armateur",
        "master": "Capitaine",
        "s4": "4. OBSERVATIONS",
        "yesno": ("OUI", "NON"),
        "sign": "Signature et cachet du consignataire",
    },
}
_PLACES = {
    "en": ("Pilot station", "Anchorage", "Berth", "Fishing Port", "Quay", "Dock"),
    "es": (
        "Estación de prácticos",
        "Fondeadero",
        "Atraque",
        "Muelle pesquero",
        "Muelle",
        "Dársena",
    ),
    "fr": ("Station de pilotage", "Mouillage", "Poste", "Quai de pêche", "Quai", "Darse"),
}
_AGENTS = {
    "en": tuple(a for a in V.AGENTS if a[2] in {"MU", "FJ", "SC", "US"}),
    "es": tuple(a for a in V.AGENTS if a[2] in {"ES", "PE"}),
    "fr": tuple(a for a in V.AGENTS if a[2] in {"CI", "PF"}),
}
_REMARKS = {
    "en": (
        "Vessel has no bow thruster; 2 tugs requested for swinging in the basin.",
        "Main engine on reduced power after repairs; escort tug requested to the breakwater.",
        "Fishing gear secured on deck. Crew 28. No dangerous goods on board.",
        "Request line handlers at berth; mooring 4 + 2 + 2.",
    ),
    "es": (
        "El buque no dispone de hélice de proa; se solicitan 2 remolcadores para la ciaboga.",
        "Motor principal con potencia reducida; se solicita remolcador de escolta.",
        "Aparejos de pesca trincados. Tripulación 24. Sin mercancías peligrosas a bordo.",
        "Se solicitan amarradores en muelle; amarre 3 + 2 + 2.",
    ),
    "fr": (
        "Navire sans propulseur d'étrave ; 2 remorqueurs demandés pour l'évitage.",
        "Moteur principal à puissance réduite ; remorqueur d'escorte demandé.",
        "Engins de pêche saisis sur le pont. Équipage 26. Aucune marchandise dangereuse.",
        "Lamaneurs demandés au poste ; amarrage 3 + 2 + 2.",
    ),
}
_NOTES = {
    "en": [
        "Requests must reach Port Control at least 6 hours before the movement; late requests "
        "are served subject to tug availability and may incur a surcharge of 25 %.",
        "Towage is performed under the port's standard towage conditions; the tug master acts "
        "as servant of the hirer (clause 4).",
        "Vessels above 45 m LOA without a serviceable bow thruster require a minimum of one tug "
        "for berthing (Port Bye-law 17).",
        "Port Control: VHF channel 12 / 16. Duty officer available 24 h.",
        "Cancellation less than 2 hours before the booked time is charged at 50 % of the tariff.",
    ],
    "es": [
        "Las solicitudes deberán presentarse con una antelación mínima de 6 horas. El servicio "
        "se prestará conforme al Pliego de Prescripciones Particulares del servicio de remolque.",
        "Centro de Control de Servicios: canal VHF 12 / 16, atención 24 horas.",
        "Las anulaciones con menos de 2 horas de antelación se facturarán al 50 % de la tarifa.",
        "Los buques de eslora superior a 45 m sin hélice de proa operativa deberán utilizar al "
        "menos un remolcador en las maniobras de atraque.",
    ],
    "fr": [
        "Toute demande doit parvenir à la capitainerie au moins 6 heures avant le mouvement. Le "
        "remorquage est effectué aux conditions générales du remorqueur.",
        "Capitainerie : VHF canal 12 / 16, permanence 24 h sur 24.",
        "Toute annulation moins de 2 heures avant l'heure prévue est facturée à 50 % du tarif.",
        "Les navires de plus de 45 m sans propulseur d'étrave en état de marche doivent être "
        "assistés d'au moins un remorqueur à l'accostage.",
    ],
}


def _field(page: PageDraft, key: str, value: str | None, label: str, ph: str) -> PageDraft:
    return page.add(f"{key}: ").val(value, label, ph)


Agent = tuple[str, str, str]


def _slug(agent: Agent) -> str:
    return "".join(c for c in agent[0].split()[0].lower() if c.isascii() and c.isalnum())


def _form(
    s: C.Ship, rng: random.Random, lang: str, port: tuple[str, str, str, str], agent: Agent
) -> PageDraft:
    t = _T[lang]
    page = PageDraft()
    when = C.day(rng)
    style = C.date_style(lang, rng)
    ph = {"en": "N/A", "es": "---", "fr": "néant"}[lang]
    page.add(t["authority"].format(port=port[0].upper()) + "\n")
    page.add(f"{t['title']}          Form PC-{rng.randint(1, 19):02d} rev.{rng.randint(1, 5)}\n")
    page.add(f"{t['req']}: {C.ref_no(rng, 'TUG')}   {t['recv']}: ")
    page.add(f"{C.fmt_date(when, style)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n")
    page.add(f"{t['move']}: {rng.choice(t['moves'])}\n\n{t['s1']}\n")
    page.add(f"  {t['name']}: ").add(s.name, "VESSEL_NAME").add("    ")
    page.add(f"{t['flag']}: ")
    page.val(C.flag_name(s.flag, lang, rng) if s.flag else None, "FLAG", ph).nl()
    page.add("  ")
    _field(page, t["imo"], s.imo, "IMO", ph).add("    ")
    _field(page, t["cs"], s.ircs, "IRCS", ph).add("    ")
    _field(page, "MMSI", s.mmsi, "MMSI", ph).nl()
    page.add(
        f"  {t['type']}: {V.GEAR_WORDS.get(s.gear, V.GEAR_WORDS['TRAWLERS'])[C.LANG_INDEX[lang]]}\n"
    )
    page.add("  ")
    loa = float(s.loa) if s.loa else None
    C.metric(page, t["loa"], C.decimal(s.loa, lang) if s.loa else None, "m", ph).add("   ")
    beam = f"{loa * rng.uniform(0.15, 0.19):.1f}" if loa else None
    draft = f"{loa * rng.uniform(0.06, 0.08):.1f}" if loa else None
    C.metric(page, t["beam"], C.decimal(beam, lang) if beam else None, "m", ph).add("   ")
    C.metric(page, t["draft"], C.decimal(draft, lang) if draft else None, "m", ph).nl()
    page.add("  ")
    C.metric(page, t["gt"], s.gt, rng.choice(("GT", "GT", "UMS" if lang == "fr" else "GT")), ph)
    page.add("   ")
    kw = str(rng.randrange(300, 3000, 10))
    C.metric(page, t["power"], kw, rng.choice(("kW", "kW", "HP")), ph)
    page.add(f"   {t['thr']}: {rng.choice(t['yesno'])}\n\n{t['s2']}\n")
    page.add(f"  {t['eta']}: {C.fmt_date(when + dt.timedelta(days=1), style)} ")
    page.add(f"{rng.randint(0, 23):02d}{rng.choice(('00', '30'))}\n")
    places = _PLACES[lang]
    page.add(f"  {t['from']}: {rng.choice(places[:3])} ")
    page.add(f"{rng.choice('ABCD')} ({C.coords(rng)})   ")
    page.add(f"{t['to']}: {rng.choice(places[3:])} {rng.randint(1, 40)}\n")
    last, nxt = rng.sample(V.PORTS, 2)
    page.add(f"  {t['last']}: {last[0]} (").add(last[1], "PORT_ID").add(")   ")
    page.add(f"{t['next']}: {nxt[0]} (").add(nxt[1], "PORT_ID").add(")\n")
    page.add(f"  {t['tugs']}: {rng.randint(1, 2)} (BP >= {rng.choice((20, 30, 40, 50))} t)   ")
    page.add(f"{t['pilot']}: {rng.choice(t['yesno'])}\n\n{t['s3']}\n")
    page.add(f"  {t['agent']}: ").add(agent[0], "ASSOC_NAME").add(", ")
    page.add(agent[1], "CITY").add(" (").add(agent[2], "COUNTRY_CODE").add(")\n")
    page.add(f"  {t['contact']}: {rng.choice(V.PEOPLE)}  Tel. {C.phone(rng)}  ")
    page.add(f"ops{rng.randint(1, 9)}@{_slug(agent)}.com\n")
    if s.owner:
        page.add(f"  {t['owner']}: ").add(s.owner, "ASSOC_NAME").nl()
    if rng.random() < 0.6:
        page.add(f"  {t['master']}: ").add(rng.choice(V.MASTERS), "ASSOC_NAME").nl()
    page.add(f"\n{t['s4']}\n  {rng.choice(_REMARKS[lang])}\n")
    return page


def _email(
    s: C.Ship, rng: random.Random, port: tuple[str, str, str, str], agent: Agent
) -> PageDraft:
    page = PageDraft()
    domain = _slug(agent)
    page.add(f"From: ops@{domain}.com\nTo: portcontrol@{port[1].lower()}-port.org\n")
    page.add(f"Cc: towage.desk@{port[1].lower()}-port.org\nSubject: TUG REQUEST - F/V ")
    page.add(s.name, "VESSEL_NAME").add(" - ")
    page.add(rng.choice(("ARR", "DEP", "SHIFT")))
    page.add(f" {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} {rng.randint(0, 23):02d}00LT\n\n")
    page.add("Dear Duty Officer,\n\n")
    start = len(page)
    page.add("On behalf of the owners of F/V ").add(s.name, "VESSEL_NAME")
    if s.imo:
        page.add(" (IMO ").add(s.imo, "IMO").add(")")
    page.add(", please find attached our towage request. ")
    if s.ircs:
        page.add("The vessel (call sign ").add(s.ircs, "IRCS").add(") ")
    else:
        page.add("The vessel ")
    page.add(f"will be ready at {rng.randint(0, 23):02d}00 local time. Please confirm the tugs ")
    page.add(f"and the pilot. Our reference {C.ref_no(rng, 'OSA')}; for any question call ")
    page.add(f"{C.phone(rng)} (24h).\n")
    page.wrap(start, 88)
    page.add(f"\nBest regards,\n{rng.choice(V.PEOPLE)}\nOperations, ")
    page.add(agent[0], "ASSOC_NAME").add(f"\nTel. {C.phone(rng)}\n")
    page.add("Attachment: tug_request.pdf (1 page)\n\n")
    page.add("-----Original Message-----\n")
    page.add(f"From: Port Control {port[0]} <portcontrol@{port[1].lower()}-port.org>\n")
    page.add(f"Subject: RE: booking window {C.ref_no(rng, 'PC')}\n\n")
    start = len(page)
    page.add("Noted. Please resubmit the request on form PC with the vessel's draft and gross ")
    page.add("tonnage filled in; requests without particulars cannot be allocated. Tug ")
    page.add(f"availability for the {rng.randint(1, 28)}th is limited between 0600 and 0900 ")
    page.add(
        f"because of the container window at berths {rng.randint(1, 9)}-{rng.randint(10, 19)}."
    )
    page.wrap(start, 88)
    page.add(f"\nDuty Officer, Port Control  |  VHF 12  |  {C.phone(rng)}\n")
    return page


def _allocation(s: C.Ship, rng: random.Random, lang: str) -> PageDraft:
    page = PageDraft()
    head = {
        "en": "PORT CONTROL USE ONLY - TUG ALLOCATION",
        "es": "A CUMPLIMENTAR POR EL CENTRO DE CONTROL - ASIGNACIÓN DE REMOLCADORES",
        "fr": "CADRE RÉSERVÉ À LA CAPITAINERIE - AFFECTATION DES REMORQUEURS",
    }[lang]
    page.add(head + "\n\n")
    page.add(f"Ref.: {C.ref_no(rng, 'TUG')}    ").add(s.name, "VESSEL_NAME")
    if s.imo:
        page.add(" / IMO ").add(s.imo, "IMO")
    page.add("\n\n")
    for i in range(rng.randint(1, 2)):
        page.add(f"  Tug unit {rng.randint(1, 9)} (RT-{rng.randint(10, 99)})   ")
        page.add(f"BP {rng.choice((28, 35, 42, 60))} t   made fast {rng.randint(0, 23):02d}")
        page.add(f"{rng.randint(0, 59):02d}   released {rng.randint(0, 23):02d}")
        page.add(f"{rng.randint(0, 59):02d}   position {'fwd' if i == 0 else 'aft'}\n")
    page.add(f"\n  Pilot: {rng.choice(V.PEOPLE)}   VHF ch {rng.choice((12, 14, 16, 71))}\n")
    page.add(f"  Duty officer: {rng.choice(V.PEOPLE)}   Status: ")
    page.add(rng.choice(("APPROVED", "APPROVED - SUBJECT TO WEATHER", "COMPLETED")) + "\n\n")
    cur = rng.choice(("EUR", "USD", "XOF" if lang == "fr" else "EUR"))
    page.add({"en": "CHARGES", "es": "TARIFAS APLICADAS", "fr": "TARIFICATION"}[lang] + "\n")
    total = 0.0
    for code in rng.sample(("T-1", "T-2", "T-3", "T-5", "P-1", "L-2"), 3):
        hours = rng.choice((1.0, 1.5, 2.0, 2.5))
        rate = rng.randrange(180, 900, 5)
        total += hours * rate
        page.add(f"  Tariff {code:<5} {hours:>4.1f} h x {cur} {rate:>8.2f} = {cur} ")
        page.add(f"{hours * rate:>10.2f}\n")
    page.add(f"  {'TOTAL':<34}{cur} {total:>10.2f}   (VAT excl., invoice to agent)\n")
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    port = C.port_pick(rng, lang)
    s = C.pick_ship(vessels, rng)
    agent = rng.choice(_AGENTS[lang])
    notes = C.Notes(_NOTES[lang], rng)
    pages: list[PageDraft] = []
    if lang == "en" and rng.random() < 0.35:
        pages.append(_email(s, rng, port, agent))
    form = _form(s, rng, lang, port, agent)
    form.add(f"\n{_T[lang]['sign']}: ______________________\n")
    pages.append(form)
    if len(pages) < 2 and rng.random() < 0.4:
        pages.append(_allocation(s, rng, lang))
    for page in pages:
        notes.fill(page)
    return pages
