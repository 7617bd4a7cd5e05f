"""A classification society portal's survey status report: ship particulars, class notations,
surveys due with their windows, conditions of class and statutory certificates (English, or the
society's Spanish / French print template)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "class_survey_status"

_SOCIETIES = (
    ("Meridian Register of Shipping", "MRS"),
    ("Asia-Pacific Classification Society", "APCS"),
    ("Nordic Marine Classification", "NMC"),
    ("Registro Ibérico de Clasificación", "RIC"),
)
_K: dict[str, dict[str, Any]] = {
    "en": {
        "title": "SURVEY STATUS REPORT",
        "printed": "Printed",
        "by": "by user",
        "part": "SHIP PARTICULARS",
        "name": "Ship name",
        "classno": "Class No.",
        "imo": "IMO number",
        "flag": "Flag",
        "port": "Port of registry",
        "cs": "Call sign",
        "official": "Official number",
        "type": "Ship type",
        "gt": "Gross tonnage",
        "loa": "Length overall",
        "year": "Year of build",
        "builder": "Builder",
        "bcountry": "Country of build",
        "owner": "Registered owner",
        "manager": "Ship manager (ISM)",
        "former": "Former names",
        "formerflag": "Former flags",
        "formercs": "Former call signs",
        "notation": "Class notation",
        "status": "Class status",
        "active": "IN CLASS",
        "surveys": "SURVEYS",
        "cols": ("Survey", "Last held", "Due date", "Window from", "Status"),
        "coc": "CONDITIONS OF CLASS / MEMORANDA",
        "certs": "STATUTORY CERTIFICATES",
        "none": "None outstanding",
    },
    "es": {
        "title": "ESTADO DE RECONOCIMIENTOS",
        "printed": "Impreso",
        "by": "por el usuario",
        "part": "DATOS DEL BUQUE",
        "name": "Nombre del buque",
        "classno": "N.º de clasificación",
        "imo": "Número OMI",
        "flag": "Bandera",
        "port": "Puerto de matrícula",
        "cs": "Distintivo de llamada",
        "official": "Matrícula",
        "type": "Tipo de buque",
        "gt": "Arqueo bruto",
        "loa": "Eslora total",
        "year": "Año de construcción",
        "builder": "Astillero",
        "bcountry": "País de construcción",
        "owner": "Propietario registrado",
        "manager": "Gestor (IGS)",
        "former": "Nombres anteriores",
        "formerflag": "Banderas anteriores",
        "formercs": "Distintivos anteriores",
        "notation": "Notación de clase",
        "status": "Situación",
        "active": "EN CLASE",
        "surveys": "RECONOCIMIENTOS",
        "cols": ("Reconocimiento", "Último", "Vencimiento", "Ventana desde", "Estado"),
        "coc": "CONDICIONES DE CLASE / MEMORANDOS",
        "certs": "CERTIFICADOS REGLAMENTARIOS",
        "none": "Ninguna pendiente",
    },
    "fr": {
        "title": "ÉTAT DES VISITES",
        "printed": "Imprimé le",
        "by": "par",
        "part": "CARACTÉRISTIQUES DU NAVIRE",
        "name": "Nom du navire",
        "classno": "N° d'identification",
        "imo": "Numéro OMI",
        "flag": "Pavillon",
        "port": "Port d'immatriculation",
        "cs": "Indicatif d'appel",
        "official": "N° d'immatriculation",
        "type": "Type de navire",
        "gt": "Jauge brute",
        "loa": "Longueur hors tout",
        "year": "Année de construction",
        "builder": "Chantier",
        "bcountry": "Pays de construction",
        "owner": "Propriétaire",
        "manager": "Gestionnaire (ISM)",
        "former": "Anciens noms",
        "formerflag": "Anciens pavillons",
        "formercs": "Anciens indicatifs",
        "notation": "Cote",
        "status": "Statut",
        "active": "CLASSÉ",
        "surveys": "VISITES",
        "cols": ("Visite", "Dernière", "Échéance", "Fenêtre dès", "Statut"),
        "coc": "RECOMMANDATIONS / MÉMORANDUMS",
        "certs": "CERTIFICATS STATUTAIRES",
        "none": "Aucune en cours",
    },
}
_SURVEYS = {
    "en": (
        "Annual Survey - Hull",
        "Annual Survey - Machinery",
        "Intermediate Survey",
        "Special Survey (Hull) SS{n}",
        "Continuous Machinery Survey",
        "Bottom Survey (in dry dock)",
        "Tailshaft Survey - Modified",
        "Refrigerating Installation",
        "Boiler Survey",
    ),
    "es": (
        "Anual - Casco",
        "Anual - Máquinas",
        "Intermedio",
        "Renovación de clase (Casco) RC{n}",
        "Máquinas - Continuo",
        "Fondos (en dique seco)",
        "Eje de cola - Modificado",
        "Instalación frigorífica",
        "Calderas",
    ),
    "fr": (
        "Visite annuelle - Coque",
        "Visite annuelle - Machines",
        "Visite intermédiaire",
        "Visite de renouvellement (Coque) VR{n}",
        "Machines - Visite continue",
        "Visite de carène (en cale sèche)",
        "Arbre porte-hélice - Modifiée",
        "Installation frigorifique",
        "Chaudières",
    ),
}
_COC = {
    "en": (
        "Rudder pintle bearing clearance in excess of limits; to be renewed at next dry docking.",
        "Fwd fish hold insulation damaged in way of frame 42; to be repaired.",
        "Emergency fire pump capacity test to be witnessed by Surveyor.",
        "Shell plating wastage in way of No. 2 fuel oil tank, ultrasonic gauging required.",
    ),
    "es": (
        "Holgura del pinzote del timón fuera de límites; renovar en la próxima varada.",
        "Aislamiento de la bodega de proa dañado en la cuaderna 42; reparar.",
        "Prueba de capacidad de la bomba contraincendios de emergencia ante el Inspector.",
    ),
    "fr": (
        "Jeu de la mèche de gouvernail hors tolérance ; à reprendre au prochain passage en cale.",
        "Isolation de la cale avant endommagée au droit du couple 42 ; à réparer.",
        "Essai de débit de la pompe incendie de secours en présence de l'expert.",
    ),
}
_CERTS = (
    "International Tonnage Certificate (1969)",
    "Cargo Ship Safety Construction",
    "Cargo Ship Safety Equipment",
    "Cargo Ship Safety Radio",
    "International Oil Pollution Prevention",
    "International Load Line Certificate",
    "Torremolinos Fishing Vessel Safety",
)
_NOTES = [
    "Items marked Overdue must be dealt with without delay; the class of a ship with overdue "
    "surveys is liable to suspension in accordance with the Rules, Pt 1 Ch 2.",
    "Dates are shown as YYYY-MM-DD. Times are UTC. Certificate numbers are those of the "
    "Society's issue and are not ship identifiers.",
    "Export: PDF | CSV | Print. Columns shown: default set (5 of 12).",
    "This report is generated from the Society's records at the time of printing and is not a "
    "certificate. Surveys shown as 'Due' may be credited on completion of survey without "
    "further notice.",
    "Survey windows: annual surveys may be held within 3 months either side of the due date; "
    "special surveys may be commenced not earlier than 15 months before the due date.",
    "Postponement of a survey requires the Society's written agreement and, where statutory "
    "certificates are affected, the consent of the flag Administration.",
    "For survey requests contact the nearest Society office or book on-line (Requests > New).",
    "Disclaimer: the Society accepts no liability for reliance on this print by third parties.",
    "Session 7f3a-21c0 - data as of 06:00 UTC - 1 record selected.",
]


def _kv(page: PageDraft, key: str, value: str | None, label: str, ph: str = "-") -> PageDraft:
    return page.add(f"  {key:<24}: ").val(value, label, ph).nl()


def _particulars(s: C.Ship, rng: random.Random, lang: str, society: tuple[str, str]) -> PageDraft:
    k = _K[lang]
    page = PageDraft()
    printed = C.day(rng, dt.date(2024, 1, 1), 700)
    page.add(f"{society[0]}  |  Fleet Online  |  {k['title']}\n")
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    page.add(f"{k['printed']} {C.fmt_date(printed, 'iso')} {clock} UTC ")
    page.add(f"{k['by']} {rng.choice(('fleet.tech', 'superintendent2', 'jl.ops'))}@")
    page.add(f"{rng.choice(('oceanmgmt', 'pacfish', 'armadores'))}.com\n\n{k['part']}\n")
    _kv(page, k["name"], s.name, "VESSEL_NAME")
    _kv(
        page,
        k["classno"],
        f"{society[1]}{C.stable(s, society[1], 10**6):06d}"
        if rng.random() < 0.5
        else str(C.stable(s, society[1], 10**6) + 1_000_000),
        "OTHER_EXT_ID",
    )
    _kv(page, k["imo"], s.imo, "IMO", "N/A")
    _kv(page, k["flag"], C.flag_name(s.flag, lang, rng) if s.flag else None, "FLAG")
    if s.port:
        page.add(f"  {k['port']:<24}: ").add(s.port.title(), "HOME_PORT")
        if s.flag and rng.random() < 0.5:
            page.add(", ").add(C.flag_name(s.flag, lang, rng), "HOME_PORT_STATE")
        page.nl()
    _kv(page, k["cs"], s.ircs, "IRCS")
    _kv(page, "MMSI", s.mmsi, "MMSI")
    if rng.random() < 0.6:
        _kv(page, k["official"], C.national_reg(s), "NATIONAL_REG_NO")
    kind = V.GEAR_WORDS.get(s.gear, V.GEAR_WORDS["TRAWLERS"])[C.LANG_INDEX[lang]]
    page.add(f"  {k['type']:<24}: {kind}\n")
    page.add("  ")
    C.metric(page, k["gt"], s.gt, None, "-", width=24).nl()
    page.add("  ")
    C.metric(page, k["loa"], C.decimal(s.loa, lang) if s.loa else None, "m", "-", width=24).nl()
    _kv(page, k["year"], s.year, "BUILD_YEAR")
    country = C.build_country(s, rng)
    _kv(page, k["builder"], rng.choice(V.YARDS[country]), "BUILDER_LOCATION")
    _kv(page, k["bcountry"], C.flag_name(country, lang, rng), "BUILD_COUNTRY")
    if s.owner:
        _kv(page, k["owner"], s.owner, "ASSOC_NAME")
    if rng.random() < 0.5:
        mgr = f"{rng.choice(('Ocean', 'Pacific', 'Blue Water', 'Southern'))} Fleet Management Ltd"
        _kv(page, k["manager"], mgr, "ASSOC_NAME")
    former = s.former_name or (C.invent_former_name(rng) if rng.random() < 0.4 else None)
    if former:
        page.add(f"  {k['former']:<24}: ").add(former, "NAME_CHANGE")
        page.add(f" ({C.fmt_date(C.day(rng, dt.date(2010, 1, 1), 4000), 'iso')[:4]})\n")
    if rng.random() < 0.4:
        old_flag = C.former_flag(s, rng)
        page.add(f"  {k['formerflag']:<24}: ").add(
            C.flag_name(old_flag, lang, rng), "FLAG_CHANGE"
        ).nl()
        old_cs = C.invent_call_sign(old_flag, rng)
        if old_cs:
            page.add(f"  {k['formercs']:<24}: ").add(old_cs, "ID_CHANGE").nl()
    notation = rng.choice(
        (
            "✠100A1 Fishing Vessel, ✠LMC, UMS, RMC",
            "I ✠HULL ✠MACH Fishing Vessel, Unrestricted navigation, REF-CARGO",
            "1A Fishing Vessel ICE-C E0 RM",
        )
    )
    page.add(f"  {k['notation']:<24}: {notation}\n")
    page.add(f"  {k['status']:<24}: {k['active']}\n")
    return page


def _surveys(s: C.Ship, rng: random.Random, lang: str) -> PageDraft:
    k = _K[lang]
    page = PageDraft()
    page.add(f"{k['surveys']} - ").add(s.name, "VESSEL_NAME")
    if s.imo:
        page.add(" (IMO ").add(s.imo, "IMO").add(")")
    page.add("\n\n")
    widths = [38, 12, 12, 13, 10]
    C.table_row(page, [[(c, None)] for c in k["cols"]], widths)
    page.add("-" * 92 + "\n")
    today = C.day(rng, dt.date(2024, 1, 1), 700)
    for name in rng.sample(_SURVEYS[lang], rng.randint(5, 8)):
        last = today - dt.timedelta(days=rng.randint(30, 700))
        due = last + dt.timedelta(days=rng.choice((365, 730, 1826)))
        window = due - dt.timedelta(days=90)
        state = "Overdue" if due < today else "Due" if window <= today else "Not due"
        if lang == "es":
            state = {"Overdue": "Vencido", "Due": "En plazo", "Not due": "No vence"}[state]
        elif lang == "fr":
            state = {"Overdue": "Dépassée", "Due": "Ouverte", "Not due": "À venir"}[state]
        C.table_row(
            page,
            [
                [(name.format(n=rng.randint(2, 5)), None)],
                [(C.fmt_date(last, "iso"), None)],
                [(C.fmt_date(due, "iso"), None)],
                [(C.fmt_date(window, "iso"), None)],
                [(state, None)],
            ],
            widths,
        )
    return page


def _conditions(rng: random.Random, lang: str) -> PageDraft:
    k = _K[lang]
    page = PageDraft()
    page.add(f"{k['coc']}\n")
    items = rng.sample(_COC[lang], rng.randint(0, 2))
    if not items:
        page.add(f"  {k['none']}\n")
    for item in items:
        due = C.day(rng, dt.date(2025, 1, 1), 500)
        page.add(f"  CC-{rng.randint(2019, 2025)}/{rng.randint(1, 999):04d}  ")
        page.add(f"due {C.fmt_date(due, 'iso')}\n    {item}\n")
    page.add(f"\n{k['certs']}\n")
    for cert in rng.sample(_CERTS, rng.randint(3, 5)):
        expiry = C.day(rng, dt.date(2025, 1, 1), 1500)
        page.add(f"  {cert:<42} No. {rng.randint(10, 99)}-{rng.randint(1000, 99999)}  ")
        page.add(f"exp. {C.fmt_date(expiry, 'iso')}\n")
    page.add("\nRECENT ATTENDANCES\n")
    for _ in range(rng.randint(3, 5)):
        port = rng.choice(V.PORTS)
        when = C.day(rng, dt.date(2022, 1, 1), 1000)
        page.add(f"  {C.fmt_date(when, 'iso')}  {port[0]:<16} Job {rng.choice('JKR')}")
        page.add(f"{rng.randint(100000, 999999)}  Surveyor {rng.choice(V.PEOPLE)}\n")
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "en", "es", "fr"))
    society = rng.choice(_SOCIETIES)
    s = C.pick_ship(vessels, rng)
    notes = C.Notes(_NOTES, rng)
    first = _particulars(s, rng, lang, society)
    surveys = _surveys(s, rng, lang)
    conditions = _conditions(rng, lang)
    layout = rng.choice(("one", "two", "three"))
    if layout == "one" and len(first) + len(surveys) + len(conditions) < 2700:
        first.nl().extend(surveys).nl().extend(conditions)
        pages = [first]
    elif layout == "three":
        pages = [first, surveys, conditions]
    else:
        surveys.nl().extend(conditions)
        pages = [first, surveys]
    for number, page in enumerate(pages, start=1):
        notes.fill(page, reserve=40)
        page.add(f"\n{society[1]} Fleet Online - page {number}/{len(pages)}\n")
    return pages
