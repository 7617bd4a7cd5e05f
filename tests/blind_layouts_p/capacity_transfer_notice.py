"""A notice of transfer of fishing capacity (and quota) from an outgoing vessel to an incoming
vessel, with both vessels' particulars, GT and kW transferred, and dates; English, Spanish or
French."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, country, eu_cfr, fmt_date, pick, reg_no, some_date
from ._page import PageDraft

LAYOUT = "capacity_transfer_notice"
_DATE_STYLE = {"en": ("en", "dmy", "iso"), "es": ("es", "dmy"), "fr": ("fr", "dot", "dmy")}


def _number(value: float, lang: str, decimals: int) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang != "en" else text


class _Notice:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.lang = rng.choice(("en", "en", "es", "fr"))
        self.w = vocab.CAPACITY_WORDS[self.lang]
        self.style = rng.choice(_DATE_STYLE[self.lang])
        rfmo = rng.choice(("IATTC", "ICCAT", "IOTC", "WCPFC", "SPRFMO"))
        self.rfmo = vocab.RFMO_LOCAL.get(self.lang, {}).get(rfmo, rfmo)
        self.out = pick(vessels, rng, "imo")
        self.into = pick(vessels, rng, "imo")
        for _ in range(30):  # a transfer stays within one flag when the list allows it
            if self.into.flag == self.out.flag and self.into.name != self.out.name:
                break
            self.into = pick(vessels, rng, "imo")
        self.pad = rng.choice((24, 26, 0))
        self.gt = rng.uniform(0.2, 1.0) * float(self.out.gt)
        self.kw = self.gt * rng.uniform(0.8, 1.6)
        self.day = some_date(rng, 2019, 2025)

    def key(self, page: PageDraft, word: str, metric: bool = False) -> PageDraft:
        text = self.w[word]
        page.add(text, "METRIC_TYPE" if metric else None).add(":")
        return page.add(" " * max(1, self.pad - len(text) - 1))

    def slot(self, page: PageDraft, word: str) -> PageDraft:
        """A wording with the RFMO acronym in its {rfmo} slot."""
        head, _, tail = self.w[word].partition("{rfmo}")
        return page.put(head, (self.rfmo, "RFMO_CODE"), tail)

    def date(self, offset: int = 0) -> str:
        return fmt_date(self.day + timedelta(days=offset), self.style)


def _vessel(page: PageDraft, n: _Notice, ship: Ident, part: str) -> None:
    rng, lang = n.rng, n.lang
    page.line(n.w[part]).nl()
    n.key(page, "name").line((ship.name, "VESSEL_NAME"))
    n.key(page, "flag").line((country(ship.flag, lang), "FLAG", "-"))
    n.key(page, "reg").put((reg_no(ship, rng), "NATIONAL_REG_NO"))
    cfr = eu_cfr(ship, rng)
    if cfr:
        page.add("   CFR: ").add(cfr, "EU_CFR")
    page.nl()
    n.key(page, "imo").line((ship.imo, "IMO", "-"))
    n.key(page, "cs").line((ship.ircs, "IRCS", "-"))
    port = f"{ship.port}, {ship.province}" if ship.province and rng.random() < 0.5 else ship.port
    n.key(page, "port").put((port.title(), "HOME_PORT"))
    if ship.port_state and rng.random() < 0.4:
        page.put(" (", (country(ship.port_state, lang), "HOME_PORT_STATE"), ")")
    page.nl()
    n.key(page, "owner").line((ship.owner, "ASSOC_NAME"))
    for word, value, unit in (("gt", ship.gt, "GT"), ("kw", None, "kW"), ("loa", ship.loa, "m")):
        if value is None:
            value = str(round(float(ship.gt) * rng.uniform(0.9, 1.5)))
        shown = value.replace(".", ",") if lang != "en" else value
        n.key(page, word, metric=True).line((shown, "METRIC_VALUE"), " ", (unit, "METRIC_UNIT"))
    n.key(page, "year").line((ship.year, "BUILD_YEAR"))
    page.nl()


def _head(page: PageDraft, n: _Notice) -> None:
    rng = n.rng
    page.line(rng.choice(vocab.AUTHORITIES[n.lang]))
    page.line(
        f"Ref. {rng.choice(('FC', 'CAP', 'TRF'))}/{n.day.year}/{rng.randint(1, 400):03d}"
        f"{' ' * rng.randint(4, 12)}{n.w['date']}: {n.date(-rng.randint(3, 20))}"
    )
    page.nl().line(n.w["title"])
    n.slot(page, "to").nl(2)
    n.slot(page, "intro").nl(2)


def _transfer(page: PageDraft, n: _Notice) -> None:
    rng, lang, w = n.rng, n.lang, n.w
    page.line(w["C"]).nl()
    page.put(
        w["moved"],
        ": ",
        (_number(n.gt, lang, 2), "METRIC_VALUE"),
        " ",
        ("GT", "METRIC_UNIT"),
        f" {w['and']} ",
        (_number(n.kw, lang, 0), "METRIC_VALUE"),
    )
    page.line(" ", ("kW", "METRIC_UNIT"))
    code = rng.choice(vocab.SPECIES_BY_GEAR[n.out.gear])
    name = {"en": vocab.SPECIES_EN, "es": vocab.SPECIES_ES, "fr": vocab.SPECIES_FR}[lang]
    page.put(w["quota"], ": ", _number(rng.uniform(5, 400), lang, 1), f" t {w['of']} ")
    if code in name and rng.random() < 0.6:
        page.line((name[code], "SPECIES_NAME"), " (", (code, "SPECIES_NAME"), ")")
    else:
        page.line((code, "SPECIES_NAME"))
    page.nl()
    auth = w["auth"] if rng.random() < 0.5 else w["auth"].upper()
    licence = f"{rng.choice(('LP', 'FL', 'LIC'))}-{n.day.year}-{rng.randint(100, 9999):04d}"
    page.line(
        (auth, "AUTH_TYPE"),
        f" {w['no']} ",
        (licence, "LICENSE_NO"),
        " (",
        (n.into.name, "VESSEL_NAME"),
        ")",
    )
    page.line(
        f"{w['from']} ",
        (n.date(), "START_DATE"),
        f" {w['until']} ",
        (n.date(rng.choice((364, 729, 1094))), "END_DATE"),
    ).nl()
    n.slot(page, "record").line(" ", (f"{n.rfmo}-{rng.randint(1000, 29999)}", "RFMO_ID"), ".")
    page.line(w["fate"], " ", (n.date(-rng.randint(1, 30)), "END_DATE"), ".")
    page.line(w["reason"]).nl()


def _close(page: PageDraft, n: _Notice) -> None:
    rng = n.rng
    page.line(n.w["sign"]).nl().line(rng.choice(vocab.PEOPLE)).nl()
    page.line(
        "cc: ",
        (n.rfmo, "RFMO_CODE"),
        "; ",
        (n.out.owner, "ASSOC_NAME"),
        "; ",
        (n.into.owner, "ASSOC_NAME"),
    )


def _annex(page: PageDraft, n: _Notice) -> None:
    rng = n.rng
    page.line("ANNEX - ", n.w["owner"].upper(), " / AGENTS").nl()
    page.line("Role | Name | Address")
    page.line(("Owner", "ASSOC_ROLE"), " | ", (n.out.owner, "ASSOC_NAME"), " | on file")
    page.line(("Owner", "ASSOC_ROLE"), " | ", (n.into.owner, "ASSOC_NAME"), " | on file")
    for role in ("Agent", "Charterer")[: rng.randint(1, 2)]:
        name, street, city, state, iso3 = rng.choice(vocab.COMPANIES)
        page.put((role, "ASSOC_ROLE"), " | ", (name, "ASSOC_NAME"), " | ", (street, "ADDRESS"))
        page.put(", ", (city, "CITY"))
        if state:
            page.put(", ", (state, "STATE"))
        page.line(", ", (country(iso3, n.lang), "COUNTRY_CODE"))
    page.nl()
    page.line(
        "Documents attached: deletion certificate of the outgoing vessel; tonnage "
        "certificate (ITC 69) of the incoming vessel; engine power certificate; "
        "copy of the owners' agreement."
    ).nl()
    page.line("ACKNOWLEDGEMENT OF RECEIPT").nl()
    page.put(
        "Received by the ",
        (n.rfmo, "RFMO_CODE"),
        f" Secretariat on {n.date(2)}. The record entry of ",
        (n.out.name, "VESSEL_NAME"),
        " (IMO ",
    )
    page.put((n.out.imo, "IMO", "n/a"), ") is closed and ", (n.into.name, "VESSEL_NAME"))
    page.line(
        " (IMO ",
        (n.into.imo, "IMO", "n/a"),
        ") is entered with the capacity shown in "
        "Part C. No objection was raised within the period for comments.",
    ).nl()


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    n = _Notice(vessels, rng)
    count = rng.randint(1, 3)
    pages = [PageDraft() for _ in range(count)]
    _head(pages[0], n)
    if count > 1:
        n.slot(pages[0], "legal").nl(2)
    _vessel(pages[0], n, n.out, "A")
    _vessel(pages[min(1, count - 1)], n, n.into, "B")
    _transfer(pages[min(1, count - 1)], n)
    if count == 3:
        _annex(pages[2], n)
    _close(pages[count - 1], n)
    if count > 1:
        for number, page in enumerate(pages, start=1):
            page.nl().line(f"{n.w['page']} {number}/{count}")
    return pages
