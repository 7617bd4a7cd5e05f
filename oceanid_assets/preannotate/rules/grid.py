"""Tables of any form (see `table_forms`) read column by column: each header is mapped to a
kind through `headers`, and each cell is read as a value of its column's kind (`values`).

A column whose header names nothing known is typed by its cells when nearly all of them pass
one identifier's own rule (7 digits with the IMO check digit, 9 digits with an allocated MID,
an RFMO record number) or are countries. A column whose header names another number ('Reg.
No.') is never read as an identifier, however its values look."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import zip_longest

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import make, new_span
from oceanid_assets.preannotate.rules.changes import (
    change_columns,
    change_spans,
    previous_columns,
)
from oceanid_assets.preannotate.rules.comma_tables import find_comma_blocks
from oceanid_assets.preannotate.rules.dates import DATE_RE
from oceanid_assets.preannotate.rules.fixed_width import find_fixed_width_blocks
from oceanid_assets.preannotate.rules.identifiers import find_identifiers
from oceanid_assets.preannotate.rules.keyvalue import is_key_line, key_spans
from oceanid_assets.preannotate.rules.ordered_rows import find_ordered_tables
from oceanid_assets.preannotate.rules.table_forms import (
    Cell,
    HeaderCell,
    TableBlock,
    find_table_blocks,
)
from oceanid_assets.preannotate.rules.values import (
    LONGEST_PLACEHOLDER,
    PLACEHOLDER_STARTS,
    PLACEHOLDERS,
    address_block,
    address_lines,
    is_placeholder,
    value_spans,
)
from oceanid_assets.preannotate.rules.vocab import COUNTRY_NAME_SET, RFMO_RE, is_country_code
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import validate

_HEADED, _INFERRED = 0.9, 0.75
_ID_KEYWORD = re.compile(r"IMO|MMSI|IRCS|OMI|[Cc]all|CALL|[Ii]ndicati|INDICATI|Lloyd")
# A part of each keyword above ("all" of "Call" and "call"), for `_may_hold_keywords`.
_ID_KEYWORD_PARTS = ("IMO", "MMSI", "IRCS", "OMI", "all", "ALL", "ndicati", "NDICATI", "Lloyd")
_INFER_SHARE = 0.8
_DIGIT = re.compile(r"\d")
_RFMO_NUMBER = re.compile(r"(?:" + RFMO_RE.pattern.removesuffix(r"\b") + r")[- ]?[A-Z]?\d{3,}")


_LOCODE_CELL = re.compile(r"[A-Z]{2}[A-Z2-9]{3}(?![\w-])")
# A call sign cell: one token of capitals and digits with at least one digit, which words in
# capitals (names, ports) rarely have.
_CALL_SIGN_CELL = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8}")
_LETTERS_CALL_SIGN = re.compile(r"[A-Z]{4}")


def _is_call_sign(value: str) -> bool:
    return _CALL_SIGN_CELL.fullmatch(value) is not None and validate("IRCS", value) is None


# A kind of authorisation: "Fishing licence", "Autorisation de transbordement".
_AUTHORISATION_CELL = re.compile(
    r"(?:[^\W\d_][\w'\u2019.-]* ){0,4}?"
    r"(?i:licen[cs]e|licencia|licença|permit|permiso|permis|authori[sz]ation|autorizaci[oó]n|"
    r"autorisation|autorização)"
    r"(?: [^\W\d_][\w'\u2019.-]*){0,4}"
)
# Tried in order; the first test nearly all of a column's cells pass types the column.
_CELL_TESTS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    (k.IMO, lambda v: len(v) == 7 and v.isdigit() and validate("IMO", v) is None),
    (k.MMSI, lambda v: len(v) == 9 and v.isdigit() and validate("MMSI", v) is None),
    (k.RFMO_ID, lambda v: _RFMO_NUMBER.fullmatch(v) is not None),
    # Set lookups, not pycountry's: most cells tested here are names, not countries.
    (k.FLAG, lambda v: v in COUNTRY_NAME_SET or is_country_code(v)),
    (k.IRCS, _is_call_sign),
    # Ports of embarkation, landing, last call: a UN/LOCODE first, a date may follow.
    (k.PORT_ID, lambda v: _LOCODE_CELL.match(v) is not None and is_country_code(v[:2])),
    (k.AUTH_TYPE, lambda v: _AUTHORISATION_CELL.fullmatch(v) is not None),
)
_AUTHORISATION_TEST = tuple(test for test in _CELL_TESTS if test[0] == k.AUTH_TYPE)
# Several columns of a table may hold ports (embarked, disembarked); one kind a column else.
_REPEATABLE = frozenset({k.PORT_ID})
_NAME_CELL = re.compile(r"[^\W\d_][\w .'&/-]*")
# A record's number, not a name: a few letters, then four digits or more ("FV00853",
# "IOTC-014589"); a name runs more letters before its number ("XINHAI1201").
_CODE_CELL = re.compile(r"[A-Z]{1,4}[-/]?\d{4,}|[A-Z]{5,6}[-/]?\d{5,}")


def _infer(
    text: str,
    cells: Sequence[Cell | None],
    taken: set[str],
    tests: Sequence[tuple[str, Callable[[str], bool]]] = (),
) -> str | None:
    """The kind most of the column's cells pass a test of (`tests`, or every cell test)."""
    # Cells come trimmed from table_forms, so a placeholder is a plain set lookup here.
    values = [
        value
        for c in cells
        if c is not None
        and (value := text[c.start : c.end])
        and (
            value[0] not in PLACEHOLDER_STARTS
            or len(value) > LONGEST_PLACEHOLDER
            or value.lower() not in PLACEHOLDERS
        )
    ]
    if len(values) < 2:
        return None
    allowed_misses = len(values) - math.ceil(_INFER_SHARE * len(values))
    for kind, test in tests or _CELL_TESTS:
        if (kind not in taken or kind in _REPEATABLE) and _mostly(test, values, allowed_misses):
            return kind
    if not tests and k.IRCS not in taken and _call_signs(values, allowed_misses):
        return k.IRCS
    return None


