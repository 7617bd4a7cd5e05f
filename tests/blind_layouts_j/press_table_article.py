"""A newspaper or NGO article on an investigation, EN/ES/FR, as a PDF's text layer.

Prose naming vessels, owners and flags (a flag adjective in "Chinese-flagged" / "de pabellón
chino" / "battant pavillon chinois" is FLAG), a table of vessels and a correction note whose
wrong number is a hard negative."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import Item, PageBuilder, PageDraft, fill
from ._ship import (
    Ship,
    a_date,
    address,
    adjective,
    bad_imo,
    country,
    flag_text,
    fmt_date,
    former_identity,
    pick_ships,
)

LAYOUT = "press_table_article"


class _Article:
    def __init__(self, ships: list[Ship], rng: random.Random) -> None:
        self.ships, self.rng = ships, rng
        self.outlet, self.lang = rng.choice(V.NEWSROOMS)
        self.t, self.o = V.PRESS_WORDS[self.lang], V.PRESS_OPTIONS[self.lang]
        self.day = a_date(rng, 2023, 2025)
        self.width = rng.randint(68, 96)
        self.rfmo = rng.choice(sorted(V.RFMOS))

    def para(self, b: PageBuilder, template: str, **slots: Item | list[Item]) -> None:
        b.wrap(fill(template, outlet=self.outlet, **slots), self.width, lambda: "")
        b.add("\n\n")

    def opening(self, b: PageBuilder) -> None:
        s, r, t = self.ships[0], self.rng, self.t
        b.line(self.outlet, "  |  ", r.choice(self.o["section"]))
        b.line(fmt_date(self.day, "long", self.lang), "\n")
        self.para(b, t["head"], name=(s.name, "VESSEL_NAME"))
        authors = r.sample(V.OFFICIALS, 2)
        b.line(f"{t['by']} {authors[0]} {t['conj']} {authors[1]}\n")
        kind, area = r.choice(self.o["kinds"]), r.choice(V.RFMOS[self.rfmo][0])
        adj = adjective(s.flag, self.lang)
        template = "intro_adj" if adj and r.random() < 0.6 else "intro_flag"
        self.para(
            b,
            t[template],
            adj=(adj, "FLAG"),
            kind=kind,
            name=(s.name, "VESSEL_NAME"),
            n=str(r.randint(9, 80)),
            area=(area, "FAO_AREA_CODE"),
            flag=(flag_text(s.flag, self.lang, r), "FLAG"),
        )

    def owner(self, b: PageBuilder) -> None:
        s, r, t = self.ships[0], self.rng, self.t
        _, city, _, _ = address(s.owner_country, r)
        self.para(
            b,
            t["owner"],
            owner=(s.owner, "ASSOC_NAME"),
            city=(city, "CITY"),
            country=(country(s.owner_country, self.lang), "COUNTRY_CODE"),
            role=(r.choice(self.o["roles"]), "ASSOC_ROLE"),
            manager=(r.choice(V.MANAGERS), "ASSOC_NAME"),
        )

    def history(self, b: PageBuilder) -> None:
        s, r, t = self.ships[0], self.rng, self.t
        old_flag, _, _ = former_identity(r, s.flag)
        self.para(
            b,
            t["former"],
            year=str(r.randint(2015, 2022)),
            former=(s.former_name or r.choice(V.FORMER_NAMES), "NAME_CHANGE"),
            oldflag=(country(old_flag, self.lang), "FLAG_CHANGE"),
        )
        code, en, es, fr = r.choice([x for x in V.SPECIES if x[0] in V.RFMOS[self.rfmo][1]])
        species = {"en": en.lower(), "es": es.lower(), "fr": fr.lower()}[self.lang]
        self.para(
            b,
            t["rfmo"],
            rfmo=(self.rfmo, "RFMO_CODE"),
            area=(r.choice(V.RFMOS[self.rfmo][0]), "FAO_AREA_CODE"),
            species=(r.choice((species, code)), "SPECIES_NAME"),
        )

    def table(self, b: PageBuilder) -> None:
        cols, r = self.o["cols"], self.rng
        b.line(self.t["table"])
        name_w = max(len(s.name) for s in self.ships) + 3
        b.line(f"{cols[0]:<{name_w}}{cols[1]:<10}{cols[2]:<22}{cols[3]}")
        for s in self.ships:
            flag = flag_text(s.flag, self.lang, r)
            imo: Item = (s.imo, "IMO") if s.imo else "\u2014"
            imo_len = len(s.imo) if s.imo else 1
            b.line(
                (s.name, "VESSEL_NAME"),
                " " * (name_w - len(s.name)),
                imo,
                " " * (10 - imo_len),
                (flag, "FLAG"),
                " " * max(2, 22 - len(flag)),
                (s.owner, "ASSOC_NAME"),
            )
        b.line(
            f"{'Source' if self.lang == 'en' else 'Fuente' if self.lang == 'es' else 'Source'}"
            f": {self.rfmo} / {self.outlet}\n"
        )

    def background(self, b: PageBuilder) -> None:
        self.para(b, self.t["context"], n=str(self.rng.choice((5, 10, 20, 100))))

    def second(self, b: PageBuilder) -> None:
        r, second = self.rng, self.ships[1]
        self.para(
            b,
            self.t["second"],
            name2=(second.name, "VESSEL_NAME"),
            flag2=(flag_text(second.flag, self.lang, r), "FLAG"),
            role2=(self.t["role2"], "ASSOC_ROLE"),
            owner2=(second.owner, "ASSOC_NAME"),
        )

    def about(self, b: PageBuilder) -> None:
        self.para(b, self.t["about"])

    def method(self, b: PageBuilder) -> None:
        first, second = self.ships[0], self.ships[1]
        self.para(
            b,
            self.t["method"],
            n=str(self.rng.randint(40, 900)),
            rfmo=(self.rfmo, "RFMO_CODE"),
            name2=(second.name, "VESSEL_NAME"),
            name=(first.name, "VESSEL_NAME"),
            role2=(self.t["role2"], "ASSOC_ROLE"),
            owner2=(second.owner, "ASSOC_NAME"),
        )

    def closing(self, b: PageBuilder) -> None:
        s, r, t = self.ships[0], self.rng, self.t
        self.para(b, t["quote"], person=r.choice(V.OFFICIALS))
        when = fmt_date(a_date(r, self.day.year, self.day.year + 1), "long", self.lang)
        if s.imo:
            self.para(
                b,
                t["fix"],
                date=when,
                name=(s.name, "VESSEL_NAME"),
                bad=bad_imo(s.imo),
                imo=(s.imo, "IMO"),
            )
        else:
            self.para(b, t["fix_owner"], date=when, owner=(s.owner, "ASSOC_NAME"))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    art = _Article(pick_ships(vessels, rng, rng.randint(3, 5)), rng)
    plan = {
        1: ((art.opening, art.owner, art.table, art.closing),),
        2: (
            (art.opening, art.owner, art.history, art.background),
            (art.second, art.table, art.method, art.closing),
        ),
        3: (
            (art.opening, art.owner, art.background),
            (art.history, art.second, art.table),
            (art.method, art.closing, art.about),
        ),
    }
    pages = plan[rng.randint(1, 3)]
    drafts = []
    for number, sections in enumerate(pages, start=1):
        b = PageBuilder()
        if number > 1:
            b.line(
                f"{art.outlet} \u00b7 {fmt_date(art.day, 'slash')} \u00b7 {number}/{len(pages)}\n"
            )
        for section in sections:
            section(b)
        drafts.append(b.draft())
    return drafts
