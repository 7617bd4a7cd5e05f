"""Round 9 (docs/preannotation.md): deletion certificates and reflagging notices, which give the
vessel's new identity and so make the rest of their particulars former ones; a change printed
as keys down the side under 'Previous' and 'New'; a call sign alone in brackets after a name;
an infobox framed by a box's side."""

from __future__ import annotations

import pytest

from oceanid_assets.preannotate.rules import extract_document
from oceanid_dev.demo.vessels import Vessel
from tests.rule_pages import checked_fleet, labelled


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    return checked_fleet()


def test_a_deletion_certificate_gives_the_identity_the_vessel_had(fleet: list[Vessel]) -> None:
    old, new = fleet[0], fleet[1]
    first = (
        "CERTIFICATE OF DELETION\n\n"
        f"Name of ship:            {old.name}\n"
        f"MMSI:                    {old.mmsi}\n"
        f"IMO number:              {old.imo}\n"
        "Flag:                    Belize\n"
        "New flag:                China\n"
        f"New name:                {new.name}\n"
    )
    second = (
        f"TRANSCRIPT OF ENTRIES   (now {new.name})\n\nCall sign: {old.ircs}    MMSI: {old.mmsi}\n"
    )
    pages = extract_document([first, second])
    on_first = {(s.label, s.text) for s in pages[0]}
    assert {
        ("NAME_CHANGE", old.name),
        ("ID_CHANGE", old.mmsi),
        ("IMO", old.imo),  # an IMO number stays with the hull
        ("FLAG_CHANGE", "Belize"),
        ("FLAG", "China"),
        ("VESSEL_NAME", new.name),
    } <= on_first
    on_second = {(s.label, s.text) for s in pages[1]}
    assert {("ID_CHANGE", old.ircs), ("ID_CHANGE", old.mmsi)} <= on_second
    # The new name, repeated on the other page, stays the vessel's name.
    assert ("VESSEL_NAME", new.name) in on_second


def test_previous_and_new_values_beside_their_keys(fleet: list[Vessel]) -> None:
    old, new = fleet[2], fleet[3]
    page = (
        "I wish to inform the Secretariat that the vessel described below now flies the flag "
        "of Japan.\n\n"
        "                              Previous                    New\n"
        f"    Name                      {old.name:<28}{new.name}\n"
        "    Flag                      Vanuatu                     Japan\n"
        f"    Call sign                 {old.ircs:<28}{new.ircs}\n"
        f"    MMSI                      {old.mmsi:<28}{new.mmsi}\n\n"
        "We therefore request that the Secretariat update the record.\n"
    )
    assert {
        ("NAME_CHANGE", old.name),
        ("VESSEL_NAME", new.name),
        ("FLAG_CHANGE", "Vanuatu"),
        ("FLAG", "Japan"),
        ("ID_CHANGE", old.ircs),
        ("IRCS", new.ircs),
        ("ID_CHANGE", old.mmsi),
        ("MMSI", new.mmsi),
    } <= labelled(page)


def test_a_call_sign_alone_in_brackets_after_a_name(fleet: list[Vessel]) -> None:
    v = next(v for v in fleet if any(c.isdigit() for c in v.ircs or ""))
    page = (
        f"I wish to inform the Secretariat that the vessel {v.name} ({v.ircs}) has been "
        "deleted from the national register of fishing vessels (ICCAT).\n"
    )
    found = labelled(page)
    assert ("IRCS", v.ircs) in found
    assert not any(label == "IRCS" and text == "ICCAT" for label, text in found)


def test_an_infobox_framed_by_a_box_side(fleet: list[Vessel]) -> None:
    v = fleet[4]
    page = (
        "+------------------------------------------------------------\n"
        f"| {v.name}\n"
        "| Owner                Mar Austral Ocean Fisheries Co., Ltd.\n"
        "| Port of registry     KEELUNG\n"
        "| Flag                 Panama\n"
        "| Completed            2007\n"
        "+------------------------------------------------------------\n"
    )
    assert {
        ("ASSOC_NAME", "Mar Austral Ocean Fisheries Co., Ltd."),
        ("HOME_PORT", "KEELUNG"),
        ("FLAG", "Panama"),
    } <= labelled(page)


