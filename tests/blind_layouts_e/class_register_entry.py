"""A classification-society or P&I-club register entry (Lloyd's-like): LR/IMO number, former
names with dates, builder and yard number, dimensions and tonnages, engine power, owner and
manager with addresses; a history page may follow. English."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._fmt import (
    address,
    company,
    country,
    former_identity,
    grouped,
    national_reg_no,
    port_of_registry,
)
from ._ids import Ident, pick
from ._page import PageDraft, Part, lab
from ._vocab import CLASS_SOCIETIES, SHIPYARDS

LAYOUT = "class_register_entry"

TYPES = {"SQUID_JIGGER": "Squid jigger", "CARRIER": "Refrigerated cargo ship",
         "TUNA_PURSE_SEINES": "Tuna purse seiner", "TRAWLERS": "Stern trawler",
         "POLE_AND_LINE": "Pole and line vessel"}  # fmt: skip
ROLES = ("Registered owner", "Ship manager", "DOC company", "Operator", "Group owner")


class _Entry:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.v: Ident = pick(vessels, rng, want="imo")
        self.club = rng.random() < 0.3  # a P&I club's list of entered ships
        self.ph = rng.choice(("—", "not recorded", "N/A"))
        self.sep = rng.choice((",", ",", " "))
        year = int(self.v.year) if self.v.year else rng.randint(1990, 2022)
        self.year = str(year)
        self.former = [former_identity(rng) for _ in range(rng.choice((0, 1, 1, 2)))]
        if self.v.former_name and self.former:
            flag, _, ircs, mmsi = self.former[0]
            self.former[0] = (flag, self.v.former_name, ircs, mmsi)
        later = range(year + 1, 2026)
        changes = sorted(rng.sample(later, min(len(self.former), len(later))))
        self.starts = [str(year), *map(str, changes)]  # from-years: built, then each change

    def metric(self, name: str, value: str | None, unit: str | None) -> list[Part]:
        if not value:
            return []
        shown = grouped(value, self.sep) if self.sep != " " or "." not in value else value
        parts: list[Part] = [(name, "METRIC_TYPE"), " ", (shown, "METRIC_VALUE")]
        return parts + ([" ", (unit, "METRIC_UNIT")] if unit else []) + ["   "]

    def head(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        if self.club:
            page.line("NORTH PACIFIC MUTUAL P&I ASSOCIATION — ENTERED SHIPS (FISHING & REEFER)")
        else:
            page.line(f"{rng.choice(CLASS_SOCIETIES).upper()} — REGISTER OF SHIPS 2026")
        page.line("=" * 78)
        page.line("LR/IMO No. ", lab(v.imo, "IMO", self.ph), "    ", (v.name, "VESSEL_NAME"))
        for flag, name, _, _ in self.former:
            former_flag = country(flag, "en", rng) or flag
            page.line(
                " " * 22 + "ex-", (name, "NAME_CHANGE"), " (", (former_flag, "FLAG_CHANGE"), ")"
            )
        page.field("Flag", lab(country(v.flag, "en", rng), "FLAG", self.ph), width=18, sep="")
        port = port_of_registry(v, rng, "en", self.ph)
        page.field("Port of registry", *port, width=18, sep="")
        page.field("Call sign", lab(v.ircs, "IRCS", self.ph), width=18, sep="")
        page.field("MMSI", lab(v.mmsi, "MMSI", self.ph), width=18, sep="")
        if rng.random() < 0.6:
            page.field("Official No.", (national_reg_no(v.flag, rng), "NATIONAL_REG_NO"),
                       width=18, sep="")  # fmt: skip
        if not self.club:
            class_no = f"{rng.randint(10, 29)}{rng.choice('FGKT')}{rng.randint(1000, 9999)}"
            page.field("Class No.", (class_no, "OTHER_EXT_ID"), width=18, sep="")
        page.field("Type", TYPES.get(v.gear or "", "Tuna longliner"), width=18, sep="")

    def build(self, page: PageDraft) -> None:
        rng = self.rng
        yard, town, where = rng.choice(SHIPYARDS)
        yard_no = f"{rng.choice(('', 'H', 'S-'))}{rng.randint(100, 2500)}"
        built = country(where, "en", rng) or where
        page.line("Built ", (self.year, "BUILD_YEAR"), "  ", (yard, "BUILDER_LOCATION"), ", ",
                  (town, "BUILDER_LOCATION"), ", ", (built, "BUILD_COUNTRY"),
                  f"  Yard No. {yard_no}")  # fmt: skip
        page.nl().line("DIMENSIONS & TONNAGES")
        loa = float(self.v.loa) if self.v.loa else rng.uniform(30, 90)
        dims = (("LOA", f"{loa:.2f}"), ("LBP", f"{loa * 0.88:.2f}"),
                ("Breadth", f"{loa * rng.uniform(0.14, 0.18):.2f}"),
                ("Depth", f"{loa * rng.uniform(0.06, 0.08):.2f}"))  # fmt: skip
        line: list[Part] = []
        for name, value in dims:
            line += self.metric(name, value, "m")
        page.line(*line)
        gt = self.v.gt or str(rng.randint(200, 3000))
        nt, dwt = (
            str(int(int(gt) * rng.uniform(0.3, 0.4))),
            str(int(int(gt) * rng.uniform(0.6, 1.1))),
        )
        page.line(*self.metric("GT", gt, None), *self.metric("NT", nt, None),
                  *self.metric("DWT", dwt, rng.choice(("t", None))))  # fmt: skip
        kw = rng.randint(400, 4000)
        page.line("Main engine: 1 x 4SA ", str(rng.choice((6, 8))), "Cy, ",
                  *self.metric("Power", str(kw), "kW")[:-1], " (",
                  (grouped(str(int(kw * 1.36)), self.sep), "METRIC_VALUE"), " ",
                  ("hp", "METRIC_UNIT"), ")")  # fmt: skip

    def owners(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        page.nl().line("MEMBER / ASSURED" if self.club else "OWNERSHIP & MANAGEMENT")
        owner, home = (v.owner, v.flag or "PAN") if v.owner else company(v.flag, rng)
        people = [(owner, home)]
        if rng.random() < 0.7:
            people.append(company(rng.choice(("HKG", "PAN", v.flag or "CHN")), rng))
        for (name, where), role in zip(people, rng.sample(ROLES, len(people)), strict=True):
            street, city, state, code = address(where, rng)
            page.field(role, (name, "ASSOC_NAME"), width=18, sep="")
            tail: list[Part] = [", ", (state, "STATE")] if state else []
            tail += [f" {code}"] if code and rng.random() < 0.5 else []
            page.line(" " * 18, (street, "ADDRESS"), ", ", (city, "CITY"), *tail, ", ",
                      (country(where, "en", rng) or where, "COUNTRY_CODE"))  # fmt: skip
            if rng.random() < 0.3:
                page.line(" " * 18 + "Company ID ", (f"{rng.randint(1000000, 9999999)}", "REG_NO"))

    def history(self, page: PageDraft) -> None:
        rng, v = self.rng, self.v
        page.line((v.name, "VESSEL_NAME"), " (IMO ", lab(v.imo, "IMO", self.ph), ") — continued")
        page.nl().line("NAME, FLAG AND IDENTITY HISTORY")
        page.line(f"{'From':<10}{'Name':<26}{'Flag':<20}{'Call sign':<11}MMSI")
        rows: list[tuple[str, str, str, str | None, str | None]] = [
            (name, "NAME_CHANGE", country(flag, "en", rng, codes=False) or flag, ircs, mmsi)
            for flag, name, ircs, mmsi in self.former
        ]
        flag = country(v.flag, "en", rng, codes=False) or self.ph
        rows.append((v.name, "VESSEL_NAME", flag, v.ircs, v.mmsi))
        for n, (name, name_label, flag, ircs, mmsi) in enumerate(rows):
            current = n == len(rows) - 1
            when = self.starts[n] if n < len(self.starts) else ""
            page.add(f"{when:<10}").add(name, name_label).add(" " * max(2, 26 - len(name)))
            flag_label = ("FLAG" if flag != self.ph else None) if current else "FLAG_CHANGE"
            page.add(flag, flag_label).add(" " * max(2, 20 - len(flag)))
            id_labels = ("IRCS", "MMSI") if current else ("ID_CHANGE", "ID_CHANGE")
            page.cell(ircs or self.ph, 11, id_labels[0] if ircs else None)
            page.line(lab(mmsi, id_labels[1], self.ph))
        page.nl().line(f"Class entered {self.year}; last special survey {rng.randint(2021, 2025)}.")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    entry = _Entry(vessels, rng)
    first = PageDraft()
    entry.head(first)
    entry.build(first)
    pages = [first]
    if rng.random() < 0.5:
        entry.owners(first)
        if entry.former:  # the history goes overleaf
            pages.append(PageDraft())
            entry.history(pages[-1])
        return pages
    second = PageDraft()
    pages.append(second)
    if entry.former:
        entry.history(second)
    else:
        second.line((entry.v.name, "VESSEL_NAME"), " — continued")
    if rng.random() < 0.5:
        entry.owners(second)
    else:  # owners on a third page
        third = PageDraft()
        third.line((entry.v.name, "VESSEL_NAME"), " — ownership")
        entry.owners(third)
        pages.append(third)
    return pages
