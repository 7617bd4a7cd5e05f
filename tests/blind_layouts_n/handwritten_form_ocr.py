"""A filled-in paper form (licence or registration application) as OCR reads handwriting.

Printed keys come out clean. Handwritten values come with spacing errors, case changes or
one character per box ("| B | Z | W | 6 | Z |"); a value with a misread character (O for 0,
5 for S...) is printed but not labelled, since OCR did not read that value correctly."""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _ids as ids
from . import _vocab as V
from ._page import PageBuilder, PageDraft

LAYOUT = "handwritten_form_ocr"

_MISREAD = {
    "O": "0",
    "0": "O",
    "I": "1",
    "1": "l",
    "S": "5",
    "5": "S",
    "B": "8",
    "8": "B",
    "Z": "2",
    "2": "Z",
    "G": "6",
    "6": "G",
}
_FORMS = (
    ("FORM FL-2", "APPLICATION FOR A FISHING VESSEL LICENCE"),
    ("FORM VR-1", "APPLICATION FOR REGISTRATION OF A FISHING VESSEL"),
    ("FORM HS-4", "APPLICATION FOR A HIGH SEAS FISHING AUTHORISATION"),
)


def _misread(value: str, rng: random.Random) -> str | None:
    spots = [i for i, ch in enumerate(value) if ch in _MISREAD]
    if not spots:
        return None
    at = rng.choice(spots)
    return value[:at] + _MISREAD[value[at]] + value[at + 1 :]


def _respace(value: str, rng: random.Random) -> str:
    """Drop one space, or add one inside a word: what OCR makes of loose handwriting."""
    gaps = [i for i, ch in enumerate(value) if ch == " "]
    if gaps and rng.random() < 0.5:
        at = rng.choice(gaps)
        return value[:at] + value[at + 1 :]
    inner = [i for i in range(1, len(value)) if value[i] != " " and value[i - 1] != " "]
    if not inner:
        return value
    at = rng.choice(inner)
    return value[:at] + " " + value[at:]


def _recase(value: str, rng: random.Random) -> str:
    return rng.choice((value.lower(), value.title(), value[:1] + value[1:].lower()))


def _hand(
    b: PageBuilder, value: str, label: str | None, rng: random.Random, exact: bool = False
) -> None:
    """A handwritten value; numbers are never respaced or recased, only misread at times."""
    roll = rng.random()
    if roll < 0.15 and (wrong := _misread(value, rng)) is not None:
        b.text(wrong)
        return
    if exact or len(value) <= 3:
        pass
    elif roll < 0.45:
        value = _respace(value, rng)
    elif roll < 0.7:
        value = _recase(value, rng)
    b.put(value, label)


def _ident(b: PageBuilder, value: str | None, label: str, rng: random.Random) -> None:
    """A handwritten identifier: clean, boxed one character per box, or misread."""
    if value is None:
        b.text(rng.choice(("N/A", "n/a", "NIL", "---", "not issued")))
        return
    roll = rng.random()
    if roll < 0.2 and (wrong := _misread(value, rng)) is not None:
        b.text(" ".join(wrong) if rng.random() < 0.5 else wrong)
    elif roll < 0.6:
        b.text("| ").span(" | ".join(value), label).text(" |")
    else:
        b.span(value, label)


def _item(b: PageBuilder, number: int, key: str) -> None:
    b.text(f"{number:>2}. {key}").pad_to(36)


def _vessel_part(b: PageBuilder, s: C.Shown, rng: random.Random) -> None:
    b.line("PART A - PARTICULARS OF THE VESSEL").nl()
    _item(b, 1, "Name of vessel")
    _hand(b, s.name, "VESSEL_NAME", rng)
    b.nl()
    _item(b, 2, "Previous name(s), if any")
    if s.former_name:
        _hand(b, s.former_name, "NAME_CHANGE", rng)
    else:
        b.text(rng.choice(("NIL", "none", "-")))
    b.nl()
    _item(b, 3, "Flag State")
    if s.flag:
        _hand(b, C.country(s.flag), "FLAG", rng)
    b.nl()
    _item(b, 4, "Port of registry")
    if s.port:
        _hand(b, s.port, "HOME_PORT", rng)
    b.nl()
    for number, (key, value, label) in enumerate(
        (
            ("IMO number", s.imo, "IMO"),
            ("Radio call sign", s.ircs, "IRCS"),
            ("MMSI", s.mmsi, "MMSI"),
        ),
        start=5,
    ):
        _item(b, number, key)
        _ident(b, value, label, rng)
        b.nl()
    _item(b, 8, "National registration no.")
    _hand(b, ids.national_reg_no(rng, s.flag, s.year), "NATIONAL_REG_NO", rng)
    b.nl()
    metrics = (
        ("Gross tonnage", s.gt, "GT"),
        ("Length overall", s.loa, "m"),
        ("Engine power", str(rng.randint(300, 3600)), "kW"),
    )
    for number, (key, value, unit) in enumerate(metrics, start=9):
        b.text(f"{number:>2}. ").put(key, "METRIC_TYPE" if value else None)
        b.text(f" ({unit})").pad_to(36)
        if value:
            _hand(b, value, "METRIC_VALUE", rng, exact=True)
            if rng.random() < 0.4:
                b.text(" ").span(unit.lower() if rng.random() < 0.5 else unit, "METRIC_UNIT")
        b.nl()
    _item(b, 12, "Year of build")
    if s.year:
        _hand(b, s.year, "BUILD_YEAR", rng, exact=True)
    b.nl()
    _item(b, 13, "Place of build (yard)")
    _hand(b, rng.choice(V.SHIPYARDS)[0], "BUILDER_LOCATION", rng)
    b.nl()


