"""Tables in page text, in each form: cells with exact offsets, headers, blanks, rejections."""

from __future__ import annotations

import random
from html import unescape
from itertools import pairwise

import pytest

from oceanid_assets.preannotate.rules.table_forms import (
    Cell,
    TableBlock,
    find_table_blocks,
)

TITLE = "ANNEX 2\nTable 1. Vessels authorised to fish in the Convention Area\n\n"
PROSE = (
    "\n\nThe vessels listed above are authorised by their flag State. The Secretariat shall\n"
    "publish any change to the record within 15 days of its notification.\n"
)


def grid(text: str, block: TableBlock) -> list[list[str | None]]:
    return [[c.of(text) if c else None for c in row] for row in block.rows]


def heads(block: TableBlock) -> list[str]:
    assert block.header is not None
    return [h.text for h in block.header]


def line_span(text: str, needle: str) -> tuple[int, int]:
    """(first, last + 1) non-blank offsets of the line holding needle."""
    at = text.index(needle)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end]
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def check(text: str, block: TableBlock) -> None:
    """What holds for every block: exact, trimmed offsets; equal row lengths; cells and header
    inside the covered ranges; covered sorted and disjoint."""
    width = len(block.header) if block.header is not None else len(block.rows[0])
    cells: list[Cell] = []
    for row in block.rows:
        assert len(row) == width
        for c in row:
            if c is not None:
                cells += [c, *c.more]
    for h in block.header or ():
        cells += h.pieces
        if h.pieces:
            assert h.text.startswith(" ".join(unescape(h.pieces[0].of(text)).split()))
    for c in cells:
        s = c.of(text)
        assert s and s == s.strip() and not c.empty
        assert any(a <= c.start and c.end <= b for a, b in block.covered)
    spans = list(block.covered)
    assert spans == sorted(spans)
    assert all(b <= a2 for (_, b), (a2, _) in pairwise(spans))


def only(text: str) -> TableBlock:
    blocks = find_table_blocks(text)
    assert len(blocks) == 1, blocks
    check(text, blocks[0])
    return blocks[0]


# ---- aligned (layout-preserving PDF extraction) ----------------------------------------------

WRAPPED = (
    "No.  Vessel              Lloyd's /   MMSI         Call     Flag        Date of      GT\n"
    "     Name                IMO No.                  Sign                 authorisation\n"
    "1    OCEAN STAR NO. 7    9123456     352123456    V3AB2    Panama      01/02/2023   1,234\n"
    "2    PACIFIC DAWN        9234567     312987654    -        Belize      15/03/2023     456\n"
    "3    SEA DOG             n/a         —            H3XY     PA          n/a             78\n"
    "10   KAIYO MARU NO. 18   9345678     431000123             Japan       30/11/2022  12,005\n"
)


def test_aligned_wrapped_header_placeholders_blank_and_right_aligned_numbers() -> None:
    text = TITLE + WRAPPED + PROSE
    block = only(text)
    assert block.form == "aligned"
    assert heads(block) == [
        "No.",
        "Vessel Name",
        "Lloyd's / IMO No.",
        "MMSI",
        "Call Sign",
        "Flag",
        "Date of authorisation",
        "GT",
    ]
    assert block.header is not None
    assert [p.of(text) for p in block.header[2].pieces] == ["Lloyd's /", "IMO No."]
    assert grid(text, block) == [
        ["1", "OCEAN STAR NO. 7", "9123456", "352123456", "V3AB2", "Panama", "01/02/2023", "1,234"],
        ["2", "PACIFIC DAWN", "9234567", "312987654", "-", "Belize", "15/03/2023", "456"],
        ["3", "SEA DOG", "n/a", "—", "H3XY", "PA", "n/a", "78"],
        ["10", "KAIYO MARU NO. 18", "9345678", "431000123", None, "Japan", "30/11/2022", "12,005"],
    ]
    table_lines = WRAPPED.splitlines()
    assert list(block.covered) == [line_span(text, ln) for ln in table_lines]
    # Neither the title nor the prose is covered.
    for a, b in block.covered:
        assert "Convention" not in text[a:b] and "Secretariat" not in text[a:b]


