"""A register scanned and read by OCR: the header's words garbled ("Vesse1 Name", "Ca11 Sign"),
the columns drifting from row to row, stray "|" between cells, and a row whose cells ran
together. No gutter runs down the page; the rules read the rows by the order of their cells
(tuned page, real vessels)."""

from __future__ import annotations

import random

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.validators import validate
from oceanid_dev.demo.vessels import Vessel, load_vessels

_HEADER = ("N0.", "Vesse1 Name", "F1ag", "lMO", "Ca11 Sign", "MMSl", "GT")
_WIDTHS = (4, 24, 6, 9, 10, 11, 6)


def _fleet() -> list[Vessel]:
    rows = [
        v
        for v in load_vessels()
        if v.imo
        and v.mmsi
        and v.ircs
        and v.flag
        and any(ch.isdigit() for ch in v.ircs)
        and validate("IMO", v.imo) is None
        and validate("MMSI", v.mmsi) is None
        and validate("IRCS", v.ircs) is None
    ]
    return random.Random(2).sample(rows, 10)


def _page(fleet: list[Vessel]) -> str:
    rng = random.Random(3)
    lines = [
        "AUTH0RISED VESSELS - REG1STER",
        "  ".join(h.ljust(w) for h, w in zip(_HEADER, _WIDTHS, strict=True)),
    ]
    for n, v in enumerate(fleet, start=1):
        cells = (str(n), v.name, v.flag or "", v.imo or "", v.ircs or "", v.mmsi or "", "1200")
        line = ""
        for cell, width in zip(cells, _WIDTHS, strict=True):
            line += cell.ljust(max(width + rng.choice((-2, 0, 2, 3)), len(cell) + 1))
            line += rng.choice((" ", "  ", " | ", "   "))
        lines.append(line.rstrip())
    # OCR ran the last row's name, flag and IMO together with single blanks.
    last = fleet[-1]
    lines[-1] = (
        f"{len(fleet)}   {last.name} {last.flag} {last.imo}   {last.ircs}   {last.mmsi}  1200"
    )
    return "\n".join(lines) + "\n"


def test_a_drifted_ocr_table_is_read_by_the_order_of_its_cells() -> None:
    fleet = _fleet()
    text = _page(fleet)
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    found = {(s.label, s.text) for s in spans}
    for v in fleet:
        assert {("IMO", v.imo), ("MMSI", v.mmsi), ("IRCS", v.ircs)} <= found, v.name
    # Names and flags come from the rows whose cells stayed apart.
    for v in fleet[:-1]:
        assert {("VESSEL_NAME", v.name), ("FLAG", v.flag)} <= found, v.name


def test_a_key_value_form_is_not_read_as_such_a_table() -> None:
    text = (
        "Vessel name    Flag    Port of registry\n"
        "Name: A        Flag: B     Port: C\n"
        "Name: D        Flag: E     Port: F\n"
        "Name: G        Flag: H     Port: I\n"
    )
    # Keys with their colons make a form; the line of keys over them heads no table.
    assert ("VESSEL_NAME", "Name: A") not in {(s.label, s.text) for s in extract_rules(text)}


def test_rows_whose_cells_ran_together_are_read_token_by_token() -> None:
    """Under a clean header, rows whose cells OCR joined with single spaces: each is read by
    its tokens under the header's columns, so names and owners are found, not only the
    identifiers."""
    fleet = [v for v in _fleet() if v.owner and v.gross_tonnage][:6]
    header = ("Vessel Name", "IMO No.", "MMSI", "Call Sign", "GT", "Owner")
    lines = ["REGISTER OF FISHING VESSELS", "   ".join(header)]
    for v in fleet:
        lines.append(f"{v.name} {v.imo} {v.mmsi} {v.ircs} {v.gross_tonnage} {v.owner}")
    text = "\n".join(lines) + "\n"
    found = {(s.label, s.text) for s in extract_rules(text)}
    for v in fleet:
        assert {("VESSEL_NAME", v.name), ("IMO", v.imo), ("ASSOC_NAME", v.owner)} <= found, v
