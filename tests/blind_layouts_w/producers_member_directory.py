"""A page of a shipowners' or fishing producers' association member directory: member firms,
their addresses and contacts, and the vessels each operates."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    GEAR_WORDS,
    LANG_INDEX,
    PERSONS,
    Ident,
    city_of,
    country,
    decimal,
    digits,
    gear_kind,
    ident,
    invent_company,
    postcode,
    street,
    upper_letters,
)
from ._page import DocDraft, PageDraft

LAYOUT = "producers_member_directory"

ASSOCIATIONS = {
    "en": (
        "Distant Water Longline Owners' Association",
        "Pelagic Fishing Producers' Association",
        "Overseas Squid Jigging Association",
        "Tuna Vessel Owners' Association",
    ),
    "es": (
        "Asociación de Armadores de Buques Palangreros",
        "Organización de Productores de Pesca de Altura",
        "Asociación Nacional de Armadores de Buques Atuneros",
    ),
    "fr": (
        "Organisation de Producteurs — Armement Thonier",
        "Syndicat des Armateurs à la Pêche Hauturière",
        "Association des Armateurs de Palangriers",
    ),
}
ASSOCIATE_MEMBERS = (
    "Marine Coatings Supply Ltd (antifouling paints)",
    "Frigoríficos del Puerto SA (cold storage)",
    "Harbour Net & Rope Co (fishing gear)",
    "Seafarer Crewing Agency (crew manning)",
    "Oceanic Insurance Brokers (hull and P&I)",
    "Bunker Partners Ltd (fuel supply)",
    "Atlantic Canning Company (processing)",
    "Port Agency Services Ltd (ship agency)",
    "Cold Chain Logistics Co (reefer transport)",
    "Nautical Electronics Service (radio, VMS, sonar)",
)
WORDS = {
    "en": {
        "dir": "MEMBER DIRECTORY",
        "addr": "Address",
        "tel": "Tel",
        "fax": "Fax",
        "mail": "E-mail",
        "reg": "Company reg. No.",
        "contact": "Contact",
        "cat": "Category",
        "roles": ("Shipowner", "Operator", "Owner and operator", "Managing owner"),
        "fleet": "Vessels",
        "cs": "call sign",
        "port": "home port",
        "page": "Page",
        "member": "Member since",
        "col": ("Member", "Address", "Vessel", "IRCS", "GT"),
    },
    "es": {
        "dir": "DIRECTORIO DE SOCIOS",
        "addr": "Domicilio",
        "tel": "Tel.",
        "fax": "Fax",
        "mail": "Correo",
        "reg": "N.º de registro",
        "contact": "Gerente",
        "cat": "Categoría",
        "roles": ("Armador", "Armador y operador", "Operador", "Naviera armadora"),
        "fleet": "Buques",
        "cs": "distintivo",
        "port": "puerto base",
        "page": "Página",
        "member": "Socio desde",
        "col": ("Socio", "Domicilio", "Buque", "Distintivo", "GT"),
    },
    "fr": {
        "dir": "ANNUAIRE DES ADHÉRENTS",
        "addr": "Adresse",
        "tel": "Tél.",
        "fax": "Fax",
        "mail": "Courriel",
        "reg": "N° d'immatriculation",
        "contact": "Contact",
        "cat": "Catégorie",
        "roles": ("Armateur", "Armateur-exploitant", "Exploitant", "Propriétaire"),
        "fleet": "Navires",
        "cs": "indicatif",
        "port": "port d'attache",
        "page": "Page",
        "member": "Adhérent depuis",
        "col": ("Adhérent", "Adresse", "Navire", "Indicatif", "JB"),
    },
}


def _firms(vessels: list[Vessel], rng: random.Random) -> list[tuple[str, list[Ident]]]:
    """Member firms with their vessels: the list's owners where known, else invented firms;
    firms of one flag first, then the rest."""
    sample = [ident(v) for v in rng.sample(vessels, min(len(vessels), 300))]
    flag = sample[0].flag
    ordered = [i for i in sample if i.flag == flag] + [i for i in sample if i.flag != flag]
    firms: dict[str, list[Ident]] = {}
    for i in ordered:
        if i.owner:
            firms.setdefault(i.owner, []).append(i)
    loose = [i for i in ordered if not i.owner]
    while loose:
        size = rng.randint(1, 3)
        take, loose = loose[:size], loose[size:]
        name = invent_company(rng, take[0].flag)
        while name in firms:
            name = f"{name.split(' ')[0]} {invent_company(rng, take[0].flag)}"
        firms[name] = take
    head = [item for item in firms.items() if item[1][0].flag == flag]
    tail = [item for item in firms.items() if item[1][0].flag != flag]
    rng.shuffle(head)
    rng.shuffle(tail)
    return [(name, ships[:4]) for name, ships in head + tail]


def _reg_no(rng: random.Random, iso: str | None) -> str:
    """A company registration number in the style of the firm's country."""
    if iso == "CHN":
        return f"91{digits(rng, 4)}{digits(rng, 2)}MA{upper_letters(rng, 1)}{digits(rng, 7)}"
    if iso == "TWN":
        return digits(rng, 8)
    if iso == "JPN":
        return digits(rng, 13)
    if iso == "RUS":
        return digits(rng, 10)
    if iso == "ESP":
        return f"B{digits(rng, 8)}"
    return f"{upper_letters(rng, 2)}{digits(rng, 7)}"


