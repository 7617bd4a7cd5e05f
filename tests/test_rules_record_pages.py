"""Round 7 (docs/preannotation.md): a vessel's record as a web page or a register extract
prints it: keys and values two spaces apart without colons, two pairs side by side, a history
table whose cells hold a change as `previous -> new`, a province key."""

from __future__ import annotations

import pytest

from oceanid_dev.demo.vessels import Vessel
from tests.rule_pages import checked_fleet, labelled


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    return checked_fleet()


def test_keys_and_values_two_spaces_apart(fleet: list[Vessel]) -> None:
    v = fleet[0]
    page = (
        "Vessel details\n"
        f"Vessel name  {v.name}\n"
        "Flag  Panama\n"
        f"Call sign  {v.ircs}\n"
        f"MMSI  {v.mmsi}\n"
        "Registration number  CT7-35314\n"
        "Port of registry  Balboa\n"
        "Province  Chiriqui\n"
    )
    assert {
        ("VESSEL_NAME", v.name),
        ("FLAG", "Panama"),
        ("IRCS", v.ircs),
        ("MMSI", v.mmsi),
        ("NATIONAL_REG_NO", "CT7-35314"),
        ("HOME_PORT", "Balboa"),
        ("STATE", "Chiriqui"),
    } <= labelled(page)


def test_two_records_side_by_side_without_colons(fleet: list[Vessel]) -> None:
    v = fleet[1]
    page = (
        f"Vessel name  {v.name:<24}Length overall  44.80 m\n"
        f"Call sign  {v.ircs:<26}Authorisation  Transhipment at sea\n"
        "Registration number  CT6-61619         Authorised from  2019-03-13\n"
        f"MMSI  {v.mmsi:<31}Authorised to  2020-03-12\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", v.name),
        ("IRCS", v.ircs),
        ("MMSI", v.mmsi),
        ("NATIONAL_REG_NO", "CT6-61619"),
        ("AUTH_TYPE", "Transhipment at sea"),
        ("START_DATE", "2019-03-13"),
        ("END_DATE", "2020-03-12"),
    } <= found
    # No value runs on into the next key.
    assert not any("  " in text for _, text in found)


def test_colon_pairs_two_spaces_apart_end_at_the_next_key() -> None:
    page = (
        "Registration number: (ZJ)CHUANDENG(JI)(2019)FT-090387  Authorisation: Fishing\n"
        "Port of registry: Zhoushan  Province: Zhejiang\n"
    )
    assert {
        ("NATIONAL_REG_NO", "(ZJ)CHUANDENG(JI)(2019)FT-090387"),
        ("AUTH_TYPE", "Fishing"),
        ("HOME_PORT", "Zhoushan"),
        ("STATE", "Zhejiang"),
    } <= labelled(page)


def test_history_cells_hold_the_previous_and_the_new_value(fleet: list[Vessel]) -> None:
    a, b = fleet[2], fleet[3]
    page = (
        "Vessel history\n"
        "Date        Event               Name / Flag / Call sign\n"
        f"2014-10-20  Name change         OCEAN STAR 7 -> {a.name}\n"
        "2014-10-20  Flag change         Sierra Leone -> Panama\n"
        f"2014-10-20  Call sign change    {b.ircs} -> {a.ircs}\n"
        f"2014-10-20  MMSI change         {b.mmsi} \u2192 {a.mmsi}\n"
        "2024-06-28  Record updated      (no change of identity)\n"
    )
    found = labelled(page)
    assert {
        ("NAME_CHANGE", "OCEAN STAR 7"),
        ("VESSEL_NAME", a.name),
        ("FLAG_CHANGE", "Sierra Leone"),
        ("FLAG", "Panama"),
        ("ID_CHANGE", b.ircs),
        ("IRCS", a.ircs),
        ("ID_CHANGE", b.mmsi),
        ("MMSI", a.mmsi),
    } <= found
    assert not any("->" in text or "\u2192" in text or "identity" in text for _, text in found)


def test_a_table_row_is_not_read_as_keys_beside_values() -> None:
    page = (
        "No.  Family name, given names    Rank or rating      Nationality\n"
        "5    Juan Nguyen                 Fishing master      KOREAN\n"
        "6    Kim Lee                     Master              PERUVIAN\n"
    )
    assert not any(label == "ASSOC_NAME" for label, _ in labelled(page))


