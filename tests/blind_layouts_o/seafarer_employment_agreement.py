"""A seafarer's (fisher's) employment agreement naming the vessel, in English.

Shipowner/employer with address and company number (labelled), the seafarer's own details
(name, birth, passport, seaman's book, home address, next of kin: hard negatives), vessel
particulars, wages and terms (amounts, hours, contract dates: hard negatives), signatures.
"""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import pick
from ._page import DocumentBuilder, PageBuilder, PageDraft, Piece

LAYOUT = "seafarer_employment_agreement"

RANKS = ("Deckhand", "Ordinary Seaman", "Able Seaman", "Bosun", "Cook", "Oiler", "Fisher")


def _kv(b: PageBuilder, key: str, width: int, *pieces: Piece) -> None:
    b.add(f"{key}:".ljust(width)).line(*pieces)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (vessel,) = pick(vessels, rng)
    owner = C.owner_of(vessel, rng)
    hole = rng.choice(V.PLACEHOLDERS)
    style = rng.randrange(6)
    w = rng.choice((28, 32, 34))
    signed = C.some_date(rng, 2020, 2025)
    starts = signed + timedelta(days=rng.randint(3, 40))
    months = rng.choice((10, 12, 18, 24))
    seafarer = C.person(rng)
    home = rng.choice(V.SEAFARER_HOMES)
    rank = rng.choice(RANKS)
    wage = rng.randrange(350, 900, 25)
    pages = rng.choice((1, 2, 2, 3))
    doc = DocumentBuilder()
    b = doc.page
    b.line(
        rng.choice(
            (
                "SEAFARER EMPLOYMENT AGREEMENT",
                "FISHER'S WORK AGREEMENT",
                "SEAFARER'S EMPLOYMENT AGREEMENT (SEA)",
            )
        )
    )
    b.line(
        rng.choice(
            (
                "In accordance with the Maritime Labour Convention, 2006, Standard A2.1",
                "In accordance with the Work in Fishing Convention, 2007 (No. 188), Annex II",
            )
        )
    )
    b.line(f"Agreement No. SEA-{signed.year}-{rng.randint(1, 9999):04d}")
    b.blank()
    b.line("PART 1 - SHIPOWNER / EMPLOYER")
    _kv(b, "Name", w, (owner.name, "ASSOC_NAME"))
    _kv(b, "Capacity", w, (rng.choice(("Registered owner", "Shipowner", "Operator")), "ASSOC_ROLE"))
    _kv(b, "Company registration no.", w, (owner.reg_no, "REG_NO"))
    b.add("Address:".ljust(w))
    C.address_line(b, owner, rng)
    b.line()
    _kv(
        b,
        "Telephone",
        w,
        f"+{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",
    )
    _kv(b, "Represented by", w, f"{C.person(rng)}, {rng.choice(('Crewing Manager', 'Director'))}")
    b.blank()
    b.line("PART 2 - SEAFARER")
    _kv(b, "Full name", w, seafarer.upper())
    birth = C.some_date(rng, 1968, 2003)
    _kv(b, "Date and place of birth", w, f"{C.fmt_date(birth, style)}, {home[1]}")
    _kv(b, "Nationality", w, home[2])
    _kv(
        b,
        "Passport no.",
        w,
        f"{rng.choice('PEKC')}{rng.randint(1000000, 9999999)}{rng.choice('ABC')}",
    )
    _kv(
        b, "Seaman's book no.", w, f"{rng.choice(('SB', 'C', 'SIRB'))}{rng.randint(100000, 999999)}"
    )
    _kv(b, "Home address", w, f"{home[0]}, {home[1]}, {home[2]}")
    _kv(b, "Next of kin", w, f"{C.person(rng)} ({rng.choice(('wife', 'mother', 'brother'))})")
    b.blank()
    b.line("PART 3 - VESSEL")
    _kv(b, "Name of vessel", w, (vessel.name, "VESSEL_NAME"))
    _kv(b, "IMO number", w, C.ident(vessel.imo, "IMO", hole))
    _kv(b, "Flag", w, C.ident(C.flag_text(rng, vessel.flag), "FLAG", hole))
    _kv(b, "Port of registry", w, *C.home_port(rng, vessel))
    _kv(
        b,
        "Call sign / MMSI",
        w,
        C.ident(vessel.ircs, "IRCS", hole),
        " / ",
        C.ident(vessel.mmsi, "MMSI", hole),
    )
    b.add("Type / tonnage:".ljust(w), f"{C.gear_word(vessel.gear)}, ")
    b.line(*C.metric("gross tonnage", vessel.gross_tonnage, "GT"))

    # --- terms ------------------------------------------------------------------------------
    b = doc.new_page() if pages >= 2 else b.blank()
    if pages >= 2:
        b.line(f"Agreement SEA-{signed.year} - {seafarer.upper()} - page 2")
        b.blank()
    b.line("PART 4 - TERMS OF EMPLOYMENT")
    _kv(b, "Capacity engaged", w, rank)
    _kv(b, "Commencement", w, C.fmt_date(starts, style))
    _kv(b, "Duration", w, f"{months} months, plus or minus one month at the owner's option")
    _kv(b, "Place of engagement", w, rng.choice(V.LANDING_PORTS)[0])
    _kv(b, "Basic monthly wage", w, f"USD {wage}.00")
    terms = [
        f"Overtime: USD {rng.randint(2, 5)}.{rng.randint(0, 99):02d} per hour beyond 48 hours"
        " a week.",
        f"Catch bonus: USD {rng.randint(5, 40)} per tonne landed, paid on completion of the trip.",
        f"Paid leave: {rng.choice(('2.5', '3', '2'))} days for each month of service.",
        "Hours of rest: not less than 10 hours in any 24-hour period and 77 hours in any"
        " 7-day period.",
        "Repatriation at the cost of the shipowner at the end of the agreement or on medical"
        " grounds.",
        f"Allotment: USD {wage // 2} per month to the next of kin named in Part 2.",
    ]
    for i, term in enumerate(terms[: 4 if pages == 1 else 6], start=1):
        b.line(f"4.{i}  {term}")
    if pages >= 2:
        b.line("4.7  Medical care, sick pay and compensation for injury are provided by the")
        b.line("     shipowner in accordance with the law of the flag State and the collective")
        b.line(
            f"     agreement no. CBA-{rng.randint(100, 999)}, which forms part of this agreement."
        )

    # --- complaints, signatures and the wage scale -------------------------------------------
    b = doc.new_page() if pages == 3 else b.blank()
    if pages == 3:
        b.line(f"Agreement SEA-{signed.year} - {seafarer.upper()} - page 3")
        b.blank()
        b.line("PART 5 - ON-BOARD COMPLAINT PROCEDURE")
        b.line("A fisher may raise a complaint with the master, and if it is not resolved within")
        b.line(f"{rng.randint(7, 14)} days, with the shipowner's designated person or the flag")
        b.line("State authority. No fisher shall be victimised for filing a complaint. Contact of")
        phone = f"+{rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        b.line(f"the welfare officer: {phone}.")
        b.blank()
    b.line(f"PART {6 if pages == 3 else 5} - SIGNATURES")
    b.line("The seafarer declares to have read and understood this agreement and to have had")
    b.line("the opportunity to seek advice before signing it.")
    b.blank()
    b.line(f"Signed at {rng.choice(V.LANDING_PORTS)[0]} on {C.fmt_date(signed, style)}")
    b.line(f"For the shipowner: ____________________  ({C.person(rng)})")
    b.line(f"Seafarer:          ____________________  ({seafarer})")
    b.line("Master, ", (vessel.name, "VESSEL_NAME"), f": ______________  ({C.person(rng)})")
    if pages == 3:
        b.blank()
        b.line("ANNEX - WAGE SCALE (USD per month)")
        for r in RANKS:
            b.line(f"  {r:<18} {wage if r == rank else rng.randrange(350, 1200, 25):>6}.00")
    return doc.drafts()
