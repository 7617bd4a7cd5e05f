"""A ship broker's list of fishing vessels for sale (English)."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import Facts, country, facts, metric, pick
from ._page import Page, PageDraft

LAYOUT = "broker_listing"


def _block(page: Page, f: Facts, rng: random.Random) -> None:
    kind = _vocab.GEAR[f.gear][3].upper()
    page.line(f"REF. {rng.choice(('BW', 'FV', 'NF'))}-{rng.randint(1000, 9999)}   {kind} FOR SALE")
    page.put(rng.choice(("Name: ", "Vessel: ", "")), (f.name, "VESSEL_NAME"))
    if f.former_name:
        page.put(" (ex-", (f.former_name, "NAME_CHANGE"), ")")
    page.add("\n")
    yard, town, where = f.yard
    if rng.random() < 0.5:
        page.line(
            "Built: ",
            (f.build_year, "BUILD_YEAR"),
            " by ",
            (yard, "BUILDER_LOCATION"),
            f", {town}, ",
            (country(where) or where, "BUILD_COUNTRY"),
        )
    else:
        page.line(
            "Built ",
            (yard, "BUILDER_LOCATION"),
            " (",
            (country(where) or where, "BUILD_COUNTRY"),
            ") in ",
            (f.build_year, "BUILD_YEAR"),
        )
    breadth = f"{float(f.length) / rng.uniform(5.5, 7.5):.2f}"
    sep = rng.choice((" / ", " - ", "\n"))
    page.put(
        ("LOA", "METRIC_TYPE"), " ", (f.length, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT"), sep
    )
    page.put(
        ("Breadth", "METRIC_TYPE"), " ", (breadth, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT"), sep
    )
    page.line(("GT", "METRIC_TYPE"), " ", (metric(f.gross_tonnage, rng), "METRIC_VALUE"))
    hp = str(round(int(f.power_kw) * 1.341))
    page.put(
        "Main engine: ",
        rng.choice(_vocab.ENGINES),
        ", ",
        (metric(f.power_kw, rng), "METRIC_VALUE"),
        " ",
        ("kW", "METRIC_UNIT"),
    )
    page.line(
        " (",
        (metric(hp, rng), "METRIC_VALUE"),
        " ",
        (rng.choice(("HP", "hp", "BHP")), "METRIC_UNIT"),
        ")",
    )
    page.put("Flag: ", (country(f.flag) or f.flag, "FLAG") if f.flag else "to be advised")
    if f.imo:
        page.put(rng.choice(("   IMO ", "   IMO No. ", " | IMO: ")), (f.imo, "IMO"))
    if f.mmsi and rng.random() < 0.4:
        page.put("   MMSI ", (f.mmsi, "MMSI"))
    page.add("\n")
    if f.ircs and rng.random() < 0.3:
        page.line("Call sign: ", (f.ircs, "IRCS"))
    hold = rng.randint(200, 1800)
    page.line(
        f"Fish hold {hold} m3, freezing {rng.randint(10, 60)} t/day at "
        f"-{rng.choice((35, 40, 55, 60))}°C"
    )
    lying = rng.choice(_vocab.PORTS)[0]
    page.line(
        f"Lying {lying}. "
        + rng.choice(
            ("Licences not included.", "Sold with quota.", "Class maintained.", "Drydocked.")
        )
    )
    price = rng.randint(4, 160) * 50_000
    page.line(f"Asking price: USD {price:,}" if rng.random() < 0.7 else "Price: on request")
    page.blank()


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    broker = rng.choice(_vocab.BROKERS)
    chosen = [facts(v, rng) for v in pick(vessels, rng, rng.randint(3, 9))]
    per_page = rng.randint(3, 4)
    pages: list[Page] = []
    for start in range(0, len(chosen), per_page):
        page = Page()
        page.line(
            broker.upper(),
            " " * rng.randint(5, 25),
            f"List No. {rng.randint(20, 25)}/{rng.randint(1, 300):03d}",
        )
        if not pages:
            page.line(
                "FISHING VESSELS FOR SALE - subject to prior sale, details "
                "believed correct but not guaranteed"
            )
        page.line("=" * rng.randint(30, 70)).blank()
        for f in chosen[start : start + per_page]:
            _block(page, f, rng)
        page.line(
            f"Contact: {rng.choice(_vocab.PEOPLE)}  +44 20 "
            f"7{rng.randint(100, 999)} {rng.randint(1000, 9999)}  "
            f"sales@{broker.split()[0].lower()}.com"
        )
        pages.append(page)
        if len(pages) == 3:
            break
    return [p.draft() for p in pages]
