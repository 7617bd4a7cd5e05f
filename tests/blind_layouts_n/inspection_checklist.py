"""An at-sea boarding and inspection checklist, filled in: the vessel's markings verified
against its documents, documents, gear and catch with tick boxes, findings, signatures."""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _ids as ids
from . import _vocab as V
from ._page import Cell, PageBuilder, PageDraft

LAYOUT = "inspection_checklist"
_WIDTHS = (24, 28, 28, 6)
ACTIVITIES = (
    "hauling gear",
    "setting gear",
    "steaming",
    "drifting, lights on",
    "alongside another vessel",
)
_STATEMENTS = (
    "The logbook entries were completed the same evening and the crew assisted the inspectors.",
    "The VMS unit failed during bad weather and the flag State was informed by e-mail.",
    "I have no comment on the findings; the company will respond through the flag State.",
)
_GEARS = ("DRIFTING_LONGLINES", "TUNA_PURSE_SEINES", "SQUID_JIGGER", "TRAWLERS", "POLE_AND_LINE")


def _tick(yes: bool) -> str:
    return "[X]" if yes else "[ ]"


def _part1(b: PageBuilder, rfmo: str, area: str, rng: random.Random) -> date:
    day = C.some_date(rng, 2023, 2025)
    b.line("PART 1 - BOARDING").nl()
    b.line(f"Inspecting authority: {rng.choice(V.AUTHORITIES)}")
    b.line(
        f"Report no.: BI-{day.year}-{ids.digits(rng, 4)}      Boarding date: {day:%d/%m/%Y}"
        f"   Time: {rng.randint(0, 23):02d}{rng.choice(('00', '20', '40'))} UTC"
    )
    lat, lon = rng.randint(1, 48), rng.randint(1, 179)
    b.text(f"Position: {lat:02d} {rng.randint(0, 59):02d}'{rng.choice('NS')} ")
    b.text(f"{lon:03d} {rng.randint(0, 59):02d}'{rng.choice('EW')}    FAO area: ")
    b.span(area, "FAO_AREA_CODE").nl()
    b.text(f"Boarding carried out under:  {_tick(True)} ").span(rfmo, "RFMO_CODE")
    b.line(f" high seas boarding and inspection procedures   {_tick(False)} national law")
    b.line(
        f"Boarding team: {rng.randint(2, 4)} inspectors; contact on VHF 16 at "
        f"{rng.randint(0, 23):02d}{rng.choice(('05', '25', '45'))} UTC; vessel stopped and "
        "ladder rigged"
    )
    b.line(f"Vessel activity when sighted: {rng.choice(ACTIVITIES)}").nl()
    return day


def _check(b: PageBuilder, item: str, marked: Cell, documented: Cell, match: str) -> None:
    b.row([(item, None), marked, documented, (match, None)], _WIDTHS)


