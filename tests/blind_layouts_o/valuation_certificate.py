"""A marine surveyor's valuation certificate of a fishing vessel.

Particulars (with former name and flag, registry validity), owner, condition notes, market,
forced-sale and insured values (hard negatives), the date and the surveyor (unlabelled).
"""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import pick
from ._page import DocumentBuilder, PageBuilder, PageDraft, Piece

LAYOUT = "valuation_certificate"

CONDITION = (
    (
        "Hull",
        "plating sighted externally at drydock; moderate pitting at the waterline, "
        "no set-in or fractures noted; paint coatings fair.",
    ),
    (
        "Deck and superstructure",
        "steel decks in fair order; wheelhouse windows renewed; minor corrosion at the mast foot.",
    ),
    (
        "Main engine",
        "running hours since overhaul reported as {h}; ran smoothly on trial, "
        "no abnormal noise or blow-by observed.",
    ),
    (
        "Refrigeration",
        "brine/blast freezing plant operational; hold temperature -{t} °C at "
        "the time of attendance.",
    ),
    ("Fishing gear", "line hauler and branch-line reels in working order; spare gear on board."),
    ("Navigation and GMDSS", "radar, GPS plotter, VMS unit and AIS class A fitted and working."),
    ("Safety equipment", "two liferafts serviced within the year; EPIRB registration sighted."),
)