def _call_signs(values: list[str], allowed_misses: int) -> bool:
    """Call signs, some of them letters only ("JFGJ" among "BZ3VX", "UBGP8"): those count when
    half the column's call signs or more hold a digit, as words in capitals rarely do."""
    with_digit = letters_only = 0
    for value in values:
        if _is_call_sign(value):
            with_digit += 1
        elif _LETTERS_CALL_SIGN.fullmatch(value) and validate("IRCS", value) is None:
            letters_only += 1
    misses = len(values) - with_digit - letters_only
    return misses <= allowed_misses and with_digit >= letters_only


def _mostly(test: Callable[[str], bool], values: list[str], allowed_misses: int) -> bool:
    """True if at most allowed_misses values fail; stops at the first miss too many, which for
    most columns and tests is within the first few cells."""
    misses = 0
    for value in values:
        if not test(value):
            misses += 1
            if misses > allowed_misses:
                return False
    return True


Kinds = tuple[tuple[str, ...], float]  # what a column holds, and how sure that is


_WORD = re.compile(r"\S+")


def _header_by_columns(text: str, block: TableBlock) -> TableBlock:
    """A one-line header whose wordings sit one space apart ('Call sign Embarked') is read as one
    run over two columns, leaving one column without a header: its words are dealt out again
    to the columns whose cells start at or before them. Only in aligned text: pipes, tabs and
    the like mark where each cell ends."""
    header = block.header
    if block.form != "aligned" or header is None or all(h.text for h in header):
        return block
    if any(len(h.pieces) > 1 for h in header):
        return block
    starts: list[int | None] = []
    for i in range(len(header)):
        xs = [
            c.start - (text.rfind("\n", 0, c.start) + 1)
            for row in block.rows
            if i < len(row) and (c := row[i]) is not None
        ]
        starts.append(min(xs) if xs else None)
    cells = list(header)
    for i, h in enumerate(header):
        if not h.pieces:
            continue
        piece = h.pieces[0]
        line_start = text.rfind("\n", 0, piece.start) + 1
        dealt: dict[int, list[tuple[int, int]]] = {}
        for m in _WORD.finditer(text, piece.start, piece.end):
            x = m.start() - line_start
            column = max(
                (j for j, start in enumerate(starts) if start is not None and start <= x + 1),
                default=i,
            )
            dealt.setdefault(column, []).append(m.span())
        # Only a run that reaches over a column without a header of its own is dealt out.
        if len(dealt) < 2 or any(j != i and header[j].text for j in dealt):
            continue
        cells[i] = HeaderCell("", ())
        for j, spans in dealt.items():
            cell = Cell(spans[0][0], spans[-1][1])
            cells[j] = HeaderCell(cell.of(text), (cell,))
    return replace(block, header=tuple(cells))


