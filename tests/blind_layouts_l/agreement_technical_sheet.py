"""A vessel's technical sheet under a fisheries partnership (or access) agreement annex.

Fees, reference tonnages and zone coordinates are hard negatives. A CFR number is printed only
for EU-flagged vessels; others show the sheet's placeholder.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "agreement_technical_sheet"


class _Sheet:
    def __init__(self, vessels: list[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.ship = c.pick_ship(vessels, rng)
        self.coastal = rng.choice(sorted(_vocab.COASTAL))
        self.lang, self.partner, self.area = _vocab.COASTAL[self.coastal]
        self.k = _vocab.SHEET_KEYS[self.lang]
        self.blank = c.placeholder(self.lang, rng)
        self.eu = self.ship.flag in _vocab.EU_FLAGS
        self.year = rng.randint(2019, 2025)
        gear = self.ship.gear if self.ship.gear in _vocab.CATEGORIES else "DRIFTING_LONGLINES"
        self.category = _vocab.CATEGORIES[gear or "DRIFTING_LONGLINES"][self.lang == "fr"]
        self.width = rng.choice((26, 34))
        self.number = ""

    def key(self, page: PageDraft, index: int, number: str = "") -> PageDraft:
        page.add(f"{number}{self.k[index]}:")
        return page.pad_to(self.width)

    def title(self, page: PageDraft) -> None:
        rng, flag, fr = self.rng, self.ship.flag or "", self.lang == "fr"
        if self.eu and fr:
            text = (
                "Protocole de mise en œuvre de l'accord de partenariat dans le domaine de la "
                f"pêche durable entre l'Union européenne et {self.partner}"
            )
        elif self.eu:
            text = (
                "Protocol implementing the Sustainable Fisheries Partnership Agreement "
                f"between the European Union and {self.partner}"
            )
        elif fr:
            text = (
                f"Accord d'accès aux pêcheries entre {self.partner} et l'association "
                "des armateurs de l'État du pavillon"
            )
        else:
            partner = _vocab.ACCESS_PARTNERS.get(flag, "the fishing association of the flag State")
            text = f"Fisheries access agreement between {self.partner} and {partner}"
        page.line(f"ANNEX {rng.choice(('I', 'II'))} — APPENDIX {rng.randint(1, 4)}")
        page.line("FICHE TECHNIQUE" if fr else "TECHNICAL SHEET").line(text).nl()

    def parties(self, page: PageDraft) -> None:
        rng = self.rng
        owner, seat = c.company(self.ship, rng)
        self.key(page, 0, "1. ").val(owner, "ASSOC_NAME").nl().pad_to(self.width)
        c.write_address(page, seat, self.lang, rng, ", ")
        self.key(page.nl(), 1, "2. ").val(rng.choice(_vocab.AGENTS), "ASSOC_NAME")
        page.line(f", {c.country(self.coastal, self.lang)}").nl()

    def particulars(self, page: PageDraft) -> None:
        rng, ship, lang = self.rng, self.ship, self.lang
        page.line("3. " + ("Vessel particulars" if lang == "en" else "Caractéristiques du navire"))
        self.key(page, 2).val(ship.name, "VESSEL_NAME").nl()
        self.key(page, 3)
        if ship.flag:
            page.val(c.country(ship.flag, lang, rng), "FLAG")
        else:
            page.add(self.blank)
        self.key(page.nl(), 4)
        if self.eu and ship.flag:
            page.val(f"{ship.flag}{rng.randint(0, 99_999):09d}", "EU_CFR")
        else:
            page.add(self.blank)
        c.ident(self.key(page.nl(), 5), ship.imo, "IMO", self.blank)
        if self.eu:
            letters = rng.choice(("VI", "BI", "CO", "CC"))
            marking = f"{letters}-{rng.randint(1, 9)}-{rng.randint(100, 9999)}"
            self.key(page.nl(), 6).val(marking, "OTHER_EXT_ID")
        c.home_port(self.key(page.nl(), 7), ship, lang, rng, self.blank)
        c.ident(self.key(page.nl(), 8), ship.ircs, "IRCS", self.blank)
        c.ident(self.key(page.nl(), 9), ship.mmsi, "MMSI", self.blank)
        page.nl()
        for index, value, unit in (
            (10, ship.gt, "GT"),
            (11, ship.loa, "m"),
            (12, str(c.power_kw(ship, rng)), "kW"),
        ):
            if value:
                page.val(self.k[index], "METRIC_TYPE").add(":").pad_to(self.width)
                page.val(c.decimal(value, lang), "METRIC_VALUE").add(" ")
                page.val(unit, "METRIC_UNIT").nl()
        if ship.built:
            self.key(page, 13).val(ship.built, "BUILD_YEAR").nl()
        extra = _vocab.SHEET_EXTRA[lang]
        page.line(f"{extra[0]}:".ljust(self.width) + f"{rng.randint(300, 2400)} m3")
        page.line(f"{extra[1]}:".ljust(self.width) + f"{rng.randint(10, 80)} t/24 h")
        page.line(f"{extra[2]}:".ljust(self.width) + f"{rng.randint(14, 40)}")
        page.line(
            f"{extra[3]}:".ljust(self.width)
            + rng.choice(("Thrane TT-3026", "Inmarsat-C SAILOR 6110", "Argos MAR GE V4"))
            + f", S/N {rng.randint(10_000, 99_999)}"
        )
        page.nl()

    def licence(self, page: PageDraft) -> None:
        rng, lang = self.rng, self.lang
        page.line("4. " + ("Authorisation" if lang == "en" else "Autorisation"))
        self.key(page, 14).line(self.category)
        self.key(page, 15).val(rng.choice(_vocab.SHEET_AUTH[lang]), "AUTH_TYPE").nl()
        number = (
            f"{self.coastal[:2]}/{'EU' if self.eu else 'FA'}/{self.year}/{rng.randint(1, 199):03d}"
        )
        self.number = number
        self.key(page, 16).val(number, "LICENSE_NO").nl()
        start = date(self.year, rng.choice((1, 4, 7)), 1)
        end = date(start.year + 1, start.month, 1) - timedelta(days=1)
        style = c.date_style(lang, rng)
        self.key(page, 17).add(self.k[20] + " ").val(c.fmt_date(start, lang, style), "START_DATE")
        page.add(f" {self.k[21]} ").val(c.fmt_date(end, lang, style), "END_DATE").nl()
        self.key(page, 18)
        codes = rng.random() < 0.5
        for i, entry in enumerate(c.species(self.ship, rng, 3)):
            page.add(", " if i else "").val(c.species_word(entry, lang, codes), "SPECIES_NAME")
        self.key(page.nl(), 19).add("FAO ").val(self.area, "FAO_AREA_CODE")
        page.line(
            ", "
            + (
                "beyond 12 nautical miles from the baselines"
                if lang == "en"
                else "au-delà des 12 milles marins des lignes de base"
            )
        ).nl()

    def conditions(self, page: PageDraft) -> None:
        rng, lang = self.rng, self.lang
        tonnes = rng.randint(5, 90) * 10
        rate = rng.choice((55, 60, 65, 70, 80, 85))
        if lang == "en":
            page.line("5. Fees").line(f"   Fee per tonne caught: EUR {rate}")
            page.line(f"   Annual advance: EUR {rate * tonnes:,} for {tonnes} tonnes per vessel")
            page.line(f"   Reference tonnage of the protocol: {rng.randint(5, 40) * 1000:,} t/year")
            page.line(f"   Observer contribution: EUR {rng.choice((20, 25, 30))} per day on board")
            page.nl().line("6. Observers")
        else:
            page.line("5. Redevances").line(f"   Redevance par tonne capturée : {rate} EUR")
            page.line(
                f"   Avance annuelle : {rate * tonnes:,} EUR pour {tonnes} tonnes".replace(",", " ")
            )
            page.line(f"   Tonnage de référence : {rng.randint(5, 40) * 1000} t/an")
            page.nl().line("6. Observateurs")
        for rule in _vocab.OBSERVER_RULES[lang]:
            page.line("   " + rule)
        page.nl().line("7. " + ("Crew" if lang == "en" else "Embarquement de marins"))
        for rule in _vocab.CREW_RULES[lang]:
            page.line("   " + rule)
        page.nl().line("8. " + ("Catch reporting" if lang == "en" else "Déclaration des captures"))
        page.line("   " + _vocab.SHEET_REPORTING[lang])

    def zone(self, page: PageDraft, number: str) -> None:
        rng, fr = self.rng, self.lang == "fr"
        page.add("Navire " if fr else "Vessel ").val(self.ship.name, "VESSEL_NAME")
        page.add(" — ").add("autorisation n° " if fr else "authorisation No. ")
        page.val(number, "LICENSE_NO").nl(2)
        page.line(
            "APPENDICE — COORDONNÉES DE LA ZONE DE PÊCHE"
            if fr
            else "APPENDIX — COORDINATES OF THE FISHING ZONE"
        ).nl()
        lat, lon = _vocab.SHEET_CENTRES[self.coastal]
        for point in range(1, rng.randint(12, 16)):
            lat, lon = lat + rng.uniform(-0.8, 0.8), lon + rng.uniform(-0.8, 0.8)
            page.line(
                f"  Point {point:>2}   {abs(lat):06.3f}° {'NS'[lat < 0]}   "
                f"{abs(lon):07.3f}° {'EW'[lon < 0]}"
            )
        page.nl()
        for line in _vocab.SHEET_ZONE_NOTES[self.lang]:
            page.line(line)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    sheet = _Sheet(vessels, rng)
    first = PageDraft()
    sheet.title(first)
    sheet.parties(first)
    sheet.particulars(first)
    sheet.licence(first)
    pages = [first]
    count = rng.choice((1, 2, 2, 3))
    if count > 1:
        second = PageDraft()
        second.add(f"{sheet.k[16]} ").val(sheet.number, "LICENSE_NO").add(" — ")
        second.val(sheet.ship.name, "VESSEL_NAME").nl(2)
        sheet.conditions(second)
        pages.append(second)
    if count == 3:
        third = PageDraft()
        sheet.zone(third, sheet.number)
        pages.append(third)
    return pages
