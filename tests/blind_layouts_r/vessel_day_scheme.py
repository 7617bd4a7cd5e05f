"""A vessel-day scheme (VDS) allocation or usage table: days allocated and used per vessel per
Party (PNA-style purse-seine or longline scheme), or a coastal State's allocation under an
access agreement; English, some with French headings."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import Facts, country, fmt_date, phone, pick, some_date, species
from ._page import PageDraft, paginate
from ._vocab import PEOPLE, owner_name

LAYOUT = "vessel_day_scheme"

_PARTIES = ("FSM", "KIR", "MHL", "NRU", "PLW", "PNG", "SLB", "TUV")
_FILLERS = (
    "\nNotes: (1) Days are counted from entry into to exit from a Party's EEZ, including days "
    "in port within the zone; part days count as whole days unless the vessel is transiting "
    "with gear stowed. (2) Transfers between Parties are recorded in the PAE ledger.\n",
    "\n(3) Figures are provisional until validated against VMS and logsheet data. Queries to "
    "the VDS Registry Officer, PNA Office, Majuro, tel. +692 625 7626, vds@pna.example.org.\n",
    "\n(4) A vessel that has used all purchased days must leave the zone within 24 hours and "
    "may not fish until additional days are secured. Overuse is deducted from the following "
    "year's allocation at 1.5 times the days exceeded.\n",
    "\n(5) Non-fishing days (steaming, bunkering, weather) claimed under paragraph 18 of the "
    "Scheme are shown separately and are not counted against the vessel's days.\n",
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    if rng.random() < 0.55:
        return _usage_register(vessels, rng)
    return _access_allocation(vessels, rng)


def _ids(row: PageDraft, f: Facts, rng: random.Random, width: int) -> None:
    row.cell(f.ircs or "—", "IRCS" if f.ircs else None, width)


def _usage_register(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    year = rng.randint(2023, 2026)
    as_at = dt.date(year, rng.choice((3, 6, 9, 11)), rng.choice((15, 30)))
    fishery = rng.choice(("Purse Seine", "Longline"))
    french = rng.random() < 0.3
    chosen = pick(vessels, rng, rng.randint(5, 16))
    widths = (22, 7, 9, 8, 8, 6, 7, 7, 7)
    blocks: list[PageDraft] = []
    for f in chosen:
        ffa = rng.randint(1000, 39999)
        win = rng.randint(100, 15999)
        parties = rng.sample(_PARTIES, rng.randint(1, 3))
        row = PageDraft()
        for i, party in enumerate(parties):
            if i == 0:
                row.cell(f.name, "VESSEL_NAME", widths[0])
                row.cell(f.flag or "—", "FLAG" if f.flag else None, widths[1])
                _ids(row, f, rng, widths[2])
                row.cell(str(ffa), "OTHER_EXT_ID", widths[3])
                row.cell(str(win), "RFMO_ID", widths[4])
            else:
                row.add(" " * sum(widths[:5]))
            allocated = rng.randint(10, 120)
            used = round(rng.uniform(0, allocated), 1 if rng.random() < 0.3 else 0)
            row.cell(party, None, widths[5])
            row.cell(str(allocated), None, widths[6], right=True)
            row.cell(f"{used:g}", None, widths[7], right=True)
            row.cell(f"{allocated - used:g}", None, widths[8], right=True)
            row.add("\n")
        blocks.append(row)
    title = f"PNA VESSEL DAY SCHEME — {fishery.upper()}"
    if french:
        title += (
            f"\nRÉGIME DES JOURS DE PÊCHE — {'SENNE' if fishery == 'Purse Seine' else 'PALANGRE'}"
        )
    cols = ("Vessel name", "Flag", "IRCS", "FFA VID", "WCPFC", "Party", "Alloc", "Used", "Bal")
    header = "".join(c[: w - 1].ljust(w) for c, w in zip(cols, widths, strict=True))
    stamp = fmt_date(as_at, "long")
    species_codes = "SKJ, YFT and BET" if fishery == "Purse Seine" else "ALB, YFT and BET"

    def head(number: int) -> PageDraft:
        page = PageDraft()
        page.add("PARTIES TO THE NAURU AGREEMENT OFFICE\n" + title + "\n")
        page.add(f"Vessel days used by vessel and Party — {year} (status as at {stamp})\n")
        if number == 1:
            page.add("Management year: ").put(f"1 January {year}", "START_DATE")
            page.add(" to ").put(f"31 December {year}", "END_DATE")
            page.add("\nScheme adopted under the Palau Arrangement; catches reported to ")
            page.put("WCPFC", "RFMO_CODE").add(" (Convention Area, FAO Areas ")
            page.put("71", "FAO_AREA_CODE").add(" and ").put("77", "FAO_AREA_CODE").add(").\n")
            codes = species_codes.replace(" and", ",").split(", ")
            page.add("Target species: ")
            for j, code in enumerate(codes):
                page.add(", " if j else "").put(code, "SPECIES_NAME")
            page.add(".\n")
        page.add("\n" + header + "\n" + "-" * sum(widths) + "\n")
        return page

    def tail(number: int, last: bool) -> PageDraft:
        page = PageDraft()
        if last:
            page.add("\nAlloc = days allocated or purchased; Bal = balance at the status date.\n")
        page.add(f"\nVDS Register {year} — page {number}\n")
        return page

    return paginate(head, blocks, tail, _FILLERS, max_pages=3)


def _access_allocation(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    party = rng.choice(("KIR", "FSM", "PNG", "SLB", "MHL", "TUV"))
    year = rng.randint(2023, 2026)
    start = dt.date(year, 1, 1)
    end = dt.date(year, 12, 31)
    style = rng.choice(("dmy", "long", "iso"))
    chosen = pick(vessels, rng, rng.randint(4, 12))
    association = owner_name(rng, chosen[0])
    ref = f"MFMRD/{rng.randint(100, 999)}/{year}"
    signatory = rng.choice(PEOPLE)
    total = rng.randint(300, 2400)
    sp = species()
    target = rng.sample(sorted(sp), 2)
    blocks: list[PageDraft] = []
    for n, f in enumerate(chosen, start=1):
        row = PageDraft()
        row.add(f"{n:>2}. ").put(f.name, "VESSEL_NAME")
        row.add("\n    Flag: ").put(country(f.flag), "FLAG") if f.flag else row.add("\n    Flag: —")
        if f.ircs:
            row.add("   Call sign: ").put(f.ircs, "IRCS")
        if f.imo:
            row.add("   IMO: ").put(f.imo, "IMO")
        row.add("\n    Licence No.: ")
        row.put(
            f"{party}/{'PS' if rng.random() < 0.6 else 'LL'}/{year}/{rng.randint(1, 299):03d}",
            "LICENSE_NO",
        )
        if f.gt and rng.random() < 0.6:
            row.add("   ").put("GRT", "METRIC_TYPE").add(" ").put(f.gt, "METRIC_VALUE")
        days = rng.randint(15, 180)
        used = rng.randint(0, days)
        row.add(f"\n    Days allocated: {days}   Days used: {used}   Remaining: {days - used}\n")
        blocks.append(row)

    def head(number: int) -> PageDraft:
        page = PageDraft()
        name = country(party)
        if number == 1:
            page.add(
                f"GOVERNMENT OF {name.upper()}\nMinistry of Fisheries and Marine Resources\n\n"
            )
            page.add(f"Our ref.: {ref}     Tel: {phone(rng, '686')}\n\n")
            page.add("ALLOCATION OF FISHING DAYS UNDER THE VESSEL DAY SCHEME\n")
            page.add("Fishing access agreement with: ").put(association, "ASSOC_NAME")
            page.add(" (").put("Operator", "ASSOC_ROLE").add(")\n")
            page.add("Type of licence: ").put("Foreign fishing licence", "AUTH_TYPE").add("\n")
            page.add("Licence period: ").put(fmt_date(start, style), "START_DATE").add(" \u2013 ")
            page.add("").put(fmt_date(end, style), "END_DATE").add("\n")
            page.add(f"Total days allocated to the agreement: {total} vessel-days\n")
            page.add("Authorised target species: ").put(sp[target[0]][0], "SPECIES_NAME")
            page.add(" (").put(target[0], "SPECIES_NAME").add("), ")
            page.put(sp[target[1]][0], "SPECIES_NAME").add(" (").put(target[1], "SPECIES_NAME")
            page.add(")\n\nThe days are allocated to the following vessels:\n\n")
        else:
            page.add(f"Ref. {ref} — allocation of fishing days (continued)\n\n")
        return page

    issued = fmt_date(some_date(rng, year - 1, year - 1), "long")

    def tail(number: int, last: bool) -> PageDraft:
        page = PageDraft()
        if last:
            page.add(
                "\nUnused days may not be carried over or transferred to vessels not listed "
                "without the prior written approval of the Ministry.\n\n"
            )
            page.add(f"{signatory}\nDirector of Fisheries\nIssued on {issued}\n")
        page.add(f"\nPage {number}\n")
        return page

    return paginate(head, blocks, tail, _FILLERS, max_pages=2)
