"""A coast guard's narrative report of a high-seas boarding under an RFMO scheme."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    fao_for,
    flag_adjective,
    fmt_date,
    pad,
    person,
    pick,
    position,
    rand_date,
    ref_number,
    rfmo_record_id,
    species_for,
    species_word,
)
from ._page import PageDraft
from ._vocab import GEAR_WORDS, OFFICERS, RFMOS

LAYOUT = "hsbi_boarding_report"

_PATROLS = {
    "en": (
        ("UNITED STATES COAST GUARD", "USCGC MIDGETT (WMSL 757)", "US-0007"),
        ("UNITED STATES COAST GUARD", "USCGC HARRIET LANE (WMEC 903)", "US-0021"),
        ("NEW ZEALAND DEFENCE FORCE", "HMNZS OTAGO (P148)", "NZ-0003"),
        ("AUSTRALIAN BORDER FORCE", "ABFC OCEAN SHIELD", "AU-0011"),
    ),
    "fr": (
        ("MARINE NATIONALE - ACTION DE L'ÉTAT EN MER", "FS PRAIRIAL (F731)", "FR-0004"),
        ("MARINE NATIONALE - ACTION DE L'ÉTAT EN MER", "FS ARAGO (P675)", "FR-0012"),
    ),
}
_SCHEMES = {
    "WCPFC": "CMM 2006-08",
    "SPRFMO": "CMM 11-2015",
    "NPFC": "CMM 2019-09",
    "IOTC": "Resolution 23/04",
    "ICCAT": "Rec. 19-09",
    "IATTC": "Resolution C-23-07",
    "CCSBT": "Resolution 2022",
    "SIOFA": "CMM 2023/11",
}
_FINDINGS = {
    "en": (
        "Fishing logbook entries for the previous 10 days were incomplete (set positions missing).",
        "Vessel markings did not match the call sign displayed on the bridge wings.",
        "Two shark fins not naturally attached were found in the forward freezer hold.",
        "VMS unit switched off; master stated a technical failure had not been reported.",
        "No evidence of seabird mitigation (tori line) on board despite night setting.",
        "The fishing authorisation on board had expired before the boarding date.",
    ),
    "fr": (
        "Journal de pêche incomplet pour les dix derniers jours (positions de filage absentes).",
        "Le marquage de la coque ne correspond pas à l'indicatif affiché à la passerelle.",
        "Deux ailerons de requin non attachés naturellement trouvés dans la cale avant.",
        "Balise VMS éteinte; le capitaine déclare une panne non signalée.",
        "Aucun dispositif d'effarouchement des oiseaux de mer à bord.",
        "L'autorisation de pêche à bord avait expiré avant la date de l'arraisonnement.",
    ),
}
_FILLERS = {
    "en": (
        "Safety brief was conducted prior to launch of the cutter boat; sea state 3, wind NE "
        "15 kt, visibility good. The boarding party remained armed in accordance with national "
        "policy; no use of force occurred.",
        "Photographs (34), the logbook copy (12 pages) and the hold inventory are attached as "
        "enclosures (1) to (4). The inspection report was signed by the master, who declined to "
        "add comments.",
        "Distribution: RFMO Secretariat; flag State authority (via the Secretariat); District "
        "Fourteen Enforcement Branch; file. This report contains no personal data of crew.",
        "Communications were established on VHF channel 16 and then channel 72; the master "
        "acknowledged the hail in English with the assistance of an interpreter on board.",
    ),
    "fr": (
        "Briefing sécurité effectué avant la mise à l'eau de l'embarcation; mer 3, vent NE "
        "15 nœuds, bonne visibilité. Aucun usage de la force.",
        "Photographies (34), copie du journal de pêche (12 pages) et inventaire des cales joints "
        "en annexes 1 à 4. Le rapport a été signé par le capitaine sans observations.",
        "Diffusion : secrétariat de l'ORGP ; autorité de l'État du pavillon (via le secrétariat) ; "
        "CROSS ; archives. Ce rapport ne contient aucune donnée personnelle de l'équipage.",
        "Contact établi sur le canal VHF 16 puis 72 ; le capitaine a répondu en anglais avec "
        "l'aide d'un interprète présent à bord.",
    ),
}


def _particular(page: PageDraft, key: str, value: str | None, label: str, blank: str) -> None:
    page.add(f"  {key:<22}")
    page.add(value, label) if value else page.add(blank)
    page.nl()


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    chosen = pick(vessels, rng, 2)
    v: Ident = chosen[0]
    other = chosen[1] if len(chosen) > 1 and rng.random() < 0.5 else None
    lang = rng.choice(("en", "en", "fr"))
    fr = lang == "fr"
    service, patrol, inspector_no = rng.choice(_PATROLS[lang])
    rfmo, full, pattern = rng.choice([r for r in RFMOS if r[0] in _SCHEMES])
    area = fao_for(rng, rfmo)[0]
    when = rand_date(rng, 2022, 2025)
    date_style = rng.choice(("long", "short", "iso"))
    report = ref_number(rng, "HSBI" if not fr else "AEM")
    blank = "non communiqué" if fr else rng.choice(("UNK", "not available", "—"))
    boarded = f"{rng.randint(0, 15):02d}{rng.choice(('00', '12', '25', '42', '50'))}"
    left = f"{int(boarded[:2]) + rng.randint(3, 7):02d}{rng.randint(10, 59)}"
    master = person(rng)

    p1 = PageDraft()
    p1.line(service)
    if fr:
        p1.line(f"RAPPORT D'ARRAISONNEMENT ET D'INSPECTION EN HAUTE MER - régime {rfmo}")
        p1.line(f"({_SCHEMES[rfmo]}) - Rapport n° {report}")
    else:
        p1.line(f"HIGH SEAS BOARDING AND INSPECTION REPORT - {full} scheme")
        p1.line(f"({_SCHEMES[rfmo]}) - Report No. {report}")
    p1.line(
        ("Navire d'inspection : " if fr else "Authorized inspection vessel: ")
        + f"{patrol}, {rfmo} HSBI register No. {inspector_no}"
    )
    p1.add("Date : " if fr else "Date of boarding: ").add(fmt_date(when, date_style, lang))
    p1.line(
        f"   {'Montée à bord' if fr else 'Boarded'}: {boarded}Z   "
        f"{'Départ' if fr else 'Departed'}: {left}Z"
    )
    p1.add(("Position : " if fr else "Position: ") + position(rng) + " (FAO ")
    p1.add(area, "FAO_AREA_CODE").line(")")
    p1.nl()
    p1.line("1. ÉQUIPE D'ARRAISONNEMENT" if fr else "1. BOARDING PARTY")
    officers = rng.sample(OFFICERS, 3)
    p1.line(("  Chef d'équipe : " if fr else "  Boarding officer: ") + officers[0])
    p1.line(("  Membres : " if fr else "  Team: ") + ", ".join(officers[1:]))
    p1.nl()
    p1.line("2. NAVIRE INSPECTÉ" if fr else "2. FISHING VESSEL PARTICULARS")
    _particular(p1, "Nom :" if fr else "Name:", v.name, "VESSEL_NAME", blank)
    _particular(
        p1,
        "Pavillon :" if fr else "Flag:",
        country(v.flag, lang) if v.flag else None,
        "FLAG",
        blank,
    )
    _particular(p1, "Indicatif (IRCS) :" if fr else "IRCS:", v.ircs, "IRCS", blank)
    _particular(p1, "N° OMI :" if fr else "IMO No.:", v.imo, "IMO", blank)
    _particular(p1, "MMSI :" if fr else "MMSI:", v.mmsi, "MMSI", blank)
    p1.add(f"  {(rfmo + ' ID :') if fr else (rfmo + ' record ID:'):<22}")
    p1.add(rfmo_record_id(rng, pattern, v), "RFMO_ID").nl()
    _particular(
        p1,
        "Port d'attache :" if fr else "Home port:",
        v.port.title() if v.port else None,
        "HOME_PORT",
        blank,
    )
    p1.add(f"  {'Capitaine :' if fr else 'Master:':<22}").add(master, "ASSOC_NAME").nl()
    p1.add(f"  {'Armateur :' if fr else 'Owner:':<22}")
    p1.add(v.owner, "ASSOC_NAME") if v.owner else p1.add(blank)
    p1.nl()
    p1.add("  ")
    if v.loa:
        p1.add("Longueur" if fr else "Length", "METRIC_TYPE").add(" ")
        p1.add(v.loa.replace(".", ",") if fr else v.loa, "METRIC_VALUE").add(" ")
        p1.add("m", "METRIC_UNIT").add("   ")
    if v.gt:
        p1.add("Jauge brute" if fr else "GT", "METRIC_TYPE").add(" ").add(v.gt, "METRIC_VALUE")
    p1.nl()
    pad(p1, rng, _FILLERS[lang][:2], 880)

    p2 = PageDraft()
    p2.line(f"{report} - page 2")
    p2.line("3. DÉROULEMENT" if fr else "3. NARRATIVE")
    kind = GEAR_WORDS[v.gear][2 if fr else 0]
    if fr:
        p2.add(f"À {boarded}Z, l'équipe est montée à bord du {kind} ")
        p2.add(v.name, "VESSEL_NAME")
        adjective = flag_adjective(v.flag, "fr") if v.flag else None
        if adjective:
            p2.add(", battant pavillon ").add(adjective, "FLAG")
        if v.ircs:
            p2.add(", indicatif ").add(v.ircs, "IRCS")
        p2.add(". Le capitaine, M. ").add(master, "ASSOC_NAME")
        p2.add(", a présenté l'").add("autorisation de pêche", "AUTH_TYPE").add(" n° ")
    else:
        p2.add(f"At {boarded}Z the boarding party embarked the {kind} ")
        p2.add(v.name, "VESSEL_NAME")
        if v.flag:
            p2.add(" (").add(country(v.flag, "en"), "FLAG")
            if v.ircs:
                p2.add(", call sign ").add(v.ircs, "IRCS")
            p2.add(")")
        p2.add(" via the pilot ladder. The master, ").add(master, "ASSOC_NAME")
        p2.add(", presented ").add(
            rng.choice(("a high seas fishing licence", "the fishing authorisation")).split(" ", 1)[
                0
            ]
            + " "
        )
        p2.add(rng.choice(("high seas fishing licence", "fishing authorisation")), "AUTH_TYPE")
        p2.add(" No. ")
    p2.add(
        f"{(v.flag or 'XX')[:2]}{rng.randint(2021, 2025)}-{rng.randint(100, 9999):04d}",
        "LICENSE_NO",
    )
    valid_to = rand_date(rng, when.year, when.year + 1)
    p2.add(", valable jusqu'au " if fr else ", valid until ")
    p2.add(fmt_date(valid_to, date_style, lang), "END_DATE").add(". ")
    codes = species_for(rng, v, 2)
    p2.add("Captures à bord estimées : " if fr else "Catch on board was estimated at ")
    for i, code in enumerate(codes):
        p2.add(", " if i else "").add(f"{rng.randint(2, 60)} t ")
        p2.add(species_word(code, lang) if rng.random() < 0.5 else code, "SPECIES_NAME")
    p2.add(". ")
    if other is not None:
        if fr:
            p2.add(
                "Le capitaine a déclaré un transbordement le "
                f"{fmt_date(rand_date(rng), date_style, lang)} au profit du navire "
            )
        else:
            p2.add(
                "The master declared a transshipment on "
                f"{fmt_date(rand_date(rng), date_style, lang)} to the vessel "
            )
        p2.add(other.name, "VESSEL_NAME")
        if other.imo:
            p2.add(" (IMO ").add(other.imo, "IMO").add(")")
        p2.add(".")
    p2.nl(2)
    p2.line(
        "4. CONSTATATIONS / INFRACTIONS APPARENTES"
        if fr
        else "4. FINDINGS / APPARENT INFRINGEMENTS"
    )
    for i, finding in enumerate(rng.sample(_FINDINGS[lang], rng.randint(1, 3))):
        p2.line(f"  ({'abc'[i]}) {finding}")
    p2.line(
        (
            "  Aucune autre anomalie relevée. Position de départ : "
            if fr
            else "  No other discrepancies noted. Position on departure: "
        )
        + position(rng)
    )
    p2.nl()
    p2.line(
        ("Officier responsable : " if fr else "Boarding officer: ")
        + officers[0]
        + f"   Tel. {rng.choice(('+1 808', '+64 4', '+33 2 98'))} {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}"
    )
    pad(p2, rng, _FILLERS[lang][2:], 880)
    return [p1, p2]
