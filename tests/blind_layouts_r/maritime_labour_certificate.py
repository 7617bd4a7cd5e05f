# ruff: noqa: RUF001 - the ILO form prints en dashes
"""A Maritime Labour Certificate (MLC, 2006) with its Declaration of Maritime Labour Compliance:
the certificate page, DMLC Part I and sometimes DMLC Part II, in English, Spanish or French
(the ILO's official languages of the standard form)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import Facts, country, facts, fmt_date, pick, some_date, usable
from ._page import PageDraft
from ._vocab import PEOPLE, RO_NAMES, address, owner_name

LAYOUT = "maritime_labour_certificate"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "MARITIME LABOUR CERTIFICATE",
        "note": "(Note: This Certificate shall have a Declaration of Maritime Labour Compliance "
        "attached)",
        "issued": "Issued under the provisions of Article V and Title 5 of the Maritime Labour "
        'Convention, 2006 (referred to below as "the Convention")',
        "gov": "under the authority of the Government of",
        "by": "by",
        "part": "Particulars of the ship",
        "keys": (
            "Name of ship",
            "Distinctive number or letters",
            "Port of registry",
            "Date of registry",
            "Gross tonnage",
            "IMO number",
            "Type of ship",
            "Name and address of the shipowner",
        ),
        "certify": "This is to certify:\n1. That this ship has been inspected and verified to be "
        "in compliance with the requirements of the Convention, and the provisions of the "
        "attached Declaration of Maritime Labour Compliance.\n2. That the seafarers' working and "
        "living conditions specified in Appendix A5-I of the Convention were found to correspond "
        "to the abovementioned country's national requirements implementing the Convention.",
        "valid": "This Certificate is valid until {d} subject to inspections in accordance with "
        "Standards A5.1.3 and A5.1.4 of the Convention.",
        "done": "Completion date of the inspection on which this Certificate is based was {d}.",
        "at": "Issued at {p} on {d}",
        "no": "Certificate No.",
        "types": (
            "Refrigerated cargo ship",
            "Fish carrier",
            "Fishing vessel (processing)",
            "Other cargo ship",
        ),
        "dmlc1": "DECLARATION OF MARITIME LABOUR COMPLIANCE – PART I",
        "dmlc1_note": "(Note: This Declaration must be attached to the ship's Maritime Labour "
        "Certificate)\nIssued under the authority of: {a}\n\nWith respect to the provisions of "
        "the Maritime Labour Convention, 2006, the following referenced ship:",
        "cols": ("Name of ship", "IMO number", "Gross tonnage"),
        "maint": "is maintained in accordance with Standard A5.1.3 of the Convention.\n\nThe "
        "undersigned declares, on behalf of the abovementioned competent authority, that the "
        "provisions of the Maritime Labour Convention are fully embodied in the national "
        "requirements referred to below:",
        "items": (
            "Minimum age (Regulation 1.1)",
            "Medical certification (Regulation 1.2)",
            "Qualifications of seafarers (Regulation 1.3)",
            "Seafarers' employment agreements (Regulation 2.1)",
            "Use of any licensed or certified or regulated private recruitment and "
            "placement service (Regulation 1.4)",
            "Hours of work or rest (Regulation 2.3)",
            "Manning levels for the ship (Regulation 2.7)",
            "Accommodation (Regulation 3.1)",
            "On-board recreational facilities (Regulation 3.1)",
            "Food and catering (Regulation 3.2)",
            "Health and safety and accident prevention (Regulation 4.3)",
            "On-board medical care (Regulation 4.1)",
            "On-board complaint procedures (Regulation 5.1.5)",
            "Payment of wages (Regulation 2.2)",
        ),
        "dmlc2": "DECLARATION OF MARITIME LABOUR COMPLIANCE – PART II\nMeasures adopted to ensure "
        "ongoing compliance between inspections",
        "dmlc2_text": "The following measures have been drawn up by the shipowner, named in the "
        "Maritime Labour Certificate to which this Declaration is attached, to ensure ongoing "
        "compliance between inspections:",
        "company": "IMO Company Identification Number",
        "role": "Shipowner",
        "name": "Name",
        "jobtitle": "Title",
        "date": "Date",
    },
    "es": {
        "title": "CERTIFICADO DE TRABAJO MARÍTIMO",
        "note": "(Nota: El presente certificado deberá llevar adjunta una Declaración de "
        "conformidad laboral marítima)",
        "issued": "Expedido en virtud de las disposiciones del artículo V y del título 5 del "
        'Convenio sobre el trabajo marítimo, 2006 (en adelante, "el Convenio")',
        "gov": "bajo la autoridad del Gobierno de",
        "by": "por",
        "part": "Datos del buque",
        "keys": (
            "Nombre del buque",
            "Número o letras distintivos",
            "Puerto de matrícula",
            "Fecha de matrícula",
            "Arqueo bruto",
            "Número IMO",
            "Tipo de buque",
            "Nombre y dirección del armador",
        ),
        "certify": "Por el presente se certifica:\n1. Que este buque ha sido inspeccionado y se "
        "ha comprobado que cumple los requisitos del Convenio y las disposiciones de la "
        "Declaración de conformidad laboral marítima adjunta.\n2. Que las condiciones de "
        "trabajo y de vida de la gente de mar especificadas en el anexo A5-I del Convenio "
        "corresponden a los requisitos nacionales del país antes mencionado.",
        "valid": "El presente certificado es válido hasta el {d}, a reserva de las inspecciones "
        "realizadas de conformidad con las normas A5.1.3 y A5.1.4 del Convenio.",
        "done": "Fecha en que se completó la inspección en que se basa este certificado: {d}.",
        "at": "Expedido en {p}, el {d}",
        "no": "Certificado n.º",
        "types": (
            "Buque de carga refrigerada",
            "Buque de transporte de pescado",
            "Buque pesquero factoría",
            "Otro buque de carga",
        ),
        "dmlc1": "DECLARACIÓN DE CONFORMIDAD LABORAL MARÍTIMA – PARTE I",
        "dmlc1_note": "(Nota: Esta declaración deberá adjuntarse al certificado de trabajo "
        "marítimo del buque)\nExpedida bajo la autoridad de: {a}\n\nEn lo que respecta a las "
        "disposiciones del Convenio sobre el trabajo marítimo, 2006, el buque indicado a "
        "continuación:",
        "cols": ("Nombre del buque", "Número IMO", "Arqueo bruto"),
        "maint": "se mantiene de conformidad con la norma A5.1.3 del Convenio.\n\nEl abajo "
        "firmante declara, en nombre de la autoridad competente antes mencionada, que las "
        "disposiciones del Convenio están plenamente incorporadas en los requisitos nacionales "
        "indicados a continuación:",
        "items": (
            "Edad mínima (regla 1.1)",
            "Certificado médico (regla 1.2)",
            "Calificaciones de la gente de mar (regla 1.3)",
            "Acuerdos de empleo de la gente de mar (regla 2.1)",
            "Servicios de contratación y colocación (regla 1.4)",
            "Horas de trabajo o de descanso (regla 2.3)",
            "Niveles de dotación del buque (regla 2.7)",
            "Alojamiento (regla 3.1)",
            "Instalaciones de esparcimiento a bordo (regla 3.1)",
            "Alimentación y servicio de fonda (regla 3.2)",
            "Salud y seguridad y prevención de accidentes (regla 4.3)",
            "Atención médica a bordo (regla 4.1)",
            "Procedimientos de tramitación de quejas a bordo (regla 5.1.5)",
            "Pago de los salarios (regla 2.2)",
        ),
        "dmlc2": "DECLARACIÓN DE CONFORMIDAD LABORAL MARÍTIMA – PARTE II\nMedidas adoptadas para "
        "asegurar el cumplimiento continuo entre inspecciones",
        "dmlc2_text": "El armador indicado en el certificado de trabajo marítimo al que se "
        "adjunta la presente declaración ha adoptado las siguientes medidas:",
        "company": "Número IMO de identificación de la compañía",
        "role": "Armador",
        "name": "Nombre",
        "jobtitle": "Cargo",
        "date": "Fecha",
    },
    "fr": {
        "title": "CERTIFICAT DE TRAVAIL MARITIME",
        "note": "(Note : Une déclaration de conformité du travail maritime doit être annexée au "
        "présent certificat)",
        "issued": "Délivré en vertu des dispositions de l'article V et du titre 5 de la "
        "convention du travail maritime, 2006 (ci-après « la convention »)",
        "gov": "sous l'autorité du gouvernement de",
        "by": "par",
        "part": "Caractéristiques du navire",
        "keys": (
            "Nom du navire",
            "Numéro ou lettres distinctifs",
            "Port d'immatriculation",
            "Date d'immatriculation",
            "Jauge brute",
            "Numéro OMI",
            "Type de navire",
            "Nom et adresse de l'armateur",
        ),
        "certify": "Il est certifié :\n1. Que ce navire a été inspecté et que sa conformité "
        "aux prescriptions de la convention et aux dispositions de la déclaration de conformité "
        "du travail maritime ci-jointe a été vérifiée.\n2. Que les conditions de travail et de "
        "vie des gens de mer énumérées à l'annexe A5-I de la convention répondent aux "
        "prescriptions nationales du pays susmentionné.",
        "valid": "Le présent certificat est valide jusqu'au {d}, sous réserve d'inspections "
        "effectuées conformément aux normes A5.1.3 et A5.1.4 de la convention.",
        "done": "Date d'achèvement de l'inspection sur la base de laquelle le présent certificat "
        "est délivré : {d}.",
        "at": "Délivré à {p}, le {d}",
        "no": "Certificat n°",
        "types": (
            "Navire de charge réfrigéré",
            "Transporteur de poisson",
            "Navire-usine",
            "Autre navire de charge",
        ),
        "dmlc1": "DÉCLARATION DE CONFORMITÉ DU TRAVAIL MARITIME – PARTIE I",
        "dmlc1_note": "(Note : La présente déclaration doit être annexée au certificat de travail "
        "maritime du navire)\nDélivrée sous l'autorité de : {a}\n\nEu égard aux dispositions de "
        "la convention du travail maritime, 2006, le navire désigné ci-après :",
        "cols": ("Nom du navire", "Numéro OMI", "Jauge brute"),
        "maint": "est exploité conformément à la norme A5.1.3 de la convention.\n\nLe soussigné "
        "déclare, au nom de l'autorité compétente susmentionnée, que les dispositions de la "
        "convention sont pleinement incorporées dans les prescriptions nationales ci-après :",
        "items": (
            "Âge minimum (règle 1.1)",
            "Certificat médical (règle 1.2)",
            "Qualifications des gens de mer (règle 1.3)",
            "Contrat d'engagement maritime (règle 2.1)",
            "Recours à des services de recrutement et de placement (règle 1.4)",
            "Durée du travail ou du repos (règle 2.3)",
            "Effectifs du navire (règle 2.7)",
            "Logement (règle 3.1)",
            "Installations de loisirs à bord (règle 3.1)",
            "Alimentation et service de table (règle 3.2)",
            "Santé et sécurité et prévention des accidents (règle 4.3)",
            "Soins médicaux à bord (règle 4.1)",
            "Procédures de plainte à bord (règle 5.1.5)",
            "Paiement des salaires (règle 2.2)",
        ),
        "dmlc2": "DÉCLARATION DE CONFORMITÉ DU TRAVAIL MARITIME – PARTIE II\nMesures adoptées "
        "pour assurer la conformité continue entre les inspections",
        "dmlc2_text": "Les mesures ci-après ont été établies par l'armateur dont le nom figure "
        "dans le certificat de travail maritime auquel la présente déclaration est annexée :",
        "company": "Numéro OMI d'identification de la compagnie",
        "role": "Armateur",
        "name": "Nom",
        "jobtitle": "Fonction",
        "date": "Date",
    },
}
_LAWS = (
    "Maritime Labour Act {y}, s. {n}",
    "Seafarers Regulations {y}, reg. {n}",
    "Ministerial Order No. {n}/{y}",
    "Merchant Shipping (MLC) Rules {y}, rule {n}",
    "Circular MSC-{n}/{y}",
)
_PLACES = ("Singapore", "Busan", "Shanghai", "Panama City", "Piraeus", "Kaohsiung", "Las Palmas")


def _choose(vessels: list[Vessel], rng: random.Random) -> Facts:
    pool = [f for f in usable(vessels) if f.gear == "CARRIER" or (f.gt and float(f.gt) >= 500)]
    if pool and rng.random() < 0.8:
        return rng.choice(pool)
    return pick(vessels, rng, 1)[0]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es", "fr"), (3, 1, 1))[0]
    t = _T[lang]
    f = _choose(vessels, rng)
    flag = f.flag
    ro = rng.choice(RO_NAMES)
    owner = owner_name(rng, f)
    where = address(rng, f)
    issued = some_date(rng, 2022, 2026)
    inspected = issued - dt.timedelta(days=rng.randint(1, 20))
    valid = dt.date(issued.year + 5, issued.month, min(issued.day, 28))
    registered = some_date(rng, 2008, issued.year)
    style = rng.choice(("dmy", "long", "dmy."))
    cert_no = (
        f"MLC-{rng.choice(('PA', 'LR', 'BV', 'NK'))}-{issued.year}-{rng.randint(1, 99999):05d}"
    )
    place = rng.choice(_PLACES)
    signer = rng.choice(PEOPLE)
    company_no = str(rng.randint(5_000_000, 6_299_999))
    gov = country(flag, lang) if flag else "—"

    p = PageDraft()
    p.add(f"{t['title']}{' ' * 12}{t['no']} {cert_no}\n{t['note']}\n\n{t['issued']}\n")
    p.add(f"{t['gov']}: ").put(gov, "FLAG" if flag else None).add("\n")
    p.add(f"{t['by']}: {ro}\n\n{t['part']}\n")
    k = t["keys"]
    p.add(f"{k[0]}: ").put(f.name, "VESSEL_NAME").add("\n")
    p.add(f"{k[1]}: ")
    p.put(f.ircs, "IRCS") if f.ircs else p.add("—")
    p.add(f"\n{k[2]}: ")
    p.put(f.port.title(), "HOME_PORT") if f.port else p.add("—")
    p.add(f"\n{k[3]}: ").put(fmt_date(registered, style, lang), "START_DATE").add("\n")
    if f.gt:
        p.put(k[4], "METRIC_TYPE").add(": ").put(f.gt, "METRIC_VALUE").add("\n")
    else:
        p.add(f"{k[4]}: —\n")
    p.add(f"{k[5]}: ")
    p.put(f.imo, "IMO") if f.imo else p.add("N/A")
    p.add(f"\n{k[6]}: {rng.choice(t['types'])}\n{k[7]}:\n   ")
    p.put(owner, "ASSOC_NAME").add("\n   ").put(where.street, "ADDRESS").add("\n   ")
    p.put(where.city, "CITY")
    if where.state:
        p.add(", ").put(where.state, "STATE")
    p.add(", ").put(country(where.country, lang), "COUNTRY_CODE").add("\n\n")
    p.add(t["certify"] + "\n\n")
    p.add(t["valid"].format(d=fmt_date(valid, style, lang)) + "\n")
    p.add(t["done"].format(d=fmt_date(inspected, style, lang)) + "\n")
    p.add(t["at"].format(p=place, d=fmt_date(issued, style, lang)) + "\n")
    p.add(f"{signer}, {ro}\n")
    pages = [p]

    q = PageDraft()
    authority = f"Maritime Authority of {country(flag)}" if flag else "the Maritime Authority"
    if lang == "fr":
        authority = f"Administration maritime — {country(flag, 'fr')}" if flag else authority
    if lang == "es":
        authority = f"Autoridad Marítima — {country(flag, 'es')}" if flag else authority
    q.add(f"{t['dmlc1']}\n{t['dmlc1_note'].format(a=authority)}\n\n")
    cols = t["cols"]
    q.add(f"{cols[0]:<26}{cols[1]:<14}{cols[2]}\n")
    q.put(f.name, "VESSEL_NAME").add(" " * max(1, 26 - len(f.name)))
    if f.imo:
        q.put(f.imo, "IMO").add(" " * 7)
    else:
        q.add("—" + " " * 13)
    q.put(f.gt, "METRIC_VALUE") if f.gt else q.add("—")
    q.add(f"\n\n{t['maint']}\n\n")
    year = rng.randint(2008, 2020)
    for n, item in enumerate(t["items"], start=1):
        law = rng.choice(_LAWS).format(y=year, n=rng.randint(2, 60))
        q.add(f"{n}. {item}: {law}\n")
    q.add(f"\n{t['name']}: {rng.choice(PEOPLE)}   {t['jobtitle']}: Surveyor   ")
    q.add(f"{t['date']}: {fmt_date(issued, style, lang)}\n")
    pages.append(q)

    if rng.random() < 0.5:
        r = PageDraft()
        r.add(f"{t['dmlc2']}\n\n{t['dmlc2_text']}\n\n")
        r.put(t["role"], "ASSOC_ROLE").add(": ").put(owner, "ASSOC_NAME").add("\n")
        r.add(f"{t['company']}: ").put(company_no, "REG_NO").add("\n")
        r.add(f"{k[0]}: ").put(f.name, "VESSEL_NAME").add("   ")
        if f.mmsi:
            r.add("MMSI: ").put(f.mmsi, "MMSI")
        r.add("\n\n")
        for n, item in enumerate(t["items"][:8], start=1):
            r.add(
                f"{n}. {item}: SMS Manual Ch. {rng.randint(2, 14)}, procedure "
                f"P-{rng.randint(10, 99)}; checked monthly by the Master.\n"
            )
        r.add(f"\n{t['name']}: {rng.choice(PEOPLE)}   {t['jobtitle']}: DPA   ")
        r.add(f"{t['date']}: {fmt_date(inspected, style, lang)}\n")
        pages.append(r)
    _ = facts
    return pages