def _lists_persons(block: TableBlock) -> bool:
    return block.header is not None and any(_PERSON_FIELD.search(h.text) for h in block.header)


def _column_kinds(text: str, block: TableBlock) -> list[Kinds]:
    width = max((len(row) for row in block.rows), default=0)
    named: list[tuple[str, ...]] = [()] * width
    if block.header is not None:
        for i, header in enumerate(block.header[:width]):
            named[i] = k.kinds_of(header.text)
    persons = _lists_persons(block)
    if persons:
        # A list of persons (crew, passengers): its names and nationalities are not the
        # vessel's name and flag, and its document numbers are no identifiers of the vessel.
        named = [() if set(kinds) & _VESSEL_LOOKALIKES else kinds for kinds in named]
    taken = {kind for kinds in named for kind in kinds}
    columns: list[Kinds] = []
    by_column: list[tuple[Cell | None, ...]] | None = None  # _column(block, i) of every i
    for i, kinds in enumerate(named):
        if kinds == (k.IGNORE,) and k.AUTH_TYPE not in taken:
            # A header that names nothing of the vessel's ("Type", "Status") over "Fishing
            # licence", "Permiso de pesca": the kind of authorisation, not of vessel.
            if by_column is None:
                by_column = list(zip_longest(*block.rows))
            if _infer(text, by_column[i], taken, _AUTHORISATION_TEST) == k.AUTH_TYPE:
                taken.add(k.AUTH_TYPE)
                kinds = (k.AUTH_TYPE,)
        if kinds:
            columns.append((kinds, _HEADED))
            continue
        if by_column is None:
            by_column = list(zip_longest(*block.rows))
        inferred = None if persons else _infer(text, by_column[i], taken)
        if inferred:
            taken.add(inferred)
        columns.append(((inferred,) if inferred else (), _INFERRED))
    if block.header is None and taken & _IDENTIFIERS and k.NAME not in taken:
        _infer_name(text, block, columns)
    return columns


def _change_spans(text: str, block: TableBlock, columns: list[Kinds]) -> list[Span]:
    """A record of changes' values, read as the field each row names; its field and value
    columns are then left out of the usual reading (columns is changed in place)."""
    where = change_columns(block.header) if block.header is not None else None
    if where is None:
        return []
    for i in where:
        if i is not None and i < len(columns):
            columns[i] = ((k.IGNORE,), _HEADED)
    spans: list[Span] = []
    for row in block.rows:
        cells = [row[i] if i is not None and i < len(row) else None for i in where]
        spans += change_spans(text, *cells)
    return spans


_IDENTIFIERS = frozenset({k.IMO, k.MMSI, k.IRCS})
# Headers that only a table of persons has: rank, date of birth, passport, seafarer's book.
# ("Crew" is not one: a register's column may count the crew of each vessel.)
_PERSON_FIELD = re.compile(
    r"(?i)\b(?:rank|rango|grade|fonction|date of birth|birth|fecha (?:de )?nac|nacimiento|"
    r"naissance|passport|pasaporte|passeport|seaman|seafarer|libreta|livret)"
)
_VESSEL_LOOKALIKES = frozenset({k.NAME, k.FLAG, k.COUNTRY, k.OWNER})


def _column(block: TableBlock, i: int) -> list[Cell | None]:
    return [row[i] if i < len(row) else None for row in block.rows]


