"""An RFMO compliance committee paper: a table of alleged infringements, one row per vessel.

Case references, paragraph and measure numbers and the CPC responses are hard negatives.
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "compliance_infringement_table"

_COLUMNS = (
    ("No.", 4),
    ("Case ref.", 19),
    ("Vessel", 22),
    ("Flag", 16),
    ("IMO", 9),
    ("{rfmo} No.", 16),
    ("Alleged infringement", 54),
    ("CPC response", 40),
    ("Status", 12),
)


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _infringement(rfmo: str, rng: random.Random) -> str:
    text = rng.choice(_vocab.INFRINGEMENTS)
    return text.format(m=rng.choice(_vocab.MEASURES[rfmo]), p=f"{rng.randint(2, 40)}")


def _response(rng: random.Random) -> str:
    return rng.choice(_vocab.CPC_RESPONSES).format(a=rng.randint(5, 90), n=rng.randint(2, 12))


class _Paper:
    def __init__(self, vessels: list[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.rfmo = rng.choice(tuple(_vocab.COMMITTEES))
        self.year = rng.randint(2018, 2025)
        self.session = rng.randint(12, 28)
        self.symbol = _vocab.COMMITTEES[self.rfmo][2].format(
            y=self.year, n=self.session, d=f"{rng.randint(1, 30):02d}"
        )
        self.style = rng.choice(("grid", "pipes", "blocks"))
        self.blank = rng.choice(("—", "-", "n/a", ""))
        self.ships = c.pick_ships(vessels, rng, rng.randint(6, 14))
        self.case = 0

    def header(self, page: PageDraft) -> None:
        rng, rfmo = self.rng, self.rfmo
        committee, venue, _ = _vocab.COMMITTEES[rfmo]
        page.line(f"{self.symbol}{'   Rev. 1' if rng.random() < 0.3 else ''}")
        page.line(_vocab.RFMOS[rfmo][0].upper()).line(committee)
        page.line(
            f"{_ordinal(self.session)} Session, {venue}, {rng.randint(1, 24)}-"
            f"{rng.randint(25, 30)} {rng.choice(('September', 'October', 'November'))} "
            f"{self.year}"
        ).nl()
        page.line(
            rng.choice(
                (
                    "SUMMARY OF ALLEGED INFRINGEMENTS",
                    "POSSIBLE INFRINGEMENTS REPORTED BY OBSERVERS AND INSPECTORS",
                    "Draft Compliance Monitoring Report — vessel cases",
                )
            )
        ).nl()
        page.add("1. In accordance with paragraph ").add(str(rng.randint(3, 30)))
        page.add(
            " of the compliance monitoring scheme, the Secretariat presents the cases below, "
            "all concerning vessels on the "
        ).val(rfmo, "RFMO_CODE")
        page.add(
            " record of authorised vessels. CPCs are invited to update the responses before "
            f"the {_ordinal(self.session)} session."
        ).nl(2)
        page.add(
            f"2. Cases are numbered by year of detection and flag; references such as {rfmo}-"
            f"{self.year - 1}-{rng.choice(('IR', 'OB', 'PI'))}-0{rng.randint(10, 99)} are "
        )
        page.line("those of the original observer or inspection report.").nl()

    def table_head(self, page: PageDraft) -> None:
        names = [(name.format(rfmo=self.rfmo), width) for name, width in _COLUMNS]
        if self.style == "pipes":
            page.line("| " + " | ".join(name for name, _ in names) + " |")
            page.line("|" + "|".join("---" for _ in names) + "|")
        elif self.style == "grid":
            for name, width in names:
                page.cell(name, width)
            page.nl().line("=" * 150)

    def row(self, page: PageDraft, ship: c.Ship) -> None:
        rng = self.rng
        self.case += 1
        flag_code = ship.flag or "XXX"
        ref = f"{self.rfmo}-{self.year}-{flag_code}-{rng.randint(1, 60):03d}"
        cells: list[tuple[str, str | None]] = [
            (str(self.case), None),
            (ref, None),
            (ship.name, "VESSEL_NAME"),
            (c.country(ship.flag, "en", rng), "FLAG") if ship.flag else (self.blank, None),
            (ship.imo, "IMO") if ship.imo else (self.blank, None),
            (c.rfmo_number(self.rfmo, ship, rng), "RFMO_ID"),
            (_infringement(self.rfmo, rng), None),
            (_response(rng), None),
            (rng.choice(_vocab.STATUSES), None),
        ]
        if self.style == "blocks":
            keys = [name.format(rfmo=self.rfmo) for name, _ in _COLUMNS]
            page.add(f"Case {self.case} ({ref})").nl()
            for key, (value, label) in zip(keys[2:], cells[2:], strict=True):
                if value:
                    page.add(f"   {key}: ").val(value, label).nl()
            return
        for (value, label), (_, width) in zip(cells, _COLUMNS, strict=True):
            if self.style == "pipes":
                page.add("| ")
                if value:
                    page.val(value, label)
                page.add(" ")
            else:
                page.cell(value or " ", width, label if value else None)
        page.add("|" if self.style == "pipes" else "").nl()

    def recommendations(self, page: PageDraft) -> None:
        rng = self.rng
        page.nl().line("RECOMMENDATIONS").nl()
        ship = rng.choice(self.ships)
        page.add(f"{rng.randint(3, 9)}. The Committee noted that the ")
        if ship.flag:
            page.val(c.country(ship.flag, "en"), "FLAG").add("-flagged ")
        page.add("vessel ").val(ship.name, "VESSEL_NAME")
        if ship.imo:
            page.add(" (IMO ").val(ship.imo, "IMO").add(")")
        page.add(
            " had been the subject of two cases in consecutive years and requested the flag "
            "CPC to report on the outcome of its investigation by 31 March."
        ).nl(2)
        page.add(
            f"{rng.randint(10, 14)}. Cases closed by the flag CPC with a documented sanction "
            "will be removed from the provisional list; all others remain open under "
            f"paragraph {rng.randint(20, 40)}({rng.choice('abcd')})."
        ).nl(2)
        page.line(
            f"{rng.randint(15, 19)}. The Committee recommends that the Commission adopt "
            "the Final Compliance Report with the statuses shown in this paper."
        )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    paper = _Paper(vessels, rng)
    per_page = rng.choice((4, 5, 6)) if paper.style != "blocks" else 4
    chunks = [paper.ships[i : i + per_page] for i in range(0, len(paper.ships), per_page)][:3]
    pages: list[PageDraft] = []
    for number, chunk in enumerate(chunks, start=1):
        page = PageDraft()
        if number == 1:
            paper.header(page)
        else:
            page.line(f"{paper.symbol}").line("Table 1 (continued)").nl()
        paper.table_head(page)
        for ship in chunk:
            paper.row(page, ship)
        if number == len(chunks):
            paper.recommendations(page)
            page.nl().line("Abbreviations: CPC — Member or Cooperating non-Member; IR — inspection")
            page.line("report; OB — observer report; PI — port inspection. Responses as received")
            page.line(
                f"by the Secretariat up to {rng.randint(1, 28)} "
                f"{rng.choice(('July', 'August'))} {paper.year}."
            )
        page.nl().line(f"Page {number} of {len(chunks)}")
        pages.append(page)
    return pages
