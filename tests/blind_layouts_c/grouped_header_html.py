"""An RFMO record extract whose table has a two-row grouped header (e.g. 'Identifiers' over
IMO/IRCS/MMSI, 'Dimensions' over LOA/GT, 'Authorisation' over From/To) as DeepSeek-OCR emits it:
one-line HTML with rowspan/colspan cells, Markdown headings around it, the header repeated on
every page, owners with their role in the same cell."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "grouped_header_html"

_GROUPS = {
    "ids": (
        ("Identifiers", "Identification", "Vessel identifiers"),
        ("imo", "ircs", "mmsi", "rfmo_id"),
    ),
    "dims": (("Dimensions", "Characteristics", "Size"), ("loa", "gt")),
    "auth": (("Authorisation", "Period of authorisation", "Authorized period"), ("from", "to")),
}
_SUB = {
    "imo": ("IMO", "IMO No.", "LR/IMO"),
    "ircs": ("IRCS", "Call sign"),
    "mmsi": ("MMSI",),
    "rfmo_id": ("{rfmo} No.", "{rfmo} VID", "RFMO ID"),
    "loa": ("LOA (m)", "Length (m)"),
    "gt": ("GT", "Tonnage (GT)", "GRT"),
    "from": ("From", "Start"),
    "to": ("To", "End"),
}
_SINGLE = {
    "no": ("No.", "#", "Ref."),
    "name": ("Vessel name", "Name of vessel", "Name"),
    "flag": ("Flag", "Flag State"),
    "port": ("Port of registry", "Home port"),
    "owner": ("Owner / operator", "Owner", "Company"),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    page_count = rng.choice((1, 2, 2, 3))
    per_page = rng.randint(5, 10)
    fleet = v.pick(rng, v.ships(vessels), page_count * per_page)
    page_count = -(-len(fleet) // per_page)
    body = rng.choice([r for r in v.RFMOS if r.code in ("WCPFC", "IOTC", "IATTC", "ICCAT", "NPFC")])
    # The header: single columns and groups in one of a few orders, sub-columns shuffled.
    groups = {
        key: (
            rng.choice(titles),
            [c for c in members if c not in ("rfmo_id",) or rng.random() < 0.6],
        )
        for key, (titles, members) in _GROUPS.items()
    }
    if rng.random() < 0.4:  # the identifiers come in any order; a period is always from-to
        rng.shuffle(groups["ids"][1])
    port_column = ["port"] if rng.random() < 0.5 else []
    layout: list[str] = ["no", "name", "flag", "ids", "dims", *port_column, "auth", "owner"]
    if rng.random() < 0.3:
        layout.remove("flag")
        layout.insert(layout.index("dims") + 1, "flag")
    labels = {key: rng.choice(names) for key, names in _SINGLE.items()}
    sub_labels = {key: rng.choice(names).format(rfmo=body.code) for key, names in _SUB.items()}
    date_style = rng.choice(("d/m/Y", "Y-m-d", "d-MON-Y", "d Month Y"))
    missing = rng.choice(("", "—", "-", "N/A"))
    tag = "th" if rng.random() < 0.3 else "td"
    uses_thead = tag == "th" and rng.random() < 0.5
    flag_as_code = rng.random() < 0.4

    def header_html() -> str:
        first, second = [], []
        for key in layout:
            if key in groups:
                title, members = groups[key]
                first.append(f'<{tag} colspan="{len(members)}">{title}</{tag}>')
                second += [f"<{tag}>{sub_labels[m]}</{tag}>" for m in members]
            else:
                first.append(f'<{tag} rowspan="2">{labels[key]}</{tag}>')
        return f"<tr>{''.join(first)}</tr><tr>{''.join(second)}</tr>"

    def row(number: int, s: v.Ship) -> list[list[Piece]]:
        start, end = v.validity(rng)
        port, _ = v.home_port(s, rng)
        values: dict[str, list[Piece]] = {
            "no": [(str(number), None)],
            "name": [(s.name, "VESSEL_NAME")],
            "flag": [
                (
                    v.country(s.flag).iso3 if flag_as_code else v.country_name(s.flag, "en", rng),
                    "FLAG",
                )
            ]
            if s.flag
            else [],
            "port": [(port, "HOME_PORT")] if port else [],
            "imo": [(s.imo, "IMO")] if s.imo else [],
            "ircs": [(s.ircs, "IRCS")] if s.ircs else [],
            "mmsi": [(s.mmsi, "MMSI")] if s.mmsi else [],
            "rfmo_id": [(v.rfmo_id(body.code, s, rng), "RFMO_ID")],
            "loa": [(v.fmt_dec(v.derived_loa(s), "en"), "METRIC_VALUE")],
            "gt": [(v.fmt_int(v.derived_gt(s), "en", rng), "METRIC_VALUE")],
            "from": [(v.fmt_date(start, date_style), "START_DATE")],
            "to": [(v.fmt_date(end, date_style), "END_DATE")],
            "owner": _owner_cell(s, rng),
        }
        cells = []
        for key in layout:
            for member in groups[key][1] if key in groups else [key]:
                cells.append(values[member] or [(missing, None)])
        return cells

    pages: list[PageDraft] = []
    intro_date = v.fmt_date(v.some_day(rng, 2024, 2026), date_style)
    for number in range(1, page_count + 1):
        page = PageBuilder()
        if number == 1:
            page.line(
                ("# ", None),
                (body.code, "RFMO_CODE"),
                (rng.choice((" Record of Fishing Vessels", " Record of Authorized Vessels")), None),
            )
            page.newline()
            page.line(
                (f"Extract generated on {intro_date}. Vessels notified by the flag CCMs.", None)
            )
            page.newline()
        else:
            page.line((f"Table 1 (continued) — page {number}", None)).newline()
        page.text("<table>")
        if uses_thead:
            page.text(f"<thead>{header_html()}</thead><tbody>")
        else:
            page.text(header_html())
        chunk = fleet[(number - 1) * per_page : number * per_page]
        for offset, s in enumerate(chunk, start=(number - 1) * per_page + 1):
            page.text("<tr>")
            for cell in row(offset, s):
                page.text("<td>").put(*cell).text("</td>")
            page.text("</tr>")
        page.text("</tbody></table>" if uses_thead else "</table>")
        page.newline()
        if number == page_count:
            page.newline().line(
                (rng.choice(("Source: RFMO Secretariat.", "End of table.", "")), None)
            )
        pages.append(page.build())
    return pages


def _owner_cell(s: v.Ship, rng: random.Random) -> list[Piece]:
    name = v.owner(s, rng)
    style = rng.random()
    if style < 0.4:
        return [(name, "ASSOC_NAME")]
    role = rng.choice(("Owner", "Operator", "Manager"))
    if style < 0.75:
        return [(name, "ASSOC_NAME"), (" (", None), (role, "ASSOC_ROLE"), (")", None)]
    return [(role, "ASSOC_ROLE"), (": ", None), (name, "ASSOC_NAME")]
