"""Tables in page text, in each form PDF extraction and OCR write them, as cells with offsets.

Structure only: this module says where a table's header and cells are; which label a column
carries is decided elsewhere. Nothing is rewritten, so text[cell.start:cell.end] is always the
cell as printed, without the blanks and the Markdown/HTML/CSV markup around it.

Approach, for a budget of ~0.2 ms a page:
- A page with none of "  ", tab, "|", ";", "<t" is rejected at once.
- HTML (<table>...</table>, as DeepSeek-OCR writes it) is read first, one regex match per row
  start or cell; tags inside a cell are skipped at its ends, never parsed. colspan and rowspan
  are laid out on a grid. Other forms leave those lines alone.
- Every other line gets one class from str methods alone: rule ("-----", "|:--|", "+==+"),
  pipes, tabs, semicolons, aligned (a run of 2+ spaces between texts), text (one run of words)
  or blank. A run of lines of one class (rules included) is read as one block of that form.
- Separator forms (pipes, Markdown, tab-separated values, semicolons) split each line at its
  separators; the n-th cell is the n-th column. Lines around the table with fewer cells (a
  title or footer that happens to hold a "|" or ";") are left out.
- Aligned layouts (and tab lines whose tab counts differ, placed at 8-column tab stops) are read
  by x position: a column is a stretch of x between gutters (x that no cell of the block
  reaches), and a cell goes to the column it overlaps most, so a blank cell is a column with
  nothing in that line, wherever it is. Where a long or right-aligned cell fills a gutter, some
  line has two cells in one stretch; the stretch is cut in the middle of the least covered x
  between them, if few lines cover it there. A first or last line with few runs that reaches
  into columns it has no cell of (a title, a page header, a footer) is left out.
- Wrapped data cell: a following line with text under fewer than half of the columns, each
  piece within its column and under a filled cell of the row above that is not a code (one
  token with digits), is attached to that cell as Cell.more: its own exact offsets, as a span
  cannot jump lines. Other sparse lines are rows with mostly None, except one-run lines at the
  end of the block (a note, a source line), which are left out.
- Header: the first line(s), at most three, whose cells are short wordings without digits or
  placeholders, joined per column into HeaderCell.text. When no line of the block has digits,
  the first line only. HTML: the first row if it has <th> cells or no digits, with any
  following rows of <th> or in <thead>.
- Not tables: key-value forms (a line whose cells half end with ":" or read "Key: value", or
  HTML rows of <th>label</th><td>value</td>), prose (more than 5 words a cell; wordy cells
  with two texts in a column in over a quarter of the lines; or, in wordy or short blocks,
  inner columns whose cells share no left edge, right edge or centre), header-less two-column
  aligned blocks (a letterhead or a label/value list as often as a table), two-column
  semicolon lines with "; " (clauses), and blocks of fewer than 2 data rows of 2+ cells (1 for
  Markdown and HTML under a header). Label/value lists without colons in more columns look
  like tables and are returned: telling them apart needs the vocabulary this module lacks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html import unescape
from itertools import accumulate, chain, compress, pairwise
from operator import lt


@dataclass(frozen=True, slots=True)
class Cell:
    start: int  # offset of the cell's first non-blank character in the page text
    end: int  # exclusive
    more: tuple[Cell, ...] = ()  # the pieces of a cell wrapped onto the following line(s)

    @property
    def empty(self) -> bool:
        return self.end <= self.start  # placeholders ("-", "n/a") are cells, not empty

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class HeaderCell:
    text: str  # the column's wording, the pieces of a wrapped header joined by one space
    pieces: tuple[Cell, ...]  # one per header line the wording spans; () for no wording


@dataclass(frozen=True)
class TableBlock:
    form: str  # "aligned" | "tabs" | "pipes" | "markdown" | "semicolon" | "html"
    header: tuple[HeaderCell, ...] | None
    rows: tuple[tuple[Cell | None, ...], ...]  # each as long as the header; None = blank
    covered: tuple[tuple[int, int], ...]  # header, row and markup lines, sorted, disjoint


R = tuple[int, int]  # a cell's (start, end) while the block is read; Cells are made at the end
# A line's runs of text (the cells of an aligned line) as the x where each starts and ends,
# flat: [x0, x1, x0, x1, ...]. A page of table holds hundreds of runs, and ints in one list
# cost a fraction of a tuple each.
Runs = list[int]
# Line class, line start, line end, runs, and for a tab line (where x counts the columns the
# tabs move to) the page offset of each x of its runs; elsewhere that is line start + x.
Entry = tuple[int, int, int, Runs, dict[int, int] | None]
_SKIP, _BLANK, _TEXT, _ALIGN, _RULE, _PIPE, _TAB, _SEMI = range(8)  # >= _ALIGN: table lines
_MARKUP = (_RULE, _BLANK)  # lines of a separated table that hold no cells

_RULE_LINE = re.compile(r"[-=_+|: ]*[-=_]{3}[-=_+|: ]*")
_MD_SEP = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")
_DIGIT = re.compile(r"\d")
# A number in a cell: digits standing alone, or any digit OCR does not make of a letter. "Ca11
# Sign", "T0nnage", "MMS1" are a scanned header's words, with 0 1 5 8 read for O I S B.
_NUMBER = re.compile(r"(?<!\w)\d+(?!\w)|[2-467-9]")
_KEY = re.compile(r"[^\W\d][^:]{0,40}:(?:\s|$)")  # "Vessel name:" or "Flag: Panama"
_ROWNUM = re.compile(r"\d{1,4}\.?")
# Letters spelled in both cases: under re.I, re no longer skips ahead to the "<" (10x slower).
_TABLE = re.compile(r"<[tT][aA][bB][lL][eE]\b[^>]*>")
_TABLE_END = re.compile(r"</[tT][aA][bB][lL][eE]\s*>")
# A row start, or a cell: it runs to the next table tag (text, and "<" where none starts).
_CELL = re.compile(
    r"<(?:(tr)\b|t([dh])\b([^>]*)>([^<]*(?:<(?!/?t[rdh]\b|/?t(?:head|body|foot)\b)[^<]*)*))", re.I
)
_SPAN_ATTR = re.compile(r"""(col|row)span\s*=\s*["']?(\d+)""", re.I)
_INNER_TAG = re.compile(r"<[^>]*>")
_PLACEHOLDERS = frozenset(
    ("-", "--", "\u2014", "\u2013", "n/a", "N/A", "N/a", "n.a.", "N.A.", "nil", "NIL", "?", "/")
)


