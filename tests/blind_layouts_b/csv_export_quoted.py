"""Layout `csv_export_quoted`: a comma-separated export of an authorised-vessel list with a
header row and quoted fields ("…","…"), commas inside quoted owner names and addresses, empty
fields for missing values; pages after the first continue the rows without the header.

Test-only blind evaluation data, written without reading the rule-based extractor. Gold spans
never include the quotes; an address cell holds ADDRESS, CITY and COUNTRY_CODE spans.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import EMPTY, Cell, PageDraft, PageText, cell_text, draft, joined, lab
from ._page import plain as p

LAYOUT = "csv_export_quoted"

_AUTH = ("Fishing", "Carrier", "Transhipment", "Fishing", "Bunkering")


def _columns(rng: random.Random) -> list[tuple[str, Cell]]:
    """(key, header cell) in export order; metric headers carry METRIC_TYPE/METRIC_UNIT."""
    length_word = rng.choice(("LOA", "Length", "Length Overall"))
    columns: list[tuple[str, Cell]] = [
        ("rfmo", p("RFMO")),
        ("record", p(rng.choice(("Record ID", "Vessel ID", "Registry Number")))),
        ("name", p(rng.choice(("Vessel Name", "Name", "vessel_name")))),
        ("flag", p(rng.choice(("Flag", "Flag State")))),
        ("imo", p(rng.choice(("IMO", "IMO Number")))),
        ("ircs", p(rng.choice(("IRCS", "Call Sign")))),
        ("mmsi", p("MMSI")),
        ("reg", p(rng.choice(("Registration No", "National Registry No")))),
        ("cfr", p("CFR")),
        ("port", p(rng.choice(("Home Port", "Port of Registry")))),
        ("gt", lab(rng.choice(("GT", "GRT", "Gross Tonnage")), "METRIC_TYPE")),
        ("loa", ((length_word, "METRIC_TYPE"), (" (", None), ("m", "METRIC_UNIT"), (")", None))),
        ("owner", p(rng.choice(("Owner", "Owner Name", "Owner/Operator")))),
        ("address", p("Owner Address")),
        ("auth", p(rng.choice(("Authorization Type", "Auth Type")))),
        ("from", p(rng.choice(("Authorized From", "Start Date", "Valid From")))),
        ("to", p(rng.choice(("Authorized To", "End Date", "Valid To")))),
        ("areas", p("FAO Areas")),
    ]
    for key, chance in (("address", 0.4), ("areas", 0.4), ("cfr", 0.5)):
        if rng.random() < chance:
            columns.remove(next(c for c in columns if c[0] == key))
    return columns


def _values(v: Vessel, rfmo: str, style: dict[str, str], rng: random.Random) -> dict[str, Cell]:
    iso3 = d.flag_code(v)
    start, end = d.validity(rng, int(style["year"]))
    fmt = style["date"]
    addr = d.address(v, rng)
    address = (
        (addr.street, "ADDRESS"),
        (", ", None),
        (addr.city, "CITY"),
        (", ", None),
        (addr.country, "COUNTRY_CODE"),
    )
    info = d.RFMOS[rfmo]
    areas = rng.sample(info.areas, min(len(info.areas), rng.randint(1, 3)))
    return {
        "rfmo": lab(rfmo, "RFMO_CODE"),
        "record": lab(d.rfmo_id(rfmo, v, iso3), "RFMO_ID"),
        "name": lab(v.name, "VESSEL_NAME"),
        "flag": lab(iso3, "FLAG") if iso3 else EMPTY,
        "imo": lab(v.imo, "IMO") if v.imo else p(style["no_imo"]),
        "ircs": lab(v.ircs, "IRCS") if v.ircs else EMPTY,
        "mmsi": lab(v.mmsi, "MMSI") if v.mmsi else EMPTY,
        "reg": lab(d.national_reg(v), "NATIONAL_REG_NO") if rng.random() < 0.8 else EMPTY,
        "cfr": lab(cfr, "EU_CFR") if (cfr := d.eu_cfr(v)) else EMPTY,
        "port": lab(d.home_port(v, rng, invent=False) or "", "HOME_PORT") if v.port else EMPTY,
        "gt": lab(v.gross_tonnage, "METRIC_VALUE") if v.gross_tonnage else EMPTY,
        "loa": lab(v.length_m, "METRIC_VALUE") if v.length_m else EMPTY,
        "owner": lab(d.owner_name(v, rng, 1), "ASSOC_NAME"),
        "address": address if rng.random() < 0.8 else EMPTY,
        "auth": lab("Carrier" if v.gear == "CARRIER" else rng.choice(_AUTH), "AUTH_TYPE"),
        "from": lab(d.fmt_date(start, fmt), "START_DATE"),
        "to": lab(d.fmt_date(end, fmt), "END_DATE"),
        "areas": joined([lab(a, "FAO_AREA_CODE") for a in areas], style["area_sep"]),
    }


def _write(page: PageText, cells: Sequence[Cell], quote_all: bool) -> None:
    for i, cell in enumerate(cells):
        if i:
            page.add(",")
        quoted = quote_all or "," in cell_text(cell)
        if quoted:
            page.add('"')
        page.cell(cell)
        if quoted:
            page.add('"')
    page.add("\n")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(("WCPFC", "IOTC", "NPFC", "SPRFMO", "ICCAT", "SIOFA"))
    columns = _columns(rng)
    style = {
        "year": str(rng.choice((2024, 2025, 2026))),
        "date": rng.choice(("iso", "iso", "dmy", "mdy", "d-mon-y")),
        "no_imo": rng.choice(("", "", "0", "N/A")),
        "area_sep": rng.choice(("; ", ";", ", ", "|")),
    }
    quote_all = rng.random() < 0.7
    total = rng.choice((1, 2, 3))
    pages: list[PageDraft] = []
    for num in range(1, total + 1):
        page = PageText()
        if num == 1:
            _write(page, [header for _, header in columns], quote_all)
        for v in d.pick(vessels, rng, rng.randint(7, 11)):
            values = _values(v, rfmo, style, rng)
            _write(page, [values[key] for key, _ in columns], quote_all)
        pages.append(draft(page))
    return pages