def test_aligned_three_line_header_and_rule_under_it() -> None:
    table = (
        "Vessel Name        Length    Gross       Port of\n"
        "                   Overall   Tonnage     Registry\n"
        "                   (m)       (GT)\n"
        "-----------------  --------  ----------  ----------\n"
        "OCEAN STAR          45.20       1,234    Busan\n"
        "SEA DOG             12.50          78    Panama City\n"
        "KAIYO MARU          60.00      12,005    Yaizu\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert heads(block) == [
        "Vessel Name",
        "Length Overall (m)",
        "Gross Tonnage (GT)",
        "Port of Registry",
    ]
    assert grid(text, block)[2] == ["KAIYO MARU", "60.00", "12,005", "Yaizu"]
    # The rule line is markup: covered, not a row.
    assert line_span(text, "-----------------") in block.covered
    assert len(block.rows) == 3


def test_aligned_rfmo_ids_without_header() -> None:
    table = (
        "IOTC012345    OCEAN STAR NO. 7     9123456    PAN    2023-01-05    LL\n"
        "IOTC012346    SEA DOG              9234567    BLZ    2023-02-11    PS\n"
        "IOTC012347    KAIYO MARU NO. 18    9345678    JPN    2023-03-30    LL\n"
    )
    text = "Results of the query.\n" + table + "End of list.\n"
    block = only(text)
    assert block.header is None
    assert [r[0] for r in grid(text, block)] == ["IOTC012345", "IOTC012346", "IOTC012347"]
    assert grid(text, block)[2] == [
        "IOTC012347",
        "KAIYO MARU NO. 18",
        "9345678",
        "JPN",
        "2023-03-30",
        "LL",
    ]
    assert all(text[a:b] != "End of list." for a, b in block.covered)