def _owner_part(b: PageBuilder, s: C.Shown, rng: random.Random) -> None:
    name, street, city, state, iso3 = C.owner_record(s, rng)
    b.nl().line("PART B - OWNER").nl()
    _item(b, 14, "Name of owner")
    _hand(b, name, "ASSOC_NAME", rng)
    b.nl()
    _item(b, 15, "Address (street)")
    _hand(b, street, "ADDRESS", rng)
    b.nl()
    _item(b, 16, "Town / city")
    _hand(b, city, "CITY", rng)
    b.nl()
    if state:
        _item(b, 17, "Province / state")
        _hand(b, state, "STATE", rng)
        b.nl()
    _item(b, 18, "Country")
    _hand(b, C.country(iso3), "COUNTRY_CODE", rng)
    b.nl()
    _item(b, 19, "Company registration no.")
    _ident(b, ids.company_reg_no(rng, iso3), "REG_NO", rng)
    b.nl()


def _licence_part(b: PageBuilder, s: C.Shown, rng: random.Random) -> date:
    b.nl().line("PART C - AUTHORISATION REQUESTED").nl()
    _item(b, 20, "Type (tick one)")
    chosen = rng.randrange(3)
    for number, option in enumerate(V.AUTH_TYPES_EN):
        if number:
            b.pad_to(36)
        b.text("[X] " if number == chosen else "[ ] ")
        b.put(option.capitalize(), "AUTH_TYPE" if number == chosen else None).nl()
    rfmo, area, _ = C.pick_rfmo(rng)
    _item(b, 21, "Target species")
    code = C.catch_of(s.gear, rng)
    _hand(b, code[0] if rng.random() < 0.5 else code[1], "SPECIES_NAME", rng)
    b.nl()
    _item(b, 22, "Fishing area (FAO area)")
    b.span(area, "FAO_AREA_CODE").text(f"  ({rfmo} area)" if rng.random() < 0.5 else "").nl()
    start = C.some_date(rng, 2024, 2025)
    end = start + timedelta(days=rng.choice((182, 364, 365)))
    _item(b, 23, "Period requested: from")
    b.span(C.fmt_date(start, "dmy"), "START_DATE").text("   to   ")
    b.span(C.fmt_date(end, "dmy"), "END_DATE").nl()
    return start


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (s,) = C.pick(vessels, rng, 1)
    form, title = rng.choice(_FORMS)
    b = PageBuilder()
    b.line("MINISTRY OF FISHERIES AND MARINE RESOURCES").line(f"{form}    {title}")
    b.line("Write in BLOCK CAPITALS, one character per box where boxes are shown.").nl()
    _vessel_part(b, s, rng)
    two_pages = rng.random() < 0.5
    pages: list[PageDraft] = []
    if two_pages:
        b.nl().line(f"{form} - page 1 of 2")
        pages.append(b.draft())
        b = PageBuilder()
        b.line(f"{form} (continued)").nl()
    _owner_part(b, s, rng)
    applied = _licence_part(b, s, rng) - timedelta(days=rng.randint(20, 90))
    b.nl().line("PART D - DECLARATION").nl()
    b.line("I declare that the particulars given above are true and complete.")
    b.line(f"Signature: {rng.choice(('(illegible)', '~~~~', '[signature]'))}")
    b.line(f"Date: {C.fmt_date(applied, 'dmy')}").nl()
    b.line("FOR OFFICIAL USE ONLY").line(
        f"Received: ______   Fee receipt no. R-{ids.digits(rng, 6)}"
    )
    b.line("Licence no. issued: ____________   Checked by: ______")
    pages.append(b.draft())
    return pages
