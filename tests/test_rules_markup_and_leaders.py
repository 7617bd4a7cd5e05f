"""Keys as OCR Markdown and register extracts print them: bold keys (`**IMO Number:**`), keys
in two languages, a record as a two-column table of keys and values, and dot leaders between
a key and its value in every character PDFs use for them (tuned pages, one real vessel)."""

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
    imo: str
    mmsi: str
    ircs: str
    port: str


@pytest.fixture(scope="module")
def ship() -> Ship:
    rows = [
        Ship(v.name, v.imo, v.mmsi, v.ircs, v.port)
        for v in load_vessels()
        if v.imo
        and v.mmsi
        and v.ircs
        and v.port
        and "," not in v.port
        and validate("IMO", v.imo) is None
        and validate("MMSI", v.mmsi) is None
        and validate("IRCS", v.ircs) is None
    ]
    return random.Random(11).choice(rows)


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    for span in spans:
        assert text[span.start : span.end] == span.text  # the page's own text, markup and all
    return {(s.label, s.text) for s in spans}


def _wanted(ship: Ship) -> set[tuple[str, str]]:
    return {
        ("VESSEL_NAME", ship.name),
        ("IMO", ship.imo),
        ("MMSI", ship.mmsi),
        ("IRCS", ship.ircs),
        ("HOME_PORT", ship.port),
    }


def test_bold_keys_of_ocr_markdown(ship: Ship) -> None:
    text = (
        "# CERTIFICATE OF REGISTRY\n\n"
        f"**Name of Ship:** {ship.name}\n"
        f"**IMO Number:** {ship.imo}\n"
        f"- **MMSI**: {ship.mmsi}\n"
        f"- **Call Sign**: {ship.ircs}\n"
        f"**Port of Registry:** {ship.port}\n"
    )
    assert _wanted(ship) <= _labelled(text)


def test_keys_in_two_languages(ship: Ship) -> None:
    text = (
        f"Nom du navire / Name of vessel: {ship.name}\n"
        f"Numéro OMI / IMO number: {ship.imo}\n"
        f"Identité du service mobile maritime (MMSI): {ship.mmsi}\n"
        f"Indicatif d'appel / Call sign: {ship.ircs}\n"
        f"Port d'immatriculation / Port of registry: {ship.port}\n"
    )
    assert _wanted(ship) <= _labelled(text)


@pytest.mark.parametrize(
    ("wording", "kind"),
    [
        ("Nom du navire / Name of vessel", "name"),  # not "du" = from
        ("Maritime Mobile Service Identity (MMSI)", "mmsi"),
        ("Identification number (IMO)", "imo"),
        ("Distinctive number or letters", "ircs"),
        ("Length overall (m)", "metric"),  # a unit in brackets stays a unit
    ],
)
def test_wordings(wording: str, kind: str) -> None:
    assert kind_of(wording) == kind


def test_a_record_as_a_table_of_keys_and_values(ship: Ship) -> None:
    text = (
        "| Particulars | |\n| --- | --- |\n"
        f"| **Name of vessel** | {ship.name} |\n"
        f"| **IMO No.** | {ship.imo} |\n"
        f"| **MMSI** | {ship.mmsi} |\n"
        f"| **Call sign** | {ship.ircs} |\n"
        f"| **Port of registry** | {ship.port} |\n"
        "| **Gross tonnage** | 1,234 GT |\n"
    )
    found = _labelled(text)
    assert _wanted(ship) | {("METRIC_TYPE", "Gross tonnage"), ("METRIC_VALUE", "1,234")} <= found


@pytest.mark.parametrize(
    "leader", ["......................", ". . . . . . . . .", "…………", "·····", "______"]
)
def test_dot_leaders_join_keys_to_values(ship: Ship, leader: str) -> None:
    keys = ["Name of vessel", "IMO number", "MMSI", "Call sign", "Port of registry"]
    values = [ship.name, ship.imo, ship.mmsi, ship.ircs, ship.port]
    lines = [f"{key} {leader} {value}" for key, value in zip(keys, values, strict=True)]
    lines.append(f"Valid until {leader} 31/12/2025")
    lines.append(f"Signature {leader}")  # a line to sign on, no value
    found = _labelled("\n".join(lines) + "\n")
    assert _wanted(ship) | {("END_DATE", "31/12/2025")} <= found
