"""A faxed letter as OCR reads it: a fax header line (times, phone numbers, page counter), skewed
text broken into short lines, letter/digit confusions in ordinary words, a handwritten note.

OCR confusions never touch a gold value; where the scan garbles an identifier, it is printed
garbled and left unlabelled."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import Item, PageBuilder, PageDraft, fill
from ._ship import (
    Ship,
    a_date,
    address,
    country,
    flag_text,
    fmt_date,
    former_identity,
    licence_no,
    master_name,
    national_reg,
    phone,
    ship_of,
)

LAYOUT = "fax_scanned_letter"


def garble(text: str, rng: random.Random, rate: float) -> str:
    """Letter/digit confusions in a piece of plain text, word by word."""
    words = text.split(" ")
    for i, word in enumerate(words):
        keys = [k for k in V.OCR_CONFUSIONS if k in word]
        if keys and len(word) > 3 and rng.random() < rate:
            key = rng.choice(keys)
            words[i] = word.replace(key, V.OCR_CONFUSIONS[key], 1)
    return " ".join(words)


class _Fax:
    def __init__(self, ship: Ship, rng: random.Random, kind: str) -> None:
        self.ship, self.rng, self.kind = ship, rng, kind
        self.rate = rng.uniform(0.05, 0.18)
        self.start = a_date(rng, 2021, 2024)  # licence start, or the new registration
        self.registered = a_date(rng, 2008, self.start.year - 1) if kind != "change" else self.start
        sent = self.start + dt.timedelta(days=rng.randint(-25, 40))
        self.sent = dt.datetime.combine(sent, dt.time(rng.randint(7, 18)))
        self.sender_phone = phone(rng, rng.choice(("86 591", "886 7", "248", "34 986", "230")))
        self.agent = rng.choice(V.MANAGERS)
        self.skew = rng.choice((0, 1, 2))
        self.line_no = 0

    def indent(self) -> Callable[[], str]:
        def step() -> str:  # a skewed scan: the left margin drifts down the page
            self.line_no += 1
            return " " * (self.skew * self.line_no // 7 + self.rng.choice((0, 0, 1)))

        return step

    def ocr(self, items: list[Item]) -> list[Item]:
        return [garble(x, self.rng, self.rate) if isinstance(x, str) else x for x in items]

    def header(self, b: PageBuilder, page: int, pages: int) -> None:
        r, t = self.rng, self.sent + dt.timedelta(minutes=page)
        b.line(
            f"{t:%b-%d-%Y %H:%M}".upper(),
            f"  FROM: {self.sender_phone}   TO: "
            f"{r.randint(10**9, 10**10 - 1)}    P.{page:03d}/{pages:03d}",
        )
        b.line()

    def cover(self, b: PageBuilder, pages: int) -> None:
        s, r = self.ship, self.rng
        b.line(" " * r.randint(8, 20), garble("FAX TRANSMISSION", r, self.rate), "\n")
        b.line(
            garble(
                f"To:      {r.choice(('Port State Control', 'Fisheries Licensing Unit'))}",
                r,
                self.rate,
            )
        )
        b.line(f"Fax:     {phone(r, r.choice(('248', '230', '34', '27')))}")
        b.line("From:    ", (self.agent, "ASSOC_NAME"))
        b.line(f"Pages:   {pages} (incl. this page)")
        b.line(
            f"Our ref: {r.choice(('AG', 'OPS', 'LIC'))}/{self.sent.year}/{r.randint(10, 999)}"
            f"    Your ref: {r.choice(('-', 'PSC/IN/' + str(r.randint(100, 999))))}"
        )
        b.line(
            f"[{r.choice('X ')}] Urgent   [{r.choice('X ')}] For review   "
            f"[{r.choice('X ')}] Please reply   [ ] Please recycle"
        )
        b.line(
            "Re:      F/V ",
            (s.name, "VESSEL_NAME"),
            " / ",
            (flag_text(s.flag, "en", r), "FLAG"),
            "\n",
        )
        b.wrap(
            self.ocr([V.FAX_COVER.format(phone=self.sender_phone)]),
            r.randint(40, 64),
            self.indent(),
        )
        b.add("\n\n")

    def letter(self, b: PageBuilder) -> None:
        kind = self.kind
        s, r = self.ship, self.rng
        street, city, _, _ = address(s.owner_country, r)
        head = garble(self.agent.upper(), r, self.rate)  # a letterhead the scan left clean
        b.line((head, "ASSOC_NAME" if head == self.agent.upper() else None))
        b.line("Owner: ", (s.owner, "ASSOC_NAME"))
        b.line(
            (street, "ADDRESS"),
            ", ",
            (city, "CITY"),
            ", ",
            (country(s.owner_country), "COUNTRY_CODE"),
        )
        b.line(f"Tel {self.sender_phone}  Fax {phone(r, '1')}\n")
        b.line(garble(f"Date: {fmt_date(self.sent.date(), 'long')}", r, self.rate))
        b.line(
            garble(
                r.choice(
                    (
                        "To: The Director, Port State Control",
                        "Attn: Licensing Section, Fisheries Authority",
                        "To: Harbour Master / Fisheries Inspection",
                    )
                ),
                r,
                self.rate,
            )
        )
        b.line("Re: F/V ", (s.name, "VESSEL_NAME"), "\n")
        b.line(garble("Dear Sir / Madam,", r, self.rate), "\n")
        end = self.start + dt.timedelta(days=r.choice((180, 364, 365)))
        old_flag, _, old_call = former_identity(r, s.flag)
        imo: Item = (s.imo, "IMO") if s.imo else "(not assigned)"
        if s.imo and r.random() < 0.25:  # the scan garbles this one: printed, not labelled
            imo = s.imo[:3] + r.choice(("O", "B", "S", "l")) + s.imo[4:]
        slots: dict[str, Item | list[Item]] = dict(
            agent=(self.agent, "ASSOC_NAME"),
            flag=(flag_text(s.flag, "en", r), "FLAG"),
            name=(s.name, "VESSEL_NAME"),
            imo=imo,
            ircs=(s.ircs, "IRCS") if s.ircs else "TBA",
            owner=(s.owner, "ASSOC_NAME"),
            port=(s.port, "HOME_PORT"),
            eta=fmt_date(self.sent.date() + dt.timedelta(days=4), "slash"),
            species=(r.choice(V.SPECIES)[1].lower(), "SPECIES_NAME"),
            area=(r.choice(("51", "57", "34", "71", "87", "41")), "FAO_AREA_CODE"),
            auth=(
                r.choice(
                    ("fishing licence", "longline fishing licence", "high seas authorisation")
                ),
                "AUTH_TYPE",
            ),
            lic=(licence_no(r, self.start.year, s.flag), "LICENSE_NO"),
            start=(fmt_date(self.start, "slash"), "START_DATE"),
            end=(fmt_date(end, "slash"), "END_DATE"),
            master=(master_name(s.flag, r), "ASSOC_NAME"),
            former=(s.former_name or r.choice(V.FORMER_NAMES), "NAME_CHANGE"),
            oldflag=(country(old_flag), "FLAG_CHANGE"),
            oldcall=(old_call, "ID_CHANGE"),
            mmsi=(s.mmsi, "MMSI") if s.mmsi else "to be advised",
            rfmo=(r.choice(("IOTC", "WCPFC", "ICCAT")), "RFMO_CODE"),
            applied=fmt_date(self.start - dt.timedelta(days=30), "slash"),
        )
        if kind == "entry":  # the port of entry is not the home port
            slots["port"] = r.choice(V.PORTS)[0]
        template = {"entry": V.FAX_ENTRY, "change": V.FAX_CHANGE, "licence": V.FAX_LICENCE}[kind]
        b.wrap(self.ocr(fill(template, **slots)), self.rng.randint(34, 56), self.indent())
        b.add("\n\n")

    def closing(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.wrap(
            self.ocr(
                [
                    "We remain at your disposal for any further information and thank "
                    "you in advance for your kind assistance.\n\nYours faithfully,\n\n"
                ]
            ),
            r.randint(34, 56),
            self.indent(),
        )
        b.line()
        b.line(garble(f"{r.choice(V.OFFICIALS)}", r, self.rate))
        b.line(garble("for and on behalf of", r, self.rate), " ", (self.agent, "ASSOC_NAME"))
        note = r.choice(
            (
                [
                    "[handwritten:] rec'd ",
                    f"{self.sent.day}/{self.sent.month}",
                    " ",
                    r.choice(V.INITIALS),
                    " \u2192 check MMSI ",
                    (s.mmsi, "MMSI") if s.mmsi else "??",
                ],
                [
                    "[handwritten] OK to berth? ask PSC \u2014 ",
                    (s.name, "VESSEL_NAME"),
                    " not on list",
                ],
                [
                    "[manuscrit] vu le ",
                    f"{self.sent.day}/{self.sent.month}",
                    " \u2014 call sign ",
                    (s.ircs, "IRCS") if s.ircs else "???",
                    " ",
                    r.choice(V.INITIALS),
                ],
            )
        )
        b.line("\n" + " " * r.randint(10, 30), *note)

    def annex(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line(garble("COPY OF CERTIFICATE OF REGISTRY (extract)", r, self.rate), "\n")
        rows: list[tuple[str, Item]] = [
            ("Name of ship", (s.name, "VESSEL_NAME")),
            ("Official number", (national_reg(s.flag, r), "NATIONAL_REG_NO")),
            ("Call sign", (s.ircs, "IRCS") if s.ircs else "-"),
            ("IMO No.", (s.imo, "IMO") if s.imo else "-"),
            ("Port of registry", (s.port, "HOME_PORT")),
            ("Registered owner", (s.owner, "ASSOC_NAME")),
            ("Year built", (s.year, "BUILD_YEAR")),
            ("Nationality", (country(s.flag), "FLAG")),
            ("Date of registry", (fmt_date(self.registered, "slash"), "START_DATE")),
            ("Type", f"Fishing vessel / {V.GEARS[s.gear][0]}"),
            ("Propulsion", f"Motor, {r.randint(300, 2600)} kW"),
        ]
        for key, value in rows:
            b.line(
                " " * r.randint(0, 3),
                garble(key, r, self.rate * 2),
                " ",
                "." * r.randint(4, 12),
                " ",
                value,
            )
        b.line(
            " " * r.randint(0, 3),
            ("Gross tonnage", "METRIC_TYPE"),
            " ....... ",
            (s.gt, "METRIC_VALUE"),
            "   ",
            ("Length", "METRIC_TYPE"),
            " ...... ",
            (s.loa, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
        )
        b.wrap(
            self.ocr(
                [
                    "\nThis is a true copy of the original certificate, which remains on "
                    "board. Certified by the Registrar on ",
                    fmt_date(self.registered, "long"),
                    ". Not valid for navigation.",
                ]
            ),
            r.randint(34, 56),
            self.indent(),
        )
        b.line()


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    kind = rng.choice(("entry", "change", "licence"))
    fax = _Fax(ship_of(rng.choice(vessels), rng), rng, kind)
    plan = {
        1: (("letter", "closing"),),
        2: (("cover", "letter"), ("closing", "annex")),
        3: (("cover",), ("letter", "closing"), ("annex",)),
    }[rng.randint(1, 3)]
    drafts = []
    for number, sections in enumerate(plan, start=1):
        b = PageBuilder()
        fax.header(b, number, len(plan))
        for section in sections:
            if section == "cover":
                fax.cover(b, len(plan))
            elif section == "letter":
                fax.letter(b)
            elif section == "closing":
                fax.closing(b)
            else:
                fax.annex(b)
        drafts.append(b.draft())
    return drafts