def _entry(rng: random.Random, lang: str, firm: str, ships: list[Ident]) -> PageDraft:
    w = WORDS[lang]
    e = PageDraft()
    first = ships[0]
    iso = first.flag
    if first.port and rng.random() < 0.7:
        city, prov = first.port.title(), (first.province.title() if first.province else None)
    else:
        city, prov = city_of(rng, iso)
    e.line((firm.upper() if rng.random() < 0.5 else firm, "ASSOC_NAME"))
    e.seq(
        f"  {w['addr']}: ",
        (street(rng, iso), "ADDRESS"),
        f", {postcode(rng, iso)} ",
        (city, "CITY"),
    )
    if prov:
        e.seq(" (", (prov, "STATE"), ")")
    if iso and rng.random() < 0.6:
        e.seq(", ", (country(iso, lang), "COUNTRY_CODE"))
    e.add("\n")
    code = {"CHN": "86", "TWN": "886", "JPN": "81", "RUS": "7", "ESP": "34", "KOR": "82"}.get(
        iso or "", "1"
    )
    e.line(
        f"  {w['tel']} +{code} {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}   "
        f"{w['fax']} +{code} {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}"
    )
    if rng.random() < 0.5:
        e.line(f"  {w['mail']}: info@{firm.split(' ')[0].lower()}{digits(rng, 2)}.example")
    if rng.random() < 0.6:
        e.line(f"  {w['reg']}: ", (_reg_no(rng, iso), "REG_NO"))
    e.line(f"  {w['contact']}: {rng.choice(PERSONS)}    {w['member']} {rng.randint(1975, 2022)}")
    roles = w["roles"]
    assert isinstance(roles, tuple)
    e.line(f"  {w['cat']}: ", (rng.choice(roles), "ASSOC_ROLE"))
    e.line(f"  {w['fleet']}:")
    for i in ships:
        e.seq("   • ", (i.name, "VESSEL_NAME"), " — ")
        e.add(GEAR_WORDS[gear_kind(i)][LANG_INDEX[lang]].lower())
        if i.ircs:
            e.seq(f", {w['cs']} ", (i.ircs, "IRCS"))
        if i.imo and rng.random() < 0.5:
            e.seq(", IMO ", (i.imo, "IMO"))
        if i.gt:
            e.seq(
                ", ", (i.gt, "METRIC_VALUE"), " ", ("GT" if lang != "fr" else "UMS", "METRIC_UNIT")
            )
        if i.loa and rng.random() < 0.5:
            e.seq(", ", (decimal(i.loa, lang), "METRIC_VALUE"), " ", ("m", "METRIC_UNIT"))
        if i.year and rng.random() < 0.5:
            e.seq(f", {'built' if lang == 'en' else 'constr.'} ", (i.year, "BUILD_YEAR"))
        if i.port and rng.random() < 0.4:
            e.seq(f", {w['port']} ", (i.port.title(), "HOME_PORT"))
        e.add("\n")
    e.add("\n")
    return e