def _part2(b: PageBuilder, s: C.Shown, reg: str, rng: random.Random) -> None:
    b.line("PART 2 - VESSEL IDENTIFICATION (markings and AIS verified against documents)").nl()
    b.row(
        [(h, None) for h in ("Item", "As marked / observed", "As in documents", "Match")], _WIDTHS
    )
    b.line("-" * 86)
    _check(b, "Name", (s.name, "VESSEL_NAME"), (s.name, "VESSEL_NAME"), "Y")
    flag: Cell = (C.country(s.flag), "FLAG") if s.flag else ("not shown", None)
    _check(b, "Flag", flag, flag if s.flag else ("no document", None), "Y" if s.flag else "N")
    if s.port:
        _check(b, "Port of registry", (s.port, "HOME_PORT"), (s.port.title(), "HOME_PORT"), "Y")
    ircs: Cell = (s.ircs, "IRCS") if s.ircs else ("illegible", None)
    _check(
        b,
        "Call sign (hull)",
        ircs,
        (s.ircs, "IRCS") if s.ircs else ("none", None),
        "Y" if s.ircs else "N",
    )
    imo: Cell = (s.imo, "IMO") if s.imo else ("not marked", None)
    _check(b, "IMO number", imo, (s.imo, "IMO") if s.imo else ("none", None), "Y" if s.imo else "-")
    mmsi: Cell = (s.mmsi, "MMSI") if s.mmsi else ("AIS off", None)
    _check(
        b,
        "MMSI (AIS display)",
        mmsi,
        (s.mmsi, "MMSI") if s.mmsi else ("none", None),
        "Y" if s.mmsi else "N",
    )
    _check(b, "Registration no.", ("-", None), (reg, "NATIONAL_REG_NO"), "-")
    for key, value, unit in (("Gross tonnage", s.gt, "GT"), ("Length overall", s.loa, "m")):
        if value:
            b.text(" " * 24).span(key, "METRIC_TYPE").text(": ").pad_to(24 + 28)
            b.span(value, "METRIC_VALUE").text(" ").span(unit, "METRIC_UNIT").nl()
    if s.year:
        _check(b, "Year of build", ("-", None), (s.year, "BUILD_YEAR"), "-")
    b.nl().line(
        f"  Markings conform to the FAO standard specifications:  {_tick(True)} yes  "
        f"{_tick(False)} no"
    )
    b.line(
        f"  Name and port of registry visible on both bows and stern:  "
        f"{_tick(bool(s.port))} yes  {_tick(not s.port)} no"
    )
    b.line(f"  AIS transmitting when sighted:  {_tick(bool(s.mmsi))} yes  {_tick(not s.mmsi)} no")


def _part3(b: PageBuilder, s: C.Shown, rfmo: str, day: date, rng: random.Random) -> str:
    b.nl().line("PART 3 - DOCUMENTS AND PERSONS ON BOARD").nl()
    registered = day - timedelta(days=rng.randint(200, 1500))
    b.text(f"{_tick(True)} Certificate of registry no. {ids.digits(rng, 6)}, valid until ")
    b.span(C.fmt_date(registered + timedelta(days=1825), "dmy"), "END_DATE").nl()
    start = day - timedelta(days=rng.randint(10, 330))
    style = C.date_style(rng)
    b.text(f"{_tick(True)} ").span(rng.choice(V.AUTH_TYPES_EN[:2]).capitalize(), "AUTH_TYPE")
    b.text(" no. ").span(ids.licence_no(rng), "LICENSE_NO").text(", valid ")
    b.span(C.fmt_date(start, style), "START_DATE").text(" to ")
    b.span(C.fmt_date(start + timedelta(days=364), style), "END_DATE").nl()
    b.text(f"{_tick(True)} Listed on the ").span(rfmo, "RFMO_CODE").text(" record as ")
    b.span(ids.rfmo_id(rng, rfmo, s.flag), "RFMO_ID").nl()
    b.line(f"{_tick(rng.random() < 0.8)} Fishing logbook on board and up to date")
    name, street, city, _, iso3 = C.owner_record(s, rng)
    b.text("Owner: ").span(name, "ASSOC_NAME").text(", ").span(street, "ADDRESS").text(", ")
    b.span(city, "CITY").text(" (").span(C.country(iso3), "COUNTRY_CODE").line(")")
    company = rng.choice(V.COMPANIES)
    b.text("Operator: ").span(company[0], "ASSOC_NAME").text(" (").span(
        C.country(company[4]), "COUNTRY_CODE"
    ).line(")")
    master, nationality = rng.choice(V.PEOPLE)
    b.text("Master: ").span(master, "ASSOC_NAME").text("   nationality: ")
    b.span(C.country(nationality), "COUNTRY_CODE")
    b.line(f"   crew on board: {rng.randint(12, 38)}")
    return master


