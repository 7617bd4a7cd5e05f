"""A fishing-vessel safety certificate (Cape Town Agreement style, or national), EN/ES/FR.

A box of particulars, tick boxes, validity dates, endorsements for annual surveys. A safety
certificate is not a fishing authorization: its number, validity and survey dates are hard
negatives (see README)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import Item, PageBuilder, PageDraft
from ._ship import Ship, a_date, address, country, flag_text, fmt_date, ship_of

LAYOUT = "safety_certificate"


class _Cert:
    def __init__(self, ship: Ship, rng: random.Random) -> None:
        self.ship, self.rng = ship, rng
        self.lang = rng.choice(("en", "en", "es", "fr"))
        self.t, self.o = V.CERT_WORDS[self.lang], V.CERT_COLUMNS[self.lang]
        self.style = rng.choice(
            ("long", "slash", "dot") if self.lang != "en" else ("long", "slash", "iso", "abbr")
        )
        self.ph = rng.choice(("---", "N/A", "n/a", "\u2014"))
        self.issued = a_date(rng, 2021, 2025)
        self.number = f"{rng.choice(('FVSC', 'CSP', 'CSN'))}-{rng.randint(1000, 99999)}"

    def date(self, day: dt.date) -> str:
        return fmt_date(day, self.style, self.lang)

    def front(self, b: PageBuilder) -> None:
        s, r, t = self.ship, self.rng, self.t
        head = V.FORMAL.get(s.flag, "") if self.lang == "en" else ""
        b.line(((head or country(s.flag, self.lang)).upper(), "FLAG"))
        b.line(" " * r.randint(4, 14) + t["title"])
        b.line(
            t["basis"],
            " ",
            (flag_text(s.flag, self.lang, r), "FLAG"),
            f" {t['by']} {r.choice(V.CERT_ISSUERS)}.",
        )
        b.line(f"{t['no']} {self.number}\n")
        self.box(b)
        ticked = int(s.year) >= 2019
        b.line(
            f"[{'X' if ticked else ' '}] {t['new']}     [{' ' if ticked else 'X'}] {t['existing']}"
        )
        keel = dt.date(int(s.year) - 1, r.randint(1, 12), r.randint(1, 28))
        b.line(f"{t['keel']}: {self.date(keel)}")
        if r.random() < 0.6:
            b.field(t["year"], (s.year, "BUILD_YEAR"), width=0)
        b.field(t["gt"], (s.gt, "METRIC_VALUE"), width=0, key_label="METRIC_TYPE")
        b.field(t["mmsi"], (s.mmsi, "MMSI") if s.mmsi else self.ph, width=0)
        if r.random() < 0.6:
            street, city, state, post = address(s.owner_country, r)
            place: list[Item] = [(city, "CITY")]
            if state:
                place += [", ", (state, "STATE")]
            b.line(t["owner"], ":")
            b.line(
                "   ",
                (s.owner, "ASSOC_NAME"),
                ", ",
                (street, "ADDRESS"),
                ", ",
                *place,
                f" {post}, " if post else ", ",
                (country(s.owner_country, self.lang), "COUNTRY_CODE"),
            )
        b.line("\n", t["certify"])
        b.line(t["persons"].format(n=r.randint(12, 60)))
        until = self.issued + dt.timedelta(days=365 * 5 - 1)
        b.line(f"\n{t['valid']} {self.date(until)}.")
        b.line(f"{t['issued']} {r.choice(V.SURVEY_PLACES)} {t['on']} {self.date(self.issued)}")
        b.line(f"\n{' ' * 30}{r.choice(V.OFFICIALS)}\n{' ' * 30}(seal)")

    def box(self, b: PageBuilder) -> None:
        s, r, cols = self.ship, self.rng, self.o["cols"]
        unit = r.choice(("m", "metres", "m."))
        cells: list[list[Item]] = [
            [(s.name, "VESSEL_NAME")],
            [(s.ircs, "IRCS") if s.ircs else self.ph],
            [(s.port, "HOME_PORT")],
            [(s.loa, "METRIC_VALUE"), " ", (unit, "METRIC_UNIT")],
            [(s.imo, "IMO") if s.imo else self.ph],
        ]
        if r.random() < 0.5:  # a ruled box, one row of headers and one of values
            widths = [max(len(c), 12) + 2 for c in cols]
            b.line("+" + "+".join("-" * w for w in widths) + "+")
            b.line(
                "|" + "|".join(f" {c:<{w - 1}}" for c, w in zip(cols, widths, strict=True)) + "|"
            )
            b.line("+" + "+".join("-" * w for w in widths) + "+")
            b.add("|")
            for cell, w in zip(cells, widths, strict=True):
                length = sum(len(x if isinstance(x, str) else x[0]) for x in cell)
                b.add(" ", *cell, " " * max(1, w - 1 - length), "|")
            b.line()
            b.line("+" + "+".join("-" * w for w in widths) + "+\n")
        else:  # the same box read as label/value pairs
            for col, cell in zip(cols, cells, strict=True):
                b.line(f"{col}: ", *cell)
            b.line()

    def endorsements(self, b: PageBuilder, count: int) -> None:
        r, t = self.rng, self.t
        b.line(t["endorse"])
        for n in range(1, count + 1):
            day = self.issued + dt.timedelta(days=365 * n + r.randint(-60, 60))
            done = n < count or r.random() < 0.5
            b.line(f"\n{t['annual']} ({n})")
            b.line(f"  {t['text']}")
            b.line(f"  {t['signed']}: {r.choice(V.OFFICIALS) if done else '.' * 24}")
            b.line(f"  {t['place']}: {r.choice(V.SURVEY_PLACES) if done else '.' * 16}")
            b.line(f"  {t['date']}: {self.date(day) if done else '.' * 12}")

    def extension(self, b: PageBuilder) -> None:
        r, t = self.rng, self.t
        b.line(t["extend"])
        b.line(t["text"])
        for key in (t["signed"], t["place"], t["date"]):
            b.line(f"  {key}: {'.' * r.randint(16, 28)}")
        b.line()

    def record(self, b: PageBuilder) -> None:
        s, r, t = self.ship, self.rng, self.t
        b.line(t["record"], f"   {self.number}")
        b.line(
            self.o["cols"][0],
            ": ",
            (s.name, "VESSEL_NAME"),
            "    ",
            self.o["cols"][1],
            ": ",
            (s.ircs, "IRCS") if s.ircs else self.ph,
        )
        b.line(f"Liferafts: {r.randint(2, 6)} x {r.choice((12, 16, 20, 25))} persons")
        b.line(f"Lifebuoys: {r.randint(4, 8)}   Lifejackets: {r.randint(20, 70)}")
        b.line(f"EPIRB 406 MHz, HEX ID {r.getrandbits(60):015X}")
        b.line(
            f"SART: {r.randint(1, 2)}   VHF DSC: {r.randint(1, 3)}   "
            f"MF/HF: {r.choice(('yes', 'no'))}"
        )
        b.line(f"Inmarsat-C IMN {r.randint(400000000, 499999999)}")
        b.line(f"Fire pumps: {r.randint(1, 3)}   Fixed fire-extinguishing system: CO2")
        b.line(
            f"Immersion suits: {r.randint(12, 40)}   Line-throwing appliance: 1   "
            f"Rockets/flares: {r.randint(6, 12)}"
        )
        b.line(
            f"Radar: {r.randint(1, 2)}   GNSS receiver: {r.randint(1, 2)}   Echo sounder: 1   "
            "Magnetic compass: 1"
        )
        b.line(
            f"{t['mmsi']}: ",
            (s.mmsi, "MMSI") if s.mmsi else self.ph,
            f"   NAVTEX: {r.choice(('yes', 'no'))}",
        )
        b.line((t["gt"], "METRIC_TYPE"), ": ", (s.gt, "METRIC_VALUE"))
        b.line(
            f"\n{t['issued']} {r.choice(V.SURVEY_PLACES)} {t['on']} {self.date(self.issued)}"
            f"    {r.choice(V.OFFICIALS)}"
        )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    cert = _Cert(ship_of(rng.choice(vessels), rng), rng)
    pages = rng.randint(1, 3)
    b = PageBuilder()
    cert.front(b)
    if pages == 1:
        cert.endorsements(b, 1)
        return [b.draft()]
    drafts = [b.draft()]
    b = PageBuilder()
    b.line(cert.t["title"], f"   {cert.number}   ", (cert.ship.name, "VESSEL_NAME"), "\n")
    cert.endorsements(b, rng.randint(3, 4))
    if pages == 3:
        drafts.append(b.draft())
        b = PageBuilder()
        cert.extension(b)
    cert.record(b)
    drafts.append(b.draft())
    return drafts
