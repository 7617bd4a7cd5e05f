"""Tables whose columns do not line up: a scanned register through OCR drifts cell by cell and
scatters stray "|", so no gutter runs down the page and `table_forms` finds no table. What
survives is the order: a line of keys (the header, OCR slips and all) and, under it, lines with
as many runs as the header has wordings, the n-th run under the n-th wording.

Runs are apart by two or more blanks, a tab or a "|"; a run of words one blank apart is one
cell. A line with another number of runs is read token by token under the header's columns
when `tables` reads the header too (one column per wording); else it gives only its
identifiers, each under the column its header names (below); a line with none, or with a key
and its colon in it (a key-value form), is skipped; three such
lines in a row, or a blank line, end the table. At least two rows must match, so a line of
keys over one line of values (a boxed form) stays with `keyvalue`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import line_offsets
from oceanid_assets.preannotate.rules.keyvalue import is_key_line
from oceanid_assets.preannotate.rules.table_forms import Cell, HeaderCell, TableBlock
from oceanid_assets.preannotate.rules.tables import Header, parse_header, row_cells_by_column
from oceanid_assets.preannotate.validators import validate

_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|\t+| {2,}")
_MIN_COLUMNS, _MIN_ROWS, _MAX_MISSES = 3, 3, 3


def _runs(text: str, start: int, end: int) -> list[Cell]:
    cells, cursor = [], start
    for gap in _SEPARATOR.finditer(text, start, end):
        if gap.start() > cursor:
            cells.append(Cell(cursor, gap.start()))
        cursor = gap.end()
    if cursor < end:
        cells.append(Cell(cursor, end))
    return cells


# A row whose runs did not come out one per column (cells run together, a stray "|" inside
# one) still has its identifiers, each a token its own rule recognises: it goes under the
# column whose header names that identifier.
_TOKEN = re.compile(r"[A-Z0-9]{3,9}")
_TESTS: dict[str, Callable[[str], bool]] = {
    k.IMO: lambda t: len(t) == 7 and t.isdigit() and validate("IMO", t) is None,
    k.MMSI: lambda t: len(t) == 9 and t.isdigit() and validate("MMSI", t) is None,
    k.IRCS: lambda t: (
        not t.isdigit() and any(ch.isdigit() for ch in t) and validate("IRCS", t) is None
    ),
}


def _typed_row(
    text: str, start: int, end: int, kinds: list[str | None]
) -> tuple[Cell | None, ...] | None:
    row: list[Cell | None] = [None] * len(kinds)
    for m in _TOKEN.finditer(text, start, end):
        if (m.start() and text[m.start() - 1].isalnum()) or (
            m.end() < len(text) and text[m.end()].isalnum()
        ):
            continue
        for i, kind in enumerate(kinds):
            if row[i] is None and kind in _TESTS and _TESTS[kind](m.group()):
                row[i] = Cell(m.start(), m.end())
                break
    return tuple(row) if any(row) else None


def _read_by_tokens(
    text: str, start: int, end: int, header: Header | None, width: int
) -> tuple[Cell | None, ...] | None:
    """A row whose cells ran together, read token by token under the header's columns (as
    `tables` reads single-spaced rows): names and owners too, not its identifiers only. Only
    when the token reader's header has one column per wording."""
    if header is None or len(header.kinds) != width:
        return None
    cells = row_cells_by_column(text, start, end, header, typed_next=True)
    if cells is None:
        return None
    row: list[Cell | None] = [None] * width
    for column, a, b in cells:
        row[column] = Cell(a, b)
    return tuple(row)


def _has_pairs(runs: list[str]) -> bool:
    """A run that is a key with its colon ('Flag:', 'Flag: Spain') makes the line part of a
    key-value form, not a table."""
    return any(run.endswith(":") or ": " in run for run in runs)


def find_ordered_tables(text: str, taken: list[tuple[int, int]]) -> list[TableBlock]:
    """Tables read by the order of their runs, on lines no other table form took."""
    # A line overlaps a taken range if one of those starting before its end reaches past its
    # start: sorted by start, the furthest reach of each prefix answers that in one bisect
    # (a page of table holds dozens of lines and dozens of taken ranges).
    ranges = sorted(taken)
    range_starts = [a for a, _ in ranges]
    reach = list(accumulate((b for _, b in ranges), max))
    lines = [
        line
        for line in line_offsets(text)
        if (n := bisect_left(range_starts, line[1])) == 0
        or reach[n - 1] <= line[0]
        or line[0] == line[1]
    ]
    blocks: list[TableBlock] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if "  " not in line and "\t" not in line and "|" not in line:
            i += 1  # no _SEPARATOR: one run, no header (a line of prose, mostly)
            continue
        header = _runs(text, start, end)
        wordings = [text[c.start : c.end] for c in header]
        if len(header) < _MIN_COLUMNS or _has_pairs(wordings) or not is_key_line(wordings):
            i += 1
            continue
        kinds = [next(iter(k.kinds_of(wording)), None) for wording in wordings]
        token_header = parse_header(text, start, end)
        rows: list[tuple[Cell | None, ...]] = []
        covered = [(start, end)]
        misses, j = 0, i + 1
        while j < len(lines) and misses < _MAX_MISSES:
            row_start, row_end = lines[j]
            if not text[row_start:row_end].strip():
                break
            cells = _runs(text, row_start, row_end)
            if _has_pairs([text[c.start : c.end] for c in cells]):
                misses += 1
            elif len(cells) == len(header):
                rows.append(tuple(cells))
                covered.append((row_start, row_end))
                misses = 0
            elif read := _read_by_tokens(text, row_start, row_end, token_header, len(header)):
                rows.append(read)
                covered.append((row_start, row_end))
                misses = 0
            elif (typed := _typed_row(text, row_start, row_end, kinds)) is not None:
                rows.append(typed)
                covered.append((row_start, row_end))
                misses = 0
            else:
                misses += 1
            j += 1
        if len(rows) >= _MIN_ROWS:
            heads = tuple(HeaderCell(text[c.start : c.end], (c,)) for c in header)
            blocks.append(TableBlock("ordered", heads, tuple(rows), tuple(covered)))
            i = j
        else:
            i += 1
    return blocks
