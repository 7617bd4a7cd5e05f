"""Government sanctions list entries for fishing vessels in their dense published style: one
paragraph per vessel with semicolon-separated particulars, then entries for linked companies;
programme tags and list reference numbers are hard negatives."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import Facts, address, country, date_between, facts, fmt_date, history, pick
from ._ids import make_uscc
from ._page import PageBuilder, PageDraft

LAYOUT = "sanctions_designation"

_TAGS = ("[GLOMAG]", "[GLOMAG]", "[SDGT]", "[RUSSIA-EO14024]", "[DPRK3]", "[IRAN-EO13846]")
_HEADERS = {
    "ofac": (
        "SPECIALLY DESIGNATED NATIONALS AND BLOCKED PERSONS LIST",
        "Office of Foreign Assets Control - Vessels and linked entities",
    ),
    "uk": (
        "CONSOLIDATED LIST OF ASSET FREEZE TARGETS - SHIPS",
        "Regime: Global Human Rights / Global Irregular Fishing",
    ),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    style = rng.choice(("ofac", "uk"))
    listed = date_between(rng, 2019, 2025)
    drafts = []
    for number in range(1, rng.choice((1, 2, 2, 3)) + 1):
        page = PageBuilder()
        title, subtitle = _HEADERS[style]
        page.add(title).nl().add(subtitle).nl()
        page.fmt("Publication date {} - page {}", fmt_date(listed, "mon"), str(number)).nl(2)
        limit = rng.randint(1500, 2700)
        while True:
            block = PageBuilder()
            f = facts(pick(vessels, rng), rng)
            (_ofac if style == "ofac" else _uk)(block, f, rng)
            if len(page) + len(block) > limit and len(page) > 300:
                break
            page.extend(block)
        drafts.append(page.draft())
    return drafts


def _entity(block: PageBuilder, name: str, f: Facts, rng: random.Random) -> None:
    where = address(rng, f.flag)
    block.add(name, "ASSOC_NAME").add(", ").add(where.street, "ADDRESS").add(", ")
    block.add(where.city, "CITY").add(", ")
    if where.state:
        block.add(where.state, "STATE").add(rng.choice((", ", " ")))
    if where.postcode:
        block.add(where.postcode + " ")
    block.add(country(where.country) or where.country, "COUNTRY_CODE").add("; ")
    established = fmt_date(date_between(rng, 1995, 2018), "mon")
    block.fmt("Organization Established Date {}; ", established)
    if where.country == "CHN":
        block.fmt("Unified Social Credit Code (USCC) {} (China); ", (make_uscc(rng), "REG_NO"))
    else:
        number = f"{rng.randint(100000, 9999999)}"
        block.fmt("Company Number {}; ", (number, "REG_NO"))
    block.fmt("Organization Type: Fishing; {} ", rng.choice(_TAGS))
    block.fmt("(Linked To: {}).", (f.name, "VESSEL_NAME")).nl(2)


def _ofac(block: PageBuilder, f: Facts, rng: random.Random) -> None:
    former = history(f, rng, rng.randint(0, 2))
    block.add(f.name, "VESSEL_NAME")
    aliases = [old.name for old in former if old.name]
    if aliases:
        block.add(" (f.k.a. ")
        for i, alias in enumerate(aliases):
            block.add("; f.k.a. " if i else "").add(alias, "NAME_CHANGE")
        block.add(")")
    gear = V.GEAR.get(f.gear or "")
    block.add(f" {gear[1] if gear else 'Fishing Vessel'}")
    flag = country(f.flag)
    if flag:
        block.add(" ").add(flag, "FLAG").add(" flag")
    parts: list[tuple[str, str | None, str | None]] = []
    if f.imo:
        parts.append(("Vessel Registration Identification IMO ", f.imo, "IMO"))
    if f.mmsi:
        parts.append(("MMSI ", f.mmsi, "MMSI"))
    if f.year:
        parts.append(("Vessel Year of Build ", f.year, "BUILD_YEAR"))
    for old in former:
        parts.append(("Former Vessel Flag ", country(old.flag), "FLAG_CHANGE"))
    if f.ircs:
        parts.append(("Call Sign ", f.ircs, "IRCS"))
    for old in former[:1]:
        if old.ircs:
            parts.append(("Other Vessel Call Sign ", old.ircs, "ID_CHANGE"))
    rng.shuffle(parts)
    for key, value, label in parts:
        block.add("; " + key).add(value or "", label)
    if f.gt:
        block.add("; Vessel ").add("Gross Registered Tonnage", "METRIC_TYPE").add(" ")
        block.add(f.gt, "METRIC_VALUE")
        if rng.random() < 0.4:
            block.add("GRT", "METRIC_UNIT")
    block.fmt(" (vessel) {} (Linked To: {}).", rng.choice(_TAGS), (f.owner, "ASSOC_NAME")).nl(2)
    if rng.random() < 0.7:
        _entity(block, f.owner, f, rng)


def _uk(block: PageBuilder, f: Facts, rng: random.Random) -> None:
    former = history(f, rng, rng.randint(0, 2))
    block.fmt("Name 6: {} 1: - 2: - 3: - 4: - 5: -", (f.name, "VESSEL_NAME"))
    block.add(". Vessel IMO number: ").add(f.imo or "-", "IMO" if f.imo else None)
    block.add(". Current owner/operator(s): ").add(f.owner, "ASSOC_NAME")
    if rng.random() < 0.5:
        where = address(rng, f.flag)
        block.add(", ").add(where.street, "ADDRESS").add(", ").add(where.city, "CITY")
        block.add(", ").add(country(where.country) or where.country, "COUNTRY_CODE")
    flag = country(f.flag)
    block.add(". Flag of ship: ").add(flag or "-", "FLAG" if flag else None)
    if former:
        block.add(". Previous flags: ")
        for i, old in enumerate(former):
            block.add(", " if i else "").add(country(old.flag) or old.flag, "FLAG_CHANGE")
        names = [old.name for old in former if old.name]
        if names:
            block.add(". Previous names: ")
            for i, name in enumerate(names):
                block.add(", " if i else "").add(name, "NAME_CHANGE")
    block.add(". Type of ship: Fishing vessel")
    if f.gt:
        block.add(". ").add("Tonnage", "METRIC_TYPE").add(" of ship: ").add(f.gt, "METRIC_VALUE")
    if f.loa:
        block.add(". ").add("Length", "METRIC_TYPE").add(" of ship: ")
        block.add(f.loa, "METRIC_VALUE").add(" ").add("m", "METRIC_UNIT")
    block.add(". Year built: ").add(f.year or "-", "BUILD_YEAR" if f.year else None)
    block.add(". Hull identification number (HIN): -. Other Information: ")
    reference = f"GHR{rng.randint(1, 400):04d}"
    block.fmt("(UK Sanctions List Ref):{} (UK Statement of Reasons):", reference)
    area = rng.choice(V.FAO_AREAS)
    block.fmt(" {} is a fishing vessel whose ", (f.name, "VESSEL_NAME"))
    block.fmt("{}, {}, ", ("registered owner", "ASSOC_ROLE"), (f.owner, "ASSOC_NAME"))
    block.fmt(
        "has directed illegal, unreported and unregulated fishing in FAO Area {}",
        (area, "FAO_AREA_CODE"),
    )
    day = fmt_date(date_between(rng, 2019, 2025), "dmy")
    block.fmt(". Listed on: {} UK Sanctions List Date Designated: {} ", day, day)
    block.fmt("Last Updated: {} Group ID: {}.", day, str(rng.randint(14000, 16999))).nl(2)
