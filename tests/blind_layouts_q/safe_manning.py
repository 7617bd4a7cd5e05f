"""Minimum Safe Manning Document (SOLAS V/14.2, resolution A.1047(27)): particulars of the
ship, the manning table, and on a second page the conditions and endorsements."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft, Piece

LAYOUT = "safe_manning"

_TITLE = {
    "en": ("MINIMUM SAFE MANNING DOCUMENT",),
    "es": ("DOCUMENTO RELATIVO A LA DOTACIÓN MÍNIMA DE SEGURIDAD", "MINIMUM SAFE MANNING DOCUMENT"),
    "fr": (
        "DOCUMENT SPÉCIFIANT LES EFFECTIFS MINIMAUX DE SÉCURITÉ",
        "MINIMUM SAFE MANNING DOCUMENT",
    ),
}
_AUTHORITY = {
    "en": "Issued under the provisions of regulation V/14.2 of the International Convention for "
    "the Safety of Life at Sea, 1974, as amended, under the authority of the Government of",
    "es": "Expedido en virtud de lo dispuesto en la regla V/14.2 del Convenio internacional para "
    "la seguridad de la vida humana en el mar, 1974, enmendado, con la autoridad del Gobierno de",
    "fr": "Délivré en vertu des dispositions de la règle V/14.2 de la Convention internationale "
    "pour la sauvegarde de la vie humaine en mer, 1974, telle que modifiée, au nom du "
    "Gouvernement de",
}
# key -> (en, es, fr)
_K = {
    "name": ("Name of ship", "Nombre del buque", "Nom du navire"),
    "call": ("Distinctive number or letters", "Número o letras distintivos", "Indicatif d'appel"),
    "imo": ("IMO Number", "Número IMO", "Numéro OMI"),
    "mmsi": ("MMSI", "MMSI", "MMSI"),
    "port": ("Port of registry", "Puerto de matrícula", "Port d'immatriculation"),
    "gt": ("Gross tonnage", "Arqueo bruto", "Jauge brute"),
    "kw": ("Main propulsion power", "Potencia propulsora", "Puissance propulsive"),
    "loa": ("Length overall", "Eslora total", "Longueur hors tout"),
    "type": ("Type of ship", "Tipo de buque", "Type de navire"),
    "ums": (
        "Periodically unmanned machinery space",
        "Espacio de máquinas sin dotación permanente",
        "Locaux de machines exploités sans présence permanente",
    ),
    "area": ("Area of operation", "Zona de operación", "Zone d'exploitation"),
    "company": ("Company", "Compañía", "Compagnie"),
    "company_no": ("IMO company number", "Número IMO de la compañía", "Numéro OMI de la compagnie"),
}
_LANG = {"en": 0, "es": 1, "fr": 2}
_METRIC_WORDS = {
    "gt": ("Gross tonnage", "Arqueo bruto", "Jauge brute"),
    "kw": ("Main propulsion power", "Potencia propulsora", "Puissance propulsive"),
    "loa": ("Length overall", "Eslora total", "Longueur hors tout"),
}
# (en grade, es grade, fr grade, STCW regulation)
_GRADES = (
    ("Master", "Capitán", "Capitaine", "II/2"),
    ("Chief mate", "Primer oficial de puente", "Second capitaine", "II/2"),
    ("Officer in charge of a navigational watch", "Oficial de puente", "Officier de quart", "II/1"),
    ("Chief engineer officer", "Jefe de máquinas", "Chef mécanicien", "III/2"),
    ("Second engineer officer", "Primer oficial de máquinas", "Second mécanicien", "III/2"),
    ("Engineer officer of the watch", "Oficial de máquinas", "Officier mécanicien", "III/1"),
    ("GMDSS radio operator", "Radioperador SMSSM", "Opérateur radio SMDSM", "IV/2"),
    ("Able seafarer deck", "Marinero de puente preferente", "Matelot qualifié pont", "II/5"),
    ("Rating forming part of a watch", "Marinero de guardia", "Matelot de quart", "II/4"),
    ("Motorman / oiler", "Engrasador", "Graisseur", "III/4"),
    ("Cook", "Cocinero", "Cuisinier", "—"),
    ("Fishermen (deck crew)", "Tripulantes de pesca", "Marins pêcheurs", "STCW-F"),
)
_FILL = {
    "en": (
        "The ship named in this document is considered to be safely manned if, when it "
        "proceeds to sea, it carries not less than the number and grades/capacities of "
        "personnel specified in the table(s) above.",
        "Special requirements or conditions, if any: the master and the chief engineer shall "
        "not be counted as watchkeepers while on fishing grounds.",
        "This document is not valid if the ship's propulsion power or trading area is changed.",
        "In case of an emergency the Company shall inform the Administration within 24 hours.",
        "Enquiries: Seafarers' Certification Section, tel. +00 000 000 000, fax +00 000 000 001.",
    ),
    "es": (
        "Se considera que el buque nombrado en este documento cuenta con dotación segura si, al "
        "hacerse a la mar, lleva como mínimo el número de personas y los cargos indicados.",
        "Condiciones especiales: el capitán y el jefe de máquinas no se computan como personal "
        "de guardia durante las faenas de pesca.",
        "El presente documento pierde su validez si se modifica la potencia propulsora.",
        "Consultas: Sección de Titulaciones Profesionales, tel. +00 000 000 000.",
    ),
    "fr": (
        "Le navire désigné dans le présent document est considéré comme doté d'effectifs "
        "suffisants si, lorsqu'il prend la mer, il a à bord au moins le nombre de personnes "
        "indiqué.",
        "Conditions particulières : le capitaine et le chef mécanicien ne sont pas comptés "
        "dans les quarts pendant les opérations de pêche.",
        "Le présent document cesse d'être valable en cas de modification de la zone "
        "d'exploitation.",
        "Renseignements : bureau des effectifs, tél. +00 000 000 000.",
    ),
}


_PARTICULARS = {
    "en": "PARTICULARS OF SHIP",
    "es": "DATOS DEL BUQUE / PARTICULARS OF SHIP",
    "fr": "CARACTÉRISTIQUES DU NAVIRE / PARTICULARS OF SHIP",
}
_FOOT = {
    "en": (
        "Issued at {place} on {day}",
        "This document is valid until {day} (unless withdrawn).",
        "Seal    Signature of the duly authorized official",
    ),
    "es": (
        "Expedido en {place}, el {day}",
        "Válido hasta el {day}, salvo revocación.",
        "Sello    Firma del funcionario autorizado",
    ),
    "fr": (
        "Délivré à {place}, le {day}",
        "Valable jusqu'au {day}, sauf retrait.",
        "Cachet    Signature du fonctionnaire habilité",
    ),
}


def _key(lang: str, key: str) -> str:
    words = _K[key]
    if lang == "en":
        return words[0]
    return f"{words[_LANG[lang]]} / {words[0]}"


def _metric(lang: str, which: str, value: str, unit: str) -> list[Piece]:
    """`Gross tonnage: 1596 GT`: the metric's name is on its value's line (METRIC_TYPE)."""
    words = _METRIC_WORDS[which]
    name: list[Piece] = [(words[_LANG[lang]], "METRIC_TYPE")]
    if lang != "en":
        name += [" / ", (words[0], "METRIC_TYPE")]
    return [*name, ": ", (value, "METRIC_VALUE"), " ", (unit, "METRIC_UNIT")]


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    (i,) = C.choose(rng, vessels, 1, lambda x: x.imo is not None and x.ircs is not None)
    lang = rng.choice(("en", "en", "es", "fr"))
    li = _LANG[lang]
    style = C.date_style(rng, lang)
    page = PageDraft()
    admin = V.ADMINISTRATIONS.get(i.flag or "", "Maritime Administration")
    page.line(admin.upper())
    for title in _TITLE[lang]:
        page.line(title)
    page.line(f"Document No.: {C.ref_no(rng, rng.choice(('MSM-9999-99999', 'SMD/99/9999')))}")
    page.add(_AUTHORITY[lang], " ")
    flag = C.flag_text(rng, i.flag, lang)
    page.line((flag, "FLAG") if flag else ("the flag State", None))
    page.line("")
    page.line(_PARTICULARS[lang])
    page.line(f"{_key(lang, 'name')}: ", (i.name, "VESSEL_NAME"))
    call: Piece = (i.ircs, "IRCS") if i.ircs else ("[not assigned]", None)
    page.line(f"{_key(lang, 'call')}: ", call)
    imo: Piece = (i.imo, "IMO") if i.imo else ("—", None)
    page.line(f"{_key(lang, 'imo')}: ", imo)
    if i.mmsi and rng.random() < 0.5:
        page.line("MMSI: ", (i.mmsi, "MMSI"))
    port = i.vessel.port
    page.line(f"{_key(lang, 'port')}: ", (port, "HOME_PORT") if port else ("—", None))
    gt = C.metric_number(i.vessel.gross_tonnage)
    if gt:
        page.line(*_metric(lang, "gt", gt, rng.choice(("GT", "GT", "tons"))))
    page.line(*_metric(lang, "kw", C.engine_kw(rng, gt), "kW"))
    loa = C.metric_number(i.vessel.length_m)
    if loa and rng.random() < 0.7:
        page.line(*_metric(lang, "loa", loa, "m"))
    kind = ("Fishing vessel", "Buque pesquero", "Navire de pêche")[li]
    if i.vessel.gear:
        kind += f" ({C.gear_text(i.vessel.gear, lang)})"
    page.line(f"{_key(lang, 'type')}: {kind}")
    page.line(f"{_key(lang, 'ums')}: {rng.choice(('Yes', 'No', 'No'))}")
    rfmo = C.rfmo_for(rng, i.vessel.gear)
    area = rng.choice(V.RFMOS[rfmo][0])
    page.line(
        f"{_key(lang, 'area')}: Unlimited — high seas fishing in FAO Area ",
        (area, "FAO_AREA_CODE"),
        " (",
        (rfmo, "RFMO_CODE"),
        " Convention Area)",
    )
    owner = C.owner_of(rng, i)
    page.line(f"{_key(lang, 'company')}: ", (owner, "ASSOC_NAME"))
    page.line(f"{_key(lang, 'company_no')}: ", (C.imo_company_no(rng), "REG_NO"))
    page.line("")

    table = PageDraft()
    head = ("Grade / capacity", "Grado / cargo", "Fonction")[li]
    width = 44 if lang == "en" else 58
    table.line(f"{head:<{width}}{'Certificate (STCW reg.)':<26}Number of persons")
    table.line("-" * (width + 42))
    grades = list(_GRADES)
    if rng.random() < 0.5:
        grades = [g for g in grades if g[0] not in {"Second engineer officer", "Cook"}]
    total = 0
    for grade in grades:
        n = 1 if grade[3] in {"II/2", "III/2", "IV/2"} else rng.randint(1, 4)
        if grade[3] == "STCW-F":
            n = rng.randint(6, 22)
        total += n
        label = grade[li] if lang == "en" else f"{grade[li]} / {grade[0]}"
        table.line(f"{label[: width - 1]:<{width}}{grade[3]:<26}{n}")
    table.line(f"{'TOTAL':<{width + 26}}{total}")

    issued = C.rand_date(rng, 2019, 2025)
    expiry = issued + dt.timedelta(days=365 * 5 - 1)
    foot = PageDraft()
    place = (i.vessel.port or "Panama").split(",")[0].title()
    at, until, seal = _FOOT[lang]
    foot.line(at.format(place=place, day=C.fmt_date(issued, style, lang)))
    foot.line(until.format(day=C.fmt_date(expiry, style, lang)))
    foot.line(f"{seal}    Tel. {C.address(rng, i.flag).phone}")

    two_pages = rng.random() < 0.5 or not page.fits(table, 2400)
    if two_pages:
        page.line("Manning requirements: see page 2 of 2.")
        page.pad(rng, _FILL[lang], rng.randint(760, 900))
        second = PageDraft()
        second.line(f"{_TITLE[lang][0]} — page 2 of 2")
        second.add(("Name of ship", "Nombre del buque", "Nom du navire")[li], ": ")
        second.add((i.name, "VESSEL_NAME"), "   IMO: ")
        second.line((i.imo, "IMO") if i.imo else ("—", None))
        second.line("")
        second.extend(table)
        second.line("")
        second.extend(foot)
        second.pad(rng, _FILL[lang], rng.randint(760, 900))
        return [page, second]
    page.extend(table)
    page.line("")
    page.extend(foot)
    page.pad(rng, _FILL[lang], rng.randint(760, 900))
    return [page]
