"""An export of the EU fleet register as semicolon- or pipe-delimited text: one row per event
of a vessel's registration (construction, census, modification, export), with CFR, port,
external marking, IRCS, MMSI, gear codes, dimensions, tonnage and power.

The register only holds EU-flagged vessels, so the identity here is an EU one made up for the
document (CFR, call sign and MMSI within the member State's series); the vessel list only lends
dimensions, tonnage and year of build."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import date_between, facts, fmt_date, made_up_name, pick
from ._ids import make_call_sign, make_cfr, make_mmsi
from ._page import PageBuilder, PageDraft

LAYOUT = "eu_fleet_register_export"

_HEADERS = (
    (
        "Country Code",
        "CFR",
        "Event Code",
        "Event Start Date",
        "Event End Date",
        "License Ind",
        "Registration Nbr",
        "Ext Marking",
        "Vessel Name",
        "Port Code",
        "Port Name",
        "IRCS Code",
        "IRCS",
        "Vms Code",
        "Ers Code",
        "Ais Code",
        "Mmsi",
        "Vessel Type",
        "Gear Main Code",
        "Gear Sec Code",
        "Loa",
        "Lbp",
        "Ton Gt",
        "Ton Oth",
        "Power Main",
        "Power Aux",
        "Hull Material",
        "Segment",
        "Construction Year",
        "Construction Place",
    ),
    (
        "country_code",
        "cfr",
        "event",
        "event_start",
        "event_end",
        "licence",
        "reg_number",
        "external_marking",
        "name",
        "port_code",
        "port_name",
        "ircs_ind",
        "ircs",
        "vms",
        "ers",
        "ais",
        "mmsi",
        "vessel_type",
        "gear_main",
        "gear_sec",
        "loa_m",
        "lbp_m",
        "gt",
        "other_ton",
        "power_main_kw",
        "power_aux_kw",
        "hull",
        "segment",
        "year_built",
        "place_built",
    ),
)
_GEARS = ("OTB", "PS", "LLS", "LLD", "GNS", "FPO", "OTM", "PTM", "DRB", "TBB", "LHP", "GTR")
_TYPES = {"OTB": "TO", "PS": "SP", "LLS": "LL", "LLD": "LL", "OTM": "TM", "PTM": "TM"}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    layout = rng.randrange(len(_HEADERS))
    delimiter = rng.choice((";", "|", ";"))
    quote = rng.random() < 0.3 and delimiter == ";"
    date_style = rng.choice(("compact", "iso", "dmy"))
    member = rng.choice(V.EU_FLAGS)
    exported = fmt_date(date_between(rng, 2023, 2025), "iso")
    drafts = []
    for number in range(1, rng.choice((1, 2, 2, 3)) + 1):
        page = PageBuilder()
        if number == 1:
            page.fmt("Fleet Register - query result - country: {}", member).nl()
            page.fmt("Exported on {}; all events; {} rows", exported, str(rng.randint(40, 3000)))
            page.nl(2)
        page.add(delimiter.join(_HEADERS[layout])).nl()
        limit = rng.randint(1300, 2700)
        while len(page) < limit:
            rows = PageBuilder()
            _vessel_rows(rows, vessels, rng, member, delimiter, quote, date_style)
            if len(page) > 800 and len(page) + len(rows) > 2950:
                break
            page.extend(rows)
        drafts.append(page.draft())
    return drafts


def _vessel_rows(
    page: PageBuilder,
    vessels: Sequence[Vessel],
    rng: random.Random,
    member: str,
    delimiter: str,
    quote: bool,
    date_style: str,
) -> None:
    f = facts(pick(vessels, rng), rng)
    port, code, mark = rng.choice(V.EU_PORTS[member])
    cfr = make_cfr(member, rng)
    marking = f"{mark}{rng.randint(1, 3999)}" + (
        f"-{rng.randint(90, 99)}" if member == "ESP" else ""
    )
    registration = (
        f"{rng.randint(1, 9)}-{marking}" if member == "ESP" else str(rng.randint(100, 99999))
    )
    name = rng.choice(V.EU_NAMES[member]) + rng.choice(("", "", f" {rng.randint(2, 9)}"))
    former = rng.choice(V.EU_NAMES[member]) if rng.random() < 0.5 else made_up_name(rng)
    former = former if former != name else made_up_name(rng)
    ircs, mmsi = make_call_sign(member, rng), make_mmsi(member, rng)
    gear = rng.choice(_GEARS)
    small = f.loa and f.gt and float(f.loa) < 90 and float(f.gt) < 3000
    loa = f.loa if small and f.loa else f"{rng.uniform(9, 60):.2f}"
    gt = f.gt if small and f.gt else str(rng.randint(5, 900))
    year = f.year if f.year and int(f.year) < 2024 else str(rng.randint(1965, 2015))
    power = f"{float(gt) * rng.uniform(0.6, 1.6) + 30:.2f}"
    yard = rng.choice(V.SHIPYARDS)[0] if rng.random() < 0.6 else ""
    second_gear = rng.choice(("NO", "GNS", "LLS", "FPO"))
    hull = rng.choice(("1", "2", "3", "4"))
    segment = rng.choice(("MFL", "OFL", "L1", "L3", "PS1", "DTS"))
    dates: list[dt.date] = sorted(
        {date_between(rng, max(int(year), 1990), 2024) for _ in range(rng.randint(1, 4))}
    )
    events = ["CEN" if int(year) < 2001 else "CST"] + ["MOD"] * (len(dates) - 1)
    if len(dates) > 1 and rng.random() < 0.4:
        events[-1] = rng.choice(("EXP", "RET", "DES"))
    for i, (event, start) in enumerate(zip(events, dates, strict=True)):
        current = i == len(dates) - 1
        end = None if current else dates[i + 1] - dt.timedelta(days=1)
        old_name = not current and i < len(dates) - 2
        cells: list[tuple[str, str | None]] = [
            (member, "FLAG"),
            (cfr, "EU_CFR"),
            (event, None),
            (fmt_date(start, date_style), "START_DATE"),
            (fmt_date(end, date_style) if end else "", "END_DATE"),
            ("Y" if event != "EXP" else "N", None),
            (registration, "NATIONAL_REG_NO"),
            (marking, "OTHER_EXT_ID"),
            (former if old_name else name, "NAME_CHANGE" if old_name else "VESSEL_NAME"),
            (code, "PORT_ID"),
            (port, "HOME_PORT"),
            ("Y" if ircs else "N", None),
            (ircs or "", "IRCS"),
            ("Y", None),
            ("Y" if start.year > 2011 else "N", None),
            ("Y" if mmsi and start.year > 2014 else "N", None),
            (mmsi if mmsi and start.year > 2014 else "", "MMSI"),
            (_TYPES.get(gear, "MGO"), None),
            (gear, None),
            (second_gear, None),
            (loa, "METRIC_VALUE"),
            (f"{float(loa) * 0.86:.2f}", "METRIC_VALUE"),
            (gt, "METRIC_VALUE"),
            ("0", None),
            (power, "METRIC_VALUE"),
            ("0.00", None),
            (hull, None),
            (segment, None),
            (year, "BUILD_YEAR"),
            (yard, "BUILDER_LOCATION"),
        ]
        for j, (value, label) in enumerate(cells):
            page.add(delimiter if j else "")
            wrap = quote and label in {
                "VESSEL_NAME",
                "NAME_CHANGE",
                "HOME_PORT",
                "BUILDER_LOCATION",
            }
            page.add('"' if wrap else "").add(value, label if value else None)
            page.add('"' if wrap else "")
        page.nl()
