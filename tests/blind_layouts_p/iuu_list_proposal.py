"""A proposal to include a vessel in an RFMO's IUU vessel list: the proposing party, current
and previous names, flags, call signs, owners and operators, activities, evidence, sightings
and the measures concerned."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, country, fmt_date, former_flag, former_name, pick, some_date
from ._page import PageDraft

LAYOUT = "iuu_list_proposal"


class _Case:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.ship: Ident = pick(vessels, rng, "imo ircs")
        self.rfmo = rng.choice(sorted(vocab.RFMOS))
        self.full, self.measure, self.areas = vocab.RFMOS[self.rfmo]
        self.party = rng.choice(vocab.PARTIES)
        self.names = [former_name(self.ship, rng)]
        if rng.random() < 0.5:
            self.names.append(rng.choice([n for n in vocab.FORMER_NAMES if n not in self.names]))
        self.old = [former_flag(self.ship, rng) for _ in range(rng.randint(1, 2))]
        self.style = rng.choice(("en", "dmy", "abbr"))
        self.pad = rng.choice((0, 30, 34))
        companies = rng.sample(vocab.COMPANIES, 3)
        self.owners = [
            ("Registered owner", self.ship.owner, None),
            *[
                (role, c[0], c)
                for role, c in zip(("Operator", "Previous owner"), companies, strict=False)
            ],
        ]

    def key(self, page: PageDraft, text: str, metric: str = "") -> PageDraft:
        """A numbered key; a metric's name in it is labelled (it stands beside its value)."""
        if metric:
            page.add(text).add(metric, "METRIC_TYPE")
            return page.add(":".ljust(max(2, self.pad - len(text) - len(metric))))
        return page.add(f"{text}:".ljust(max(len(text) + 2, self.pad)))


def _head(page: PageDraft, case: _Case) -> None:
    rng = case.rng
    year = rng.randint(2019, 2025)
    page.line(case.full.upper(), " (", (case.rfmo, "RFMO_CODE"), ")")
    page.line(
        f"{case.rfmo}-{year}-CoC{rng.randint(15, 22)}-{rng.randint(4, 19):02d}"
        f"{rng.choice(('', ' Rev_1', ' Rev_2'))}"
    )
    page.nl()
    page.line(
        "PROPOSAL FOR INCLUSION OF A VESSEL IN THE ",
        (case.rfmo, "RFMO_CODE"),
        " DRAFT IUU VESSEL LIST",
    )
    page.line(
        f"Submitted by: {case.party}",
        "   ",
        f"Date: {fmt_date(some_date(rng, year, year), case.style)}",
    )
    page.nl()
    page.line(
        f"In accordance with {case.measure}, the {case.party} submits the following "
        "information on a vessel presumed to have carried out IUU fishing activities."
    )
    flag = country(case.ship.flag)
    page.put("The flag State (").val(flag, "FLAG", "not established").line(
        f") was notified of the proposal on {fmt_date(some_date(rng, year, year), case.style)} "
        f"through the {case.rfmo} Secretariat and has not yet replied."
    )
    page.nl()