def find_table_blocks(text: str) -> list[TableBlock]:
    """Every table in the page text, in page order."""
    html = "<t" in text or "<T" in text
    if not (html or "  " in text or "\t" in text or "|" in text or ";" in text):
        return []
    out: list[TableBlock] = []
    taken = _html_tables(text, out) if html else []
    starts, raws, kinds = _classify(text, taken)
    n, i = len(raws), 0
    for i0 in [x for x, k in enumerate(kinds) if k >= _ALIGN]:  # lines that can start a table
        if i0 < i:
            continue
        j = i = i0
        while j < n and kinds[j] == _RULE:  # a top border: the form is the one below it
            j += 1
        k = kinds[j] if j < n else _BLANK
        j = _run_end(kinds, raws, i, k)
        if k in (_PIPE, _TAB, _SEMI):
            _separated(text, [(kinds[x], starts[x], raws[x]) for x in range(i, j)], k, out)
        elif k == _ALIGN:
            _aligned(text, [_entry(kinds[x], starts[x], raws[x]) for x in range(i, j)], out)
        i = max(j, i + 1)
    out.sort(key=lambda b: b.covered[0])
    return out


def _classify(text: str, taken: list[R]) -> tuple[list[int], list[str], list[int]]:
    raws = text.split("\n")
    starts: list[int] = []
    kinds: list[int] = []
    pos = 0
    for raw in raws:
        starts.append(pos)
        s = raw.strip()
        if not s:
            k = _BLANK
        elif taken and any(a < pos + len(raw) and pos < b for a, b in taken):
            k = _SKIP
        elif s[0] in "-=_+|:" and _RULE_LINE.fullmatch(s):
            k = _RULE
        elif "|" in s:
            k = _PIPE
        elif "\t" in s:
            k = _TAB
        elif "  " in s:
            # "OCEAN STAR  PS;LL" is an aligned row; "a;  b" is a semicolon row.
            k = _SEMI if ";" in s and all("  " not in p.strip() for p in s.split(";")) else _ALIGN
        else:
            k = _SEMI if ";" in s else _TEXT
        kinds.append(k)
        pos += len(raw) + 1
    return starts, raws, kinds


def _run_end(kinds: list[int], raws: list[str], i: int, k: int) -> int:
    """End of the run of lines of class k from line i, rule lines included. An aligned run also
    takes short one-run lines (wrapped cells) and single blank lines between rows (a
    double-spaced table, records parted by a blank line after their wrapped cells), but not a
    blank line before a header (the next table)."""
    n, j = len(kinds), i
    while j < n and k in (_PIPE, _TAB, _SEMI, _ALIGN):
        kj = kinds[j]
        if kj in (k, _RULE) or (k == _ALIGN and kj == _TEXT and not _breaker(raws[j])):
            j += 1
        elif k in (_PIPE, _TAB) and kj == _BLANK and j == i + 1 and j + 1 < n and kinds[j + 1] == k:
            j += 1  # a blank line between a header and its rows (web pages copied as text)
        elif k == _ALIGN and kj == _BLANK and j + 1 < n and kinds[j + 1] == k:
            # The line above is the run's own (a run starts with a filled line): a row, or a
            # wrapped cell's last line.
            if _headerish(raws[j + 1].split("  ")):
                break
            j += 1
        else:
            break
    return j


def _breaker(raw: str) -> bool:
    """A one-run line that is no wrapped cell: prose, a note, a key-value line."""
    s = raw.strip()
    return len(s) > 60 or s.count(" ") >= 6 or s.endswith(":") or bool(_KEY.match(s))


def _words(cell: str) -> int:
    """The cell's words, not the slashes between wordings ("Flag / Port / Call")."""
    return sum(1 for word in cell.split() if word not in ("/", "|", "&", "+"))


