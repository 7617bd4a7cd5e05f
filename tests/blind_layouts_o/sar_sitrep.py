"""A search-and-rescue situation report (IAMSAR SITREP, paragraphs A-N) about a fishing vessel.

Each page is one SITREP of the same incident (initial, update, final). Identity of the casualty,
position, POB, actions taken and assets tasked: other vessels by name, call sign and MMSI
(labelled) and aircraft by call sign (not vessels: unlabelled). Date-time groups, positions,
coast stations and their MMSIs, phone numbers and POB counts are hard negatives.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import Identity, new_call_sign, new_mmsi, pick
from ._page import DocumentBuilder, PageBuilder, PageDraft, Piece

LAYOUT = "sar_sitrep"

NATURES = (
    "FIRE ON BOARD",
    "TAKING WATER",
    "DISABLED AND ADRIFT",
    "MEDICAL EVACUATION",
    "OVERDUE",
    "PERSON OVERBOARD",
)


def _vessel_ref(b: PageBuilder, v: Identity, hole: str, rng: random.Random) -> None:
    """NAME (CALL SIGN / MMSI) in one of a few orders; missing identifiers as the placeholder."""
    b.add((v.name, "VESSEL_NAME"))
    if rng.random() < 0.5:
        b.add(" (", C.ident(v.ircs, "IRCS", hole), " / MMSI ", C.ident(v.mmsi, "MMSI", hole), ")")
    else:
        b.add(", CALLSIGN ", C.ident(v.ircs, "IRCS", hole))


def _merchant(rng: random.Random) -> tuple[str, str, str | None, str | None]:
    flag = rng.choice(("LBR", "PAN", "MHL", "BHS"))
    return rng.choice(V.MERCHANT_NAMES), flag, new_call_sign(rng, flag), new_mmsi(rng, flag)


def _initial_actions(
    b: PageBuilder,
    rng: random.Random,
    start: datetime,
    other: Identity,
    ship: tuple[str, str | None, str | None, str],
    hole: str,
) -> None:
    name, call_sign, mmsi, flag = ship
    b.line("J. INITIAL ACTIONS TAKEN:")
    b.add(f"  1. {C.dtg(start + timedelta(minutes=15))} MRCC TASKED ")
    _vessel_ref(b, other, hole, rng)
    b.line(f", {rng.randint(12, 60)} NM FROM POSITION, ETA {rng.randint(1, 6)} HRS.")
    b.line(
        f"  2. {C.dtg(start + timedelta(minutes=32))} MV ",
        (name, "VESSEL_NAME"),
        " (",
        C.ident(call_sign, "IRCS", hole),
        ", MMSI ",
        C.ident(mmsi, "MMSI", hole),
        ", ",
        ((C.flag_text(rng, flag) or "").upper(), "FLAG"),
        ") DIVERTED UNDER AMVER.",
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    vessel, other = pick(vessels, rng, 2)
    hole = rng.choice(("NIL", "UNKNOWN", "NOT KNOWN", "N/A"))
    rcc = rng.choice(V.MRCCS)
    station, st_cs, st_mmsi = rng.choice(V.COAST_STATIONS)
    nature = rng.choice(NATURES)
    start = datetime.combine(C.some_date(rng), datetime.min.time()) + timedelta(
        minutes=rng.randrange(0, 1440, 1)
    )
    pob = rng.randint(8, 34)
    owner = C.owner_of(vessel, rng)
    ship, ship_flag, ship_cs, ship_mmsi = _merchant(rng)
    aircraft = rng.sample(V.AIRCRAFT, 2)
    where = C.position(rng)
    flag = (C.flag_text(rng, vessel.flag) or "").upper()
    eta = C.dtg(start + timedelta(minutes=95))
    pages = rng.choice((1, 2, 3, 3))
    doc = DocumentBuilder()
    for n in range(1, pages + 1):
        b = doc.page if n == 1 else doc.new_page()
        now = start + timedelta(hours=3 * (n - 1), minutes=rng.randint(20, 50))
        final = n == pages and n > 1
        b.line(f"{rng.choice(('IMMEDIATE', 'PRIORITY'))}   {C.dtg(now)}")
        b.line(f"FM {rcc.upper()}")
        b.line(
            f"TO {', '.join(r.upper() for r in rng.sample([m for m in V.MRCCS if m != rcc], 2))}"
        )
        b.line(f"INFO {rng.choice(('FISHERIES MONITORING CENTRE', 'NATIONAL MARITIME AUTHORITY'))}")
        b.line("UNCLAS")
        b.add(f"SUBJ/SITREP {n}{' FINAL' if final else ''}/", (vessel.name, "VESSEL_NAME"))
        b.line(f"/{nature}/")
        b.blank()
        b.add("A. IDENTITY OF CASUALTY: ", rng.choice(("F/V ", "FV ", "FISHING VESSEL ")))
        ids: list[tuple[str, Piece]] = [
            ("CALLSIGN ", C.ident(vessel.ircs, "IRCS", hole)),
            ("MMSI ", C.ident(vessel.mmsi, "MMSI", hole)),
            ("IMO ", C.ident(vessel.imo, "IMO", hole)),
            ("FLAG ", C.ident(flag, "FLAG", hole)),
        ]
        rng.shuffle(ids)
        b.add((vessel.name, "VESSEL_NAME"))
        for key, piece in ids:
            b.add(rng.choice((", ", " / ")), key, piece)
        b.line()
        b.line(f"B. POSITION: {where} AT {C.dtg(start)}")
        if n == 1 and vessel.mmsi:
            b.line(
                f"C. SITUATION: AT {C.dtg(start)} {station.upper()} ({st_cs}) RELAYED A DSC ",
                "DISTRESS ALERT FROM MMSI ",
                (vessel.mmsi, "MMSI"),
                f", {nature}. ",
                f"MASTER REPORTS {pob} POB, NO INJURIES. COAST STATION MMSI {st_mmsi}.",
            )
        elif n == 1:
            b.line(
                f"C. SITUATION: AT {C.dtg(start)} MASTER CALLED {rcc.upper()} BY SATELLITE ",
                f"PHONE REPORTING {nature}, {pob} POB. {station.upper()} ({st_cs}) BROADCAST ",
                "A MAYDAY RELAY ON VHF CH 16 AND 2182 KHZ.",
            )
        else:
            done = "ALL POB RECOVERED, CASUALTY UNDER TOW" if final else "SITUATION UNCHANGED"
            hurt = rng.choice(("NO", "ONE", "TWO"))
            b.line(f"C. SITUATION: {done}. {hurt} CREW WITH MINOR INJURIES.")
        b.line(f"D. PERSONS ON BOARD: {pob}")
        b.line(f"E. ASSISTANCE REQUIRED: {rng.choice(('TOW', 'MEDEVAC', 'ESCORT TO PORT'))}")
        b.line(f"F. COORDINATING RCC: {rcc.upper()}")
        b.add("G. DESCRIPTION: ", (C.gear_word(vessel.gear).upper(), None), ", ")
        b.add(
            ("LOA", "METRIC_TYPE"),
            " ",
            (vessel.length_m, "METRIC_VALUE"),
            " ",
            ("M", "METRIC_UNIT"),
        )
        b.add(", ", ("GT", "METRIC_TYPE"), " ", (vessel.gross_tonnage, "METRIC_VALUE"))
        b.line(
            f", {rng.choice(('WHITE', 'BLUE', 'RED', 'GREY'))} HULL, PORT OF REGISTRY ",
            (C.port_name(rng, vessel.port).upper(), "HOME_PORT"),
        )
        b.line(
            f"H. WEATHER ON SCENE: WIND {rng.choice(('NE', 'SE', 'SW', 'NW'))} ",
            f"{rng.randint(10, 40)} KT, SEA {rng.randint(1, 4)} M, VIS {rng.randint(2, 10)} NM",
        )
        if n > 1:
            b.line("J. ACTIONS SINCE LAST SITREP:")
            b.add(f"  1. {C.dtg(now - timedelta(minutes=rng.randint(30, 90)))} ")
            _vessel_ref(b, other, hole, rng)
            b.line(" ON SCENE, ", "TOW CONNECTED." if final else "STANDING BY.")
            b.line("  2. MV ", (ship, "VESSEL_NAME"), " RELEASED FROM TASKING, RESUMED PASSAGE.")
            b.line(f"  3. {aircraft[1]} RELIEVED {aircraft[0]}, NOTHING FURTHER SIGHTED.")
        else:
            _initial_actions(b, rng, start, other, (ship, ship_cs, ship_mmsi, ship_flag), hole)
            b.line(f"  3. AIRCRAFT {aircraft[0]} LAUNCHED, ETA ON SCENE {eta}.")
        b.line(f"K. SEARCH AREA: {'NIL' if n > 1 else 'RADIUS 10 NM AROUND POSITION B'}")
        b.line(
            "L. COORDINATING INSTRUCTIONS: OSC ",
            (other.name, "VESSEL_NAME") if n > 1 else "TBA",
            f", VHF CH 16/{rng.choice(('67', '72', '73'))}, HF {rng.choice(('4125', '6215'))} KHZ",
        )
        b.line("M. FUTURE PLANS: " + ("NIL. CASE CLOSED." if final else "CONTINUE MONITORING."))
        b.add("N. ADDITIONAL INFORMATION: ")
        if n == 1:
            b.add(
                rng.choice(("OWNERS ", "REGISTERED OWNER ", "OPERATOR ")),
                (owner.name, "ASSOC_NAME"),
                f" INFORMED, TEL +{rng.randint(10, 99)} {rng.randint(100, 999)} ",
                f"{rng.randint(1000000, 9999999)}. ",
            )
        b.line("FMC CONFIRMS LAST VMS REPORT ", C.dtg(start - timedelta(hours=2)), ".")
        later = C.dtg(now + timedelta(hours=3))
        b.line(("NIL FURTHER SITREPS. " if final else f"NEXT SITREP AT {later}. ") + "BT")
    return doc.drafts()
