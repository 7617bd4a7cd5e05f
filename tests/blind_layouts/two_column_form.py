"""Blind layout `two_column_form`: an English vessel record form printed in two columns, as
layout-preserving text extraction gives it (test-only data, written without reading the
extractor).

Each line holds two "Key:  value" pairs side by side ("Vessel name:  XXX        Flag State:
Panama"), the right column starting at the same offset on every line; some keys are phrased
unusually ("Reg'n Nº in national register", "Call letters", "When built"); long values (the
owner's address) run across the full width. The record carries history (former name, flag,
call sign), build data, several metrics with units, associates with their role as the key,
and the authorisation (type, licence number, period, FAO areas, species).
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import Cell, PageContext, PageText, cell, cell_width, joined

NAME = "two_column_form"
PAGES_PER_DOC = 1

T, U = "METRIC_TYPE", "METRIC_UNIT"
Field = tuple[Cell, Cell]
_NIL = ("Nil", "None", "—", "N/A")
# Former flags and a call sign in that flag's ITU series (3E = Panama, YJ = Vanuatu, V3 = Belize).
_FORMER_FLAGS = (("Panama", "3E"), ("Vanuatu", "YJ"), ("Belize", "V3"))


def _k(rng: random.Random, *options: str) -> Cell:
    return cell(rng.choice(options))


def _fields(rng: random.Random, v: Vessel, rfmo: val.Rfmo, operator: bool) -> list[Field]:
    """The record's fields in print order, already paired left/right by position."""
    flag = val.flag_code(v)
    nil = cell(rng.choice(_NIL))

    def opt(value: str | None, label: str) -> Cell:
        return cell(value, label) if value else nil

    history = v.former_name is not None or rng.random() < 0.2
    former = rng.choice(_FORMER_FLAGS)
    port = val.port_parts(v)
    port_value: Cell = nil
    if port:
        port_value = cell(port[0], "HOME_PORT")
        if flag and rng.random() < 0.6:
            port_value += ((", ", None), (val.country(flag), "HOME_PORT_STATE"))
    place = val.build_place(v)
    start, end = val.validity(rng)
    date_style = rng.choice(("dmy", "mon", "long_en", "iso"))
    owner = val.owner_of(v)
    areas = rng.sample(rfmo.areas, min(len(rfmo.areas), rng.randint(1, 3)))
    species = rng.sample(rfmo.species, min(len(rfmo.species), rng.randint(1, 4)))
    fields: list[Field] = [
        (
            _k(rng, "Vessel name", "Name of fishing vessel", "Present name"),
            cell(v.name, "VESSEL_NAME"),
        ),
        (
            _k(rng, "Flag State", "Flag", "State of registry"),
            opt(flag and val.flag_text(rng, flag), "FLAG"),
        ),
        (_k(rng, "Previous name(s)", "Ex-name"), opt(v.former_name, "NAME_CHANGE")),
        (
            _k(rng, "Previous flag(s)", "Former flag State"),
            cell(former[0], "FLAG_CHANGE") if history else nil,
        ),
        (
            _k(rng, "IMO / LR number", "Lloyd's Register/IMO Number", "IMO Ship ID No."),
            opt(v.imo, "IMO"),
        ),
        (
            _k(rng, "Radio call sign", "Int. Radio Call Sign (IRCS)", "Call letters"),
            opt(val.ircs_of(v), "IRCS"),
        ),
        (_k(rng, "MMSI", "MMSI number"), opt(v.mmsi, "MMSI")),
        (
            _k(rng, "Previous call sign", "Former IRCS"),
            cell(f"{former[1]}{val.stable(v, 'oldcs', 9000) + 1000}", "ID_CHANGE")
            if history
            else nil,
        ),
        (
            _k(rng, "Registration No.", "Reg'n Nº in national register", "Official number"),
            cell(val.national_reg(v), "NATIONAL_REG_NO"),
        ),
        (_k(rng, "Port of registry", "Home port", "Port of registration"), port_value),
        (
            (
                (rfmo.code, "RFMO_CODE"),
                (rng.choice((" VID", " Record No.", " vessel number")), None),
            ),
            cell(rfmo.vessel_id(v), "RFMO_ID"),
        ),
        (_k(rng, "Type of vessel", "Vessel type"), cell(val.gear_text(v) or "Fishing vessel")),
        (
            cell(rng.choice(("Length overall", "LOA", "Length (LOA)")), T),
            ((v.length_m, "METRIC_VALUE"), (" ", None), ("m", U)) if v.length_m else nil,
        ),
        (
            cell(rng.choice(("Gross tonnage", "Tonnage (gross)", "GT")), T),
            opt(v.gross_tonnage and val.fmt_number(v.gross_tonnage, "en", True), "METRIC_VALUE"),
        ),
        (
            cell(rng.choice(("Engine power", "Main engine power", "Power of main engine(s)")), T),
            (
                (val.fmt_number(val.engine_kw(v), "en", True), "METRIC_VALUE"),
                (" ", None),
                ("kW", U),
            ),
        ),
        (
            cell("Fish hold capacity", T),
            (
                (str(val.stable(v, "hold", 900) + 100), "METRIC_VALUE"),
                (" ", None),
                (rng.choice(("m3", "m³", "cbm")), U),
            ),
        ),
        (_k(rng, "Year built", "Date of build", "When built"), opt(v.build_year, "BUILD_YEAR")),
        (
            _k(rng, "Where built", "Place of build", "Shipyard / place of build"),
            ((place[0], "BUILDER_LOCATION"), (", ", None), (val.country(place[1]), "BUILD_COUNTRY"))
            if place
            else nil,
        ),
        (
            cell(rng.choice(("Owner", "Registered owner", "Beneficial owner")), "ASSOC_ROLE"),
            cell(owner, "ASSOC_NAME"),
        ),
        (
            _k(rng, "Type of authorisation", "Authorised activity"),
            cell(
                "Carrier"
                if v.gear == "CARRIER"
                else rng.choice(("Fishing", "Fishing on the high seas")),
                "AUTH_TYPE",
            ),
        ),
        (
            _k(rng, "Flag State licence No.", "Fishing licence No.", "Authorisation No."),
            cell(f"{(flag or 'FS')[:2]}-{start.year}-{rng.randint(1, 9999):04d}", "LICENSE_NO"),
        ),
        (
            _k(rng, "Authorised from", "Start of authorisation"),
            cell(val.fmt_date(start, date_style), "START_DATE"),
        ),
        (
            _k(rng, "Authorised to", "Expiry of authorisation", "Valid until"),
            cell(val.fmt_date(end, date_style), "END_DATE"),
        ),
        (
            _k(rng, "FAO area(s)", "Authorised fishing areas"),
            joined([cell(a, "FAO_AREA_CODE") for a in areas], ", "),
        ),
        (
            _k(rng, "Target species", "Species authorised"),
            joined([cell(s, "SPECIES_NAME") for s in species], ", "),
        ),
    ]
    if operator:  # some forms print the operator (often the owner again), others do not
        role = cell(rng.choice(("Operator", "Manager", "Charterer")), "ASSOC_ROLE")
        at = next(i for i, (key, _) in enumerate(fields) if key[0][1] == "ASSOC_ROLE")
        fields.insert(at + 1, (role, cell(owner, "ASSOC_NAME")))
    # Other registers' numbers, printed only where the form has a box for them.
    extra: list[Field] = []
    cfr, locode = val.cfr_of(v), val.port_locode(v)
    if cfr:
        extra.append((_k(rng, "EU CFR", "CFR number"), cell(cfr, "EU_CFR")))
    if locode and rng.random() < 0.6:
        extra.append((_k(rng, "Port code (UN/LOCODE)", "LOCODE"), cell(locode, "PORT_ID")))
    if rfmo.code == "WCPFC" or rng.random() < 0.3:
        extra.append((_k(rng, "FFA VID", "FFA Register No."), cell(val.ffa_vid(v), "OTHER_EXT_ID")))
    at = next(i for i, (key, _) in enumerate(fields) if key[0][1] == "RFMO_CODE")
    return fields[:at] + extra + fields[at:]