def test_former_identifiers_on_one_line_and_a_company_imo_number(fleet: list[Vessel]) -> None:
    v, old = fleet[5], fleet[6]
    page = (
        f"| Identification       IMO number: {v.imo} / MMSI: {v.mmsi} / Call sign: {v.ircs}\n"
        f"| Former identifiers   call sign {old.ircs}, MMSI {old.mmsi}\n"
        "| Company              PACIFIC STAR FISHERIES S.A.\n\n"
        "ISM company\n"
        "   IMO company number:            6280081\n"
        f"The vessel, formerly OCEAN STAR, has IMO {v.imo}.\n"
    )
    found = labelled(page)
    assert {
        ("IMO", v.imo),
        ("MMSI", v.mmsi),
        ("IRCS", v.ircs),
        ("ID_CHANGE", old.ircs),
        ("ID_CHANGE", old.mmsi),
        ("REG_NO", "6280081"),
    } <= found
    assert ("ID_CHANGE", v.imo) not in found and ("IMO", "6280081") not in found


def test_ports_called_at_give_only_their_locode_and_a_home_port_its_locode_too() -> None:
    page = (
        "BUNKER DELIVERY NOTE\n"
        "Port of delivery: Manta - ECMEC   Sampling point: barge manifold\n"
        "Port of registry:  Victoria (SCPOV)\n"
        "Vessel's sample seal No.:     0762346\n"
        "Flag:  Panama\n"
    )
    found = labelled(page)
    assert {
        ("PORT_ID", "ECMEC"),
        ("HOME_PORT", "Victoria"),
        ("PORT_ID", "SCPOV"),
        ("FLAG", "Panama"),
    } <= found
    assert ("HOME_PORT", "Manta") not in found
    assert not any(label == "VESSEL_NAME" for label, _ in found)


def test_case_references_are_not_rfmo_numbers_and_a_country_flagged_vessel() -> None:
    page = (
        "IOTC-2020-CoC25-06\n"
        "Case 1 (IOTC-2020-PAN-012)\n"
        "3. The Committee noted that the Japan-flagged vessel YOSHIEI MARU had been the "
        "subject of two cases; its record number is IOTC012345.\n"
    )
    found = labelled(page)
    assert {("FLAG", "Japan"), ("RFMO_ID", "IOTC012345")} <= found
    assert not any(label == "RFMO_ID" and text.startswith("IOTC-2020") for label, text in found)


def test_species_codes_with_their_catch_in_running_text() -> None:
    page = (
        "Set   Start  End    Position (start)      FAO area  Effort        Catch retained\n"
        "1     05:00  07:01  22°56'S 084°31'E      57        1800 hooks    ALB 1355  SWO 1284\n"
        "\n"
        "Daily total retained: BET 1402 kg. The USA and the EEC (sic) 2024 were not consulted.\n"
    )
    found = labelled(page)
    assert {("SPECIES_NAME", "ALB"), ("SPECIES_NAME", "SWO"), ("SPECIES_NAME", "BET")} <= found
    assert not any(label == "SPECIES_NAME" and text in ("USA", "EEC") for label, text in found)


def test_a_uvi_is_the_imo_number_or_a_registers_own_and_an_rfmo_number_in_brackets(
    fleet: list[Vessel],
) -> None:
    v = fleet[7]
    page = (
        f"    IMO: {v.imo}    UVI: {v.imo}    IRCS: {v.ircs}\n"
        "    Gear: drifting longline    Authorized by: ICCAT (AT000CHN77629)\n\n"
        "    IMO: none    UVI: TUVI-CHN-01031    IRCS: -\n"
        "    Gear: squid jigging    Authorized by: SPRFMO (SP-50283)\n"
    )
    found = labelled(page)
    assert {
        ("IMO", v.imo),
        ("OTHER_EXT_ID", "TUVI-CHN-01031"),
        ("RFMO_CODE", "ICCAT"),
        ("RFMO_ID", "AT000CHN77629"),
        ("RFMO_CODE", "SPRFMO"),
        ("RFMO_ID", "SP-50283"),
    } <= found
