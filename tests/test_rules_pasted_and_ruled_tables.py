"""Round 15 (docs/preannotation.md), tuned on sets U and V after their first scores: values
pasted from a spreadsheet (tab-separated, empty cells kept, a group heading over the header that
stops early), fixed-width reports ruled by one unbroken line whose cells may stand a single
space apart, identity tables whose rows open on "until" and "from", and tables copied from web
pages with a blank line under the header."""

from __future__ import annotations

from tests.rule_pages import labelled


def test_values_pasted_from_a_spreadsheet_keep_their_empty_cells() -> None:
    page = (
        "Hello all,\n\nthe updated list is below (copied from our sheet, sorry for the format)."
        "\n\nVESSEL\t\t\t\t\t\tAUTHORISATION\n"
        "#\tName\tFlag\tIMO\tCall sign\tMMSI\tType\tLicence no.\tValid from\tValid to\n"
        "1\tSHENG HANG 21\tCHN\t9722144\tBZUA6\t412440871\tFishing licence\tLIC-2024-17\t"
        "01-JAN-2024\t31-DEC-2024\n"
        "2\tHUNG YU 212\tTWN\t\t\t416003063\tFishing authorisation\tpending\t\t\n"
        "3\tPESCA AZUL\tESP\t\tEA4412\t224108190\tTransshipment authorisation\tLIC-2024-19\t"
        "01-FEB-2024\t31-DEC-2024\n\n"
        "Kind regards,\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "SHENG HANG 21"),
        ("VESSEL_NAME", "HUNG YU 212"),
        ("FLAG", "TWN"),
        ("MMSI", "416003063"),
        ("VESSEL_NAME", "PESCA AZUL"),
        ("IRCS", "EA4412"),
        ("LICENSE_NO", "LIC-2024-19"),
        ("START_DATE", "01-FEB-2024"),
        # A bare "Type" over authorisations is the kind of authorisation, not of vessel.
        ("AUTH_TYPE", "Fishing licence"),
        ("AUTH_TYPE", "Transshipment authorisation"),
    } <= found
    assert not any(label == "FLAG" and text == "HUNG YU 212" for label, text in found)


def test_a_report_ruled_by_one_line_whose_cells_touch() -> None:
    page = (
        "PORT OF SUVA - BERTHING LIST FOR 12/03/2026\n\n"
        "No Vessel          Call sign Flag GT    Berth        Agent\n" + "-" * 72 + "\n"
        "01 SHENG HANG 21   BZUA6     CHN  1523  Wharf 3      Pacific Agencies\n"
        "02 FU YUAN YU 8675 BZUY5     CHN  1101  Anchorage A  Island Shipping\n"
        "03 PESCA AZUL      not assigned ESP  412   Wharf 1      Pacific Agencies\n"
        "04 HAI XIANG 7     BZZQ6     CHN  860   Wharf 2      Island Shipping\n"
        "05 TAI XIANG 16    BVLB2     CHN  1030  Wharf 2      Island Shipping\n\n"
        "Pilotage compulsory for vessels over 45 m.\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "FU YUAN YU 8675"),
        ("IRCS", "BZUY5"),
        ("VESSEL_NAME", "SHENG HANG 21"),
        ("IRCS", "BZUA6"),
        ("FLAG", "CHN"),
        ("VESSEL_NAME", "HAI XIANG 7"),
    } <= found
    assert ("VESSEL_NAME", "FU YUAN YU 8675 BZUY5") not in found


def test_a_ruled_report_keeps_a_wording_of_several_words_in_one_column() -> None:
    # "Type of vessel" over "Fishing vessel": 'vessel' lines up with the header's 'vessel', and
    # the header is no evidence of a column there (one space before it).
    page = (
        "No.  Name             Flag  Call sign  Type of vessel    Owner\n" + "=" * 66 + "\n"
        "1    SHENG HANG 21    CHN   BZUA6      Fishing vessel    ZHOUSHAN FISHERY CO\n"
        "2    PESCA AZUL       ESP   EA4412     Fishing vessel    ARMADORA AZUL SL\n"
        "3    HAI XIANG 7      CHN   BZZQ6      Carrier vessel    DALIAN OCEAN CO\n"
    )
    found = labelled(page)
    assert {("VESSEL_NAME", "PESCA AZUL"), ("IRCS", "EA4412"), ("FLAG", "ESP")} <= found
    assert not any(text == "vessel" for _, text in found)