def _headerish(cells: list[str]) -> bool:
    """Mostly short wordings without digits: "Vessel Name", "LOA (m)", "No." yes; "2023", "-",
    a line of prose no."""
    most = len(cells) // 8  # cells with digits allowed, at most: a row stops at one more
    n = digits = 0
    for c in cells:
        c = c.strip()
        if c:
            if c in _PLACEHOLDERS or _words(c) > 6:  # prose; not "From       To"
                return False
            n += 1
            if _NUMBER.search(c):
                digits += 1
                if digits > most:
                    return False
    return n > 0 and (digits == 0 or (n >= 8 and digits * 8 <= n))


def _trim(text: str, a: int, b: int, marks: str = "") -> R | None:
    """text[a:b] without the blanks and the paired markup (**x**, `x`, "x") around it."""
    while True:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a > 2 and text[a] in marks and text[b - 1] == text[a]:
            a, b = a + 1, b - 1
        else:
            return (a, b) if a < b else None


def _size(text: str, cells: list[R]) -> tuple[int, int]:
    """The characters and the spaces in the cells. Spaces are only counted where the cells have
    more than 8 characters on average: shorter cells are neither prose nor wordy."""
    chars = sum([b - a for a, b in cells])
    return chars, sum([text.count(" ", a, b) for a, b in cells]) if chars > 8 * len(cells) else 0


def _rejected(text: str, cells: list[R], size: tuple[int, int] | None = None) -> bool:
    """Prose (more than 5 words a cell) or a key-value form (30% or more "Key:" cells); size is
    _size(text, cells), if known."""
    if not cells:
        return True
    n = len(cells)
    chars, spaces = size or _size(text, cells)
    if chars > 9 * n and spaces > 4 * n:
        return True
    # The cells are in page order and do not overlap, so each "Key:" cell holds a colon of its
    # own between the first cell and the last.
    if text.count(":", cells[0][0], cells[-1][1]) * 10 < 3 * n:
        return False
    keys = sum(1 for a, b in cells if text[b - 1] == ":" or _KEY.match(text, a, b))
    return keys * 10 >= 3 * n


def _block(
    text: str,
    form: str,
    header: list[list[R]] | None,
    rows: list[list[R | None]],
    covered: list[R],
    more: dict[tuple[int, int], list[R]] | None = None,
) -> TableBlock:
    ncols = max(max(map(len, rows)), len(header or ()))
    head = None
    if header is not None:
        header += [[] for _ in range(ncols - len(header))]
        head = tuple(
            HeaderCell(" ".join(" ".join(text[a:b].split()) for a, b in ps), _cells(ps))
            for ps in header
        )
    out = []
    for r in rows:
        row: list[Cell | None] = [None] * ncols
        for c, span in enumerate(r):
            if span:  # _cell(span) written out: the call adds a third to the cost
                twin = _Twin()
                twin.start, twin.end = span
                twin.more = ()
                twin.__class__ = Cell  # type: ignore[assignment]  # see _Twin
                row[c] = twin  # type: ignore[call-overload]  # a Cell now
        out.append(tuple(row))
    for (i, c), pieces in (more or {}).items():
        cell = out[i][c]
        assert cell is not None  # a wrap is only attached under a filled cell
        out[i] = (*out[i][:c], Cell(cell.start, cell.end, _cells(pieces)), *out[i][c + 1 :])
    return TableBlock(form, head, tuple(out), tuple(sorted(covered)))


class _Twin:
    """Cell without its frozen __setattr__. Cell is frozen, so its generated __init__ sets each
    field through object.__setattr__; object.__new__ and the slots' descriptors are not much
    faster. A _Twin is made and filled at the speed of any object, then turned into a Cell by
    setting its __class__, which Python allows between classes of the same slots: a third of
    the time of Cell(a, b), and a page of table holds a few hundred cells."""

    __slots__ = Cell.__slots__  # type: ignore[attr-defined]  # made by dataclass(slots=True)
    start: int
    end: int
    more: tuple[Cell, ...]


def _cell(span: R) -> Cell:
    """Cell(*span), made as _Twin says."""
    twin = _Twin()
    twin.start, twin.end = span
    twin.more = ()
    twin.__class__ = Cell  # type: ignore[assignment]  # see _Twin
    return twin  # type: ignore[return-value]  # a Cell now


def _cells(rs: list[R]) -> tuple[Cell, ...]:
    return tuple(map(_cell, rs))


# ---- separator forms: pipes, Markdown, tab-separated values, semicolons -------------------


def _split(text: str, a: int, b: int, sep: str, marks: str) -> list[R | None]:
    """The cells of text[a:b] between separators, trimmed; a "x;y" inside CSV quotes stays."""
    if marks == '"' and '"' in text[a:b]:
        out, q, x = [], False, a
        for i in range(a, b):
            if text[i] == '"':
                q = not q
            elif text[i] == sep and not q:
                out.append(_trim(text, x, i, marks))
                x = i + 1
        return [*out, _trim(text, x, b, marks)]
    cells: list[R | None] = []
    for piece in text[a:b].split(sep):
        s = piece.strip()
        if not s:
            cells.append(None)
        else:
            x = a + len(piece) - len(piece.lstrip())
            cells.append(_trim(text, x, x + len(s), marks) if s[0] in marks else (x, x + len(s)))
        a += len(piece) + 1
    return cells


