"""The text layer of a slide deck exported to PDF (one slide, or a two-slide handout, a page).

Slide titles, short bullets with vessels and their identifiers in parentheses, fragments of
tables without rules, speaker notes, footers and slide numbers. English or Spanish."""

from __future__ import annotations

import random
from collections.abc import Callable

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import Item, PageBuilder, PageDraft
from ._ship import Ship, a_date, country, flag_text, fmt_date, former_identity, pick_ships

LAYOUT = "slide_deck_text"


def _split(template: str, slot: str, value: Item) -> list[Item]:
    before, _, after = template.partition("{" + slot + "}")
    return [x for x in (before, value, after) if x]


class _Deck:
    def __init__(self, ships: list[Ship], rng: random.Random) -> None:
        self.ships, self.rng = ships, rng
        self.lang = rng.choice(("en", "en", "es"))
        self.t, self.o = V.SLIDE_WORDS[self.lang], V.SLIDE_OPTIONS[self.lang]
        self.rfmo = rng.choice(sorted(V.RFMOS))
        self.areas, self.species = V.RFMOS[self.rfmo]
        self.ph = rng.choice(("n/a", "unknown", "\u2014", "none", "s/d"))
        self.bullet = rng.choice(V.BULLETS)
        self.footer = rng.choice(
            (
                "OFFICIAL \u2013 SENSITIVE",
                "Internal use only",
                "DRAFT",
                "CONFIDENCIAL",
                "For discussion",
            )
        )
        self.day = a_date(rng, 2022, 2025)

    def ids(self, s: Ship) -> list[Item]:
        """The identifiers in parentheses after a vessel's name."""
        r, parts = self.rng, list[list[Item]]()
        if s.imo or r.random() < 0.3:
            parts.append(["IMO ", (s.imo, "IMO") if s.imo else self.ph])
        if s.mmsi:
            parts.append(["MMSI ", (s.mmsi, "MMSI")])
        if s.ircs and r.random() < 0.6:
            parts.append([r.choice(("IRCS ", "call sign ", "C/S ")), (s.ircs, "IRCS")])
        if r.random() < 0.5:
            parts.append([(flag_text(s.flag, self.lang, r), "FLAG")])
        items: list[Item] = [" ("]
        for i, part in enumerate(parts):
            items += ([r.choice(("; ", ", ", " / "))] if i else []) + part
        return [*items, ")"] if parts else []

    def vessel_line(self, b: PageBuilder, s: Ship, tail: str) -> None:
        b.line(self.bullet, " ", (s.name, "VESSEL_NAME"), *self.ids(s), f" {V.DASH} {tail}")

    def vessels(self, b: PageBuilder) -> None:
        r = self.rng
        for s in self.ships[:4]:
            self.vessel_line(b, s, V.GEARS[s.gear][0 if self.lang == "en" else 1])
        b.line()
        cols = (
            ("Vessel", "Flag", "GT", "Licence")
            if self.lang == "en"
            else ("Buque", "Pabellón", "GT", "Licencia")
        )
        b.line(f"{cols[0]:<22}{cols[1]:<12}{cols[2]:>6}   {cols[3]}")
        for s in self.ships[:4]:
            flag = flag_text(s.flag, self.lang, r)
            lic = f"{self.rfmo}-{r.randint(100, 9999)}"
            b.line(
                (s.name, "VESSEL_NAME"),
                " " * max(1, 22 - len(s.name)),
                (flag, "FLAG"),
                " " * max(1, 12 - len(flag)),
                " " * max(0, 6 - len(s.gt)),
                (s.gt, "METRIC_VALUE"),
                "   ",
                (lic, "LICENSE_NO"),
            )

    def timeline(self, b: PageBuilder) -> None:
        r, t = self.rng, self.t
        first, second = self.ships[0], self.ships[-1]
        days = sorted(a_date(r, self.day.year - 1, self.day.year) for _ in range(4))
        b.line(
            fmt_date(days[0], "slash"),
            "  ",
            (first.name, "VESSEL_NAME"),
            " ",
            t["dark"].format(h=r.randint(9, 70)),
            " ",
            (r.choice(self.areas), "FAO_AREA_CODE"),
        )
        b.line(
            fmt_date(days[1], "slash"),
            "  ",
            (first.name, "VESSEL_NAME"),
            f" {t['meet']} ",
            (second.name, "VESSEL_NAME"),
            *self.ids(second),
        )
        for day, ship in zip(days[2:], r.sample(self.ships, 2), strict=True):
            port, _, locode = r.choice(V.PORTS)
            b.line(
                fmt_date(day, "slash"),
                "  ",
                (ship.name, "VESSEL_NAME"),
                f" {t['call']} {port} (",
                (locode, "PORT_ID"),
                ")",
            )
        codes = [sp for sp in V.SPECIES if sp[0] in self.species]
        for (code, en, es, _), weight in zip(
            r.sample(codes, min(2, len(codes))), (180, 40), strict=False
        ):
            name = r.choice((code, en if self.lang == "en" else es))
            b.line(self.bullet, f" {t['catch']} {r.randint(3, weight)} t ", (name, "SPECIES_NAME"))
        b.line(
            self.bullet,
            " ",
            *_split(t["listed"], "rfmo", (self.rfmo, "RFMO_CODE")),
            " ",
            fmt_date(a_date(r, 2025, 2027), "iso"),
        )

    def network(self, b: PageBuilder) -> None:
        r, s = self.rng, self.ships[0]
        _, city, _, _ = r.choice(V.ADDRESSES.get(s.owner_country) or V.ADDRESSES["SGP"])
        roles = r.sample(self.o["owner"], 2)
        b.line(
            self.bullet,
            " ",
            (s.owner, "ASSOC_NAME"),
            f" {V.DASH} ",
            (roles[0], "ASSOC_ROLE"),
            " (",
            (city, "CITY"),
            ", ",
            (country(s.owner_country, self.lang), "COUNTRY_CODE"),
            ")",
        )
        b.line("     \u2193")
        b.line(
            self.bullet,
            " ",
            (r.choice(V.MANAGERS), "ASSOC_NAME"),
            f" {V.DASH} ",
            (roles[1], "ASSOC_ROLE"),
        )
        if r.random() < 0.6:
            old_flag, old_mmsi, _ = former_identity(r, s.flag)
            former = s.former_name or r.choice(V.FORMER_NAMES)
            b.line(
                self.bullet,
                f" {self.t['former']} ",
                (former, "NAME_CHANGE"),
                " (",
                (old_flag, "FLAG_CHANGE"),
                ", MMSI ",
                (old_mmsi, "ID_CHANGE"),
                ")",
            )
        self.vessel_line(b, s, self.o["owner"][0] + "?")

    def next_steps(self, b: PageBuilder) -> None:
        r, s, t = self.rng, self.ships[0], self.t
        flag = (flag_text(s.flag, self.lang, r), "FLAG")
        b.line(self.bullet, " ", *_split(t["ask"], "flag", flag))
        b.line(self.bullet, " ", *_split(t["iuu"], "rfmo", (self.rfmo, "RFMO_CODE")))
        b.line(self.bullet, f" {t['inspect']} {V.DASH} ", (s.name, "VESSEL_NAME"))
        for other in self.ships[1:3]:
            self.vessel_line(b, other, r.choice(self.o["tails"]))

    def notes(self, b: PageBuilder, long: bool = False) -> None:
        r, t = self.rng, self.t
        ship = r.choice(self.ships)
        first, second = r.sample(self.o["note_text"], 2)
        b.line("\n", t["notes"])
        b.line(first, " ", (ship.name, "VESSEL_NAME"), " ", r.choice(self.o["note_tails"]))
        b.line(second)
        if long:
            other = r.choice(self.ships)
            third = r.choice([x for x in self.o["note_text"] if x not in (first, second)])
            b.line(third, " (", (other.name, "VESSEL_NAME"), *self.ids(other)[1:])


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    deck = _Deck(pick_ships(vessels, rng, rng.randint(3, 5)), rng)
    slides: list[tuple[str, Callable[[PageBuilder], None]]] = [
        (rng.choice(deck.o["vessels"]), deck.vessels),
        (rng.choice(deck.o["timeline"]), deck.timeline),
        (rng.choice(deck.o["network"]), deck.network),
        (rng.choice(deck.o["next"]), deck.next_steps),
    ]
    pages, handout = rng.randint(1, 3), rng.random() < 0.75
    start = rng.randint(2, 9)
    title = rng.choice(deck.o["deck"])
    total = start + rng.randint(8, 20)
    shape = rng.choice(("{n}", "{n} / {total}", "\u2014 {n} \u2014", "Slide {n}"))
    drafts = []
    for page in range(pages):
        b = PageBuilder()
        if page == 0 and start == 2:
            b.line(title, ": ", (deck.ships[0].name, "VESSEL_NAME"))
            b.line(f"{deck.footer} | {fmt_date(deck.day, 'long', deck.lang)}\n")
        for k in range(2 if handout else 1):
            number = start + page * (2 if handout else 1) + k
            title, body = slides[(number - 2) % len(slides)]
            b.line(title)
            body(b)
            if not handout or k == 1:
                deck.notes(b, long=not handout)
            b.line(
                shape.format(n=number, total=total),
                "    ",
                deck.footer,
                "    ",
                title,
                "\n" if handout and k == 0 else "",
            )
        drafts.append(b.draft())
    return drafts