def _particulars(page: PageDraft, case: _Case) -> None:
    ship, rng = case.ship, case.rng
    page.line("A. VESSEL INFORMATION").nl()
    case.key(page, "1. Current name of vessel").line((ship.name, "VESSEL_NAME"))
    case.key(page, "2. Previous names")
    for i, name in enumerate(case.names):
        page.put("; " if i else "", (name, "NAME_CHANGE"))
    page.nl()
    case.key(page, "3. Current flag").line((country(ship.flag), "FLAG", "unknown"))
    case.key(page, "4. Previous flags")
    for i, (iso3, _, _) in enumerate(case.old):
        page.put(", " if i else "", (country(iso3) or iso3, "FLAG_CHANGE"))
    page.nl()
    case.key(page, "5. IMO number").line((ship.imo, "IMO", "not available"))
    case.key(page, "6. Call sign").line((ship.ircs, "IRCS", "unknown"))
    case.key(page, "7. Previous call signs")
    for i, (_, sign, _) in enumerate(case.old):
        page.put(" / " if i else "", (sign, "ID_CHANGE"))
    page.nl()
    case.key(page, "8. MMSI").put((ship.mmsi, "MMSI", "not broadcast"))
    page.line("  (previously ", (case.old[0][2], "ID_CHANGE"), ")")
    gear = vocab.GEARS[ship.gear][1]
    case.key(page, "9. Vessel type / gear").line(f"fishing vessel / {gear}")
    case.key(page, "10. ", "Length overall").line(
        " ", (ship.loa, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT")
    )
    case.key(page, "11. ", rng.choice(("Gross tonnage", "Tonnage"))).line(
        " ", (ship.gt, "METRIC_VALUE"), " ", (rng.choice(("GT", "GRT")), "METRIC_UNIT")
    )
    page.nl()


def _owners(page: PageDraft, case: _Case) -> None:
    page.line("B. OWNERS AND OPERATORS").nl()
    page.line("Role | Name | Address")
    for role, name, company in case.owners:
        page.put((role, "ASSOC_ROLE"))
        page.put(" (until 2020)" if role.startswith("Previous") else "", " | ")
        page.put((name, "ASSOC_NAME"), " | ")
        if company is None:
            page.line("not known")
        else:
            page.line(
                (company[1], "ADDRESS"),
                ", ",
                (company[2], "CITY"),
                ", ",
                (country(company[4]) or company[4], "COUNTRY_CODE"),
            )
    page.nl()


def _activities(page: PageDraft, case: _Case) -> None:
    rng = case.rng
    page.line("C. SUMMARY OF ACTIVITIES AND SIGHTINGS").nl()
    for n in range(rng.randint(3, 4)):
        code = rng.choice(("BET", "YFT", "SWO", "TOP", "OFJ", "ALB"))
        text = rng.choice(vocab.ACTIVITIES)
        area = rng.choice(case.areas)
        sighted = fmt_date(some_date(rng, 2018, 2024), case.style)
        page.add(
            f"({n + 1}) On {sighted} at {rng.randint(0, 59):02d}°{rng.randint(0, 59):02d}'S "
            f"{rng.randint(40, 179):03d}°{rng.randint(0, 59):02d}'E the vessel was sighted by "
            f"{rng.choice(vocab.PATROLS)} "
        )
        page.template(
            text,
            {
                "species": [
                    (vocab.SPECIES_EN[code], "SPECIES_NAME"),
                    " (",
                    (code, "SPECIES_NAME"),
                    ")",
                ],
                "rfmo": (case.rfmo, "RFMO_CODE"),
                "area": (area, "FAO_AREA_CODE"),
            },
        )
        page.line(".")
    page.nl()


def _evidence(page: PageDraft, case: _Case) -> None:
    rng = case.rng
    page.line("D. EVIDENCE ATTACHED").nl()
    for i, item in enumerate(rng.sample(vocab.EVIDENCE, 3)):
        page.line(f"  Annex {i + 1}: {item}.")
    page.nl().line("E. MEASURES CONCERNED").nl()
    page.line(
        "The activities described diminish the effectiveness of ",
        (case.rfmo, "RFMO_CODE"),
        f" conservation and management measures, and meet the criteria of paragraph "
        f"{rng.randint(1, 3)}({rng.choice('abcdefg')}) of {case.measure}.",
    )
    page.nl().line(
        f"Contact point: {rng.choice(vocab.PEOPLE)}, fisheries monitoring unit, {case.party}"
    )


def _annex(page: PageDraft, case: _Case) -> None:
    rng = case.rng
    page.nl().line("ANNEX - SIGHTINGS LOG (times UTC)").nl()
    page.line("Date | Time | Latitude | Longitude | Course | Speed (kn) | Name on hull")
    for _ in range(rng.randint(5, 8)):
        page.add(
            f"{fmt_date(some_date(rng, 2018, 2024), 'dmy')} | {rng.randint(0, 23):02d}"
            f"{rng.randint(0, 59):02d} | {rng.uniform(0, 60):.3f} S | "
            f"{rng.uniform(40, 179):.3f} E | {rng.randint(0, 359):03d} | "
            f"{rng.uniform(0, 12):.1f} | "
        )
        if rng.random() < 0.3:
            page.line((rng.choice(case.names), "NAME_CHANGE"), " (painted over)")
        else:
            page.line((case.ship.name, "VESSEL_NAME"))


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    case = _Case(vessels, rng)
    layouts = {
        1: ((_head, _particulars, _owners),),
        2: ((_head, _particulars), (_owners, _activities, _evidence)),
        3: ((_head, _particulars), (_owners, _activities), (_evidence, _annex)),
    }[rng.randint(1, 3)]
    pages = []
    for sections in layouts:
        page = PageDraft()
        for section in sections:
            section(page, case)
        pages.append(page)
    return pages