def _separated(
    text: str, lines: list[tuple[int, int, str]], kind: int, out: list[TableBlock]
) -> None:
    if (
        kind == _TAB
        and any("\t\t" in raw for _, _, raw in lines)
        and not _tab_separated([raw.count("\t") for k, _, raw in lines if k not in _MARKUP])
    ):
        # Not tab-separated values (which may only drop empty cells at the end of a row): runs
        # of tabs that pad cells to the next column, read by their x like runs of spaces.
        _aligned(text, [_tab_entry(k, ls, raw) for k, ls, raw in lines], out, "tabs")
        return
    parsed: list[tuple[int, int, list[R | None] | None]] = []  # line bounds, cells or markup
    for k, ls, raw in lines:
        a, b = ls + len(raw) - len(raw.lstrip()), ls + len(raw.rstrip())
        if k in _MARKUP:
            cells = None
        elif kind == _PIPE and text.startswith("||", a) and text.startswith("||", b - 2):
            # Jira's header row, "|| a || b ||": every other piece between pipes is empty.
            cells = _split(text, a + 2, b - 2, "|", "*_`")[::2]
        elif kind == _PIPE:  # "| a | b |": the outer pipes open and close, they separate nothing
            cells = _split(text, a + (text[a] == "|"), b - (text[b - 1] == "|"), "|", "*_`")
        elif kind == _TAB:
            cells = _split(text, ls, ls + len(raw.rstrip("\r")), "\t", "")
        else:
            cells = _split(text, a, b, ";", '"')
        parsed.append((a, b, cells))
    counts = [len(p[2]) for p in parsed if p[2] is not None]
    if not counts:
        return
    mode = max(set(counts), key=counts.count)
    if kind == _SEMI and (
        counts.count(mode) * 3 < 2 * len(counts)  # CSV lines agree on their number of cells
        or (mode < 3 and any(text.find("; ", a, b) >= 0 for a, b, c in parsed if c))
    ):
        return  # prose with "; " in a few lines
    first = next(i for i, p in enumerate(parsed) if p[2] is not None)
    sep = parsed[first + 1] if first + 1 < len(parsed) else None
    md = kind == _PIPE and sep is not None and sep[2] is None and _MD_SEP.fullmatch(text, *sep[:2])
    if not md:  # a title or footer with a "|" or ";" has fewer cells: it goes; borders stay
        while len(parsed[first][2] or ()) < mode:
            first += 1
        while (last := parsed[-1][2]) is None or len(last) < mode:
            if last is None and parsed[-2][2] is not None:
                break
            parsed.pop()
        parsed = [p for i, p in enumerate(parsed) if i >= first or p[2] is None]
        first = next(i for i, p in enumerate(parsed) if p[2] is not None)
    head = parsed[first][2] or []
    has_header = bool(md) or _headerish([text[a:b] for a, b in filter(None, head)])
    data = [p[2] for p in parsed[first + has_header :] if p[2] is not None]
    full = sum(1 for r in data if len(r) - r.count(None) >= 2)
    if max(len(r) for r in [head, *data]) < 2 or full < (1 if md else 2):
        return
    filled = [c for r in data for c in r if c]
    # A row of "Key:" cells over a row of values is a form drawn as a grid, not a line of
    # key-value pairs: only the other rows' cells say whether the grid is a key-value form.
    if _rejected(text, [c for r in data if not _keys_row(text, r) for c in r if c]):
        return
    if kind == _SEMI and sum([text.count(" ", a, b) for a, b in filled]) > 2 * len(filled):
        return  # CSV cells are short; clauses of prose between semicolons are not
    header = [[c] if c else [] for c in head] if has_header else None
    form = "markdown" if md else {_PIPE: "pipes", _TAB: "tabs", _SEMI: "semicolon"}[kind]
    out.append(_block(text, form, header, data, [(a, b) for a, b, _ in parsed]))


def _tab_separated(tabs: list[int]) -> bool:
    """Tab counts of a block's lines that read as values pasted from a spreadsheet: one count
    in three lines out of four, and no line with more (a line may stop early: a title, or a
    group heading over several columns, drops its empty cells at the end). Tabs that pad cells
    to the next 8-column stop vary with the cells' lengths."""
    most = max(tabs)
    return tabs.count(most) * 4 >= 3 * len(tabs)


def _keys_row(text: str, row: list[R | None]) -> bool:
    """Every cell of the row a key ending in a colon, and two or more of them."""
    cells = [c for c in row if c]
    return len(cells) >= 2 and all(text[b - 1] == ":" for _, b in cells)


def _tab_entry(kind: int, ls: int, raw: str) -> Entry:
    """A tab line as an aligned line: tabs move to the next 8-column stop, as they display."""
    runs: Runs = []
    at: dict[int, int] = {}
    x = off = 0
    for piece in raw.split("\t") if kind != _RULE else ():
        for r in _runs(piece):
            runs.append(x + r)
            at[x + r] = ls + off + r
        off += len(piece) + 1
        x = (x + len(piece)) // 8 * 8 + 8
    kind = kind if kind in _MARKUP else _ALIGN if len(runs) > 2 else _TEXT
    return (kind, ls, ls + len(raw), runs, at)


# ---- aligned layouts: columns by x position -------------------------------------------------


def _entry(kind: int, ls: int, raw: str) -> Entry:
    runs = _runs(raw) if kind in (_ALIGN, _TEXT) else []
    return (
        kind if kind in (_RULE, _BLANK) else _ALIGN if len(runs) > 2 else _TEXT,
        ls,
        ls + len(raw),
        runs,
        None,
    )


