"""Rounds 16 and 17 (docs/preannotation.md), tuned on sets W and X, then Y and Z, after their
first scores: unified diffs of registry exports and records, a header underlined by a rule
whatever its words ("T1  T2"), columns inferred without a header (call signs of letters only
among others, record numbers that are no names, five digits that make no call sign), company
IMO numbers, names before an em dash; an RFMO's circular of discrepancies with the flag State's
data, and identities under a heading that calls them earlier."""

from __future__ import annotations

from oceanid_assets.preannotate.rules import extract_document
from oceanid_assets.preannotate.validators import validate
from tests.rule_pages import labelled


def test_a_unified_diff_of_a_registry_export() -> None:
    page = (
        "--- rav_export_2024-02-16.csv\t2024-02-16 07:46:41 +0000\n"
        "+++ rav_export_2024-05-18.csv\t2024-05-18 07:29:40 +0000\n"
        "@@ -76,5 +77,5 @@\n"
        " FV00853,WANXIN32,CHN,BZV6U,8782599,412420968,2023-12-29,2026-12-27\n"
        "-FV03879,HUA SHENG NO.636,SLB,H4H4,8682098,557482734,2022-08-13,2023-08-12\n"
        "+FV03879,HUA SHENG NO.636,CHN,BZ5VH,8682098,412549367,2023-08-13,2026-08-11\n"
        "-FV04427,ZHOU YU 960,CHN,BZSD,1033212,412549573,2023-11-12,2024-11-10\n"
        "+FV04316,YONG FA NO.5,CHN,BZV5Y,9789221,412439617,2023-10-05,2024-10-03\n"
        " FV00651,NIKKOMARU NO111,JPN,7JUT,9775189,431255000,2024-01-10,2026-01-08\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "WANXIN32"),
        ("IRCS", "BZV6U"),
        # A changed record: what the removed line gave and the added one no longer holds.
        ("FLAG_CHANGE", "SLB"),
        ("ID_CHANGE", "H4H4"),
        ("ID_CHANGE", "557482734"),
        ("IRCS", "BZ5VH"),
        ("MMSI", "412549367"),
        # A record dropped and another listed in its place: nothing of it is former.
        ("IRCS", "BZSD"),
        ("MMSI", "412549573"),
        ("IRCS", "BZV5Y"),
    } <= found
    assert ("VESSEL_NAME", "HUA SHENG NO.636") in found  # the same on both lines
    assert not any(text.startswith("FV0") for label, text in found if label != "RFMO_ID")


def test_a_header_underlined_by_a_rule_is_a_header_whatever_its_words() -> None:
    page = (
        "Tax-exempt fuel allocation - quarterly quotas in litres\n\n"
        "No  Vessel                Immat.          Call sign     T1        T2        T3\n"
        + "-"
        * 80
        + "\n"
        "1   FUYUANYU8289          MIN-2020-65208  BZW9Z         43 000    40 200    25 900\n"
        "2   ZHOU YU 907           ZHE-2000-16435  BZW2E         41 500    50 800    45 400\n"
        "3   JU LONG JIA YA 4      ZHE-2013-38796  BZYS5         33 400    38 500    55 300\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "ZHOU YU 907"),
        ("NATIONAL_REG_NO", "ZHE-2000-16435"),  # "Immat." for "Immatriculation"
        ("IRCS", "BZYS5"),
    } <= found


def test_a_column_of_call_signs_some_of_letters_only() -> None:
    page = (
        "IOTC014589,FUYUANYU 8644,CHN,BZ3VX,9934565,412549373\n"
        "IOTC008227,PETR 1,RUS,UBGP8,8907113,273387270\n"
        "IOTC005000,SHOEIMARU NO.1,JPN,JFGJ,9304564,432448000\n"
        "IOTC002910,ZHOUYU938,CHN,BZVF8,1046532,412549601\n"
        "IOTC005001,KAIEN MARU NO.73,JPN,JGCU,9201213,431700270\n"
    )
    found = labelled(page)
    assert {("IRCS", "JFGJ"), ("IRCS", "JGCU"), ("IRCS", "BZ3VX")} <= found


def test_five_digits_in_a_row_make_no_call_sign() -> None:
    assert validate("IRCS", "FV00853") is not None  # a record's number in the F series
    assert validate("IRCS", "BJ4482") is None  # four digits: a ship's call sign


