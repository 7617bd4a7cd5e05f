"""A coastal State's list of licensed foreign vessels printed in two columns, as PDF text
extraction merges it: each line holds the left record's key and value, a wide gap, then the
right record's key and value. English or French."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece
from ._vocab import Profile, country, decimal, fmt_date, profile, validity

LAYOUT = "side_by_side"

_KEYS = {
    "en": {
        "name": "Vessel name",
        "flag": "Flag",
        "ircs": "Call sign",
        "imo": "IMO No.",
        "mmsi": "MMSI",
        "gt": "Gross tonnage",
        "loa": "Length",
        "owner": "Owner",
        "agent": "Local agent",
        "licence": "Licence No.",
        "type": "Licence type",
        "valid": "Valid",
    },
    "fr": {
        "name": "Nom du navire",
        "flag": "Pavillon",
        "ircs": "Indicatif d'appel",
        "imo": "N° OMI",
        "mmsi": "MMSI",
        "gt": "Jauge brute",
        "loa": "Longueur hors tout",
        "owner": "Armateur",
        "agent": "Consignataire",
        "licence": "N° de licence",
        "type": "Type de licence",
        "valid": "Validité",
    },
}
_TYPES = {
    "en": ("Fishing licence", "Longline fishing licence", "Purse seine fishing licence", "Carrier"),
    "fr": (
        "Licence de pêche",
        "Licence de pêche palangrière",
        "Licence senneur",
        "Navire transporteur",
    ),
}
_AGENTS = (
    ("OCEANA MARITIME SERVICES", "Victoria"),
    ("INDIAN OCEAN SHIPPING AGENCY LTD", "Port Louis"),
    ("SOCIÉTÉ DE CONSIGNATION DU PORT", "Antsiranana"),
    ("PACIFIC PORT AGENCIES", "Tarawa"),
)
_AUTHORITIES = {
    "en": (
        "Seychelles Fishing Authority",
        "Ministry of Fisheries and Marine Resources Development",
    ),
    "fr": ("Ministère de la Pêche et de l'Économie bleue", "Direction des pêches maritimes"),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "fr" if rng.random() < 0.35 else "en"
    style: dict[str, object] = {
        "colon": rng.choice((": ", " : ", ":  "))
        if lang == "fr"
        else rng.choice((": ", ":  ", " - ")),
        "date": rng.choice(("dmy_slash", "dmy_dot", "d_mon_y", "long")),
        "right_col": rng.randint(52, 70),
        "units_sep": rng.choice((" ", "")),
    }
    start, end = validity(rng)
    page_count = rng.choice((1, 2, 2))
    pool = rng.sample(list(vessels), min(len(vessels), page_count * 6))
    pages: list[PageDraft] = []
    number = 1
    for page_num in range(1, page_count + 1):
        b = PageBuilder()
        if page_num == 1:
            b.line(rng.choice(_AUTHORITIES[lang]).upper())
            title = (
                "LISTE DES NAVIRES ÉTRANGERS LICENCIÉS"
                if lang == "fr"
                else "LIST OF LICENSED FOREIGN FISHING VESSELS"
            )
            b.line(f"{title} — {start.year}")
        else:
            b.line(f"({'suite' if lang == 'fr' else 'continued'})")
        b.newline()
        for _ in range(rng.randint(2, 3)):
            if len(pool) < 1:
                break
            left = _record(profile(pool.pop(), rng), number, rng, lang, style, start, end)
            right = (
                _record(profile(pool.pop(), rng), number + 1, rng, lang, style, start, end)
                if pool
                else []
            )
            number += 2
            for index in range(max(len(left), len(right))):
                if index < len(left):
                    b.pieces(left[index])
                if index < len(right):
                    b.pad_to(int(str(style["right_col"])), 3).pieces(right[index])
                b.newline()
            b.newline()
        b.line(f"{page_num}/{page_count}")
        pages.append(b.draft())
        if not pool:
            break
    return pages


def _record(
    p: Profile,
    number: int,
    rng: random.Random,
    lang: str,
    style: dict[str, object],
    start: dt.date,
    end: dt.date,
) -> list[list[Piece]]:
    keys = _KEYS[lang]
    colon = str(style["colon"])
    unit_sep = str(style["units_sep"])
    lines: list[list[Piece]] = [
        [(f"{number}. ", None), (f"{keys['name']}{colon}", None), (p.name, "VESSEL_NAME")]
    ]
    indent = " " * len(f"{number}. ")

    def add(key: str, pieces: list[Piece], key_label: str | None = None) -> None:
        lines.append([(indent, None), (key, key_label), (colon, None), *pieces])

    if p.flag:
        add(keys["flag"], [(country(p.flag, lang), "FLAG")])
    if p.ircs:
        add(keys["ircs"], [(p.ircs, "IRCS")])
    if p.imo:
        add(keys["imo"], [(p.imo, "IMO")])
    if p.mmsi and rng.random() < 0.7:
        add(keys["mmsi"], [(p.mmsi, "MMSI")])
    comma = lang == "fr"
    if p.gross_tonnage:
        unit = rng.choice(("GT", "GRT", "TJB")) if lang == "fr" else rng.choice(("GT", "GRT"))
        add(
            keys["gt"],
            [(p.gross_tonnage, "METRIC_VALUE"), (unit_sep, None), (unit, "METRIC_UNIT")],
            "METRIC_TYPE",
        )
    if p.length_m:
        add(
            keys["loa"],
            [(decimal(p.length_m, comma), "METRIC_VALUE"), (unit_sep, None), ("m", "METRIC_UNIT")],
            "METRIC_TYPE",
        )
    if p.owner:
        add(keys["owner"], [(p.owner, "ASSOC_NAME")])
    if rng.random() < 0.5:
        agent, city = rng.choice(_AGENTS)
        add(keys["agent"], [(agent, "ASSOC_NAME"), (", ", None), (city, "CITY")])
    add(keys["licence"], [(p.licence_no, "LICENSE_NO")])
    add(keys["type"], [(rng.choice(_TYPES[lang]), "AUTH_TYPE")])
    date_style = str(style["date"])
    joiner = (
        rng.choice((" \u2013 ", " - ", " au "))
        if lang == "fr"
        else rng.choice((" \u2013 ", " - ", " to "))
    )
    add(
        keys["valid"],
        [
            (fmt_date(start, date_style, lang), "START_DATE"),
            (joiner, None),
            (fmt_date(end, date_style, lang), "END_DATE"),
        ],
    )
    return [[piece for piece in line if piece[0]] for line in lines]