def _row(b: PageBuilder, key: str, width: int, *pieces: Piece) -> None:
    b.add(key.ljust(width)).line(*pieces)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (vessel,) = pick(vessels, rng)
    owner = C.owner_of(vessel, rng)
    former = C.former_of(vessel, rng)
    firm = rng.choice(V.SURVEY_FIRMS)
    hole = rng.choice(V.PLACEHOLDERS)
    style = rng.randrange(6)
    attended = C.some_date(rng, 2020, 2025)
    port = rng.choice(V.LANDING_PORTS)[0]
    w = rng.choice((26, 30))
    pages = rng.choice((1, 2, 2, 3))
    initials = "".join(x[0] for x in firm.split()[:3]).upper()
    ref = f"{initials}/V/{attended.year}/{rng.randint(1, 999):04d}"
    doc = DocumentBuilder()
    b = doc.page
    b.line(firm.upper())
    b.line(
        rng.choice(
            (
                "Marine Surveyors & Valuers",
                "Consulting Marine Surveyors",
                "Hull, Machinery and Valuation Surveys",
            )
        )
    )
    b.blank()
    b.line(
        rng.choice(
            ("CERTIFICATE OF VALUATION", "VALUATION CERTIFICATE", "DESKTOP AND ON-SITE VALUATION")
        )
    )
    b.line(
        f"Our ref.: {ref}",
        " " * rng.randint(4, 14),
        f"Date: {C.fmt_date(attended + timedelta(days=3), style)}",
    )
    b.blank()
    b.line(
        "This is to certify that, at the request of ",
        (owner.name, "ASSOC_NAME"),
        ", the ",
        (rng.choice(("registered owners", "owners", "managers")), "ASSOC_ROLE"),
        f" of the vessel, the undersigned attended the fishing vessel described below at {port}",
        f" on {C.fmt_date(attended, style)} to assess her fair market value.",
    )
    b.blank()
    b.line("PARTICULARS")
    _row(
        b,
        "Name of vessel",
        w,
        (vessel.name, "VESSEL_NAME"),
        " (ex-",
        (former.name or "", "NAME_CHANGE"),
        ")",
    )
    _row(b, "IMO number", w, C.ident(vessel.imo, "IMO", hole))
    _row(
        b,
        "Flag",
        w,
        C.ident(C.flag_text(rng, vessel.flag), "FLAG", hole),
        " (previously ",
        (C.flag_text(rng, former.flag) or "", "FLAG_CHANGE"),
        f", until {attended.year - rng.randint(2, 9)})",
    )
    _row(b, "Port of registry", w, *C.home_port(rng, vessel))
    b.add("Call sign".ljust(w), C.ident(vessel.ircs, "IRCS", hole))
    if former.call_sign:
        b.add(" (formerly ", (former.call_sign, "ID_CHANGE"), ")")
    b.line()
    _row(b, "Official number", w, (C.nat_reg_no(rng, vessel.flag), "NATIONAL_REG_NO"))
    issued = attended - timedelta(days=rng.randint(100, 900))
    _row(
        b,
        "Certificate of registry",
        w,
        "issued ",
        (C.fmt_date(issued, style), "START_DATE"),
        ", valid until ",
        (C.fmt_date(issued + timedelta(days=5 * 365), style), "END_DATE"),
    )
    _row(b, "Type", w, C.gear_word(vessel.gear))
    yard, country = rng.choice(V.YARD_BY_FLAG[C.region(vessel.flag, V.YARD_BY_FLAG)])
    _row(
        b,
        "Built",
        w,
        (vessel.build_year, "BUILD_YEAR"),
        " by ",
        (yard, "BUILDER_LOCATION"),
        ", ",
        (country, "BUILD_COUNTRY"),
    )
    length = float(vessel.length_m)
    b.line(
        *C.metric("Gross tonnage", vessel.gross_tonnage, "GT"),
        "   ",
        *C.metric("Net tonnage", str(int(float(vessel.gross_tonnage) * 0.3)), "NT"),
    )
    b.line(
        *C.metric("Length overall", vessel.length_m, "m"),
        "   ",
        *C.metric("Breadth", f"{length / rng.uniform(5.5, 7):.2f}", "m"),
    )
    b.line(
        "Main engine: ",
        rng.choice(("Yanmar 6N21", "Niigata 6M28", "MAN 6L23/30", "Wartsila 6L20")),
        ", ",
        *C.metric("rated power", str(C.engine_kw(rng, vessel.gross_tonnage)), "kW"),
    )
    b.line(*C.metric("Fish hold capacity", str(int(float(vessel.gross_tonnage) * 0.9)), "m³"))
    b.add("Registered owner".ljust(w), (owner.name, "ASSOC_NAME"), ", ")
    C.address_line(b, owner, rng)
    b.line()

    # --- condition and valuation ------------------------------------------------------------
    b = doc.new_page() if pages >= 2 else b.blank()
    if pages >= 2:
        b.line(f"{firm} - ref. {ref} - page 2")
        b.blank()
    b.line("CONDITION")
    notes = CONDITION if pages >= 2 else CONDITION[:2]
    for heading, note in notes:
        b.line(f"{heading}: {note.format(h=rng.randint(2000, 30000), t=rng.randint(18, 40))}")
    b.line(
        f"Last drydocking: {C.fmt_date(attended - timedelta(days=rng.randint(60, 700)), style)}."
    )
    b.blank()
    b.line("VALUATION")
    value = rng.randrange(400_000, 9_000_000, 50_000)
    b.line("Having regard to the age, type and condition of the vessel and to recent sales of")
    b.line(
        "similar tonnage, we are of the opinion that the fair market value of ",
        (vessel.name, "VESSEL_NAME"),
    )
    b.line(f"as at {C.fmt_date(attended, style)}, between a willing buyer and a willing seller, is")
    b.line(f"    USD {value:,}")
    b.line(f"Forced sale value: USD {value * 7 // 10:,}.   Sum insured: USD {value * 11 // 10:,}.")
    if pages == 1:
        b.blank()

    # --- limitations and signature ----------------------------------------------------------
    if pages == 3:
        b = doc.new_page()
        b.line(f"{firm} - ref. {ref} - page 3")
        b.blank()
        b.line("DOCUMENTS SIGHTED")
        lic_from = attended - timedelta(days=rng.randint(30, 300))
        b.line("  - Certificate of registry and tonnage certificate (originals)")
        b.line(
            "  - ",
            (
                rng.choice(("High seas fishing licence", "Fishing licence", "Fishing permit")),
                "AUTH_TYPE",
            ),
            " no. ",
            (C.licence_no(rng, vessel.flag, lic_from.year), "LICENSE_NO"),
            ", valid to ",
            (C.fmt_date(lic_from + timedelta(days=364), style), "END_DATE"),
        )
        b.line(f"  - Class / statutory survey status report dated {C.fmt_date(attended, style)}")
        plan = f"GA-{rng.randint(100, 999)}-{rng.randint(1, 9)}"
        b.line(f"  - Builder's general arrangement plan no. {plan}")
        b.blank()
        b.line("COMPARABLE SALES CONSIDERED")
        for _ in range(rng.randint(3, 5)):
            b.line(
                f"  {C.gear_word(rng.choice(V.GEARS))}, built {rng.randint(1990, 2020)}, "
                f"{rng.randint(300, 2000)} GT, sold {rng.randint(2019, 2025)} for USD "
                f"{rng.randrange(300_000, 8_000_000, 50_000):,}"
            )
        b.blank()
    if pages >= 2:
        b.blank()
        b.line("LIMITATIONS")
        b.line("This valuation is given without prejudice and without liability on the part of the")
        b.line("surveyor. No tanks, void spaces or internal structure were examined. The value")
        b.line("assumes the vessel is free of liens, mortgages and fishing-licence restrictions.")
        b.blank()
    b.line(f"{C.person(rng)}, {rng.choice(('AFIMarEST', 'MIIMS', 'CMarSurv'))}")
    b.line(f"for and on behalf of {firm}")
    return doc.drafts()
