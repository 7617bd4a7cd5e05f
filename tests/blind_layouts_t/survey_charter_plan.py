"""A research cruise plan for a fishing vessel chartered for a scientific survey: particulars,
owner, master, charterer, survey area, FAO areas, target species, permit and schedule."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    country,
    decimal,
    derived,
    fao_for,
    fmt_date,
    pad,
    person,
    phone,
    pick,
    rand_date,
    species_for,
    species_word,
)
from ._page import PageDraft
from ._vocab import GEAR_WORDS, PORTS, RFMOS

LAYOUT = "survey_charter_plan"

_INSTITUTES = {
    "en": (
        "Pacific Community (SPC) - Oceanic Fisheries Programme",
        "National Institute of Water and Atmospheric Research",
        "Indian Ocean Fisheries Research Centre",
    ),
    "es": (
        "Instituto del Mar del Perú (IMARPE)",
        "Instituto Español de Oceanografía",
        "Instituto de Fomento Pesquero",
    ),
    "fr": (
        "Institut de recherche pour le développement (IRD)",
        "Ifremer - Unité halieutique",
        "Muséum national d'Histoire naturelle - BOREA",
    ),
}
# Mixed values (strings and tuples of strings) per language.
_L: dict[str, dict[str, Any]] = {
    "en": {
        "title": "CRUISE PLAN",
        "survey": ("Acoustic-trawl survey", "Longline tagging survey", "Jigging abundance survey"),
        "obj": "1. OBJECTIVES",
        "objtext": "The survey will estimate the abundance and size "
        "structure of the target stocks, collect biological samples (otoliths, stomachs, "
        "genetics) and deploy {n} archival tags. Results feed the stock assessment due at the "
        "next Scientific Committee.",
        "vessel": "2. CHARTERED VESSEL",
        "name": "Vessel name",
        "flag": "Flag",
        "port": "Port of registry",
        "ircs": "Call sign",
        "type": "Vessel type",
        "built": "Built",
        "charter": "The vessel is chartered by ",
        "from": " from its ",
        "roles": ("charterer", "owner", "master"),
        "master": ". The ",
        "mastertail": " of the vessel for the survey is ",
        "area": "3. SURVEY AREA",
        "areatext": "The survey covers the polygon defined by the "
        "corner points below, within FAO area ",
        "species": "4. TARGET SPECIES",
        "permit": "5. PERMITS AND SCHEDULE",
        "ptype": "scientific research permit",
        "ptext": "Fishing operations are covered by ",
        "valid": ", valid from ",
        "to": " to ",
        "sched": "Departure {d} from {p}; return {r}. Days at sea: {n}.",
        "staff": "6. SCIENTIFIC STAFF",
        "chief": "Chief scientist",
        "contact": "Contact",
    },
    "es": {
        "title": "PLAN DE CRUCERO",
        "survey": (
            "Crucero de evaluación hidroacústica",
            "Prospección con palangre",
            "Prospección con poteras",
        ),
        "obj": "1. OBJETIVOS",
        "objtext": "El crucero estimará la abundancia y la estructura de "
        "tallas de los recursos objetivo, recolectará muestras biológicas (otolitos, estómagos, "
        "genética) y colocará {n} marcas archivo.",
        "vessel": "2. BUQUE FLETADO",
        "name": "Nombre del buque",
        "flag": "Bandera",
        "port": "Puerto de matrícula",
        "ircs": "Distintivo de llamada",
        "type": "Tipo",
        "built": "Construido",
        "charter": "El buque es fletado por ",
        "from": " a su ",
        "roles": ("fletador", "armador", "capitán"),
        "master": ". El ",
        "mastertail": " del buque durante el crucero es ",
        "area": "3. ÁREA DE ESTUDIO",
        "areatext": "El crucero cubre el polígono definido por los "
        "vértices siguientes, dentro del área FAO ",
        "species": "4. ESPECIES OBJETIVO",
        "permit": "5. PERMISOS Y CRONOGRAMA",
        "ptype": "permiso de pesca de investigación",
        "ptext": "Las operaciones de pesca están amparadas por el ",
        "valid": ", vigente del ",
        "to": " al ",
        "sched": "Zarpe {d} desde {p}; arribo {r}. Días de mar: {n}.",
        "staff": "6. PERSONAL CIENTÍFICO",
        "chief": "Jefe de crucero",
        "contact": "Contacto",
    },
    "fr": {
        "title": "PLAN DE CAMPAGNE",
        "survey": (
            "Campagne acoustique",
            "Campagne de marquage à la palangre",
            "Campagne de prospection",
        ),
        "obj": "1. OBJECTIFS",
        "objtext": "La campagne estimera l'abondance et la structure en "
        "taille des stocks ciblés, collectera des échantillons biologiques et posera {n} "
        "marques archives.",
        "vessel": "2. NAVIRE AFFRÉTÉ",
        "name": "Nom du navire",
        "flag": "Pavillon",
        "port": "Port d'immatriculation",
        "ircs": "Indicatif d'appel",
        "type": "Type",
        "built": "Construit",
        "charter": "Le navire est affrété par ",
        "from": " auprès de son ",
        "roles": ("affréteur", "armateur", "capitaine"),
        "master": ". Le ",
        "mastertail": " du navire pendant la campagne est ",
        "area": "3. ZONE D'ÉTUDE",
        "areatext": "La campagne couvre le polygone défini par les "
        "points ci-dessous, dans la zone FAO ",
        "species": "4. ESPÈCES CIBLES",
        "permit": "5. AUTORISATIONS ET CALENDRIER",
        "ptype": "autorisation de pêche scientifique",
        "ptext": "Les opérations de pêche sont couvertes par l'",
        "valid": ", valable du ",
        "to": " au ",
        "sched": "Départ {d} de {p} ; retour {r}. Jours de mer : {n}.",
        "staff": "6. ÉQUIPE SCIENTIFIQUE",
        "chief": "Chef de mission",
        "contact": "Contact",
    },
}
_FILLERS = {
    "en": (
        "Safety: all scientific staff hold a valid sea survival certificate (STCW A-VI/1) and a "
        "medical fitness certificate. A pre-departure safety briefing will be held on board.",
        "Equipment: Simrad EK80 echosounder (38/70/120 kHz), calibrated with a 38.1 mm tungsten "
        "sphere before departure; CTD SBE 19plus; a Gloria-type pelagic trawl with 10 mm liner.",
        "Data management: acoustic raw files, catch data and biological samples will be archived "
        "within 60 days after the end of the cruise and shared under the data policy.",
        "Contingency: up to three weather days are included; stations not completed will be "
        "dropped from the southern strata first.",
    ),
    "es": (
        "Seguridad: todo el personal científico cuenta con certificado de supervivencia en el "
        "mar (STCW A-VI/1) y certificado médico vigente. Se realizará una charla de seguridad.",
        "Equipos: ecosonda científica EK80 (38/70/120 kHz) calibrada con esfera de tungsteno de "
        "38,1 mm antes del zarpe; CTD SBE 19plus; red de arrastre pelágica con copo de 10 mm.",
        "Gestión de datos: los archivos acústicos, las capturas y las muestras biológicas se "
        "archivarán dentro de los 60 días posteriores al crucero.",
        "Contingencia: se prevén hasta tres días por mal tiempo; las estaciones no realizadas se "
        "eliminarán primero de los estratos del sur.",
    ),
    "fr": (
        "Sécurité : tout le personnel scientifique détient un certificat de survie en mer (STCW "
        "A-VI/1) et un certificat médical d'aptitude. Un briefing sécurité aura lieu à bord.",
        "Équipements : sondeur EK80 (38/70/120 kHz) étalonné avec une sphère de tungstène de "
        "38,1 mm avant le départ ; CTD SBE 19plus ; chalut pélagique avec doublure de 10 mm.",
        "Gestion des données : les fichiers acoustiques, les captures et les échantillons "
        "biologiques seront archivés dans les 60 jours suivant la fin de la campagne.",
        "Aléas : jusqu'à trois jours de mauvais temps sont prévus ; les stations non réalisées "
        "seront supprimées en priorité dans les strates sud.",
    ),
}


def _corners(rng: random.Random) -> list[str]:
    lat, lon = rng.uniform(2, 55), rng.uniform(5, 175)
    ns, ew = rng.choice("NS"), rng.choice("EW")
    out = []
    for dlat, dlon in ((0, 0), (0, 3), (-2.5, 3), (-2.5, 0)):
        a, b = lat + dlat, lon + dlon
        out.append(f"{int(a):02d}°{(a % 1) * 60:04.1f}'{ns} {int(b):03d}°{(b % 1) * 60:04.1f}'{ew}")
    return out


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (v,) = pick(vessels, rng, 1)
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _L[lang]
    institute = rng.choice(_INSTITUTES[lang])
    rfmo = rng.choice(RFMOS)[0]
    areas = fao_for(rng, rfmo, 2)
    extra = derived(rng, v)
    depart = rand_date(rng, 2023, 2026)
    days = rng.randint(14, 45)
    cruise = f"{rng.choice(('SUR', 'CR', 'IMP'))}{depart.year % 100:02d}-{rng.randint(1, 12):02d}"
    master = person(rng)

    p1 = PageDraft()
    p1.line(institute)
    p1.line(f"{t['title']} {cruise} - {rng.choice(t['survey'])}")
    p1.line(
        f"Version {rng.randint(1, 4)}.{rng.randint(0, 9)} - "
        + fmt_date(depart - timedelta(days=40), "long", lang)
    )
    p1.nl().line(t["obj"]).line(t["objtext"].format(n=rng.randint(20, 300))).nl()
    p1.line(t["vessel"])

    def kv(key: str, value: str | None, label: str) -> None:
        p1.add(f"  {key:<24}")
        p1.add(value, label) if value else p1.add("-")
        p1.nl()

    kv(t["name"], v.name, "VESSEL_NAME")
    kv(t["flag"], country(v.flag, lang) if v.flag else None, "FLAG")
    if v.port and v.flag and rng.random() < 0.5:
        p1.add(f"  {t['port']:<24}").add(v.port.title(), "HOME_PORT").add(", ")
        p1.add(country(v.flag, lang), "HOME_PORT_STATE").nl()
    else:
        kv(t["port"], v.port.title() if v.port else None, "HOME_PORT")
    kv(t["ircs"], v.ircs, "IRCS")
    kv("IMO / OMI" if lang != "en" else "IMO number", v.imo, "IMO")
    kv("MMSI", v.mmsi, "MMSI")
    p1.line(f"  {t['type']:<24}{GEAR_WORDS[v.gear][{'en': 0, 'es': 1, 'fr': 2}[lang]]}")
    metric = {
        "en": ("Length overall", "Gross tonnage", "Engine power"),
        "es": ("Eslora total", "Arqueo bruto", "Potencia"),
        "fr": ("Longueur hors tout", "Jauge brute", "Puissance"),
    }[lang]
    for name, value, unit in (
        (metric[0], v.loa, "m"),
        (metric[1], v.gt, "GT"),
        (metric[2], extra["kw"], "kW"),
    ):
        if value:
            p1.add("  ").add(name, "METRIC_TYPE").add(" " * (24 - len(name)))
            p1.add(decimal(value, lang), "METRIC_VALUE").add(" ").add(unit, "METRIC_UNIT").nl()
    kv(t["built"], v.year, "BUILD_YEAR")
    p1.nl()
    charterer, owner_role, master_role = t["roles"]
    p1.add(t["charter"]).add(institute.split(" - ")[0].split(" (")[0], "ASSOC_NAME")
    p1.add(" (").add(charterer, "ASSOC_ROLE").add(")")
    if v.owner:
        p1.add(t["from"]).add(owner_role, "ASSOC_ROLE").add(", ").add(v.owner, "ASSOC_NAME")
    p1.add(t["master"]).add(master_role, "ASSOC_ROLE").add(t["mastertail"])
    p1.add(master, "ASSOC_NAME").line(".")
    pad(p1, rng, _FILLERS[lang][:2], 900)

    p2 = PageDraft()
    p2.line(f"{cruise} - {t['title'].lower()} - 2")
    p2.nl().line(t["area"])
    p2.add(t["areatext"]).add(areas[0], "FAO_AREA_CODE")
    if len(areas) > 1:
        p2.add(" / ").add(areas[1], "FAO_AREA_CODE")
    p2.line(":")
    for corner, where in zip("ABCD", _corners(rng), strict=True):
        p2.line(f"  {corner}  {where}")
    p2.line(
        f"  Depth range {rng.randint(50, 300)}-{rng.randint(400, 2000)} m; "
        f"{rng.randint(20, 90)} stations."
    )
    p2.nl().line(t["species"])
    for code in species_for(rng, v, rng.randint(1, 3)):
        p2.add("  - ").add(species_word(code, lang), "SPECIES_NAME").add(" (")
        p2.add(code, "SPECIES_NAME").line(")")
    p2.nl().line(t["permit"])
    start = depart - timedelta(days=rng.randint(0, 10))
    end = depart + timedelta(days=days + rng.randint(0, 20))
    style = rng.choice(("long", "dmy", "iso"))
    p2.add(t["ptext"]).add(t["ptype"], "AUTH_TYPE")
    p2.add(" No. " if lang == "en" else " n° ")
    p2.add(
        f"{rng.choice(('RP', 'PI', 'AS'))}/{depart.year}/{rng.randint(1, 999):03d}", "LICENSE_NO"
    )
    p2.add(t["valid"]).add(fmt_date(start, style, lang), "START_DATE")
    p2.add(t["to"]).add(fmt_date(end, style, lang), "END_DATE").line(".")
    locode, port_name, _ = rng.choice(PORTS)
    before, _, after = t["sched"].partition("{p}")
    p2.add(before.format(d=fmt_date(depart, "long", lang)) + f"{port_name} (")
    p2.add(locode, "PORT_ID")
    p2.line(")" + after.format(r=fmt_date(depart + timedelta(days=days), "long", lang), n=days))
    p2.nl().line(t["staff"])
    p2.line(f"  {t['chief']}: {person(rng)}  ({t['contact']}: {phone(rng)})")
    p2.line(f"  {person(rng)}, {person(rng)}, {person(rng)}")
    pad(p2, rng, _FILLERS[lang][2:], 880)
    return [p1, p2]
