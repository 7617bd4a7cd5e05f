"""Round 11 (docs/preannotation.md): ship stations in radio logs and SAR messages (a call sign
or MMSI in brackets after a name, 'NAME / CALL SIGN / MMSI'), coast stations' identities that
are no ship's, a territory's MMSI agreeing with its State's call-sign series, a key that names
two fields, and 'was ... until 2022' sentences."""

from __future__ import annotations

from tests.rule_pages import labelled


def test_ship_stations_of_a_radio_log() -> None:
    page = (
        "GMDSS RADIO LOG - page 3\n"
        "Time  Ch/Fq  Station / remarks\n"
        "0412  VHF 16     BJ4805 SHEN LONG YU NO.31 (416002527): Routine DSC call, ch 72\n"
        "0530  DSC 70     n/k KIYOMARU NO3 (431700310): Position report, all well\n"
        "0655  VHF 72     ZHOUYU968 / BZZG8 / MMSI 412549577: Requested weather, passed\n"
        "0710  DSC 70     CAPE TOWN RADIO  ZSC   MMSI 006010001: NAVTEX test received\n"
    )
    found = labelled(page)
    assert {
        ("IRCS", "BJ4805"),  # China's B series, and 416 is listed under China (Taiwan)
        ("VESSEL_NAME", "SHEN LONG YU NO.31"),
        ("MMSI", "416002527"),
        ("VESSEL_NAME", "KIYOMARU NO3"),
        ("MMSI", "431700310"),
        ("VESSEL_NAME", "ZHOUYU968"),
        ("IRCS", "BZZG8"),
        ("MMSI", "412549577"),
    } <= found
    assert not any(text == "006010001" for _, text in found)  # a coast station's identity


def test_call_signs_first_in_brackets_after_a_name() -> None:
    page = (
        "2. 251201Z SEP 23 MV PACIFIC TRADER (HOLIX, MMSI 356820677, PANAMA) DIVERTED.\n"
        "3. 170819Z FEB 24 MV GOLDEN BAY (C6MV4U, MMSI 308663125, BHS) ON SCENE.\n"
        "4. 170955Z FEB 24 MV NORTHERN LIGHT (KEEP, MMSI 412440247) ON SCENE.\n"
    )
    found = labelled(page)
    assert {
        ("IRCS", "HOLIX"),  # letters alone, vouched for by Panama's MID 356
        ("MMSI", "356820677"),
        ("IRCS", "C6MV4U"),
        ("MMSI", "308663125"),
    } <= found
    assert ("IRCS", "KEEP") not in found  # a word in the USA's series, and a Chinese MMSI


def test_a_key_that_names_two_fields_and_a_placeholder_for_both() -> None:
    ship = "Vessel:   SEA STAR\nCall sign / MMSI:           YJSA4 / 576682000\nFlag:  Vanuatu\n"
    assert {("IRCS", "YJSA4"), ("MMSI", "576682000")} <= labelled(ship)
    card = "| Vessel: SEA STAR   Registration/IMO No.: N/A   Call sign: BZ2VR   GT: 1148 |\n"
    assert not any(label == "NATIONAL_REG_NO" for label, _ in labelled(card))


def test_what_a_vessel_was_until_a_year() -> None:
    page = (
        "@fisheries_watch: That's the ZHOU YU 965 off Peru again.\n"
        "    Same hull was SILVER PEARL until 2022, flagged to Vanuatu, call sign YJXWE.\n"
    )
    found = labelled(page)
    assert {("FLAG_CHANGE", "Vanuatu"), ("ID_CHANGE", "YJXWE")} <= found
    assert ("IRCS", "YJXWE") not in found
