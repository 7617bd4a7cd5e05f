"""Fixed-width reports whose header is underlined column by column, as mainframe listings and
database consoles print them:

    REC  RFMO   RFMO ID        VESSEL            FLG IMO#    CALLSGN
    ---- ------ -------------- ----------------- --- ------- -------
    001  SPRFMO CHN-0240       ZHOU YU 961       CHN 1033274 BZYW

The dashes give each column's exact width: cells may touch their neighbours with a single
space (or none), which the gutter-based reading of aligned tables cannot split. Rows run until a
line that does not fit the columns (a total, a footer, a blank line followed by prose)."""

from __future__ import annotations

import itertools
import re

from oceanid_assets.preannotate.rules.base import line_offsets
from oceanid_assets.preannotate.rules.table_forms import Cell, HeaderCell, TableBlock

# Groups of dashes (or equals signs) one or more spaces apart, three groups at least.
_GUIDE = re.compile(r" *[-=]{2,}(?: +[-=]{2,}){2,} *")
_GROUP = re.compile(r"[-=]{2,}")
_FOOTER = re.compile(r"\s*(?:\*{2,}|total|records|page\b|end of)", re.IGNORECASE)


def find_fixed_width_blocks(text: str) -> list[TableBlock]:
    if "---" not in text and "===" not in text:
        return []
    lines = line_offsets(text)
    blocks: list[TableBlock] = []
    i = 1
    while i < len(lines):
        start, end = lines[i]
        if not _GUIDE.fullmatch(text, start, end):
            i += 1
            continue
        columns = [(m.start() - start, m.end() - start) for m in _GROUP.finditer(text, start, end)]
        head_start, head_end = lines[i - 1]
        header = tuple(_header_cell(text, head_start, head_end, c) for c in columns)
        rows: list[tuple[Cell | None, ...]] = []
        covered = [(head_start, head_end), (start, end)]
        j = i + 1
        while j < len(lines):
            row_start, row_end = lines[j]
            if row_end == row_start or _FOOTER.match(text, row_start, row_end):
                break
            if _GUIDE.fullmatch(text, row_start, row_end):
                break
            row = _row(text, row_start, row_end, columns)
            if row is None:
                break
            rows.append(row)
            covered.append((row_start, row_end))
            j += 1
        if len(rows) >= 1 and sum(h.text != "" for h in header) >= 3:
            blocks.append(TableBlock("fixed", header, tuple(rows), tuple(covered)))
        i = j
    return blocks


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
