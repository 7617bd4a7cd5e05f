"""An EU IUU catch certificate (Regulation 1005/2008 annex II style) as PDF text, in English,
French or Spanish: numbered boxes, vessel box, species table, exporter, validation."""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fields import flag, home_port, value_or_blank
from ._ids import pick
from ._page import Doc, Page, PageDraft
from ._vocab import (
    ADDRESSES,
    EU_STATES,
    FAO_AREAS,
    FAO_SUBAREAS,
    LANG_INDEX,
    SPECIES,
    company,
    fmt_date,
    national_reg_no,
    person,
    some_date,
)

LAYOUT = "catch_certificate"

_KEYS = {  # key -> (en, fr, es)
    "title": (
        "EUROPEAN COMMUNITY CATCH CERTIFICATE",
        "CERTIFICAT DE CAPTURE DE LA COMMUNAUTÉ EUROPÉENNE",
        "CERTIFICADO DE CAPTURA DE LA COMUNIDAD EUROPEA",
    ),
    "docno": ("Document number", "Numéro du document", "Número de documento"),
    "auth": ("Validating authority", "Autorité de validation", "Autoridad de validación"),
    "vessel": ("Fishing vessel name", "Nom du navire de pêche", "Nombre del buque pesquero"),
    "flag": (
        "Flag - Home port and registration number",
        "Pavillon - Port d'attache et numéro d'immatriculation",
        "Pabellón - Puerto base y número de matrícula",
    ),
    "cs": ("Call sign", "Indicatif d'appel", "Distintivo de llamada"),
    "imo": (
        "IMO/Lloyd's number (if issued)",
        "Numéro OMI/Lloyd's (s'il a été attribué)",
        "Número OMI/Lloyd's (si se ha expedido)",
    ),
    "lic": (
        "Fishing licence No. - Valid to",
        "Numéro de licence de pêche - Valable jusqu'au",
        "N.º de licencia de pesca - Válida hasta",
    ),
    "comms": (
        "Inmarsat No., Telefax No., Telephone No., E-mail address (if issued)",
        "N° Inmarsat, n° de télécopieur, n° de téléphone, adresse électronique",
        "N.º Inmarsat, fax, teléfono, correo electrónico",
    ),
    "product": ("Description of product", "Description du produit", "Descripción del producto"),
    "cols": (
        "Species | Product code | Catch area(s) and dates | Estimated "
        "live weight (kg) | Estimated weight to be landed (kg)",
        "Espèce | Code produit | Zone(s) et dates de capture | "
        "Poids vif estimé (kg) | Poids à débarquer estimé (kg)",
        "Especie | Código del producto | Zona(s) y fechas de captura "
        "| Peso vivo estimado (kg) | Peso que se desembarcará (kg)",
    ),
    "cmm": (
        "References of applicable conservation and management measures",
        "Références des mesures de conservation et de gestion applicables",
        "Referencias de las medidas de conservación y gestión aplicables",
    ),
    "master": (
        "Name of master of fishing vessel - Signature - Seal",
        "Nom du capitaine du navire de pêche - Signature - Cachet",
        "Nombre del capitán del buque pesquero - Firma - Sello",
    ),
    "tranship": (
        "Declaration of transhipment at sea",
        "Déclaration de transbordement en mer",
        "Declaración de transbordo en el mar",
    ),
    "exporter": (
        "Name and address of exporter - Signature - Date - Seal",
        "Nom et adresse de l'exportateur - Signature - Date - Cachet",
        "Nombre y dirección del exportador - Firma - Fecha - Sello",
    ),
    "validation": (
        "Flag State authority validation",
        "Validation par l'autorité de l'État du pavillon",
        "Validación por la autoridad del Estado de pabellón",
    ),
    "transport": (
        "Transport details: see appendix",
        "Détails du transport : voir appendice",
        "Detalles del transporte: véase el apéndice",
    ),
    "importer": (
        "Importer declaration",
        "Déclaration de l'importateur",
        "Declaración del importador",
    ),
}


