"""A ship-information website's ship profile printed to PDF (in the manner of Equasis or GISIS):
particulars as label/value rows, a management table, then name and flag history."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import (
    Address,
    Facts,
    FormerIdentity,
    address,
    company,
    country,
    date_between,
    facts,
    fmt_date,
    history,
    pick,
)
from ._ids import make_company_imo
from ._page import PageBuilder, PageDraft, paginate

LAYOUT = "ship_profile_printout"

_SITES = (
    ("Equasis - Ship info", "https://www.equasis.org/EquasisWeb/restricted/ShipInfo?fs=Search"),
    ("GISIS: Ship and Company Particulars", "https://gisis.imo.org/Public/SHIPS/ShipDetails.aspx"),
    ("SeaRegistry | Vessel profile", "https://searegistry.example/vessels/profile"),
)
_ROLES = ("ISM Manager", "Ship manager/Commercial manager", "Operator", "Technical manager")
_TYPES = {"CARRIER": "Refrigerated Cargo Ship", "SQUID_JIGGER": "Fishing Vessel"}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    f = facts(pick(vessels, rng), rng)
    site, url = rng.choice(_SITES)
    printed = date_between(rng, 2023, 2025)
    date_style = rng.choice(("dmy", "iso", "mon"))
    former = history(f, rng, rng.randint(1, 3))
    blocks = [PageBuilder() for _ in range(4)]
    _particulars(blocks[0], f, rng, date_style)
    _management(blocks[1], f, rng, date_style)
    _history(blocks[2], f, former, rng, date_style)
    _inspections(blocks[3], rng, date_style)
    pages = paginate(blocks, rng.choice((1, 2, 2, 3)))
    drafts = []
    stamp = f"{fmt_date(printed, 'dmy')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    for number, body in enumerate(pages, start=1):
        page = PageBuilder()
        page.add(f"{stamp}{' ' * rng.randint(8, 30)}{site}").nl(2)
        page.extend(body)
        page.nl(2).add(f"{url}{' ' * rng.randint(10, 40)}{number}/{len(pages)}")
        drafts.append(page.draft())
    return drafts


def _row(page: PageBuilder, key: str, width: int, sep: str) -> None:
    page.add(key + sep)
    page.pad_to(width)


def _particulars(page: PageBuilder, f: Facts, rng: random.Random, style: str) -> None:
    width, sep = rng.choice(((24, " :"), (28, ""), (20, ":"), (30, " :")))
    missing = rng.choice(("", "-", "Unknown", "N/A"))
    since = fmt_date(date_between(rng, 2012, 2023), style)
    page.add(rng.choice(("Ship info", "SHIP PARTICULARS", "Ship particulars"))).nl(2)
    for key, value, label in (
        (rng.choice(("IMO number", "IMO Number", "IMO No.")), f.imo, "IMO"),
        (rng.choice(("Name of ship", "Ship name", "Name")), f.name, "VESSEL_NAME"),
        (rng.choice(("Call Sign", "Call sign")), f.ircs, "IRCS"),
        ("MMSI", f.mmsi, "MMSI"),
    ):
        _row(page, key, width, sep)
        page.add(value or missing, label if value else None).nl()
    if f.gt:
        page.add(rng.choice(("Gross tonnage", "Gross Tonnage", "GT")), "METRIC_TYPE")
        page.add(sep).pad_to(width).add(f.gt, "METRIC_VALUE")
        page.fmt(" (since {})", since).nl() if rng.random() < 0.5 else page.nl()
        dwt = str(int(float(f.gt) * rng.uniform(0.45, 1.3)))
        page.add("DWT", "METRIC_TYPE").add(sep).pad_to(width).add(dwt, "METRIC_VALUE")
        page.add(" ").add("t", "METRIC_UNIT").nl() if rng.random() < 0.4 else page.nl()
    else:
        _row(page, "Gross tonnage", width, sep)
        page.add(missing).nl()
    if f.loa and rng.random() < 0.5:
        page.add("Length overall", "METRIC_TYPE").add(sep).pad_to(width)
        page.add(f.loa, "METRIC_VALUE").add(" ").add("m", "METRIC_UNIT").nl()
    _row(page, rng.choice(("Type of ship", "Ship type")), width, sep)
    page.add(_TYPES.get(f.gear or "", "Fishing Vessel")).nl()
    _row(page, rng.choice(("Year of build", "Year of Build", "Built")), width, sep)
    page.add(f.year or missing, "BUILD_YEAR" if f.year else None).nl()
    _row(page, "Flag", width, sep)
    flag = country(f.flag)
    page.add(flag or missing, "FLAG" if flag else None)
    page.fmt(" (since {})", since).nl() if flag and rng.random() < 0.6 else page.nl()
    _row(page, "Status", width, sep)
    page.fmt("In Service/Commission (since {})", since).nl()
    _row(page, "Last update", width, sep)
    page.add(fmt_date(date_between(rng, 2023, 2024), style)).nl(2)


def _address(page: PageBuilder, where: Address) -> None:
    page.add(where.street, "ADDRESS").add(", ").add(where.city, "CITY")
    if where.state:
        page.add(", ").add(where.state, "STATE")
    page.add(", ")
    if where.postcode:
        page.add(where.postcode + " ")
    page.add(country(where.country) or where.country, "COUNTRY_CODE").add(".")


def _management(page: PageBuilder, f: Facts, rng: random.Random, style: str) -> None:
    roles = ["Registered owner", *rng.sample(_ROLES, rng.randint(1, 2))]
    page.add(rng.choice(("Management detail", "Ship management", "REGISTERED OWNER / MANAGERS")))
    page.nl(2)
    as_table = rng.random() < 0.5
    if as_table:
        page.add("Company IMO  Role").pad_to(48).add("Name of company / Address").pad_to(120)
        page.add("Date of effect").nl()
    known: dict[str, tuple[Address, str]] = {}  # one address and IMO number per company
    for role in roles:
        name = f.owner if role == "Registered owner" or rng.random() < 0.3 else company(rng)
        if name not in known:
            place = address(rng, f.flag if rng.random() < 0.7 else None)
            known[name] = (place, make_company_imo(rng))
        where, number = known[name]
        effect = fmt_date(date_between(rng, 2010, 2024), style)
        if as_table:
            page.add(number, "REG_NO").pad_to(13).add(role, "ASSOC_ROLE")
            page.pad_to(48).add(name, "ASSOC_NAME").add(" - ")
            _address(page, where)
            page.pad_to(120).add(effect).nl()
        else:
            page.add("Role: ").add(role, "ASSOC_ROLE").nl()
            page.fmt("  Company: {} (IMO {})", (name, "ASSOC_NAME"), (number, "REG_NO"))
            page.nl().add("  Address: ")
            _address(page, where)
            page.nl().fmt("  Date of effect: {}", effect).nl()
    page.nl()


def _history(
    page: PageBuilder, f: Facts, olds: list[FormerIdentity], rng: random.Random, style: str
) -> None:
    switched = olds[0].until if olds else dt.date(2020, 1, 1)
    page.add(rng.choice(("Ship history", "Former names and flags", "HISTORY"))).nl(2)
    page.add("Name of ship").pad_to(32).add("Date of effect").nl()
    page.add(f.name, "VESSEL_NAME").pad_to(32).fmt("since {}", fmt_date(switched, style)).nl()
    for old in olds:
        if old.name:
            page.add(old.name, "NAME_CHANGE").pad_to(32)
            page.fmt("until {}", fmt_date(old.until, style)).nl()
    page.nl().add("Flag").pad_to(32).add("Date of effect").nl()
    flag = country(f.flag)
    if flag:
        page.add(flag, "FLAG").pad_to(32).fmt("since {}", fmt_date(switched, style)).nl()
    for old in olds:
        page.add(country(old.flag) or old.flag, "FLAG_CHANGE").pad_to(32)
        page.fmt("until {}", fmt_date(old.until, style)).nl()
    changed = [old for old in olds if old.ircs]
    if changed and rng.random() < 0.6:
        page.nl().add("Former call signs / MMSI").nl()
        for old in changed:
            page.add(old.ircs or "", "ID_CHANGE")
            if old.mmsi:
                page.add(" / ").add(old.mmsi, "ID_CHANGE")
            page.fmt("  (until {})", fmt_date(old.until, style)).nl()
    page.nl().add("Classification society").pad_to(32).add(rng.choice(V.CLASS_SOCIETIES)).nl()
    page.add("P&I insurer").pad_to(32).add(rng.choice(V.P_AND_I)).nl(2)


def _inspections(page: PageBuilder, rng: random.Random, style: str) -> None:
    page.add("Ship inspections (port State control)").nl(2)
    page.add("Authority").pad_to(18).add("Port of inspection").pad_to(40).add("Date of report")
    page.pad_to(58).add("Detention").pad_to(70).add("PSC Organization").pad_to(90)
    page.add("Deficiencies").nl()
    for _ in range(rng.randint(3, 8)):
        authority = country(rng.choice(("KOR", "JPN", "AUS", "MUS", "ESP", "NZL", "FJI")))
        page.add(authority or "").pad_to(18).add(rng.choice(V.CALL_PORTS)).pad_to(40)
        page.add(fmt_date(date_between(rng, 2015, 2024), style)).pad_to(58)
        page.add(rng.choice(("N", "N", "Y"))).pad_to(70)
        page.add(rng.choice(("Tokyo MOU", "Indian Ocean MOU", "Paris MOU", "Vina del Mar")))
        page.pad_to(90).add(str(rng.randint(0, 14))).nl()
    page.nl().add("The information above is provided by the flag and port States and by ")
    page.add("classification societies; it carries no guarantee of accuracy.")
