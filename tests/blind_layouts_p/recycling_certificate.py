"""A ship recycling or demolition certificate: the facility, the ship's last name, flag, IMO
number, call sign and owner, dates of arrival and completion, and the weight of steel recovered
(a hard negative); sometimes an annex of materials and a deletion certificate."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as vocab
from ._common import Ident, country, fmt_date, former_flag, former_name, pick, reg_no, some_date
from ._page import PageDraft

LAYOUT = "recycling_certificate"


class _Cert:
    def __init__(self, vessels: Sequence[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.ship: Ident = pick(vessels, rng, "imo")
        self.lang = rng.choice(("en", "en", "es"))
        self.w = vocab.RECYCLING_WORDS[self.lang]
        self.style = rng.choice(("en", "dmy", "iso") if self.lang == "en" else ("es", "dmy"))
        self.facility = rng.choice(vocab.RECYCLERS)
        self.arrived = some_date(rng, 2019, 2025)
        self.done = self.arrived + timedelta(days=rng.randint(40, 200))
        self.deleted = self.done + timedelta(days=rng.randint(3, 60))
        self.pad = rng.choice((0, 34))
        self.old_flag = former_flag(self.ship, rng)[0] if rng.random() < 0.4 else None

    def key(self, page: PageDraft, word: str, metric: bool = False) -> PageDraft:
        text = self.w[word]
        page.add(text, "METRIC_TYPE" if metric else None).add(":")
        return page.add(" " * max(1, self.pad - len(text) - 1))

    def when(self, day: date) -> str:
        return fmt_date(day, self.style)


def _certificate(page: PageDraft, c: _Cert) -> None:
    rng, ship, w = c.rng, c.ship, c.w
    name, street, city, state, iso3 = c.facility
    page.line(rng.choice(vocab.RECYCLING_TITLES[c.lang])).nl()
    page.line(f"No. {rng.choice(('SRF', 'DEM', 'SOC'))}/{c.done.year}/{rng.randint(1, 300):03d}")
    page.nl().line(w["confirm"]).nl()
    c.key(page, "facility").line((name, "ASSOC_NAME"))
    c.key(page, "address").put((street, "ADDRESS"), ", ", (city, "CITY"))
    if state:
        page.put(", ", (state, "STATE"))
    page.line(", ", (country(iso3, c.lang), "COUNTRY_CODE"))
    c.key(page, "auth").line(f"{iso3}/SRF/{rng.randint(2015, 2023)}/{rng.randint(1, 99):03d}")
    page.nl().line(w["ship"]).nl()
    c.key(page, "name").line((ship.name, "VESSEL_NAME"))
    if rng.random() < 0.6:
        c.key(page, "former").line((former_name(ship, rng), "NAME_CHANGE"))
    c.key(page, "flag").line((country(ship.flag, c.lang), "FLAG", "-"))
    if c.old_flag:
        c.key(page, "former_flag").line((country(c.old_flag, c.lang), "FLAG_CHANGE"))
    c.key(page, "imo").line((ship.imo, "IMO", "-"))
    c.key(page, "cs").line((ship.ircs, "IRCS", "-"))
    c.key(page, "port").line((ship.port.title(), "HOME_PORT"))
    gt = ship.gt if c.lang == "en" else ship.gt.replace(".", ",")
    c.key(page, "gt", metric=True).put((gt, "METRIC_VALUE"))
    if rng.random() < 0.5:
        page.put(" ", ("GT", "METRIC_UNIT"))
    page.nl()
    c.key(page, "owner").line((ship.owner, "ASSOC_NAME"))
    if rng.random() < 0.5:
        c.key(page, "company").line((str(rng.randint(5000000, 6399999)), "REG_NO"))
    page.nl()
    c.key(page, "arrived").line(c.when(c.arrived))
    c.key(page, "started").line(c.when(c.arrived + timedelta(days=rng.randint(2, 20))))
    c.key(page, "done").line(c.when(c.done))
    steel = rng.uniform(0.3, 0.6) * float(ship.gt)
    steel_text = f"{steel:,.1f}".replace(",", " ")
    c.key(page, "steel").line(steel_text.replace(".", ",") if c.lang == "es" else steel_text, " t")
    page.put(w["deleted"], " ", (c.when(c.deleted), "END_DATE"), " (")
    page.line((country(ship.flag, c.lang), "FLAG", "-"), ").").nl()
    for note in vocab.RECYCLING_NOTES[c.lang]:
        page.line(note)
    page.nl().line(
        f"{w['signed']}: {rng.choice(vocab.PEOPLE)}    "
        f"{rng.choice(vocab.CLASS_SOCIETIES)}: {rng.choice(vocab.PEOPLE)}"
    )
    page.line(f"{city}, {c.when(c.done + timedelta(days=rng.randint(1, 5)))}")


def _annex(page: PageDraft, c: _Cert) -> None:
    rng = c.rng
    page.line("ANNEX 1 - RECORD OF MATERIALS REMOVED").nl()
    page.line("Ship: ", (c.ship.name, "VESSEL_NAME"), "   IMO ", (c.ship.imo, "IMO", "-"))
    page.line("Facility: ", (c.facility[0], "ASSOC_NAME"), f" ({c.facility[2]})")
    page.line(
        f"Period: {c.when(c.arrived)} - {c.when(c.done)}   Method: "
        f"{rng.choice(('beaching', 'landing', 'alongside', 'dry dock'))}"
    )
    page.nl().line(f"{'Material':<32}{'Quantity':>12}  Unit   Destination")
    for material in rng.sample(vocab.MATERIALS, rng.randint(8, 10)):
        unit = rng.choice(("t", "kg", "m3"))
        page.line(
            f"{material:<32}{rng.uniform(0.1, 900):>12.2f}  {unit:<5}  "
            f"{rng.choice(('re-rolling mill', 'licensed landfill', 'incineration', 'sale'))}"
        )
    page.nl().line(
        f"Total weight: {rng.uniform(300, 2500):,.1f} t. Workers employed: "
        f"{rng.randint(20, 140)}. Incidents: {rng.randint(0, 2)}."
    )


def _deletion(page: PageDraft, c: _Cert) -> None:
    rng, ship = c.rng, c.ship
    page.line(f"REGISTRY OF SHIPS OF {(country(ship.flag) or 'THE FLAG STATE').upper()}")
    page.line(
        f"Office of the Registrar of Ships, {ship.port.title()} - "
        f"ref. DEL/{c.deleted.year}/{rng.randint(1, 999):03d}"
    )
    page.line("CERTIFICATE OF DELETION").nl()
    page.line(
        "This is to certify that the ship described below has been deleted from the "
        "register, the owner having surrendered the certificate of registry."
    ).nl()
    page.line("Name of ship:        ", (ship.name, "VESSEL_NAME"))
    page.line("Official number:     ", (reg_no(ship, rng), "NATIONAL_REG_NO"))
    page.line("IMO number:          ", (ship.imo, "IMO", "-"))
    page.line("Call sign:           ", (ship.ircs, "IRCS", "-"))
    page.line("Port of registry:    ", (ship.port.title(), "HOME_PORT"))
    page.line(("Gross tonnage", "METRIC_TYPE"), ":       ", (ship.gt, "METRIC_VALUE"))
    page.line(
        ("Length overall", "METRIC_TYPE"),
        ":      ",
        (ship.loa, "METRIC_VALUE"),
        " ",
        ("m", "METRIC_UNIT"),
    )
    page.line("Year of build:       ", (ship.year, "BUILD_YEAR"))
    page.line("Registered owner:    ", (ship.owner, "ASSOC_NAME"))
    page.line("Date of deletion:    ", (fmt_date(c.deleted, "en"), "END_DATE"))
    page.line("Reason:              demolished (see statement of completion)").nl()
    page.line(
        "No registered mortgage or other encumbrance is recorded against the ship. The "
        "call sign and the MMSI allotted to the ship are withdrawn and may be reassigned."
    )
    page.nl().line(
        f"Issued on {fmt_date(c.deleted + timedelta(days=rng.randint(0, 9)), 'en')}"
        f" - Registrar: {rng.choice(vocab.PEOPLE)}"
    )


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    cert = _Cert(vessels, rng)
    sections = [_certificate, _annex, _deletion][: rng.randint(1, 3)]
    pages = []
    for section in sections:
        page = PageDraft()
        section(page, cert)
        pages.append(page)
    return pages