def _infer_name(text: str, block: TableBlock, columns: list[Kinds]) -> None:
    """In a table without a header whose identifiers were recognised, the first column of
    words that are neither countries nor codes is the vessel's name (registers list it first)."""
    for i, (kinds, _) in enumerate(columns):
        if kinds:
            continue
        values = [text[c.start : c.end] for c in _column(block, i) if c is not None]
        words = [
            v
            for v in values
            if _NAME_CELL.fullmatch(v) and not is_country_code(v) and not _CODE_CELL.fullmatch(v)
        ]
        if values and len(words) >= _INFER_SHARE * len(values):
            columns[i] = ((k.NAME,), _INFERRED - 0.1)
            return


Reading = tuple[tuple[int, int, str, str, float], ...]  # (start, end, label, text, confidence)
# A cell's reading depends on its text and column alone, and flags, ports, dates and metrics
# recur down a table: readings are remembered per column kind, offsets relative to the cell.
# A dict per column is looked up by the cell's text alone, the cheapest key there is.
_READINGS: dict[tuple[tuple[str, ...], float], dict[str, Reading]] = {}
_MAX_READINGS = 4096  # per column kind; the dict is emptied when full


def _add_cell_spans(
    spans: list[Span],
    text: str,
    cell: Cell,
    kinds: tuple[str, ...],
    confidence: float,
    known: dict[str, Reading],
) -> None:
    """Append the cell's spans to `spans` (a table's hundred cells: no list of its own each)."""
    value = text[cell.start : cell.end]
    reading = known.get(value)
    if reading is None:
        if len(known) >= _MAX_READINGS:
            known.clear()
        reading = known[value] = _read_cell(value, kinds, confidence)
    at = cell.start
    for start, end, label, found, conf in reading:
        spans.append(new_span(at + start, at + end, label, found, conf))


def _read_cell(value: str, kinds: tuple[str, ...], confidence: float) -> Reading:
    """The cell read as each of its column's kinds in turn ('ABC12 / 412345678' under 'Call
    sign / MMSI'), then any identifier a keyword names inside it ('IMO 9123456<br>MMSI ...')."""
    spans: list[Span] = []
    if _ID_KEYWORD.match(value, len(value) - len(value.lstrip())):
        # A cell (or a wrapped line of one) that opens on a keyword: "IMO 1106576" under the
        # vessel's name is its IMO number, not more of the name.
        spans += find_identifiers(value)
    pieces = _lines_of(value)
    if len(pieces) > 1 and k.OWNER in kinds:
        # "NAME<br>street<br>city<br>country": an associate and the lines of their address.
        spans += value_spans(k.OWNER, value, *pieces[0], confidence)
        spans += address_lines(value, pieces[1:], confidence - 0.1)
    else:
        for kind in kinds:
            if kind in (k.START, k.END) and len(DATE_RE.findall(value)) > 1:
                kind = k.PERIOD  # "01/01/2022 31/12/2022" under "From  To" run together
            for piece in pieces:
                spans += _free(spans, value_spans(kind, value, *piece, confidence))
    if _ID_KEYWORD.search(value):
        spans += _free(spans, find_identifiers(value))
    return tuple((s.start, s.end, s.label, s.text, s.confidence) for s in spans)


_LINE_BREAK = re.compile(r"<br\s*/?>|\n", re.IGNORECASE)