def test_a_history_table_whose_rows_open_on_until_and_from() -> None:
    page = (
        "B. HISTORY OF FLAG, NAME AND CALL SIGN\n"
        "Period           Flag         Name               Call sign  MMSI\n"
        "until 12/03/2015 Belize       OCEAN GLORY 3      V3TK4      312764000\n"
        "from 12/03/2015  China        SHENG HANG 21      BZUA6      412440871\n"
    )
    found = labelled(page)
    assert {
        # The date and the flag one space apart: the header's words give the columns.
        ("FLAG_CHANGE", "Belize"),
        ("NAME_CHANGE", "OCEAN GLORY 3"),
        ("ID_CHANGE", "V3TK4"),
        ("ID_CHANGE", "312764000"),
        ("FLAG", "China"),
        ("IRCS", "BZUA6"),
        ("MMSI", "412440871"),
    } <= found
    assert ("IRCS", "V3TK4") not in found


def test_a_key_value_form_in_two_columns_is_no_fixed_width_table() -> None:
    page = (
        "Present name:          SHENG HANG 21        Flag State:         CN\n"
        "Ex-name:               Nil                  Former flag State:  Nil\n"
        "IMO / LR number:       9722144              Call sign:          BZUA6\n"
        "MMSI number:           412440871            Previous call sign: Nil\n"
        "Official number:       ZJ-4410              Port of registry:   Zhoushan\n"
    )
    found = labelled(page)
    assert {("VESSEL_NAME", "SHENG HANG 21"), ("IMO", "9722144"), ("FLAG", "CN")} <= found
    assert not any(":" in text for _, text in found)


def test_a_table_copied_from_a_web_page_with_a_blank_line_under_its_header() -> None:
    page = (
        "Showing entries 1 to 3 of 12\n"
        "| No. | Vessel name | Flag | IMO No. | Call sign | MMSI | Port | Date |\n\n"
        "| 1 | SHENG HANG 21 | CHN | 9722144 | BZUA6 | 412440871 | Dakar | 24.12.2021 |\n"
        "| 2 | PESCA AZUL | ESP | not assigned | EA4412 | 224108190 | Dakar | 03.05.2023 |\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "SHENG HANG 21"),
        ("IMO", "9722144"),
        ("IRCS", "BZUA6"),
        ("IRCS", "EA4412"),
        ("FLAG", "ESP"),
    } <= found


def test_a_typewritten_card_read_through_ocr() -> None:
    page = (
        "REGISTER OF FISHING VESSELS                    CARD No. 5120\n"
        "NAME 0F VESSEL        PESCA AZUL\n"
        "OFF_ICIAL No,         VI-5-1187\n"
        "ASTIL,LERO            Astilleros Armon, Vigo\n"
        "A'RM|AD~OR            ARMADORA AZUL SL\n"
        "                       Calle Mayor 12, Vigo, Spain\n"
        "DATE OF REGISTRY      06.04.1998\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "PESCA AZUL"),
        # Pieces of a key that a speck split apart are joined again ("OFF_ICIAL", "A'RM|AD~OR").
        ("NATIONAL_REG_NO", "VI-5-1187"),
        ("ASSOC_NAME", "ARMADORA AZUL SL"),
        # A date key is a date, however close "Date of registry" comes to "State of registry".
        ("START_DATE", "06.04.1998"),
    } <= found
    assert not any("\n" in text for _, text in found)  # a name and its address over two lines


def test_a_flag_named_in_the_particulars_after_a_vessels_name() -> None:
    found = labelled(
        'Pacific Chandlers Pte Ltd v. The Owners of the vessel "SHENG HANG 21" (IMO 9722144; '
        "flag China). Caveat against release.\n"
        "el buque «PESCA AZUL» (pabellón España)\n"
        "| Former name(s): NIL   Previous flag Panama\n"
    )
    assert {("FLAG", "China"), ("FLAG", "España"), ("FLAG_CHANGE", "Panama")} <= found
    assert ("FLAG", "Panama") not in found


def test_a_log_under_an_owners_line_is_no_address() -> None:
    page = (
        "Catching vessel: SHENG HANG 21   Supplier / owner: ZHOUSHAN FISHERY CO\n"
        "  2022-06-03  22-0443    Swordfish       47    33.858   -17,6   CC-TW-2022-31298\n"
        "  2022-06-03  22-0444    Albacore        47    40.789   -20,1   CC-TW-2022-48972\n"
    )
    found = labelled(page)
    assert ("ASSOC_NAME", "ZHOUSHAN FISHERY CO") in found
    assert not any(label == "ADDRESS" for label, _ in found)
