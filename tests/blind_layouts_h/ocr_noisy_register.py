"""An old register page as OCR reads it: ragged columns, broken rows, stray marks, stamps."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import Facts, country, facts, pick
from ._page import Page, PageDraft

LAYOUT = "ocr_noisy_register"

_CONFUSE = {"o": "0", "O": "0", "l": "1", "I": "1", "S": "5", "e": "c", "m": "rn", "B": "8"}
_STRAY = ("|", "_", "~", "|", ";", "'", "..")
_STAMPS = ("[stamp:] CANCELLED", "RECEIVED", "ENTERED", "[seal] REGISTRAR OF SHIPS", "COPY")
_NOTES = ("see fol. {n}", "transf. to Book {n}", "ck'd {n}/7", "sold abroad - {n}", "-> p. {n}")


def _garble(word: str, rng: random.Random, rate: float = 0.25) -> str:
    """OCR letter/digit confusions in ordinary words (never in labelled values)."""
    return "".join(_CONFUSE[c] if c in _CONFUSE and rng.random() < rate else c for c in word)


def _gap(rng: random.Random) -> str:
    return " " * rng.randint(1, 6) + (rng.choice(_STRAY) + " " if rng.random() < 0.3 else "")


def _identifier(page: Page, value: str | None, label: str, rng: random.Random) -> None:
    """A well-formed identifier, or one OCR has garbled (printed but not labelled)."""
    if value is None:
        page.add(rng.choice(("-", "—", "nil", "__")))
    elif rng.random() < 0.15:
        spoiled = value.replace("0", "O", 1) if "0" in value else value[:-1] + "?"
        page.add(spoiled if spoiled != value else value + "'")
    else:
        page.add(value, label)


def _row(page: Page, n: int, f: Facts, rng: random.Random) -> None:
    page.put(f"{n:>3}", _gap(rng), (f.name, "VESSEL_NAME"), _gap(rng))
    _identifier(page, f.ircs, "IRCS", rng)
    page.add(_gap(rng))
    if rng.random() < 0.4:  # the row breaks here and carries on under the first columns
        page.add("\n" + " " * rng.randint(0, 8))
    page.put((f.gross_tonnage, "METRIC_VALUE"))
    if rng.random() < 0.5:
        page.put(" ", (rng.choice(("grt", "GRT", "tons")), "METRIC_UNIT"))
    page.put(_gap(rng), (f.build_year, "BUILD_YEAR"), _gap(rng))
    yard, town, where = f.yard
    page.put((yard, "BUILDER_LOCATION"), ", ", town)
    if rng.random() < 0.6:
        page.put(" ", (country(where) or where, "BUILD_COUNTRY"))
    page.add(_gap(rng))
    page.put((f.owner[0], "ASSOC_NAME"))
    if rng.random() < 0.5:
        page.put(_gap(rng), (f.owner[2], "CITY"))
    page.add("\n")
    if f.imo is not None and rng.random() < 0.7:  # added later by hand, read by OCR as text
        page.put(
            " " * rng.randint(10, 30), _garble(rng.choice(("(IMO ", "IMO no. ", "I.M.O. ")), rng)
        )
        _identifier(page, f.imo, "IMO", rng)
        page.add(rng.choice((")", "", " ~")) + "\n")
    if f.former_name and rng.random() < 0.5:
        page.put(
            " " * rng.randint(4, 16),
            _garble("formerly ", rng),
            (f.former_name, "NAME_CHANGE"),
            "\n",
        )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    chosen = [facts(v, rng) for v in pick(vessels, rng, rng.randint(4, 14))]
    port = chosen[0].port
    per_page = rng.randint(4, 7)
    pages: list[Page] = []
    for start in range(0, len(chosen), per_page):
        page = Page()
        if rng.random() < 0.4:
            page.line(rng.choice(_STRAY) * rng.randint(2, 9))
        page.line(
            _garble("REGISTER OF FISHING VESSELS", rng, 0.2),
            _gap(rng),
            f"Book {rng.randint(2, 19)}",
        )
        page.put(_garble("Port of Registry", rng), ": ", (port, "HOME_PORT"))
        page.line(_gap(rng), _garble("Folio", rng), f" {rng.randint(10, 400)}")
        page.line(rng.choice(("_" * rng.randint(30, 70), "~" * rng.randint(20, 50), "")))
        header = ("No", "Name of Vessel", "Call Sign", "Tonnage", "Built", "Where built", "Owner")
        page.line(_gap(rng).join(_garble(h, rng, 0.15) for h in header))
        for n, f in enumerate(chosen[start : start + per_page], start=start + 1):
            _row(page, n, f, rng)
            if rng.random() < 0.25:
                page.line(
                    " " * rng.randint(20, 50), rng.choice(_NOTES).format(n=rng.randint(2, 99))
                )
        if rng.random() < 0.6:
            stamp = rng.choice(_STAMPS)
            page.blank().line(
                " " * rng.randint(5, 40),
                _garble(stamp, rng, 0.2),
                f" {rng.randint(1, 28)} - "
                f"{rng.choice(_vocab.MONTHS['en'])[:3].upper()} {rng.randint(1962, 1999)}",
            )
        page.line(f"- {len(pages) + 1} -" if rng.random() < 0.5 else rng.choice(_STRAY))
        pages.append(page)
        if len(pages) == 3:
            break
    return [p.draft() for p in pages]
