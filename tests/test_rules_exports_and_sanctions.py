"""Round 8 (docs/preannotation.md): identifiers in XML attributes and in elements whose scheme
an attribute names (UN/FLUX vessel messages), and sanctions-list entries whose particulars run
together as `Key value; Key value`."""

from __future__ import annotations

import pytest

from oceanid_assets.preannotate.rules import extract_document, extract_rules
from oceanid_dev.demo.vessels import Vessel
from tests.rule_pages import checked_fleet, labelled


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    return checked_fleet()


def test_identifiers_in_attributes_and_in_scheme_qualified_elements(fleet: list[Vessel]) -> None:
    a, b = fleet[0], fleet[1]
    page = (
        "<VesselRecords>\n"
        "  <Vessel>\n"
        f"    <Name>{a.name}</Name>\n"
        f'    <Radio ircs="{a.ircs}" mmsi="{a.mmsi}"/>\n'
        '    <FlagState code="PAN"/>\n'
        '    <Authorization type="High seas fishing">\n'
        "      <ValidFrom>2024-01-01</ValidFrom>\n"
        "    </Authorization>\n"
        "  </Vessel>\n"
        "</VesselRecords>\n"
        "<rsm:FLUXVesselReportMessage>\n"
        "  <ram:SpecifiedVesselTransportMeans>\n"
        f'    <ram:ID schemeID="IRCS">{b.ircs}</ram:ID>\n'
        f'    <ram:ID schemeID="UVI">{b.imo}</ram:ID>\n'
        f'    <ram:ID schemeID="MMSI">{b.mmsi}</ram:ID>\n'
        f"    <ram:Name>{b.name}</ram:Name>\n"
        "  </ram:SpecifiedVesselTransportMeans>\n"
        "</rsm:FLUXVesselReportMessage>\n"
    )
    assert {
        ("VESSEL_NAME", a.name),
        ("IRCS", a.ircs),
        ("MMSI", a.mmsi),
        ("FLAG", "PAN"),
        ("AUTH_TYPE", "High seas fishing"),
        ("IRCS", b.ircs),
        ("IMO", b.imo),
        ("MMSI", b.mmsi),
    } <= labelled(page)


def test_a_sanctions_entry_and_the_company_linked_to_it(fleet: list[Vessel]) -> None:
    v = fleet[2]
    page = (
        "SPECIALLY DESIGNATED NATIONALS AND BLOCKED PERSONS LIST\n\n"
        f"{v.name} (f.k.a. GOLDEN LION 11; f.k.a. SEA EXPLORER) Longliner Sierra Leone flag; "
        f"Former Vessel Flag Sierra Leone; Other Vessel Call Sign 9LMU2; Call Sign {v.ircs}; "
        f"Vessel Registration Identification IMO {v.imo}; MMSI {v.mmsi}; Vessel Year of Build "
        "2013; Vessel Gross Registered Tonnage 859 (vessel) [SDGT] (Linked To: KESTREL "
        "FISHING LTD).\n\n"
        "KESTREL FISHING LTD, No. 17 Xingang Road, Rongcheng, Shandong, China; Organization "
        "Established Date 27 May 2014; Company Number 4626336; Organization Type: Fishing; "
        f"[SDGT] (Linked To: {v.name}).\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", v.name),
        ("NAME_CHANGE", "GOLDEN LION 11"),
        ("NAME_CHANGE", "SEA EXPLORER"),
        ("FLAG", "Sierra Leone"),
        ("FLAG_CHANGE", "Sierra Leone"),
        ("ID_CHANGE", "9LMU2"),
        ("IRCS", v.ircs),
        ("IMO", v.imo),
        ("MMSI", v.mmsi),
        ("BUILD_YEAR", "2013"),
        ("METRIC_VALUE", "859"),
        ("ASSOC_NAME", "KESTREL FISHING LTD"),
        ("ADDRESS", "No. 17 Xingang Road"),
        ("CITY", "Rongcheng"),
        ("COUNTRY_CODE", "China"),
        ("REG_NO", "4626336"),
    } <= found
    assert ("FLAG_CHANGE", "Leone") not in found