def _part4(b: PageBuilder, s: C.Shown, rng: random.Random) -> None:
    b.nl().line("PART 4 - GEAR").nl()
    for gear in _GEARS:
        b.line(f"  {_tick(gear == s.gear)} {V.GEAR_WORDS[gear][0]}")
    b.line(f"  Gear marked with the vessel's call sign: {_tick(True)} yes  {_tick(False)} no")
    b.line(
        f"  Hooks / jigs / mesh observed: {rng.randint(20, 3200)}   Floats: {rng.randint(0, 400)}"
    )
    b.line(f"  Prohibited gear or shark fins on board: {_tick(False)} yes  {_tick(True)} no")
    b.line(
        f"  Fish holds inspected: {rng.randint(1, 6)} of {rng.randint(6, 8)}; "
        f"total capacity {rng.randint(80, 900)} m3"
    )


def _part5(b: PageBuilder, s: C.Shown, rng: random.Random) -> None:
    b.nl().line("PART 5 - CATCH ON BOARD").nl()
    widths = (8, 24, 12, 14, 14)
    b.row([(h, None) for h in ("Code", "Species", "Form", "Logbook kg", "Estimated kg")], widths)
    codes = sorted({C.catch_of(s.gear, rng)[0] for _ in range(6)})
    for code in codes:
        row = C.species(code)
        logged = rng.randint(5, 400) * 100
        estimate = logged + rng.choice((0, 0, rng.randint(-30, 60) * 100))
        b.row(
            [
                (code, "SPECIES_NAME"),
                (row[1], "SPECIES_NAME"),
                (rng.choice(("WHL", "GUT", "FRZ")), None),
                (str(logged), None),
                (str(estimate), None),
            ],
            widths,
        )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (s,) = C.pick(vessels, rng, 1)
    rfmo, area, _ = C.pick_rfmo(rng)
    reg = ids.national_reg_no(rng, s.flag, s.year)
    b = PageBuilder()
    b.line("AT-SEA BOARDING AND INSPECTION REPORT - CHECKLIST").line("=" * 50).nl()
    day = _part1(b, rfmo, area, rng)
    _part2(b, s, reg, rng)
    split_three = rng.random() < 0.5
    pages = [b.draft()]
    b = PageBuilder()
    b.line("BOARDING REPORT (continued)").nl()
    master = _part3(b, s, rfmo, day, rng)
    _part4(b, s, rng)
    if split_three:
        pages.append(b.draft())
        b = PageBuilder()
        b.line("BOARDING REPORT (continued)").nl()
    _part5(b, s, rng)
    observer = rng.random() < 0.4
    b.nl().line(
        f"  Observer on board: {_tick(observer)} yes  {_tick(not observer)} no"
        f"      Transshipment since last port call: {_tick(False)} yes  {_tick(True)} no"
    )
    b.line(
        f"  Last port of call: {rng.choice(V.PORTS)[1]}, {rng.randint(8, 120)} days before boarding"
    )
    b.nl().line("PART 6 - FINDINGS").nl()
    serious = rng.random() < 0.3
    b.line(f"  {_tick(not serious)} No apparent infringement")
    b.line(f"  {_tick(serious)} Apparent infringement (details below); flag State notified")
    b.line(
        "  Comments: "
        + rng.choice(
            (
                "catch estimate within tolerance of the logbook; crew cooperative.",
                "logbook entries for the last three sets incomplete; master advised.",
                "VMS unit found switched off; reported to the flag State contact point.",
            )
        )
    )
    b.nl().line("PART 7 - SIGNATURES").nl()
    b.line(
        f"Inspector: {rng.choice(V.OFFICIALS)} (ID {ids.letters(rng, 2)}-{ids.digits(rng, 4)})   "
        "signature: ________"
    )
    b.text("Master: ").span(master, "ASSOC_NAME")
    b.line(f"   signature: ________   {_tick(split_three)} master's statement below")
    if split_three:
        b.nl().line("MASTER'S STATEMENT").nl().wrap(88)
        b.text("I, ").span(master, "ASSOC_NAME").text(", master of the ").span(
            s.name, "VESSEL_NAME"
        )
        b.text(", acknowledge receipt of a copy of this report. ")
        b.line(rng.choice(_STATEMENTS)).wrap(None)
    pages.append(b.draft())
    return pages
