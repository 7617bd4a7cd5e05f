"""A VMS position report from a fisheries monitoring centre.

A vessel header (name, call sign, MMSI, IMO, flag, licence) and then rows of timestamps,
latitudes and longitudes, speeds, courses and FAO areas. The many numbers (terminal and DNID
numbers, positions, speeds, courses, report counts) are hard negatives; only the FAO area
codes in the rows are labelled.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, join, val

LAYOUT = "vms_position_report"

_CENTRES = (
    "FISHERIES MONITORING CENTRE",
    "NATIONAL FMC - VESSEL MONITORING SYSTEM",
    "MONITORING, CONTROL AND SURVEILLANCE UNIT",
    "REGIONAL VMS - POSITION DATA EXTRACT",
)


def _position(lat: float, lon: float, form: str) -> tuple[str, str]:
    def dm(value: float, hemis: str, width: int) -> str:
        degrees, minutes = int(abs(value)), (abs(value) % 1) * 60
        return f"{degrees:0{width}d}°{minutes:05.2f}'{hemis[value < 0]}"

    if form == "signed":
        return f"{lat:.4f}", f"{lon:.4f}"
    if form == "hemisphere":
        return f"{abs(lat):.3f} {'NS'[lat < 0]}", f"{abs(lon):.3f} {'EW'[lon < 0]}"
    return dm(lat, "NS", 2), dm(lon, "EW", 3)


def _header(page: PageBuilder, ship: S.Ship, rng: random.Random, none: str) -> None:
    licence = (
        f"{rng.choice(('LP', 'FL', 'LIC'))}/{rng.randint(2024, 2026)}/{rng.randint(1, 999):04d}"
    )
    start = S.some_date(rng, 2024, 2025)
    valid = (
        val(S.date_text(start, 1), "START_DATE")
        + " - "
        + val(S.date_text(start + timedelta(days=364), 1), "END_DATE")
    )
    pairs: list[tuple[str, Rich]] = [
        ("Vessel name", val(ship.name, "VESSEL_NAME")),
        ("Call sign", val(ship.ircs, "IRCS") if ship.ircs else Rich(none)),
        ("MMSI", val(ship.mmsi, "MMSI") if ship.mmsi else Rich(none)),
        ("IMO", val(ship.imo, "IMO") if ship.imo else Rich(none)),
        ("Flag", val(S.flag_text(ship.flag, "en", rng, 0.6), "FLAG")),
        ("Licence No.", val(licence, "LICENSE_NO")),
        (
            "Licence type",
            val(rng.choice(("Fishing licence", "Fishing", "Transhipment")), "AUTH_TYPE"),
        ),
        ("Licence validity", valid),
    ]
    if rng.random() < 0.5:  # a regional register's vessel number (not an RFMO's)
        key = rng.choice(("FFA VID", "Regional register no."))
        pairs += [
            (key, val(str(rng.randint(10_000, 39_999)), "OTHER_EXT_ID")),
            ("Zone", Rich("HS")),
        ]
    terminal = (
        f"Inmarsat-C  mobile no. 4{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
        f"  DNID {rng.randint(10000, 69999)}  member {rng.randint(1, 255)}"
    )
    key_width = rng.randint(14, 18)
    if rng.random() < 0.5:  # two key-value columns
        for left, right in zip(pairs[0::2], pairs[1::2], strict=True):
            first = (Rich(left[0]).ljust(key_width) + ": " + left[1]).ljust(44)
            page.line(first, Rich(right[0]).ljust(key_width), ": ", right[1])
    else:
        for key, value in pairs:
            page.line(Rich(key).ljust(key_width), ": ", value)
    page.line("Terminal".ljust(key_width), ": ", terminal)
    port, code = rng.choice(V.CALL_PORTS)
    page.line("Last port call".ljust(key_width), f": {port} (", val(code, "PORT_ID"), ")")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    none = S.placeholder("en", rng)
    area = rng.choice(V.RFMOS[rng.choice(tuple(V.RFMOS))][2])
    south, north, west, east = V.AREA_BOXES[area]
    form = rng.choice(("dm", "signed", "hemisphere"))
    separator = rng.choice(("  ", "  ", ";"))
    interval = timedelta(hours=rng.choice((1, 2, 4)))
    when = datetime(2025, rng.randint(1, 12), rng.randint(1, 28), rng.choice((0, 6, 12)))
    lat, lon = rng.uniform(south + 1, north - 1), rng.uniform(west + 1, east - 1)
    pages = rng.choice((1, 2, 2, 3))
    drafts: list[PageDraft] = []
    count = 0
    for number in range(1, pages + 1):
        page = PageBuilder()
        page.line(" " * rng.randint(0, 20), rng.choice(_CENTRES))
        page.line(f"Report generated {when:%Y-%m-%d %H:%M} UTC", " " * 20, f"Page {number}/{pages}")
        page.blank()
        if number == 1:
            _header(page, ship, rng, none)
            page.blank()
        else:
            page.line("Vessel: ", val(ship.name, "VESSEL_NAME"), " (continued)")
        heads = (
            "#",
            "Date/time UTC",
            "Latitude",
            "Longitude",
            "Speed kn",
            "Course",
            "FAO area",
            "Activity",
        )
        widths = (4, 17, 12, 13, 9, 7, 9, 9)
        if separator == ";":
            page.line(";".join(heads))
        else:
            page.line("  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)))
        for _ in range(rng.randint(14, 26)):
            count += 1
            lat = max(south + 0.2, min(north - 0.2, lat + rng.uniform(-0.3, 0.3)))
            lon = max(west + 0.2, min(east - 0.2, lon + rng.uniform(-0.3, 0.3)))
            y, x = _position(lat, lon, form)
            speed = rng.uniform(0, 11)
            activity = (
                "Drifting"
                if speed < 1.5
                else rng.choice(("Fishing", "Setting", "Hauling"))
                if speed < 6
                else "Steaming"
            )
            cells = (
                Rich(str(count)),
                Rich(f"{when:%Y-%m-%d %H:%M}"),
                Rich(y),
                Rich(x),
                Rich(f"{speed:.1f}"),
                Rich(f"{rng.randint(0, 359):03d}"),
                val(area, "FAO_AREA_CODE"),
                Rich(activity),
            )
            if separator == ";":  # an export: no padding
                page.line(join(cells, ";"))
            else:
                page.line(join((c.ljust(w) for c, w in zip(cells, widths, strict=True)), "  "))
            when += interval
        if number == pages:
            page.blank()
            page.line(
                f"Total positions: {count}   Gaps over 4 h: {rng.randint(0, 2)}   "
                f"Mean speed: {rng.uniform(3, 8):.1f} kn"
            )
        drafts.append(page.draft())
    return drafts