def test_a_list_of_vessels_with_semicolons_is_not_read_as_an_entry() -> None:
    page = (
        "Annex 2. Vessels authorised\n"
        "1) JINN FWU TSAIR NO.66 - IMO Not available; MMSI 416002291; IATTC No. 64349; "
        "79 GRT; authorised 01/01/2018 - 31/12/2018\n"
    )
    found = labelled(page)
    assert ("END_DATE", "01/01/2018") not in found
    assert ("START_DATE", "01/01/2018") in found


def test_company_imo_numbers_are_company_numbers(fleet: list[Vessel]) -> None:
    v = fleet[3]
    page = (
        "SHIP PARTICULARS\n"
        f"IMO number :            {v.imo}\n"
        f"Ship name :             {v.name}\n\n"
        "Role: ISM Manager\n"
        "  Company: PACIFIC STAR FISHERIES S.A. (IMO 6398089)\n"
        "  Address: 28-28 Nihonbashi, Chuo-ku, Tokyo, Japan.\n"
    )
    found = labelled(page)
    assert {
        ("IMO", v.imo),
        ("ASSOC_NAME", "PACIFIC STAR FISHERIES S.A."),
        ("REG_NO", "6398089"),
        ("ADDRESS", "28-28 Nihonbashi"),
        ("COUNTRY_CODE", "Japan"),
    } <= found
    assert ("IMO", "6398089") not in found


def test_a_name_read_on_one_page_is_read_where_the_document_repeats_it(
    fleet: list[Vessel],
) -> None:
    v = fleet[4]
    first = f"FISHING VESSEL SAFETY CERTIFICATE\n\nName of vessel:   {v.name}\nFlag:   Panama\n"
    second = (
        f"FISHING VESSEL SAFETY CERTIFICATE   FVSC-38036   {v.name}\n\n"
        "ENDORSEMENT FOR ANNUAL SURVEYS\n"
        "Signed: P. Rasmussen\nPlace: Las Palmas\n"
    )
    pages = extract_document([first, second])
    assert ("VESSEL_NAME", v.name) in {(s.label, s.text) for s in pages[1]}
    # Read alone, the second page says nothing about that name.
    assert not any(s.label == "VESSEL_NAME" for s in extract_rules(second))


def test_a_header_printed_in_two_languages_one_under_the_other(fleet: list[Vessel]) -> None:
    v = fleet[5]
    page = (
        "+---------------+-------------------------------+------------+\n"
        "| Name of ship  | Distinctive number or letters | IMO Number |\n"
        "| Nom du navire | Numéro ou lettres distinctifs | Numéro OMI |\n"
        "+---------------+-------------------------------+------------+\n"
        f"| {v.name:<13} | {v.ircs:<29} | {v.imo:<10} |\n"
        "+---------------+-------------------------------+------------+\n"
    )
    assert {("VESSEL_NAME", v.name), ("IRCS", v.ircs), ("IMO", v.imo)} <= labelled(page)


def test_what_a_vessel_was_in_a_period_that_has_ended(fleet: list[Vessel]) -> None:
    v = fleet[6]
    page = (
        f"The vessel {v.name} (IMO {v.imo}) now flies the flag of Panama, call sign {v.ircs}.\n"
        "Between 3 June 2009 and 30 March 2017 the vessel operated as SHIN JIANN LIH under "
        "the flag of Vanuatu, using call sign YJKA1. It was then re-registered.\n"
        "Previous registry: Kiribati, call sign T3XW5; deletion certificate dated 2020-11-18\n"
    )
    found = labelled(page)
    assert {
        ("IRCS", v.ircs),
        ("NAME_CHANGE", "SHIN JIANN LIH"),
        ("FLAG_CHANGE", "Vanuatu"),
        ("ID_CHANGE", "YJKA1"),
        ("ID_CHANGE", "T3XW5"),
    } <= found
    assert ("IRCS", "YJKA1") not in found and ("IRCS", "T3XW5") not in found
