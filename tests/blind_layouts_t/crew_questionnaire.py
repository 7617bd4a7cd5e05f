"""A crewing agency's vessel particulars questionnaire, filled in by hand and typed back."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    build_place,
    company_reg_no,
    country,
    derived,
    fao_for,
    fmt_date,
    invent_former,
    owner_address,
    pad,
    person,
    phone,
    pick,
    rand_date,
    rfmo_for,
    rfmo_record_id,
    species_for,
    species_word,
)
from ._page import PageDraft
from ._vocab import GEAR_WORDS, RFMOS

LAYOUT = "crew_questionnaire"

_AGENCIES = (
    ("PACIFIC SEAHANDS MANNING INC.", "Ermita, Manila", "+63 2", "DMW-LB-{n}-R"),
    ("TRITON CREW SERVICES LTD", "Suva, Fiji", "+679", "FJ-MA/{n}"),
    ("AGENCIA MARÍTIMA DEL SUR S.A.C.", "Callao, Perú", "+51 1", "RA-{n}-DICAPI"),
    ("MAR ABIERTO TRIPULACIONES S.L.", "Vigo, España", "+34 986", "AGM-{n}"),
)
_TYPES = ("longliner", "purse seiner", "squid jigger", "trawler", "fish carrier")
_TYPES_ES = ("palangrero", "cerquero", "potero", "arrastrero", "transportador")
_AUTHS = {
    "en": ("High seas fishing licence", "Transshipment authorisation", "Coastal State licence"),
    "es": ("Permiso de pesca", "Autorización de transbordo", "Licencia de pesca en alta mar"),
}
_NOTES = {
    "en": (
        "Notes for the vessel owner: please answer every question. Write 'N/A' where a question "
        "does not apply. The agency will not process crew requests for vessels whose particulars "
        "are incomplete. Attach copies of the registry certificate and the fishing licence.",
        "Typist's note: the original was completed in blue ink and faxed to the agency; entries "
        "that could not be read are shown as [illegible]. Crossed-out answers are omitted.",
        "Data privacy: information on this form is used only for crew placement and the seafarers' "
        "employment agreements; it is kept for five years after the last deployment.",
        "Seafarers will only be deployed on vessels with valid safety certificates and a P&I "
        "cover that includes crew repatriation. Please indicate any planned dry-docking.",
    ),
    "es": (
        "Nota para el armador: sírvase contestar todas las preguntas. Indique 'N/A' cuando no "
        "corresponda. La agencia no tramitará solicitudes de tripulantes para buques cuyos datos "
        "estén incompletos. Adjunte copia del certificado de matrícula y del permiso de pesca.",
        "Nota de transcripción: el original fue llenado a mano y enviado por fax; las respuestas "
        "ilegibles se indican como [ilegible] y las tachadas se omiten.",
        "Protección de datos: la información de este formulario se usa solo para el embarque de "
        "tripulantes y se conserva cinco años después del último embarque.",
        "Solo se embarcará personal en buques con certificados de seguridad vigentes y seguro "
        "P&I que cubra la repatriación de la tripulación.",
    ),
}


def _box(rng: random.Random, ticked: bool) -> str:
    return rng.choice(("[X]", "[x]", "[/]")) if ticked else "[ ]"


def _blank(rng: random.Random, lang: str) -> str:
    if lang == "es":
        return rng.choice(("N/A", "---", "[ilegible]", "no aplica"))
    return rng.choice(("N/A", "---", "[illegible]", "n/a", "not known"))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (v,) = pick(vessels, rng, 1)
    lang = rng.choice(("en", "en", "es"))
    agency, where, cc, licence = rng.choice(_AGENCIES[2:] if lang == "es" else _AGENCIES[:2])
    extra = derived(rng, v)
    form_no = f"VPQ-{rng.randint(1, 9)}/{rng.randint(2019, 2024)}"
    received = fmt_date(rand_date(rng, 2023, 2025), "dmy")
    two_pages = rng.random() < 0.75
    p1 = PageDraft()
    es = lang == "es"
    p1.line(agency)
    p1.line(f"{where} · Tel. {phone(rng, cc)} · Fax {phone(rng, cc)}")
    p1.line(
        ("Licencia de agencia Nº " if es else "Agency licence No. ")
        + licence.format(n=rng.randint(10000, 99999))
    )
    p1.nl()
    p1.line("CUESTIONARIO DE DATOS DEL BUQUE" if es else "VESSEL PARTICULARS QUESTIONNAIRE")
    p1.line(
        f"({'Formulario' if es else 'Form'} {form_no} - "
        + (
            "transcrito del original manuscrito recibido el "
            if es
            else "typed from the handwritten original received "
        )
        + received
        + ")"
    )
    p1.nl()
    q = 0
    sep = rng.choice((". ", ") ", ".- "))

    def ask(page: PageDraft, text: str) -> PageDraft:
        nonlocal q
        q += 1
        return page.add(f"{q}{sep}{text} " if text else f"{q}{sep}")

    ask(p1, "Nombre del buque:" if es else "Name of vessel:")
    p1.add(rng.choice(("", "F/V ", "") if not es else ("", "B/P "))).add(v.name, "VESSEL_NAME")
    p1.nl()
    ask(p1, "Nombre(s) anterior(es):" if es else "Previous name(s), if any:")
    former = v.former_name or (invent_former(rng, v).name if rng.random() < 0.3 else None)
    if former:
        p1.add(former, "NAME_CHANGE").add(rng.choice(("", " (until 2019)", " [?]"))).nl()
    else:
        p1.line(_blank(rng, lang))
    ask(p1, "Bandera:" if es else "Flag:")
    if v.flag:
        p1.add(country(v.flag, lang), "FLAG").add("   ")
    else:
        p1.add(_blank(rng, lang) + "   ")
    p1.add("Puerto de matrícula: " if es else "Port of registry: ")
    if v.port:
        p1.add(v.port.title() if rng.random() < 0.5 else v.port, "HOME_PORT")
        p1.nl()
    else:
        p1.line(_blank(rng, lang))
    ask(p1, "Nº OMI:" if es else "IMO No.:")
    p1.add(v.imo, "IMO") if v.imo else p1.add(_blank(rng, lang))
    p1.add("    " + ("Distintivo de llamada: " if es else "Call sign: "))
    p1.add(v.ircs, "IRCS") if v.ircs else p1.add(_blank(rng, lang))
    p1.nl()
    ask(p1, "MMSI:")
    p1.add(v.mmsi, "MMSI") if v.mmsi else p1.add(_blank(rng, lang))
    p1.nl()
    ask(p1, "Tipo de buque (marque uno):" if es else "Type of vessel (tick one):")
    p1.nl()
    mine = GEAR_WORDS[v.gear][0]
    names = _TYPES_ES if es else _TYPES
    for kind, label in zip(_TYPES, names, strict=True):
        p1.add(f"   {_box(rng, kind in mine)} {label}")
    p1.nl()
    ask(p1, "")
    p1.add("Arqueo bruto" if es else "Gross tonnage", "METRIC_TYPE").add(": ")
    if v.gt:
        p1.add(v.gt, "METRIC_VALUE").add(" ").add(
            rng.choice(("GT", "TRB" if es else "tons")), "METRIC_UNIT"
        )
    else:
        p1.add(_blank(rng, lang))
    if v.gt:
        p1.add("    ").add("Arqueo neto" if es else "Net tonnage", "METRIC_TYPE").add(": ")
        p1.add(extra["nt"], "METRIC_VALUE")
    p1.nl()
    ask(p1, "")
    p1.add("Eslora total" if es else "Length overall", "METRIC_TYPE").add(": ")
    if v.loa:
        p1.add(v.loa.replace(".", ",") if es else v.loa, "METRIC_VALUE").add(" ")
        p1.add("m", "METRIC_UNIT").nl()
    else:
        p1.line(_blank(rng, lang))
    ask(p1, "Año de construcción / astillero:" if es else "Year built / shipyard:")
    yard, town, where_built = build_place(rng, v)
    if v.year:
        p1.add(v.year, "BUILD_YEAR")
    else:
        p1.add(_blank(rng, lang))
    p1.add(" / ").add(yard, "BUILDER_LOCATION").add(", ").add(town, "BUILDER_LOCATION")
    p1.add(" (").add(country(where_built, lang), "BUILD_COUNTRY").add(")").nl()
    ask(p1, "")
    p1.add("Potencia motor principal" if es else "Main engine power", "METRIC_TYPE").add(": ")
    p1.add(extra["kw"], "METRIC_VALUE").add(" ").add("kW", "METRIC_UNIT").nl()

    p2 = PageDraft() if two_pages else p1
    if two_pages:
        p2.line(f"{agency} - {form_no} - {'página' if es else 'page'} 2/2")
        p2.nl()
    ask(p2, "Armador (nombre y dirección):" if es else "Registered owner (name & address):")
    if v.owner:
        street, city, state, iso = owner_address(rng, v)
        p2.nl().add("    ").add(v.owner, "ASSOC_NAME").nl()
        p2.add("    ").add(street, "ADDRESS").add(", ").add(city, "CITY")
        if state:
            p2.add(", ").add(state, "STATE")
        p2.add(", ").add(country(iso, lang), "COUNTRY_CODE").nl()
        p2.add("    " + ("RUC / Nº registro mercantil: " if es else "Company reg. no.: "))
        p2.add(company_reg_no(rng, iso), "REG_NO").nl()
    else:
        p2.line(_blank(rng, lang) + (" (ver adjunto)" if es else " (see attached)"))
    ask(p2, "Operador / gestor:" if es else "Operator / manager:")
    same = rng.random() < 0.6 or not v.owner
    p2.add(f"{_box(rng, same)} {'igual que el armador' if es else 'same as owner'}   ")
    p2.add(f"{_box(rng, not same)} {'otro' if es else 'other'}: ")
    if not same and v.owner:
        p2.add(v.owner.split(" ")[0].title() + " Fleet Management Co", "ASSOC_NAME").nl()
    else:
        p2.line("__________")
    ask(p2, "Capitán / nacionalidad:" if es else "Master / nationality:")
    p2.add(person(rng), "ASSOC_NAME").add(" / ")
    p2.add(rng.choice(("Chinese", "Indonesian", "Filipino", "Korean", "Peruvian")))
    p2.add("   CoC No. " + f"{rng.randint(100000, 999999)}").nl()
    ask(p2, "Registro ORP (marque):" if es else "Listed on RFMO record(s) (tick):")
    p2.nl()
    rfmo, _, pattern = rfmo_for(rng)
    shown = [code for code, _, _ in RFMOS[:5]]
    if rfmo not in shown:
        shown.append(rfmo)
    for code in shown:
        p2.add(f"   {_box(rng, code == rfmo)} ")
        p2.add(code, "RFMO_CODE") if code == rfmo else p2.add(code)
    p2.nl()
    p2.add("   " + ("Nº en el registro: " if es else "Record no.: "))
    p2.add(rfmo_record_id(rng, pattern, v), "RFMO_ID").nl()
    ask(p2, "Zonas de pesca (FAO):" if es else "Fishing area(s) (FAO):")
    areas = fao_for(rng, rfmo, rng.randint(1, 2))
    for i, area in enumerate(areas):
        p2.add(", " if i else "").add(area, "FAO_AREA_CODE")
    p2.nl()
    ask(p2, "Especies objetivo:" if es else "Target species:")
    for i, code in enumerate(species_for(rng, v, rng.randint(1, 3))):
        p2.add(", " if i else "")
        if rng.random() < 0.5:
            p2.add(code, "SPECIES_NAME")
        else:
            p2.add(species_word(code, lang), "SPECIES_NAME")
    p2.nl()
    ask(p2, "Autorización vigente (marque):" if es else "Authorisation held (tick):")
    p2.nl()
    held = rng.randrange(3)
    for i, auth in enumerate(_AUTHS[lang]):
        p2.add(f"   {_box(rng, i == held)} ")
        p2.add(auth, "AUTH_TYPE") if i == held else p2.add(auth)
        p2.nl()
    p2.add("   " + ("Nº: " if es else "No.: "))
    p2.add(
        f"{rng.choice(('HS', 'LIC', 'PF'))}-{rng.randint(2021, 2025)}-{rng.randint(100, 9999)}",
        "LICENSE_NO",
    )
    start = rand_date(rng, 2023, 2025)
    style = rng.choice(("dmy", "iso", "long"))
    p2.add("   " + ("válido del " if es else "valid from "))
    p2.add(fmt_date(start, style, lang), "START_DATE")
    p2.add(" al " if es else " to ")
    end = (
        start.replace(year=start.year + 1) if not (start.month == 2 and start.day == 29) else start
    )
    p2.add(fmt_date(end, style, lang), "END_DATE").nl()
    ask(p2, "Dotación / duración del contrato:" if es else "Crew complement / contract length:")
    p2.line(
        f"{extra['crew']} / {rng.choice((12, 18, 24))} "
        + ("meses" if es else "months")
        + f" - {rng.randint(3, 9)} "
        + ("oficiales" if es else "officers")
    )
    p2.nl()
    p2.line(
        (
            "Firma y sello del armador: ______________   Fecha: "
            if es
            else "Signature & stamp of owner: ______________   Date: "
        )
        + received
    )
    pages = [p1, p2] if two_pages else [p1]
    for page in pages:
        pad(page, rng, _NOTES[lang], 860)
    return pages
