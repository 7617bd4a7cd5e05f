"""A flag-State certificate of registry as DeepSeek-OCR Markdown: headings, bold bilingual keys
(or a two-column key table), a particulars table of dimensions, tonnage and power, an
ownership table, and on a second page the vessel's previous registrations."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "certificate_md"

_KEYS = {  # en, fr, es
    "name": ("Name of ship", "Nom du navire", "Nombre del buque"),
    "imo": ("IMO number", "Numéro OMI", "Número OMI"),
    "ircs": ("Call sign", "Indicatif d'appel", "Distintivo de llamada"),
    "mmsi": ("MMSI", "MMSI", "MMSI"),
    "port": ("Port of registry", "Port d'immatriculation", "Puerto de matrícula"),
    "flag": ("Flag", "Pavillon", "Pabellón"),
    "official": ("Official number", "Numéro officiel", "Número de registro"),
    "type": ("Type of ship", "Type de navire", "Tipo de buque"),
    "year": ("Year of build", "Année de construction", "Año de construcción"),
    "place": ("Place of build", "Lieu de construction", "Lugar de construcción"),
    "registered": ("Date of registration", "Date d'immatriculation", "Fecha de inscripción"),
    "expires": ("Valid until", "Valable jusqu'au", "Válido hasta"),
}
_METRICS = {  # kind -> names per language
    "loa": (("Length overall", "LOA"), ("Longueur hors tout",), ("Eslora total",)),
    "breadth": (("Breadth", "Moulded breadth"), ("Largeur",), ("Manga",)),
    "depth": (("Depth", "Moulded depth"), ("Creux",), ("Puntal",)),
    "gt": (("Gross tonnage",), ("Jauge brute",), ("Arqueo bruto",)),
    "nt": (("Net tonnage",), ("Jauge nette",), ("Arqueo neto",)),
    "power": (("Main engine power", "Propulsion power"), ("Puissance motrice",), ("Potencia",)),
}
_LANGS = ("en", "fr", "es")
_SHIPYARDS = {
    "CHN": ("Mawei Shipyard", "Zhoushan Putuo Shipyard", "Rongcheng Shipbuilding"),
    "TWN": ("Jong Shyn Shipbuilding", "Lung Teh Shipbuilding"),
    "JPN": ("Niigata Shipbuilding", "Miho Shipyard"),
    "KOR": ("Daedong Shipbuilding",),
}
_PREVIOUS_FLAGS = {"PAN": "3F", "VUT": "YJ", "LBR": "A8", "KOR": "DT", "BLZ": "V3"}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    s = v.pick(rng, v.ships(vessels), 1)[0]
    second = rng.choice((1, 2))  # the keys' second language: French or Spanish
    english_first = rng.random() < 0.6
    lang = _LANGS[second] if rng.random() < 0.3 else "en"  # the values' language
    style = rng.choice(("bold", "bold", "table"))
    date_style = rng.choice(v.DATE_STYLES[lang])
    missing = rng.choice(("-", "—", "N/A", "Nil", ""))

    def key(field: str) -> str:
        names = _KEYS[field]
        pair = (names[0], names[second]) if english_first else (names[second], names[0])
        return pair[0] if pair[0] == pair[1] else f"{pair[0]} / {pair[1]}"

    page = PageBuilder()
    page.line(("# " + rng.choice(_AUTHORITIES), None)).newline()
    title = rng.choice(
        ("CERTIFICATE OF REGISTRY", "CERTIFICATE OF REGISTRY OF A FISHING VESSEL", "REGISTRY")
    )
    page.line((f"## {title}", None)).newline()
    page.line((rng.choice(_PREAMBLES), None)).newline()
    if style == "table":
        page.line(("| | |", None)).line(("|---|---|", None))

    def field(name: str, *pieces: Piece) -> None:
        value = list(pieces) if pieces and any(text for text, _ in pieces) else [(missing, None)]
        if style == "table":
            page.line(("| ", None), (key(name), None), (" | ", None), *value, (" |", None))
        else:
            bullet = "- " if rng.random() < 0.15 else ""
            colon_inside = rng.random() < 0.7
            head = f"{bullet}**{key(name)}:** " if colon_inside else f"{bullet}**{key(name)}**: "
            page.line((head, None), *value)

    field("name", (s.name, "VESSEL_NAME"))
    if s.imo:
        field("imo", *((("IMO ", None),) if rng.random() < 0.3 else ()), (s.imo, "IMO"))
    field("ircs", *(((s.ircs, "IRCS"),) if s.ircs else ()))
    if s.mmsi:
        field("mmsi", (s.mmsi, "MMSI"))
    port, _ = v.home_port(s, rng)
    if port:
        state: list[Piece] = []
        if s.flag and rng.random() < 0.3:  # the port's country written beside it
            state = [(", ", None), (v.country_name(s.flag, lang, rng), "HOME_PORT_STATE")]
        field("port", (port, "HOME_PORT"), *state)
    if s.flag:
        field("flag", (v.country_name(s.flag, lang, rng, codes=True), "FLAG"))
    field("official", (v.national_reg_no(s, rng), "NATIONAL_REG_NO"))
    gear = v.gear_name(s.gear, lang)
    field("type", *(((gear, None),) if gear else ()))
    year = s.year or str(rng.randint(1990, 2020))
    field("year", (year, "BUILD_YEAR"))
    if s.flag and rng.random() < 0.7:
        place: list[Piece] = []
        yard = rng.choice(_SHIPYARDS.get(s.flag, ("",)))
        if yard:
            place += [(yard, "BUILDER_LOCATION"), (", ", None)]
        place.append((v.country_name(s.flag, lang, rng), "BUILD_COUNTRY"))
        field("place", *place)
    registered = v.some_day(rng, max(int(year), 2010), 2025)
    field("registered", (v.fmt_date(registered, date_style, lang), "START_DATE"))
    if rng.random() < 0.6:
        expires = registered.replace(year=registered.year + 5)
        field("expires", (v.fmt_date(expires, date_style, lang), "END_DATE"))
    page.newline()
    _particulars(page, s, rng, lang)
    _ownership(page, s, rng, lang)
    pages = [page.build()]
    if s.former_name or rng.random() < 0.35:
        pages.append(_history(s, rng, title, missing))
    return pages


_AUTHORITIES = (
    "MARITIME ADMINISTRATION — REGISTRY OF SHIPS",
    "DIRECTORATE OF MERCHANT MARINE",
    "FISHERIES AUTHORITY — VESSEL REGISTRY",
    "OFFICE OF THE REGISTRAR OF SHIPS",
)
_PREAMBLES = (
    "This is to certify that the ship described below has been duly entered in the register.",
    "Issued under the provisions of the Merchant Shipping Act. / Délivré en vertu de la loi.",
    "The particulars of the ship are as follows:",
)


def _particulars(page: PageBuilder, s: v.Ship, rng: random.Random, lang: str) -> None:
    page.line(
        (rng.choice(("### Principal particulars", "### Particulars / Caractéristiques")), None)
    )
    page.newline()
    split_unit = rng.random() < 0.6
    page.line(("| Particular | Value | Unit |" if split_unit else "| Particular | Value |", None))
    page.line(("|---|---|---|" if split_unit else "|---|---|", None))
    index = _LANGS.index(lang)
    loa = v.derived_loa(s)
    breadth = round(loa * rng.uniform(0.14, 0.19), 2)
    gt = v.derived_gt(s)
    rows: list[tuple[str, str, str]] = [
        ("loa", v.fmt_dec(loa, lang), "m"),
        ("breadth", v.fmt_dec(breadth, lang), "m"),
        ("depth", v.fmt_dec(breadth * rng.uniform(0.4, 0.55), lang), "m"),
        ("gt", v.fmt_int(gt, lang, rng), "GT" if rng.random() < 0.8 else "GRT"),
        ("nt", v.fmt_int(int(gt * rng.uniform(0.28, 0.35)), lang, rng), "NT"),
    ]
    kw = v.engine_kw(s)
    rows.append(
        ("power", v.fmt_int(kw, lang, rng), "kW")
        if rng.random() < 0.7
        else ("power", v.fmt_int(round(kw * 1.341), lang, rng), "HP")
    )
    for kind, number, unit in rows:
        name = rng.choice(_METRICS[kind][index])
        value: list[Piece] = [(number, "METRIC_VALUE")]
        tail: list[Piece] = [(" | ", None), (unit, "METRIC_UNIT")] if split_unit else []
        if not split_unit:
            value += [(" ", None), (unit, "METRIC_UNIT")]
        page.line(("| ", None), (name, "METRIC_TYPE"), (" | ", None), *value, *tail, (" |", None))
    page.newline()


def _ownership(page: PageBuilder, s: v.Ship, rng: random.Random, lang: str) -> None:
    page.line(("### " + rng.choice(("Ownership", "Particulars of ownership", "Owner(s)")), None))
    page.newline()
    page.line(("| Capacity | Name | Address |", None)).line(("|---|---|---|", None))
    where = v.address(s, rng)
    roles = [(rng.choice(("Registered owner", "Owner")), v.owner(s, rng), where)]
    if rng.random() < 0.4:
        stand_in = replace(s, owner=None)
        roles.append(
            (rng.choice(("Operator", "Manager")), v.owner(stand_in, rng), v.address(s, rng))
        )
    for role, name, at in roles:
        cells: list[Piece] = [(at.street, "ADDRESS"), (", ", None), (at.city, "CITY")]
        if at.state:
            cells += [(", ", None), (at.state, "STATE")]
        cells += [(", ", None), (v.country_name(at.country, lang, rng), "COUNTRY_CODE")]
        page.line(
            ("| ", None),
            (role, "ASSOC_ROLE"),
            (" | ", None),
            (name, "ASSOC_NAME"),
            (" | ", None),
            *cells,
            (" |", None),
        )


def _history(s: v.Ship, rng: random.Random, title: str, missing: str) -> PageDraft:
    page = PageBuilder()
    page.line((f"## {title} (continued)", None)).newline()
    page.line(("### Previous registrations / Immatriculations antérieures", None)).newline()
    page.line(("| Former name | Former flag | Former call sign |", None))
    page.line(("|---|---|---|", None))
    previous_flag = rng.choice(sorted(f for f in _PREVIOUS_FLAGS if f != s.flag))
    name: list[Piece] = [(s.former_name, "NAME_CHANGE")] if s.former_name else [(missing, None)]
    prefix = _PREVIOUS_FLAGS[previous_flag]
    call_sign = prefix + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(3))
    page.line(
        ("| ", None),
        *name,
        (" | ", None),
        (v.country_name(previous_flag, "en", rng, codes=True), "FLAG_CHANGE"),
        (" | ", None),
        (call_sign, "ID_CHANGE"),
        (" |", None),
    )
    page.newline()
    page.line(("### Mortgages and encumbrances", None)).newline()
    page.line((rng.choice(("None registered.", "Nil.", "No mortgage is recorded.")), None))
    page.newline()
    page.line(("*The Registrar*", None))
    return page.build()