_GUTTER = re.compile("(  +)")  # split at it: text, gutter, text, ..., text


def _runs(raw: str) -> Runs:
    """The runs of text (words one space apart) between runs of 2+ spaces. Splitting at the
    gutters and adding up the lengths of the pieces makes no match object and no tuple per
    run: it takes 60% of the time of finditer."""
    pieces = _GUTTER.split(raw)
    xs = list(accumulate(map(len, pieces), initial=0))  # text piece k runs from xs[2k] to xs[2k+1]
    # Only the first and last pieces can hold a space at their ends: one space at either end of
    # the line (two would be a gutter). Only they can be empty: a gutter at either end.
    if pieces[0][:1] == " ":
        xs[0] += 1
    if pieces[-1][-1:] == " ":
        xs[-1] -= 1
    if xs[-2] >= xs[-1]:
        del xs[-2:]
    if xs and xs[0] >= xs[1]:
        del xs[:2]
    return xs


def _pairs(runs: Runs) -> zip[tuple[int, int]]:
    """(x0, x1) of each run."""
    return zip(runs[0::2], runs[1::2], strict=True)


def _aligned(text: str, entries: list[Entry], out: list[TableBlock], form: str = "aligned") -> None:
    """Split the run at key-value lines (never table rows), then read each part."""
    if entries and text.find(":", entries[0][1], entries[-1][2]) < 0:  # no key-value line
        _grid(text, [e for e in entries if e[0] != _BLANK], form, out)
        return
    part: list[Entry] = []
    for e in entries:
        if e[0] == _BLANK:
            continue
        if e[0] == _ALIGN and _key_value(text, e):
            _grid(text, part, form, out)
            part = []
        else:
            part.append(e)
    _grid(text, part, form, out)


def _key_value(text: str, e: Entry) -> bool:
    """Whether half the runs of line e or more read "Key:", "Key: value" or ": value" (the
    value of a key padded to one width before its colon)."""
    ls, at = e[1], e[4]
    n = len(e[3]) // 2
    if 2 * text.count(":", ls, e[2]) < n:  # each of those holds a colon of its own
        return False
    keys = 0
    runs = iter(e[3])
    for x0, x1 in zip(runs, runs, strict=True):
        a, b = (ls + x0, ls + x1) if at is None else (at[x0], at[x1])
        keys += text[b - 1] == ":" or text[a] == ":" or bool(_KEY.match(text, a, b))
    return 2 * keys >= n


def _stretches(lines: list[Runs]) -> list[R]:
    """The stretches of x between gutters (x that no cell of the lines reaches)."""
    x0s = sorted(chain.from_iterable([runs[0::2] for runs in lines]))
    x1s = sorted(chain.from_iterable([runs[1::2] for runs in lines]))
    # A gutter follows the k-th cell (in order of start) where the k+1 cells that start first
    # all end before the next one starts: then they are the k+1 that end first.
    ends = list(compress(range(len(x0s) - 1), map(lt, x1s, x0s[1:])))
    los, his = [x0s[0], *[x0s[k + 1] for k in ends]], [*[x1s[k] for k in ends], x1s[-1]]
    return list(zip(los, his, strict=True))