def _lines_of(value: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of a cell that HTML breaks (<br>) into several."""
    if "<" not in value and "\n" not in value:
        return [(0, len(value))]
    pieces, cursor = [], 0
    for m in _LINE_BREAK.finditer(value):
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, len(value)))
    return [(a, b) for a, b in pieces if value[a:b].strip()]


def _free(kept: list[Span], new: list[Span]) -> list[Span]:
    if not kept:
        return new
    return [s for s in new if not any(s.start < t.end and t.start < s.end for t in kept)]


def _header_spans(text: str, block: TableBlock, columns: list[Kinds]) -> list[Span]:
    """A measure's header is its METRIC_TYPE (and unit); an RFMO's acronym is its code."""
    spans: list[Span | None] = []
    # A group's wording over several columns ("Dimensions" over LOA and GT) names none of them.
    # Counted only for a table with a measure: hashing every piece costs more than the rest.
    columns_of: Counter[Cell] | None = None
    for header, (kinds, _) in zip(block.header or (), columns, strict=False):
        for piece in header.pieces:
            piece_text = text[piece.start : piece.end]
            if k.METRIC in kinds and columns_of is None:
                columns_of = Counter(p for h in block.header or () for p in h.pieces)
            if columns_of is not None and k.METRIC in kinds and columns_of[piece] == 1:
                wording, unit = k.split_unit(piece_text)
                if wording.strip():
                    spans.append(
                        make(text, piece.start, piece.start + len(wording), "METRIC_TYPE", _HEADED)
                    )
                if unit is not None:
                    at = text.find(unit, piece.start + len(wording), piece.end)
                    spans.append(make(text, at, at + len(unit), "METRIC_UNIT", _HEADED))
            for m in RFMO_RE.finditer(text, piece.start, piece.end):
                spans.append(make(text, m.start(), m.end(), "RFMO_CODE", _HEADED))
    return [s for s in spans if s]


def _holds_key_lines(text: str, block: TableBlock) -> bool:
    """True if a data row is itself a line of keys (a form that prints keys over their values
    looks like a table whose rows alternate keys and values). Without a header, the form
    opens with its keys ('1. Name of vessel   2. Flag'): only the first row can tell."""
    if block.form != "aligned":
        return False
    for row in block.rows if block.header is not None else block.rows[:1]:
        cells = [c for c in row if c is not None]
        if len(cells) >= 2 and is_key_line([text[c.start : c.end] for c in cells]):
            return True
    return False


def _sections(text: str, block: TableBlock) -> list[TableBlock]:
    """The table cut at each data row that is itself a line of keys: a form drawn as a grid
    (pipes, tabs, Markdown, HTML) prints keys over their values, so each line of keys is the
    header of the rows under it."""
    sections: list[TableBlock] = []
    header = block.header
    rows: list[tuple[Cell | None, ...]] = []
    for row in block.rows:
        if _is_key_row(text, row):
            keys = [HeaderCell(text[c.start : c.end], (c,)) if c else None for c in row]
            if rows:
                sections.append(replace(block, header=header, rows=tuple(rows)))
            elif header is not None:
                # A second line of headers under the first (groups over their columns, a
                # header that spans both lines): each column takes the lower wording it has.
                keys = [key or above for key, above in zip(keys, header, strict=False)]
            header = tuple(key or HeaderCell("", ()) for key in keys)
            rows = []
        else:
            rows.append(row)
    if header is block.header:
        return [block]
    sections.append(replace(block, header=header, rows=tuple(rows)))
    return sections


def _is_key_row(text: str, row: Sequence[Cell | None]) -> bool:
    cells = list(filter(None, row))  # a Cell is always true
    if len(cells) < 2:
        return False
    # Most rows are values with digits in them; keys have none, unless the form numbers its
    # boxes, and then the first one is numbered too.
    first = text[cells[0].start : cells[0].end]
    if _DIGIT.search(text, cells[0].start, cells[-1].end) and k.numbered_key(first) == first:
        return False
    return is_key_line([text[c.start : c.end] for c in cells])


def _blocks(text: str) -> list[TableBlock]:
    """The page's tables: fixed-width listings under a guide of dashes, every form `table_forms`
    reads, then comma-separated exports and
    tables read by the order of their runs (`ordered_rows`) on the lines none of those cover."""
    blocks = find_fixed_width_blocks(text)
    taken = [span for block in blocks for span in block.covered]
    for block in find_table_blocks(text):
        if not _overlaps(block, taken):
            blocks.append(block)
    taken = [span for block in blocks for span in block.covered]
    for block in find_comma_blocks(text):
        if not any(a < end and start < b for a, b in block.covered for start, end in taken):
            blocks.append(block)
            taken.extend(block.covered)
    if "  " in text or "|" in text or "\t" in text:
        blocks += find_ordered_tables(text, taken)
    return blocks


def _overlaps(block: TableBlock, taken: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in block.covered for start, end in taken)


@dataclass(frozen=True)
class ColumnHeads:
    """The wordings over a table's columns, carried to the document's next page: registers
    print their header once, and the rows go on over the following pages without it."""

    form: str
    wordings: tuple[str, ...]


@dataclass
class GridTables:
    spans: list[Span]
    covered: list[tuple[int, int]]  # the character ranges the tables cover, sorted
    heads: ColumnHeads | None  # of the page's last table, for the next page


def find_grid_tables(text: str, carried: ColumnHeads | None = None) -> GridTables:
    """Spans of the page's tables and the character ranges they cover (which the other finders
    then skip). `carried`: the previous page's last table heads, which a table that opens this
    page without a header of its own continues when it has as many columns in the same form."""
    spans: list[Span] = []
    covered: list[tuple[int, int]] = []
    heads = carried
    for n, whole in enumerate(sorted(_blocks(text), key=lambda b: b.covered[0])):
        if heads is not None and (n == 0 or len(heads.wordings) >= _CONTINUED_MIN_WIDTH):
            whole = _continued(text, whole, heads)
        if _holds_key_lines(text, whole) or _characters_in_boxes(whole):
            continue  # a boxed form, keys over values or one character a box: keyvalue reads it
        changes = whole.header is not None and change_columns(whole.header) is not None
        if not changes and (keyed := _keys_down_the_side(text, whole)) is not None:
            covered.extend(whole.covered)
            spans += keyed
            continue
        whole = _header_by_columns(text, whole)
        sections = [(block, _column_kinds(text, block)) for block in _sections(text, whole)]
        changed = [s for block, columns in sections for s in _change_spans(text, block, columns)]
        if not changed and not any(
            set(kinds) - {k.IGNORE} for _, columns in sections for kinds, _ in columns
        ):
            if _lists_persons(whole):
                covered.extend(whole.covered)  # nothing of the vessel's: no finder reads it
            continue  # a grid of nothing known: leave it to the other finders
        covered.extend(whole.covered)
        spans += changed
        for block, columns in sections:
            spans += _section_spans(text, block, columns)
        last = sections[-1][0]
        heads = (
            ColumnHeads(last.form, tuple(h.text for h in last.header))
            if last.header is not None
            else None
        )
    covered.sort()
    return GridTables(spans, covered, heads)


def _characters_in_boxes(block: TableBlock) -> bool:
    """True if most cells hold one character: a form's value written one character a box
    ('| 4 | 1 | 2 | 0 |'), not a table."""
    if block.form == "aligned":
        return False  # boxes are drawn: a column of counts in aligned text is a table's
    cells = [cell for row in block.rows for cell in row if cell is not None]
    return len(cells) >= 4 and 2 * sum(1 for c in cells if c.end - c.start == 1) > len(cells)


# A Markdown table goes on over the next page as rows of pipes, without its separator line.
_SAME_FORM = {"markdown": "pipes"}


_KEY_ROWS_SHARE = 2 / 3


# A number in a first cell says it holds a value; a 0, 1, 5 or 8 inside a word is OCR's
# misreading of a letter ("NAME 0F VESSEL"; headers.normalise reads it back).
_NUMBER = re.compile(r"[2-46-79]|(?<![^\W\d_])[0158]+(?![^\W\d_])")


def _keys_down_the_side(text: str, block: TableBlock) -> list[Span] | None:
    """A record printed as a table, a key in the first cell of each row and its value beside it
    ('| **IMO No.** | 9123456 |'), or the values of several vessels side by side (a sheet that
    compares them, one column each); None if the first column is not keys. The header line is
    one more such row when its first cell is a key too."""
    width = max((len(row) for row in block.rows), default=0)
    if width < 2:
        return None
    rows = list(block.rows)
    if block.header is not None and not _names_columns(block.header):
        # Each line of the header is one more row: the lines above the first values may be
        # keys and values too, taken for a header wrapped over several lines.
        rows[:0] = _header_lines(text, block.header)
    keyed: list[tuple[str, Cell, tuple[Cell | None, ...]]] = []
    # Rows with nothing in the first column go on the value above (an owner's address lines).
    continued: dict[int, list[tuple[int, int]]] = {}
    headed = sum(1 for row in rows if row and row[0] is not None)
    unkeyed = 0
    for row in rows:
        first = row[0] if row else None
        if first is None:
            if keyed and keyed[-1][0] in _ASSOCIATE_KINDS:
                continued.setdefault(len(keyed) - 1, []).extend(
                    (c.start, c.end) for c in row[1:] if c
                )
            continue
        wording = k.numbered_key(text[first.start : first.end]).rstrip(" :")
        kind = None if _NUMBER.search(wording) else k.kind_of(wording)
        if kind is not None:
            keyed.append((kind, first, row[1:]))
            continue
        unkeyed += 1
        if headed - unkeyed < _KEY_ROWS_SHARE * headed:
            return None  # too few rows left to be keys (the test below): most tables, told early
    if len(keyed) < 2 or len(keyed) < _KEY_ROWS_SHARE * headed:
        return None
    # Beside one value, keys may repeat a kind (length, breadth and depth are all measures).
    # Beside several, a first column that says the same on most rows ('IOTC' on every row of a
    # register) is a column of values, not the fields of the vessels compared.
    if width > 3 and 2 * Counter(kind for kind, _, _ in keyed).most_common(1)[0][1] > len(keyed):
        return None
    spans: list[Span] = []
    # "Previous | New" over the values: what the vessel had and has.
    previous = previous_columns(block.header)
    for n, (kind, key, values) in enumerate(keyed):
        if kind == k.IGNORE:
            continue
        spans += key_spans(text, kind, key.start, key.end)
        for column, cell in enumerate(values, start=1):
            if cell is None or is_placeholder(text, cell.start, cell.end):
                continue
            value_kind = k.FORMER_KIND.get(kind) if column in previous else kind
            if value_kind is not None:
                spans += value_spans(value_kind, text, cell.start, cell.end, _HEADED - 0.05)
        if n in continued:
            spans += _free(spans, address_block(text, continued[n], _HEADED - 0.15))
    return spans


_ASSOCIATE_KINDS = frozenset({k.OWNER, k.ADDRESS})


def _names_columns(header: Sequence[HeaderCell]) -> bool:
    """True if most wordings after the first name a field: a header over its columns, not keys
    down the side with their values beside them (a register's wrapped header starts with
    'RFMO Serial' / 'No.', which read as keys too)."""
    wordings = [cell.text for cell in header[1:] if cell.text]
    return len(wordings) >= 2 and 2 * sum(1 for w in wordings if k.kind_of(w)) > len(wordings)


def _header_lines(text: str, header: Sequence[HeaderCell]) -> list[tuple[Cell | None, ...]]:
    """The header's pieces line by line, each in its column (None where a column has none)."""
    by_line: dict[int, list[Cell | None]] = {}
    for column, cell in enumerate(header):
        for piece in cell.pieces:
            line = text.rfind("\n", 0, piece.start)
            by_line.setdefault(line, [None] * len(header))[column] = piece
    return [tuple(by_line[line]) for line in sorted(by_line)]