def _k(key: str, lang: str) -> str:
    return _KEYS[key][{"en": 0, "fr": 1, "es": 2}[lang]]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "fr", "es"))
    cc_lang = "fr" if lang == "fr" else lang
    (v,) = pick(vessels, rng)
    n_pages = rng.randint(1, 3)
    doc = Doc()
    p = doc.page
    sep = rng.choice((": ", " : ", "\n   ", "  "))
    p.add(_k("title", lang)).nl(2)
    p.add(
        f"1. {_k('docno', lang)}{sep}{v.flag or 'XX'}/CC/"
        f"{rng.randint(2022, 2025)}/{rng.randint(1, 99999):05d}"
    ).nl()
    p.add(f"   {_k('auth', lang)}{sep}Bureau of Fisheries, Ministry of Agriculture").nl()
    p.add(
        f"   Tel. +{rng.randint(30, 99)} {rng.randint(10, 99)} {rng.randint(1000000, 9999999)} "
        f"  Fax +{rng.randint(30, 99)} {rng.randint(10, 99)} {rng.randint(1000000, 9999999)}"
    ).nl(2)
    p.add(f"2. {_k('vessel', lang)}{sep}").val(v.name, "VESSEL_NAME").nl()
    p.add(f"   {_k('flag', lang)}{sep}")
    flag(p, v.flag, cc_lang, rng).add(rng.choice((" - ", " / ", "; ")))
    home_port(p, v, cc_lang, rng, with_state=False).add(rng.choice((" - ", " / ", ", ")))
    p.val(national_reg_no(v.flag, rng), "NATIONAL_REG_NO").nl()
    p.add(f"   {_k('cs', lang)}{sep}")
    value_or_blank(p, v.ircs, "IRCS", cc_lang, rng).nl()
    p.add(f"   {_k('imo', lang)}{sep}")
    value_or_blank(p, v.imo, "IMO", cc_lang, rng).nl()
    start = some_date(rng)
    style = rng.randint(0, 4)
    p.add(f"   {_k('lic', lang)}{sep}").val(
        f"{rng.choice(('FL', 'LIC', 'HS'))}-{rng.randint(2019, 2025)}-{rng.randint(1, 9999):04d}",
        "LICENSE_NO",
    )
    if rng.random() < 0.5:
        p.add({"en": " valid from ", "fr": " valable du ", "es": " válida desde "}[lang])
        p.val(fmt_date(start, cc_lang, style), "START_DATE").add(
            {"en": " to ", "fr": " au ", "es": " hasta "}[lang]
        )
    else:
        p.add(rng.choice((" - ", " / ", "   ")))
    p.val(
        fmt_date(start + timedelta(days=rng.choice((180, 364, 365))), cc_lang, style), "END_DATE"
    ).nl()
    p.add(f"   {_k('comms', lang)}{sep}").nl()
    p.add(
        f"   Inmarsat-C {rng.randint(400000000, 499999999)} / fax +870 "
        f"{rng.randint(700000000, 799999999)} / tel +870 {rng.randint(760000000, 779999999)}"
    ).nl(2)
    p.add(f"3. {_k('product', lang)}").nl().add(f"   {_k('cols', lang)}").nl()
    _species_rows(p, rng, lang)
    p.add(
        f"4. {_k('cmm', lang)}{sep}{rng.choice(('Resolution 19/01', 'CMM 2023-01', 'Rec. 21-01'))}"
    ).nl(2)
    p.add(f"5. {_k('master', lang)}{sep}").val(person(rng), "ASSOC_NAME").nl()
    if n_pages >= 2:
        p = doc.new_page()
        p.add(f"6. {_k('tranship', lang)}{sep}{'N/A' if rng.random() < 0.6 else 'NIL'}").nl(2)
        ex_name, (street, city, _, iso3) = company(rng), rng.choice(ADDRESSES)
        p.add(f"8. {_k('exporter', lang)}{sep}").nl()
        p.add(f"   {ex_name}, {street}, {city}, {iso3}").nl()
        p.add(f"   {fmt_date(start + timedelta(days=rng.randint(20, 90)), cc_lang, style)}").nl(2)
        p.add(f"9. {_k('validation', lang)}{sep}{person(rng)}, Director").nl()
        p.add(f"   Tel. +{rng.randint(30, 99)} {rng.randint(100000000, 999999999)}").nl()
    if n_pages == 3:
        p = doc.new_page()
        p.add(f"10. {_k('transport', lang)}").nl()
        state, authority = rng.choice(EU_STATES)
        p.add(f"11. {_k('importer', lang)}{sep}{company(rng)} ({state})").nl()
        p.add(f"    {authority}").nl()
        p.add(
            f"    Container No. MSKU{rng.randint(1000000, 9999999)} "
            f" Seal {rng.randint(100000, 999999)}"
        ).nl()
    return doc.drafts()


def _species_rows(p: Page, rng: random.Random, lang: str) -> None:
    for _ in range(rng.randint(1, 4)):
        code, *names = rng.choice(SPECIES)
        name = names[LANG_INDEX[lang]]
        p.add("   ")
        if rng.random() < 0.5:
            p.val(name, "SPECIES_NAME").add(" (").val(code, "SPECIES_NAME").add(")")
        else:
            p.val(code, "SPECIES_NAME").add(" - ").val(name, "SPECIES_NAME")
        p.add(f" | {rng.choice(('0303.42', '0303.44', '0304.87', '0307.43'))} | FAO ")
        area = rng.choice(FAO_AREAS + FAO_SUBAREAS)
        p.val(area, "FAO_AREA_CODE")
        live = rng.randint(800, 250000)
        p.add(
            f" | {live:,} | {int(live * rng.uniform(0.6, 1.0)):,}".replace(
                ",", " " if lang != "en" else ","
            )
        ).nl()
    p.nl()
