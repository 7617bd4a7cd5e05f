"""A P&I club's Blue Card / certificate of entry (Wreck Removal, Bunkers or CLC conventions)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._common import (
    Ident,
    company,
    country_name,
    digits,
    flag_text,
    fmt_date,
    letters,
    pad,
    pick,
    pick_same_owner,
    port_city,
    port_province,
    some_date,
)
from ._page import PageDraft

LAYOUT = "pi_blue_card"

_CONVENTIONS = (
    (
        "Article VII of the International Convention on Civil Liability for Oil Pollution Damage, "
        "1992",
        "l'article VII de la Convention internationale de 1992 sur la responsabilité civile pour "
        "les dommages dus à la pollution par les hydrocarbures",
        "el artículo VII del Convenio internacional sobre responsabilidad civil nacida de daños "
        "debidos a contaminación por hidrocarburos, 1992",
        "CLC",
    ),
    (
        "Article 12 of the Nairobi International Convention on the Removal of Wrecks, 2007",
        "l'article 12 de la Convention internationale de Nairobi sur l'enlèvement des épaves, 2007",
        "el artículo 12 del Convenio internacional de Nairobi sobre la remoción de restos de "
        "naufragio, 2007",
        "WRC",
    ),
    (
        "Article 7 of the International Convention on Civil Liability for Bunker Oil Pollution "
        "Damage, 2001",
        "l'article 7 de la Convention internationale sur la responsabilité civile pour les "
        "dommages dus à la pollution par les hydrocarbures de soute, 2001",
        "el artículo 7 del Convenio internacional sobre responsabilidad civil nacida de daños "
        "debidos a contaminación por los hidrocarburos para combustible de los buques, 2001",
        "BUNKERS",
    ),
)
# (English, French, Spanish) keys of the convention certificate form.
_KEYS = (
    ("Name of Ship", "Nom du navire", "Nombre del buque"),
    ("Gross tonnage", "Jauge brute", "Arqueo bruto"),
    (
        "Distinctive number or letters",
        "Lettres ou numéro distinctifs",
        "Número o letras distintivos",
    ),
    (
        "IMO Ship Identification Number",
        "Numéro OMI d'identification du navire",
        "Número IMO de identificación del buque",
    ),
    ("Port of Registry", "Port d'immatriculation", "Puerto de matrícula"),
    (
        "Name and full address of the principal place of business of the registered owner",
        "Nom et adresse complète de l'établissement principal du propriétaire inscrit",
        "Nombre y dirección completa del establecimiento principal del propietario inscrito",
    ),
)


_AUTHORITIES = ("Maritime Authority", "Directorate of Shipping", "Registrar of Ships")


def _owner_block(page: PageDraft, v: Ident, owner: str, rng: random.Random, indent: str) -> None:
    page.line(indent, (owner, "ASSOC_NAME"))
    unit = f"{rng.choice(('Room', 'Floor', 'No.'))} {rng.randint(1, 2208)}"
    street = f"{unit}, {rng.choice(_vocab.STREETS)}"
    page.line(indent, (street, "ADDRESS"))
    page.add(indent)
    if v.port:
        page.add(port_city(v.port).title(), "CITY")
        province = port_province(v.port)
        if province:
            page.put(", ", (province.title(), "STATE"))
        if v.flag:
            page.add(", ")
    if v.flag:
        page.add(country_name(v.flag, "en"), "COUNTRY_CODE")
    page.line()


def _blue_card(
    v: Ident, owner: str, club: str, start: date, end: date, rng: random.Random
) -> PageDraft:
    convention = rng.choice(_CONVENTIONS)
    bilingual = rng.random() < 0.45
    second = rng.choice((1, 2))
    page = PageDraft()
    page.line((club, "ASSOC_NAME"))
    page.line(
        "Managers' office: "
        f"{rng.choice(('Hamilton, Bermuda', 'Oslo', 'London EC3', 'Singapore'))}  Tel "
        f"{'+47 22 ' + digits(rng, 2) + ' ' + digits(rng, 2) + ' ' + digits(rng, 2)}"
    )
    page.line()
    page.line(f"BLUE CARD No. {letters(rng, 2)}/{convention[3]}/{start.year}/{digits(rng, 5)}")
    page.line(
        f"To: The {rng.choice(_AUTHORITIES)} of ",
        (country_name(v.flag, "en"), "FLAG") if v.flag else "the flag State",
    )
    page.line()
    page.line(
        "CERTIFICATE OF INSURANCE OR OTHER FINANCIAL SECURITY issued in accordance with the "
        "provisions of"
    )
    page.line(convention[0] + ".")
    if bilingual:
        page.line(f"({convention[second]})")
    page.line()

    def key(index: int) -> str:
        keys = _KEYS[index]
        return f"{keys[0]} / {keys[second]}" if bilingual else keys[0]

    page.line(f"{key(0)}:")
    page.line("    ", (v.name, "VESSEL_NAME"))
    if v.gt:
        name = _KEYS[1][0]
        page.put((name, "METRIC_TYPE"))
        if bilingual:
            page.put(" / ", (_KEYS[1][second], "METRIC_TYPE"))
        page.line(": ", (v.gt, "METRIC_VALUE"))
    page.put(f"{key(2)}: ")
    if v.ircs:
        page.line((v.ircs, "IRCS"))
    else:
        page.line("—")
    page.put(f"{key(3)}: ")
    if v.imo:
        page.line((v.imo, "IMO"))
    else:
        page.line("N/A")
    page.put(f"{key(4)}: ")
    if v.port:
        page.put((v.port.title(), "HOME_PORT"))
        if v.flag and rng.random() < 0.6:
            page.put(", ", (country_name(v.flag, "en"), "HOME_PORT_STATE"))
        page.line()
    else:
        page.line("—")
    page.line(f"{key(5)}:")
    _owner_block(page, v, owner, rng, "    ")
    page.line()
    page.line(
        "This is to certify that there is in force in respect of the above-named ship while in "
        "the above ownership a policy of insurance satisfying the requirements of the Convention."
    )
    page.line("Type of security: Entry in a Protection and Indemnity Association")
    page.put(
        "Duration of security: from ",
        (fmt_date(start, "long"), "START_DATE"),
        " to ",
        (fmt_date(end, "long"), "END_DATE"),
    )
    page.line(" (both days inclusive, at noon GMT)")
    page.line()
    page.put("Name and address of the insurer: ", (club, "ASSOC_NAME"))
    page.line(f", P.O. Box {rng.randint(100, 9999)}")
    page.line()
    page.line(
        "Signed for and on behalf of the insurer on "
        f"{fmt_date(start - timedelta(days=rng.randint(2, 20)), 'long')}"
    )
    page.line(
        f"{rng.choice(('Underwriter', 'Authorised signatory', 'Director'))} ______________________"
    )
    return page


def _entry(
    fleet: list[Ident], owner: str, club: str, start: date, end: date, rng: random.Random
) -> PageDraft:
    """The club's certificate of entry: member, ships entered, terms."""
    page = PageDraft()
    page.line((club, "ASSOC_NAME"))
    page.line(
        f"CERTIFICATE OF ENTRY No. {start.year % 100}/{digits(rng, 6)}      Policy year "
        f"{start.year}/{(start.year + 1) % 100:02d}"
    )
    page.line()
    page.put("Member: ", (owner, "ASSOC_NAME"))
    page.line(f"   (Member no. M-{digits(rng, 5)})")
    if rng.random() < 0.5:
        co = company(rng)
        page.put(
            "Joint Assured: ",
            (co, "ASSOC_NAME"),
            " as ",
            (rng.choice(("Manager", "Operator", "Charterer")), "ASSOC_ROLE"),
        )
        page.line()
    page.put("Period of entry: from ", (fmt_date(start, "slash"), "START_DATE"), " to ")
    page.line((fmt_date(end, "slash"), "END_DATE"), " both noon GMT")
    page.line()
    page.line("Ship(s) entered:")
    page.line("Name".ljust(22), "Flag".ljust(20), "IMO No.".ljust(10), "GT".rjust(7), "  Call sign")
    for v in fleet:
        page.cell(v.name, 22, "VESSEL_NAME")
        if v.flag:
            page.cell(flag_text(v.flag, "en", rng), 20, "FLAG")
        else:
            page.cell("—", 20)
        if v.imo:
            page.cell(v.imo, 10, "IMO")
        else:
            page.cell("—", 10)
        if v.gt:
            page.cell(v.gt, 7, "METRIC_VALUE", right=True)
        else:
            page.cell("—", 7, right=True)
        page.add("  ")
        if v.ircs:
            page.line((v.ircs, "IRCS"))
        else:
            page.line("—")
    page.line()
    page.line(
        f"Limit of cover: oil pollution USD 1,000,000,000 each accident; all other claims "
        f"per Rule {rng.randint(2, 40)}. Deductible USD {rng.choice((5, 10, 25))},000 per claim."
    )
    page.line("Terms: Rules of the Association; Fishing Vessel Clauses; war risks excluded.")
    page.line(
        f"Estimated total premium: USD {rng.randint(12, 400) * 1000:,} payable in 4 instalments."
    )
    return page


_FILLERS = (
    "This certificate does not constitute evidence that the ship is insured for any other "
    "purpose, and the Association may cancel it by giving three months' written notice to the "
    "authority named above.",
    "Claims notification 24/7: +44 20 7283 4646 (not a vessel number). Quote the certificate "
    "number "
    "in all correspondence.",
    "The certificate shall be carried on board and a copy deposited with the authority that "
    "keeps the record of the ship's registry.",
)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    club = rng.choice(_vocab.PI_CLUBS)
    start = date(some_date(rng, 2020, 2025).year, 2, 20)
    end = date(start.year + 1, 2, 20)
    if rng.random() < 0.5:
        fleet = pick_same_owner(vessels, rng, rng.randint(1, 8))
    else:
        fleet = pick(vessels, rng, 1)
    first = fleet[0]
    owner = first.owner or company(rng).upper()
    pages = [_blue_card(first, owner, club, start, end, rng)]
    if len(fleet) > 1 or rng.random() < 0.4:
        pages.append(_entry(fleet, owner, club, start, end, rng))
    if len(fleet) > 2 and rng.random() < 0.5:
        pages.append(_blue_card(fleet[1], owner, club, start, end, rng))
    for page in pages:
        pad(page, _FILLERS, rng)
    return pages
