"""A CPC's annual report to an RFMO: prose with fleet counts, activity table, authorised list."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import Facts, country, date_text, facts, metric, pick, placeholder, rfmo_id
from ._page import Page, PageDraft

LAYOUT = "national_report_table"


def _activity(page: Page, rows: list[Facts], year: int, rng: random.Random) -> None:
    page.line(
        f"Table {rng.randint(1, 4)}. Vessels active in {year} by gear, with catches (t)"
    ).blank()
    name_w = max(14, *(len(f.name) for f in rows))
    for header, width in (
        ("Gear", 20),
        ("Vessel", name_w),
        ("Call sign", 9),
        ("Main species", 14),
        ("Area", 5),
        ("Days", 5),
        ("Catch (t)", 9),
    ):
        page.cell(header, width)
    page.end_row()
    by_gear: dict[str, list[Facts]] = {}
    for f in rows:
        by_gear.setdefault(f.gear, []).append(f)
    total = 0.0
    for gear, group in sorted(by_gear.items()):
        subtotal = 0.0
        for f in group:
            catch = rng.uniform(20, 900)
            subtotal += catch
            page.cell(_vocab.GEAR[gear][0], 20)
            page.cell(f.name, name_w, "VESSEL_NAME")
            if f.ircs:
                page.cell(f.ircs, 9, "IRCS")
            else:
                page.cell(placeholder(rng), 9)
            page.cell(rng.choice(_vocab.SPECIES)[rng.choice((0, 1))], 14, "SPECIES_NAME")
            page.cell(rng.choice(("51", "57", "61", "71", "77", "81")), 5, "FAO_AREA_CODE")
            page.cell(str(rng.randint(40, 300)), 5, right=True)
            page.cell(f"{catch:,.1f}", 9, right=True)
            page.end_row()
        total += subtotal
        page.line(
            f"  Subtotal {_vocab.GEAR[gear][0].lower()} ({len(group)} vessels)",
            " " * 10,
            f"{subtotal:,.1f}",
        )
    page.line(f"TOTAL ({len(rows)} vessels)", " " * 20, f"{total:,.1f}")


def _authorised(
    page: Page, rows: list[Facts], rfmo: _vocab.Rfmo, year: int, rng: random.Random
) -> None:
    page.line(
        f"Annex {rng.choice(('1', 'A', 'I'))}. List of vessels authorised to fish "
        f"in the Convention Area in {year}"
    ).blank()
    for n, f in enumerate(rows, start=1):
        page.put(f"{n}) ", (f.name, "VESSEL_NAME"))
        page.put(" - IMO ", (f.imo, "IMO")) if f.imo else page.add(" - IMO " + placeholder(rng))
        if f.mmsi:
            page.put("; MMSI ", (f.mmsi, "MMSI"))
        page.put(
            "; ", (rfmo[0], "RFMO_CODE"), " No. ", (rfmo_id(rfmo, f.flag, f.rfmo_serial), "RFMO_ID")
        )
        page.put(
            "; ",
            (metric(f.gross_tonnage, rng), "METRIC_VALUE"),
            " ",
            (rng.choice(("GT", "GRT")), "METRIC_UNIT"),
        )
        style = rng.choice(("slash", "iso"))
        page.put("; authorised ", (date_text(dt.date(year, 1, 1), style), "START_DATE"), " - ")
        page.line((date_text(dt.date(year, 12, 31), style), "END_DATE"))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    rows = [facts(v, rng) for v in pick(vessels, rng, rng.randint(4, 12))]
    rfmo = rng.choice(_vocab.RFMOS)
    year = rng.randint(2018, 2024)
    cpc = country(rows[0].flag) or "the Reporting CPC"
    page = Page()
    page.put(f"{rfmo[0]}-SC{rng.randint(14, 21)}-AR{rng.randint(1, 40):02d}").line(
        " " * 20, f"Annual Report Part 1 - {year}"
    )
    page.put("ANNUAL REPORT OF ", cpc.upper(), " TO THE ").put((rfmo[0], "RFMO_CODE")).add(
        "\n"
    ).blank()
    page.line("1. Summary").blank()
    longl, seine, jig = rng.randint(20, 400), rng.randint(0, 40), rng.randint(0, 120)
    page.line(
        f"In {year}, {longl} longline vessels, {seine} purse seiners and {jig} squid jiggers were"
    )
    page.line(
        f"active in the Convention Area, compared with "
        f"{longl + rng.randint(-15, 15)} longliners in {year - 1}."
    )
    page.line(
        f"Total catch was {rng.randint(2000, 90000):,} t, of which "
        f"{rng.randint(20, 80)}% bigeye and yellowfin;"
    )
    page.line(
        f"{rng.randint(1, 30)} vessels carried observers ({rng.randint(2, 20)}% "
        f"coverage) and {rng.randint(0, 9)} new vessels entered."
    )
    page.put("The main target species were ")
    for i, sp in enumerate(rng.sample(_vocab.SPECIES[:6], 2)):
        page.put(
            " and " if i else "",
            (sp[1].lower(), "SPECIES_NAME"),
            " (",
            (sp[0], "SPECIES_NAME"),
            ")",
        )
    page.line(".").blank()
    pages = [page]
    if rng.random() < 0.5:
        pages.append(Page())
    _activity(pages[-1], rows, year, rng)
    if rng.random() < 0.6 and len(pages) < 3:
        pages.append(Page())
    pages[-1].blank()
    _authorised(pages[-1], rows, rfmo, year, rng)
    pages[-1].blank().line(
        f"Submitted {date_text(dt.date(year + 1, rng.randint(3, 6), rng.randint(1, 28)), 'long')}"
    )
    return [p.draft() for p in pages]
