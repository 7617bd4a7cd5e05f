"""A scanned vessel table run through a plain-text OCR engine: the columns drift (gaps of one
to six spaces, no alignment), table rules come through as stray '|' or 'l', some rows break
onto a second line, and OCR errors touch words (headers, titles, the odd letter of a name or
company: O/0, l/1, split words), never the digits of identifiers."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "ocr_scan_table"

_COLUMNS = ("name", "ircs", "imo", "mmsi", "port", "gt", "loa", "owner", "licence", "until")
_HEADERS = {
    "name": ("Vessel Name", "Name of Vessel"),
    "ircs": ("Call Sign", "Radio Call Sign"),
    "imo": ("IMO No.", "IMO Number"),
    "mmsi": ("MMSI",),
    "port": ("Home Port", "Port of Registry"),
    "gt": ("Gross Tonnage", "G/T"),
    "loa": ("Length (m)", "LOA (m)"),
    "owner": ("Owner", "Name of Owner"),
    "licence": ("Licence No.", "Permit No."),
    "until": ("Valid until", "Expiry Date"),
}
_CONFUSIONS = {"O": "0", "o": "0", "l": "1", "I": "l", "i": "1", "S": "5", "e": "c", "g": "q"}


def _garble(text: str, rng: random.Random, rate: float) -> str:
    """OCR misreadings of letters, and a word split by a stray space."""
    out = []
    for char in text:
        if char in _CONFUSIONS and rng.random() < rate:
            out.append(_CONFUSIONS[char])
        else:
            out.append(char)
    garbled = "".join(out)
    if len(garbled) > 6 and rng.random() < rate * 2:
        cut = rng.randint(2, len(garbled) - 2)
        if garbled[cut - 1] != " " and garbled[cut] != " ":
            garbled = garbled[:cut] + " " + garbled[cut:]
    return garbled


def _garble_name(text: str, rng: random.Random) -> str:
    """At most one misread letter in a name, in a word without digits (identifiers and hull
    numbers stay as printed)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if w.isalpha() and any(c in "OI" for c in w)]
    if not candidates or rng.random() > 0.12:
        return text
    index = rng.choice(candidates)
    word = words[index]
    position = next(i for i, c in enumerate(word) if c in "OI")
    words[index] = word[:position] + ("0" if word[position] == "O" else "1") + word[position + 1 :]
    return " ".join(words)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    page_count = rng.choice((1, 1, 2, 3))
    per_page = rng.randint(6, 12)
    fleet = v.pick(rng, v.ships(vessels), page_count * per_page, same_flag=True)
    page_count = -(-len(fleet) // per_page)
    body = rng.choice([r for r in v.RFMOS if r.code in ("NPFC", "WCPFC", "IOTC", "SPRFMO")])
    columns = [c for c in _COLUMNS if c == "name" or rng.random() < 0.75]
    if rng.random() < 0.5:  # some lists put the call sign before the name
        columns.remove("name")
        columns.insert(rng.randint(0, 2), "name")
    headers = {c: rng.choice(_HEADERS[c]) for c in columns}
    rate = rng.uniform(0.05, 0.18)
    date_style = rng.choice(("d.m.Y", "Y-m-d", "d/m/Y"))
    flag = fleet[0].flag if all(s.flag == fleet[0].flag for s in fleet) else None
    licence_prefix = rng.choice(("L", "No.", "P"))
    unit_in_cells = rng.random() < 0.5

    def cells(s: v.Ship) -> list[list[Piece]]:
        row: list[list[Piece]] = []
        port, _ = v.home_port(s, rng)
        for column in columns:
            cell: list[Piece] = []
            if column == "name":
                cell = [(_garble_name(s.name, rng), "VESSEL_NAME")]
            elif column == "ircs" and s.ircs:
                cell = [(s.ircs, "IRCS")]
            elif column == "imo" and s.imo:
                cell = [(s.imo, "IMO")]
            elif column == "mmsi" and s.mmsi:
                cell = [(s.mmsi, "MMSI")]
            elif column == "port" and port:
                cell = [(port.upper(), "HOME_PORT")]
            elif column == "gt":
                gt = v.derived_gt(s)
                cell = [(f"{gt}.00" if rng.random() < 0.3 else str(gt), "METRIC_VALUE")]
                if unit_in_cells:
                    cell += [(" ", None), ("GT", "METRIC_UNIT")]
            elif column == "loa":
                cell = [(v.fmt_dec(v.derived_loa(s), "en"), "METRIC_VALUE")]
                if unit_in_cells:
                    cell += [("m", "METRIC_UNIT")]  # OCR drops the space: "52.07m"
            elif column == "owner":
                cell = [(_garble_name(v.owner(s, rng), rng), "ASSOC_NAME")]
            elif column == "licence":
                number = f"{rng.randint(2023, 2026)}-{rng.randint(1, 999):03d}"
                cell = [(f"{licence_prefix} ", None), (number, "LICENSE_NO")]
                if licence_prefix == "L":
                    cell = [(f"L-{number}", "LICENSE_NO")]
            elif column == "until":
                cell = [(v.fmt_date(v.validity(rng)[1], date_style), "END_DATE")]
            row.append(cell or [(rng.choice(("-", "—", "", "")), None)])
        return row

    title = rng.choice(
        (
            "LIST OF VESSELS AUTHORIZED TO FISH IN THE {rfmo} CONVENTION AREA",
            "Fishing vessels licensed for the {rfmo} area (as of the date of notification)",
            "ANNEX 1 Vessels notified to the {rfmo} Secretariat",
        )
    )
    before, _, after = title.partition("{rfmo}")
    pages: list[PageDraft] = []
    for number in range(1, page_count + 1):
        page = PageBuilder()
        if rng.random() < 0.4:
            page.line((rng.choice((".", "'", "|", "\u2018", ",")), None))
        page.put((_garble(before, rng, rate), None), (body.code, "RFMO_CODE"))
        page.line((_garble(after, rng, rate), None))
        if flag and number == 1:
            page.line(
                (_garble("Flag State", rng, rate) + ": ", None),
                (v.country_name(flag, "en", rng), "FLAG"),
            )
        page.newline()
        page.text(_garble("No.", rng, rate))
        for column in columns:
            page.text(" " * rng.randint(1, 5) + _garble(headers[column], rng, rate))
        page.newline()
        chunk = fleet[(number - 1) * per_page : number * per_page]
        for offset, s in enumerate(chunk, start=(number - 1) * per_page + 1):
            page.text(str(offset) + rng.choice((".", "", " ")))
            row = cells(s)
            break_at = rng.randint(3, len(row) - 1) if len(row) > 4 and rng.random() < 0.2 else None
            for index, cell in enumerate(row):
                if index == break_at:
                    page.newline().text(" " * rng.randint(8, 30))
                else:
                    gap = " " * rng.randint(1, 6)
                    page.text(gap + ("| " if rng.random() < 0.08 else ""))
                page.put(*cell)
            page.newline()
        page.newline().line((rng.choice((f"- {number} -", f"{number}", f"Page {number}")), None))
        pages.append(page.build())
    return pages