def _continued(text: str, block: TableBlock, carried: ColumnHeads) -> TableBlock:
    """The block under the heads of the table before it, if it goes on with that table: the
    same form and as many columns, and no header of its own, or a first line taken for one
    that names nothing (the tail of a record wrapped over the blank line between records)."""
    width = max((len(row) for row in block.rows), default=0)
    same_form = _SAME_FORM.get(block.form, block.form) == _SAME_FORM.get(carried.form, carried.form)
    if not same_form or width != len(carried.wordings):
        return block
    rows = block.rows
    if block.header is not None:
        if any(k.kind_of(cell.text) for cell in block.header if cell.text):
            return block
        rows = (*_header_lines(text, block.header), *rows)
    return replace(block, header=tuple(HeaderCell(w, ()) for w in carried.wordings), rows=rows)


# A register whose records are parted by blank lines comes as one block per record, the header
# over the first only. Narrower blocks under a table are as often a different list.
_CONTINUED_MIN_WIDTH = 4


def _rows_reach(block: TableBlock) -> tuple[int, int]:
    """Where the cells of the block's rows lie: after its header's wordings and within the
    lines it covers (every form puts the header first, and covers each line it reads)."""
    after_header = [piece.end for cell in block.header or () for piece in cell.pieces]
    return max(after_header, default=block.covered[0][0]), block.covered[-1][1]


