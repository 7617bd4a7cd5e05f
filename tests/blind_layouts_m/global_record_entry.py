"""A vessel's entry in a global record of fishing vessels, printed from the web (in the manner
of FAO's Global Record): page furniture and a search box, vessel details, associated entities,
authorizations and a history of changes."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import Profile, pick
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "global_record_entry"

_RFMOS = {
    "CHN": ("WCPFC", "IOTC", "NPFC", "SPRFMO"),
    "TWN": ("WCPFC", "IOTC", "ICCAT"),
    "JPN": ("WCPFC", "IOTC", "ICCAT", "NPFC"),
    "KOR": ("WCPFC", "CCAMLR", "SPRFMO"),
    "RUS": ("NPFC", "NAFO", "CCAMLR"),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    p = pick(vessels, rng)
    style = rng.choice(("iso", "dmy"))
    count = 2 if rng.random() < 0.4 else 3
    url = f"https://www.fao.org/global-record/vessel/{rng.randint(100000, 999999)}"
    printed = c.date_text(c.some_day(rng, 2025, 2025), "dmy")
    stamp = f"{printed}, {rng.randint(8, 18)}:{rng.randint(10, 59)}"
    first = _details(p, rng)
    second = PageBuilder()
    _furniture(second, rng, 2)
    _entities(second, p, rng)
    _authorizations(second, p, rng, style)
    pages = [first, second]
    if count == 3:
        pages.append(PageBuilder())
        _furniture(pages[2], rng, 3)
    _history(pages[-1], p, rng, style)
    _inspections(pages[-1], rng, style)
    for number, page in enumerate(pages, start=1):
        page.blank()
        page.line(f"{stamp}   {url}".ljust(78) + f"{number}/{count}")
    return [page.draft() for page in pages]


def _furniture(b: PageBuilder, rng: random.Random, page: int) -> None:
    b.line(
        "FAO Global Record of Fishing Vessels, Refrigerated Transport Vessels and Supply Vessels"
    )
    b.line(
        "Home | Search vessels | Statistics | Data providers | About | English  Español  Français"
    )
    if page == 1:
        b.line("Search: [ IMO, name or call sign        ]  (Search)   Advanced search >")
    b.rule("_")


def _details(p: Profile, rng: random.Random) -> PageBuilder:
    if rng.random() < 0.5:  # the flag State reported its particulars
        p = c.filled(p, rng)
    b = PageBuilder()
    _furniture(b, rng, 1)
    b.line("Vessel details  >  ", (p.name, "VESSEL_NAME"))
    b.blank()
    w = 40
    b.kv("UVI (IMO number)", c.ident(p.imo, "IMO", "not available"), width=w)
    b.kv("Vessel name", (p.name, "VESSEL_NAME"), width=w)
    flag = c.country(p.flag, "en", rng)
    b.kv("Flag", (flag, "FLAG") if flag else "Unknown", width=w)
    b.kv("Vessel status", rng.choice(("Active", "Active", "In service", "Laid up")), width=w)
    b.kv("National registration number", (c.national_reg(p.flag, rng), "NATIONAL_REG_NO"), width=w)
    b.kv("Port of registry", *_port(p, rng), width=w)
    b.kv("International radio call sign (IRCS)", c.ident(p.ircs, "IRCS", "-"), width=w)
    b.kv("MMSI", c.ident(p.mmsi, "MMSI", "-"), width=w)
    b.kv("Vessel type", c.gear_word(p).capitalize(), width=w)
    b.kv("Gear type", (p.gear or "not reported").replace("_", " ").lower(), width=w)
    b.blank()
    b.line("Dimensions and build")
    for kind, value, unit in (
        ("Length overall", p.length_m, "m"),
        ("Gross tonnage", p.gross_tonnage, "GT"),
        ("Main engine power", str(rng.randint(4, 40) * 100) if rng.random() < 0.6 else None, "kW"),
    ):
        if value is None:
            b.kv(kind, "-", width=w)
        else:
            b.line(
                (kind, "METRIC_TYPE"),
                ":".ljust(w - len(kind)),
                (value, "METRIC_VALUE"),
                " ",
                (unit, "METRIC_UNIT"),
            )
    b.kv("Year of build", (p.build_year, "BUILD_YEAR") if p.build_year else "-", width=w)
    built, yard = c.builder(p, rng)
    b.kv("Place of build", (yard, "BUILDER_LOCATION"), width=w)
    b.kv("Country of build", (c.country(built), "BUILD_COUNTRY"), width=w)
    b.blank()
    updated = c.date_text(c.some_day(rng), "iso")
    b.line(f"Last updated by flag State: {updated}   Record ID: GR-{rng.randint(100000, 999999)}")
    return b


def _port(p: Profile, rng: random.Random) -> list[Piece]:
    port = c.home_port(p, rng)
    if not port:
        return ["-"]
    if p.flag and rng.random() < 0.5:
        return [(port, "HOME_PORT"), " (", (c.country(p.flag), "HOME_PORT_STATE"), ")"]
    return [(port, "HOME_PORT")]


def _entities(b: PageBuilder, p: Profile, rng: random.Random) -> None:
    b.line("Associated entities")
    widths = [20, 42, 20]
    b.row([["Role"], ["Name"], ["Country"]], widths)
    owner = c.owner(p, rng)
    b.row(
        [
            [(rng.choice(("Registered owner", "Owner")), "ASSOC_ROLE")],
            [(owner.name, "ASSOC_NAME")],
            [(c.country(owner.country), "COUNTRY_CODE")],
        ],
        widths,
    )
    if rng.random() < 0.6:
        op = c.manager(rng)
        b.row(
            [
                [(rng.choice(("Operator", "Manager", "Beneficial owner")), "ASSOC_ROLE")],
                [(op.name, "ASSOC_NAME")],
                [(c.country(op.country), "COUNTRY_CODE")],
            ],
            widths,
        )
    b.line("Address of registered owner: ", (owner.street, "ADDRESS"), ", ", (owner.city, "CITY"))
    b.blank()


def _authorizations(b: PageBuilder, p: Profile, rng: random.Random, style: str) -> None:
    b.line("Authorizations")
    widths = [26, 8, 16, 12, 12]
    b.row([["Type"], ["Issuer"], ["Number"], ["From"], ["To"]], widths)
    rfmos = _RFMOS.get(p.flag or "", ("WCPFC", "IOTC", "SPRFMO", "ICCAT"))
    kinds = (
        ("Carrier", "Transshipment at sea", "Authorised carrier vessel")
        if p.gear == "CARRIER"
        else ("Fishing on the high seas", "Authorised vessel", "Fishing authorization")
    )
    for rfmo in rng.sample(rfmos, k=rng.randint(1, min(3, len(rfmos)))):
        start = c.some_day(rng, 2022, 2025)
        end = c.later(start, rng, 180, 730)
        kind = rng.choice(kinds)
        number = c.rfmo_record(p.flag, rfmo, rng) or f"{rfmo}-{rng.randint(100, 999)}"
        b.row(
            [
                [(kind, "AUTH_TYPE")],
                [(rfmo, "RFMO_CODE")],
                [(number, "RFMO_ID")],
                [(c.date_text(start, style), "START_DATE")],
                [(c.date_text(end, style), "END_DATE")],
            ],
            widths,
        )
    b.line(f"Authorizations shown as reported to FAO up to {c.date_text(c.some_day(rng), style)}.")
    b.line("Authorizations issued by RFMOs are taken from their public records of vessels.")
    b.blank()
    b.line("Compliance information")
    b.line("  IUU vessel lists:       not listed")
    b.line(f"  PSMA notifications:     {rng.randint(0, 3)}")
    submitted = c.date_text(c.some_day(rng), style)
    b.line(f"  Data provider:          national fisheries administration ({submitted})")
    b.blank()


def _history(b: PageBuilder, p: Profile, rng: random.Random, style: str) -> None:
    b.line("History of changes")
    widths = [12, 22, 28]
    b.row([["Date"], ["Change"], ["Previous value"]], widths)
    history = 0
    if p.former_name:
        day = c.date_text(c.some_day(rng, 2012, 2022), style)
        b.row([[day], ["Vessel name"], [(p.former_name, "NAME_CHANGE")]], widths)
        history += 1
    old = rng.choice(("PAN", "VUT", "KOR", "JPN", "BHS"))
    if old != p.flag and rng.random() < 0.5:
        day = c.date_text(c.some_day(rng, 2010, 2020), style)
        b.row([[day], ["Flag"], [(c.country(old), "FLAG_CHANGE")]], widths)
        history += 1
    if history == 0:
        b.line("  No changes reported by the flag State.")
    b.blank()


def _inspections(b: PageBuilder, rng: random.Random, style: str) -> None:
    b.line("Port State inspections (PSMA)")
    for _ in range(rng.randint(1, 3)):
        port, locode = rng.choice(v.PORTS)
        day = c.date_text(c.some_day(rng), style)
        result = rng.choice(("no infringement detected", "follow-up requested", "entry denied"))
        b.line(f"  {day}  {port} (", (locode, "PORT_ID"), f")  Result: {result}")
    b.blank()
    b.line("Related records")
    b.line(f"  Same IMO number in other sources: {rng.randint(0, 3)}")
    b.line(f"  Same call sign in other sources: {rng.randint(0, 2)}")
    b.line("  Images: none submitted by the flag State")
    b.blank()
    b.line("Documents and images: no public documents.")
    b.line("Data are provided by flag States; FAO does not certify their accuracy. Use of the")
    b.line("Global Record is subject to the terms of use at the foot of the home page.")
    b.line("Contact the data provider | Report an error | Print | Export CSV")
