"""Comma-separated exports (CSV) in page text, as `table_forms` blocks of form "comma".

`table_forms` leaves commas alone: they are everywhere in prose, addresses and numbers. An export
is told apart by its shape: at least three consecutive lines with the same number (3 or more) of
fields, fields short (a few words), quoted where they hold a comma ("PESCA, S.A."), and no line
ending like a sentence. The first line is the header when it has no digits."""

from __future__ import annotations

import re

from oceanid_assets.preannotate.rules.table_forms import Cell, HeaderCell, TableBlock

# One field and the comma after it: a quoted field ("" is a quote inside it) or a bare one.
_FIELD = re.compile(r'[ \t]*(?:"((?:[^"\n]|"")*)"|([^,"\n]*))[ \t]*(,|$)', re.MULTILINE)
_MIN_LINES, _MIN_FIELDS, _MAX_WORDS = 3, 3, 6

Fields = list[tuple[int, int]]  # (start, end) of each field's value in the page text


def _fields(text: str, start: int, end: int) -> Fields | None:
    """The fields of text[start:end] as a CSV line, or None if it does not parse as one."""
    fields: Fields = []
    pos = start
    while pos <= end:
        m = _FIELD.match(text, pos, end)
        if m is None:
            return None
        group = 1 if m.group(1) is not None else 2
        a, b = m.span(group)
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        fields.append((a, b))
        if m.group(3) != ",":
            return fields if m.end() >= end else None
        pos = m.end()
    return fields


def _tabular(text: str, fields: Fields) -> bool:
    return all(text.count(" ", a, b) < _MAX_WORDS for a, b in fields)


def find_comma_blocks(text: str) -> list[TableBlock]:
    if text.count(",") < _MIN_LINES * (_MIN_FIELDS - 1):
        return []
    blocks: list[TableBlock] = []
    run: list[tuple[int, int, Fields]] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        fields = None
        if line.count(",") >= _MIN_FIELDS - 1 and not line.rstrip().endswith("."):
            fields = _fields(text, line_start, line_end)
        if fields is not None and len(fields) >= _MIN_FIELDS and _tabular(text, fields):
            if run and len(run[-1][2]) != len(fields):
                _close(text, run, blocks)
                run = []
            run.append((line_start, line_end, fields))
        else:
            _close(text, run, blocks)
            run = []
        line_start = line_end + 1
    _close(text, run, blocks)
    return blocks


def _close(text: str, run: list[tuple[int, int, Fields]], blocks: list[TableBlock]) -> None:
    if len(run) < _MIN_LINES:
        return
    first = run[0][2]
    header = None
    rows = run
    if not any(ch.isdigit() for a, b in first for ch in text[a:b]):
        header = tuple(HeaderCell(text[a:b], (Cell(a, b),) if b > a else ()) for a, b in first)
        rows = run[1:]
    blocks.append(
        TableBlock(
            form="comma",
            header=header,
            rows=tuple(tuple(Cell(a, b) if b > a else None for a, b in f) for _, _, f in rows),
            covered=tuple((start, end) for start, end, _ in run),
        )
    )
