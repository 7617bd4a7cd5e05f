"""A marine casualty investigation report about a fishing vessel (flag-State safety board style).

Summary, particulars of the vessel as a two-column table, crew and owner, a timed narrative,
analysis, findings and numbered safety recommendations (report and recommendation numbers,
times, crew counts and the master's name are hard negatives).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._ids import pick
from ._page import DocumentBuilder, PageBuilder, PageDraft

LAYOUT = "marine_casualty_report"

ACTIONS = (
    "review its risk assessment for hauling operations",
    "install fixed fire detection in the engine room",
    "provide lifejackets to every deckhand working on deck",
    "train watchkeepers in bridge watch alarm use",
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    vessel, helper = pick(vessels, rng, 2)
    owner = C.owner_of(vessel, rng)
    hole = rng.choice(V.PLACEHOLDERS)
    board = rng.choice(V.INVESTIGATORS)
    title, event, cause = rng.choice(V.CASUALTIES)
    when = datetime.combine(C.some_date(rng), datetime.min.time()) + timedelta(
        minutes=rng.randrange(0, 1440, 5)
    )
    style = rng.randrange(6)
    report_no = f"{rng.randint(1, 30):02d}/{when.year}"
    pages = rng.choice((1, 2, 2, 3, 3))
    doc = DocumentBuilder()

    def header(b: PageBuilder, n: int) -> None:
        b.line(board.upper())
        b.line(f"Report No. {report_no}", " " * rng.randint(3, 12), f"Page {n} of {pages}")
        b.blank()

    # --- summary and particulars ------------------------------------------------------------
    b = doc.page
    header(b, 1)
    b.line("MARINE CASUALTY INVESTIGATION REPORT")
    b.line(
        f"{title.capitalize()} on board the {C.gear_word(vessel.gear)} ",
        (vessel.name, "VESSEL_NAME"),
        f" on {C.fmt_date(when.date(), style)}",
    )
    b.blank()
    b.line("SUMMARY")
    crew = rng.randint(9, 32)
    area = rng.choice(V.FAO_AREAS)
    species = C.species_for(vessel, rng)
    b.line(
        f"At about {when:%H%M} local time on {C.fmt_date(when.date(), style)}, {event} on ",
        (vessel.name, "VESSEL_NAME"),
        f". The vessel had {crew} crew on board and was fishing",
        " in FAO Area ",
        (area, "FAO_AREA_CODE"),
        " for ",
        (C.in_prose(species[1]), "SPECIES_NAME"),
        f". {rng.choice(('No one', 'One person', 'Two crew members'))} needed medical",
        " treatment ashore. This report does not apportion blame.",
    )
    b.blank()
    b.line("1  PARTICULARS OF THE VESSEL")
    b.line("-" * 60)
    w = rng.choice((24, 28, 30))
    rows: list[tuple[str, str | None, str | None]] = [
        ("Name", vessel.name, "VESSEL_NAME"),
        ("Flag", C.flag_text(rng, vessel.flag), "FLAG"),
        ("Port of registry", C.port_name(rng, vessel.port), "HOME_PORT"),
        ("IMO number", vessel.imo, "IMO"),
        ("Call sign", vessel.ircs, "IRCS"),
        ("MMSI", vessel.mmsi, "MMSI"),
        ("Official number", C.nat_reg_no(rng, vessel.flag), "NATIONAL_REG_NO"),
        ("Type", C.gear_word(vessel.gear), None),
    ]
    for key, value, label in rows:
        b.cell(key, None, w).line(C.ident(value, label or "", hole) if label else value or hole)
    yard, country = rng.choice(V.YARD_BY_FLAG[C.region(vessel.flag, V.YARD_BY_FLAG)])
    b.cell("Gross tonnage", "METRIC_TYPE", w).line(
        (vessel.gross_tonnage, "METRIC_VALUE"), " ", ("GT", "METRIC_UNIT")
    )
    b.cell("Length overall", "METRIC_TYPE", w).line(
        (vessel.length_m, "METRIC_VALUE"), " ", (rng.choice(("m", "metres")), "METRIC_UNIT")
    )
    b.cell("Main engine power", "METRIC_TYPE", w).line(
        (str(C.engine_kw(rng, vessel.gross_tonnage)), "METRIC_VALUE"), " ", ("kW", "METRIC_UNIT")
    )
    b.cell("Built", None, w).line(
        (vessel.build_year, "BUILD_YEAR"),
        ", ",
        (yard, "BUILDER_LOCATION"),
        " (",
        (country, "BUILD_COUNTRY"),
        ")",
    )
    start = when.date() - timedelta(days=rng.randint(10, 350))
    lic = C.licence_no(rng, vessel.flag, start.year)
    b.cell("Fishing licence", None, w).line(
        (lic, "LICENSE_NO"),
        ", valid ",
        (C.fmt_date(start, style), "START_DATE"),
        " to ",
        (C.fmt_date(start + timedelta(days=364), style), "END_DATE"),
    )
    b.cell("Minimum safe manning", None, w).line(str(rng.randint(6, 14)))
    b.cell("Persons on board", None, w).line(str(crew))

    # --- crew, owner and narrative ----------------------------------------------------------
    b = doc.new_page() if pages >= 2 else b.blank()
    if pages >= 2:
        header(b, 2)
    master, master_age = C.person(rng), rng.randint(34, 61)
    b.line("2  CREW AND OWNERSHIP")
    b.line(
        f"The master, {master}, aged {master_age}, held a certificate of competency ",
        f"issued in {rng.randint(1998, 2019)}. The vessel is owned by ",
        (owner.name, "ASSOC_NAME"),
        ", ",
        (owner.street, "ADDRESS"),
        ", ",
        (owner.city, "CITY"),
        ", ",
        (owner.country, "COUNTRY_CODE"),
        ", which is also its ",
        (rng.choice(("operator", "manager", "ISM manager")), "ASSOC_ROLE"),
        ".",
    )
    if pages >= 2:
        b.blank()
        b.line(rng.choice(("Crew list (extract)", "Persons on board (extract)")))
        b.line("Name".ljust(26), "Rank".ljust(16), "Nationality".ljust(14), "Age")
        ranks = ["Master", "Chief engineer", "Bosun", "Fishing master"] + ["Deckhand"] * 4
        for rank in ranks[: rng.randint(4, 8)]:
            nationality = rng.choice(("Indonesia", "Philippines", "Viet Nam", "China", "Kiribati"))
            name = master if rank == "Master" else C.person(rng)
            age = master_age if rank == "Master" else rng.randint(19, 63)
            b.line(name.ljust(26), rank.ljust(16), nationality.ljust(14), str(age))
    b.blank()
    b.line("3  NARRATIVE")
    t = when - timedelta(minutes=rng.randint(60, 180))
    steps = [
        "the crew began hauling the gear; weather fair, wind SE force 4, sea state 3",
        f"{event}; the general alarm was sounded",
        "a distress alert was sent by DSC and the crew mustered at the liferafts",
        "the fishing vessel ",
        f"the MRCC released the assisting vessels; {rng.randint(1, crew)} crew transferred",
    ]
    if pages >= 2:
        steps[3:3] = [
            "the master took the con and ordered all crew to muster on the main deck",
            "the master reported the situation to the owner's office by satellite phone",
        ]
    for i, step in enumerate(steps[: 3 + (pages >= 2) * 4]):
        t += timedelta(minutes=rng.randint(7, 55))
        if step.startswith("the fishing vessel "):
            b.line(
                f"{t:%H%M}  The fishing vessel ",
                (helper.name, "VESSEL_NAME"),
                " (call sign ",
                C.ident(helper.ircs, "IRCS", hole),
                ") arrived on scene and stood by.",
            )
        else:
            b.line(f"{t:%H%M}  ", step[0].upper(), step[1:], "." if i % 2 else "")

    # --- analysis, findings and recommendations ---------------------------------------------
    b = doc.new_page() if pages == 3 else b.blank()
    if pages == 3:
        header(b, 3)
    if pages >= 2:
        b.line("4  ANALYSIS")
        b.line(
            f"The investigation found that {cause}. Similar findings were made in reports ",
            f"{rng.randint(1, 20):02d}/{when.year - 2} and ",
            f"{rng.randint(1, 20):02d}/{when.year - 1}.",
            " Fatigue, training and the condition of equipment were also examined. The",
            " company's safety management system had no procedure for this operation.",
        )
        b.blank()
    b.line("5  FINDINGS")
    b.line(f"5.1  The casualty occurred because {cause}.")
    b.line(f"5.2  {rng.randint(2, 6)} of {crew} crew had completed basic safety training.")
    b.line("5.3  ", (vessel.name, "VESSEL_NAME"), " held valid statutory certificates.")
    b.blank()
    b.line("6  SAFETY RECOMMENDATIONS")
    series = rng.randint(100, 180)
    for k, action in enumerate(rng.sample(ACTIONS, rng.randint(2, 3 if pages == 1 else 4)), 1):
        code = f"{when.year}/{series}-{k:02d}"
        b.line(
            f"Recommendation {code}: ", (owner.name, "ASSOC_NAME"), f" is recommended to {action}."
        )
    b.blank()
    b.line(
        f"Issued {C.fmt_date(when.date() + timedelta(days=rng.randint(120, 400)), style)} by ",
        f"{C.person(rng)}, Chief Investigator",
    )
    return doc.drafts()
