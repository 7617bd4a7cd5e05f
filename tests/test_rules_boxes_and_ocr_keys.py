"""Forms that print keys over their values (numbered boxes, grids whose rows alternate keys and
values, headers over two rows) and keys that OCR garbled, on pages made from real vessels.

Written with the rules in view (tuned pages); the blind layouts are scored elsewhere."""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.rules.headers import kind_of
from oceanid_assets.preannotate.validators import validate
from oceanid_dev.demo.vessels import load_vessels


class Ship(NamedTuple):
    name: str
    flag: str
    port: str
    imo: str
    mmsi: str
    ircs: str


@pytest.fixture(scope="module")
def vessel() -> Ship:
    rows = [
        Ship(v.name, v.flag, v.port, v.imo, v.mmsi, v.ircs)
        for v in load_vessels()
        if v.name
        and v.flag
        and v.port
        and "," not in v.port
        and v.imo
        and v.mmsi
        and v.ircs
        and validate("IMO", v.imo) is None
        and validate("MMSI", v.mmsi) is None
        and validate("IRCS", v.ircs) is None
    ]
    return random.Random(5).choice(rows)


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
    return {(s.label, s.text) for s in spans}


def _identity(v: Ship) -> set[tuple[str, str]]:
    return {("VESSEL_NAME", v.name), ("IMO", v.imo), ("IRCS", v.ircs)}


@pytest.mark.parametrize(
    ("wording", "kind"),
    [
        ("lMO No.", "imo"),  # a capital I read as l
        ("lRCS", "ircs"),
        ("MMSl", "mmsi"),
        ("Call slgn", "ircs"),  # i read as l inside a word
        ("Narne of vessel", "name"),  # m read as rn
        ("Indlcatif d'appel", "ircs"),
        ("7. IMO number", "imo"),  # a numbered box
        ("(b) Port of registry", "port"),
    ],
)
def test_keys_garbled_by_ocr_or_numbered_name_their_field(wording: str, kind: str) -> None:
    assert kind_of(wording) == kind


def test_identifiers_after_keys_garbled_by_ocr(vessel: Ship) -> None:
    text = (
        f"CERTIFICATE OF REGISTRY\n"
        f"Name of ship: {vessel.name}\n"
        f"lMO No. {vessel.imo}\n"
        f"MMSl {vessel.mmsi}\n"
        f"Ca11 Slgn {vessel.ircs}\n"
    )
    found = _labelled(text)
    assert {("IMO", vessel.imo), ("MMSI", vessel.mmsi), ("IRCS", vessel.ircs)} <= found


def test_numbered_boxes_print_keys_over_values(vessel: Ship) -> None:
    rows = [
        ("1. Name of vessel", vessel.name, "2. Flag State", vessel.flag),
        ("3. IMO number", vessel.imo, "4. Radio call sign", vessel.ircs),
        ("5. MMSI", vessel.mmsi, "6. Port of registry", vessel.port),
    ]
    lines = []
    for key_a, value_a, key_b, value_b in rows:
        lines.append(f" {key_a:<30}{key_b}")
        lines.append(f"    {value_a:<27}   {value_b}")
    found = _labelled("\n".join(lines) + "\n")
    assert _identity(vessel) | {("MMSI", vessel.mmsi), ("HOME_PORT", vessel.port)} <= found


@pytest.mark.parametrize("form", ["markdown", "pipes", "tabs"])
def test_a_grid_whose_rows_alternate_keys_and_values(vessel: Ship, form: str) -> None:
    pairs = [
        (("Name of vessel", "Flag State"), (vessel.name, vessel.flag)),
        (("IMO number", "Radio call sign"), (vessel.imo, vessel.ircs)),
        (("MMSI", "Port of registry"), (vessel.mmsi, vessel.port)),
    ]
    lines = []
    for n, (keys, values) in enumerate(pairs):
        for row in (keys, values):
            lines.append("\t".join(row) if form == "tabs" else f"| {row[0]} | {row[1]} |")
            if form == "markdown" and n == 0 and row is keys:
                lines.append("| --- | --- |")
    found = _labelled("\n".join(lines) + "\n")
    assert _identity(vessel) | {("MMSI", vessel.mmsi), ("HOME_PORT", vessel.port)} <= found
    assert not any(text in {"IMO number", "Radio call sign", "MMSI"} for _, text in found)


def test_html_header_over_two_rows_with_groups(vessel: Ship) -> None:
    text = (
        "<table>\n"
        '<tr><td rowspan="2">Vessel name</td><td rowspan="2">Flag</td>'
        '<td colspan="3">Identifiers</td><td colspan="2">Dimensions</td></tr>\n'
        "<tr><td>IMO</td><td>IRCS</td><td>MMSI</td><td>LOA (m)</td><td>GT</td></tr>\n"
        f"<tr><td>{vessel.name}</td><td>{vessel.flag}</td><td>{vessel.imo}</td>"
        f"<td>{vessel.ircs}</td><td>{vessel.mmsi}</td><td>45.2</td><td>1200</td></tr>\n"
        "</table>"
    )
    found = _labelled(text)
    assert _identity(vessel) | {("MMSI", vessel.mmsi), ("METRIC_VALUE", "45.2")} <= found
    # The group's wording is no measure's name; the columns' own wordings are.
    assert ("METRIC_TYPE", "Dimensions") not in found
    assert {("METRIC_TYPE", "LOA"), ("METRIC_UNIT", "m"), ("METRIC_TYPE", "GT")} <= found


def test_identifiers_under_a_key_line_the_vocabulary_half_knows(vessel: Ship) -> None:
    # Too few of the keys are known for a line of keys, but the ones over the numbers are.
    text = (
        f" Hull colour    Funnel    Sponsor    IMO No.      MMSI\n"
        f" grey           blue      none       {vessel.imo}      {vessel.mmsi}\n"
    )
    found = _labelled(text)
    assert {("IMO", vessel.imo), ("MMSI", vessel.mmsi)} <= found


def test_a_form_drawn_with_box_characters(vessel: Ship) -> None:
    rule = "├" + "─" * 30 + "┼" + "─" * 24 + "┤"
    rows = [
        ("Name of vessel", "Flag State"),
        (vessel.name, vessel.flag),
        ("IMO number", "Radio call sign"),
        (vessel.imo, vessel.ircs),
        ("MMSI", "Port of registry"),
        (vessel.mmsi, vessel.port),
    ]
    lines = [rule.replace("├", "┌").replace("┼", "┬").replace("┤", "┐")]
    for n, (a, b) in enumerate(rows):
        lines.append(f"│ {a:<29}│ {b:<23}│")
        if n % 2:
            lines.append(rule)
    found = _labelled("\n".join(lines) + "\n")
    # Spans stop at the box's rules: no "│" inside a span.
    assert _identity(vessel) | {("MMSI", vessel.mmsi), ("HOME_PORT", vessel.port)} <= found
