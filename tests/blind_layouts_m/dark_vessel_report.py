"""An analysis report of vessels detected by satellite radar or optical imagery without AIS:
a detections table (times, positions, length estimates: hard negatives), candidate matches
and a narrative of the best match's recent history."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import Profile, pick
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "dark_vessel_report"

_AOIS = (  # (name, FAO area, latitude, longitude)
    ("Blue Hole, high seas off Argentina", "41", -46.0, -60.5),
    ("Northwest Indian Ocean, high seas", "51", 14.0, 60.0),
    ("Eastern Pacific, high seas off Peru", "87", -16.0, -83.0),
    ("Western Central Pacific, high-seas pocket", "71", 3.0, 158.0),
)
_Aoi = tuple[str, str, float, float]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    best = pick(vessels, rng)
    others = [pick(vessels, rng) for _ in range(rng.randint(2, 3))]
    candidates = [best] + [o for o in others if o.name != best.name]
    aoi = rng.choice(_AOIS)
    when = dt.datetime.combine(c.some_day(rng), dt.time(rng.randint(0, 23), rng.randint(0, 59)))
    report = f"DVR-{when:%Y%m%d}-{rng.randint(10, 99)}"
    pages = [_detections(report, aoi, when, rng), _matches(report, candidates, when, rng)]
    if rng.random() < 0.3:
        pages.append(_annex(report, rng))
    return pages


def _detections(report: str, aoi: _Aoi, when: dt.datetime, rng: random.Random) -> PageDraft:
    b = PageBuilder()
    b.line("MARITIME DOMAIN AWARENESS - DARK VESSEL ANALYSIS")
    b.line(
        f"Report {report}    Classification: OFFICIAL - SENSITIVE    Version 1.{rng.randint(0, 3)}"
    )
    b.rule("=")
    sensor = rng.choice(
        (
            "Sentinel-1A IW GRD (C-band SAR)",
            "RADARSAT Constellation Mission, ScanSAR",
            "PlanetScope optical, 3 m",
            "ICEYE X-band SAR, Strip",
        )
    )
    b.line(f"Area of interest: {aoi[0]} (FAO ", (aoi[1], "FAO_AREA_CODE"), ")")
    b.line(f"Sensor: {sensor}")
    b.line(f"Acquisition: {when:%Y-%m-%d %H:%M}Z    AIS window: +/- 60 min")
    b.line(f"Analyst: {rng.choice(v.OFFICIALS)}    Reviewed: {rng.choice(v.OFFICIALS)}")
    b.blank()
    b.line("1. SUMMARY")
    count = rng.randint(4, 9)
    dark = rng.randint(2, count)
    b.para(
        f"{count} vessel-sized objects were detected. Correlated with AIS positions:",
        f" {count - dark}; without AIS transmission in the window: {dark}. Object D-01 is",
        " assessed as a fishing",
        " vessel and is the subject of the candidate matching in section 3.",
    )
    b.blank()
    b.line("2. DETECTIONS")
    widths = [6, 10, 11, 12, 8, 9, 10]
    b.row([["ID"], ["Time (Z)"], ["Lat"], ["Lon"], ["L (m)"], ["Hdg"], ["AIS"]], widths)
    for index in range(1, count + 1):
        t = when + dt.timedelta(seconds=rng.randint(0, 40))
        lat = aoi[2] + rng.uniform(-1.5, 1.5)
        lon = aoi[3] + rng.uniform(-1.5, 1.5)
        ais = "none" if index <= dark else "matched"
        b.row(
            [
                [f"D-{index:02d}"],
                [f"{t:%H:%M:%S}"],
                [f"{lat:.4f}"],
                [f"{lon:.4f}"],
                [str(rng.randint(18, 110))],
                [f"{rng.randint(0, 359):03d}"],
                [ais],
            ],
            widths,
        )
    b.blank()
    b.line("AIS-matched objects are listed for completeness only; their identities were not")
    b.line("verified and they are excluded from this analysis.")
    return b.draft()


def _matches(
    report: str, candidates: list[Profile], when: dt.datetime, rng: random.Random
) -> PageDraft:
    b = PageBuilder()
    b.line(f"{report} - page 2")
    b.rule()
    b.line("3. CANDIDATE MATCHES FOR D-01")
    widths = [5, 28, 11, 16, 6]
    b.row([["#"], ["Vessel"], ["MMSI"], ["Flag"], ["Conf."]], widths)
    score = rng.randint(70, 94)
    for rank, cand in enumerate(candidates, start=1):
        flag = c.country(cand.flag)
        b.row(
            [
                [str(rank)],
                [(cand.name, "VESSEL_NAME")],
                [c.ident(cand.mmsi, "MMSI", "unknown")],
                [(flag, "FLAG") if flag else "-"],
                [f"{score}%"],
            ],
            widths,
        )
        score = max(score - rng.randint(8, 30), 5)
    b.line("Confidence combines length match, last known AIS track and gear-typical behaviour.")
    b.blank()
    best = candidates[0]
    b.line("4. BEST MATCH - RECENT HISTORY")
    adj = c.adjective(best.flag) if best.flag else None
    lead: list[Piece] = [(best.name, "VESSEL_NAME")]
    if best.imo:
        lead += [" (IMO ", (best.imo, "IMO"), ")"]
    lead += [", a "]
    if adj:
        lead += [(adj, "FLAG"), "-flagged "]
    lead += [c.gear_word(best)]
    if best.ircs:
        lead += [" using call sign ", (best.ircs, "IRCS")]
    b.line(*lead, ",")
    last = when - dt.timedelta(hours=rng.randint(30, 400))
    b.para(
        f"last transmitted AIS at {last:%Y-%m-%d %H:%M}Z about {rng.randint(20, 300)} nm from",
        f" D-01, heading towards the detection area at {rng.randint(6, 12)} knots before the",
        " signal was lost.",
    )
    port, locode = rng.choice(v.PORTS)
    b.line(
        f"Its previous port call was {port} (",
        (locode, "PORT_ID"),
        f"), {rng.randint(9, 60)} days earlier.",
    )
    owner = c.owner(best, rng)
    b.line(
        "Registered owner per public records: ",
        (owner.name, "ASSOC_NAME"),
        ", ",
        (owner.city, "CITY"),
        ", ",
        (c.country(owner.country), "COUNTRY_CODE"),
        ".",
    )
    if best.former_name:
        b.line("The vessel operated until recently as ", (best.former_name, "NAME_CHANGE"), ".")
    if rng.random() < 0.6:
        rfmo = rng.choice(("WCPFC", "IOTC", "SPRFMO", "NPFC"))
        number = c.rfmo_record(best.flag, rfmo, rng)
        b.line(
            "It is listed on the ",
            (rfmo, "RFMO_CODE"),
            " record of authorised vessels (no. ",
            (number or "-", "RFMO_ID" if number else None),
            ").",
        )
    b.blank()
    b.line("5. ASSESSMENT")
    b.para(
        f"The gap in AIS of about {rng.randint(30, 400)} hours coincides with the detection. The",
        " match is assessed as LIKELY; verification by a patrol asset or a port inspection is",
        " recommended.",
    )
    return b.draft()


def _annex(report: str, rng: random.Random) -> PageDraft:
    b = PageBuilder()
    b.line(f"{report} - ANNEX A: METHOD")
    b.rule()
    paragraphs = (
        "A.1 Detection. Objects were detected with a constant false alarm rate (CFAR) detector"
        " on calibrated sigma-nought, with land and sea-ice masking; detections under 15 m"
        " were dropped.",
        "A.2 Length. Lengths are estimated from the object's extent in the image and carry an"
        f" uncertainty of +/- {rng.randint(8, 20)} m at this resolution; they are not vessel"
        " particulars.",
        "A.3 AIS correlation. Positions were interpolated to the acquisition time; an object"
        f" within {rng.choice((1.0, 1.5, 2.0))} km of an interpolated AIS position was counted"
        " as matched.",
        "A.4 Candidates. Vessels with AIS tracks ending within 500 nm and 21 days were ranked by"
        " length agreement, speed feasibility and gear-typical behaviour in the preceding month.",
        "A.5 Limitations. SAR does not resolve vessel names or markings; optical imagery was"
        " cloud-covered over part of the area. All times are UTC.",
    )
    width = rng.choice((76, 88))
    for paragraph in paragraphs:
        b.para(paragraph, width=width)
    b.blank()
    prepared = c.date_text(c.some_day(rng), "iso")
    b.line(f"Prepared by the analysis cell, {prepared}. Distribution: partners only.")
    return b.draft()
