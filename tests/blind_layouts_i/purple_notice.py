"""An international police notice (in the manner of an INTERPOL Purple Notice) about a fishing
vessel involved in IUU fishing, in English, French or Spanish: summary, particulars under the
names and flags used over time, modus operandi, persons and companies, numbered references."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import (
    Facts,
    FormerIdentity,
    address,
    company,
    country,
    date_between,
    facts,
    fmt_date,
    history,
    home_port,
    pick,
)
from ._page import PageBuilder, PageDraft, paginate
from ._vocab_wording import NOTICE, SIGHTED

LAYOUT = "purple_notice"


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "fr", "es"))
    t = NOTICE[lang]
    f = facts(pick(vessels, rng), rng)
    former = history(f, rng, rng.randint(1, 3))
    control = f"A-{rng.randint(100, 9999)}/{rng.randint(1, 12)}-{rng.randint(2016, 2025)}"
    head = PageBuilder()
    head.add("INTERPOL").pad_to(44).add(t["title"]).nl()
    head.pad_to(44).fmt(f"{t['control']}: {{}}", control).nl()
    file_no = f"{rng.randint(2016, 2025)}/{rng.randint(10000, 99999)}"
    head.pad_to(44).fmt(f"{t['file']}: {{}}", file_no).nl()
    published = fmt_date(date_between(rng, 2016, 2025), t["date"])
    head.pad_to(44).add(f"{t['published']}: {published}").nl(2)
    head.fmt(t["subject"], (f.name, "VESSEL_NAME")).nl()
    requesting = rng.choice(("NOR", "AUS", "NZL", "FRA", "ESP", "CHL", "SEN", "MUS", "USA"))
    head.add(f"{t['requesting']}: {country(requesting, lang)}").nl(2)
    rfmo = rng.choice(V.RFMOS)
    toothfish = [s for s in V.SPECIES if s[0] in ("TOP", "TOA")]
    species = rng.choice(toothfish if rfmo == "CCAMLR" else V.SPECIES)
    head.add(t["summary"]).nl()
    head.fmt(
        t["summary_text"],
        (f.name, "VESSEL_NAME"),
        (country(f.flag, lang) or t["unknown"], "FLAG" if f.flag else None),
        (species[{"en": 1, "fr": 2, "es": 3}[lang]], "SPECIES_NAME"),
        species[4],
        (rfmo, "RFMO_CODE"),
        (rng.choice(V.RFMO_AREAS[rfmo]), "FAO_AREA_CODE"),
    ).nl(2)
    blocks = [head, PageBuilder(), PageBuilder(), PageBuilder(), PageBuilder(), PageBuilder()]
    _particulars(blocks[1], f, former, rng, t, lang)
    _modus(blocks[2], f, former[0], rng, t, lang)
    _sightings(blocks[3], rng, t, lang)
    _persons(blocks[4], f, rng, t, lang)
    tail = blocks[5]
    tail.add(t["references"]).nl()
    entry = f"{rng.randint(2010, 2024)}/{rng.randint(1, 40):02d}"
    tail.fmt("(a) " + t["ref_list"], (rng.choice(V.RFMOS), "RFMO_CODE"), entry).nl()
    diffusion = f"{rng.randint(2015, 2025)}/{rng.randint(1000, 99999)}"
    tail.fmt("(b) " + t["ref_diffusion"], diffusion).nl()
    case = (
        f"{rng.choice(('NOR', 'AUS', 'MUS'))}-{rng.randint(2015, 2025)}-{rng.randint(1, 999):04d}"
    )
    tail.fmt("(c) " + t["ref_case"], case).nl(2)
    tail.fmt(t["action"], control).nl(2)
    tail.add("INTERPOL General Secretariat - 200, quai Charles de Gaulle - 69006 Lyon - France")
    return [page.draft() for page in paginate(blocks, rng.choice((1, 2, 2, 3)))]


def _particulars(
    page: PageBuilder,
    f: Facts,
    former: list[FormerIdentity],
    rng: random.Random,
    t: dict[str, str],
    lang: str,
) -> None:
    def row(key: str) -> PageBuilder:
        return page.add(f"{t[key]}:").pad_to(26)

    page.add(t["particulars"]).nl()
    row("name").add(f.name, "VESSEL_NAME").nl()
    names = [old.name for old in former if old.name]
    if names:
        row("previous_names")
        for i, name in enumerate(names):
            page.add(", " if i else "").add(name, "NAME_CHANGE")
        page.nl()
    row("imo").add(f.imo or t["unknown"], "IMO" if f.imo else None).nl()
    row("call_sign").add(f.ircs or t["unknown"], "IRCS" if f.ircs else None)
    olds = [old.ircs for old in former if old.ircs]
    if olds:
        page.add(" (" + {"en": "previously", "fr": "auparavant", "es": "anteriormente"}[lang] + " ")
        for i, ircs in enumerate(olds):
            page.add(", " if i else "").add(ircs, "ID_CHANGE")
        page.add(")")
    page.nl()
    row("mmsi").add(f.mmsi or t["unknown"], "MMSI" if f.mmsi else None).nl()
    flag = country(f.flag, lang)
    row("flag").add(flag or t["unknown"], "FLAG" if flag else None).nl()
    row("previous_flags")
    for i, old in enumerate(former):
        page.add(", " if i else "").add(country(old.flag, lang) or old.flag, "FLAG_CHANGE")
        page.add(f" ({old.until.year})")
    page.nl()
    port, _ = home_port(f, rng)
    row("port").add(port or t["unknown"], "HOME_PORT" if port else None).nl()
    if f.loa:
        page.add(t["length"], "METRIC_TYPE").add(":").pad_to(26)
        page.add(f.loa if lang == "en" else f.loa.replace(".", ","), "METRIC_VALUE")
        page.add(" ").add("m", "METRIC_UNIT").nl()
    row("built").add(f.year or t["unknown"], "BUILD_YEAR" if f.year else None)
    if f.year and rng.random() < 0.5:
        yard, place, built_in = rng.choice(V.SHIPYARDS)
        page.add(", ").add(f"{yard}, {place}", "BUILDER_LOCATION").add(" (")
        page.add(country(built_in, lang) or built_in, "BUILD_COUNTRY").add(")")
    page.nl(2)


def _modus(
    page: PageBuilder,
    f: Facts,
    old: FormerIdentity,
    rng: random.Random,
    t: dict[str, str],
    lang: str,
) -> None:
    since = date_between(rng, 2008, old.until.year - 1)
    page.add(t["modus"]).nl()
    page.fmt(
        t["modus_text"],
        fmt_date(since, t["date"]),
        fmt_date(old.until, t["date"]),
        (old.name, "NAME_CHANGE") if old.name else (f.name, "VESSEL_NAME"),
        (country(old.flag, lang) or old.flag, "FLAG_CHANGE"),
        (old.ircs, "ID_CHANGE") if old.ircs else t["unknown"],
        rng.choice(V.CALL_PORTS),
    ).nl(2)


def _sightings(page: PageBuilder, rng: random.Random, t: dict[str, str], lang: str) -> None:
    title, *events = SIGHTED[lang]
    page.add(title).nl()
    for day in sorted(date_between(rng, 2015, 2025) for _ in range(rng.randint(2, 5))):
        lat, lon = rng.randint(10, 66), rng.randint(1, 179)
        position = f"{lat:02d}°{rng.randint(0, 59):02d}'S {lon:03d}°{rng.randint(0, 59):02d}'E"
        page.add(fmt_date(day, "dmy")).pad_to(14).add(position).pad_to(34)
        event = rng.randrange(len(events))
        page.add(events[event])
        page.add(f" ({rng.choice(V.CALL_PORTS)})" if event >= 2 else "").nl()
    page.nl()


def _persons(page: PageBuilder, f: Facts, rng: random.Random, t: dict[str, str], lang: str) -> None:
    page.add(t["persons"]).nl()
    for person, nationality in rng.sample(V.PEOPLE, rng.randint(1, 2)):
        born = fmt_date(date_between(rng, 1955, 1990), t["date"])
        passport = f"{rng.choice('EGPKN')}{rng.randint(10_000_000, 99_999_999)}"
        page.add("- ").fmt(
            t["person"],
            (person, "ASSOC_NAME"),
            born,
            country(nationality, lang) or nationality,
            passport,
            (t["master"], "ASSOC_ROLE"),
        ).nl()
    for role in ("owner", "operator")[: rng.randint(1, 2)]:
        name = f.owner if role == "owner" else company(rng)
        where = address(rng, f.flag)
        page.add("- ").fmt(
            t["company"],
            (name, "ASSOC_NAME"),
            (where.street, "ADDRESS"),
            (where.city, "CITY"),
            (country(where.country, lang) or where.country, "COUNTRY_CODE"),
            (t[role], "ASSOC_ROLE"),
        ).nl()
    page.nl()
