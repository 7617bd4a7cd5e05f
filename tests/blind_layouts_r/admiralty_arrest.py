"""An admiralty court arrest warrant or a marshal's notice of arrest of a vessel: English High
Court warrant (form ADM9 style), US warrant for arrest in rem with the Rule C(4) notice, a
Spanish embargo preventivo or a French saisie conservatoire order."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Facts,
    country,
    fmt_date,
    money,
    national_reg,
    phone,
    pick,
    some_date,
)
from ._page import PageDraft
from ._vocab import CLAIMANTS, LAW_FIRMS, PEOPLE, address, owner_name

LAYOUT = "admiralty_arrest"

_PORTS = {
    "en": ("Southampton", "Falmouth", "Aberdeen", "Gibraltar"),
    "us": ("Honolulu", "Pago Pago", "Seattle", "San Diego", "Dutch Harbor"),
    "es": ("Las Palmas de Gran Canaria", "Vigo", "Cádiz", "Santa Cruz de Tenerife"),
    "fr": ("Le Port (La Réunion)", "Port-Louis", "Brest", "Nouméa"),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    kind = rng.choices(("en", "us", "es", "fr"), (3, 3, 2, 2))[0]
    chosen = pick(vessels, rng, 2 if rng.random() < 0.2 else 1)
    builder = {"en": _english, "us": _us, "es": _spanish, "fr": _french}[kind]
    pages = builder(chosen, rng)
    notes = _NOTES[kind]
    for page in pages:
        for note in notes:
            if len(page) >= 850:
                break
            page.add("\n" + note)
    return pages


_NOTES = {
    "en": (
        "NOTE: The arresting party has lodged with the Marshal the undertaking required by rule "
        "61.5(3)(b) to pay on demand the fees and expenses of the Marshal in respect of the "
        "arrest, the care and custody of the property while under arrest and its release.\n",
        "Any application for release must be made to the Admiralty Registrar on form ADM12. "
        "The Registry is open 10.00 to 16.30, Monday to Friday.\n",
    ),
    "us": (
        "Substitute custodian: pursuant to the Order Appointing Substitute Custodian, the vessel "
        "shall remain in the custody of a substitute custodian at the berth stated above, at "
        "the expense of Plaintiff, until further order of the Court.\n",
        "Local Admiralty Rule E(9): the Marshal will not release the vessel without a "
        "court-ordered release and payment of all Marshal's fees and custodial costs.\n",
    ),
    "es": (
        "Notifíquese este auto al capitán del buque, al consignatario y al Ministerio Fiscal. "
        "Comuníquese a la Autoridad Portuaria a los efectos oportunos.\n",
        "Diligencia: la extiendo para hacer constar que se remite copia por correo electrónico a "
        "la Capitanía Marítima, con acuse de recibo.\n",
    ),
    "fr": (
        "La présente ordonnance est exécutoire sur minute. Il nous en sera référé en cas de "
        "difficulté. Le capitaine est constitué gardien du navire saisi.\n",
        "Copie transmise à la Direction de la mer et à la capitainerie du port, pour "
        "information, conformément à l'article R. 5114-18 du Code des transports.\n",
    ),
}


def _particulars(p: PageDraft, f: Facts, rng: random.Random, lang: str) -> None:
    keys = {
        "en": (
            "Flag",
            "Port of registry",
            "IMO number",
            "Call sign",
            "MMSI",
            "Official number",
            "Gross tonnage",
        ),
        "es": (
            "Bandera",
            "Puerto de matrícula",
            "Número OMI",
            "Distintivo de llamada",
            "MMSI",
            "Matrícula",
            "Arqueo bruto",
        ),
        "fr": (
            "Pavillon",
            "Port d'immatriculation",
            "Numéro OMI",
            "Indicatif d'appel",
            "MMSI",
            "Numéro d'immatriculation",
            "Jauge brute",
        ),
    }[lang]
    if f.flag:
        p.add(f"   {keys[0]}: ").put(country(f.flag, lang), "FLAG").add("\n")
    if f.port:
        p.add(f"   {keys[1]}: ").put(f.port.title(), "HOME_PORT").add("\n")
    p.add(f"   {keys[2]}: ").put(f.imo, "IMO").add("\n") if f.imo else p.add(f"   {keys[2]}: N/A\n")
    if f.ircs:
        p.add(f"   {keys[3]}: ").put(f.ircs, "IRCS").add("\n")
    if f.mmsi and rng.random() < 0.6:
        p.add(f"   {keys[4]}: ").put(f.mmsi, "MMSI").add("\n")
    if rng.random() < 0.5:
        p.add(f"   {keys[5]}: ").put(national_reg(rng, f.flag), "NATIONAL_REG_NO").add("\n")
    if f.gt:
        metric = "Gross tonnage" if lang == "en" else keys[6]
        p.add("   ").put(metric, "METRIC_TYPE").add(": ").put(f.gt, "METRIC_VALUE")
        p.add(" ").put("GT", "METRIC_UNIT").add("\n")


def _english(chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    claim = f"AD-{rng.randint(2023, 2026)}-{rng.randint(1, 999):06d}"
    day = some_date(rng)
    port = rng.choice(_PORTS["en"])
    claimant = rng.choice(CLAIMANTS)
    firm = rng.choice(LAW_FIRMS)
    amount = money(rng.uniform(40_000, 2_500_000))
    p = PageDraft()
    p.add("IN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\nBUSINESS AND PROPERTY COURTS\n")
    p.add(f"ADMIRALTY COURT{' ' * 30}Claim No. {claim}\n\n")
    p.add("ADMIRALTY CLAIM IN REM\nagainst\n")
    for i, f in enumerate(chosen):
        if i:
            p.add("and against\n")
        p.add('The ship "').put(f.name, "VESSEL_NAME").add('"')
        if f.port:
            p.add(" of the port of ").put(f.port.title(), "HOME_PORT")
        if f.imo:
            p.add(" (IMO No. ").put(f.imo, "IMO").add(")")
        p.add("\n")
        if f.former_name:
            p.add('(formerly named "').put(f.former_name, "NAME_CHANGE").add('")\n')
    p.add("\nWARRANT OF ARREST\n\n")
    p.add("TO THE ADMIRALTY MARSHAL OR HIS SUBSTITUTES:\n\n")
    target = chosen[0]
    p.add("On the application of ").add(claimant).add(
        ', the Claimant, YOU ARE COMMANDED to arrest the ship "'
    ).put(target.name, "VESSEL_NAME")
    p.add(
        f'" now lying at or near the port of {port}, together with her cargo and bunkers, and '
        "to keep the same under safe arrest until you receive further orders from the "
        "Court.\n\n"
    )
    p.add(f"Amount claimed: USD {amount} together with interest and costs.\n")
    p.add('Defendants: The owners and/or demise charterers of the ship "')
    p.put(target.name, "VESSEL_NAME").add('", namely ').put(owner_name(rng, target), "ASSOC_NAME")
    p.add(" (").put("Registered owner", "ASSOC_ROLE").add(").\n\n")
    p.add("Particulars of the ship (as stated in the declaration in support):\n")
    _particulars(p, target, rng, "en")
    p.add(f"\nDated {fmt_date(day, 'long')}\n\nAdmiralty Registrar\n\n")
    p.add(
        f"Claimant's solicitors: {firm}, ref. {rng.choice('ABCDEFGH')}"
        f"{rng.randint(1000, 9999)}/{rng.randint(1, 99)}, tel. {phone(rng, '44 20')}\n"
    )
    pages = [p]
    if rng.random() < 0.6:
        q = PageDraft()
        q.add(f"Claim No. {claim}\n\nADMIRALTY MARSHAL — NOTICE OF ARREST\n\n")
        q.add('Take notice that the ship "').put(target.name, "VESSEL_NAME").add('"')
        if target.ircs:
            q.add(" (call sign ").put(target.ircs, "IRCS").add(")")
        q.add(
            f" was arrested at {port} at {rng.randint(8, 17):02d}{rng.choice(('00', '30'))} "
            f"hours on {fmt_date(day, 'long')} by the Admiralty Marshal's substitute, who "
            "affixed the warrant to the mainmast (or other conspicuous part) of the ship and "
            "left a copy on board.\n\n"
        )
        q.add(
            "The ship must not be moved without the leave of the Court. Any person who "
            "interferes with the ship while she is under arrest may be guilty of contempt of "
            "court.\n\nMaster and crew: the Marshal's substitute may be reached on "
            f"{phone(rng, '44 20')} (Admiralty and Commercial Registry, Rolls Building, 7 "
            "Rolls Buildings, Fetter Lane, London EC4A 1NL).\n\n"
        )
        q.add("Caveats against release entered: ")
        q.add(rng.choice(("none", "1 (caveat no. 2025/014)", "2")) + "\n\n")
        q.add("Port agents: " + rng.choice(CLAIMANTS).replace("Ltd", "Agency Ltd") + "\n")
        pages.append(q)
    return pages


def _us(chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    target = chosen[0]
    year = rng.randint(2023, 2026)
    case = f"{rng.randint(1, 3)}:{year % 100}-cv-{rng.randint(100, 1999):05d}"
    court = rng.choice(
        (
            "DISTRICT OF HAWAII",
            "WESTERN DISTRICT OF WASHINGTON",
            "SOUTHERN DISTRICT OF CALIFORNIA",
            "DISTRICT OF AMERICAN SAMOA",
        )
    )
    port = rng.choice(_PORTS["us"])
    plaintiff = rng.choice(CLAIMANTS)
    day = some_date(rng, year, year)
    attorney = rng.choice(PEOPLE)
    p = PageDraft()
    p.add(f"UNITED STATES DISTRICT COURT\nFOR THE {court}\n\n")
    p.add(f"{plaintiff.upper()},\n        Plaintiff,\n    v.\n")
    p.add("F/V ").put(target.name, "VESSEL_NAME")
    if target.imo:
        p.add(", IMO No. ").put(target.imo, "IMO")
    p.add(", her engines, tackle, apparel, furniture, equipment, and appurtenances, in rem; and ")
    p.put(owner_name(rng, target), "ASSOC_NAME").add(", in personam,\n        Defendants.\n\n")
    p.add(f"Case No. {case}\nIN ADMIRALTY\n\nWARRANT FOR ARREST IN REM\n\n")
    p.add("TO: THE UNITED STATES MARSHAL FOR THE " + court + "\n\n")
    p.add("WHEREAS a Verified Complaint in rem has been filed in this Court against the F/V ")
    p.put(target.name, "VESSEL_NAME").add(
        f" for a maritime lien in the amount of ${money(rng.uniform(25_000, 900_000))} "
        "for necessaries furnished to the vessel, and the Court has reviewed the complaint "
        "and found that the conditions for an in rem action appear to exist;\n\n"
    )
    p.add("YOU ARE HEREBY COMMANDED to arrest the said vessel, ")
    _inline_ids(p, target)
    p.add(
        f", and to detain her in your custody at {port} pending further order of this "
        "Court, and to give notice to all persons claiming an interest in her.\n\n"
    )
    p.add(f"DATED: {fmt_date(day, 'us')}\n\nCLERK OF COURT\nBy: Deputy Clerk\n")
    pages = [p]
    if rng.random() < 0.7:
        q = PageDraft()
        q.add(
            f"NOTICE OF ACTION IN REM AND ARREST OF VESSEL\nCase No. {case} ({court.title()})\n\n"
        )
        q.add(
            f"Notice is hereby given that on {fmt_date(day, 'us')}, the United States Marshal "
            "arrested the F/V "
        ).put(target.name, "VESSEL_NAME")
        if target.flag:
            q.add(", a vessel flagged in ").put(country(target.flag), "FLAG")
        q.add(
            f", at {port}, pursuant to a Warrant for Arrest in Rem issued in the "
            "above-captioned action. The vessel is owned by "
        )
        q.put(owner_name(rng, target), "ASSOC_NAME").add(" (")
        q.put("owner", "ASSOC_ROLE").add(").\n\n")
        if target.former_name:
            q.add("The vessel was previously known as ").put(target.former_name, "NAME_CHANGE")
            q.add(".\n\n")
        q.add(
            "Pursuant to Supplemental Rule C(6), any person claiming an interest in the "
            "vessel must file a verified statement of right or interest within 14 days after "
            "publication of this notice, and an answer within 21 days after filing the "
            "statement.\n\n"
        )
        q.add(
            f"Attorney for Plaintiff: {attorney}, {rng.choice(LAW_FIRMS)}, "
            f"tel. ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}\n"
        )
        if len(chosen) > 1:
            other = chosen[1]
            q.add("\nRelated action: the F/V ").put(other.name, "VESSEL_NAME")
            q.add(" (same beneficial ownership) is the subject of a separate complaint.\n")
        pages.append(q)
    return pages


def _inline_ids(p: PageDraft, f: Facts) -> None:
    bits = 0
    if f.ircs:
        p.add("radio call sign ").put(f.ircs, "IRCS")
        bits += 1
    if f.mmsi:
        p.add(", " if bits else "").add("MMSI ").put(f.mmsi, "MMSI")
        bits += 1
    if f.gt:
        p.add(", " if bits else "").put(f.gt, "METRIC_VALUE").add(" ")
        p.put("gross tons", "METRIC_UNIT")
        bits += 1
    if not bits:
        p.add("particulars unknown")


def _spanish(chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    target = chosen[0]
    port = rng.choice(_PORTS["es"])
    day = some_date(rng)
    num = f"{rng.randint(1, 999)}/{day.year}"
    p = PageDraft()
    p.add(f"JUZGADO DE LO MERCANTIL N.º {rng.randint(1, 3)} DE {port.upper()}\n")
    p.add(f"Embargo preventivo de buque n.º {num}\nNIG: {rng.randint(10**14, 10**15 - 1)}\n\n")
    p.add("AUTO\n\nEn " + port + f", a {fmt_date(day, 'long', 'es')}.\n\nHECHOS\n\n")
    p.add("PRIMERO.- Por la representación procesal de ").add(rng.choice(CLAIMANTS))
    p.add(" se ha presentado solicitud de embargo preventivo del buque pesquero «")
    p.put(target.name, "VESSEL_NAME").add("»")
    if target.former_name:
        p.add(" (ex «").put(target.former_name, "NAME_CHANGE").add("»)")
    p.add(", propiedad de la entidad ").put(owner_name(rng, target), "ASSOC_NAME")
    p.add(", en garantía de un crédito marítimo de ")
    p.add(
        f"{money(rng.uniform(30_000, 1_500_000), 'es')} euros, por suministros y reparaciones.\n\n"
    )
    p.add("PARTE DISPOSITIVA\n\nSe acuerda el EMBARGO PREVENTIVO del buque cuyos datos son:\n")
    p.add("   Nombre: ").put(target.name, "VESSEL_NAME").add("\n")
    _particulars(p, target, rng, "es")
    p.add(
        f"\nque se encuentra atracado en el puerto de {port}. Líbrese mandamiento a la "
        "Capitanía Marítima para que impida la salida del buque y se anote el embargo en el "
        "Registro de Bienes Muebles. El solicitante deberá prestar caución por importe de "
        f"{money(rng.uniform(10_000, 200_000), 'es')} euros en el plazo de cinco días.\n\n"
    )
    p.add(
        "Contra este auto cabe recurso de oposición en el plazo de veinte días.\n\n"
        "Lo acuerda y firma S.S.ª. Doy fe.\nLA LETRADA DE LA ADMINISTRACIÓN DE JUSTICIA\n"
    )
    return [p]


def _french(chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    target = chosen[0]
    port = rng.choice(_PORTS["fr"])
    day = some_date(rng)
    where = address(rng, target)
    p = PageDraft()
    p.add(f"TRIBUNAL DE COMMERCE DE {rng.choice(('SAINT-DENIS', 'BREST', 'NOUMÉA'))}\n")
    p.add(f"RG n° {day.year % 100}/{rng.randint(100, 9999):05d}\n\n")
    p.add("ORDONNANCE SUR REQUÊTE\nautorisant une saisie conservatoire de navire\n\n")
    p.add("Nous, Président du Tribunal de commerce,\nVu la requête présentée par la société ")
    p.add(rng.choice(CLAIMANTS)).add(", représentée par ").add(rng.choice(LAW_FIRMS))
    p.add(
        ", avocats ;\nVu la Convention internationale de Bruxelles du 10 mai 1952 sur la saisie "
        "conservatoire des navires de mer ;\nVu les articles L. 5114-20 et suivants du Code "
        "des transports ;\n\n"
    )
    p.add(
        "AUTORISONS la requérante à faire pratiquer la saisie conservatoire du navire de pêche « "
    ).put(target.name, "VESSEL_NAME").add(" », dont les caractéristiques sont :\n")
    _particulars(p, target, rng, "fr")
    p.add("appartenant à la société ").put(owner_name(rng, target), "ASSOC_NAME")
    p.add(" (").put("propriétaire", "ASSOC_ROLE").add("), dont le siège est ")
    p.put(where.street, "ADDRESS").add(", ").put(where.city, "CITY").add(", ")
    p.put(country(where.country, "fr"), "COUNTRY_CODE")
    p.add(
        f",\nactuellement à quai au port de {port}, pour sûreté et conservation de la somme "
        f"de {money(rng.uniform(20_000, 900_000), 'fr')} euros en principal.\n\n"
    )
    p.add(
        "DISONS que le navire ne pourra quitter le port qu'après constitution d'une garantie "
        "suffisante ; COMMETTONS tout commissaire de justice pour signifier la présente au "
        "capitaine et en informer l'autorité portuaire et le service des affaires maritimes.\n\n"
    )
    p.add(f"Fait en notre cabinet, le {fmt_date(day, 'long', 'fr')}.\nLe Président\n")
    return [p]