def _may_hold_keywords(text: str, start: int, end: int) -> bool:
    """False if no _ID_KEYWORD match can be in text[start:end]. Each holds one of these parts;
    `in` skips through a table's text several times faster than re, which tries the keyword at
    every capital I, M, O, C or L of it."""
    rows = text[start:end]
    return any(part in rows for part in _ID_KEYWORD_PARTS)


Read = tuple[tuple[str, ...], float, dict[str, "Reading"]]


def _stacked_columns(block: TableBlock, reading: list[Read | None]) -> dict[int, dict[int, Read]]:
    """A register printed a record a block of lines under headers that stack their wordings
    ("Ship's name / ex-names", "Flag / Port / Call"), the record's later lines opening on an
    empty first column: each stacked column's i-th line is read as its i-th kind, and a line
    past its wordings only for the identifiers a keyword names. Empty when the block is no
    such register."""
    if block.header is None or not any(row and row[0] is None for row in block.rows):
        return {}
    stacked: dict[int, dict[int, Read]] = {}
    for c, read in enumerate(reading):
        if read is None or len(read[0]) < 2:
            continue
        kinds, confidence, _ = read
        lines: dict[int, Read] = {
            i: ((kind,), confidence, _READINGS.setdefault(((kind,), confidence), {}))
            for i, kind in enumerate(kinds)
        }
        for i in range(len(kinds), _DEEPEST_RECORD + 1):
            lines[i] = ((), confidence, _READINGS.setdefault(((), confidence), {}))
        stacked[c] = lines
    return stacked


