"""A GMDSS radio log page, kept on board a fishing vessel or at a coast station.

Timed entries with stations by call sign and name and the MMSI of DSC calls. Ship stations
(vessels) are labelled; coast stations, their call signs and 00-prefixed MMSIs, group calls,
frequencies, NAVAREA message numbers and positions are hard negatives.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import Identity, pick
from ._page import DocumentBuilder, PageBuilder, PageDraft

LAYOUT = "radio_log"

ROUTINE = (
    "Daily test of DSC controller on 2187.5 kHz - OK",
    "Weekly test of EPIRB (self-test) - OK, battery expiry checked",
    "NAVTEX message {n} received, gale warning",
    "EGC SafetyNET: NAVAREA {n} received",
    "Reserve source of energy tested, batteries charged",
    "Watch handed over, all equipment operational",
)
SHIP_MSGS = (
    "Routine DSC call, working channel 72 assigned, fishing information exchanged",
    "Position report {pos}, all well on board",
    "Safety call: gear set adrift, {n} km of longline, keep clear",
    "Requested weather on scene, passed",
    "DSC individual call acknowledged, reply on VHF ch 06",
)


def _ship(b: PageBuilder, v: Identity, hole: str, order: int) -> None:
    """The ship-station column: call sign, name and MMSI in the log's own order."""
    cs = C.ident(v.ircs, "IRCS", hole)
    mmsi = C.ident(v.mmsi, "MMSI", hole)
    if order == 0:
        b.add(cs, " ", (v.name, "VESSEL_NAME"), " (", mmsi, ")")
    else:
        b.add((v.name, "VESSEL_NAME"), " / ", cs, " / MMSI ", mmsi)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ships = pick(vessels, rng, 5)
    own = ships[0]
    coast, coast_cs, coast_mmsi = rng.choice(V.COAST_STATIONS)
    hole = rng.choice(("---", "n/k", "unk", "—"))
    on_board = rng.random() < 0.6
    order = rng.randrange(2)
    day = datetime.combine(C.some_date(rng), datetime.min.time())
    pages = rng.choice((1, 2, 2, 3))
    page_no = rng.randint(3, 90)
    doc = DocumentBuilder()
    for n in range(1, pages + 1):
        b = doc.page if n == 1 else doc.new_page()
        if on_board:
            b.line("GMDSS RADIO LOG", " " * rng.randint(4, 20), f"Page {page_no + n - 1}")
            b.line(
                "Ship: ",
                (own.name, "VESSEL_NAME"),
                "    Call sign: ",
                C.ident(own.ircs, "IRCS", hole),
                "    MMSI: ",
                C.ident(own.mmsi, "MMSI", hole),
            )
            if n == 1:
                b.line(
                    "IMO: ",
                    C.ident(own.imo, "IMO", hole),
                    "    Flag: ",
                    C.ident(C.flag_text(rng, own.flag), "FLAG", hole),
                    "    Port of registry: ",
                    *C.home_port(rng, own),
                )
            goc = rng.randint(10000, 99999)
            b.line(f"Sea areas: A1, A2, A3    Operator: {C.person(rng)} (GOC {goc})")
        else:
            b.line(f"{coast.upper()}  {coast_cs}   MMSI {coast_mmsi}")
            b.line(f"DSC / VHF / MF WATCH LOG  - sheet {page_no + n - 1}")
            b.line(f"Watchkeeper: {C.person(rng)}")
        b.line(f"Date: {C.fmt_date(day.date(), rng.randrange(6))}")
        b.line("-" * 78)
        b.line("UTC   ", "Freq/Ch".ljust(11), "Station / entry")
        b.line("-" * 78)
        t = day + timedelta(minutes=rng.randint(0, 40))
        for _ in range(rng.randint(10, 15)):
            t += timedelta(minutes=rng.randint(15, 110))
            if t.date() != day.date():
                break
            b.add(f"{t:%H%M}  ")
            kind = rng.random()
            if kind < 0.3:
                text = rng.choice(ROUTINE).format(
                    n=f"{rng.choice(('VIII', 'XI', 'X'))} {rng.randint(10, 999)}/{t:%y}"
                )
                b.line("-".ljust(11), text)
            elif kind < 0.45:
                b.line(
                    rng.choice(("VHF 16", "MF 2182", "NBDP")).ljust(11),
                    f"{coast_cs} {coast}: ",
                    rng.choice(
                        (
                            "test call, OK",
                            "traffic list, nil for us",
                            "weather bulletin",
                            f"MSI broadcast, group call 0{coast_mmsi[2:5]}00000",
                        )
                    ),
                )
            else:
                ship = rng.choice(ships[1:] if on_board else ships)
                b.add(rng.choice(("DSC 70", "VHF 16", "DSC 2187.5", "VHF 72")).ljust(11))
                _ship(b, ship, hole, order)
                msg = rng.choice(SHIP_MSGS).format(pos=C.position(rng), n=rng.randint(2, 40))
                b.line(f": {msg}")
        if n == 1 and rng.random() < 0.6:
            t += timedelta(minutes=7)
            ship = rng.choice(ships[1:])
            b.line(f"{t:%H%M}  {'DSC 2187.5':<11}DISTRESS RELAY from {coast_cs} ({coast_mmsi}):")
            b.add("      distress alert from ", (ship.name, "VESSEL_NAME"))
            if ship.flag:
                b.add(" (", (C.flag_text(rng, ship.flag) or "", "FLAG"), ")")
            b.add(" MMSI ", C.ident(ship.mmsi, "MMSI", hole))
            b.line(f", {rng.choice(('flooding', 'fire', 'disabled'))}, pos {C.position(rng)}.")
            b.line(
                f"      Acknowledged; informed {rng.choice(V.MRCCS)}; SAR aircraft MMSI "
                f"111{coast_mmsi[2:5]}{rng.randint(100, 999)} on scene later."
            )
        b.line("-" * 78)
        boss = "Master" if on_board else "Station supervisor"
        b.line(f"Signature of operator: __________    {boss}: __________   ({coast_cs} watch kept)")
        day += timedelta(days=1)
    return doc.drafts()