def _cut(stretches: list[R], lines: list[Runs], clashes: list[R]) -> list[R]:
    """Cut stretches where a line has two cells in one: clashes holds, for each second cell in
    a stretch, its x0 and the x1 of the cell before it in its line."""
    hi = stretches[-1][1]
    delta = [0] * (hi + 1)  # how many lines start or stop reaching each x
    for runs in lines:
        for x0, x1 in _pairs(runs):
            delta[x0] += 1
            delta[x1] -= 1
    cov = list(accumulate(delta))  # how many lines reach each x
    cuts: set[int] = set()
    for x0, g0 in clashes:
        low = min(cov[g0:x0], default=len(lines))
        if low <= max(1, len(lines) // 3):  # cut in the middle of the least covered stretch
            x = cov.index(low, g0, x0)
            end = next((y for y in range(x, x0) if cov[y] != low), x0)
            cuts.add((x + end) // 2)
    cols: list[R] = []
    for a, b in stretches:
        cols.extend(pairwise([a, *sorted(c for c in cuts if a < c < b), b]))
    return cols


def _col(cols: list[R], starts: list[int], x0: int, x1: int) -> int:
    """The column a segment overlaps most."""
    j = bisect_right(starts, x0) - 1
    if j < 0:
        j = 0
    elif x1 <= cols[j][1]:
        return j
    best, top = j, min(x1, cols[j][1]) - x0
    for k in range(j + 1, len(cols)):
        if cols[k][0] >= x1:
            break
        if (ov := min(x1, cols[k][1]) - cols[k][0]) > top:
            best, top = k, ov
    return best


def _misfit(runs: Runs, cols: list[R], starts: list[int]) -> bool:
    """A cell reaching 3+ characters into a column no other cell of its line is in: a title or
    footer set above or below the columns, not in them."""
    own = {_col(cols, starts, x0, x1) for x0, x1 in _pairs(runs)}
    for x0, x1 in _pairs(runs):
        k = max(0, bisect_right(starts, x0) - 1)
        while k < len(cols) and cols[k][0] < x1:
            if k not in own and min(x1, cols[k][1]) - max(x0, cols[k][0]) >= 3:
                return True
            k += 1
    return False


def _grid(text: str, entries: list[Entry], form: str, out: list[TableBlock]) -> None:
    while entries:
        entries = _read_grid(text, entries, form, out)


def _read_grid(text: str, entries: list[Entry], form: str, out: list[TableBlock]) -> list[Entry]:
    """Read the table at the top of the entries; return the entries left to read."""
    while entries and entries[0][0] == _TEXT:  # a title above the table
        entries = entries[1:]
    multi = [i for i, e in enumerate(entries) if e[0] == _ALIGN]
    if len(multi) < 3:
        return []
    runs = [entries[i][3] for i in multi]
    # Columns are the stretches between gutters, unless a line has two cells in one: placing
    # the cells finds those, and the stretches are cut and the cells placed again.
    cols = _stretches(runs)
    lines, clashes, seconds = _place(entries, cols)
    if seconds:
        cut = _cut(cols, runs, seconds)
        placed = len(cut) == len(cols)  # nothing was cut: the cells stay where they are
        cols = cut
    else:
        placed = True
    starts = [c[0] for c in cols]
    # A title or footer has few runs; a row with a long cell over a blank one has many.
    short = 2 * max(2, len(cols) // 2)  # runs are two ints each
    first, last = runs[0], runs[-1]
    lo = multi[0] + 1 if len(first) <= short and _misfit(first, cols, starts) else 0
    hi = multi[-1] if len(last) <= short and _misfit(last, cols, starts) else len(entries)
    if lo or hi < len(entries):  # read again without it: the columns change
        return entries[lo:hi]
    if not placed:
        lines, clashes, _ = _place(entries, cols)
    clash_share = clashes / len(multi)  # the rule in prose; in a table, OCR spacing in a cell
    if clash_share > 0.75:
        return []
    used = [c for c, column in enumerate(zip(*[r for _, r in lines], strict=True)) if any(column)]
    if len(used) < len(cols):
        cols = [cols[c] for c in used]
        lines = [(e, [cells[c] for c in used]) for e, cells in lines]
    return _rows(text, lines, cols, form, out, clash_share) if len(cols) >= 2 else []


def _place(
    entries: list[Entry], cols: list[R]
) -> tuple[list[tuple[Entry, list[R | None]]], int, list[R]]:
    """Each line's cells by column, the number of lines with two cells in one column (those are
    joined), and each such second cell with the end of the cell before it in its line."""
    starts = [c[0] for c in cols]
    ends = [c[1] for c in cols]
    ncols = len(cols)
    lines: list[tuple[Entry, list[R | None]]] = []
    clashes = 0
    seconds: list[R] = []
    for e in entries:
        cells: list[R | None] = [None] * ncols
        clash = False
        ls, at = e[1], e[4]
        runs = iter(e[3])
        prev = 0  # x1 of the run before
        for x0, x1 in zip(runs, runs, strict=True):
            j = bisect_right(starts, x0) - 1
            if j < 0 or x1 > ends[j]:  # not within one column: the one it overlaps most
                j = _col(cols, starts, x0, x1)
            b = ls + x1 if at is None else at[x1]
            if old := cells[j]:
                cells[j] = (old[0], b)  # two cells in one column are joined
                clash = True
                seconds.append((x0, prev))
            else:
                cells[j] = (ls + x0 if at is None else at[x0], b)
            prev = x1
        clashes += clash
        lines.append((e, cells))
    return lines, clashes, seconds


def _rows(
    text: str,
    lines: list[tuple[Entry, list[R | None]]],
    cols: list[R],
    form: str,
    out: list[TableBlock],
    clash_share: float,
) -> list[Entry]:
    """Header, rows and wraps of a block whose columns are known; return the entries after
    the line that ended it, if one did."""
    ncols = len(cols)
    top = next(i for i, (e, _) in enumerate(lines) if e[0] != _RULE)  # below a top border
    nhead = 0
    for e, cells in lines[top:]:
        if e[0] == _RULE or nhead == 3 or (e[0] == _TEXT and not nhead):
            break
        if not _headerish([text[a:b] for a, b in filter(None, cells)]):
            break
        nhead += 1
    if nhead > 1 and all(
        _headerish([text[a:b] for a, b in filter(None, cells)])
        for e, cells in lines
        if e[0] != _RULE
    ):
        nhead = 1  # no line has digits: no way to tell a wrapped header from rows
    if not nhead and top + 2 < len(lines) and lines[top + 1][0][0] == _RULE:
        nhead = 1  # a line underlined by a rule heads the table, digits or not ("T1  T2  T3")
    header: list[list[R]] | None = [[] for _ in range(ncols)] if nhead else None
    rows: list[list[R | None]] = []
    one_run: list[bool] = []  # whether each row is a one-run line (a note, or an unplaced wrap)
    more: dict[tuple[int, int], list[R]] = {}
    starts: list[int] = []  # start of each row's line, to check that a wrap is under its cell
    # The borders above and the header are surely part of the table.
    covered = [_line_span(text, e) for e, _ in lines[: top + nhead]]
    if header is not None:
        for _, cells in lines[top : top + nhead]:
            for c, cell in enumerate(cells):
                if cell:
                    header[c].append(cell)
    kept = len(covered)  # len(covered) at the last line that is surely part of the table
    wrappable = False  # whether the line above is a row of many runs, or a wrap of one
    rest = len(lines)
    for i in range(top + nhead, len(lines)):
        e, cells = lines[i]
        kind, ls = e[0], e[1]
        if kind == _ALIGN and 2 * cells.count(None) <= ncols:  # a row, the usual case
            rows.append(cells)
            one_run.append(False)
            starts.append(ls)
            wrappable = True
            covered.append(_line_span(text, e))
            kept = len(covered)
            continue
        sure = kind != _TEXT
        if kind != _RULE:
            # A sparse line (cells in under half of the columns, or one run): a wrap, a note
            # across the columns, or a row with many blanks.
            filled = [(c, cell) for c, cell in enumerate(cells) if cell]
            inside = all(
                cols[c][0] - 2 <= a - ls and b - ls <= cols[c][1] + 2 for c, (a, b) in filled
            )
            if wrappable and inside and _wraps(text, filled, ncols, ls, rows[-1], starts[-1]):
                sure = True
                for c, cell in filled:
                    more.setdefault((len(rows) - 1, c), []).append(cell)
            elif kind == _TEXT and not inside:
                rest = i  # a line across the columns ends the table
                break
            else:
                rows.append(cells)
                one_run.append(kind == _TEXT)
                starts.append(ls)
                wrappable = kind != _TEXT
        else:
            wrappable = False  # a wrap is right under its row, not under a rule
        covered.append(_line_span(text, e))
        kept = len(covered) if sure else kept
    covered = covered[:kept]
    end = covered[-1][1] if covered else -1
    while one_run and one_run[-1] and starts[-1] > end:  # under the last row: a note, a source
        rows.pop()
        one_run.pop()
        starts.pop()
    left = [e for e, _ in lines[rest + 1 :]]  # after the line that ended the table, if any
    cells_in: list[R] = list(filter(None, chain.from_iterable(rows)))
    # Two aligned columns without a header are a letterhead or a label/value list as often
    # as a table; there is nothing to tell them apart by, so they are left out.
    if not (header or ncols > 2) or sum(ncols - r.count(None) >= 2 for r in rows) < 2:
        return left
    chars, spaces = size = _size(text, cells_in)
    if _rejected(text, cells_in, size):
        return left
    # Gutters that prose has by chance: in a few lines, or between words in many cells.
    n = len(cells_in)  # (cells of 8 characters or fewer on average are not wordy)
    wordy = chars > 8 * n and spaces > n
    if (wordy and clash_share > 0.25) or ((wordy or len(rows) < 6) and not _lined_up(rows, starts)):
        return left
    out.append(_block(text, form, header, rows, covered, more))
    return left


def _line_span(text: str, e: Entry) -> R:
    """The line without the blanks around it."""
    ls, runs, at = e[1], e[3], e[4]
    if not runs:
        return _trim(text, ls, e[2]) or (ls, ls)
    return (ls + runs[0], ls + runs[-1]) if at is None else (at[runs[0]], at[runs[-1]])


def _lined_up(rows: list[list[R | None]], starts: list[int]) -> bool:
    """Whether the inner columns line up as a table's do: in three of four, two thirds of the
    cells share a left edge, a right edge or a centre (one character slack). The first and
    last columns are left out: the margins of any paragraph line them up."""
    good = total = 0
    for column in list(zip(*rows, strict=True))[1:-1]:
        cells = [(cell, ls) for cell, ls in zip(column, starts, strict=True) if cell]
        if len(cells) < 2:
            continue
        total += 1
        # Most columns share a left edge: the others are only sorted when it is not so.
        good += (
            _bunched(sorted([a - ls for (a, _), ls in cells]), 1)
            or _bunched(sorted([b - ls for (_, b), ls in cells]), 1)
            or _bunched(sorted([a + b - 2 * ls for (a, b), ls in cells]), 2)
        )
    return 4 * good >= 3 * total


def _bunched(xs: list[int], slack: int) -> bool:
    """Whether two thirds of the sorted xs are within slack of one another. Two thirds of them
    hold the middle one, so only the stretches from slack before it to it need counting."""
    mid = xs[len(xs) // 2]
    return any(
        (bisect_right(xs, x + slack) - bisect_left(xs, x)) * 3 >= 2 * len(xs)
        for x in range(mid - slack, mid + 1)
    )


def _wraps(
    text: str, filled: list[tuple[int, R]], ncols: int, ls: int, prev: list[R | None], pls: int
) -> bool:
    """A line continuing wrapped cells of the row above: text under fewer than half of the
    columns (three at most), each piece under a filled cell of that row that is no code or
    number (one token with digits: those do not wrap), and no row number."""
    if not filled or len(filled) > 3 or 2 * len(filled) >= ncols:
        return False
    for c, (a, b) in filled:
        p = prev[c]
        if p is None or _ROWNUM.fullmatch(text, a, b) or not p[0] - pls - 2 <= a - ls <= p[1] - pls:
            return False
        if text.find(" ", *p) < 0 and _DIGIT.search(text, *p):
            return False  # a code or a number does not wrap; words do
    return True


# ---- HTML tables ----------------------------------------------------------------------------


def _html_trim(text: str, a: int, b: int) -> R | None:
    """The raw cell content without the blanks, &nbsp; and tags (<b>...</b>) around it."""
    while a < b:
        if text[a].isspace():
            a += 1
        elif text[b - 1].isspace():
            b -= 1
        elif text[a] == "<" and (j := text.find(">", a, b)) >= 0:
            a = j + 1
        elif text[b - 1] == ">" and (j := text.rfind("<", a, b)) >= 0:
            b = j
        elif text.startswith("&nbsp;", a, b):
            a += 6
        elif text.endswith("&nbsp;", a, b):
            b -= 6
        else:
            return a, b
    return None


def _html_tables(text: str, out: list[TableBlock]) -> list[R]:
    """Read each <table>; return the ranges of all, read or not, for no other form to read."""
    taken: list[R] = []
    pos = 0
    while m := _TABLE.search(text, pos):
        close = _TABLE_END.search(text, m.end())
        end, pos = (close.start(), close.end()) if close else (len(text), len(text))
        taken.append((m.start(), pos))
        block = _html_table(text, m.end(), end, taken[-1])
        if block is not None:
            out.append(block)
    return taken


def _html_table(text: str, a: int, b: int, span: R) -> TableBlock | None:
    low = text[a:b].lower()
    head: list[R] = []  # the <thead> sections
    at = low.find("<thead")
    while at >= 0:
        end = low.find("</thead", at)
        head.append((a + at, b if end < 0 else a + end))
        at = -1 if end < 0 else low.find("<thead", end)
    # Cells of each row: (range, is <th>, colspan, rowspan), and whether the row is in <thead>.
    raw: list[tuple[list[tuple[R | None, bool, int, int]], bool]] = []
    cells: list[tuple[R | None, bool, int, int]] | None = None
    for m in _CELL.finditer(text, a, b):
        tr, th, attrs, body = m.groups()
        if tr or cells is None:  # a cell before any <tr> opens a row too
            cells = []
            raw.append((cells, any(h0 <= m.start() < h1 for h0, h1 in head)))
            if tr:
                continue
        cs = rs = 1
        if attrs and "span" in (attrs := attrs.lower()):
            got = {k: int(v) for k, v in _SPAN_ATTR.findall(attrs)}
            cs, rs = max(1, min(got.get("col", 1), 50)), max(1, min(got.get("row", 1), 500))
        x, y = m.span(4)
        if "<" in body or "&" in body:
            cell = _html_trim(text, x, y)
        elif stripped := body.strip():  # plain text, the usual case: no need to walk it
            x += len(body) - len(body.lstrip())
            cell = (x, x + len(stripped))
        else:
            cell = None
        cells.append((cell, th in "hH", cs, rs))
    raw = [r for r in raw if r[0]]
    if all(all(th == (i % 2 == 0) for i, (_, th, _, _) in enumerate(r)) for r, _ in raw):
        return None  # <th>label</th><td>value</td> pairs in every row: a key-value form
    spans = "span" in low
    # Lay the cells on a grid: colspan fills the cells to its right (a header repeats its
    # wording there, a data row leaves them blank), rowspan the cells below.
    grid: list[list[R | None]] = []
    nhead = 0
    below: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    for row_cells, in_head in raw:
        busy = set(below)
        if below:
            below = {c: left - 1 for c, left in below.items() if left > 1}
        ths = [th for _, th, _, _ in row_cells]
        is_head = nhead == len(grid) and (in_head or all(ths) or (not grid and any(ths)))
        if not grid and not is_head and len(raw) > 1:  # a first row of words only
            is_head = not any(c and _DIGIT.search(text, *c) for c, _, _, _ in row_cells)
        row: list[R | None] = [] if spans else [c for c, _, _, _ in row_cells]
        for cell, _, cs, rs in row_cells if spans else ():
            while busy and len(row) in busy:
                row.append(None)
            for k in range(cs if rs > 1 else 0):
                below[len(row) + k] = rs - 1
            row.append(cell)
            if cs > 1:
                row += [cell if is_head else None] * (cs - 1)
        grid.append(row)
        nhead += is_head
    data = [r for r in grid[nhead:] if any(r)]
    full = sum(1 for r in data if len(r) - r.count(None) >= 2)
    if max(map(len, grid), default=0) < 2 or full < (1 if nhead else 2):
        return None
    if _rejected(text, [c for r in data for c in r if c]):
        return None
    width = max(map(len, grid))
    block = _block(text, "html", None, [r + [None] * (width - len(r)) for r in data], [span])
    if not nhead:
        return block
    cols: list[list[R]] = [[] for _ in range(width)]
    for hrow in grid[:nhead]:
        for c, cell in enumerate(hrow):
            if cell is not None and cell not in cols[c]:
                cols[c].append(cell)
    words = [text[x:y] for ps in cols for x, y in ps]
    if any("<" in w or "&" in w for w in words):  # inner tags and entities: wording only
        words = [unescape(_INNER_TAG.sub(" ", w)) for w in words]
    it = iter(words)
    header = tuple(
        HeaderCell(" ".join(" ".join(next(it) for _ in ps).split()), _cells(ps)) for ps in cols
    )
    return TableBlock("html", header, block.rows, block.covered)