_DEEPEST_RECORD = 8


def _section_spans(text: str, block: TableBlock, columns: list[Kinds]) -> list[Span]:
    spans = _header_spans(text, block, columns)
    # Columns of no labelled kind are only read for an identifier a keyword names. Most tables
    # have no keyword under their header, and then those columns are not read at all.
    keywords = _may_hold_keywords(text, *_rows_reach(block))
    reading: list[Read | None] = []
    for kinds, confidence in columns:
        labelled = kinds if set(kinds) - {k.IGNORE} else ()
        if labelled or keywords:
            known = _READINGS.setdefault((labelled, confidence), {})
            reading.append((labelled, confidence, known))
        else:
            reading.append(None)
    stacked = _stacked_columns(block, reading)
    depth = 0  # the row's line within its record, in a register printed a record a block
    for row in block.rows:
        depth = min(depth + 1, _DEEPEST_RECORD) if stacked and row and row[0] is None else 0
        for c, (cell, read) in enumerate(zip(row, reading, strict=False)):
            if cell is None or read is None:
                continue
            # A record's first line is read as any table's row (all the column's kinds in turn).
            kinds, confidence, known = stacked[c][depth] if depth and c in stacked else read
            if c in stacked and k.IRCS in read[0] and _is_call_sign(text[cell.start : cell.end]):
                kinds, confidence, known = stacked[c][read[0].index(k.IRCS)]  # a line left out
            if not cell.more:  # the usual cell, on one line (no tuple of its pieces made)
                if kinds or _ID_KEYWORD.search(text, cell.start, cell.end):
                    _add_cell_spans(spans, text, cell, kinds, confidence, known)
                continue
            # A cell wrapped onto the next lines: each line's piece is read on its own
            # (a span cannot jump the other columns' text between them).
            for piece in (cell, *cell.more):
                if kinds or _ID_KEYWORD.search(text, piece.start, piece.end):
                    _add_cell_spans(spans, text, piece, kinds, confidence, known)
    return spans
