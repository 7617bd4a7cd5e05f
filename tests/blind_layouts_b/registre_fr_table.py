"""Layout `registre_fr_table`: a French register or licence-list extract as the Markdown table an
OCR model emits ("Nom du navire", "Immatriculation", "Indicatif", "Pavillon", "Jauge (UMS)",
"Longueur (m)", "Armateur", "Début", "Fin"), with French number typography (decimal commas, thin
or narrow no-break spaces as thousands separators) and French dates.

Test-only blind evaluation data, written without reading the rule-based extractor. Numbers are
gold-labelled as printed, thousands separator included.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import Cell, Frag, PageDraft, PageText, draft, lab
from ._page import plain as p

LAYOUT = "registre_fr_table"
EN_DASH = "\u2013"

_LICENCE_ISSUERS = (
    ("RÉPUBLIQUE DE MADAGASCAR", "Ministère de la Pêche et de l'Économie Bleue", "51"),
    ("UNION DES COMORES", "Direction Générale des Ressources Halieutiques", "51"),
    ("RÉPUBLIQUE DU SÉNÉGAL", "Direction des Pêches Maritimes", "34"),
    ("RÉPUBLIQUE GABONAISE", "Direction Générale des Pêches et de l'Aquaculture", "34"),
)
_RFMO_FR = (
    ("CTOI", "Commission des thons de l'océan Indien"),
    ("CICTA", "Commission internationale pour la conservation des thonidés de l'Atlantique"),
)
_SPECIES_FR = (
    ("albacore", "YFT"),
    ("patudo", "BET"),
    ("listao", "SKJ"),
    ("germon", "ALB"),
    ("espadon", "SWO"),
)
_SEPARATORS = ("\u2009", "\u202f", "\u00a0", " ")


def _number(value: str, sep: str) -> str:
    whole, _, frac = value.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    whole = sep.join([whole, *groups])
    return f"{whole},{frac}" if frac else whole


def _dates(rng: random.Random, year: int, style: str) -> tuple[str, str]:
    start, end = d.validity(rng, year)
    return d.fmt_date(start, style), d.fmt_date(end, style)


def _row(v: Vessel, num: int, kind: str, style: dict[str, str], rng: random.Random) -> list[Cell]:
    iso3 = d.flag_code(v)
    flag = (iso3 if style["flag"] == "iso" else d.country_name(iso3, "fr")) if iso3 else None
    blank = style["blank"]
    start, end = _dates(rng, int(style["year"]), style["date"])
    first: Cell
    if kind == "licence":
        first = lab(
            f"{style['prefix']}-{int(style['year']) % 100:02d}-{rng.randint(1, 999):03d}",
            "LICENSE_NO",
        )
    else:
        first = lab(d.rfmo_id("IOTC" if style["rfmo"] == "CTOI" else "ICCAT", v, iso3), "RFMO_ID")
    return [
        p(str(num)),
        lab(v.name, "VESSEL_NAME"),
        lab(d.national_reg(v), "NATIONAL_REG_NO") if iso3 else p(blank),
        lab(v.ircs, "IRCS") if v.ircs else p(blank),
        lab(flag, "FLAG") if flag else p(blank),
        lab(_number(v.gross_tonnage, style["sep"]), "METRIC_VALUE")
        if v.gross_tonnage
        else p(blank),
        lab(_number(v.length_m, style["sep"]), "METRIC_VALUE") if v.length_m else p(blank),
        lab(d.owner_name(v, rng, int(style["owner"])), "ASSOC_NAME"),
        first,
        lab(start, "START_DATE"),
        lab(end, "END_DATE"),
    ]


def _header() -> list[Cell]:
    return [
        p("N°"),
        p("Nom du navire"),
        p("Immatriculation"),
        p("Indicatif"),
        p("Pavillon"),
        (("Jauge", "METRIC_TYPE"), (" (", None), ("UMS", "METRIC_UNIT"), (")", None)),
        (("Longueur", "METRIC_TYPE"), (" (", None), ("m", "METRIC_UNIT"), (")", None)),
        p("Armateur"),
        p("N° licence"),
        p("Début"),
        p("Fin"),
    ]


def _table_line(page: PageText, cells: Sequence[Cell], outer: bool, pad: str) -> None:
    if outer:
        page.add("|" + pad)
    for i, cell in enumerate(cells):
        if i:
            page.add(pad + "|" + pad)
        page.cell(cell)
    page.add(pad + "|\n" if outer else "\n")


def _intro(page: PageText, kind: str, style: dict[str, str], rng: random.Random) -> None:
    if kind == "licence":
        state, ministry, area = _LICENCE_ISSUERS[int(style["issuer"])]
        page.line("# ", state)
        page.line("## ", ministry)
        page.add("\n")
        page.line(
            "**Liste des navires étrangers titulaires d'une licence de pêche "
            f"{EN_DASH} campagne {style['year']}**"
        )
        page.add("\n")
        page.add("Type de licence : ").add(
            rng.choice(("licence de pêche thonière", "licence de pêche")), "AUTH_TYPE"
        )
        page.add("\n\n")
        page.add("Zone autorisée : ZEE, zone FAO ").add(area, "FAO_AREA_CODE").add("\n\n")
    else:
        code, name = next(r for r in _RFMO_FR if r[0] == style["rfmo"])
        page.add("# Extrait du registre des navires autorisés de la ").add(code, "RFMO_CODE").add(
            "\n\n"
        )
        page.line(f"{name} {EN_DASH} extrait au {style['updated']}")
        page.add("\n")
    species: list[Frag] = []
    for fr, code in rng.sample(_SPECIES_FR, rng.randint(2, 4)):
        if species:
            species.append((", ", None))
        species += [(fr, "SPECIES_NAME"), (" (", None), (code, "SPECIES_NAME"), (")", None)]
    page.line("Espèces cibles : ", *species)
    page.add("\n")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    kind = rng.choice(("licence", "licence", "rfmo"))
    year = rng.choice((2024, 2025, 2026))
    style = {
        "issuer": str(rng.randrange(len(_LICENCE_ISSUERS))),
        "rfmo": rng.choice(("CTOI", "CICTA")),
        "flag": rng.choice(("iso", "name", "name")),
        "sep": rng.choice(_SEPARATORS),
        "year": str(year),
        "date": rng.choice(("dmy", "dmy", "long_fr", "dmy.")),
        "owner": str(rng.randint(0, 2)),
        "blank": rng.choice(("", EN_DASH, "néant", "-")),
        "prefix": rng.choice(("LP", "LIC", "PT")),
        "updated": d.fmt_date(date(year, rng.randint(1, 12), rng.randint(1, 28)), "long_fr"),
    }
    outer, pad = rng.random() < 0.8, rng.choice((" ", " ", ""))
    rule = rng.choice(("---", ":---", "-----", "---"))
    header = _header()
    if kind == "rfmo":
        header[8] = p("N° registre")
    total = rng.choice((1, 2, 2, 3))
    pages: list[PageDraft] = []
    num = 1
    for page_num in range(1, total + 1):
        page = PageText()
        if page_num == 1:
            _intro(page, kind, style, rng)
        else:
            page.line(f"*(suite {EN_DASH} page {page_num})*")
            page.add("\n")
        _table_line(page, header, outer, pad)
        _table_line(page, [p(rule)] * len(header), outer, pad)
        for v in d.pick(vessels, rng, rng.randint(6, 10), d.has_particulars):
            _table_line(page, _row(v, num, kind, style, rng), outer, pad)
            num += 1
        page.add("\n")
        if page_num == total:
            when = date(year, rng.randint(1, 12), rng.randint(1, 28))
            page.line(f"Arrêté le {d.fmt_date(when, 'long_fr')}. Le Directeur général")
        page.line(f"Page {page_num}/{total}")
        pages.append(draft(page))
    return pages
