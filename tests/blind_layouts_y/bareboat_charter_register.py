"""A flag State's list of fishing vessels registered under bareboat charter."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    address,
    company,
    country,
    flag_of,
    flag_text,
    fmt_date,
    good_imo,
    good_ircs,
    good_mmsi,
    invent_ircs,
    person,
    phone,
    pick_same_flag,
    placeholder,
    some_date,
)
from ._page import PageDraft, Pager, pad_pages

LAYOUT = "bareboat_charter_register"

_UNDERLYING = ("PAN", "VUT", "LBR", "BLZ", "KIR", "FJI", "KOR", "JPN", "ESP", "SYC", "MHL", "SGP")
_UNDERLYING_PORTS = {
    "PAN": "Panama",
    "VUT": "Port Vila",
    "LBR": "Monrovia",
    "BLZ": "Belize City",
    "KIR": "Tarawa",
    "FJI": "Suva",
    "KOR": "Busan",
    "JPN": "Yaizu",
    "ESP": "Vigo",
    "SYC": "Victoria",
    "MHL": "Majuro",
    "SGP": "Singapore",
}
_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": (
            "REGISTER OF FISHING VESSELS BAREBOAT CHARTERED-IN",
            "BAREBOAT CHARTER REGISTRATIONS — FISHING VESSELS",
            "LIST OF VESSELS REGISTERED UNDER BAREBOAT CHARTER (PARALLEL REGISTRATION)",
        ),
        "state": "Flag State",
        "asof": "Position as at",
        "entry": "Entry No.",
        "vessel": "Vessel",
        "ex": "ex",
        "call": "Call sign",
        "und": "Underlying registry",
        "undno": "Underlying official No.",
        "owner": "Registered owner (underlying)",
        "charterer": "Bareboat charterer",
        "from": "Registered from",
        "to": "Charter expires",
        "gt": "Gross tonnage",
        "prev_call": "call sign in underlying registry",
        "cols": "Entry | Vessel | IMO | Call sign | Underlying registry (flag) | Charterer | "
        "From | Until",
        "note": "Registration under bareboat charter is valid only for the term of the charter "
        "and lapses on its expiry or on the deletion of the underlying registration. "
        "The underlying registration is suspended for the period of the charter.",
        "cont": "(continued)",
        "role": ("bareboat charterer", "charterer", "demise charterer"),
    },
    "es": {
        "title": (
            "REGISTRO DE BUQUES PESQUEROS EN RÉGIMEN DE FLETAMENTO A CASCO DESNUDO",
            "RELACIÓN DE BUQUES ABANDERADOS TEMPORALMENTE POR FLETAMENTO A CASCO DESNUDO",
        ),
        "state": "Estado de pabellón",
        "asof": "Situación al",
        "entry": "Inscripción N.º",
        "vessel": "Buque",
        "ex": "ex",
        "call": "Distintivo",
        "und": "Registro subyacente",
        "undno": "N.º en el registro de origen",
        "owner": "Propietario (registro de origen)",
        "charterer": "Fletador a casco desnudo",
        "from": "Inscrito desde",
        "to": "Vencimiento del fletamento",
        "gt": "Arqueo bruto",
        "prev_call": "distintivo en el registro de origen",
        "cols": "Inscr. | Buque | OMI | Distintivo | Registro de origen (pabellón) | Fletador | "
        "Desde | Hasta",
        "note": "La inscripción en régimen de fletamento a casco desnudo es válida por el plazo "
        "del contrato y queda suspendida la del registro de origen durante ese periodo.",
        "cont": "(continuación)",
        "role": ("fletador", "fletador a casco desnudo"),
    },
    "fr": {
        "title": (
            "REGISTRE DES NAVIRES DE PÊCHE AFFRÉTÉS COQUE NUE",
            "LISTE DES NAVIRES IMMATRICULÉS SOUS CHARTE-PARTIE COQUE NUE",
        ),
        "state": "État du pavillon",
        "asof": "Situation au",
        "entry": "Inscription n°",
        "vessel": "Navire",
        "ex": "ex",
        "call": "Indicatif",
        "und": "Registre d'origine",
        "undno": "N° officiel d'origine",
        "owner": "Propriétaire (registre d'origine)",
        "charterer": "Affréteur coque nue",
        "from": "Immatriculé depuis",
        "to": "Fin de l'affrètement",
        "gt": "Jauge brute",
        "prev_call": "indicatif dans le registre d'origine",
        "cols": "Inscr. | Navire | OMI | Indicatif | Registre d'origine (pavillon) | Affréteur | "
        "Du | Au",
        "note": "L'immatriculation sous charte-partie coque nue vaut pour la durée de "
        "l'affrètement ; l'immatriculation d'origine est suspendue pendant cette période.",
        "cont": "(suite)",
        "role": ("affréteur coque nue", "affréteur"),
    },
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    flagged = [v for v in vessels if flag_of(v)] or vessels
    ships = pick_same_flag(rng, flagged, rng.randint(2, 9))
    state = flag_of(ships[0])
    style = rng.choice(("table", "cards"))
    asof = some_date(rng)
    pager = Pager(budget=2450, max_pages=3)
    head = PageDraft()
    head.line(rng.choice(t["title"]))
    head.add(f"{t['state']}: ")
    head.add(country(state, lang), "FLAG") if state else head.add(placeholder(rng, lang))
    head.line(f"    {t['asof']} {fmt_date(asof, rng.choice((1, 3)), lang)}")
    head.line(f"Registrar of Ships — tel. {phone(rng)} — circular {rng.randint(1, 40)}/{asof.year}")
    head.line("")
    if style == "table":
        head.line(t["cols"])
        head.line("-" * 100)
    pager.put(head)
    for vessel in ships:
        under = rng.choice([c for c in _UNDERLYING if c != state])
        years = rng.choice((1, 2, 3, 5))
        start = asof - timedelta(days=rng.randint(20, 365 * years - 20))
        end = start + timedelta(days=365 * years - 1)
        entry = f"BB-{start.year}-{rng.randint(1, 250):03d}"
        charterer = vessel.owner or company(rng, "fishing", "en")
        where = address(rng, state, "en")
        imo, ircs, mmsi = good_imo(vessel), good_ircs(vessel), good_mmsi(vessel)
        block = PageDraft()
        if style == "table":
            block.add(entry, "NATIONAL_REG_NO").add(" | ").add(vessel.name, "VESSEL_NAME")
            block.add(" | ").add(imo or placeholder(rng, lang), "IMO" if imo else None)
            block.add(" | ").add(ircs or placeholder(rng, lang), "IRCS" if ircs else None)
            block.add(f" | {_UNDERLYING_PORTS[under]} (").add(
                flag_text(rng, under, lang), "FLAG_CHANGE"
            )
            block.add(") | ").add(charterer, "ASSOC_NAME").add(" | ")
            block.add(fmt_date(start, 1, lang), "START_DATE").add(" | ")
            block.add(fmt_date(end, 1, lang), "END_DATE").add("\n")
        else:
            block.line(f"{t['entry']} ", (entry, "NATIONAL_REG_NO"))
            block.add(f"  {t['vessel']}: ").add(vessel.name, "VESSEL_NAME")
            if vessel.former_name:
                block.add(f" ({t['ex']}-").add(vessel.former_name, "NAME_CHANGE").add(")")
            block.add("\n")
            block.add("  IMO: ").add(imo or placeholder(rng, lang), "IMO" if imo else None)
            block.add(f"   {t['call']}: ").add(
                ircs or placeholder(rng, lang), "IRCS" if ircs else None
            )
            block.add("   MMSI: ").add(mmsi or placeholder(rng, lang), "MMSI" if mmsi else None)
            block.add("\n")
            if vessel.gross_tonnage:
                block.line(
                    "  ",
                    (t["gt"], "METRIC_TYPE"),
                    ": ",
                    (vessel.gross_tonnage, "METRIC_VALUE"),
                    " ",
                    ("GT", "METRIC_UNIT"),
                )
            block.add(f"  {t['und']}: {_UNDERLYING_PORTS[under]}, ")
            block.add(flag_text(rng, under, lang), "FLAG_CHANGE")
            block.add(f" — {t['undno']} ").add(
                f"{under[:2]}-{rng.randint(1000, 99999)}", "OTHER_EXT_ID"
            )
            if (old_call := invent_ircs(rng, under)) and rng.random() < 0.5:
                block.add(f" ({t['prev_call']} ").add(old_call, "ID_CHANGE").add(")")
            block.add("\n")
            block.line(
                f"  {t['owner']}: ",
                (company(rng, "fishing", "en"), "ASSOC_NAME"),
                f", {_UNDERLYING_PORTS[under]}",
            )
            block.line(
                f"  {t['charterer']}: ",
                (charterer, "ASSOC_NAME"),
                ", ",
                (where.city, "CITY"),
                ", ",
                (country(where.iso3, lang), "COUNTRY_CODE"),
            )
            block.line(
                f"  {t['from']}: ",
                (fmt_date(start, rng.choice((0, 2, 3)), lang), "START_DATE"),
                f"   {t['to']}: ",
                (fmt_date(end, rng.choice((0, 2, 3)), lang), "END_DATE"),
            )
            block.line("")
        if not pager.room(len(block) + 250):
            if pager.full():
                break
            page = pager.new_page()
            page.line(f"{rng.choice(t['title'])} {t['cont']}")
            if style == "table":
                page.line(t["cols"])
        pager.put(block)
    tail = PageDraft()
    tail.line("")
    tail.line(t["note"])
    tail.line(f"{person(rng)}, Registrar — {fmt_date(asof, 0, lang)}")
    pager.put(tail)
    fillers = []
    for _ in range(3):
        note = PageDraft()
        role = rng.choice(t["role"])
        note.line(
            f"Fees: registration USD {rng.randint(200, 3000)}; annual tonnage tax USD "
            f"0.{rng.randint(10, 99)}/GT. Applications by the {role} with consent of the "
            f"underlying owner and mortgagees (form BB-{rng.randint(1, 9)}). Deletions "
            f"since last circular: {rng.randint(0, 6)}. Enquiries {phone(rng)}."
        )
        fillers.append(note)
    pad_pages(pager.pages, fillers)
    return pager.pages
