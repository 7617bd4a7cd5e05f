"""A coastal State's report of an alleged MARPOL discharge by a fishing vessel.

Two forms: the numbered "report on alleged violation" sent to the flag State (en/es/fr), and a
telex-style POLREP in capitals. Hard negatives: report and case numbers, positions, times,
slick sizes, aircraft registrations, sample numbers, phone numbers, other ports' names.
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "marpol_violation_report"

_AUTH = {
    "en": (
        ("AUSTRALIAN MARITIME SAFETY AUTHORITY", "Environment Protection Standards", "AUS"),
        ("MARITIME AND PORT AUTHORITY — MARINE DIVISION", "Pollution Response Unit", "SGP"),
        ("COAST GUARD DISTRICT SEVENTEEN", "Marine Environmental Response Branch", "USA"),
    ),
    "es": (
        ("PREFECTURA NAVAL ARGENTINA", "Dirección de Protección Ambiental", "ARG"),
        ("DIRECCIÓN GENERAL DE CAPITANÍAS Y GUARDACOSTAS", "Dirección de Medio Ambiente", "PER"),
        ("SOCIEDAD DE SALVAMENTO Y SEGURIDAD MARÍTIMA", "Centro de Coordinación de Vigo", "ESP"),
    ),
    "fr": (
        ("PRÉFECTURE MARITIME DE L'ATLANTIQUE", "Division action de l'État en mer", "FRA"),
        ("CROSS ÉTEL — CENTRE DE SURVEILLANCE DES PÊCHES", "Cellule pollution", "FRA"),
        ("DIRECTION DE LA MER SUD-OCÉAN INDIEN", "Service des affaires maritimes", "FRA"),
    ),
}
_KEYS = {
    "en": {
        "title": "REPORT ON ALLEGED VIOLATION OF MARPOL — ANNEX {annex}",
        "ref": "Report No.",
        "date": "Date of report",
        "state": "Reporting State",
        "part": "PARTICULARS OF THE SHIP",
        "name": "Name of ship",
        "imo": "IMO number",
        "flag": "Flag State",
        "ircs": "Call sign",
        "mmsi": "MMSI",
        "type": "Type of ship",
        "gt": "Gross tonnage",
        "loa": "Length overall",
        "port": "Port of registry",
        "year": "Year of build",
        "owner": "Registered owner",
        "op": "Operator",
        "master": "Master",
        "inc": "DETAILS OF THE INCIDENT",
        "when": "Date and time (UTC)",
        "pos": "Position",
        "subst": "Substance discharged",
        "slick": "Extent of slick",
        "seen": "Detected by",
        "last": "Last port of call",
        "next": "Next port of call",
        "narr": "SUMMARY OF EVIDENCE",
        "act": "ACTION REQUESTED OF THE FLAG STATE",
        "fish": "Fishing vessel{gear}",
    },
    "es": {
        "title": "INFORME SOBRE PRESUNTA INFRACCIÓN AL CONVENIO MARPOL — ANEXO {annex}",
        "ref": "Informe N.º",
        "date": "Fecha del informe",
        "state": "Estado informante",
        "part": "DATOS DEL BUQUE",
        "name": "Nombre del buque",
        "imo": "Número OMI",
        "flag": "Pabellón",
        "ircs": "Distintivo de llamada",
        "mmsi": "MMSI",
        "type": "Tipo de buque",
        "gt": "Arqueo bruto",
        "loa": "Eslora total",
        "port": "Puerto de matrícula",
        "year": "Año de construcción",
        "owner": "Propietario registrado",
        "op": "Armador / operador",
        "master": "Capitán",
        "inc": "DATOS DEL SUCESO",
        "when": "Fecha y hora (UTC)",
        "pos": "Situación",
        "subst": "Sustancia descargada",
        "slick": "Extensión de la mancha",
        "seen": "Detectado por",
        "last": "Último puerto de escala",
        "next": "Próximo puerto de escala",
        "narr": "RESUMEN DE PRUEBAS",
        "act": "MEDIDAS SOLICITADAS AL ESTADO DE ABANDERAMIENTO",
        "fish": "Buque pesquero{gear}",
    },
    "fr": {
        "title": "RAPPORT SUR UNE INFRACTION PRÉSUMÉE À LA CONVENTION MARPOL — ANNEXE {annex}",
        "ref": "Rapport n°",
        "date": "Date du rapport",
        "state": "État déclarant",
        "part": "CARACTÉRISTIQUES DU NAVIRE",
        "name": "Nom du navire",
        "imo": "Numéro OMI",
        "flag": "État du pavillon",
        "ircs": "Indicatif d'appel",
        "mmsi": "MMSI",
        "type": "Type de navire",
        "gt": "Jauge brute",
        "loa": "Longueur hors tout",
        "port": "Port d'immatriculation",
        "year": "Année de construction",
        "owner": "Propriétaire inscrit",
        "op": "Armateur / exploitant",
        "master": "Capitaine",
        "inc": "CIRCONSTANCES",
        "when": "Date et heure (UTC)",
        "pos": "Position",
        "subst": "Substance rejetée",
        "slick": "Étendue de la nappe",
        "seen": "Détecté par",
        "last": "Dernier port d'escale",
        "next": "Prochain port d'escale",
        "narr": "RÉSUMÉ DES ÉLÉMENTS DE PREUVE",
        "act": "MESURES DEMANDÉES À L'ÉTAT DU PAVILLON",
        "fish": "Navire de pêche{gear}",
    },
}
_SUBST = {
    "en": (
        "oily bilge water (Annex I)",
        "plastic garbage and fishing gear (Annex V)",
        "fuel oil residues (Annex I)",
    ),
    "es": (
        "agua de sentina oleosa (Anexo I)",
        "basura plástica y artes de pesca (Anexo V)",
        "residuos de fueloil (Anexo I)",
    ),
    "fr": (
        "eaux de cale mazouteuses (annexe I)",
        "déchets plastiques et engins de pêche (annexe V)",
        "résidus de fioul (annexe I)",
    ),
}
_PORTS = (
    ("Montevideo", "UYMVD"),
    ("Port Louis", "MUPLU"),
    ("Busan", "KRPUS"),
    ("Las Palmas", "ESLPA"),
    ("Suva", "FJSUV"),
    ("Callao", "PECLL"),
    ("Port Victoria", "SCPOV"),
    ("Walvis Bay", "NAWVB"),
    ("Cape Town", "ZACPT"),
)
_NOTES = {
    "en": (
        "This report is transmitted under Article 6 of MARPOL 73/78. The flag State is requested "
        "to inform the reporting State and the Organization of the action taken.",
        "Photographs, the aircraft's SLAR and IR imagery and the sample chain-of-custody forms are "
        "held by the reporting unit and will be provided on request.",
        "Times are UTC. Positions are WGS 84. Distances are in nautical miles unless stated.",
    ),
    "es": (
        "El presente informe se remite conforme al artículo 6 del Convenio MARPOL 73/78. Se "
        "solicita al Estado de abanderamiento que comunique las medidas adoptadas.",
        "Las fotografías, imágenes SLAR e IR y los formularios de cadena de custodia de las "
        "muestras quedan a disposición del Estado de abanderamiento.",
        "Horas en UTC. Posiciones en WGS 84.",
    ),
    "fr": (
        "Le présent rapport est transmis en application de l'article 6 de la Convention MARPOL. "
        "L'État du pavillon est prié de faire connaître les suites données.",
        "Les photographies, images SLAR et IR et les procès-verbaux de prélèvement sont tenus à "
        "la disposition de l'État du pavillon.",
        "Heures exprimées en UTC. Positions en WGS 84.",
    ),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    if rng.random() < 0.25:
        return _polrep(vessels, rng)
    lang = rng.choice(("en", "en", "es", "fr"))
    k = _KEYS[lang]
    (f,) = c.pick(vessels, rng, 1)
    ph = c.placeholder(rng, lang)
    annex = rng.choice(("I", "V"))
    authority, unit, state = rng.choice(_AUTH[lang])
    when = c.recent(rng)
    style = rng.randint(0, 3)
    page = PageDraft()
    page.add(f"{authority}\n{unit}\n\n")
    page.add(k["title"].format(annex=annex) + "\n\n")
    page.add(f"{k['ref']} {c.reference(rng, rng.choice(('MPR', 'POL', 'ENV')))}    ")
    page.add(f"{k['date']}: {c.fmt_date(when, lang, style)}\n")
    page.add(f"{k['state']}: {c.country(state, lang)}   Tel. {c.phone(rng)}\n\n")
    page.add(f"1. {k['part']}\n")
    page.kv(f"1.1 {k['name']}: ", f.name, "VESSEL_NAME")
    if f.former_name and rng.random() < 0.5:
        page.add("    ex-")
        page.add(f.former_name, "NAME_CHANGE")
        page.nl()
    page.kv(f"1.2 {k['imo']}: ", f.imo, "IMO", ph)
    page.kv(f"1.3 {k['flag']}: ", c.country(f.flag, lang, rng), "FLAG", ph)
    page.kv(f"1.4 {k['ircs']}: ", f.ircs, "IRCS", ph)
    page.kv(f"1.5 {k['mmsi']}: ", f.mmsi, "MMSI", ph)
    gear = c.gear_word(f, lang, "")
    page.add(f"1.6 {k['type']}: {k['fish'].format(gear=f' ({gear})' if gear else '')}\n")
    page.add("1.7 ")
    c.metric(page, k["gt"], f.gt, rng.choice(("GT", "")) or None, ph)
    page.add("\n1.8 ")
    c.metric(page, k["loa"], c.decimal(f.loa, lang) if f.loa else None, "m", ph)
    page.nl()
    page.kv(f"1.9 {k['port']}: ", f.port.title() if f.port else None, "HOME_PORT", ph)
    page.kv(f"1.10 {k['year']}: ", f.year, "BUILD_YEAR", ph)
    page.kv(f"1.11 {k['owner']}: ", f.owner, "ASSOC_NAME", ph)
    number = 12
    if rng.random() < 0.6:
        operator = c.owner_name(rng, None, f.flag)
        page.kv(f"1.12 {k['op']}: ", operator, "ASSOC_NAME")
        number = 13
    page.add(f"1.{number} {k['master']}: ")
    page.add(c.person(rng, f.flag), "ASSOC_NAME")
    page.add(f"  ({c.country(f.flag, lang) or ph})\n\n" if rng.random() < 0.5 else "\n\n")

    port_a, port_b = rng.sample(_PORTS, 2)
    incident = PageDraft() if rng.random() < 0.45 else page
    incident.add(f"2. {k['inc']}\n")
    hour = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    incident.add(f"2.1 {k['when']}: {c.fmt_date(when, lang, 1)} {hour}\n")
    incident.add(f"2.2 {k['pos']}: {c.position(rng)}\n")
    incident.add(f"2.3 {k['subst']}: {rng.choice(_SUBST[lang])}\n")
    length, width = rng.uniform(0.4, 14), rng.randint(20, 400)
    incident.add(f"2.4 {k['slick']}: {length:.1f} NM x {width} m\n")
    incident.add(f"2.5 {k['seen']}: ")
    incident.add(rng.choice(("Dash-8 VH-Z", "CASA CN-235 ", "Falcon 50 F-Z", "EMSA alert ")))
    incident.add(f"{rng.randint(100, 999)}\n")
    incident.add(f"2.6 {k['last']}: {port_a[0]} (")
    incident.add(port_a[1], "PORT_ID")
    incident.add(f")\n2.7 {k['next']}: {port_b[0]}")
    if rng.random() < 0.5:
        incident.add(" (")
        incident.add(port_b[1], "PORT_ID")
        incident.add(")")
    incident.add("\n\n")
    incident.add(f"3. {k['narr']}\n")
    _narrative(incident, f, lang, rng, hour)
    incident.add(f"\n4. {k['act']}\n")
    incident.wrap([(rng.choice(_NOTES[lang]), None)])
    incident.add(f"\n\n{rng.choice(_vocab.OFFICERS)}\n{unit}\n")
    c.pad(page, rng, list(_NOTES[lang]))
    if incident is page:
        return [page]
    c.pad(incident, rng, list(_NOTES[lang]))
    return [page, incident]


def _narrative(page: PageDraft, f: c.Facts, lang: str, rng: random.Random, hour: str) -> None:
    flag = c.country(f.flag, lang)
    ident: list[tuple[str, str | None]] = [(f.name, "VESSEL_NAME")]
    if f.imo:
        ident += [(" (IMO ", None), (f.imo, "IMO"), (")", None)]
    elif f.ircs:
        ident += [(" (", None), (f.ircs, "IRCS"), (")", None)]
    segs: list[tuple[str, str | None]]
    if lang == "es":
        segs = [(f"A las {hour} UTC la aeronave de patrulla observó al buque pesquero ", None)]
        segs += ident
        segs += [(", de pabellón ", None), (flag, "FLAG")] if flag else []
        segs += [
            (
                ", navegando a 9 nudos con rumbo 215 y dejando una estela de unos "
                f"{rng.randint(2, 12)} km. Se tomaron {rng.randint(6, 40)} fotografías "
                f"(serie {rng.randint(1000, 9999)}) y se llamó al buque por VHF canal 16 "
                "sin obtener respuesta. La descarga cesó al aproximarse la aeronave.",
                None,
            )
        ]
    elif lang == "fr":
        segs = [(f"À {hour} UTC, l'aéronef de surveillance a observé le navire de pêche ", None)]
        segs += ident
        segs += [(", battant pavillon ", None), (flag, "FLAG")] if flag else []
        segs += [
            (
                ", faisant route au 215 à 9 nœuds et laissant derrière lui une traînée "
                f"d'environ {rng.randint(2, 12)} km. {rng.randint(6, 40)} photographies ont "
                f"été prises (série {rng.randint(1000, 9999)}). Appelé sur VHF canal 16, le "
                "navire n'a pas répondu; le rejet a cessé à l'approche de l'aéronef.",
                None,
            )
        ]
    else:
        segs = [(f"At {hour} UTC the patrol aircraft observed the fishing vessel ", None)]
        segs += ident
        segs += [(", flagged in ", None), (flag, "FLAG")] if flag else []
        segs += [
            (
                ", steering 215 at 9 knots and trailing a sheen of about "
                f"{rng.randint(2, 12)} km. {rng.randint(6, 40)} photographs were taken "
                f"(series {rng.randint(1000, 9999)}). The vessel was called on VHF channel 16 "
                "and did not answer; the discharge stopped as the aircraft approached.",
                None,
            )
        ]
    page.wrap(segs)
    page.nl()


def _polrep(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (f,) = c.pick(vessels, rng, 1)
    when = c.recent(rng)
    mon = _vocab.MONTHS_SHORT[when.month - 1].upper()
    dtg = f"{when.day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z {mon} {when.year % 100}"
    page = PageDraft()
    page.add("PRIORITY\nFM MRCC " + rng.choice(("FALMOUTH", "CANBERRA", "CAPE TOWN", "WELLINGTON")))
    page.add("\nTO FLAG STATE ADMINISTRATION\nINFO IMO MEPC SECRETARIAT\nBT\nUNCLAS\n")
    page.add(
        f"POLREP {rng.choice(('POLWARN', 'POLINF', 'POLWARN/POLINF'))} "
        f"NR {rng.randint(1, 40):02d}/{when.year}\n"
    )
    page.add(f"A. DTG {dtg}\n")
    page.add(f"B. POSITION {c.position(rng).replace('°', ' ').replace(chr(39), '')}\n")
    page.add("C. WIND SW 15 KTS SEA STATE 3\n")
    page.add(f"D. CHARACTERISTICS OF POLLUTION: THIN SHEEN, {rng.randint(2, 30)} NM LONG\n")
    page.add("E. SOURCE AND CAUSE: DELIBERATE DISCHARGE FROM FISHING VESSEL ")
    page.add(f.name, "VESSEL_NAME")
    page.nl()
    page.add("   IMO ")
    page.opt(f.imo, "IMO", "NIL")
    page.add(" / CALLSIGN ")
    page.opt(f.ircs, "IRCS", "UNKNOWN")
    page.add(" / MMSI ")
    page.opt(f.mmsi, "MMSI", "NIL")
    page.add("\n   FLAG ")
    flag = c.country(f.flag, "en")
    page.opt(flag.upper() if flag else None, "FLAG", "UNKNOWN")
    if f.gt:
        page.add("   ")
        c.metric(page, "GRT", f.gt, None, sep=" ")
    page.nl()
    if f.owner:
        page.add("   OWNER ")
        page.add(f.owner.upper(), "ASSOC_NAME")
        page.nl()
    page.add(
        f"F. DETECTED BY AIRCRAFT {rng.choice(('VH-ZCA', 'ZK-MPA', 'G-MCGD', 'N4CG'))} "
        f"SORTIE {rng.randint(100, 999)}\n"
    )
    page.add(
        "G. VESSEL CALLED VHF 16 / NO REPLY. VESSEL CONTINUED TOWARDS FISHING GROUNDS IN FAO AREA "
    )
    area = rng.choice(("41", "47", "57", "81", "87", "51"))
    page.add(area, "FAO_AREA_CODE")
    page.add(f"\nH. SAMPLES: NIL. PHOTOGRAPHS {rng.randint(10, 80)}\n")
    page.add("I. ACTION: FLAG STATE REQUESTED TO INVESTIGATE UNDER MARPOL ART 4 AND 6\n")
    page.add(f"J. POC DUTY OFFICER TEL {c.phone(rng)}\nBT\nNNNN\n")
    c.pad(
        page,
        rng,
        [
            "REMARKS: THIS MESSAGE DOES NOT CONSTITUTE A FINDING OF VIOLATION. EVIDENCE PACKAGE "
            "FOLLOWS BY SEPARATE CORRESPONDENCE.",
            "DISTRIBUTION: DUTY OFFICER, ENVIRONMENT DIVISION, LEGAL SERVICES. FILE COPY.",
        ],
    )
    return [page]
