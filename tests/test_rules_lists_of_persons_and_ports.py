"""Tables that are not lists of vessels, or not only: a crew list's names, nationalities and
passport numbers are not a vessel's name, flag and IMO number; a column of UN/LOCODEs (ports of
embarkation, last and next ports) is read as ports whatever its header says; and a number under
a 'Call sign' header, shifted from another column, is no call sign. Vessels are real ones from
the vessel lists (or the synthetic fleet CI has)."""

from __future__ import annotations

import random

import pytest

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.validators import validate
from oceanid_dev.demo.vessels import Vessel, load_vessels


@pytest.fixture(scope="module")
def vessels() -> list[Vessel]:
    rows = [
        v
        for v in load_vessels()
        if v.imo and v.ircs and validate("IMO", v.imo) is None and validate("IRCS", v.ircs) is None
    ]
    return random.Random(7).sample(rows, 3)


def _labelled(text: str) -> set[tuple[str, str]]:
    spans = extract_rules(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return {(s.label, s.text) for s in spans}


def test_a_crew_list_is_not_a_list_of_vessels(vessels: list[Vessel]) -> None:
    v = vessels[0]
    passport = "6370689"  # 7 digits with a valid IMO check digit: a passport number here
    assert validate("IMO", passport) is None
    text = (
        f"CREW LIST\nName of ship: {v.name}\nIMO number: {v.imo}\n\n"
        "No.  Family name, given names  Rank or rating  Nationality  Date of birth  Passport\n"
        f"1    PETROV, Minh               Fisherman       IDN          11/06/1986     {passport}\n"
        "2    TANAKA, Takumi             Oiler           KOREAN       21/11/1972     E71780473\n"
        "3    SANTOSO, Wei               Cook            PERUVIAN     20/06/1987     SB 7516448\n"
    )
    found = _labelled(text)
    assert {("VESSEL_NAME", v.name), ("IMO", v.imo)} <= found
    table = text[text.index("No.  Family") :]
    in_table = {(label, value) for label, value in found if value in table}
    assert not in_table, in_table


def test_a_column_of_locodes_is_read_as_ports(vessels: list[Vessel]) -> None:
    rows = "".join(
        f"T24-{n:03}  {v.name:<22}{v.ircs:<10}MHMAJ 21/05/2024  CNZOS 25/07/2024  65\n"
        for n, v in enumerate(vessels)
    )
    text = (
        "Trip     Vessel                Call sign Embarked          Landed            Days\n" + rows
    )
    found = _labelled(text)
    assert {("PORT_ID", "MHMAJ"), ("PORT_ID", "CNZOS")} <= found
    assert {("IRCS", v.ircs) for v in vessels} <= found
    # The dates after the codes are not part of the port.
    assert not any(label == "PORT_ID" and " " in value for label, value in found)


def test_a_number_under_a_call_sign_header_is_no_call_sign(vessels: list[Vessel]) -> None:
    text = "Vessel | Call sign | GT\n" + "".join(
        f"{v.name} | {12510 + n} | 499\n" for n, v in enumerate(vessels)
    )
    found = _labelled(text)
    assert not any(label == "IRCS" for label, _ in found), found


def test_keys_numbered_within_sections_and_signature_boxes(vessels: list[Vessel]) -> None:
    v = vessels[1]
    text = (
        f"1.1 Nombre del buque: {v.name}\n"
        f"1.2 Número OMI: {v.imo}\n"
        "4 Estado de abanderamiento: China    Puerto de matrícula: PENGLAI\n"
        "Fecha y firma del capitán: 06/02/2025\n"
    )
    found = _labelled(text)
    assert {("VESSEL_NAME", v.name), ("IMO", v.imo), ("FLAG", "China")} <= found
    # The master signs and dates the list: the date is no associate's name.
    assert not any(value == "06/02/2025" for _, value in found)


def test_a_register_counting_its_crew_is_still_a_list_of_vessels(vessels: list[Vessel]) -> None:
    rows = "".join(f"{v.name:<24}{v.imo:<10}{20 + n}\n" for n, v in enumerate(vessels))
    found = _labelled("Vessel name             IMO       Crew\n" + rows)
    assert {("VESSEL_NAME", v.name) for v in vessels} | {("IMO", v.imo) for v in vessels} <= found
