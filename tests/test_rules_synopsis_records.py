"""Round 12 (docs/preannotation.md): IMO's Continuous Synopsis Record and forms like it: long
numbered items with their value on the next line, a record closed by the date the ship ceased
to be registered (its name and flag are former ones), an owner's identification number, the
address under a company's name, 'Name and address of owner:' over the lines that give them,
bilingual placeholders, and Inmarsat numbers that look like MMSIs."""

from __future__ import annotations

from tests.rule_pages import labelled

CLOSED_RECORD = """\
CONTINUOUS SYNOPSIS RECORD (CSR)
Document No. 5 for the ship with IMO Number: 8573120
1. This document applies from: 16 June 2014
2. Flag State: Fiji
3. Date of registration with the State indicated in 2: 9 November 2013
4. Name of ship: KAIYO PRIDE
6. Name of current registered owner(s): Golden Wave Maritime S.A.
6.1. Registered owner identification number: 5222959
7. If applicable, name of current registered bareboat charterer(s):
      Sans objet / N/A
8. Name of Company (International Safety Management): Ocean Glory Fishery Co.
      Unit 2, 129 Wharf Street, Suva
9. Name of all classification society(ies) with which the ship is classed:
      DNV
13. Date on which the ship ceased to be registered with the State indicated in 2:
      28 May 2016
"""


def test_a_synopsis_record_closed_by_the_date_the_ship_left_the_register() -> None:
    found = labelled(CLOSED_RECORD)
    assert {
        ("IMO", "8573120"),
        ("FLAG_CHANGE", "Fiji"),
        ("NAME_CHANGE", "KAIYO PRIDE"),
        ("START_DATE", "9 November 2013"),
        ("END_DATE", "28 May 2016"),
        ("REG_NO", "5222959"),
        ("ASSOC_NAME", "Ocean Glory Fishery Co."),
        ("ADDRESS", "Unit 2, 129 Wharf Street"),
        ("CITY", "Suva"),
    } <= found
    assert ("NATIONAL_REG_NO", "9 November 2013") not in found
    assert not any(text in ("Sans objet / N/A", "DNV") for _, text in found)
    assert ("VESSEL_NAME", "KAIYO PRIDE") not in found


def test_the_record_in_force_keeps_its_name_and_flag() -> None:
    current = CLOSED_RECORD.replace("      28 May 2016\n", "      —\n")
    found = labelled(current)
    assert {("FLAG", "Fiji"), ("VESSEL_NAME", "KAIYO PRIDE")} <= found
    assert not any(label in ("FLAG_CHANGE", "NAME_CHANGE") for label, _ in found)


def test_an_owner_named_over_the_lines_of_its_address() -> None:
    page = (
        "Nombre del buque: FUYUANYU687\n"
        "Nombre y dirección del armador:\n"
        "   FUJIAN GANGSHUN PELAGIC FISHERY\n"
        "   No. 89 Yugang Road\n"
        "   Fuzhou, Fujian, China\n"
        "\n"
        "Por el presente se certifica que este buque ha sido inspeccionado.\n"
    )
    found = labelled(page)
    assert {
        ("ASSOC_NAME", "FUJIAN GANGSHUN PELAGIC FISHERY"),
        ("ADDRESS", "No. 89 Yugang Road"),
        ("CITY", "Fuzhou"),
        ("STATE", "Fujian"),
        ("COUNTRY_CODE", "China"),
    } <= found


def test_a_list_under_a_sentence_is_no_value() -> None:
    page = (
        "For each vessel the file must also hold:\n"
        "  1. a valid certificate of registry (copy certified by the flag State);\n"
        "  2. proof that the VMS unit is working.\n"
    )
    assert not any(label == "VESSEL_NAME" for label, _ in labelled(page))


def test_an_inmarsat_number_is_no_mmsi() -> None:
    page = (
        "Vessel name:  FU YUAN YU 7880     Flag: China\n"
        "MMSI: 412440248\n"
        "Other radio equipment: VHF DSC, MF/HF DSC, Inmarsat-C IMN 412232721, AIS class A\n"
    )
    found = labelled(page)
    assert ("MMSI", "412440248") in found
    assert not any(text == "412232721" for _, text in found)
