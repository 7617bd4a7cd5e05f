"""Tables drawn with box-drawing characters (OCR of a scanned form, a console export) read as
the same tables drawn with ASCII pipes: a form of boxes with keys over values, and a register
table with a double-line header rule. Pages from real vessels (the synthetic fleet without the
shared files)."""

from __future__ import annotations

import random

import pytest

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.vessels import Vessel, load_vessels


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    vessels = [v for v in load_vessels() if v.imo and v.mmsi and v.ircs and v.owner]
    return random.Random(18).sample(vessels, 6)


def _boxes(rows: list[list[tuple[str, str]]]) -> str:
    """Each row of boxes: a border, a line of keys, a line of values."""
    lines = []
    for n, row in enumerate(rows):
        widths = [max(len(key), len(value)) + 2 for key, value in row]
        left, middle, right = ("┌", "┬", "┐") if n == 0 else ("├", "┼", "┤")
        lines.append(left + middle.join("─" * w for w in widths) + right)
        for side in (0, 1):  # the keys, then their values
            boxes = (f" {pair[side]:<{w - 1}}" for pair, w in zip(row, widths, strict=True))
            lines.append("│" + "│".join(boxes) + "│")
    lines.append("└" + "─" * 40 + "┘")
    return "CERTIFICATE OF REGISTRY\n\n" + "\n".join(lines) + "\n"


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert not any(set(s.text) & set("│─┌┬┐├┼┤└┘═║╪") for s in spans)
    return {(s.label, s.text) for s in spans}


def test_form_of_boxes_keys_over_values(fleet: list[Vessel]) -> None:
    for v in fleet:
        assert v.imo and v.mmsi and v.ircs and v.owner
        text = _boxes(
            [
                [("Name of vessel", v.name), ("IMO number", v.imo)],
                [("MMSI", v.mmsi), ("International radio call sign", v.ircs)],
                [("Registered owner", v.owner), ("Date of expiry", "31/01/2027")],
            ]
        )
        found = _labelled(text)
        assert {
            ("VESSEL_NAME", v.name),
            ("IMO", v.imo),
            ("MMSI", v.mmsi),
            ("IRCS", v.ircs),
            ("END_DATE", "31/01/2027"),
        } <= found, text


def test_register_drawn_with_double_header_rule(fleet: list[Vessel]) -> None:
    head = ("Vessel", "IMO", "MMSI", "Call sign")
    rows = [(v.name, v.imo or "", v.mmsi or "", v.ircs or "") for v in fleet]
    widths = [max(len(r[i]) for r in [head, *rows]) + 2 for i in range(4)]

    def line(cells: tuple[str, ...]) -> str:
        return "║" + "│".join(f" {c:<{w - 1}}" for c, w in zip(cells, widths, strict=True)) + "║"

    text = "\n".join(
        [
            "╔" + "╤".join("═" * w for w in widths) + "╗",
            line(head),
            "╠" + "╪".join("═" * w for w in widths) + "╣",
            *(line(r) for r in rows),
            "╚" + "╧".join("═" * w for w in widths) + "╝",
        ]
    )
    found = _labelled(text)
    for name, imo, mmsi, ircs in rows:
        assert {("VESSEL_NAME", name), ("IMO", imo), ("MMSI", mmsi), ("IRCS", ircs)} <= found
