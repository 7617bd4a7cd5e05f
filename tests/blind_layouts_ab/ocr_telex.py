"""A printed telex read back through OCR: ZCZC ... NNNN, capitals, 69-column lines, few
punctuation marks, OCR slips in the running text (never inside a labelled value)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Seg, pad
from ._vocab import COUNTRIES, GEAR_SPECIES, REGION_SQUID

LAYOUT = "ocr_telex"

_SLIPS = {"O": "0", "I": "1", "S": "5", "B": "8", "E": "F", "G": "6"}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_TAILS = (
    "MSG ENDS PLS ACK BY RETURN TLX OR INMARSAT C",
    "TKS AND BRGDS",
    "PLS QUOTE OUR MSG NR IN ANY REPLY",
    "THIS TLX SUPERSEDES ANY EARLIER MSG ON SAME SUBJECT",
    "IN CASE OF NO ANSWER PLS CALL DUTY OFFICER ON SAT PHONE",
    "COPY TO FLAG STATE FMC AND OWNERS FOR INFO",
)


def _noisy(text: str, rng: random.Random, rate: float) -> str:
    """OCR slips in letters of plain words (digits and spacing untouched)."""
    out = []
    for ch in text:
        if ch in _SLIPS and rng.random() < rate:
            out.append(_SLIPS[ch])
        else:
            out.append(ch)
    return "".join(out)


def _tdate(day: dt.date, style: int) -> str:
    if style == 0:
        return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"
    if style == 1:
        return f"{day.day:02d}{_MONTHS[day.month - 1]}{day.year % 100:02d}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


class _Telex:
    def __init__(self, page: PageDraft, rng: random.Random, rate: float) -> None:
        self.page, self.rng, self.rate = page, rng, rate

    def para(self, *segs: Seg) -> None:
        cleaned: list[Seg] = []
        for seg in segs:
            if isinstance(seg, str):
                cleaned.append(_noisy(seg.upper(), self.rng, self.rate))
            else:
                cleaned.append(seg)
        self.page.wrap(cleaned, 69)
        self.page.line()


def _country_upper(iso3: str | None) -> str | None:
    if iso3 is None:
        return None
    return (COUNTRIES[iso3][0] if iso3 in COUNTRIES else iso3).upper()


def _message(v: c.Facts, rng: random.Random, day: dt.date, kind: str, rate: float) -> PageDraft:
    page = PageDraft()
    tx = _Telex(page, rng, rate)
    page.line(
        f"ZCZC {rng.choice(('MIA', 'RXA', 'TLA', 'BRA'))}{rng.randint(100, 999)} "
        f"{day.day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    )
    station = rng.choice(("FMCTW", "FISHAU", "MRCCX", "PORTLS", "AGNTMU"))
    answerback = f"{rng.randint(40000, 799999)} {station} X"
    page.line(answerback)
    dstyle = rng.randint(0, 2)
    page.line(f"{_tdate(day, dstyle)} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d} UTC")
    page.line()
    region = c.region_for(rng, v.gear)
    fao, rfmo, ports = c.region_info(region)
    port = c.port_by_code(rng.choice(ports))
    if kind == "entry":
        tx.para("TO FISHERIES MONITORING CENTRE")
        tx.para("FM MASTER FV ", (v.name, "VESSEL_NAME"))
        tx.para(f"MSG NR {day.year % 100}/{rng.randint(1, 400):03d}")
        tx.para("RE NOTIFICATION OF ENTRY INTO FISHING ZONE")
        tx.para("1 VESSEL NAME ", (v.name, "VESSEL_NAME"))
        tx.para("2 CALL SIGN ", c.opt(v.ircs, "IRCS", "NIL"))
        ids: list[Seg] = ["3 IMO NR ", c.opt(v.imo, "IMO", "NIL")]
        if v.mmsi:
            ids += [" MMSI ", (v.mmsi, "MMSI")]
        tx.para(*ids)
        flag = _country_upper(v.flag)
        tx.para("4 FLAG ", (flag, "FLAG") if flag else "NIL")
        start = dt.date(day.year, rng.choice((1, 4, 7)), 1)
        end = dt.date(day.year, 12, 31)
        lic = f"{rng.choice(('FL', 'LL', 'PS', 'SJ'))}{day.year % 100}{rng.randint(1, 999):03d}"
        tx.para(
            "5 ",
            ("FISHING LICENCE", "AUTH_TYPE"),
            " NR ",
            (lic, "LICENSE_NO"),
            " VALID ",
            (_tdate(start, dstyle), "START_DATE"),
            " TO ",
            (_tdate(end, dstyle), "END_DATE"),
        )
        tx.para(
            f"6 POSN {c.position(rng, region, 'telex')} AT {day.day:02d}{rng.randint(0, 23):02d}00Z"
        )
        catch: list[Seg] = ["7 CATCH ON BOARD "]
        codes = (
            [REGION_SQUID.get(region, "OFJ")]
            if v.gear == "SQUID_JIGGER"
            else rng.sample(GEAR_SPECIES.get(v.gear or "", ("BET", "YFT", "SKJ")), 2)
        )
        for code in codes:
            catch += [(code, "SPECIES_NAME"), f" {rng.uniform(0.5, 80):.1f} MT "]
        tx.para(*catch)
        area: list[Seg] = ["8 INTENDED AREA FAO ", (rng.choice(fao), "FAO_AREA_CODE")]
        if rfmo:
            area += [" ", (rfmo, "RFMO_CODE"), " CONVENTION AREA"]
        tx.para(*area)
        tx.para(
            f"9 NEXT PORT {port[0].upper()} ",
            (port[1], "PORT_ID"),
            f" ETA {rng.randint(1, 28):02d} {_MONTHS[rng.randint(0, 11)]}",
        )
    elif kind == "crew":
        owner = v.owner.upper() if v.owner else None
        tx.para(f"TO {port[0].upper()} AGENCY ATTN OPS")
        tx.para("FM ", (owner, "ASSOC_NAME") if owner else "OWNERS")
        tx.para(
            f"REF OUR TLX {rng.randint(100, 999)} OF {_tdate(day - dt.timedelta(days=2), dstyle)}"
        )
        segs: list[Seg] = ["RE CREW CHANGE FV ", (v.name, "VESSEL_NAME")]
        if v.ircs:
            segs += [" CALLSIGN ", (v.ircs, "IRCS")]
        tx.para(*segs)
        flag = _country_upper(v.flag)
        body: list[Seg] = [
            "PLS ARRANGE SIGN OFF 4 CREW AND SIGN ON 4 CREW AT ",
            port[0].upper(),
            " ",
            (port[1], "PORT_ID"),
            f" VSL ETA {rng.randint(1, 28):02d} {_MONTHS[rng.randint(0, 11)]} AM",
        ]
        if flag:
            body += [" VSL FLAG ", (flag, "FLAG")]
        if v.imo:
            body += [" IMO ", (v.imo, "IMO")]
        body += [f" FLIGHT DETAILS FOLLOW PLS BOOK HOTEL 2 NIGHTS TEL {c.phone(rng)}"]
        tx.para(*body)
        if owner:
            tx.para(
                "OWNERS ",
                (owner, "ASSOC_NAME"),
                " AS ",
                ("OPERATORS", "ASSOC_ROLE"),
                " WILL SETTLE ALL COSTS",
            )
    else:
        tx.para("TO MRCC")
        tx.para("FM FV ", (v.name, "VESSEL_NAME"), " ", c.opt(v.ircs, "IRCS", ""))
        segs = [
            f"POSITION REPORT {c.position(rng, region, 'telex')} CSE {rng.randint(0, 359):03d} "
            f"SPD {rng.randint(3, 12)} KTS ALL WELL"
        ]
        if v.mmsi:
            segs += [" MMSI ", (v.mmsi, "MMSI")]
        tx.para(*segs)
        tx.para(
            f"WX {rng.choice(('SE', 'NE', 'SW', 'NW'))} {rng.randint(2, 7)} "
            f"SEA {rng.randint(2, 5)} "
            f"VIS GOOD POB {rng.randint(10, 40)}"
        )
        tx.para(
            f"FUEL ROB {rng.randint(40, 600)} M3 FW {rng.randint(10, 90)} T LUB OIL "
            f"{rng.randint(300, 2000)} LTRS"
        )
        codes = (
            [REGION_SQUID.get(region, "OFJ")]
            if v.gear == "SQUID_JIGGER"
            else rng.sample(GEAR_SPECIES.get(v.gear or "", ("BET", "YFT", "SKJ")), 2)
        )
        catch = ["CATCH SINCE LAST RPT "]
        for code in codes:
            catch += [(code, "SPECIES_NAME"), f" {rng.randint(1, 60)} PCS "]
        tx.para(*catch)
        tx.para(f"NEXT REPORT {day.day:02d}{rng.choice(('06', '12', '18'))}00Z")
        tx.para(
            "FISHING IN FAO AREA ",
            (rng.choice(fao), "FAO_AREA_CODE"),
            f" EXPECT TO REMAIN {rng.randint(3, 30)} DAYS",
        )
    for tail in rng.sample(_TAILS, 2):
        tx.para(tail)
    page.line("BRGDS" if rng.random() < 0.5 else "RGDS")
    page.line("NNNN")
    page.line(answerback)
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    v = c.pick_vessels(vessels, rng, 1)[0]
    day = c.some_day(rng)
    rate = rng.choice((0.0, 0.02, 0.05))
    kinds = ["entry", "crew", "position"]
    pages = [_message(v, rng, day, rng.choice(kinds), rate)]
    if rng.random() < 0.35:
        pages.append(_message(v, rng, day + dt.timedelta(days=1), rng.choice(kinds), rate))
    filler = [
        _noisy(x, rng, rate)
        for x in (
            "TELEX LOG PRINTOUT - RECEIVED MESSAGES - OPERATOR COPY",
            "LINE CHECK OK - NO ERRORS - MSG LENGTH 00:02:14",
            "RYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRYRY",
            "THE QUICK BROWN FOX JUMPED OVER THE LAZY DOGS BACK 1234567890",
            "WRU? - ANSWERBACK EXCHANGED - CIRCUIT CLEARED BY REMOTE STATION",
            "PAPER LOW - PLEASE REPLACE ROLL AFTER THIS MESSAGE",
            "STATION LOG - MESSAGES RECEIVED THIS WATCH - FILE COPY TO OPS ROOM",
            "TLX SERVICE CHARGES BILLED PER MINUTE - KEEP MSGS SHORT - NO REPEATS",
            "END OF ROLL - CONTINUED ON NEXT SHEET - OPERATOR INITIALS",
        )
    ]
    for p in pages:
        pad(p, rng.randint(780, 880), filler, rng)
    return pages
