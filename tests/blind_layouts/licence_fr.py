"""Blind layout `licence_fr`: a French-language fishing authorisation for one foreign vessel
(test-only data, written without reading the extractor).

Letterhead of a coastal State, a title "AUTORISATION DE PÊCHE N° ..." (AUTH_TYPE, LICENSE_NO),
"Vu ..." recitals naming the RFMO by its French acronym (CTOI, CICTA), the vessel's particulars
with French typography ("Nom du navire :", "Pavillon :", "Indicatif d'appel :", "Port
d'immatriculation :", "Jauge brute (UMS) :", "Longueur hors tout : 71,30 m", thousands spaced as
"1 596"), the armateur and the local consignee, then "Date de validité : du 1er janvier 2025 au
31 décembre 2025", the FAO zone and the species, and an unlabelled "Fait à ..., le ...".
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import Cell, PageContext, PageText, cell, key_value

NAME = "licence_fr"
PAGES_PER_DOC = 1

T, U = "METRIC_TYPE", "METRIC_UNIT"
DASH = "\u2013"  # the en dash French typesetting puts after "Article 1er"
_ISSUERS = (
    (
        "RÉPUBLIQUE DE MADAGASCAR",
        "MINISTÈRE DE LA PÊCHE ET DE L'ÉCONOMIE BLEUE",
        "Antananarivo",
        "IOTC",
    ),
    (
        "UNION DES COMORES",
        "MINISTÈRE DE L'AGRICULTURE, DE LA PÊCHE ET DE L'ENVIRONNEMENT",
        "Moroni",
        "IOTC",
    ),
    ("RÉPUBLIQUE DU SÉNÉGAL", "MINISTÈRE DES PÊCHES ET DE L'ÉCONOMIE MARITIME", "Dakar", "ICCAT"),
    ("RÉPUBLIQUE GABONAISE", "MINISTÈRE DE LA MER ET DE LA PÊCHE", "Libreville", "ICCAT"),
    (
        "RÉPUBLIQUE FRANÇAISE",
        "PRÉFECTURE DES TERRES AUSTRALES ET ANTARCTIQUES FRANÇAISES",
        "Saint-Pierre",
        "CCAMLR",
    ),
)
_AUTH = (
    "AUTORISATION DE PÊCHE",
    "LICENCE DE PÊCHE",
    "Permis de pêche",
    "Licence de pêche thonière",
)
_NONE = ("néant", "—", "non attribué", "-")
_AGENTS = (
    "SOCIÉTÉ MALGACHE DE CONSIGNATION",
    "OCÉAN INDIEN SHIPPING SARL",
    "ATLANTIQUE CONSIGNATION SA",
)


def _particulars(
    page: PageText, rng: random.Random, v: Vessel, rfmo: val.Rfmo, indent: str
) -> None:
    def kv(key: str | Cell, value: Cell) -> None:
        page.add(indent)
        key_value(page, cell(key) if isinstance(key, str) else key, value, 0, "fr")

    def opt(value: str | None, label: str) -> Cell:
        return cell(value, label) if value else cell(rng.choice(_NONE))

    flag = val.flag_code(v)
    kv("Nom du navire", cell(v.name, "VESSEL_NAME"))
    if v.former_name:
        kv(rng.choice(("Ancien nom", "Nom(s) précédent(s)")), cell(v.former_name, "NAME_CHANGE"))
    kv("Pavillon", opt(flag and val.flag_text(rng, flag, "fr"), "FLAG"))
    kv(rng.choice(("Numéro OMI", "N° OMI", "Numéro Lloyd's / OMI")), opt(v.imo, "IMO"))
    kv(
        rng.choice(
            ("Indicatif d'appel", "Indicatif radio", "Indicatif international d'appel radio")
        ),
        opt(val.ircs_of(v), "IRCS"),
    )
    kv(rng.choice(("N° MMSI", "MMSI")), opt(v.mmsi, "MMSI"))
    kv(
        rng.choice(("N° d'immatriculation", "Numéro d'immatriculation")),
        cell(val.national_reg(v), "NATIONAL_REG_NO"),
    )
    port = val.port_parts(v)
    if port:
        value: Cell = cell(port[0], "HOME_PORT")
        if flag and rng.random() < 0.6:
            value += ((" (", None), (val.country(flag, "fr"), "HOME_PORT_STATE"), (")", None))
        kv(rng.choice(("Port d'immatriculation", "Port d'attache")), value)
    if v.gross_tonnage:
        gt = val.fmt_number(v.gross_tonnage, "fr", True)
        if rng.random() < 0.5:
            kv(
                (("Jauge brute", T), (" (", None), ("UMS", U), (")", None)),
                cell(gt, "METRIC_VALUE"),
            )
        else:
            kv(cell("Tonnage brut", T), ((gt, "METRIC_VALUE"), (" ", None), ("GT", U)))
    if v.length_m:
        kv(
            cell("Longueur hors tout", T),
            ((val.fmt_number(v.length_m, "fr"), "METRIC_VALUE"), (" ", None), ("m", U)),
        )
    if rng.random() < 0.6:
        power = val.fmt_number(val.engine_kw(v), "fr", True)
        kv(cell("Puissance motrice", T), ((power, "METRIC_VALUE"), (" ", None), ("kW", U)))
    place = val.build_place(v)
    if v.build_year and place and rng.random() < 0.5:
        page.add(indent + "Construit en ").add(v.build_year, "BUILD_YEAR").add(" à ")
        page.add(place[0], "BUILDER_LOCATION").add(" (").add(
            val.country(place[1], "fr"), "BUILD_COUNTRY"
        ).add(")\n")
    elif v.build_year:
        kv("Année de construction", cell(v.build_year, "BUILD_YEAR"))
    gear = val.gear_text(v, "fr") if v.gear != "CARRIER" else None  # a reefer has no gear
    if gear:
        kv("Engin de pêche", cell(gear))
    kv((("N° ", None), (rfmo.fr, "RFMO_CODE")), cell(rfmo.vessel_id(v), "RFMO_ID"))


def _associates(page: PageText, rng: random.Random, v: Vessel, indent: str) -> None:
    page.add(indent).add("Armateur", "ASSOC_ROLE").add(" : ").add(
        val.owner_of(v), "ASSOC_NAME"
    ).add("\n")
    addr = val.address_of(v)
    page.add(indent + "Adresse : ").add(addr.street, "ADDRESS")
    if addr.city:
        page.add(", ")
        if addr.postcode and rng.random() < 0.5:
            page.add(addr.postcode + " ")
        page.add(addr.city, "CITY")
    if addr.country_iso3:
        page.add(f" {DASH} ").add(val.country(addr.country_iso3, "fr"), "COUNTRY_CODE")
    page.add("\n")
    if rng.random() < 0.6:
        role = rng.choice(("Consignataire", "Agent local", "Représentant local"))
        page.add(indent).add(role, "ASSOC_ROLE").add(" : ").add(
            rng.choice(_AGENTS), "ASSOC_NAME"
        ).add("\n")


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    rng = ctx.rng
    country, ministry, city, code = rng.choice(_ISSUERS)
    rfmo = next(r for r in val.RFMOS if r.code == code)
    gears = (
        ("SET_LONGLINES", "TRAWLERS")
        if code == "CCAMLR"
        else ("DRIFTING_LONGLINES", "TUNA_PURSE_SEINES", None)
    )
    fitting = [v for v in vessels if v.gear in gears]
    v = rng.choice(fitting if fitting and rng.random() < 0.85 else vessels)
    start, end = val.validity(rng)
    indent = rng.choice(("", "   ", "\t"))

    page = PageText()
    page.line(country).line(ministry).line("Direction générale des pêches").line()
    number = f"{start.year}/{rng.choice(('MPEB', 'DPM', 'DGP'))}/{rng.randint(1, 450):04d}"
    auth = rng.choice(_AUTH[:3] if code == "CCAMLR" else _AUTH)
    page.line((auth, "AUTH_TYPE"), rng.choice((" N° ", " n° ")), (number, "LICENSE_NO"))
    page.line().line(
        rng.choice(
            (
                "Vu le Code de la pêche et de l'aquaculture ;",
                "Vu la loi relative à la pêche maritime ;",
            )
        )
    )
    page.line(
        "Vu les mesures de conservation et de gestion adoptées par la ",
        (rfmo.fr, "RFMO_CODE"),
        " ;",
    )
    page.line("Vu la demande présentée par l'armateur,").line().line("DÉCIDE :").line()
    page.line(
        f"Article 1er {DASH} Le navire désigné ci-après est autorisé à exercer la pêche "
        "dans les conditions fixées."
    )
    page.line().line(rng.choice(("Caractéristiques du navire", "IDENTIFICATION DU NAVIRE")))
    _particulars(page, rng, v, rfmo, indent)
    page.line().line(rng.choice(("Armement", "PROPRIÉTAIRE / ARMATEUR")))
    _associates(page, rng, v, indent)
    page.line().line(f"Article 2 {DASH} Conditions d'exercice")
    if rng.random() < 0.6:
        page.line(
            indent + "Date de validité : du ",
            (val.fmt_date(start, "long_fr"), "START_DATE"),
            " au ",
            (val.fmt_date(end, "long_fr"), "END_DATE"),
        )
    else:
        page.line(
            indent + "Valable du ",
            (val.fmt_date(start, "dmy"), "START_DATE"),
            " au ",
            (val.fmt_date(end, "dmy"), "END_DATE"),
            " inclus",
        )
    areas = rng.sample(rfmo.areas, rng.randint(1, 2))
    page.add(indent + rng.choice(("Zone FAO : ", "Zone(s) de pêche : zone FAO ")))
    for i, area in enumerate(areas):
        page.add(" et " if i else "").add(area, "FAO_AREA_CODE")
    page.add("\n" + indent + "Espèces autorisées : ")
    for i, code in enumerate(rng.sample(rfmo.species, min(len(rfmo.species), rng.randint(1, 4)))):
        page.add(" ; " if i else "").add(val.species_name(code, "fr"), "SPECIES_NAME")
        page.add(" (").add(code, "SPECIES_NAME").add(")")
    page.add(f"\n\nArticle 3 {DASH} La présente autorisation doit être détenue à bord et ")
    page.add("présentée à toute réquisition des agents chargés du contrôle des pêches.\n\n")
    issued = start.fromordinal(start.toordinal() - rng.randint(3, 30))
    page.line(f"Fait à {city}, le {val.fmt_date(issued, 'long_fr')}").line()
    page.line(rng.choice(("Le Directeur général des pêches", "Pour le Ministre et par délégation")))
    return page
