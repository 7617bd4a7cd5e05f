"""A ship sanitation control (exemption) certificate on the IHR (2005) model, as issued at a port.

The port of issue, its code, the inspecting officer and the certificate's own dates are not the
vessel's particulars and stay unlabelled; the catch in the holds is a species.
"""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "sanitation_certificate"

_TITLES = (
    ("SHIP SANITATION CONTROL EXEMPTION CERTIFICATE", "SHIP SANITATION CONTROL CERTIFICATE"),
    (
        "Ship Sanitation Control Exemption Certificate (SSCEC)",
        "Ship Sanitation Control Certificate (SSCC)",
    ),
)


class _Certificate:
    def __init__(self, vessels: list[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.ship = c.pick_ship(vessels, rng)
        self.port, self.locode, self.state = rng.choice(_vocab.PORTS)
        self.exempt = rng.random() < 0.55
        self.inspected = c.some_date(rng, 2019, 2025)
        self.style = c.date_style("en", rng)
        self.number = f"{self.locode}/{self.inspected.year}/{rng.randint(1, 999):04d}"
        self.blank = c.placeholder("en", rng)
        self.officer = rng.choice(_vocab.OFFICIALS)

    def date(self, plus_days: int = 0) -> str:
        return c.fmt_date(self.inspected + timedelta(days=plus_days), "en", self.style)

    def front(self) -> PageDraft:
        rng, ship = self.rng, self.ship
        titles = rng.choice(_TITLES)
        page = PageDraft().line(f"{c.country(self.state).upper()} — PORT HEALTH AUTHORITY")
        page.line(f"{titles[0]} / {titles[1]}").line(f"Certificate No. {self.number}").nl()
        page.line(f"Port of {self.port} ({self.locode})        Date: {self.date()}").nl()
        page.line("This Certificate records the inspection and 1) exemption from control or 2)")
        page.line("control measures applied").nl()
        page.add("Name of ship or inland navigation vessel: ").val(ship.name, "VESSEL_NAME")
        page.add("   Flag: ")
        if ship.flag:
            page.val(c.country(ship.flag, "en", rng), "FLAG")
        else:
            page.add(self.blank)
        page.add("\nRegistration/IMO No.: ")
        if ship.imo:
            page.add(rng.choice(("", "IMO "))).val(ship.imo, "IMO")
        else:
            page.add(self.blank)
        page.add("   Call sign: ")
        c.ident(page, ship.ircs, "IRCS", self.blank)
        if ship.gt:
            page.add("   ")
            c.metric(page, rng.choice(("Gross tonnage", "GT")), ship.gt, None, end="")
        if ship.port and rng.random() < 0.5:
            c.home_port(page.add("\nPort of registry: "), ship, "en", rng, self.blank)
        page.nl()
        tonnes = rng.randint(20, 900)
        fish = rng.choice(c.species(ship, rng, 2))
        page.add("At the time of inspection the holds were ")
        if rng.random() < 0.6:
            page.add(f"laden with {tonnes} tonnes of frozen ")
            page.val(fish[1].lower(), "SPECIES_NAME").line(" (fishery products).")
        else:
            page.line("unladen.")
        page.line(
            f"Name and address of inspecting officer: {self.officer}, Port Health Office, "
            f"{self.port}"
        ).nl()
        self.table(page, rng.sample(_vocab.SANITATION_AREAS, rng.randint(8, 11)))
        page.nl()
        if self.exempt:
            page.line("[X] No evidence found. Ship/vessel is exempted from control measures.")
        else:
            page.line("[X] Control measures indicated were applied on the date below.")
        page.line(f"Name and designation of issuing officer: {self.officer}, Port Health Officer")
        page.line(f"Signature and seal: ______________        Date: {self.date()}")
        return page

    def table(self, page: PageDraft, areas: list[str]) -> None:
        rng = self.rng
        widths = (28, 40, 12, 30)
        for head, width in zip(
            ("Area inspected", "Evidence found (1)", "Samples (2)", "Control measures applied"),
            widths,
            strict=True,
        ):
            page.cell(head, width)
        page.nl().line("-" * 110)
        for area in areas:
            found = not self.exempt and rng.random() < 0.35
            evidence = rng.choice(_vocab.EVIDENCE) if found else rng.choice(_vocab.NIL_EVIDENCE)
            measure = rng.choice(_vocab.CONTROL_MEASURES) if found else "-"
            for value, width in zip(
                (area, evidence, rng.choice(("-", "Taken", "N/A")), measure), widths, strict=True
            ):
                page.cell(value, width)
            page.nl()

    def attachment(self) -> PageDraft:
        rng, ship = self.rng, self.ship
        page = PageDraft().line("ATTACHMENT TO SHIP SANITATION CONTROL EXEMPTION CERTIFICATE /")
        page.line("SHIP SANITATION CONTROL CERTIFICATE").nl()
        page.add(f"Certificate No. {self.number} — vessel ").val(ship.name, "VESSEL_NAME")
        if ship.imo:
            page.add(", IMO ").val(ship.imo, "IMO")
        if ship.flag:
            page.add(", flag ").val(c.country(ship.flag, "en", rng), "FLAG")
        page.nl(2)
        for group, items in (
            ("Food", ("Source", "Storage", "Preparation", "Service")),
            ("Water", ("Source", "Storage", "Distribution")),
            ("Waste", ("Holding", "Treatment", "Disposal")),
        ):
            page.line(group)
            for item in items:
                page.add(f"   {item:<16}").cell(rng.choice(_vocab.NIL_EVIDENCE), 14)
                page.line(rng.choice(_vocab.DOCS_REVIEWED))
        page.nl().line(
            f"Re-inspection date: {self.date(rng.randint(20, 60)) if not self.exempt else 'N/A'}"
        )
        page.nl()
        for note in _vocab.SANITATION_NOTES:
            page.line(note)
        return page

    def extension(self) -> PageDraft:
        rng, ship = self.rng, self.ship
        port, locode, state = rng.choice([p for p in _vocab.PORTS if p[0] != self.port])
        page = PageDraft().line("EXTENSION OF VALIDITY (IHR 2005, Annex 3)").nl()
        page.add("The certificate No. ").add(self.number).add(" issued at ").add(self.port)
        page.add(f" on {self.date()} to the ship ").val(ship.name, "VESSEL_NAME").add(
            " (call sign "
        )
        c.ident(page, ship.ircs, "IRCS", self.blank)
        page.add(") is extended by one month, to ").add(self.date(213)).add(", inspection not ")
        page.line(f"being possible at {port} ({locode}), {c.country(state)}, and no evidence of")
        page.line("infection or contamination having been reported by the master.").nl()
        page.line("Reason: no inspection capacity at the port of call during the vessel's stay.")
        page.line(
            "Maritime Declaration of Health reviewed: yes. Crew on board: "
            f"{rng.randint(12, 48)}. Ill persons: none."
        ).nl()
        page.line(f"Officer: {rng.choice(_vocab.OFFICIALS)}, Port Health Officer")
        page.line(f"Date: {self.date(rng.randint(150, 180))}    Seal of the competent authority")
        page.nl().line(_vocab.SANITATION_NOTES[2])
        return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    certificate = _Certificate(vessels, rng)
    pages = [certificate.front()]
    count = rng.choice((1, 2, 2, 3))
    if count >= 2:
        pages.append(certificate.attachment())
    if count == 3:
        pages.append(certificate.extension())
    return pages
