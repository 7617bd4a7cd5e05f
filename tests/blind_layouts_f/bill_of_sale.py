"""A bill of sale / transfer of ownership of a fishing vessel in legal prose (English or
French): seller and buyer with addresses, a schedule of particulars, an unlabelled price."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._fields import flag, home_port, metric, value_or_blank
from ._ids import Ident, pick
from ._page import Doc, Page, PageDraft
from ._vocab import (
    ADDRESSES,
    company,
    company_reg_no,
    country,
    fmt_date,
    national_reg_no,
    some_date,
)

LAYOUT = "bill_of_sale"

_YARDS = (
    ("Huanghai Shipbuilding", "CHN"),
    ("Astilleros Armón, Navia", "ESP"),
    ("Niigata Shipbuilding", "JPN"),
    ("Jong Shyn Shipbuilding, Kaohsiung", "TWN"),
    ("Piriou, Concarneau", "FRA"),
    ("Kleven Verft", "NOR"),
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "fr"))
    fr = lang == "fr"
    (v,) = pick(vessels, rng)
    n_pages = rng.randint(1, 3)
    doc = Doc()
    p = doc.page
    day = some_date(rng)
    p.add(
        "ACTE DE VENTE DE NAVIRE"
        if fr
        else rng.choice(("BILL OF SALE", "MEMORANDUM OF AGREEMENT AND BILL OF SALE"))
    ).nl(2)
    p.add(f"{'Fait le' if fr else 'Dated'} {fmt_date(day, lang, rng.randint(0, 4))}").nl(2)
    p.add("ENTRE :" if fr else "BETWEEN:").nl()
    seller = v.owner or company(rng)
    _party(p, rng, lang, seller, "Vendeur" if fr else "Seller")
    p.add("ET :" if fr else "AND:").nl()
    _party(p, rng, lang, company(rng), "Acquéreur" if fr else "Buyer")
    price = f"{rng.choice(('USD', 'EUR', 'US$'))} {rng.randint(3, 90) * 50_000:,}".replace(
        ",", " " if fr else ","
    )
    if fr:
        p.add(
            "Le Vendeur cède à l'Acquéreur, qui l'accepte, la pleine propriété du navire de pêche "
        )
        p.val(v.name, "VESSEL_NAME").add(", battant pavillon ")
    else:
        p.add("In consideration of the sum of ").add(price).add(
            " (the receipt whereof is hereby acknowledged) the Seller hereby "
            "transfers to the Buyer all sixty-four shares in the fishing vessel "
        )
        p.val(v.name, "VESSEL_NAME").add(", of the flag of ")
    flag(p, v.flag, lang, rng)
    if fr:
        p.add(f", moyennant le prix de {price}, payable comptant à la signature des présentes.")
    else:
        p.add(", free from all encumbrances, mortgages and maritime liens.")
    p.add(" " if rng.random() < 0.5 else "\n").add(
        "Le navire est plus amplement décrit à l'Annexe ci-après."
        if fr
        else "The Vessel is more particularly described in the Schedule hereto."
    ).nl(2)
    if n_pages >= 2:
        p = doc.new_page()
    _schedule(p, v, rng, lang)
    if n_pages == 3:
        p = doc.new_page()
    p.nl().add(
        "EN FOI DE QUOI les parties ont signé."
        if fr
        else "IN WITNESS whereof the Seller has executed this Bill of Sale."
    ).nl(2)
    p.add(
        f"{'Pour le Vendeur' if fr else 'For the Seller'}: "
        f"______________  {'Notaire' if fr else 'Witness'}: "
        f"{rng.choice(('Me ', '', 'Mr '))}{rng.choice(('Lefèvre', 'Okafor', 'Marín', 'Whitaker'))}"
    ).nl()
    p.add(f"Registry fee receipt No. {rng.randint(100000, 999999)}").nl()
    return doc.drafts()


def _party(p: Page, rng: random.Random, lang: str, name: str, role: str) -> None:
    street, city, state, iso3 = rng.choice(ADDRESSES)
    p.val(name, "ASSOC_NAME").add(", ")
    p.add("société immatriculée sous le n° " if lang == "fr" else "a company registered under No. ")
    p.val(company_reg_no(rng), "REG_NO").add(", ")
    p.add("dont le siège est situé " if lang == "fr" else "whose registered office is at ")
    p.val(street, "ADDRESS").add(", ").val(city, "CITY")
    if state and rng.random() < 0.7:
        p.add(", ").val(state, "STATE")
    p.add(", ").val(country(iso3, lang, rng), "COUNTRY_CODE")
    if lang == "fr":
        p.add(" (ci-après « le " if role == "Vendeur" else " (ci-après « l'")
        p.val(role, "ASSOC_ROLE").add(" »)")
    else:
        p.add(' (hereinafter "the ').val(role, "ASSOC_ROLE").add('")')
    p.add(";").nl(2)


def _schedule(p: Page, v: Ident, rng: random.Random, lang: str) -> None:
    fr = lang == "fr"
    kv = rng.choice((": ", "\t", " - "))
    p.add(
        "ANNEXE - CARACTÉRISTIQUES DU NAVIRE" if fr else "SCHEDULE - PARTICULARS OF THE VESSEL"
    ).nl()
    p.add(f"{'Nom' if fr else 'Name'}{kv}").val(v.name, "VESSEL_NAME").nl()
    if v.former_name:
        p.add(f"{'Anciens noms' if fr else 'Former name(s)'}{kv}").val(v.former_name, "NAME_CHANGE")
        if rng.random() < 0.4:
            p.add(", ").val(
                f"{rng.choice(('OCEAN', 'MAR', 'SEA'))} "
                f"{rng.choice(('PRIDE', 'AZUL', 'HUNTER'))} {rng.randint(1, 9)}",
                "NAME_CHANGE",
            )
        p.nl()
    p.add(f"{'Numéro officiel' if fr else 'Official number'}{kv}").val(
        national_reg_no(v.flag, rng), "NATIONAL_REG_NO"
    ).nl()
    p.add(f"{'Numéro OMI' if fr else 'IMO number'}{kv}")
    value_or_blank(p, v.imo, "IMO", lang, rng).nl()
    p.add(f"{'Indicatif' if fr else 'Call sign'}{kv}")
    value_or_blank(p, v.ircs, "IRCS", lang, rng).nl()
    p.add(("Port d'immatriculation" if fr else "Port of registry") + kv)
    home_port(p, v, lang, rng, with_state=rng.random() < 0.4).nl()
    net = (
        str(int(int(v.gross_tonnage) * 0.3))
        if v.gross_tonnage and v.gross_tonnage.isdigit()
        else None
    )
    for name, value, unit in (
        ("Jauge brute" if fr else "Gross tonnage", v.gross_tonnage, "UMS" if fr else "GT"),
        ("Jauge nette" if fr else "Net tonnage", net, "NT" if not fr else ""),
        ("Longueur hors tout" if fr else "Length overall", v.length_m, "m"),
    ):
        if metric(p, name, value, unit, rng):
            p.nl()
    if v.build_year:
        yard, yard_country = rng.choice(_YARDS)
        p.add(f"{'Construit en' if fr else 'Built'}{kv}").val(v.build_year, "BUILD_YEAR").add(
            rng.choice((" by ", ", ")) if not fr else " par "
        )
        p.val(yard, "BUILDER_LOCATION").add(" (").val(
            country(yard_country, lang, rng), "BUILD_COUNTRY"
        ).add(")").nl()
    p.add(
        f"{'Matériau de coque' if fr else 'Hull material'}{kv}"
        + rng.choice(("Acier", "Acier soudé") if fr else ("Steel", "GRP"))
    ).nl()
