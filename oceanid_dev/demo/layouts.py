"""The four demo document layouts, each drawn on a `Sheet` with its entity values labelled."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from oceanid_dev.demo.sheet import Column, Part, Sheet
from oceanid_dev.demo.vessels import Vessel
from oceanid_dev.demo.wording import (
    ALL_DATE_STYLES,
    COUNTRIES,
    EU_FLAGS,
    EVENTS,
    FAO_AREAS,
    FLAGS_OF_CONVENIENCE,
    RFMOS,
    SPECIES,
    Rfmo,
    address_parts,
    country,
    fmt_date,
    gear,
    metric,
    owner_name,
    pick,
    port_parts,
    rfmo_id,
    some_day,
    stable_rng,
    template,
)


@dataclass(frozen=True)
class Draft:
    kind: str
    filename: str
    sheet: Sheet


def key_value(sheet: Sheet, key: str, parts: Sequence[Part]) -> None:
    sheet.line([f"{key}: ", *parts], indent=4)


def heading(sheet: Sheet, text: str) -> None:
    sheet.gap(2)
    sheet.font(sheet.size, "B")
    sheet.line([text])
    sheet.font(sheet.size)


# --- 1. RFMO record of authorized vessels -----------------------------------------------------

_ROW_H = 5.2
_HEADER_H = _ROW_H + 0.6
_TITLE_GAP = 1.5


def render_record(vessels: Sequence[Vessel], max_pages: int, rng: random.Random) -> Draft:
    rfmo = rng.choice(RFMOS)
    edition = some_day(rng)
    style = rng.choice(("iso", "slash", "dot"))
    code: Part = ("RFMO_CODE", rfmo.code)
    title = [code, f" {rfmo.record_title} as at {fmt_date(edition, style)}"]
    sheet = Sheet(landscape=True, margin=12, footer=(*title, ", page {page} of {pages}"))
    columns = (
        Column(("No.",), 9),
        Column((code, f" {rfmo.id_header}"), 25),
        Column(("Vessel Name",), 52),
        Column(("Flag",), 10),
        Column(("IMO",), 15),
        Column(("IRCS",), 16),
        Column(("MMSI",), 19),
        Column((("METRIC_TYPE", "GT"),), 13, True),
        Column((("METRIC_TYPE", "LOA"), " (", ("METRIC_UNIT", "m"), ")"), 15, True),
        Column(("Gear",), 33),
        Column(("Auth. from",), 20),
        Column(("Auth. to",), 20),
    )
    sheet.add_page()
    sheet.font(13, "B")
    sheet.line([rfmo.name.upper()])
    sheet.font(12, "B")
    sheet.line(title)
    sheet.font(9)
    areas: list[Part] = []
    for i, area in enumerate(rfmo.areas):
        areas += [", " if i else "", ("FAO_AREA_CODE", area)]
    sheet.paragraph(
        [
            "Fishing vessels authorized by their flag State to operate in the ",
            code,
            " Convention Area (FAO Areas ",
            *areas,
            "). Entries are ordered by flag "
            "and vessel name; tonnage is gross tonnage (GT), length is length overall.",
        ]
    )
    sheet.gap(3)
    sheet.font(7)
    first_rows = _rows_below(sheet, sheet.y)
    later_rows = _rows_below(sheet, sheet.margin + sheet.line_height(size=9) + _TITLE_GAP)
    rows = first_rows + (max_pages - 1) * later_rows
    listed = [v for v in vessels if v.flag] or list(vessels)  # records always state the flag
    if len(listed) >= rows and max_pages > 1:
        rows -= rng.randint(0, later_rows * 2 // 3)  # a part-filled last page, as in real lists
    chosen = sorted(
        rng.sample(listed, min(rows, len(listed))), key=lambda v: (v.flag or "ZZZ", v.name)
    )
    _header_row(sheet, columns)
    for number, vessel in enumerate(chosen, start=1):
        if sheet.y + _ROW_H > sheet.bottom + 1e-6:
            if len(sheet.pages) == max_pages:
                break
            sheet.add_page()
            sheet.font(9, "B")
            sheet.line(title)
            sheet.gap(_TITLE_GAP)
            _header_row(sheet, columns)
        sheet.row(
            columns, _record_cells(sheet, columns, rfmo, vessel, number, style), height=_ROW_H
        )
    filename = f"{rfmo.code}_{rfmo.record_title}_{edition:%Y_%m}.pdf".replace(" ", "_")
    return Draft("rfmo_record", filename, sheet)


def _rows_below(sheet: Sheet, top: float) -> int:
    """Table rows that fit under a header row drawn at `top` (the same test as the loop)."""
    return int((sheet.bottom - top - _HEADER_H) / _ROW_H + 1e-9)


def _header_row(sheet: Sheet, columns: Sequence[Column]) -> None:
    sheet.font(7, "B")
    sheet.rule(0.3)
    sheet.row(columns, [c.header for c in columns], height=_HEADER_H)
    sheet.font(7)


def _record_cells(
    sheet: Sheet, columns: Sequence[Column], rfmo: Rfmo, vessel: Vessel, number: int, style: str
) -> list[list[Part]]:
    # Authorization periods stay put across editions of the same record.
    own = stable_rng(rfmo.code, vessel.name, "authorized")
    start = some_day(own, date(2016, 1, 1), 3600)
    end = start + timedelta(days=365 * own.randint(1, 5) - 1)
    values: list[tuple[str, str | None]] = [
        ("", str(number)),
        ("RFMO_ID", rfmo_id(rfmo, vessel)),
        ("VESSEL_NAME", vessel.name),
        ("FLAG", vessel.flag),
        ("IMO", vessel.imo),
        ("IRCS", vessel.ircs),
        ("MMSI", vessel.mmsi),
        ("METRIC_VALUE", vessel.gross_tonnage),
        ("METRIC_VALUE", vessel.length_m),
        ("", gear(vessel)[0] or None),
        ("START_DATE", fmt_date(start, style)),
        ("END_DATE", fmt_date(end, style)),
    ]
    cells: list[list[Part]] = []
    for column, (label, value) in zip(columns, values, strict=True):
        text = sheet.fit(value, column.width - 2) if value else ""
        cells.append([] if not text else [(label, text)] if label else [text])
    return cells


# --- 2. Fishing licence -----------------------------------------------------------------------

_CONDITIONS = (
    "The master of the {name} shall keep a fishing logbook and submit it to the {authority} "
    "within 15 days of the end of each trip.",
    "The vessel shall keep its automatic identification system and vessel monitoring system "
    "switched on at all times while outside national waters.",
    "Transhipment at sea is prohibited unless authorized in advance and observed under the "
    "regional observer programme.",
    "Fishing is limited to the authorized area and species; catches of other species shall be "
    "recorded and reported.",
    "This licence shall be carried on board and produced on request to any authorized inspector.",
    "The licence is not transferable and becomes void upon a change of owner, name or flag.",
)


def render_licence(vessels: Sequence[Vessel], max_pages: int, rng: random.Random) -> Draft:
    vessel = pick(vessels, rng, lambda v: bool(v.flag and v.imo and v.ircs))
    flag = country(vessel.flag)
    rfmo = rng.choice(RFMOS)
    style = rng.choice(ALL_DATE_STYLES)
    valid_from = some_day(rng)
    valid_to = valid_from + timedelta(days=364)
    licence_no = rng.choice(("{c}-HS-{y}-{n:05d}", "HSFL/{y}/{n:04d}", "{c}{y}{n:06d}")).format(
        c=vessel.flag or flag.iso2, y=valid_from.year, n=rng.randint(1, 99_999)
    )
    is_carrier = vessel.gear == "CARRIER"
    auth_type = (
        "Authorization to tranship at sea"
        if is_carrier
        else rng.choice(
            (
                "High seas fishing licence",
                "Distant-water fishing licence",
                "Authorization to fish outside national jurisdiction",
            )
        )
    )
    sheet = Sheet(family=rng.choice(("helvetica", "times")))
    sheet.add_page()
    sheet.font(11, "B")
    sheet.line([flag.name.upper()], align="C")
    sheet.font(10)
    sheet.line([flag.authority], align="C")
    sheet.gap(4)
    sheet.font(15, "B")
    sheet.line(["FISHING LICENCE"], align="C")
    sheet.font(10)
    sheet.gap(3)
    key_value(sheet, "Licence No.", [("LICENSE_NO", licence_no)])
    key_value(sheet, "Type of authorization", [("AUTH_TYPE", auth_type)])
    heading(sheet, "1. Vessel particulars")
    key_value(sheet, "Name of vessel", [("VESSEL_NAME", vessel.name)])
    if vessel.flag:
        key_value(sheet, "Flag State", [("FLAG", flag.name)])
    if vessel.port:
        key_value(sheet, "Port of registry", port_parts(vessel))
    for key, label, value in (
        ("IMO number", "IMO", vessel.imo),
        ("MMSI", "MMSI", vessel.mmsi),
        ("International radio call sign", "IRCS", vessel.ircs),
        ("Year of build", "BUILD_YEAR", vessel.build_year),
    ):
        if value:
            key_value(sheet, key, [(label, value)])
    if vessel.gross_tonnage:
        sheet.line(metric("Gross tonnage", vessel.gross_tonnage, "GT"), indent=4)
    if vessel.length_m:
        sheet.line(metric("Length overall", vessel.length_m, "m"), indent=4)
    if vessel.gear:
        key_value(sheet, "Fishing gear", [gear(vessel)[0]])
    heading(sheet, "2. Licence holder")
    key_value(sheet, "Owner", [("ASSOC_NAME", owner_name(vessel))])
    key_value(sheet, "Address", address_parts(vessel, rng))
    heading(sheet, "3. Terms")
    sheet.line(
        [
            "Valid from ",
            ("START_DATE", fmt_date(valid_from, style)),
            " to ",
            ("END_DATE", fmt_date(valid_to, style)),
        ],
        indent=4,
    )
    area = rng.choice(rfmo.areas)
    key_value(
        sheet, "Authorized area", ["FAO Area ", ("FAO_AREA_CODE", area), f" ({FAO_AREAS[area]})"]
    )
    species: list[Part] = []
    for i, sp in enumerate(rng.sample(rfmo.species, min(2, len(rfmo.species)))):
        species += [
            "; " if i else "",
            ("SPECIES_NAME", SPECIES[sp]),
            " (",
            ("SPECIES_NAME", sp),
            ")",
        ]
    key_value(sheet, "Target species", species)
    sheet.line(
        [
            "Listed on the ",
            ("RFMO_CODE", rfmo.code),
            f" {rfmo.record_title} under no. ",
            ("RFMO_ID", rfmo_id(rfmo, vessel)),
        ],
        indent=4,
    )
    if max_pages >= 2:
        sheet.add_page()
        heading(sheet, "4. Conditions")
        for i, condition in enumerate(_CONDITIONS, start=1):
            sheet.paragraph(
                template(
                    f"{i}. {condition}", name=("VESSEL_NAME", vessel.name), authority=flag.authority
                ),
                indent=4,
            )
            sheet.gap(1)
    sheet.gap(10)
    issued = valid_from - timedelta(days=rng.randint(5, 40))
    sheet.line([f"Issued on {fmt_date(issued, style)}"])
    sheet.gap(12)
    sheet.line(["For the licensing authority (signature and seal)"])
    filename = f"{vessel.flag or 'xxx'}_fishing_licence_{licence_no}.pdf"
    return Draft("licence", filename, sheet)


# --- 3. Flag-state registry extract -----------------------------------------------------------

_SHIPYARDS = (
    "{city} Shipyard Co Ltd",
    "{city} Marine Engineering",
    "Astilleros {city} SA",
    "{city} Dockyard",
)


def render_registry_extract(vessels: Sequence[Vessel], max_pages: int, rng: random.Random) -> Draft:
    first = pick(vessels, rng)
    others = [v for v in vessels if v is not first]
    fleet = [v for v in others if v.flag == first.flag] or others
    chosen = [first, *rng.sample(fleet, min(max_pages - 1, len(fleet)))][:max_pages]
    style = rng.choice(ALL_DATE_STYLES)
    issued = some_day(rng)
    sheet = Sheet(
        family="courier",
        footer=(f"Extract of {fmt_date(issued, style)}, page {{page}} of {{pages}}",),
    )
    first_reg = ""
    for vessel in chosen:
        reg_no = _registry_page(sheet, vessel, rng, style, issued)
        first_reg = first_reg or reg_no
    filename = f"{first.flag or 'xxx'}_registry_extract_{first_reg}.pdf"
    return Draft("registry_extract", filename, sheet)


def _registry_page(
    sheet: Sheet, vessel: Vessel, rng: random.Random, style: str, issued: date
) -> str:
    flag = country(vessel.flag)
    registered = some_day(rng, date(2008, 1, 1), 6000)
    reg_no = f"{flag.iso2}-{registered.year}-{rng.randint(1, 9999):04d}"
    sheet.add_page()
    sheet.font(11, "B")
    sheet.line([flag.name.upper()])
    sheet.font(9)
    sheet.line([f"{flag.authority}, Register of Fishing Vessels"])
    sheet.gap(3)
    sheet.font(12, "B")
    sheet.line(["EXTRACT FROM THE REGISTER OF FISHING VESSELS"])
    sheet.font(9)
    sheet.line([f"Issued on {fmt_date(issued, style)}"])
    sheet.line(["Registration number: ", ("NATIONAL_REG_NO", reg_no)])
    heading(sheet, "A. Identity")
    key_value(sheet, "Name of vessel", [("VESSEL_NAME", vessel.name)])
    former = vessel.former_name
    if former is None and rng.random() < 0.3:
        former = f"{vessel.name.split()[0]} STAR"
    key_value(sheet, "Former name(s)", [("NAME_CHANGE", former)] if former else ["none recorded"])
    if vessel.flag:
        key_value(sheet, "Flag", [("FLAG", vessel.flag)])
    if rng.random() < 0.35:
        previous = rng.choice([c for c in FLAGS_OF_CONVENIENCE if c != vessel.flag])
        key_value(sheet, "Previous flag", [("FLAG_CHANGE", country(previous).name)])
    if vessel.port:
        key_value(sheet, "Port of registry", port_parts(vessel, title=False))
    for key, label, value in (
        ("IMO number", "IMO", vessel.imo),
        ("MMSI", "MMSI", vessel.mmsi),
        ("Call sign", "IRCS", vessel.ircs),
    ):
        if value:
            key_value(sheet, key, [(label, value)])
    if vessel.ircs and rng.random() < 0.3:
        old = vessel.ircs[:-1] + rng.choice([d for d in "0123456789" if d != vessel.ircs[-1]])
        key_value(sheet, "Previous call sign", [("ID_CHANGE", old)])
    if vessel.flag in EU_FLAGS:
        key_value(sheet, "CFR number", [("EU_CFR", f"{vessel.flag}{rng.randint(1, 10**9):09d}")])
    initials = "".join(w[0] for w in vessel.name.split()[:2] if w[0].isalpha()) or "XX"
    key_value(sheet, "External marking", [("OTHER_EXT_ID", f"{initials}-{rng.randint(100, 9999)}")])
    key_value(sheet, "Date of registration", [("START_DATE", fmt_date(registered, style))])
    heading(sheet, "B. Dimensions and tonnage")
    gt = vessel.gross_tonnage or str(rng.randint(150, 3000))
    sheet.line(metric("Gross tonnage", gt, "GT"), indent=4)
    sheet.line(metric("Net tonnage", str(max(1, int(gt) * 3 // 10)), "NT"), indent=4)
    if vessel.length_m:
        sheet.line(metric("Length overall", vessel.length_m, "m"), indent=4)
    sheet.line(metric("Main engine power", str(rng.randrange(300, 4000, 10)), "kW"), indent=4)
    heading(sheet, "C. Construction")
    if vessel.build_year:
        key_value(sheet, "Year of build", [("BUILD_YEAR", vessel.build_year)])
    yard_country = rng.choice((vessel.flag or "CHN", "CHN", "JPN", "ESP"))
    places = country(yard_country).places or COUNTRIES["CHN"].places
    yard_city = rng.choice(places)[0]
    key_value(
        sheet,
        "Place of build",
        [("BUILDER_LOCATION", yard_city), ", ", ("BUILD_COUNTRY", country(yard_country).name)],
    )
    key_value(sheet, "Shipyard", [("ASSOC_NAME", rng.choice(_SHIPYARDS).format(city=yard_city))])
    heading(sheet, "D. Ownership")
    parties = [("Registered owner", owner_name(vessel))]
    if rng.random() < 0.5:
        parties.append(("Operator", f"{vessel.name.split()[0]} MARINE SERVICES LTD"))
    for role, name in parties:
        key_value(sheet, "Capacity", [("ASSOC_ROLE", role)])
        key_value(sheet, "Name", [("ASSOC_NAME", name)])
        key_value(sheet, "Address", address_parts(vessel, rng))
        key_value(
            sheet,
            "Company registration no.",
            [("REG_NO", f"{flag.iso2}{rng.randint(10**9, 10**10 - 1)}")],
        )
        sheet.gap(1.5)
    sheet.gap(6)
    sheet.paragraph(
        [
            "This extract reproduces the entries in the register on the date of issue. "
            "Encumbrances, if any, are recorded in a separate part of the register."
        ]
    )
    sheet.gap(10)
    sheet.line(["The Registrar"])
    return reg_no


# --- 4. Circular in prose ---------------------------------------------------------------------


def render_circular(vessels: Sequence[Vessel], max_pages: int, rng: random.Random) -> Draft:
    rfmo = rng.choice(RFMOS)
    issued = some_day(rng)
    style = rng.choice(("long", "long", "iso", "dot"))
    number = f"{issued.year}-{rng.randint(1, 60):02d}"
    code: Part = ("RFMO_CODE", rfmo.code)
    sheet = Sheet(family=rng.choice(("helvetica", "times")))
    pages = min(max_pages, 2)
    for page in range(1, pages + 1):
        sheet.add_page()
        if page == 1:
            sheet.font(13, "B")
            sheet.line([rfmo.name.upper()], align="C")
            sheet.font(11, "B")
            sheet.line([code, f" CIRCULAR {number}"], align="C")
            sheet.font(10)
            sheet.gap(4)
            sheet.line([f"Date: {fmt_date(issued, 'long')}"])
            sheet.line(["To: All Members and Cooperating Non-Contracting Parties"])
            sheet.line(["Subject: Changes to the ", code, f" {rfmo.record_title}"])
            sheet.gap(4)
            sheet.paragraph(["Dear Sir/Madam,"])
            sheet.gap(2)
        for _ in range(rng.randint(4, 6) if page == 1 else rng.randint(5, 8)):
            vessel = pick(vessels, rng)
            sheet.paragraph(rng.choice(EVENTS)(vessel, rng, style))
            sheet.gap(3)
    sheet.paragraph(
        [
            "Members are requested to update their records accordingly. The current "
            "Record is available on the ",
            code,
            " website.",
        ]
    )
    sheet.gap(10)
    sheet.line(["Executive Secretary"])
    return Draft("circular", f"{rfmo.code}_circular_{number}.pdf", sheet)


RENDERERS: dict[str, Callable[[Sequence[Vessel], int, random.Random], Draft]] = {
    "rfmo_record": render_record,
    "licence": render_licence,
    "registry_extract": render_registry_extract,
    "circular": render_circular,
}