def test_aligned_wrapped_data_cell_is_attached_to_the_cell_above() -> None:
    table = (
        "No.  Vessel Name      Owner                   IMO\n"
        "1    OCEAN STAR       Pacific Fishing Co.     9123456\n"
        "                      Ltd\n"
        "2    SEA DOG          Blue Sea Inc            9234567\n"
        "3    KAIYO MARU       Taiyo A&F               9345678\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert len(block.rows) == 3
    owner = block.rows[0][2]
    assert owner is not None
    assert owner.of(text) == "Pacific Fishing Co."
    assert [m.of(text) for m in owner.more] == ["Ltd"]
    assert line_span(text, "  Ltd") in block.covered
    assert all(c is None or not c.more for row in block.rows[1:] for c in row)


def test_aligned_long_cell_overflowing_a_right_aligned_column() -> None:
    # "PACIFIC DAWN NO. 77" reaches under the GT column: no gutter is free in every line.
    table = (
        "Vessel Name              GT    Flag\n"
        "OCEAN STAR            1,234    PAN\n"
        "PACIFIC DAWN NO. 77  12,456    BLZ\n"
        "SEA DOG                 456    JPN\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert heads(block) == ["Vessel Name", "GT", "Flag"]
    assert grid(text, block) == [
        ["OCEAN STAR", "1,234", "PAN"],
        ["PACIFIC DAWN NO. 77", "12,456", "BLZ"],
        ["SEA DOG", "456", "JPN"],
    ]


def test_aligned_double_spaced_rows_are_one_table() -> None:
    table = (
        "Vessel Name     IMO        Flag\n\n"
        "OCEAN STAR      9123456    PAN\n\n"
        "SEA DOG         9234567    BLZ\n\n"
        "KAIYO MARU      9345678    JPN\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert heads(block) == ["Vessel Name", "IMO", "Flag"]
    assert [r[1] for r in grid(text, block)] == ["9123456", "9234567", "9345678"]


def test_aligned_title_with_two_runs_is_not_a_row() -> None:
    table = (
        "TABLE 3.  VESSELS AUTHORISED FOR 2024\n"
        "Vessel Name          IMO        Flag     GT\n"
        "OCEAN STAR           9123456    PAN      1234\n"
        "SEA DOG              9234567    BLZ       456\n"
    )
    block = only(table)
    assert heads(block) == ["Vessel Name", "IMO", "Flag", "GT"]
    assert len(block.rows) == 2
    assert line_span(table, "TABLE 3.") not in block.covered


REALISTIC = (
    "\fIOTC Record of Authorised Vessels                                     Page 3 of 12\n"
    "                                                              Generated 2024-05-01\n"
    "\n"
    " IOTC No.      Vessel Name          Flag      IMO No.     IRCS       Gear    LOA (m)    GT\n"
    " IOTC012345    OCEAN STAR NO. 7     Panama    9123456     3EAB7      LL        45.20   1,234\n"
    " IOTC012346    PACIFIC DAWN         Belize    9234567     V3AB2      PS        60.00   2,456\n"
    " IOTC012347    SHIN HUNG NO. 101    Korea,    8812345     DTBX4      LL        52.10     980\n"
    "                                    Rep. of\n"
    " IOTC012348    SEA DOG              Spain     —           EADC       GN        12.50      78\n"
    " IOTC012349    LADY ANNE            Seychelles            S7AB       LL        24.00     160\n"
    "\n"
    " * LOA: length overall. Source: IOTC Secretariat.\n"
)


def test_aligned_page_as_pdftotext_writes_it() -> None:
    # A page header with a page number, a wrapped flag, a flag filling the gutter over a blank
    # IMO cell in the last row, and a footnote.
    text = REALISTIC
    block = only(text)
    assert heads(block) == [
        "IOTC No.",
        "Vessel Name",
        "Flag",
        "IMO No.",
        "IRCS",
        "Gear",
        "LOA (m)",
        "GT",
    ]
    rows = grid(text, block)
    assert len(rows) == 5
    assert rows[4] == ["IOTC012349", "LADY ANNE", "Seychelles", None, "S7AB", "LL", "24.00", "160"]
    flag = block.rows[2][2]
    assert (
        flag is not None
        and flag.of(text) == "Korea,"
        and [m.of(text) for m in flag.more] == ["Rep. of"]
    )
    covered = "\n".join(text[a:b] for a, b in block.covered)
    assert "Page 3" not in covered and "Generated" not in covered and "Source" not in covered


def test_bordered_grid_and_rule_under_header() -> None:
    grid_table = (
        "+------------+---------+------+\n"
        "| Vessel     | IMO     | Flag |\n"
        "+============+=========+======+\n"
        "| OCEAN STAR | 9123456 | PAN  |\n"
        "+------------+---------+------+\n"
        "| SEA DOG    | 9234567 | BLZ  |\n"
        "+------------+---------+------+\n"
    )
    text = TITLE + grid_table + PROSE
    block = only(text)
    assert block.form == "pipes"
    assert heads(block) == ["Vessel", "IMO", "Flag"]
    assert grid(text, block) == [["OCEAN STAR", "9123456", "PAN"], ["SEA DOG", "9234567", "BLZ"]]
    assert len(block.covered) == 7  # the border lines are markup of the table

    ruled = (
        "Vessel Name         IMO       Flag   Length\n"
        "==================  ========  =====  ======\n"
        "OCEAN STAR          9123456   PAN     45.20\n"
        "SEA DOG             9234567   BLZ     12.50\n"
    )
    text = TITLE + ruled + PROSE
    block = only(text)
    assert heads(block) == ["Vessel Name", "IMO", "Flag", "Length"]
    assert grid(text, block)[1] == ["SEA DOG", "9234567", "BLZ", "12.50"]


def test_aligned_inside_borders_stops_at_the_bottom_border() -> None:
    table = (
        "+----------------------------------------+\n"
        "Vessel Name      IMO        Flag\n"
        "OCEAN STAR       9123456    PAN\n"
        "SEA DOG          9234567    BLZ\n"
        "+----------------------------------------+\n"
        "after\n"
    )
    block = only(table)
    assert heads(block) == ["Vessel Name", "IMO", "Flag"]  # under the top border
    assert grid(table, block) == [["OCEAN STAR", "9123456", "PAN"], ["SEA DOG", "9234567", "BLZ"]]
    assert all(c is None or not c.more for row in block.rows for c in row)
    assert len(block.covered) == 5 and line_span(table, "after") not in block.covered


def test_note_under_the_last_row_is_not_a_wrapped_cell() -> None:
    table = (
        "No.  Vessel Name             IMO        Flag\n"
        "1    OCEAN STAR NO. 7        9123456    PAN\n"
        "2    PACIFIC DAWN            9234567    BLZ\n"
        "     Note: provisional\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert all(c is None or not c.more for row in block.rows for c in row)
    assert len(block.rows) == 2
    assert line_span(text, "Note: provisional") not in block.covered


def test_aligned_cell_with_irregular_spacing_inside() -> None:
    # OCR keeps two spaces inside some names: each is joined into its column's cell.
    table = (
        "No.  Vessel Name          IMO        Flag\n"
        "1    OCEAN  STAR          9123456    PAN\n"
        "2    PACIFIC DAWN         9234567    BLZ\n"
        "3    KAIYO  MARU NO. 18   9345678    JPN\n"
    )
    text = TITLE + table + PROSE
    assert [r[1] for r in grid(text, only(text))] == [
        "OCEAN  STAR",
        "PACIFIC DAWN",
        "KAIYO  MARU NO. 18",
    ]


def test_two_tables_on_one_page_in_page_order() -> None:
    md = "| Vessel | IMO |\n|---|---|\n| OCEAN STAR | 9123456 |\n"
    html = (
        "<table><tr><th>Vessel</th><th>MMSI</th></tr>"
        "<tr><td>SEA DOG</td><td>312987654</td></tr></table>"
    )
    text = TITLE + WRAPPED + "\nSee also:\n\n" + md + "\nAnd:\n" + html + PROSE
    blocks = find_table_blocks(text)
    assert [b.form for b in blocks] == ["aligned", "markdown", "html"]
    for b in blocks:
        check(text, b)
    assert grid(text, blocks[2]) == [["SEA DOG", "312987654"]]


# ---- separator forms ------------------------------------------------------------------------


def test_tab_separated_values_with_blank_cell() -> None:
    table = (
        "Vessel Name\tIMO\tMMSI\tCall Sign\tFlag\n"
        "OCEAN STAR NO. 7\t9123456\t352123456\tV3AB2\tPanama\n"
        "SEA DOG\t\t312987654\tH3XY\tBZ\n"
        "KAIYO MARU\t9345678\t431000123\t-\tJapan\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert block.form == "tabs"
    assert heads(block) == ["Vessel Name", "IMO", "MMSI", "Call Sign", "Flag"]
    assert grid(text, block) == [
        ["OCEAN STAR NO. 7", "9123456", "352123456", "V3AB2", "Panama"],
        ["SEA DOG", None, "312987654", "H3XY", "BZ"],
        ["KAIYO MARU", "9345678", "431000123", "-", "Japan"],
    ]


def test_tab_separated_values_with_trailing_empty_cell_dropped() -> None:
    table = (
        "Vessel Name\tIMO\tMMSI\tFlag\n"
        "OCEAN STAR NO. 7\t9123456\t352123456\tPAN\n"
        "SEA DOG\t9234567\t312987654\n"
        "KAIYO MARU\t9345678\t431000123\tJPN\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert block.form == "tabs"
    assert grid(text, block)[1] == ["SEA DOG", "9234567", "312987654", None]


def test_tabs_that_align_columns_are_read_by_position() -> None:
    # Tab counts differ from line to line (tabs pad to 8-column stops): a blank cell is a gap.
    table = (
        "Vessel\t\tIMO\t\tFlag\n"
        "OCEAN STAR\t9123456\t\tPAN\n"
        "SEA DOG\t\t\t\tBLZ\n"
        "KAIYO MARU\t9345678\t\tJPN\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert block.form == "tabs"
    assert heads(block) == ["Vessel", "IMO", "Flag"]
    assert grid(text, block) == [
        ["OCEAN STAR", "9123456", "PAN"],
        ["SEA DOG", None, "BLZ"],
        ["KAIYO MARU", "9345678", "JPN"],
    ]


def test_pipes_without_and_with_outer_pipes_and_a_footer() -> None:
    bare = (
        "Vessel Name | IMO | MMSI | Flag\n"
        "OCEAN STAR | 9123456 | 352123456 | PAN\n"
        "SEA DOG | 9234567 | 312987654 | BLZ\n"
        "Page 2 | IOTC\n"
    )
    text = TITLE + bare + PROSE
    block = only(text)
    assert block.form == "pipes"
    assert heads(block) == ["Vessel Name", "IMO", "MMSI", "Flag"]
    assert grid(text, block) == [
        ["OCEAN STAR", "9123456", "352123456", "PAN"],
        ["SEA DOG", "9234567", "312987654", "BLZ"],
    ]
    assert line_span(text, "Page 2 | IOTC") not in block.covered

    outer = "| OCEAN STAR | 9123456 |  | PAN |\n| SEA DOG | 9234567 | V3AB2 | BLZ |\n"
    text = TITLE + outer + PROSE
    block = only(text)
    assert block.header is None
    assert grid(text, block) == [
        ["OCEAN STAR", "9123456", None, "PAN"],
        ["SEA DOG", "9234567", "V3AB2", "BLZ"],
    ]


def test_markdown_with_alignment_colons_bold_and_blank_cells() -> None:
    table = (
        "| Vessel Name | IMO No. | Call Sign | Flag |\n"
        "|:------------|:-------:|----------:|------|\n"
        "| **OCEAN STAR** | 9123456 | V3AB2 | Panama |\n"
        "| SEA DOG |  | H3XY | n/a |\n"
    )
    text = TITLE + table + PROSE
    block = only(text)
    assert block.form == "markdown"
    assert heads(block) == ["Vessel Name", "IMO No.", "Call Sign", "Flag"]
    assert grid(text, block) == [
        ["OCEAN STAR", "9123456", "V3AB2", "Panama"],
        ["SEA DOG", None, "H3XY", "n/a"],
    ]
    assert line_span(text, "|:---") in block.covered


def test_markdown_one_row_under_a_header_is_a_table() -> None:
    text = TITLE + "| Vessel | IMO |\n|---|---|\n| OCEAN STAR | 9123456 |\n" + PROSE
    assert grid(text, only(text)) == [["OCEAN STAR", "9123456"]]


def test_semicolon_export_with_quoted_cell_and_empty_cell() -> None:
    table = (
        "Vessel name;IMO;MMSI;Flag;Authorised from\n"
        "OCEAN STAR NO. 7;9123456;352123456;PAN;2023-01-05\n"
        '"SEA DOG; II";9234567;;BLZ;2023-02-11\n'
        "KAIYO MARU;9345678;431000123;JPN;2023-03-30\n"
    )
    text = "Export of 2024-05-01\n" + table + PROSE
    block = only(text)
    assert block.form == "semicolon"
    assert heads(block) == ["Vessel name", "IMO", "MMSI", "Flag", "Authorised from"]
    assert grid(text, block) == [
        ["OCEAN STAR NO. 7", "9123456", "352123456", "PAN", "2023-01-05"],
        ["SEA DOG; II", "9234567", None, "BLZ", "2023-02-11"],
        ["KAIYO MARU", "9345678", "431000123", "JPN", "2023-03-30"],
    ]


# ---- HTML (DeepSeek-OCR and the like) --------------------------------------------------------


def test_html_on_one_line_with_attributes_entities_inner_tags_and_colspan() -> None:
    html = (
        '<table border="1"><thead><tr><th>Vessel Name</th><th colspan="2">Identifiers</th>'
        "<th>Owner</th></tr></thead><tbody>"
        '<tr><td class="n"> <b>OCEAN STAR</b> </td><td>9123456</td><td>352123456</td>'
        "<td>Smith &amp; Sons Ltd</td></tr>"
        '<tr><td>SEA DOG</td><td colspan="2">n/a</td><td>&nbsp;</td></tr>'
        "</tbody></table>"
    )
    text = TITLE + html + PROSE
    block = only(text)
    assert block.form == "html"
    assert heads(block) == ["Vessel Name", "Identifiers", "Identifiers", "Owner"]
    assert grid(text, block) == [
        ["OCEAN STAR", "9123456", "352123456", "Smith &amp; Sons Ltd"],
        ["SEA DOG", "n/a", None, None],
    ]
    start = text.index("<table")
    assert block.covered == ((start, text.index("</table>") + len("</table>")),)


def test_html_multi_line_first_row_of_words_and_rowspan() -> None:
    html = (
        "<table>\n"
        "  <tr>\n    <td>Vessel Name</td>\n    <td>IMO</td>\n"
        "    <td>Flag &amp; Port</td>\n  </tr>\n"
        '  <tr>\n    <td rowspan="2">OCEAN STAR</td>\n'
        "    <td>9123456</td>\n    <td>PAN</td>\n  </tr>\n"
        "  <tr>\n    <td>9999999</td>\n    <td>BLZ</td>\n  </tr>\n"
        "  <tr><td>SEA DOG</td><td>9234567</td><td><i>JPN</i></td></tr>\n"
        "</table>"
    )
    text = TITLE + html + PROSE
    block = only(text)
    assert heads(block) == ["Vessel Name", "IMO", "Flag & Port"]
    assert grid(text, block) == [
        ["OCEAN STAR", "9123456", "PAN"],
        [None, "9999999", "BLZ"],
        ["SEA DOG", "9234567", "JPN"],
    ]


def test_html_without_header_needs_two_rows() -> None:
    one = "<table><tr><td>OCEAN STAR</td><td>9123456</td></tr></table>"
    assert find_table_blocks(TITLE + one + PROSE) == []
    two = (
        "<TABLE><TR><TD>OCEAN STAR</TD><TD>9123456</TD></TR>"
        "<TR><TD>SEA DOG</TD><TD>9234567</TD></TR></TABLE>"
    )
    text = TITLE + two + PROSE
    block = only(text)
    assert block.header is None
    assert grid(text, block) == [["OCEAN STAR", "9123456"], ["SEA DOG", "9234567"]]


# ---- what is not a table --------------------------------------------------------------------


def test_key_value_forms_are_not_tables() -> None:
    colon_gap = (
        "Vessel name:   OCEAN STAR          Flag:       Panama\n"
        "IMO number:    9123456             Call sign:  V3AB2\n"
        "Owner:         Pacific Fishing     Port:       Busan\n"
        "MMSI:          352123456           GT:         1,234\n"
    )
    colon_space = (
        "Vessel name: OCEAN STAR          Flag: Panama\n"
        "IMO number: 9123456              Call sign: V3AB2\n"
        "Owner: Pacific Fishing Co. Ltd   Port of registry: Busan\n"
    )
    html_pairs = (
        "<table><tr><th>Vessel name</th><td>OCEAN STAR</td><th>Flag</th><td>Panama</td></tr>"
        "<tr><th>IMO</th><td>9123456</td><th>Call sign</th><td>V3AB2</td></tr>"
        "<tr><th>MMSI</th><td>352123456</td><th>GT</th><td>1,234</td></tr></table>"
    )
    html_colons = (
        "<table><tr><td>Vessel name:</td><td>OCEAN STAR</td></tr>"
        "<tr><td>IMO:</td><td>9123456</td></tr><tr><td>Flag:</td><td>Panama</td></tr></table>"
    )
    for form in (colon_gap, colon_space, html_pairs, html_colons):
        assert find_table_blocks(TITLE + form + PROSE) == []


def test_key_value_form_above_a_table_leaves_the_table() -> None:
    form = "Vessel name:   OCEAN STAR          Flag:       Panama\n"
    text = TITLE + form + WRAPPED + PROSE
    block = only(text)
    assert len(block.rows) == 4
    assert line_span(text, "Vessel name:") not in block.covered


@pytest.mark.parametrize(
    "prose",
    [
        # double space after full stops
        "The vessel was inspected at the port of Busan.  No infringements were\n"
        "found by the inspectors.  The master presented the licence and the\n"
        "logbook was in order.  The vessel then left port on 3 March 2024 for\n"
        "the high seas.  It is registered under IMO 9123456 with flag Panama.\n",
        # justified text
        "The  Commission  adopted  the  following  measures  concerning  the\n"
        "record  of  vessels  authorised  to  operate  in  the  area  of  the\n"
        "Convention,  noting  that  the  flag  States  shall  submit  the  list\n"
        "of  vessels  to  the  Secretariat  before  the  start  of  the  season.\n",
        # two-column page layout
        "The Commission adopted the following measures     Vessels listed in Annex 1 are\n"
        "concerning the record of authorised vessels       authorised to fish for tuna and\n"
        "to operate in the Convention area, noting that    tuna-like species in the area\n"
        "the flag States shall submit the list of vessels  until the date of expiry shown.\n",
        # semicolons in prose
        "The vessel was inspected; no infringement was found by the two inspectors\n"
        "on board; the master presented the licence, the logbook and the catch\n"
        "record; the vessel then left port on 3 March 2024 for the high seas.\n",
        # justified text whose word gaps happen to line up into gutters
        "logbook inspected  was catch logbook  found  inspected  vessel  measures\n"
        "1,234  season; vessel  operate licence Busan measures  registered Panama\n"
        "found  operate Panama  Panama adopted   registered catch  shall   record\n"
        "registered flag authorised\n",
        # a letterhead: two aligned columns without a header
        "IOTC Secretariat                          Circular 2024-12\n"
        "Le Chantier Mall                          12 March 2024\n"
        "Victoria, Seychelles                      Page 1 of 3\n",
    ],
)
def test_prose_is_not_a_table(prose: str) -> None:
    assert find_table_blocks(TITLE + prose + PROSE) == []


def test_page_without_table_characters_is_rejected() -> None:
    assert find_table_blocks("OCEAN STAR IMO 9123456 flag Panama\nnothing else") == []
    assert find_table_blocks("") == []


# ---- every form, generated: offsets are exact ------------------------------------------------

HEADER = ["No.", "Vessel Name", "IMO", "MMSI", "Call Sign", "Flag", "Authorised", "GT"]
NAMES = ["OCEAN STAR NO. 7", "PACIFIC DAWN", "SEA DOG", "KAIYO MARU NO. 18", "HAI XING 606"]
FLAGS = ["Panama", "PAN", "Belize", "BZ", "Korea, Republic of", "Japan", "ES"]
SIGNS = ["V3AB2", "H3XY", "9VAB7", "-", "n/a", "—"]


def rows_for(r: random.Random, n: int, blanks: bool) -> list[list[str]]:
    out = []
    for i in range(n):
        row = [
            str(i + 1),
            r.choice(NAMES),
            str(r.randint(9000000, 9999999)),
            str(r.randint(100000000, 999999999)),
            r.choice(SIGNS),
            r.choice(FLAGS),
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023",
            f"{r.randint(20, 20000):,}",
        ]
        if blanks and r.random() < 0.5:
            row[r.choice([2, 3, 4, 6])] = ""  # at most one blank cell a row
        out.append(row)
    return out


def render(form: str, rows: list[list[str]], r: random.Random) -> str:
    lines = [HEADER, *rows]
    if form == "aligned":  # numbers right-aligned (row number, GT), the rest left-aligned
        widths = [max(len(x[c]) for x in lines) for c in range(len(HEADER))]
        gaps = [r.randint(2, 5) for _ in HEADER]
        lead = " " * r.randint(0, 4)
        return "\n".join(
            (
                lead
                + "".join(
                    (x[c].rjust(widths[c]) if c in (0, 7) else x[c].ljust(widths[c]))
                    + " " * gaps[c]
                    for c in range(len(HEADER))
                )
            ).rstrip()
            for x in lines
        )
    if form == "tabs":
        return "\n".join("\t".join(x) for x in lines)
    if form == "pipes":
        return "\n".join(" | ".join(x) for x in lines)
    if form == "markdown":
        body = ["| " + " | ".join(x) + " |" for x in lines]
        return "\n".join([body[0], "|" + "---|" * len(HEADER), *body[1:]])
    if form == "semicolon":
        return "\n".join(";".join(f'"{c}"' if "," in c else c for c in x) for x in lines)
    sep = "\n" if r.random() < 0.5 else ""
    return (
        "<table>"
        + sep
        + sep.join(
            "<tr>" + "".join(f"<{t}>{c}</{t}>" for c in x) + "</tr>"
            for t, x in [("th", HEADER)] + [("td", x) for x in rows]
        )
        + sep
        + "</table>"
    )


@pytest.mark.parametrize("form", ["aligned", "tabs", "pipes", "markdown", "semicolon", "html"])
def test_generated_pages_every_cell_exact(form: str) -> None:
    r = random.Random(form)
    for _ in range(40):
        rows = rows_for(r, r.randint(2, 14), blanks=True)
        text = TITLE + render(form, rows, r) + PROSE
        block = only(text)
        assert block.form == form
        assert heads(block) == HEADER
        assert grid(text, block) == [[c or None for c in row] for row in rows]
        covered = "".join(text[a:b] for a, b in block.covered)
        assert "Convention" not in covered and "Secretariat" not in covered
