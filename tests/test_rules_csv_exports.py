"""Comma-separated exports as registries publish them: quoted fields that are long (addresses,
owners' full names), that hold line breaks, and files with Windows line endings; a document
whose header is on its first page only. Pages are built from real vessels (the synthetic fleet
without the shared files)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from oceanid_assets.preannotate.rules import extract_document, extract_rules
from oceanid_assets.preannotate.spans import Span
from oceanid_dev.demo.vessels import Vessel, load_vessels

HEAD = ("Vessel Name", "IMO Number", "MMSI", "Call Sign", "Owner", "Owner Address", "Valid To")
LONG_ADDRESS = (
    "Edificio Puerto Pesquero, Muelle de Trasatlanticos s/n, Oficina 14, 36202 Vigo "
    "(Pontevedra), Spain"
)
ADDRESS_ON_THREE_LINES = "Muelle de Trasatlanticos s/n\n36202 Vigo\nSpain"
IDENTIFIERS = ("IMO", "MMSI", "IRCS")


@pytest.fixture(scope="module")
def vessels() -> list[Vessel]:
    fleet = [v for v in load_vessels() if v.imo and v.mmsi and v.ircs and v.owner]
    return random.Random(14).sample(fleet, 24)


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def export(vessels: Sequence[Vessel], address: str, header: bool, newline: str = "\n") -> str:
    lines = [",".join(_quoted(h) for h in HEAD)] if header else []
    for v in vessels:
        assert v.imo and v.mmsi and v.ircs and v.owner
        cells = (v.name, v.imo, v.mmsi, v.ircs, v.owner, address, "31/12/2025")
        lines.append(",".join(_quoted(c) for c in cells))
    return newline.join(lines) + newline


def labelled(text: str, spans: Sequence[Span]) -> set[tuple[str, str]]:
    assert all(text[s.start : s.end] == s.text for s in spans)
    return {(s.label, s.text) for s in spans}


def wanted(vessels: Sequence[Vessel]) -> set[tuple[str, str]]:
    pairs = {("END_DATE", "31/12/2025")}
    for v in vessels:
        assert v.imo and v.mmsi and v.ircs
        pairs |= {("VESSEL_NAME", v.name), ("IMO", v.imo), ("MMSI", v.mmsi), ("IRCS", v.ircs)}
    return pairs


@pytest.mark.parametrize(
    "address", [LONG_ADDRESS, ADDRESS_ON_THREE_LINES], ids=["long_field", "line_breaks"]
)
def test_quoted_fields_long_or_broken_over_lines_keep_the_table(
    vessels: list[Vessel], address: str
) -> None:
    rows = vessels[:8]
    text = export(rows, address, header=True)
    found = labelled(text, extract_rules(text))
    assert wanted(rows) <= found
    # Nothing is read out of a field into its neighbour: every span lies inside one field.
    fields = _field_ranges(text)
    for s in extract_rules(text):
        assert any(a <= s.start and s.end <= b for a, b in fields), (s.label, s.text)


def test_windows_line_endings(vessels: list[Vessel]) -> None:
    rows = vessels[:8]
    text = export(rows, "12 Harbour Road, Port Louis, Mauritius", header=True, newline="\r\n")
    spans = extract_rules(text)
    assert wanted(rows) <= labelled(text, spans)
    assert not any("\r" in s.text for s in spans)


def test_header_on_the_first_page_only_with_long_fields(vessels: list[Vessel]) -> None:
    pages = [vessels[:8], vessels[8:16], vessels[16:24]]
    texts = [export(rows, LONG_ADDRESS, header=n == 0) for n, rows in enumerate(pages)]
    for text, rows, spans in zip(texts, pages, extract_document(texts), strict=True):
        found = labelled(text, spans)
        assert wanted(rows) <= found
        identifiers = [s for s in spans if s.label in IDENTIFIERS]
        assert len(identifiers) == 3 * len(rows)


def test_prose_with_commas_is_still_not_an_export() -> None:
    prose = (
        "The vessel, its master and its crew shall, at all times, comply with the measures,\n"
        "including those on observers, transshipment, and the reporting of catches, that the\n"
        "Commission adopts, as amended, and with the laws of the coastal State, where it fishes,\n"
        "or, where applicable, of the port State, in which it lands, transships, or processes.\n"
    )
    assert extract_rules(prose) == []


def _field_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted field's content."""
    ranges, at = [], 0
    while (start := text.find('"', at)) >= 0:
        end = start + 1
        while True:
            end = text.index('"', end)
            if text.startswith('""', end):
                end += 2
                continue
            break
        ranges.append((start + 1, end))
        at = end + 1
    return ranges


def test_spreadsheet_export_with_a_title_row_and_unnamed_columns(vessels: list[Vessel]) -> None:
    """As a spreadsheet saves it: a title over empty cells, pandas' names for unnamed columns,
    numbers as floats ('9123457.0'), a totals row."""
    rows = vessels[:6]
    lines = ["Licensed vessels 2025,,,,,", "Unnamed: 0,Vessel name,IMO,MMSI,Call sign,Unnamed: 5"]
    for n, v in enumerate(rows, 1):
        lines.append(f"{n}.0,{_quoted(v.name)},{v.imo}.0,{v.mmsi}.0,{v.ircs},")
    lines.append("TOTAL,,,,,")
    text = "\n".join(lines) + "\n"
    found = labelled(text, extract_rules(text))
    assert wanted(rows) - {("END_DATE", "31/12/2025")} <= found
