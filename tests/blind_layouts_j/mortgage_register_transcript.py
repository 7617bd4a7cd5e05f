"""A transcript of a ship's registry entry: particulars, owners and shares, mortgages.

Dates and times at which owners and mortgages were entered are hard negatives; the date the ship
was registered is START_DATE and a provisional registration's expiry END_DATE."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import PageBuilder, PageDraft
from ._ship import (
    Ship,
    a_date,
    address,
    company_reg_no,
    country,
    engine_kw,
    fmt_date,
    former_identity,
    master_name,
    national_reg,
    ship_of,
)

LAYOUT = "mortgage_register_transcript"

_TITLES = (
    "TRANSCRIPT OF REGISTRY",
    "TRANSCRIPT OF REGISTER FOR SHIP",
    "CERTIFIED EXTRACT OF THE SHIP REGISTER",
    "Transcript of Registry (Part I to III)",
)


class _Doc:
    def __init__(self, ship: Ship, rng: random.Random) -> None:
        self.ship, self.rng = ship, rng
        self.ph = rng.choice(V.PLACEHOLDERS)
        self.style = rng.choice(("long", "iso", "slash", "abbr"))
        self.kv = rng.choice(("colon", "aligned", "dots", "spaces"))
        self.reg_no = national_reg(ship.flag, rng)
        self.registered = a_date(rng, min(max(int(ship.year), 2005), 2022), 2023)
        self.latest = self.registered  # the last entry so far; the transcript is issued after it

    def date(self, day: dt.date) -> str:
        return fmt_date(day, self.style)

    def time(self) -> str:
        return f"{self.rng.randint(8, 16):02d}:{self.rng.randint(0, 59):02d}"

    def ident(self, value: str | None, label: str) -> tuple[str, str | None]:
        return (value, label) if value else (self.ph, None)

    def header(self, b: PageBuilder, page: int, pages: int) -> None:
        s = self.ship
        flag = (V.FORMAL.get(s.flag) or country(s.flag)).upper()
        b.line("REGISTRY OF SHIPS ", V.DASH, " ", (flag, "FLAG"))
        b.line(self.rng.choice(_TITLES), "   Official No. ", (self.reg_no, "NATIONAL_REG_NO"))
        b.line(f"Page {page} of {pages}", " " * 6, "Ship: ", (s.name, "VESSEL_NAME"))
        b.line("=" * 64)

    def particulars(self, b: PageBuilder) -> None:
        s, r, k = self.ship, self.rng, self.kv
        b.line("\nPART I ", V.DASH, " PARTICULARS OF SHIP")
        b.field(r.choice(("Name of ship", "Ship's name")), (s.name, "VESSEL_NAME"), style=k)
        b.field("Official number", (self.reg_no, "NATIONAL_REG_NO"), style=k)
        b.field("IMO number", self.ident(s.imo, "IMO"), style=k)
        b.field(r.choice(("Call sign", "Signal letters")), self.ident(s.ircs, "IRCS"), style=k)
        b.field("MMSI", self.ident(s.mmsi, "MMSI"), style=k)
        if r.random() < 0.4:  # the port's country, stated apart from the port
            b.field(
                "Port of registry",
                (s.port, "HOME_PORT"),
                " (",
                (country(s.flag), "HOME_PORT_STATE"),
                ")",
                style=k,
            )
        else:
            b.field("Port of registry", (s.port, "HOME_PORT"), style=k)
        b.field("Type of ship", f"Fishing vessel ({V.GEARS[s.gear][0]})", style=k)
        b.field("Method of propulsion", r.choice(("Motor", "Diesel, single screw")), style=k)
        yard, yard_country = r.choice(V.YARDS)
        place = r.choice(V.BUILD_PLACES[yard_country])
        b.field("Year of build", (s.year, "BUILD_YEAR"), style=k)
        b.field(
            "Where built",
            (yard, "BUILDER_LOCATION"),
            ", ",
            (place, "BUILDER_LOCATION"),
            ", ",
            (country(yard_country), "BUILD_COUNTRY"),
            style=k,
        )
        net = str(max(30, int(float(s.gt) * r.uniform(0.28, 0.36))))
        b.field("Gross tonnage", (s.gt, "METRIC_VALUE"), style=k, key_label="METRIC_TYPE")
        b.field("Net tonnage", (net, "METRIC_VALUE"), style=k, key_label="METRIC_TYPE")
        b.field(
            "Length overall",
            (s.loa, "METRIC_VALUE"),
            " ",
            (r.choice(("m", "metres")), "METRIC_UNIT"),
            style=k,
            key_label="METRIC_TYPE",
        )
        breadth = f"{float(s.loa) * r.uniform(0.15, 0.19):.2f}"
        b.field(
            "Breadth",
            (breadth, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
            style=k,
            key_label="METRIC_TYPE",
        )
        power = engine_kw(s.gt, r)
        b.field(
            "Propulsion power",
            (power, "METRIC_VALUE"),
            " ",
            ("kW", "METRIC_UNIT"),
            style=k,
            key_label="METRIC_TYPE",
        )
        b.field("Engine(s)", f"1 x {r.choice(('4', '6', '8'))}-cyl. 4SA diesel", style=k)
        if r.random() < 0.5:
            b.field("Date of registry", (self.date(self.registered), "START_DATE"), style=k)
        else:
            b.field("Provisionally registered", (self.date(self.registered), "START_DATE"), style=k)
            expiry = self.registered + dt.timedelta(days=r.choice((180, 365)))
            b.field("Provisional registry expires", (self.date(expiry), "END_DATE"), style=k)
        former = s.former_name or (r.choice(V.FORMER_NAMES) if r.random() < 0.5 else None)
        if former:
            old_flag, _, old_call = former_identity(r, s.flag)
            b.field("Former name(s)", (former, "NAME_CHANGE"), style=k)
            b.line(
                "Previous registry: ",
                (country(old_flag), "FLAG_CHANGE"),
                ", call sign ",
                (old_call, "ID_CHANGE"),
                "; deletion certificate dated ",
                self.date(self.registered - dt.timedelta(days=r.randint(3, 40))),
            )

    def ownership(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("\nPART II ", V.DASH, " OWNERSHIP")
        owners = [s.owner, *r.sample(V.COMPANIES[s.owner_country], r.randint(0, 1))]
        owners += [master_name(s.flag, r)] if r.random() < 0.3 else []
        owners = list(dict.fromkeys(owners))
        sixty_fourths = r.random() < 0.5
        shares = [64 // len(owners)] * len(owners)
        shares[0] += 64 - sum(shares)
        b.line("Number of shares in the ship: 64" if sixty_fourths else "Ownership by percentage")
        for i, (name, share) in enumerate(zip(owners, shares, strict=True), start=1):
            held = f"{share}/64 shares" if sixty_fourths else f"{share * 100 / 64:.2f} %"
            street, city, state, post = address(s.owner_country, r)
            b.line(f"({i}) ", (name, "ASSOC_NAME"), f"  {V.DASH} {held}")
            b.add("    ", (street, "ADDRESS"), ", ", (city, "CITY"))
            if state:
                b.add(", ", (state, "STATE"))
            b.line(f" {post}, " if post else ", ", (country(s.owner_country), "COUNTRY_CODE"))
            role = r.choice(("Owner", "Joint owner", "Registered owner", "Managing owner"))
            b.line(
                "    Capacity: ",
                (role, "ASSOC_ROLE"),
                "    Company No.: ",
                (company_reg_no(s.owner_country, r), "REG_NO"),
            )
            b.line(f"    Entered: {self.date(self.registered)} at {self.time()} hrs")
        if r.random() < 0.7:
            seller = r.choice([c for c in V.COMPANIES["PAN"] + V.COMPANIES["SGP"] if c != s.owner])
            sold = self.registered - dt.timedelta(days=r.randint(2, 30))
            b.line(
                "History: bill of sale dated ",
                self.date(sold),
                " from ",
                (seller, "ASSOC_NAME"),
                " (previous ",
                ("owner", "ASSOC_ROLE"),
                ") to the present owner(s);",
            )
            b.line(
                f"  consideration declared: USD {r.randint(8, 400) * 10_000:,}; recorded "
                f"{self.date(self.registered)} at {self.time()} hrs"
            )
        if r.random() < 0.6:
            b.line(
                "Ship manager (ISM): ",
                (r.choice(V.MANAGERS), "ASSOC_NAME"),
                f" (DOC holder since {self.date(a_date(r, 2015, 2022))})",
            )

    def mortgages(self, b: PageBuilder, count: int) -> None:
        r = self.rng
        b.line("\nPART III ", V.DASH, " MORTGAGES AND CHARGES")
        for n in range(1, count + 1):
            span = max(60, (dt.date(2025, 6, 30) - self.registered).days // 2)
            day = self.registered + dt.timedelta(days=r.randint(1, span))
            later = day + dt.timedelta(days=r.randint(30, span))
            self.latest = max(self.latest, later)
            ref = f"M-{day.year}/{r.randint(100, 9999):04d}"
            bank = r.choice(V.BANKS)
            amount = f"{r.choice(('USD', 'EUR', 'CNY'))} {r.randint(5, 900) * 10_000:,}.00"
            b.line(
                f"Mortgage No. {n}    Ref. {ref}    ",
                r.choice(("Statutory mortgage (account current)", "Mortgage (principal sum)")),
            )
            if r.random() < 0.5:
                b.line("  Mortgagee: ", (bank, "ASSOC_NAME"))
            else:
                b.line(
                    "  In favour of ", (bank, "ASSOC_NAME"), " (", ("mortgagee", "ASSOC_ROLE"), ")"
                )
            b.line(
                f"  Shares mortgaged: {r.choice(('64/64', 'all', '100 %'))}    Amount secured: "
                f"{amount} with interest"
            )
            b.line(
                f"  Registered: {self.date(day)} at {self.time()}  (entry no. {r.randint(1, 40)})"
            )
            b.line(
                f"  Deed dated {self.date(day - dt.timedelta(days=r.randint(1, 20)))}, executed at "
                f"{r.choice(('London', 'Singapore', 'Hong Kong', 'Piraeus', 'Oslo', 'Madrid'))}; "
                f"priority: {('first', 'second', 'third')[min(n, 3) - 1]}"
            )
            if r.random() < 0.35:
                b.line(f"  DISCHARGED {self.date(later)} at {self.time()}")
            elif r.random() < 0.3:
                b.line(
                    "  Transferred to ",
                    (r.choice([x for x in V.BANKS if x != bank]), "ASSOC_NAME"),
                    f" on {self.date(later)}",
                )
        if count == 0:
            b.line("  NIL")

    def certificate(self, b: PageBuilder) -> None:
        r = self.rng
        b.line("\nPART IV ", V.DASH, " NOTES, CAVEATS AND MEMORANDA")
        caveat = self.date(self.registered + dt.timedelta(days=r.randint(10, 700)))
        b.line(
            r.choice(
                (
                    "No caveats or notices of interest are recorded against the ship.",
                    f"Caveat lodged by a claimant on {caveat}; withdrawn.",
                )
            )
        )
        b.line(
            "This transcript records the particulars, ownership and registered mortgages only;"
            " it is not evidence of title"
        )
        b.line("free of unregistered interests, maritime liens or claims against the owners.")
        b.line(
            "\nI hereby certify that the above is a true transcript of the entries in the "
            "Register relating to the ship"
        )
        issued = self.latest + dt.timedelta(days=r.randint(3, 120))
        b.line("named above as at ", self.date(issued), " ", self.time(), " hrs (local time).")
        b.line(
            f"\n{r.choice(V.OFFICIALS)}\n{r.choice(('Deputy Registrar', 'Registrar of Ships'))}"
            f"\nFee paid: {r.randint(20, 150)}.00    Receipt {r.randint(100000, 999999)}"
        )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    doc = _Doc(ship_of(rng.choice(vessels), rng), rng)
    pages = rng.randint(1, 3)
    plan = {
        1: (("p", "o", "m", "c"),),
        2: (("p", "o"), ("m", "c")),
        3: (("p",), ("o",), ("m", "c")),
    }[pages]
    drafts = []
    for number, sections in enumerate(plan, start=1):
        b = PageBuilder()
        doc.header(b, number, pages)
        for section in sections:
            if section == "p":
                doc.particulars(b)
            elif section == "o":
                doc.ownership(b)
            elif section == "m":
                doc.mortgages(b, rng.randint(1, 2) if pages == 1 else rng.randint(2, 3))
            else:
                doc.certificate(b)
        drafts.append(b.draft())
    return drafts
