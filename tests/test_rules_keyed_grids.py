"""Forms and registers whose keys or headers carry marks of their own: numbered boxes printed
without borders ("4. MMSI", "(5) Call sign", "Box 6 Owner"), keys ending in a colon inside a
grid of boxes, and a register header as OCR reads it ("Ca11 Sign", "MMS1", "0wner"). Pages from
real vessels (the synthetic fleet without the shared files)."""

from __future__ import annotations

import random

import pytest

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.vessels import Vessel, load_vessels


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    vessels = [v for v in load_vessels() if v.imo and v.mmsi and v.ircs and v.owner]
    return random.Random(9).sample(vessels, 6)


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return {(s.label, s.text) for s in spans}


def _wanted(v: Vessel) -> set[tuple[str, str]]:
    assert v.imo and v.mmsi and v.ircs and v.owner
    return {
        ("VESSEL_NAME", v.name),
        ("IMO", v.imo),
        ("MMSI", v.mmsi),
        ("IRCS", v.ircs),
        ("ASSOC_NAME", v.owner),
    }


def _fields(v: Vessel) -> list[tuple[str, str]]:
    assert v.imo and v.mmsi and v.ircs and v.owner
    return [
        ("Name of vessel", v.name),
        ("Flag State", v.flag or "PAN"),
        ("IMO number", v.imo),
        ("MMSI", v.mmsi),
        ("International radio call sign", v.ircs),
        ("Registered owner", v.owner),
    ]


def _plain_boxes(fields: list[tuple[str, str]], number: str) -> str:
    """Rows of three boxes without borders: numbered keys over their values."""
    lines = ["FISHING VESSEL REGISTRATION FORM", ""]
    for first in (0, 3):
        row = fields[first : first + 3]
        keys = [number.format(n=first + i + 1) + key for i, (key, _) in enumerate(row)]
        widths = [max(len(key), len(value)) + 3 for key, (_, value) in zip(keys, row, strict=True)]
        lines.append("".join(f"{key:<{w}}" for key, w in zip(keys, widths, strict=True)).rstrip())
        values = (f"{value:<{w}}" for (_, value), w in zip(row, widths, strict=True))
        lines += ["".join(values).rstrip(), ""]
    return "\n".join(lines)


@pytest.mark.parametrize("number", ["{n}. ", "({n}) ", "{n}) ", "Box {n} "])
def test_numbered_boxes_without_borders(fleet: list[Vessel], number: str) -> None:
    for v in fleet:
        text = _plain_boxes(_fields(v), number)
        assert _wanted(v) <= _labelled(text), text


def test_keys_with_colons_in_a_grid_of_boxes(fleet: list[Vessel]) -> None:
    for v in fleet:
        fields = _fields(v)
        lines = ["FISHING VESSEL REGISTRATION FORM", ""]
        for first in (0, 3):
            row = fields[first : first + 3]
            widths = [max(len(key), len(value)) + 4 for key, value in row]
            lines.append("+" + "+".join("-" * w for w in widths) + "+")
            keys = (f" {key + ':':<{w - 1}}" for (key, _), w in zip(row, widths, strict=True))
            values = (f" {value:<{w - 1}}" for (_, value), w in zip(row, widths, strict=True))
            lines += ["|" + "|".join(keys) + "|", "|" + "|".join(values) + "|"]
        lines.append(lines[2])
        text = "\n".join(lines)
        assert _wanted(v) <= _labelled(text), text


def test_register_header_as_ocr_reads_it(fleet: list[Vessel]) -> None:
    head = ["Vesse1 Name", "lMO No.", "MMS1", "Ca11 Sign", "0wner"]
    rows = [[v.name, v.imo or "", v.mmsi or "", v.ircs or "", v.owner or ""] for v in fleet]
    widths = [max(len(r[i]) for r in [head, *rows]) + 3 for i in range(len(head))]
    text = "REGISTER OF FISHING VESSELS\n\n" + "\n".join(
        "".join(f"{cell:<{w}}" for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in [head, *rows]
    )
    found = _labelled(text)
    for v in fleet:
        assert _wanted(v) <= found, text


@pytest.mark.parametrize("pipes", [False, True], ids=["aligned", "pipes"])
def test_vessels_compared_side_by_side(fleet: list[Vessel], pipes: bool) -> None:
    """A sheet with the particulars down the side and one column per vessel."""
    keys = ["Name of vessel", "IMO number", "MMSI", "Call sign", "Owner"]
    rows = [
        [key, *values]
        for key, values in zip(
            keys,
            zip(*[(v.name, v.imo, v.mmsi, v.ircs, v.owner) for v in fleet[:4]], strict=True),
            strict=True,
        )
    ]
    widths = [max(len(str(row[i])) for row in rows) + 3 for i in range(5)]
    lines = []
    for row in rows:
        cells = [f"{cell:<{w}}" for cell, w in zip(row, widths, strict=True)]
        lines.append("| " + " | ".join(cells) + " |" if pipes else "".join(cells).rstrip())
    text = "COMPARISON OF VESSELS\n\n" + "\n".join(lines) + "\n"
    found = _labelled(text)
    for v in fleet[:4]:
        assert _wanted(v) <= found, text


def test_register_whose_first_column_repeats_a_code_is_no_record(fleet: list[Vessel]) -> None:
    """'IOTC' on every row names the same field each time: a column of values."""
    lines = ["RFMO,Vessel name,IMO,MMSI,Call sign"]
    lines += [f"IOTC,{v.name},{v.imo},{v.mmsi},{v.ircs}" for v in fleet]
    text = "\n".join(lines) + "\n"
    found = _labelled(text)
    for v in fleet:
        assert {("VESSEL_NAME", v.name), ("IMO", v.imo), ("MMSI", v.mmsi)} <= found


@pytest.mark.parametrize("style", ["plain", "numbered", "boxed"])
def test_keys_on_lines_of_their_own_over_their_values(fleet: list[Vessel], style: str) -> None:
    """One box a line, as a scanned certificate reads: the key, then its value under it."""
    for v in fleet:
        lines = ["CERTIFICATE OF REGISTRY", ""]
        for n, (key, value) in enumerate(_fields(v), 1):
            if style == "numbered":
                lines += [f"{n}. {key}", value, ""]
            elif style == "boxed":
                lines += ["+" + "-" * 50 + "+", f"| {key:<48} |", f"| {value:<48} |"]
            else:
                lines += [key, value]
        text = "\n".join(lines) + "\n"
        assert _wanted(v) <= _labelled(text), text


def test_a_heading_over_a_line_of_text_is_no_pair() -> None:
    text = "Owner\nThe company named below owns the vessel.\n\nSome other paragraph.\n"
    assert not any(label == "ASSOC_NAME" for label, _ in _labelled(text))
