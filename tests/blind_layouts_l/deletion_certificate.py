"""A certificate of deletion (closure transcript) from a ship registry; English, Spanish, French.

Labels follow the change: on a sale abroad the closed entry's name, flag and identifiers are the
vessel's former ones (NAME_CHANGE, FLAG_CHANGE, ID_CHANGE) and the new name and flag are current;
a scrapped or lost vessel keeps its identity labels.
"""

from __future__ import annotations

import random
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "deletion_certificate"


def _registry(lang: str, flag: str) -> tuple[str, str, str]:
    """(State heading, registry, place of issue)."""
    if lang == "es":
        return _vocab.REGISTRIES_ES[flag]
    if lang == "fr":
        return _vocab.REGISTRIES_FR[flag]
    registry = _vocab.REGISTRIES.get(flag, "Registrar of Ships and Fishing Vessels")
    return c.country(flag).upper(), registry, _vocab.REGISTRY_PORTS.get(flag, "the Registry")


def _official_number(lang: str, rng: random.Random) -> str:
    if lang == "es":
        return f"{rng.randint(10_000, 59_999)}-{rng.choice(('PEXT', 'PESQ', '15', '19'))}"
    if lang == "fr":
        return f"{rng.choice(('LM', 'DL', 'MO', 'DK'))} {rng.randint(1_000, 99_999)}"
    return f"{rng.randint(100_000, 999_999)}"


