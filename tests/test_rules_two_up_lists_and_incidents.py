"""Round 13 (docs/preannotation.md), tuned on set S: a list printed two vessels a row under a
header whose 'From  To' the rows run together, a wrapped 'IMO ...' line under the vessel's
name, a name with its numbers in brackets, a flag in brackets after a vessel's name, and a
mainframe register's compact dates and zeros for no number; round 14 (tuned on T): an
identity-over-time table of dated rows, a web form's input boxes, a register book's records
under stacked headers."""

from __future__ import annotations

from tests.rule_pages import labelled


def test_a_list_printed_two_vessels_a_row() -> None:
    page = (
        "RECORD OF VESSELS AUTHORISED TO FISH FOR PACIFIC SAURY\n\n"
        "No  Vessel name          Flag    IRCS     ID          From       To            "
        "No  Vessel name          Flag    IRCS     ID          From       To\n" + "-" * 150 + "\n"
        "1   XINHAI1202           CHN     BZV3S    NP-8234     01/01/2022 31/12/2022    "
        "2   HAIDELI709           CHN     BZSE     NP-2792     01/01/2022 31/12/2022\n"
        "3   ANDROMEDA LEADER     JPN     7KMB     NP-8684     01/01/2022 31/12/2022    "
        "4   EISEI MARU NO.31     Japan   JJCP     NP-8409     23/01/2022 31/12/2022\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "XINHAI1202"),
        ("VESSEL_NAME", "HAIDELI709"),
        ("VESSEL_NAME", "ANDROMEDA LEADER"),
        ("VESSEL_NAME", "EISEI MARU NO.31"),
        ("IRCS", "7KMB"),
        ("FLAG", "Japan"),
        ("START_DATE", "23/01/2022"),
        ("END_DATE", "31/12/2022"),
    } <= found


def test_an_imo_number_wrapped_under_the_vessels_name() -> None:
    page = (
        "Trip      Observer            Vessel                  IRCS     Flag Port   ETD\n"
        + "-" * 80
        + "\n"
        " 1. T8955 Jun Chen            FU YUAN YU YUN 65       BVKI8    CHN  MUPLU  18/07/2024\n"
        " 2. P9137 Tomas Park          GOEI MARU NO.88         7KSE     JPN  MUPLU  04/06/2024\n"
        "                                  IMO 1106576\n"
        " 3. P6573 Kenji Chen          LONG TENG               BZZQ6    CHN  MUPLU  24/06/2024\n"
    )
    found = labelled(page)
    assert {("VESSEL_NAME", "GOEI MARU NO.88"), ("IMO", "1106576"), ("IRCS", "7KSE")} <= found
    assert not any(label == "VESSEL_NAME" and "IMO" in text for label, text in found)


def test_names_with_their_numbers_and_flags_in_brackets() -> None:
    page = (
        "Date | Navire | Pavillon | Lieu | Description\n"
        "4 mars 2015 | HU YU 908 (IMO 9123457, MMSI 412694480) | Chine | Las Palmas | "
        "A signalé un homme à la mer.\n"
        "5 mai 2016 | JING YUAN 628 | Chine | Walvis Bay | S'est échoué.\n\n"
        "* 29 mai 2014 \u2013 Le palangrier DA WEN (VUT) (MMSI 576737000): Arraisonné.\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "HU YU 908"),
        ("IMO", "9123457"),
        ("MMSI", "412694480"),
        ("FLAG", "VUT"),
        ("MMSI", "576737000"),
    } <= found
    port = labelled("Port of registry:          DALIAN (China)\n")
    assert ("FLAG", "China") not in port  # a port's country, not a vessel's flag


def test_a_mainframe_registers_dates_and_placeholders() -> None:
    page = (
        "OFF.NO   NAME OF VESSEL         CALL SGN IMO NO.  MMSI           GT LOA(M)   YR\n"
        "0092881  FU YUAN YU 661         BVJI8    0000000  412440483    1126  59.27 2014\n"
        "   +OWN : XIAMEN YONGXUN OCEANIC                  REG 06OCT2017\n"
        "   +ADR : 191 ZHONGSHAN 3RD ROAD, FUZHOU          EXP 05OCT2018\n"
    )
    found = labelled(page)
    assert {("START_DATE", "06OCT2017"), ("END_DATE", "05OCT2018")} <= found
    assert not any(text == "0000000" for _, text in found)  # a check digit that holds on zeros


def test_an_identity_over_time_table_of_dated_rows() -> None:
    page = (
        "Identity of the vessel over time (IMO number unchanged: 9930997)\n"
        "Date        Name                  Flag            Call sign MMSI\n"
        "2013        SANTA ROSA 28         Cameroon        TJR645    613946100\n"
        "2020        DAE WANG 51           Kiribati        T3T266    529004085\n"
        "2023-08-01  FU YUAN YU 7008       China           BZU2D     412549507\n"
    )
    found = labelled(page)
    assert {
        ("NAME_CHANGE", "SANTA ROSA 28"),
        ("FLAG_CHANGE", "Cameroon"),
        ("ID_CHANGE", "TJR645"),
        ("ID_CHANGE", "529004085"),
        ("VESSEL_NAME", "FU YUAN YU 7008"),
        ("FLAG", "China"),
        ("IRCS", "BZU2D"),
    } <= found
    log = page.replace("Identity of the vessel over time", "Record history").replace(
        "Cameroon    ", "Togo -> Fiji"
    )
    assert ("FLAG_CHANGE", "Fiji") not in labelled(log)  # a log of changes: rows of their own


def test_a_web_form_printed_with_its_input_boxes() -> None:
    page = (
        "Vessel name *                   [ MAN I FENG NO.22                     ]\n"
        "IMO number                      [                                      ]\n"
        "MMSI                            [ 416000205                            ]\n"
        "Flag State *                    [ Chinese Taipei                      \u25be]\n"
        "Fishing gear on board           [ X ] Longline   [ ] Purse seine\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "MAN I FENG NO.22"),
        ("MMSI", "416000205"),
        ("FLAG", "Chinese Taipei"),
    } <= found


def test_a_register_book_printed_a_record_a_block_under_stacked_headers() -> None:
    page = (
        "LR/IMO   Ship's name / ex-names     Flag / Port / Call   Registered owner\n"
        + "-" * 80
        + "\n"
        "9933729  FU YUAN YU 8637            China                FUZHOU HONGLONG FISHING\n"
        "         ex SEA GLORY 69-22         Fuzhou\n"
        "         MMSI 412549365             BZ3VR\n"
        "\n"
        "8724339  HAI XING                   China                SHANDONG BLUE OCEAN CO\n"
        "         MMSI 412420377             BZ9UV\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "FU YUAN YU 8637"),
        ("NAME_CHANGE", "SEA GLORY 69"),
        ("HOME_PORT", "Fuzhou"),
        ("IRCS", "BZ3VR"),
        ("MMSI", "412549365"),
        ("IRCS", "BZ9UV"),  # the record gives no ex-name line: its call sign moves up
    } <= found
    assert ("HOME_PORT", "BZ9UV") not in found


def test_a_combined_header_over_one_line_rows_keeps_both_values() -> None:
    page = (
        "No  Vessel name     Call sign / MMSI         Flag\n"
        "1   SEA STAR        BZU3F / 412440246        CHN\n"
        "    ex SEA KING     BZU9X / 412440249        TGO\n"
        "2   OCEAN ONE       BZU4F / 412440247        CHN\n"
    )
    found = labelled(page)
    assert {("IRCS", "BZU3F"), ("MMSI", "412440246"), ("MMSI", "412440247")} <= found