def _table_rows(rng: random.Random, lang: str, firm: str, ships: list[Ident]) -> PageDraft:
    e = PageDraft()
    first = ships[0]
    city = first.port.title() if first.port else city_of(rng, first.flag)[0]
    e.line((firm, "ASSOC_NAME"), " — ", (city, "CITY"))
    for i in ships:
        e.add("    ")
        e.cell(i.name, 26, "VESSEL_NAME")
        e.cell(i.ircs or "—", 12, "IRCS" if i.ircs else None)
        e.cell(i.imo or "", 9, "IMO" if i.imo else None)
        e.cell(i.gt or "—", 7, "METRIC_VALUE" if i.gt else None, right=True)
        e.add("\n")
    return e


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    w = WORDS[lang]
    assoc = rng.choice(ASSOCIATIONS[lang])
    year = rng.randint(2019, 2025)
    firms = _firms(vessels, rng)
    start_page = rng.randint(3, 40)
    tabular = rng.random() < 0.35
    doc = DocDraft(limit=2600 if not tabular else 2700)
    target = rng.choice((1, 1, 2, 2, 3))

    def header(n: int) -> PageDraft:
        h = PageDraft()
        h.line(f"{assoc.upper()} — {w['dir']} {year}{'':>6}{w['page']} {start_page + n}")
        h.line("=" * 78)
        if tabular:
            cols = w["col"]
            assert isinstance(cols, tuple)
            h.line(f"{cols[0]} / {cols[1]}")
            h.line(f"    {cols[2]:<26}{cols[3]:<12}{'IMO':<9}{cols[4]:>6}")
            h.line("-" * 78)
        return h

    doc.page.extend(header(0))
    for firm, ships in firms:
        block = (_table_rows if tabular else _entry)(rng, lang, firm, ships)
        if len(doc.page) + len(block) > doc.limit:
            if len(doc.pages) >= target:
                break
            doc.new_page().extend(header(len(doc.pages) - 1))
        doc.page.extend(block)
    # associate members (traders, processors, suppliers) own no vessels: unlabelled
    last = doc.page
    head = {"en": "ASSOCIATE MEMBERS", "es": "SOCIOS COLABORADORES", "fr": "MEMBRES ASSOCIÉS"}
    if len(last) < 1100:
        last.line(f"\n{head[lang]}")
        for member in rng.sample(ASSOCIATE_MEMBERS, len(ASSOCIATE_MEMBERS)):
            if len(last) >= 1100:
                break
            last.line(
                f"  {member} — {w['tel']} +{rng.randint(30, 99)} {digits(rng, 3)} "
                f"{digits(rng, 3)} {digits(rng, 3)}"
            )
    notes = {
        "en": [
            "",
            "Entries are published as supplied by members; corrections to the secretariat.",
            "Tonnages in GT (ITC 69); lengths overall in metres.",
        ],
        "es": [
            "",
            "Datos facilitados por los socios; las correcciones se remitirán a la secretaría.",
            "Arqueo en GT (Convenio de 1969); eslora total en metros.",
        ],
        "fr": [
            "",
            "Informations fournies par les adhérents ; corrections au secrétariat.",
            "Jauge en UMS (Convention de 1969) ; longueur hors tout en mètres.",
        ],
    }[lang]
    for page in doc.pages:
        page.pad(notes, 800)
    return doc.pages