class _Doc:
    """What one certificate says, decided once and written on one or two pages."""

    def __init__(self, vessels: list[Vessel], rng: random.Random) -> None:
        self.rng = rng
        self.ship = c.pick_ship(vessels, rng)
        self.sold = rng.random() < 0.75
        self.lang = rng.choice(c.LANGS) if self.sold else "en"
        pool = {"es": tuple(_vocab.REGISTRIES_ES), "fr": tuple(_vocab.REGISTRIES_FR)}
        self.former = c.former_identity(self.ship, rng, pool.get(self.lang, _vocab.FORMER_FLAGS))
        self.renamed = self.sold and rng.random() < 0.75
        self.keys = _vocab.DELETION_KEYS[self.lang]
        self.blank = c.placeholder(self.lang, rng)
        self.style = c.date_style(self.lang, rng)
        self.registry_flag = self.former.flag if self.sold else (self.ship.flag or self.former.flag)
        first = max(int(self.ship.built or 2005), 2000)
        self.registered = c.some_date(rng, min(first, 2023), min(first + 8, 2023))
        self.deleted = c.some_date(rng, self.registered.year + 1, 2025)
        self.number = _official_number(self.lang, rng)
        if self.sold:
            self.seller = rng.choice(_vocab.COMPANIES["OFFSHORE"])
            self.seat = rng.choice(_vocab.OFFSHORE)
        else:
            self.seller, self.seat = c.company(self.ship, rng)
        self.mortgagee = rng.choice(_vocab.MORTGAGEES) if rng.random() < 0.4 else None

    @property
    def flag_label(self) -> str:
        return "FLAG_CHANGE" if self.sold else "FLAG"

    @property
    def number_label(self) -> str:
        return "ID_CHANGE" if self.sold else "NATIONAL_REG_NO"

    def date(self, day: date) -> str:
        return c.fmt_date(day, self.lang, self.style)

    def old_name(self, page: PageDraft) -> None:
        """The name on the closed entry."""
        if self.renamed:
            page.val(self.former.name, "NAME_CHANGE")
        else:
            page.val(self.ship.name, "VESSEL_NAME")

    def certificate(self) -> PageDraft:
        rng, ship, k, lang = self.rng, self.ship, self.keys, self.lang
        heading, registry, place = _registry(lang, self.registry_flag)
        width = rng.choice((24, 30, 40))
        page = PageDraft().line(heading).line(registry).nl()
        page.line(k[0] + (" (CLOSED ENTRY)" if lang == "en" and rng.random() < 0.5 else ""))
        page.line(f"{k[1]} {rng.randint(100, 9999)}/{self.deleted.year}").nl()
        before, after = _vocab.DELETION_INTRO[lang].split("{state}")
        page.add(before).val(c.country(self.registry_flag, lang), self.flag_label).line(after).nl()

        def row(key: str) -> PageDraft:
            return page.add(key + ":").pad_to(width)

        self.old_name(row(k[2]))
        row("\n" + k[3]).val(self.number, self.number_label)
        old = "ID_CHANGE" if self.sold else None
        idents = [
            (k[4], ship.imo, "IMO"),
            (k[5], self.former.ircs if self.sold else ship.ircs, old or "IRCS"),
            (k[6], self.former.mmsi if self.sold else ship.mmsi, old or "MMSI"),
        ]
        rng.shuffle(idents)  # registries print these in different orders
        for key, value, label in idents:
            c.ident(row("\n" + key), value, label, self.blank)
        row("\n" + k[7])
        if self.sold:
            page.add(place)
        else:
            c.home_port(page, ship, lang, rng, self.blank)
        row("\n" + _vocab.DELETION_TYPE[lang][0]).add(
            _vocab.DELETION_TYPE[lang][1]
            if lang != "en"
            else _vocab.VESSEL_TYPES.get(ship.gear or "", "Fishing vessel")
        )
        if ship.gt:
            page.nl().val(k[8], "METRIC_TYPE").add(":").pad_to(width).val(ship.gt, "METRIC_VALUE")
        if ship.loa:
            page.nl().val(k[9], "METRIC_TYPE").add(":").pad_to(width)
            page.val(c.decimal(ship.loa, lang), "METRIC_VALUE").add(" ").val("m", "METRIC_UNIT")
        if ship.built:
            row("\n" + k[10]).val(ship.built, "BUILD_YEAR")
        row("\n" + k[11]).val(self.date(self.registered), "START_DATE")
        row("\n" + k[12]).val(self.date(self.deleted), "END_DATE")
        reason = rng.choice(("sold", "transfer")) if self.sold else rng.choice(("scrapped", "lost"))
        row("\n" + k[13]).add(_vocab.DELETION_REASONS[reason][c.LANGS.index(lang)].capitalize())
        if self.sold:
            row("\n" + k[14])
            if ship.flag:
                page.val(c.country(ship.flag, lang, rng), "FLAG")
            else:
                page.add(k[18])
            row("\n" + k[15])
            if self.renamed:
                page.val(ship.name, "VESSEL_NAME")
            else:
                page.add(k[18])
        else:
            row("\n" + _vocab.DELETION_TAIL[lang][0].rstrip(" :")).val(
                c.country(self.registry_flag, lang, rng), "FLAG"
            )
        row("\n" + k[16]).val(self.seller, "ASSOC_NAME").add(", ")
        c.write_address(page, self.seat, lang, rng, ", ")
        row("\n" + k[17])
        if self.mortgagee:
            page.val(self.mortgagee, "ASSOC_NAME").add(_vocab.DELETION_TAIL[lang][1])
        else:
            page.add(k[19])
        day = c.fmt_date(self.deleted, lang, "long")
        page.nl(2).line(rng.choice(_vocab.DELETION_REMARKS[lang][0 if self.sold else 1]))
        page.nl().line(_vocab.DELETION_TAIL[lang][2].format(place=place, day=day)).nl()
        page.line(rng.choice(_vocab.OFFICIALS)).line(_vocab.DELETION_TAIL[lang][3])
        return page

    def transcript(self) -> PageDraft:
        """Page 2: the closed entry's history, as a registry transcript prints it."""
        rng, lang = self.rng, self.lang
        head = {
            "en": ("TRANSCRIPT OF THE CLOSED ENTRY", "Date", "Entry"),
            "es": ("TRANSCRIPCIÓN DE LA INSCRIPCIÓN CANCELADA", "Fecha", "Asiento"),
            "fr": ("EXTRAIT DU REGISTRE (INSCRIPTION RADIÉE)", "Date", "Mention"),
        }[lang]
        page = PageDraft().line(head[0]).nl().add(self.keys[2] + ": ")
        self.old_name(page)
        page.nl().add(self.keys[3] + ": ").val(self.number, self.number_label)
        c.ident(page.add("    " + self.keys[4] + ": "), self.ship.imo, "IMO", self.blank)
        old = "ID_CHANGE" if self.sold else None
        c.ident(
            page.nl().add(self.keys[5] + ": "),
            self.former.ircs if self.sold else self.ship.ircs,
            old or "IRCS",
            self.blank,
        )
        c.ident(
            page.add("    MMSI: "),
            self.former.mmsi if self.sold else self.ship.mmsi,
            old or "MMSI",
            self.blank,
        )
        page.nl().add({"en": "Flag: ", "es": "Pabellón: ", "fr": "Pavillon : "}[lang])
        page.val(c.country(self.registry_flag, lang), self.flag_label)
        col = 26 if self.style == "long" else 14
        page.nl(2).line(f"{head[1]:<{col}}{head[2]}").line("-" * 72)
        entries = _vocab.transcript_entries(lang)
        page.val(self.date(self.registered), "START_DATE").pad_to(col).add(entries[0]).add(" ")
        page.val(self.seller, "ASSOC_NAME").add(" (").val(entries[1], "ASSOC_ROLE").line(")")
        days = sorted(c.date_between(rng, self.registered, self.deleted) for _ in range(5))
        if self.mortgagee:
            page.add(self.date(days[0])).pad_to(col).add(entries[2]).add(" ")
            page.val(self.mortgagee, "ASSOC_NAME").add(" (").val(entries[3], "ASSOC_ROLE").line(")")
        for day, entry in zip(days[1:], rng.sample(entries[4], 4), strict=True):
            page.add(self.date(day)).pad_to(col).line(entry)
        page.val(self.date(self.deleted), "END_DATE").pad_to(col).line(entries[5])
        page.line("-" * 72).nl()
        page.line(entries[6]).nl()
        page.line(f"{rng.choice(_vocab.OFFICIALS)} — {_vocab.DELETION_TAIL[lang][3]}")
        return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    doc = _Doc(vessels, rng)
    pages = [doc.certificate()]
    if rng.random() < 0.6:
        pages.append(doc.transcript())
    return pages