def test_a_former_name_in_brackets_under_the_name_is_a_name_change() -> None:
    page = (
        "| No. | Vessel name | Flag |\n"
        "|-----|-------------|------|\n"
        "| 1 | NICHIEI MARU NO51 (ex EIHO MARU NO. 18) | Japan |\n"
        "| 2 | JIN SING SHYANG NO11 (formerly DA WEI NO. 3) | Chinese Taipei |\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "NICHIEI MARU NO51"),
        ("NAME_CHANGE", "EIHO MARU NO. 18"),
        ("VESSEL_NAME", "JIN SING SHYANG NO11"),
        ("NAME_CHANGE", "DA WEI NO. 3"),
    } <= found


def test_call_signs_standing_apart_in_a_scanned_register(fleet: list[Vessel]) -> None:
    """No column lines up and OCR scattered separators, but the page names call signs and
    each token stands as a run of its own in its State's ITU series."""
    mixed = [v for v in fleet if any(c.isdigit() for c in v.ircs or "")][:2]
    assert len(mixed) == 2
    a, b = mixed
    page = (
        "REG1STER OF FISHING VE5SELS      Book 3\n"
        "No     ' Name of Vessel     ' Ca1l Sign     ' Tonnage     ' Built     ' Owner\n"
        f"  1   _ {a.name}    {a.ircs} \n"
        "    1615 tons      ; 2003     Southern Ocean Harvest Pty Ltd\n"
        f"  2 | {b.name}  ~ {b.ircs} | \n"
        "     7944 tons  _ 2002     ~ Factorias Vulcano, Vigo Spain\n"
    )
    assert {("IRCS", a.ircs), ("IRCS", b.ircs)} <= labelled(page)


def test_the_same_tokens_without_a_call_sign_keyword_are_not_call_signs(
    fleet: list[Vessel],
) -> None:
    a = next(v for v in fleet if any(c.isdigit() for c in v.ircs or ""))
    page = f"No     Name of Vessel     Tonnage\n  1   _ {a.name}    {a.ircs} \n"
    assert ("IRCS", a.ircs) not in labelled(page)


def test_an_owner_named_in_a_sentence_with_its_seat_and_company_number() -> None:
    page = (
        "3. The vessel is registered as owned by ZHEJIANG JURONG OCEAN FISHERY of No. 56 "
        "Chenggong 2nd Rd., Kaohsiung, Chinese Taipei (reg. 53907214) and operated by "
        "Kaisei Suisan Co., Ltd. The Court finds the charges proved.\n"
        "4. Le navire est la propriété de Southern Ocean Harvest Pty Ltd, domiciliée 12 "
        "Franklin Wharf, Hobart, Tasmania, Australie (reg. ACN 104 331 872).\n"
        "5. The vessel's master, Nguyen Van Hai, pleaded guilty.\n"
    )
    assert {
        ("ASSOC_NAME", "ZHEJIANG JURONG OCEAN FISHERY"),
        ("ADDRESS", "No. 56 Chenggong 2nd Rd."),
        ("CITY", "Kaohsiung"),
        ("COUNTRY_CODE", "Chinese Taipei"),
        ("REG_NO", "53907214"),
        ("ASSOC_NAME", "Kaisei Suisan Co., Ltd."),
        ("ASSOC_NAME", "Southern Ocean Harvest Pty Ltd"),
        ("ADDRESS", "12 Franklin Wharf"),
        ("CITY", "Hobart"),
        ("STATE", "Tasmania"),
        ("REG_NO", "ACN 104 331 872"),
        ("ASSOC_ROLE", "master"),
        ("ASSOC_NAME", "Nguyen Van Hai"),
    } <= labelled(page)


def test_an_rfmo_vessel_id_key_is_not_a_vessel_name() -> None:
    page = "Vessel details\nICCAT vessel ID  AT000CHN33987\nFlag  China\n"
    found = labelled(page)
    assert ("RFMO_ID", "AT000CHN33987") in found
    assert not any(label == "VESSEL_NAME" for label, _ in found)
