"""An inspection report under the ILO Work in Fishing Convention, 2007 (No. 188)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    EU,
    address,
    company,
    country,
    eu_cfr,
    flag_of,
    flag_text,
    fmt_date,
    gear_word,
    good_imo,
    good_ircs,
    good_mmsi,
    home_port,
    person,
    phone,
    pick,
    pick_port,
    placeholder,
    some_date,
)
from ._page import PageDraft, pad_pages

LAYOUT = "c188_inspection_report"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "INSPECTION REPORT — WORK IN FISHING CONVENTION, 2007 (No. 188)",
        "sub": ("Port State inspection (Article 43)", "Flag State inspection (Article 41)"),
        "report": "Report No.",
        "date": "Date of inspection",
        "port": "Port of inspection",
        "auth": "Inspecting authority",
        "insp": "Inspector",
        "s1": "1. VESSEL",
        "name": "Name of vessel",
        "flag": "Flag",
        "imo": "IMO No.",
        "call": "Call sign",
        "home": "Port of registry",
        "type": "Type of vessel",
        "loa": "Length overall",
        "gt": "Gross tonnage",
        "built": "Year of build",
        "days": "Days at sea since last port",
        "s2": "2. OWNER AND SKIPPER",
        "owner": "Fishing vessel owner (Art. 1(e))",
        "addr": "Address",
        "skipper": "Skipper",
        "s3": "3. DOCUMENTS EXAMINED",
        "doccols": ("Document", "Number", "Issued", "Expires"),
        "lic": ("Fishing licence", "High seas fishing authorisation"),
        "docs": (
            "Crew list",
            "Certificate of compliance (Art. 41)",
            "Medical certificates",
            "Work agreements",
        ),
        "s4": "4. CREW",
        "crew": "Fishers on board",
        "nat": "Nationalities",
        "s5": "5. CHECKLIST",
        "items": (
            ("Minimum age (Art. 9)", "C"),
            ("Medical examination (Art. 10\u201312)", "C"),
            ("Manning and hours of rest (Art. 13\u201314)", "D"),
            ("Crew list (Art. 15)", "C"),
            ("Fisher's work agreement (Art. 16\u201320)", "D"),
            ("Repatriation (Art. 21)", "C"),
            ("Payment of fishers (Art. 23\u201324)", "D"),
            ("Accommodation and food (Art. 25\u201328)", "C"),
            ("Medical care on board (Art. 29\u201330)", "C"),
            ("Occupational safety (Art. 31\u201333)", "C"),
            ("Social security (Art. 34\u201337)", "NA"),
        ),
        "legend": "C = compliant; D = deficiency; NA = not applicable",
        "s6": "6. DEFICIENCIES AND ACTION",
        "defs": (
            "Work agreements of {n} fishers not signed by the fisher or not available on board.",
            "Records of hours of rest not maintained for the last {n} days.",
            "Wages for {n} months not paid to fishers' nominated accounts.",
            "Sleeping rooms lack adequate ventilation; {n} bunks below the minimum size.",
        ),
        "action": (
            "To be rectified before departure.",
            "To be rectified within 14 days; flag State informed.",
            "Vessel detained until rectified (Art. 43(2)).",
            "Report sent to the ILO Director-General and the flag State.",
        ),
        "sign": "Signatures",
        "cont": "(continued)",
        "page": "Page",
        "authority": "Maritime Labour Inspectorate",
        "none": "No deficiencies recorded.",
        "noaction": "No action required.",
    },
    "es": {
        "title": "INFORME DE INSPECCIÓN — CONVENIO SOBRE EL TRABAJO EN LA PESCA, 2007 (NÚM. 188)",
        "sub": (
            "Inspección por el Estado rector del puerto (artículo 43)",
            "Inspección por el Estado del pabellón (artículo 41)",
        ),
        "report": "Informe N.º",
        "date": "Fecha de inspección",
        "port": "Puerto de inspección",
        "auth": "Autoridad",
        "insp": "Inspector/a",
        "s1": "1. BUQUE",
        "name": "Nombre del buque",
        "flag": "Pabellón",
        "imo": "N.º OMI",
        "call": "Distintivo de llamada",
        "home": "Puerto de matrícula",
        "type": "Tipo de buque",
        "loa": "Eslora total",
        "gt": "Arqueo bruto",
        "built": "Año de construcción",
        "days": "Días en el mar desde la última escala",
        "s2": "2. ARMADOR Y PATRÓN",
        "owner": "Propietario del buque pesquero (art. 1, e))",
        "addr": "Dirección",
        "skipper": "Patrón",
        "s3": "3. DOCUMENTOS EXAMINADOS",
        "doccols": ("Documento", "Número", "Expedido", "Vence"),
        "lic": ("Licencia de pesca", "Autorización de pesca en alta mar"),
        "docs": (
            "Rol de tripulación",
            "Documento de cumplimiento (art. 41)",
            "Certificados médicos",
            "Acuerdos de trabajo",
        ),
        "s4": "4. TRIPULACIÓN",
        "crew": "Pescadores a bordo",
        "nat": "Nacionalidades",
        "s5": "5. LISTA DE COMPROBACIÓN",
        "items": (
            ("Edad mínima (art. 9)", "C"),
            ("Examen médico (art. 10\u201312)", "C"),
            ("Dotación y horas de descanso (art. 13\u201314)", "D"),
            ("Lista de tripulantes (art. 15)", "C"),
            ("Acuerdo de trabajo del pescador (art. 16\u201320)", "D"),
            ("Repatriación (art. 21)", "C"),
            ("Pago de los pescadores (art. 23\u201324)", "D"),
            ("Alojamiento y comida (art. 25\u201328)", "C"),
            ("Atención médica a bordo (art. 29\u201330)", "C"),
            ("Seguridad y salud (art. 31\u201333)", "C"),
        ),
        "legend": "C = conforme; D = deficiencia; NA = no aplicable",
        "s6": "6. DEFICIENCIAS Y MEDIDAS",
        "defs": (
            "Faltan los acuerdos de trabajo firmados de {n} pescadores.",
            "No se llevan registros de horas de descanso de los últimos {n} días.",
            "Salarios de {n} meses pendientes de pago a los pescadores.",
            "Camarotes sin ventilación adecuada; {n} literas por debajo del tamaño mínimo.",
        ),
        "action": (
            "Subsanar antes de la salida.",
            "Subsanar en 14 días; se informa al Estado del pabellón.",
            "Buque retenido hasta su subsanación (art. 43, 2)).",
        ),
        "sign": "Firmas",
        "cont": "(continuación)",
        "page": "Página",
        "authority": "Capitanía Marítima — Inspección de Trabajo",
        "none": "No se registran deficiencias.",
        "noaction": "Sin medidas.",
    },
    "fr": {
        "title": "RAPPORT D'INSPECTION — CONVENTION (N° 188) SUR LE TRAVAIL DANS LA PÊCHE, 2007",
        "sub": (
            "Inspection par l'État du port (article 43)",
            "Inspection par l'État du pavillon (article 41)",
        ),
        "report": "Rapport n°",
        "date": "Date de l'inspection",
        "port": "Port d'inspection",
        "auth": "Autorité",
        "insp": "Inspecteur",
        "s1": "1. NAVIRE",
        "name": "Nom du navire",
        "flag": "Pavillon",
        "imo": "N° OMI",
        "call": "Indicatif d'appel",
        "home": "Port d'immatriculation",
        "type": "Type de navire",
        "loa": "Longueur hors tout",
        "gt": "Jauge brute",
        "built": "Année de construction",
        "days": "Jours en mer depuis la dernière escale",
        "s2": "2. ARMATEUR ET PATRON",
        "owner": "Armateur à la pêche (art. 1 e))",
        "addr": "Adresse",
        "skipper": "Patron",
        "s3": "3. DOCUMENTS EXAMINÉS",
        "doccols": ("Document", "Numéro", "Délivré", "Expire"),
        "lic": ("Licence de pêche", "Autorisation de pêche en haute mer"),
        "docs": (
            "Liste d'équipage",
            "Document de conformité (art. 41)",
            "Certificats médicaux",
            "Contrats d'engagement",
        ),
        "s4": "4. ÉQUIPAGE",
        "crew": "Pêcheurs à bord",
        "nat": "Nationalités",
        "s5": "5. LISTE DE CONTRÔLE",
        "items": (
            ("Âge minimum (art. 9)", "C"),
            ("Examen médical (art. 10\u201312)", "C"),
            ("Effectifs et heures de repos (art. 13\u201314)", "D"),
            ("Liste d'équipage (art. 15)", "C"),
            ("Accord d'engagement du pêcheur (art. 16\u201320)", "D"),
            ("Rapatriement (art. 21)", "C"),
            ("Paiement des pêcheurs (art. 23\u201324)", "D"),
            ("Logement et alimentation (art. 25\u201328)", "C"),
            ("Soins médicaux à bord (art. 29\u201330)", "C"),
            ("Sécurité et santé (art. 31\u201333)", "C"),
        ),
        "legend": "C = conforme ; D = non-conformité ; NA = sans objet",
        "s6": "6. NON-CONFORMITÉS ET MESURES",
        "defs": (
            "Accords d'engagement de {n} pêcheurs non signés ou absents du bord.",
            "Registre des heures de repos non tenu depuis {n} jours.",
            "Salaires de {n} mois non versés aux pêcheurs.",
            "Cabines insuffisamment ventilées ; {n} couchettes sous la taille minimale.",
        ),
        "action": (
            "À corriger avant le départ.",
            "À corriger sous 14 jours ; État du pavillon informé.",
            "Navire retenu jusqu'à la mise en conformité (art. 43 §2).",
        ),
        "sign": "Signatures",
        "cont": "(suite)",
        "page": "Page",
        "authority": "Direction des affaires maritimes — Inspection du travail maritime",
        "none": "Aucune non-conformité relevée.",
        "noaction": "Aucune mesure.",
    },
}
_NATIONALITIES = {
    "en": ("Indonesian", "Filipino", "Vietnamese", "Chinese", "Myanmar", "Kiribati", "Fijian"),
    "es": ("indonesia", "filipina", "vietnamita", "china", "birmana", "peruana"),
    "fr": ("indonésienne", "philippine", "vietnamienne", "chinoise", "malgache", "sénégalaise"),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    (vessel,) = pick(rng, vessels, 1)
    flag = flag_of(vessel)
    port = pick_port(rng, lang if lang != "en" else None)
    day = some_date(rng)
    width = 34

    def kv(page: PageDraft, key: str, *parts: str | tuple[str, str | None]) -> None:
        page.line(f"{key}: ".ljust(width), *parts)

    p1 = PageDraft()
    p1.line(t["title"])
    p1.line(rng.choice(t["sub"]))
    p1.line("")
    kv(p1, t["report"], f"C188/{port.locode[:2]}/{day.year}/{rng.randint(1, 999):03d}")
    kv(p1, t["date"], fmt_date(day, rng.choice((1, 3)), lang))
    kv(p1, t["port"], f"{port.name} (", (port.locode, "PORT_ID"), ")")
    kv(p1, t["auth"], t["authority"])
    kv(
        p1,
        t["insp"],
        f"{person(rng, initial=True)} (ID {rng.randint(100, 999)}-{rng.randint(10, 99)})",
    )
    p1.line("")
    p1.line(t["s1"])
    kv(p1, t["name"], (vessel.name, "VESSEL_NAME"))
    kv(p1, t["flag"], (flag_text(rng, flag, lang), "FLAG") if flag else placeholder(rng, lang))
    imo, ircs, mmsi = good_imo(vessel), good_ircs(vessel), good_mmsi(vessel)
    kv(p1, t["imo"], (imo or placeholder(rng, lang), "IMO" if imo else None))
    kv(p1, t["call"], (ircs or placeholder(rng, lang), "IRCS" if ircs else None))
    kv(p1, "MMSI", (mmsi or placeholder(rng, lang), "MMSI" if mmsi else None))
    if hp := home_port(vessel):
        if flag and rng.random() < 0.4:
            kv(p1, t["home"], (hp, "HOME_PORT"), ", ", (country(flag, lang), "HOME_PORT_STATE"))
        else:
            kv(p1, t["home"], (hp, "HOME_PORT"))
    if flag in EU:
        kv(p1, "CFR", (eu_cfr(rng, flag), "EU_CFR"))
    kv(p1, t["type"], gear_word(vessel, lang))
    if vessel.length_m:
        p1.line(
            (t["loa"], "METRIC_TYPE"),
            ":".ljust(width - len(t["loa"])),
            (vessel.length_m, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
        )
    if vessel.gross_tonnage:
        p1.line(
            (t["gt"], "METRIC_TYPE"),
            ":".ljust(width - len(t["gt"])),
            (vessel.gross_tonnage, "METRIC_VALUE"),
        )
    if vessel.build_year:
        kv(p1, t["built"], (vessel.build_year, "BUILD_YEAR"))
    kv(p1, t["days"], str(rng.randint(12, 400)))
    p1.line("")
    p1.line(t["s2"])
    owner = vessel.owner or company(rng, "fishing", "en")
    where = address(rng, flag, "en")
    kv(p1, t["owner"], (owner, "ASSOC_NAME"))
    kv(
        p1,
        t["addr"],
        (where.street, "ADDRESS"),
        ", ",
        (where.city, "CITY"),
        ", ",
        (country(where.iso3, lang), "COUNTRY_CODE"),
    )
    skipper = person(rng)
    kv(p1, t["skipper"], (skipper, "ASSOC_NAME"), f" — tel. {phone(rng)}")

    p2 = PageDraft()
    p2.add(f"{t['title']} {t['cont']} — ").add(vessel.name, "VESSEL_NAME").add("\n\n")
    p2.line(t["s3"])
    cols = t["doccols"]
    p2.line(f"{cols[0]:<38}{cols[1]:<20}{cols[2]:<13}{cols[3]}")
    issued = day - timedelta(days=rng.randint(20, 300))
    expires = issued + timedelta(days=rng.choice((179, 364, 365)))
    p2.cell(rng.choice(t["lic"]), 38, "AUTH_TYPE")
    p2.cell(
        f"{rng.choice(('FL', 'HS', 'LP'))}-{issued.year}-{rng.randint(1, 9999):04d}",
        20,
        "LICENSE_NO",
    )
    p2.cell(fmt_date(issued, 1, lang), 13, "START_DATE")
    p2.add(fmt_date(expires, 1, lang), "END_DATE").add("\n")
    for doc in t["docs"]:
        ok = day + timedelta(days=rng.randint(30, 700))
        p2.line(
            f"{doc:<38}{rng.randint(1000, 99999):<20}"
            f"{fmt_date(ok - timedelta(days=730), 1, lang):<13}"
            f"{fmt_date(ok, 1, lang)}"
        )
    p2.line("")
    p2.line(t["s4"])
    crew = rng.randint(9, 42)
    kv(p2, t["crew"], str(crew))
    nats = rng.sample(_NATIONALITIES[lang], 3)
    kv(p2, t["nat"], ", ".join(f"{n} ({rng.randint(1, crew // 2)})" for n in nats))
    p2.line("")
    p2.line(t["s5"])
    findings = [(item, status if rng.random() < 0.6 else "C") for item, status in t["items"]]
    for item, status in findings:
        p2.line(f"  {item:<52} [{status}]")
    p2.line(f"  {t['legend']}")

    p3 = PageDraft()
    p3.line(t["s6"])
    problems = [item for item, status in findings if status == "D"]
    for number, text in enumerate(rng.sample(t["defs"], min(len(problems), len(t["defs"]))), 1):
        p3.line(f"  {number}. {text.format(n=rng.randint(2, 14))}")
    if problems:
        p3.line(f"  → {rng.choice(t['action'])}")
    else:
        p3.line(f"  {t['none']} {t['noaction']}")
    p3.line("")
    p3.line(t["sign"])
    p3.line(f"  {t['insp']}: {person(rng)}  ____________   {fmt_date(day, 2, lang)}")
    p3.line(f"  {t['skipper']}: ", (skipper, "ASSOC_NAME"), "  ____________")
    p3.line(f"  Ref. ILO/C188/{rng.randint(100, 999)} — tel. {phone(rng)}")
    if len(p2) + len(p3) <= 2800 and rng.random() < 0.5:
        p2.add("\n").extend(p3)
        pages = [p1, p2]
    else:
        pages = [p1, p2, p3]
    fillers = []
    for _ in range(3):
        note = PageDraft()
        note.line(
            f"Note: this report is drawn up under national regulation {rng.randint(10, 900)}/"
            f"{rng.randint(2012, 2024)} giving effect to the Convention. Copies: skipper, "
            f"flag State, ILO (where required). Fishers interviewed in private: "
            f"{rng.randint(2, 8)}; interpreter used: {rng.choice(('yes', 'no'))}. "
            f"Complaints hotline {phone(rng)}."
        )
        fillers.append(note)
    pad_pages(pages, fillers)
    return pages