def _width(c: Cell) -> int:
    return cell_width(c) + 1  # with the colon


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    rng = ctx.rng
    v = rng.choice(vessels)
    rfmo = val.rfmo_for(v, rng)
    fields = _fields(rng, v, rfmo, operator=rng.random() < 0.6)
    left, right = fields[0::2], fields[1::2]
    kw_left = max(_width(k) for k, _ in left) + rng.randint(1, 3)
    kw_right = max(_width(k) for k, _ in right) + rng.randint(1, 3)
    col = kw_left + max(cell_width(val_) for _, val_ in left) + rng.randint(3, 8)

    page = PageText()
    title = rng.choice(
        (
            "FISHING VESSEL RECORD",
            "VESSEL PARTICULARS",
            "Record of Authorised Vessels - vessel details",
        )
    )
    page.line(" " * 20 + title)
    page.line(
        " " * 20
        + f"Form {rng.choice(('A', '1', 'RFV-2'))} - submitted "
        + val.fmt_date(val.validity(rng)[0], "long_en")
    ).line()
    for i, (key, value) in enumerate(left):
        page.frags(key).add(":" + " " * (kw_left - _width(key))).frags(value)
        if i < len(right):
            rkey, rvalue = right[i]
            page.add(" " * (col - kw_left - cell_width(value)))
            page.frags(rkey).add(":" + " " * (kw_right - _width(rkey))).frags(rvalue)
        page.add("\n")
    addr = val.address_of(v)
    page.line()
    page.add("Owner's address: ").add(addr.street, "ADDRESS")
    for part, label in ((addr.city, "CITY"), (addr.state, "STATE")):
        if part:
            page.add(", ").add(part, label)
    if addr.postcode:
        page.add(" " + addr.postcode)
    if addr.country_iso3:
        page.add(", ").add(val.country(addr.country_iso3), "COUNTRY_CODE")
    page.add("\n")
    if rng.random() < 0.5:
        page.add("Company registration No.: ").add(val.company_reg_no(v), "REG_NO").add("\n")
    page.line().line(
        f"Date of last inspection: {val.fmt_date(val.validity(rng)[0], 'dmy')}"
        + "      Inspected at: Port Louis"
    )
    page.line().line("I certify that the above particulars are correct.").line()
    page.line("Signature: ____________________            Name and title: ____________________")
    return page
