"""One vessel per page from an RFMO record of fishing vessels (WCPFC RFV / IOTC / SPRFMO style):
sections for vessel details, owner and operator, master and authorisation; keys on the left,
values far to the right, long values wrapped onto the next line under the value column."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece
from ._vocab import RFMOS, SPECIES, Profile, country, fmt_date, profile, some_day, validity

LAYOUT = "rfv_record"

_ID_KEY = {
    "WCPFC": "WCPFC VID",
    "IOTC": "IOTC number",
    "SPRFMO": "SPRFMO vessel ID",
    "NPFC": "NPFC vessel ID",
    "ICCAT": "ICCAT serial number",
}
_AUTH_TYPES = (
    "Fishing",
    "Fishing licence",
    "Fishing (high seas)",
    "Transhipment at sea",
    "Carrier",
)
_VESSEL_TYPES = {
    "Drifting longlines": "Longliner",
    "Set longlines": "Longliner",
    "Squid jigging": "Squid jigger",
    "Bottom trawls": "Trawler",
    "Purse seine": "Purse seiner",
    "Pole and line": "Pole and line vessel",
}
_SPECIES_NAMES = {code: english for code, english, *_ in SPECIES}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(sorted(_ID_KEY))
    count = rng.choice((1, 1, 2, 3))
    style: dict[str, object] = {
        "value_col": rng.randint(40, 58),
        "value_width": rng.randint(26, 40),
        "upper_sections": rng.random() < 0.5,
        "date": rng.choice(("iso", "dmy_slash", "d_mon_y", "mon_upper")),
        "nil": rng.choice(("NIL", "None", "-", "N/A")),
    }
    printed = fmt_date(some_day(rng, 2024, 2026), str(style["date"]))
    return [
        _page(profile(vessel, rng, rfmo), rng, rfmo, style, printed, index + 1, count)
        for index, vessel in enumerate(rng.sample(list(vessels), min(count, len(vessels))))
    ]


def _page(
    p: Profile,
    rng: random.Random,
    rfmo: str,
    style: dict[str, object],
    printed: str,
    page_num: int,
    page_count: int,
) -> PageDraft:
    value_col = int(str(style["value_col"]))
    value_width = int(str(style["value_width"]))
    nil = str(style["nil"])
    date_style = str(style["date"])
    b = PageBuilder()
    b.add(rfmo, "RFMO_CODE").add(" Record of Fishing Vessels").pad_to(value_col + value_width - 8)
    b.line(f"Printed {printed}")
    b.line("Vessel details report")
    b.newline()

    def section(title: str) -> None:
        b.newline().line(title.upper() if style["upper_sections"] else title)

    def row(key: str, pieces: list[Piece] | None, key_label: str | None = None) -> None:
        b.add("  ").add(key, key_label).pad_to(value_col, 2)
        if not pieces:
            b.add(nil)
        for text, label in pieces or []:
            _wrapped(b, text, label, value_col, value_width)
        b.newline()

    def metric(key: str, value: str | None, unit: str) -> None:
        row(
            key,
            [(value, "METRIC_VALUE"), (" ", None), (unit, "METRIC_UNIT")] if value else None,
            "METRIC_TYPE" if value else None,
        )

    section("Vessel details")
    row("Vessel name", [(p.name, "VESSEL_NAME")])
    row("Flag", [(country(p.flag), "FLAG")] if p.flag else None)
    row(_ID_KEY[rfmo], [(p.rfmo_id, "RFMO_ID")])
    row("Registration number", [(p.national_reg_no, "NATIONAL_REG_NO")])
    row("IMO / LR number", [(p.imo, "IMO")] if p.imo else None)
    row("International radio call sign", [(p.ircs, "IRCS")] if p.ircs else None)
    row("MMSI", [(p.mmsi, "MMSI")] if p.mmsi else None)
    port: list[Piece] = [(p.home_port, "HOME_PORT")] if p.home_port else []
    if port and rng.random() < 0.5:
        port += [(", ", None), (country(p.home_port_state), "HOME_PORT_STATE")]
    row("Port of registry", port)
    row("Previous names", [(p.former_name, "NAME_CHANGE")] if p.former_name else None)
    row("Previous flag", None)
    row(
        "Vessel type",
        [(_VESSEL_TYPES.get(p.gear, "Fishing vessel"), None)],
    )
    row("Fishing methods", [(p.gear, None)])
    metric(rng.choice(("Length", "Length overall", "LOA")), p.length_m, "m")
    metric(rng.choice(("Moulded depth", "Depth")), f"{rng.uniform(3.2, 8.5):.2f}", "m")
    metric("Beam", p.beam_m, "m")
    metric(rng.choice(("Gross tonnage", "Tonnage")), p.gross_tonnage, rng.choice(("GT", "GRT")))
    metric(rng.choice(("Engine power", "Power of main engine(s)")), str(p.engine_kw), "kW")
    metric("Fish hold capacity", str(rng.randrange(80, 1500, 10)), rng.choice(("m3", "m³")))
    built: list[Piece] = []
    if p.build_place:
        built = [(p.build_place[0], "BUILDER_LOCATION"), (", ", None)]
        built.append((country(p.build_place[1]), "BUILD_COUNTRY"))
    row("Where built", built)
    row("When built", [(p.build_year, "BUILD_YEAR")] if p.build_year else None)

    section("Owner / operator")
    row("Owner name", [(p.owner, "ASSOC_NAME")] if p.owner else None)
    address = p.owner_address
    b.add("  ").add("Owner address").pad_to(value_col, 2).add(address.street, "ADDRESS")
    b.newline().pad_to(value_col).add(address.city, "CITY")
    if address.state:
        b.add(", ").add(address.state, "STATE")
    b.add(", ").add(country(address.country), "COUNTRY_CODE").newline()
    row("Owner registration no.", [(p.owner_reg_no, "REG_NO")] if rng.random() < 0.6 else None)
    if p.operator and p.operator != p.owner:
        row("Operator name", [(p.operator, "ASSOC_NAME")])
    else:
        row("Operator name", [(rng.choice(("Same as owner", "As above")), None)])

    section("Master")
    row("Name of master", [(p.master, "ASSOC_NAME")])
    row("Nationality of master", [(country(p.master_nationality), "COUNTRY_CODE")])

    section("Authorisation")
    start, end = validity(rng)
    row("Type of authorisation", [(rng.choice(_AUTH_TYPES), "AUTH_TYPE")])
    row("Authorisation number", [(p.licence_no, "LICENSE_NO")])
    row(
        "Period of authorisation",
        [
            (fmt_date(start, date_style), "START_DATE"),
            (" to ", None),
            (fmt_date(end, date_style), "END_DATE"),
        ],
    )
    areas, species = RFMOS[rfmo]
    chosen_areas = sorted(rng.sample(areas, rng.randint(1, len(areas))))
    area_pieces: list[Piece] = [("FAO ", None)]
    for index, area in enumerate(chosen_areas):
        area_pieces += [(", ", None)] if index else []
        area_pieces.append((area, "FAO_AREA_CODE"))
    row("Areas authorised", area_pieces)
    as_names = rng.random() < 0.5
    species_pieces: list[Piece] = []
    for index, code in enumerate(rng.sample(species, rng.randint(1, min(3, len(species))))):
        species_pieces += [(", ", None)] if index else []
        species_pieces.append((_SPECIES_NAMES[code] if as_names else code, "SPECIES_NAME"))
    row("Species authorised", species_pieces)
    b.newline().line(f"Page {page_num} of {page_count}")
    return b.draft()


def _wrapped(b: PageBuilder, text: str, label: str | None, column: int, width: int) -> None:
    """Appends text, breaking it at spaces once a line passes the value column's width; a
    labelled value stays one span across the break, as an annotator selects it."""
    if b.column + len(text) <= column + width or " " not in text:
        b.add(text, label)
        return
    room = column + width - b.column
    head, _, _ = text[: room + 1].rpartition(" ")
    if not head:
        b.add(text, label)
        return
    rest = text[len(head) + 1 :]
    joined = f"{head}\n{' ' * column}{rest}"
    b.add(joined, label)
