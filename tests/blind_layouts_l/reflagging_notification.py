"""A flag State's letter notifying an RFMO that a vessel changed flag or was deleted.

Labels follow the change: the previous name, flag, call sign and MMSI are history labels; the
new ones are identity labels. A vessel deleted without a new flag keeps its identity labels.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "reflagging_notification"


def _sender(lang: str, ship: c.Ship, rng: random.Random) -> tuple[str, str]:
    """(ISO3 of the writing State, its administration)."""
    if lang == "es":
        flag = rng.choice(sorted(_vocab.REGISTRIES_ES))
        return flag, _vocab.REGISTRIES_ES[flag][1]
    if lang == "fr":
        flag = rng.choice(sorted(_vocab.REGISTRIES_FR))
        return flag, _vocab.REGISTRIES_FR[flag][1]
    flag = rng.choice([f for f in _vocab.FORMER_FLAGS if f != ship.flag])
    return flag, _vocab.REGISTRIES.get(flag, f"Maritime Administration of {c.country(flag)}")


class _Letter:
    def __init__(self, vessels: list[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.ship = ship = c.pick_ship(vessels, rng)
        self.rfmo = c.rfmo_for(ship, rng)
        self.record_no = c.rfmo_number(self.rfmo, ship, rng)
        self.changed = ship.flag is not None and rng.random() < 0.75
        if self.changed or ship.flag is None:
            self.lang = rng.choice(c.LANGS)
            self.sender, self.office = _sender(self.lang, ship, rng)
        else:  # deleted by its own flag State
            self.sender = ship.flag
            self.lang = "es" if ship.flag in _vocab.REGISTRIES_ES else "en"
            self.office = _vocab.REGISTRIES.get(
                ship.flag, f"Ship Registry of {c.country(ship.flag)}"
            )
        self.w = _vocab.LETTER_W[self.lang]
        self.former = c.former_identity(ship, rng, (self.sender,))
        self.style = c.date_style(self.lang, rng)
        self.blank = c.placeholder(self.lang, rng)
        self.deleted = c.some_date(rng, 2016, 2025)
        self.registered = self.deleted + timedelta(days=rng.randint(1, 40))

    def date(self, day: date) -> str:
        return c.fmt_date(day, self.lang, self.style)

    def letter(self) -> PageDraft:
        rng, ship, w, lang, rfmo = self.rng, self.ship, self.w, self.lang, self.rfmo
        page = PageDraft().line(self.office.upper())
        page.line(_vocab.REGISTRY_PORTS.get(self.sender, c.country(self.sender))).nl()
        written = self.registered + timedelta(days=rng.randint(3, 60))
        page.add(f"{w['ref']} {self.sender}/{rfmo}/{written.year}/{rng.randint(10, 400)}")
        page.add(" " * rng.randint(6, 24)).line(self.date(written))
        page.nl().line(w["to"]).line(c.rfmo_name(rfmo, lang))
        page.line(_vocab.RFMO_ADDRESSES[rfmo]).nl()
        page.add(f"{w['subject']}: ").add(w["subj_change"] if self.changed else w["subj_delete"])
        if self.changed:
            page.val(self.former.name, "NAME_CHANGE")
        else:
            page.val(ship.name, "VESSEL_NAME")
        if ship.imo:
            page.add(" (IMO ").val(ship.imo, "IMO").add(")")
        page.nl(2).line(w["dear"]).nl()
        if self.changed and ship.flag:
            page.add(w["change"]).val(c.country(self.sender, lang), "FLAG_CHANGE").add(w["on"])
            page.val(self.date(self.deleted), "END_DATE").add(w["now"])
            page.val(c.country(ship.flag, lang, rng), "FLAG").line(".").nl()
            self.table(page)
        else:
            page.add(w["delete"]).val(ship.name, "VESSEL_NAME").add(" (")
            c.ident(page, ship.ircs, "IRCS", self.blank)
            page.add(")").add(w["deleted"]).val(self.date(self.deleted), "END_DATE")
            page.line(w["scrap"]).nl()
            self.particulars(page)
        page.add(w["request"]).val(rfmo, "RFMO_CODE").add(w["record"])
        page.val(self.record_no, "RFMO_ID").line(").").nl()
        licence = f"{self.sender}-{rfmo}-{rng.randint(2010, 2024)}-{rng.randint(1, 300):03d}"
        page.add(w["auth"]).val(w["auth_type"], "AUTH_TYPE").add(w["cancel"])
        page.val(licence, "LICENSE_NO").line(w["cancelled"]).nl()
        page.line(w["close"]).nl().line(rng.choice(_vocab.OFFICIALS))
        page.line(rng.choice(_vocab.LETTER_TITLES[lang]))
        page.nl().line(
            f"cc: {_vocab.LETTER_CC[lang] if self.changed else _vocab.LETTER_CC_DELETED[lang]}"
        )
        return page

    def particulars(self, page: PageDraft) -> None:
        """The deleted vessel's last particulars, as a short list."""
        ship = self.ship
        page.add(f"    {_vocab.LETTER_ROWS[self.lang][1]}: ").val(
            c.country(self.sender, self.lang), "FLAG"
        ).nl()
        c.ident(
            page.add(f"    {_vocab.LETTER_ROWS[self.lang][3]}: "), ship.mmsi, "MMSI", self.blank
        )
        c.ident(
            page.add(f"\n    {_vocab.LETTER_ROWS[self.lang][4]}: "), ship.imo, "IMO", self.blank
        )
        if ship.port:
            c.home_port(page.add("\n    Port: "), ship, self.lang, self.rng, self.blank)
        if ship.gt:
            page.add("\n    ")
            c.metric(page, "GT", ship.gt, None, end="")
        page.nl(2)

    def table(self, page: PageDraft) -> None:
        ship, former, w, lang = self.ship, self.former, self.w, self.lang
        cols = (26, 28)
        rows: list[tuple[str, tuple[str | None, str], tuple[str | None, str]]] = [
            (_vocab.LETTER_ROWS[lang][0], (former.name, "NAME_CHANGE"), (ship.name, "VESSEL_NAME")),
            (
                _vocab.LETTER_ROWS[lang][1],
                (c.country(former.flag, lang), "FLAG_CHANGE"),
                (c.country(ship.flag, lang) if ship.flag else None, "FLAG"),
            ),
            (_vocab.LETTER_ROWS[lang][2], (former.ircs, "ID_CHANGE"), (ship.ircs, "IRCS")),
            (_vocab.LETTER_ROWS[lang][3], (former.mmsi, "ID_CHANGE"), (ship.mmsi, "MMSI")),
        ]
        page.add("    ").cell(_vocab.LETTER_COLS[lang][0], cols[0]).cell(
            _vocab.LETTER_COLS[lang][1], cols[1]
        )
        page.line(_vocab.LETTER_COLS[lang][2])
        for key, (old, old_label), (new, new_label) in rows:
            page.add("    ").cell(key, cols[0])
            page.cell(old or self.blank, cols[1], old_label if old else None)
            c.ident(page, new, new_label, self.blank)
            page.nl()
        page.add("    ").cell(_vocab.LETTER_ROWS[lang][4], cols[0])
        page.cell(ship.imo or self.blank, cols[1], "IMO" if ship.imo else None).line(w["same"])
        page.add("    ").cell(w["effective"], cols[0])
        page.cell(self.date(self.deleted), cols[1], "END_DATE")
        page.val(self.date(self.registered), "START_DATE").nl(2)

    def record_form(self) -> PageDraft:
        """Annex: the RFMO's vessel record form, completed for the new identity (English)."""
        rng, ship = self.rng, self.ship
        page = PageDraft().line(f"ANNEX — {self.rfmo} VESSEL RECORD: AMENDMENT FORM").nl()

        def row(key: str, value: str | None, label: str) -> None:
            page.add(f"{key:<34}")
            c.ident(page, value, label, self.blank)
            page.nl()

        row("1. RFMO record number", self.record_no, "RFMO_ID")
        row("2. Name of vessel", ship.name, "VESSEL_NAME")
        row("3. Previous names", self.former.name if self.changed else None, "NAME_CHANGE")
        flag = c.country(ship.flag, "en") if ship.flag else None
        row("4. Flag", flag if self.changed else c.country(self.sender), "FLAG")
        row("5. Previous flag", c.country(self.sender) if self.changed else None, "FLAG_CHANGE")
        row("6. IMO number", ship.imo, "IMO")
        row("7. International radio call sign", ship.ircs if self.changed else None, "IRCS")
        row("8. MMSI", ship.mmsi if self.changed else None, "MMSI")
        owner, seat = c.company(ship, rng)
        row("9. Name of owner", owner, "ASSOC_NAME")
        page.add(f"{'10. Address of owner':<34}")
        c.write_address(page, seat, "en", rng, ", ")
        page.nl()
        if ship.gt:
            page.add("11. ")
            c.metric(page, "Gross tonnage", ship.gt, "GT")
        if ship.loa:
            page.add("12. ")
            c.metric(page, "Length overall", ship.loa, "m")
        row("13. Year of build", ship.built, "BUILD_YEAR")
        page.add(f"{'14. Gear type':<34}{c.gear_word(ship, 'en', rng)}\n")
        page.add(f"{'    Fishing areas (FAO)':<34}")
        for i, code in enumerate(_vocab.RFMOS[self.rfmo][3][:3]):
            page.add(", " if i else "").val(code, "FAO_AREA_CODE")
        page.nl()
        page.add(f"{'15. Authorised from':<34}")
        page.val(c.fmt_date(self.registered, "en", "iso"), "START_DATE").add("  to  ")
        end = self.registered + timedelta(days=364)
        page.val(c.fmt_date(end, "en", "iso"), "END_DATE").nl()
        page.nl().line(
            "Declaration: the flag CPC confirms that the vessel is authorised to fish and"
        )
        page.line("that it is able to exercise effectively its responsibilities over the vessel.")
        page.nl().line("Form to be returned to the Secretariat by the flag CPC within 15 days of")
        page.line("any change in the particulars of a vessel on the Record.")
        return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    letter = _Letter(vessels, rng)
    pages = [letter.letter()]
    if letter.changed and rng.random() < 0.6:
        pages.append(letter.record_form())
    return pages
