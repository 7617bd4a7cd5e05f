"""An owners' letter appointing a ship agent for a port call, with the vessel's particulars."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    RFMOS,
    address,
    company,
    country,
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
    pick_species,
    placeholder,
    some_date,
    species_name,
)
from ._page import PageDraft, pad_pages

LAYOUT = "agent_nomination_letter"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "subject": "Subject: Nomination of agents — F/V ",
        "dear": "Dear Sirs,",
        "appoint1": "We, ",
        "appoint2": ", as ",
        "roles": ("registered owners", "owners", "operators", "managers"),
        "appoint3": " of the vessel described below, hereby appoint ",
        "appoint4": " to act as our ",
        "agent_roles": ("husbandry agents", "port agents", "protecting agents", "agents"),
        "appoint5": " for her forthcoming call at ",
        "eta": "ETA",
        "part": "VESSEL PARTICULARS",
        "name": "Name",
        "flag": "Flag",
        "port": "Port of registry",
        "imo": "IMO No.",
        "call": "Call sign",
        "type": "Type",
        "gt": "Gross tonnage",
        "nt": "Net tonnage",
        "loa": "LOA",
        "built": "Built",
        "master": "Master",
        "crew": "Crew on board",
        "purpose": "Purpose of call",
        "purposes": (
            "discharge of frozen catch",
            "bunkers, fresh water and provisions",
            "crew change and repatriation",
            "annual dry-docking survey",
        ),
        "cargo": "Cargo on board",
        "lic": "Authorisations on board",
        "auths": ("High seas fishing licence", "Fishing licence", "Transhipment authorisation"),
        "valid": "valid until",
        "ops": "Operators",
        "funds": "Please forward your proforma disbursement account; we shall remit funds "
        "(est. {amount}) to your account IBAN {iban} on receipt.",
        "close": "Kindly confirm acceptance of this nomination by return e-mail.",
        "yours": "Yours faithfully,",
        "ref": "Our ref.",
        "date": "Date",
        "to": "To",
        "p2": "Annex — particulars (continued)",
    },
    "es": {
        "subject": "Asunto: Nombramiento de agente consignatario — B/P ",
        "dear": "Estimados señores:",
        "appoint1": "Por la presente, ",
        "appoint2": ", en calidad de ",
        "roles": ("armador", "propietario", "armador-operador"),
        "appoint3": " del buque abajo descrito, designa a ",
        "appoint4": " como ",
        "agent_roles": ("agente consignatario", "consignatario", "agente protector"),
        "appoint5": " para su próxima escala en ",
        "eta": "ETA",
        "part": "DATOS DEL BUQUE",
        "name": "Nombre",
        "flag": "Bandera",
        "port": "Puerto de matrícula",
        "imo": "N.º OMI",
        "call": "Indicativo de llamada",
        "type": "Tipo",
        "gt": "Arqueo bruto",
        "nt": "Arqueo neto",
        "loa": "Eslora total",
        "built": "Año de construcción",
        "master": "Capitán",
        "crew": "Tripulantes a bordo",
        "purpose": "Motivo de la escala",
        "purposes": (
            "descarga de captura congelada",
            "combustible, agua y víveres",
            "relevo de tripulación",
            "varada y reparaciones",
        ),
        "cargo": "Carga a bordo",
        "lic": "Autorizaciones a bordo",
        "auths": (
            "Licencia de pesca",
            "Autorización de pesca en alta mar",
            "Autorización de transbordo",
        ),
        "valid": "válida hasta el",
        "ops": "Operador",
        "funds": "Rogamos nos remitan la proforma de escala; transferiremos los fondos "
        "(aprox. {amount}) a su cuenta IBAN {iban}.",
        "close": "Les rogamos confirmen la aceptación del nombramiento.",
        "yours": "Atentamente,",
        "ref": "N/Ref.",
        "date": "Fecha",
        "to": "A",
        "p2": "Anexo — datos del buque (continuación)",
    },
    "fr": {
        "subject": "Objet : Désignation d'agent — N/P ",
        "dear": "Messieurs,",
        "appoint1": "La société ",
        "appoint2": ", en qualité d'",
        "roles": ("armateur", "armateur-gérant"),
        "appoint3": " du navire décrit ci-dessous, désigne ",
        "appoint4": " comme ",
        "agent_roles": ("agent maritime", "consignataire du navire", "agent"),
        "appoint5": " pour son escale à ",
        "eta": "ETA",
        "part": "CARACTÉRISTIQUES DU NAVIRE",
        "name": "Nom",
        "flag": "Pavillon",
        "port": "Port d'immatriculation",
        "imo": "N° OMI",
        "call": "Indicatif d'appel",
        "type": "Type",
        "gt": "Jauge brute",
        "nt": "Jauge nette",
        "loa": "Longueur hors tout",
        "built": "Année de construction",
        "master": "Capitaine",
        "crew": "Équipage",
        "purpose": "Motif de l'escale",
        "purposes": (
            "débarquement de captures congelées",
            "soutage et avitaillement",
            "relève d'équipage",
            "arrêt technique",
        ),
        "cargo": "Cargaison à bord",
        "lic": "Autorisations à bord",
        "auths": (
            "Licence de pêche",
            "Autorisation de pêche en haute mer",
            "Autorisation de transbordement",
        ),
        "valid": "valable jusqu'au",
        "ops": "Opérateur",
        "funds": "Merci de nous adresser votre compte d'escale prévisionnel ; les fonds "
        "(env. {amount}) seront virés sur votre compte IBAN {iban}.",
        "close": "Merci de confirmer votre acceptation par retour de courriel.",
        "yours": "Veuillez agréer nos salutations distinguées,",
        "ref": "N/Réf.",
        "date": "Date",
        "to": "À",
        "p2": "Annexe — caractéristiques (suite)",
    },
}


def _iban(rng: random.Random) -> str:
    return f"{rng.choice(('ES', 'FR', 'MU', 'PT'))}{rng.randint(10, 99)} " + " ".join(
        f"{rng.randint(0, 9999):04d}" for _ in range(5)
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    (vessel,) = pick(rng, vessels, 1)
    flag = flag_of(vessel)
    port = pick_port(rng, lang if lang != "en" else None)
    owner = vessel.owner or company(rng, "fishing", "en")
    home = address(rng, flag, "en")
    agent = company(rng, "agent", port.lang if port.lang != "en" else "en")
    page = PageDraft()
    page.line((owner, "ASSOC_NAME"))
    page.line(
        (home.street, "ADDRESS"),
        ", ",
        (home.city, "CITY"),
        ", ",
        (country(home.iso3, "en"), "COUNTRY_CODE"),
    )
    page.line(
        f"Tel. {phone(rng)}   Fax {phone(rng)}   ops@{rng.choice(('ocean', 'marine', 'fishery'))}-"
        f"{rng.randint(1, 99)}.com"
    )
    page.line("")
    sent = some_date(rng)
    page.line(
        f"{t['date']}: {fmt_date(sent, rng.choice((0, 3, 5)), lang)}    {t['ref']} "
        f"NOM/{sent.year}/{rng.randint(1, 400):03d}"
    )
    page.line(f"{t['to']}: {agent}, {port.name}")
    page.line("")
    eta = sent + timedelta(days=rng.randint(3, 25))
    page.line(
        t["subject"],
        (vessel.name, "VESSEL_NAME"),
        f" — {port.name} (",
        (port.locode, "PORT_ID"),
        f") — {t['eta']} {fmt_date(eta, rng.choice((1, 2, 4)), lang)}",
    )
    page.line("")
    page.line(t["dear"])
    page.add(t["appoint1"]).add(owner, "ASSOC_NAME").add(t["appoint2"])
    page.add(rng.choice(t["roles"]), "ASSOC_ROLE").add(t["appoint3"]).add(agent, "ASSOC_NAME")
    page.add(t["appoint4"]).add(rng.choice(t["agent_roles"]), "ASSOC_ROLE").add(t["appoint5"])
    page.add(port.name).add(".\n\n")
    page.line(t["part"])
    rows: list[PageDraft] = []

    def row(key: str, *parts: str | tuple[str, str | None]) -> None:
        draft = PageDraft()
        draft.line(f"  {key}:".ljust(26), *parts)
        rows.append(draft)

    row(t["name"], (vessel.name, "VESSEL_NAME"))
    row(t["flag"], (flag_text(rng, flag, lang), "FLAG") if flag else placeholder(rng, lang))
    if hp := home_port(vessel):
        row(t["port"], (hp, "HOME_PORT"))
    for key, value, label in (
        (t["imo"], good_imo(vessel), "IMO"),
        (t["call"], good_ircs(vessel), "IRCS"),
        ("MMSI", good_mmsi(vessel), "MMSI"),
    ):
        row(key, (value or placeholder(rng, lang), label if value else None))
    row(t["type"], gear_word(vessel, lang))
    if vessel.gross_tonnage or vessel.length_m:
        draft = PageDraft()
        draft.add("  ")
        if vessel.gross_tonnage:
            draft.add(t["gt"], "METRIC_TYPE").add(": ").add(vessel.gross_tonnage, "METRIC_VALUE")
            nt = max(1, int(int(vessel.gross_tonnage) * rng.uniform(0.3, 0.45)))
            draft.add(f"   {t['nt']}: {nt}   ")
        if vessel.length_m:
            draft.add(t["loa"], "METRIC_TYPE").add(": ").add(vessel.length_m, "METRIC_VALUE")
            draft.add(" ").add("m", "METRIC_UNIT")
        draft.add("\n")
        rows.append(draft)
    if vessel.build_year:
        row(t["built"], (vessel.build_year, "BUILD_YEAR"))
    row(t["master"], (person(rng), "ASSOC_NAME"))
    row(t["crew"], str(rng.randint(9, 38)))
    row(t["purpose"], rng.choice(t["purposes"]))
    sp1, sp2 = pick_species(rng), pick_species(rng)
    row(
        t["cargo"],
        f"{rng.randint(20, 900)} t ",
        (sp1[0], "SPECIES_NAME"),
        " / ",
        (species_name(sp2, lang), "SPECIES_NAME"),
    )
    start = some_date(rng, 2023, 2025)
    rfmo = rng.choice(RFMOS)
    lic_kind = rng.choice(("HSFA", "LP", "FL", "AUT"))
    lic = f"{lic_kind}-{rng.randint(2023, 2026)}-{rng.randint(1, 9999):04d}"
    row(
        t["lic"],
        (rng.choice(t["auths"]), "AUTH_TYPE"),
        " No. ",
        (lic, "LICENSE_NO"),
        " (",
        (rfmo, "RFMO_CODE"),
        f") {t['valid']} ",
        (fmt_date(start + timedelta(days=364), rng.choice((1, 3)), lang), "END_DATE"),
    )
    if rng.random() < 0.5:
        row(t["ops"], (company(rng, "fishing", "en"), "ASSOC_NAME"))
    row(
        "P&I",
        f"{rng.choice(('Japan P&I Club', 'The Shipowners Club', 'Britannia P&I'))} — "
        f"cert. {rng.randint(100000, 999999)}",
    )
    pages = [page]
    for draft in rows:
        if len(pages[-1]) + len(draft) > 2300 and len(pages) < 2:
            pages.append(PageDraft())
            pages[-1].line(t["p2"], " — ", (vessel.name, "VESSEL_NAME"))
        pages[-1].extend(draft)
    amount = f"USD {rng.randint(3, 40)},{rng.randint(0, 999):03d}"
    tail = PageDraft()
    tail.line("")
    tail.line(t["funds"].format(amount=amount, iban=_iban(rng)))
    tail.line(t["close"])
    tail.line("")
    tail.line(t["yours"])
    tail.line(f"{person(rng)} — Fleet Operations, {phone(rng)}")
    pages[-1].extend(tail)
    filler = PageDraft()
    filler.line(
        f"cc: master (via Inmarsat C {rng.randint(400000000, 499999999)}), "
        f"flag State FMC, owners' accounts dept. Message ID {rng.randint(10**7, 10**8)}."
    )
    pad_pages(pages, [filler])
    return pages
