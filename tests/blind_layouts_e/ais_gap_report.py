"""A monitoring analysis of AIS gaps and encounters: a small identity block, summary counts,
then log tables full of numbers that are not identifiers (event ids, timestamps, positions,
speeds, durations). The subject's MMSI repeats in the log; English."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fmt import country, latlon, ocean_for, rfmo_id, some_day
from ._ids import Ident, pick, pick_other
from ._page import PageDraft, Part, lab
from ._vocab import OCEANS

LAYOUT = "ais_gap_report"

ORGS = ("Ocean Monitoring Unit", "Regional Fisheries Surveillance Centre", "MDA Analysis Cell",
        "Fisheries Intelligence Desk")  # fmt: skip
GAP_HEAD = ("#", "Event ID", "MMSI", "Gap start (UTC)", "Gap end (UTC)", "Hours", "Start lat",
            "Start lon", "End lat", "End lon", "Dist nm", "Impl. kn")  # fmt: skip
GAP_W = (3, 10, 11, 18, 18, 7, 10, 11, 10, 11, 8, 8)
ENC_HEAD = ("#", "Start (UTC)", "Hours", "Lat", "Lon", "Other vessel", "MMSI", "Flag", "Dist km",
            "Spd kn")  # fmt: skip
ENC_W = (3, 18, 6, 9, 10, 22, 11, 5, 8, 7)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


class _Report:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.v: Ident = pick(vessels, rng, want="mmsi")
        self.vessels = vessels
        self.ocean = ocean_for(self.v, rng)
        start = some_day(rng, 2025, 2026)
        self.start = datetime(start.year, start.month, start.day)
        self.days = rng.choice((30, 61, 90))
        self.ref = f"MDA-{start.year}-{rng.randint(1, 9999):04d}"
        self.ph = rng.choice(("—", "n/a", "unknown"))
        minutes = sorted(rng.randint(0, self.days * 1440) for _ in range(14))
        self.begins = [self.start + timedelta(minutes=m) for m in minutes]

    def mmsi(self) -> Part:
        return lab(self.v.mmsi, "MMSI", self.ph)

    def header(self, page: PageDraft, number: int, total: int) -> None:
        page.line(f"{self.ref} | ", (self.v.name, "VESSEL_NAME"), " (MMSI ", self.mmsi(),
                  f") | Page {number} of {total}")  # fmt: skip
        page.nl()

    def identity(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        end = self.start + timedelta(days=self.days)
        page.line(f"{rng.choice(ORGS).upper()} — AIS GAP AND ENCOUNTER ANALYSIS")
        page.line(f"Report ref: {self.ref}    Generated: {_stamp(end + timedelta(hours=30))} UTC")
        page.line(f"Analysis period: {_stamp(self.start)} to {_stamp(end)} UTC ({self.days} days)")
        page.nl().line("SUBJECT VESSEL")
        flag: list[Part] = [lab(country(v.flag, "en", rng, codes=False), "FLAG", self.ph)]
        if v.flag and rng.random() < 0.6:
            flag += [" (", (v.flag, "FLAG"), ")"]
        page.field("Name", (v.name, "VESSEL_NAME"), width=14, sep="")
        page.field("MMSI", self.mmsi(), width=14, sep="")
        page.field("IMO", lab(v.imo, "IMO", self.ph), width=14, sep="")
        page.field("Call sign", lab(v.ircs, "IRCS", self.ph), width=14, sep="")
        page.field("Flag", *flag, width=14, sep="")
        if v.loa:
            page.line(("Length", "METRIC_TYPE"), " " * 8, (v.loa, "METRIC_VALUE"), " ",
                      ("m", "METRIC_UNIT"))  # fmt: skip
        if v.gt:
            unit: list[Part] = [" ", ("GT", "METRIC_UNIT")] if rng.random() < 0.5 else []
            page.line(("Gross tonnage", "METRIC_TYPE"), " ", (v.gt, "METRIC_VALUE"), *unit)
        rfmos = OCEANS[self.ocean][0]
        listed: list[Part] = []
        for rfmo in rfmos[: rng.randint(1, len(rfmos))]:
            listed += ["; "] if listed else []
            listed += [(rfmo, "RFMO_CODE"), " (", (rfmo_id(rfmo, v.flag, rng), "RFMO_ID"), ")"]
        page.field("Registries", *listed, width=14, sep="")
        page.nl()

    def summary(self, page: PageDraft, gaps: int, encounters: int) -> None:
        rng = self.rng
        rows = (
            ("Platform track ID", str(rng.randint(100_000_000, 999_999_999))),
            ("AIS positions received", f"{rng.randint(2_000, 40_000):,}"),
            ("Gaps > 12 h", str(gaps)),
            ("Total gap duration (h)", f"{rng.uniform(40, 600):.1f}"),
            ("Encounters", str(encounters)),
            ("Loitering events", str(rng.randint(0, 9))),
            ("Port visits", str(rng.randint(0, 3))),
            ("Max implied speed in gaps (kn)", f"{rng.uniform(4, 14):.1f}"),
            ("Risk score", f"{rng.uniform(0.1, 0.99):.2f}"),
        )
        page.line("SUMMARY")
        for key, value in rows:
            page.line(f"  {key:<34}{value:>10}")
        page.nl()

    def gap_rows(self, page: PageDraft, count: int, first: int) -> None:
        rng = self.rng
        page.line("".join(h.ljust(w) for h, w in zip(GAP_HEAD, GAP_W, strict=True)).rstrip())
        for n in range(first, first + count):
            begin = self.begins[n - 1]
            hours = rng.uniform(12, 96)
            (lat0, lon0), (lat1, lon1) = latlon(self.ocean, rng), latlon(self.ocean, rng)
            dist = rng.uniform(5, 400)
            cells = (str(n), str(rng.randint(1_000_000, 9_999_999)))
            page.add("".join(c.ljust(w) for c, w in zip(cells, GAP_W, strict=False)))
            page.cell(self.v.mmsi or self.ph, GAP_W[2], "MMSI" if self.v.mmsi else None)
            rest = (_stamp(begin), _stamp(begin + timedelta(hours=hours)), f"{hours:.1f}",
                    f"{lat0:.4f}", f"{lon0:.4f}", f"{lat1:.4f}", f"{lon1:.4f}", f"{dist:.1f}",
                    f"{dist / hours:.1f}")  # fmt: skip
            page.line("".join(c.ljust(w) for c, w in zip(rest, GAP_W[3:], strict=True)).rstrip())
        page.nl()

    def encounters(self, page: PageDraft, count: int) -> None:
        rng = self.rng
        page.line("ENCOUNTERS (vessels within 500 m for more than 2 h, both below 2 kn)")
        page.line("".join(h.ljust(w) for h, w in zip(ENC_HEAD, ENC_W, strict=True)).rstrip())
        for n in range(1, count + 1):
            other = pick_other(self.vessels, rng, self.v, gear="CARRIER")
            begin = self.start + timedelta(minutes=rng.randint(0, self.days * 1440))
            lat, lon = latlon(self.ocean, rng)
            cells = (str(n), _stamp(begin), f"{rng.uniform(2, 14):.1f}", f"{lat:.3f}", f"{lon:.3f}")
            page.add("".join(c.ljust(w) for c, w in zip(cells, ENC_W, strict=False)))
            page.cell(other.name, ENC_W[5], "VESSEL_NAME")
            page.cell(other.mmsi or "—", ENC_W[6], "MMSI" if other.mmsi else None)
            page.cell(other.flag or "—", ENC_W[7], "FLAG" if other.flag else None)
            page.line(f"{rng.uniform(0.05, 0.5):<8.2f}{rng.uniform(0.1, 1.9):.1f}")
        if not count:
            page.line("  none detected")
        page.nl()

    def notes(self, page: PageDraft) -> None:
        page.line("METHOD AND CAVEATS")
        page.line("Gaps are intervals of more than 12 hours between consecutive positions of MMSI ",
                  self.mmsi(), ", from terrestrial and satellite AIS. A gap is not in itself ",
                  "evidence of wrongdoing: reception is poor in parts of FAO area ",
                  (self.rng.choice(OCEANS[self.ocean][1]), "FAO_AREA_CODE"), ".")  # fmt: skip
        page.line("Event IDs are internal to the analysis platform and change between runs.")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    report = _Report(vessels, rng)
    total = rng.choice((1, 2, 2, 3))
    gaps, encounters = rng.randint(3, 14), rng.randint(0, 3)
    pages = [PageDraft() for _ in range(total)]
    report.identity(pages[0])
    report.summary(pages[0], gaps, encounters)
    pages[0].line("AIS GAP EVENTS")
    first = gaps if total == 1 else min(gaps, rng.randint(2, 5))
    report.gap_rows(pages[0], first, 1)
    for number, page in enumerate(pages[1:], start=2):
        report.header(page, number, total)
    if first < gaps:
        pages[1].line("AIS GAP EVENTS (continued)")
        report.gap_rows(pages[1], gaps - first, first + 1)
    report.encounters(pages[min(1, total - 1)], encounters)
    report.notes(pages[-1])
    return pages
