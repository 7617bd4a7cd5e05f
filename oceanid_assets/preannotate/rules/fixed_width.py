"""Fixed-width reports whose header is underlined column by column, as mainframe listings and
database consoles print them:

    REC  RFMO   RFMO ID        VESSEL            FLG IMO#    CALLSGN
    ---- ------ -------------- ----------------- --- ------- -------
    001  SPRFMO CHN-0240       ZHOU YU 961       CHN 1033274 BZYW

The dashes give each column's exact width: cells may touch their neighbours with a single
space (or none), which the gutter-based reading of aligned tables cannot split. Rows run until a
line that does not fit the columns (a total, a footer, a blank line followed by prose).

Reports ruled by one unbroken line say less; there the header's words give the columns, as
far as the rows confirm them (a column starts where some row's cell starts and no row's text
runs across), and a word the rows do not confirm belongs to the wording before it:

    No Vessel          Call sign Flag LOA (m) GT    Berth
    ------------------------------------------------------
    05 FU YUAN YU 8675 BZUY5     CHN  58.74   1101  Berth 5

So is a header straight above its rows, with no rule, when it names an identifier or the flag
and holds no key ("Flag State:" is a form's). Both are read so only when some row has two
cells one space apart ("until 06/06/2016 Cameroon"), which the gutter-based reading of aligned
tables would take for one."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from oceanid_assets.preannotate.rules.base import line_offsets, word_start
from oceanid_assets.preannotate.rules.table_forms import Cell, HeaderCell, TableBlock

# Groups of dashes (or equals signs) one or more spaces apart, three groups at least.
_GUIDE = re.compile(r" *[-=]{2,}(?: +[-=]{2,}){2,} *")
_GROUP = re.compile(r"[-=]{2,}")
_RULE = re.compile(r" *(?:-{10,}|={10,}) *")
_WORD = re.compile(r"\S+")
_MIN_RULED_COLUMNS = 4
# A header that names an identifier or the flag; without a rule under it, it must. No leading
# \b (base.word_start says why).
_HEADER_HINT = re.compile(r"(?:IMO|MMSI|IRCS|Call sign|Flag|Pabell[oó]n|Pavillon|Indicatif)\b")
_ROW_NUMBER = re.compile(r" *\d{1,4}\.?")
_FOOTER = re.compile(r"\s*(?:\*{2,}|total|records|page\b|end of)", re.IGNORECASE)


def find_fixed_width_blocks(text: str) -> list[TableBlock]:
    ruled = "---" in text or "===" in text
    hints = [m.start() for m in _HEADER_HINT.finditer(text) if word_start(text, m.start())]
    if not ruled and not hints:
        return []
    lines = line_offsets(text)
    line_starts = [start for start, _ in lines]
    hint_lines = {bisect_right(line_starts, at) - 1 for at in hints}
    # The lines under a header: every line on a page with rules, else under a hint's line.
    unders: Sequence[int] = (
        range(1, len(lines)) if ruled else sorted(h + 1 for h in hint_lines if h + 1 < len(lines))
    )
    blocks: list[TableBlock] = []
    i = 0
    for under in unders:
        if under < i:
            continue  # inside the table read last
        i = under
        start, end = lines[i]
        head_start, head_end = lines[i - 1]
        first_row = i + 1  # under the guide or rule
        by_header = True  # the header's words give the columns
        if ruled and _GUIDE.fullmatch(text, start, end):
            columns = [
                (m.start() - start, m.end() - start) for m in _GROUP.finditer(text, start, end)
            ]
            by_header = False
        elif ruled and _RULE.fullmatch(text, start, end) and head_end > head_start:
            columns = _columns_of_header(text, lines[i - 1], _rows_below(text, lines, i + 1))
        elif i - 1 in hint_lines and end > start and _opens_a_table(text, lines[i - 1]):
            first_row = i  # straight under the header
            columns = _columns_of_header(text, lines[i - 1], _rows_below(text, lines, i))
        else:
            columns = []
        if not columns:
            continue
        header = tuple(_header_cell(text, head_start, head_end, c) for c in columns)
        rows: list[tuple[Cell | None, ...]] = []
        covered = [(head_start, head_end)] + ([(start, end)] if first_row > i else [])
        j = first_row
        while j < len(lines):
            row_start, row_end = lines[j]
            if row_end == row_start or _FOOTER.match(text, row_start, row_end):
                break
            if _GUIDE.fullmatch(text, row_start, row_end):
                break
            row = _row(text, row_start, row_end, columns)
            j += 1
            if row is None:
                if by_header:  # a cell that overflows its column: the other finders read it
                    continue
                j -= 1
                break
            rows.append(row)
            covered.append((row_start, row_end))
        if len(rows) >= 1 and sum(h.text != "" for h in header) >= 3:
            blocks.append(TableBlock("fixed", header, tuple(rows), tuple(covered)))
        i = j
    return blocks


def _opens_a_table(text: str, line: tuple[int, int]) -> bool:
    """The line, which names a vessel's identifier or the flag, could head a table: its wordings
    stand a column gap apart, and none of them is a key ("Flag State:  JP" is a form's line)."""
    start, end = line
    return end - start >= 20 and "  " in text[start:end] and ":" not in text[start:end]


def _rows_below(text: str, lines: list[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The lines from line i up to a blank line, a rule or a footer."""
    j = i
    while j < len(lines):
        start, end = lines[j]
        if end == start or _RULE.fullmatch(text, start, end) or _FOOTER.match(text, start, end):
            break
        j += 1
    return lines[i:j]


def _columns_of_header(
    text: str, header: tuple[int, int], rows: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Columns (x0, x1) from the header's word starts that the rows confirm; [] unless four or
    more, over two rows or more, one of which has two cells a single space apart.

    A word start is a column's when some row's cell starts there and no row's text runs across
    it, or three rows start a cell there for each that runs across (a cell longer than its
    column, "not assigned", pushes the rest of its row on). A word one space after the header's
    previous word may be the wording's next word ("Type of vessel"): it starts a column only if
    each row's cell there is two spaces or more after the one before, or after a row number.
    No cell may hold a gap of two spaces, which the header's columns then run together."""
    head_start, head_end = header
    if any(sep in text[start:end] for start, end in [header, *rows] for sep in "|\t"):
        return []  # separated cells: table_forms reads them
    starts = [m.start() - head_start for m in _WORD.finditer(text, head_start, head_end)]
    if len(starts) < _MIN_RULED_COLUMNS or len(rows) < 2 or starts[0] != 0:
        return []
    confirmed = [0]
    for x in starts[1:]:
        one_space = text[head_start + x - 2] != " "
        opens = across = 0
        for row_start, row_end in rows:
            at = row_start + x
            if at < row_end and text[at] != " ":
                if text[at - 1] != " ":
                    across += 1
                elif one_space and text[at - 2] != " " and not _row_number_before(text, at - 1):
                    break
                else:
                    opens += 1
        else:
            if opens and (across == 0 or opens >= across * 3):
                confirmed.append(x)
    if len(confirmed) < _MIN_RULED_COLUMNS or not _cells_touch(text, rows, confirmed):
        return []
    ends = [x - 1 for x in confirmed[1:]] + [max(end - start for start, end in [header, *rows])]
    columns = list(zip(confirmed, ends, strict=True))
    for start, end in rows:
        cells = _row(text, start, end, columns) or ()
        if any(cell and "  " in cell.of(text) for cell in cells):
            return []  # a gap inside a cell: columns the header ran together ("IndicatifID")
    return columns


def _row_number_before(text: str, space: int) -> bool:
    """The line holds only a number ("01", "12.") before this space."""
    line_start = text.rfind("\n", 0, space) + 1
    return bool(_ROW_NUMBER.fullmatch(text, line_start, space))


def _cells_touch(text: str, rows: list[tuple[int, int]], starts: list[int]) -> bool:
    """Some row that fits the columns has a cell that ends one space before the next starts."""
    for row_start, row_end in rows:
        fits, touches = True, False
        for x in starts[1:]:
            at = row_start + x
            if at < row_end and text[at] != " ":
                if text[at - 1] != " ":
                    fits = False
                    break
                touches = touches or text[at - 2] != " "
        if fits and touches:
            return True
    return False


def _slice(text: str, line_start: int, line_end: int, column: tuple[int, int]) -> Cell | None:
    a = min(line_start + column[0], line_end)
    b = min(line_start + column[1], line_end)
    while a < b and text[a] == " ":
        a += 1
    while b > a and text[b - 1] == " ":
        b -= 1
    return Cell(a, b) if b > a else None


def _header_cell(text: str, start: int, end: int, column: tuple[int, int]) -> HeaderCell:
    cell = _slice(text, start, end, column)
    return HeaderCell(cell.of(text), (cell,)) if cell else HeaderCell("", ())


def _row(
    text: str, start: int, end: int, columns: list[tuple[int, int]]
) -> tuple[Cell | None, ...] | None:
    """The line cut at the columns; None if text crosses a column's border (not a row)."""
    for (_, x1), (x0, _) in itertools.pairwise(columns):
        # Between two columns: the guide's gap, which a row of the table leaves blank.
        gap = text[start + x1 : min(start + x0, end)]
        if gap.strip():
            return None
    cells = tuple(_slice(text, start, end, c) for c in columns)
    return cells if any(cells) else None
