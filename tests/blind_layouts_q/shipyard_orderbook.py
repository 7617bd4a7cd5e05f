"""A shipyard's order book and delivery list: hull and yard numbers, owners, the vessel's name
once delivered (with IMO and flag), and orders not yet delivered (TBN)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from ._page import PageDraft, Piece

LAYOUT = "shipyard_orderbook"

# yard country -> [(yard, town, hull prefix)]
_YARDS = {
    "CHN": (
        ("Haixin Marine Shipbuilding Co., Ltd", "Zhoushan", "HX"),
        ("Rongwan Heavy Industry Shipyard", "Rongcheng", "RW"),
        ("Minjiang Fishing Vessel Works", "Fuzhou", "MJ"),
    ),
    "TWN": (
        ("Chien Yu Shipbuilding Corp.", "Kaohsiung", "CY"),
        ("Nanfang Marine Industry Co.", "Su'ao", "NF"),
    ),
    "JPN": (
        ("Kitagawa Zosen K.K.", "Shimizu", "KZ"),
        ("Sanriku Shipyard Co., Ltd", "Ishinomaki", "S"),
    ),
    "KOR": (("Daeyang Shipbuilding Co.", "Busan", "DY"),),
    "ESP": (
        ("Astilleros Ría de Arousa S.A.", "Vilanova de Arousa", "C-"),
        ("Construcciones Navales del Cantábrico", "Bermeo", "CN"),
    ),
    "FRA": (("Chantiers Navals de l'Odet", "Concarneau", "CO"),),
    "NOR": (("Vestfjord Verft AS", "Bodø", "VV"),),
}
_T = {
    "en": {
        "title": "ORDER BOOK AND DELIVERY LIST",
        "place": "Shipyard",
        "loc": "Location",
        "country": "Country",
        "status": "Status as at",
        "delivered": "Delivered",
        "on_order": "On order",
        "tbn": "TBN",
        "keys": ("Yard No.", "Hull No.", "Type", "Owner", "Contract", "Name", "Flag", "Class"),
    },
    "es": {
        "title": "CARTERA DE PEDIDOS Y ENTREGAS",
        "place": "Astillero",
        "loc": "Localidad",
        "country": "País",
        "status": "Situación a",
        "delivered": "Entregado",
        "on_order": "En cartera",
        "tbn": "Sin nombre (TBN)",
        "keys": (
            "N.º constr.",
            "Casco",
            "Tipo",
            "Armador",
            "Contrato",
            "Nombre",
            "Pabellón",
            "Clase",
        ),
    },
    "fr": {
        "title": "CARNET DE COMMANDES ET LIVRAISONS",
        "place": "Chantier",
        "loc": "Localité",
        "country": "Pays",
        "status": "Situation au",
        "delivered": "Livré",
        "on_order": "En commande",
        "tbn": "À nommer (TBN)",
        "keys": (
            "N° chantier",
            "N° de coque",
            "Type",
            "Armateur",
            "Contrat",
            "Nom",
            "Pavillon",
            "Classe",
        ),
    },
}
_FILL = (
    "Delivery dates of vessels on order are estimates and subject to change without notice.",
    "Main engines: 1 x four-stroke diesel; refrigeration plant to -55 °C brine/air blast.",
    "Figures in this list are for information only and do not form part of any contract.",
    "Sales department: tel. +00 000 0000 000, fax +00 000 0000 001.",
    "Hull numbers are assigned at contract signature; yard numbers at keel laying.",
)


def _delivered(
    rng: random.Random, lang: str, i: C.Ident, yard_no: str, hull_no: str, style: str
) -> PageDraft:
    t = _T[lang]
    k = t["keys"]
    block = PageDraft()
    block.line(
        f"{k[0]} ",
        (yard_no, "OTHER_EXT_ID"),
        f"   {k[1]} ",
        (hull_no, "OTHER_EXT_ID"),
        f"   {k[2]}: {C.gear_text(i.vessel.gear, lang)}",
    )
    block.line(f"   {k[3]}: ", (C.owner_of(rng, i), "ASSOC_NAME"))
    year = C.build_year(i.vessel)
    contract = C.rand_date(rng, int(year or 2015) - 2, int(year or 2015) - 1)
    status: list[Piece] = [f"   {k[4]}: {C.fmt_date(contract, style, lang)}   {t['delivered']}: "]
    status.append((year, "BUILD_YEAR") if year else ("yes", None))
    block.line(*status)
    flag = C.flag_text(rng, i.flag, lang)
    block.add(f"   {k[5]}: ", (i.name, "VESSEL_NAME"), "   IMO ")
    block.add((i.imo, "IMO") if i.imo else ("—", None))
    block.line(f"   {k[6]}: ", (flag, "FLAG") if flag else ("—", None))
    gt = C.metric_number(i.vessel.gross_tonnage)
    loa = C.metric_number(i.vessel.length_m)
    dims: list[Piece] = ["   "]
    if gt:
        dims += [("GT", "METRIC_TYPE"), " ", (gt, "METRIC_VALUE"), " / "]
    if loa:
        dims += [
            ("LOA", "METRIC_TYPE"),
            " ",
            (loa, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
            " / ",
        ]
    dims += [("ME", "METRIC_TYPE"), " ", (C.engine_kw(rng, gt), "METRIC_VALUE"), " "]
    dims += [("kW", "METRIC_UNIT")]
    block.line(*dims)
    return block


def _on_order(
    rng: random.Random, lang: str, yard_no: str, hull_no: str, iso3: str | None
) -> PageDraft:
    t = _T[lang]
    k = t["keys"]
    block = PageDraft()
    # Orders not yet delivered: yard and hull numbers are of a vessel not yet built; still
    # labelled OTHER_EXT_ID (they identify the hull), the owner is ASSOC_NAME.
    block.line(f"{k[0]} ", (yard_no, "OTHER_EXT_ID"), f"   {k[1]} ", (hull_no, "OTHER_EXT_ID"))
    block.line(f"   {k[3]}: ", (C.company(rng, iso3), "ASSOC_NAME"))
    contract = C.rand_date(rng, 2023, 2025)
    block.line(
        f"   {k[4]}: {C.fmt_date(contract, 'iso')}   {t['on_order']} — ETA Q{rng.randint(1, 4)} "
        f"{contract.year + rng.randint(1, 2)}   {k[5]}: {t['tbn']}"
    )
    block.line(
        f"   {rng.randint(48, 88)} m design {C.ref_no(rng, 'AA-99')}, "
        f"est. {rng.randint(5, 40)}0 t hold"
    )
    return block


def _hull(prefix: str, number: int) -> str:
    return f"{prefix}{number}" if prefix.endswith("-") else f"{prefix}-{number}"


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "en", "es", "fr"))
    fleet = C.same_flag_first(
        rng, vessels, rng.randint(4, 12), lambda i: C.has_ids(i) and bool(C.build_year(i.vessel))
    )
    if lang == "es":
        yard_country = "ESP"
    elif lang == "fr":
        yard_country = "FRA"
    else:
        yard_country = (
            fleet[0].flag if fleet[0].flag in _YARDS else rng.choice(("CHN", "JPN", "NOR"))
        )
    yard, town, prefix = rng.choice(_YARDS[yard_country])
    t = _T[lang]
    style = C.date_style(rng, lang)
    status_day = C.rand_date(rng, 2024, 2025)

    def header(page_no: int) -> PageDraft:
        head = PageDraft()
        head.line(f"{t['title']} — {t['place']}: ", (yard, "BUILDER_LOCATION"))
        head.line(
            f"{t['loc']}: ",
            (town, "BUILDER_LOCATION"),
            f"   {t['country']}: ",
            (C.country(yard_country, lang) or yard_country, "BUILD_COUNTRY"),
        )
        head.line(f"{t['status']} {C.fmt_date(status_day, style, lang)}   p. {page_no}")
        head.line(f"Tel. {C.phone(rng, '+00')}   Ref. {C.ref_no(rng, 'OB-9999/99')}")
        head.line("=" * 70)
        return head

    number = rng.randint(100, 900)
    pages = [header(1)]
    rows: list[PageDraft] = []
    for i in sorted(fleet, key=lambda x: C.build_year(x.vessel) or "9999"):
        number += rng.randint(1, 3)
        hull = _hull(prefix, number)
        yard_no = f"{rng.randint(1, 9)}{number:03d}"
        if C.build_year(i.vessel):
            rows.append(_delivered(rng, lang, i, yard_no, hull, style))
        else:
            rows.append(_on_order(rng, lang, yard_no, hull, i.flag))
    for _ in range(rng.randint(1, 3)):
        number += rng.randint(1, 3)
        rows.append(
            _on_order(
                rng, lang, f"{rng.randint(1, 9)}{number:03d}", _hull(prefix, number), fleet[0].flag
            )
        )
    for row in rows:
        if not pages[-1].fits(row, 2600):
            if len(pages) == 3:
                break
            pages.append(header(len(pages) + 1))
        pages[-1].extend(row)
        pages[-1].line("")
    for page in pages:
        page.pad(rng, _FILL, rng.randint(760, 900))
    return pages
