"""Comma-separated exports (CSV) in page text, as `table_forms` blocks of form "comma".

`table_forms` leaves commas alone: they are everywhere in prose, addresses and numbers. An export
is told apart by its shape: at least three consecutive records with the same number (3 or more)
of fields, bare fields short (a few words), quoted where they hold a comma ("PESCA, S.A."), and
no record ending like a sentence. The header is the first record with no digit but a column's
number ('Unnamed: 0'), after at most two records of a title over empty cells.

A quoted field may be long (an owner's address) and may hold line breaks, as spreadsheet exports
write them: the record then goes on over the next lines, and the field's lines are the pieces
of one cell. Windows line endings are read as blanks."""

from __future__ import annotations

import re

from oceanid_assets.preannotate.rules.table_forms import Cell, HeaderCell, TableBlock

# One field and the comma after it: a quoted field ("" is a quote inside it; it may go on over
# lines) or a bare one.
_FIELD = re.compile(r'[ \t\r]*(?:"((?:[^"]|"")*)"|([^,"\n]*))[ \t\r]*(,|$)', re.MULTILINE)
_MIN_LINES, _MIN_FIELDS = 3, 3
# Words in a field: a bare field is a short value; a quoted one may be an address or a name in
# full, but not a paragraph.
_MAX_WORDS, _MAX_QUOTED_WORDS = 6, 20
# Lines one record may take (a quoted field broken over lines), so that a stray quote cannot
# swallow the rest of the page.
_MAX_RECORD_LINES = 6

Field = tuple[int, int, bool]  # (start, end) of the value in the page text, and whether quoted
_BLANKS = " \t\r"


def _fields(text: str, start: int, end: int) -> list[Field] | None:
    """The fields of text[start:end] as one CSV record, or None if it does not parse as one."""
    fields: list[Field] = []
    pos = start
    while pos <= end:
        m = _FIELD.match(text, pos, end)
        if m is None:
            return None
        quoted = m.group(1) is not None
        a, b = m.span(1 if quoted else 2)
        while a < b and text[a] in _BLANKS:
            a += 1
        while b > a and text[b - 1] in _BLANKS:
            b -= 1
        fields.append((a, b, quoted))
        if m.group(3) != ",":
            return fields if m.end() >= end else None
        pos = m.end()
    return fields


def _tabular(text: str, fields: list[Field]) -> bool:
    return all(
        text.count(" ", a, b) < (_MAX_QUOTED_WORDS if quoted else _MAX_WORDS)
        for a, b, quoted in fields
    )


def _record_end(text: str, start: int, line_end: int) -> int:
    """Where the record that starts at `start` ends: its line's end, or while a quote is open
    the end of the line that closes it; the line's end if no line within reach does."""
    if text.count('"', start, line_end) % 2 == 0:
        return line_end
    end = line_end
    for _ in range(_MAX_RECORD_LINES - 1):
        if end >= len(text):
            break
        next_end = text.find("\n", end + 1)
        end = len(text) if next_end < 0 else next_end
        if text.count('"', start, end) % 2 == 0:
            return end
    return line_end


def _record_fields(text: str, start: int, end: int) -> list[Field] | None:
    """The record's fields if it reads as a row of an export."""
    if text.count(",", start, end) < _MIN_FIELDS - 1:
        return None
    if text[start:end].rstrip(_BLANKS).endswith("."):
        return None
    fields = _fields(text, start, end)
    if fields is None or len(fields) < _MIN_FIELDS or not _tabular(text, fields):
        return None
    return fields


def find_comma_blocks(text: str) -> list[TableBlock]:
    if text.count(",") < _MIN_LINES * (_MIN_FIELDS - 1):
        return []
    blocks: list[TableBlock] = []
    run: list[tuple[int, int, list[Field]]] = []
    start, size = 0, len(text)
    while start <= size:
        line_end = text.find("\n", start)
        line_end = size if line_end < 0 else line_end
        end = _record_end(text, start, line_end)
        fields = _record_fields(text, start, end)
        if fields is None and end != line_end:
            # A stray quote (12" in inches) opened no field: the line is read on its own.
            end = line_end
            fields = _record_fields(text, start, end)
        if fields is not None:
            if run and len(run[-1][2]) != len(fields):
                _close(text, run, blocks)
                run = []
            run.append((start, end, fields))
        else:
            _close(text, run, blocks)
            run = []
        start = end + 1
    _close(text, run, blocks)
    return blocks


def _cell(text: str, start: int, end: int) -> Cell | None:
    """The field as a cell; a field over several lines is a cell of one piece per line."""
    if end <= start:
        return None
    if "\n" not in text[start:end]:
        return Cell(start, end)
    pieces = []
    at = start
    while at <= end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        a, b = at, line_end
        while a < b and text[a] in _BLANKS:
            a += 1
        while b > a and text[b - 1] in _BLANKS:
            b -= 1
        if b > a:
            pieces.append(Cell(a, b))
        at = line_end + 1
    return Cell(pieces[0].start, pieces[0].end, tuple(pieces[1:])) if pieces else None


_DIGIT = re.compile(r"\d")
# The only digits a column's name has: a spreadsheet's number for a column without a name
# ("Unnamed: 0", "Column 3"); any other digit makes the field a value.
_COLUMN_NUMBER = re.compile(r"[^\W\d_][^\d]*?[ _:.-]*\d{1,2}")
# Records above the header a spreadsheet export may have: a title, a blank line of commas.
_MAX_ABOVE_HEADER = 2


def _header_at(text: str, run: list[tuple[int, int, list[Field]]]) -> int | None:
    """Which of the first records is the header: at least half its fields filled (a title
    over empty cells is not) and no digit in them but a column's number ('Unnamed: 0', as
    pandas names a column without a name)."""
    for n, (_, _, fields) in enumerate(run[: _MAX_ABOVE_HEADER + 1]):
        values = [text[a:b] for a, b, _ in fields]
        filled = [value for value in values if value]
        if 2 * len(filled) < len(values):
            continue
        if any(_DIGIT.search(v) and not _COLUMN_NUMBER.fullmatch(v) for v in filled):
            return None
        return n
    return None


def _close(text: str, run: list[tuple[int, int, list[Field]]], blocks: list[TableBlock]) -> None:
    if len(run) < _MIN_LINES:
        return
    header = None
    rows = run
    at = _header_at(text, run)
    if at is not None:
        header = tuple(
            HeaderCell(" ".join(text[a:b].split()), (Cell(a, b),) if b > a else ())
            for a, b, _ in run[at][2]
        )
        rows = run[at + 1 :]
    blocks.append(
        TableBlock(
            form="comma",
            header=header,
            rows=tuple(tuple(_cell(text, a, b) for a, b, _ in f) for _, _, f in rows),
            covered=tuple((start, end) for start, end, _ in run),
        )
    )
