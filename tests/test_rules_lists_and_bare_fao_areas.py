"""Round 10 (docs/preannotation.md): an FAO area written as "FAO 41" without the noun, and call
signs standing apart in rows that no table reader reads, vouched for by a header that names
call signs even where that header was read (and blanked) as a table of its own."""

from __future__ import annotations

from tests.rule_pages import labelled


def test_an_fao_area_without_the_noun() -> None:
    page = (
        "Area of interest: Blue Hole, high seas off Argentina (FAO 41)\n"
        "Sensor: PlanetScope optical, 3 m\n"
        "Fishing in FAO 51 and 57 was reported; FAO 42 is no area.\n"
    )
    found = labelled(page)
    assert {("FAO_AREA_CODE", "41"), ("FAO_AREA_CODE", "51"), ("FAO_AREA_CODE", "57")} <= found
    assert ("FAO_AREA_CODE", "42") not in found


def test_call_signs_of_two_line_records_under_a_header_that_names_them() -> None:
    page = (
        "No.  Vessel name                 Call sign   Type of operation         Area\n"
        "     Registration no.  /  Fishing licence no.  /  Home port\n"
        "----------------------------------------------------------------------------\n\n"
        "Enterprise 1: SHANDONG HIGHRICH FISHERY\n"
        "  1  LURONGYUANYU313              BZZU9       Drifting longlines        FAO 51\n"
        "     (MIN) CHUAN DENG (JI) (2019) HY-219641  /  (LU) YUAN YU (2024) 2552  /  Shidao\n"
        "  2  LU RONG YUAN YU 303          BZZU6       Drifting longlines        FAO 87\n"
        "     (ZHE ZHOU) CHUAN DENG (JI) (2019) HY-173087  /  SP41866  /  Shidao\n"
        "   Subtotal: 2 vessels\n"
    )
    found = labelled(page)
    assert {("IRCS", "BZZU9"), ("IRCS", "BZZU6")} <= found
    assert ("IRCS", "SP41866") not in found  # two letters and five digits: a record number


def test_a_table_in_a_quoted_reply_and_a_call_sign_after_c_s() -> None:
    page = (
        "> On 14 March 2025 the Licensing Unit wrote:\n"
        "> > Vessel                  Call sign  IMO        Licence No.     Expires\n"
        "> > KAIGATAMARU NO.88       JQRB       9109275    FL/2021/5465    06/03/2025\n"
        "> > YU SHENG FUN            TBA        -          FL/2021/5269    06/01/2025\n"
        "> > NIKKO MARU NO51         JFJX       9162576    FL/2025/1667    06/03/2025\n\n"
        "Means of transport:\n"
        "     SOUTHAMPTON STAR / IMO 9206059 / C/S C6DT3 / Bahamas\n"
        "25/10/2023, 14:50 - +63 112 7817 4837: CS BZSE4, mmsi 412301256 / no IMO number\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "KAIGATAMARU NO.88"),
        ("IRCS", "JQRB"),
        ("IMO", "9109275"),
        ("IRCS", "JFJX"),
        ("IRCS", "C6DT3"),
        ("IMO", "9206059"),
        ("IRCS", "BZSE4"),
        ("MMSI", "412301256"),
    } <= found
    assert ("IRCS", "TBA") not in found


def test_identifiers_written_one_character_a_box() -> None:
    page = (
        "APPLICATION FOR A HIGH SEAS FISHING LICENCE\n"
        " 5. IMO number                      | 9 | 9 | 9 | 2 | 2 | 1 | 8 |\n"
        " 6. Radio call sign                 | B | Z | Z | J | 9 |\n"
        " 7. MMSI                            | 4 | 1 | 2 | 4 | 4 | 0 | 6 | 5 | 4 |\n"
        " 9. Licence number                  | 4 | 1 | 2 | 4 | 4 | 0 | 6 | 5 | 4 |\n"
        " 8. Port of registry                Zhoushan\n"
    )
    found = labelled(page)
    assert {
        ("IMO", "9 | 9 | 9 | 2 | 2 | 1 | 8"),
        ("IRCS", "B | Z | Z | J | 9"),
        ("MMSI", "4 | 1 | 2 | 4 | 4 | 0 | 6 | 5 | 4"),
        ("HOME_PORT", "Zhoushan"),
    } <= found
    assert len([label for label, _ in found if label == "MMSI"]) == 1  # not the licence's


def test_rows_of_an_identity_table_whose_period_has_ended() -> None:
    page = (
        "1. IDENTITY OVER TIME\n\n"
        "Period       Name                   Flag              Call sign MMSI       IMO\n"
        "--------------------------------------------------------------------------------\n"
        "2012-2014    PUYUAN 868             Belize            V3SP      312649443  -\n"
        "2015-present PUYUAN 868             China             BZZU9     412420807  -\n\n"
        "Name of ship                    Date of effect\n"
        "NO81GENEIMARU                   since 20 Aug 2021\n"
        "AMAZON BIRD                     until 20 Aug 2021\n\n"
        "The licence is valid from 07/05/2023 until 05/05/2028. The MMSI 412420807 is current.\n"
    )
    found = labelled(page)
    assert {
        ("FLAG_CHANGE", "Belize"),
        ("ID_CHANGE", "V3SP"),
        ("ID_CHANGE", "312649443"),
        ("FLAG", "China"),
        ("IRCS", "BZZU9"),
        ("MMSI", "412420807"),
    } <= found
    assert ("MMSI", "312649443") not in found and ("ID_CHANGE", "412420807") not in found