def test_an_imo_number_a_key_gives_the_company_is_the_companys() -> None:
    page = (
        "Nombre del buque: ZHOU YU 960\n"
        "Número IMO: 1033212\n"
        "Número o letras distintivos: BZSD\n"
        "Compañía: CNFC ZHOUSHAN OVERSEAS   Número IMO de la compañía: 6196781\n"
    )
    found = labelled(page)
    assert {("IMO", "1033212"), ("IRCS", "BZSD"), ("REG_NO", "6196781")} <= found
    assert ("IMO", "6196781") not in found


def test_a_name_before_an_em_dash_and_its_identifiers() -> None:
    page = (
        "HONGDONG FISHERY CO LTD\n"
        "  Buques:\n"
        "   • FU YUAN YU 8730 \u2014 buque pesquero, distintivo BZW8N, 1653 GT\n"
        "   • FUYUANYU8731 \u2014 buque pesquero, distintivo BZW9N, IMO 9930557\n"
    )
    found = labelled(page)
    assert {("VESSEL_NAME", "FU YUAN YU 8730"), ("VESSEL_NAME", "FUYUANYU8731")} <= found


def test_an_rfmo_circular_of_discrepancies_with_the_flag_states_data() -> None:
    page = (
        "| No. | Vessel ID | Vessel name | Field | IOTC Record | Flag State data |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | IOTC000881 | FUYUANYU8673 | Flag | Panama | China |\n"
        "| 4 | IOTC016129 | SHENLIANCHENG781 | Call sign | BHD9O | BZXV2 |\n"
        "| 5 | IOTC011737 | ZHOU YU 903 | MMSI | 412117942 | 412420978 |\n"
    )
    found = labelled(page)
    assert {
        ("FLAG_CHANGE", "Panama"),
        ("FLAG", "China"),
        ("ID_CHANGE", "BHD9O"),
        ("IRCS", "BZXV2"),
        ("MMSI", "412420978"),
    } <= found


def test_identities_under_a_heading_that_calls_them_earlier_are_former() -> None:
    page = (
        "Call sign allocated:   BZXV2\n"
        "MMSI allocated:        412420978\n\n"
        "Earlier allocations to this vessel:\n"
        "Identity                Value         From          To\n"
        "Call sign               BVAI2         2012-04-27    2021-04-27\n"
        "MMSI                    414326641     2012-04-27    2021-04-27\n\n"
        "The identities above are withdrawn.\n"
    )
    found = labelled(page)
    assert {
        ("IRCS", "BZXV2"),
        ("MMSI", "412420978"),
        ("ID_CHANGE", "BVAI2"),
        ("ID_CHANGE", "414326641"),
    } <= found
    assert ("IRCS", "BVAI2") not in found


def test_an_owners_name_repeated_on_a_later_page() -> None:
    pages = [
        "Registered owner: GOLDEN BAY OCEAN HOLDINGS LTD\nVessel name: ZHOU YU 903\n",
        "Notice 2/2 - GOLDEN BAY OCEAN HOLDINGS LTD\n\nAmount due: 1 377,26 EUR\n",
    ]
    second = extract_document(pages)[1]
    assert [(s.label, s.text) for s in second] == [("ASSOC_NAME", "GOLDEN BAY OCEAN HOLDINGS LTD")]


def test_a_correction_tickets_table_in_jira_markup() -> None:
    page = (
        "Please update:\n\n"
        "|| Field || Current value in DB || Correct value || Source ||\n"
        "| Call sign | 3MB7G | BJ4572 | IHS extract |\n"
        "| MMSI | 416244587 | 416000236 | certificate of registry |\n"
    )
    found = labelled(page)
    assert {
        ("ID_CHANGE", "3MB7G"),
        ("IRCS", "BJ4572"),
        ("ID_CHANGE", "416244587"),
        ("MMSI", "416000236"),
    } <= found


def test_a_name_with_its_number_is_no_record_code() -> None:
    page = (
        " 193   IOTC029780        XINHAI1201     CHN     8786777    BZV2S      412420954\n"
        " 194   IOTC058768        XINHAI1202     CHN     8786789    BZV3S      412420956\n"
        " 195   IOTC048247        XINHAI1205     CHN                BZV3Z      412421009\n"
    )
    found = labelled(page)
    assert {("VESSEL_NAME", "XINHAI1201"), ("VESSEL_NAME", "XINHAI1205")} <= found
    assert not any(label == "VESSEL_NAME" and text.startswith("IOTC") for label, text in found)
