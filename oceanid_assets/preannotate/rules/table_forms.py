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
from bisect import bisect_right
from dataclasses import dataclass
from html import unescape
from itertools import pairwise


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
Seg = tuple[int, int, int, int]  # x0, x1 within its line; start, end in the page text
Entry = tuple[int, int, int, list[Seg]]  # line class, line start, line end, segments
_SKIP, _BLANK, _TEXT, _ALIGN, _RULE, _PIPE, _TAB, _SEMI = range(8)  # >= _ALIGN: table lines

_RULE_LINE = re.compile(r"[-=_+|: ]*[-=_]{3}[-=_+|: ]*")
_MD_SEP = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")
_DIGIT = re.compile(r"\d")
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
    double-spaced table), but not a blank line before a header (the next table)."""
    n, j = len(kinds), i
    while j < n and k in (_PIPE, _TAB, _SEMI, _ALIGN):
        kj = kinds[j]
        if kj in (k, _RULE) or (k == _ALIGN and kj == _TEXT and not _breaker(raws[j])):
            j += 1
        elif k == _ALIGN and kj == _BLANK and j + 1 < n and kinds[j - 1] == kinds[j + 1] == k:
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


def _headerish(cells: list[str]) -> bool:
    """Mostly short wordings without digits: "Vessel Name", "LOA (m)", "No." yes; "2023", "-",
    a line of prose no."""
    n = digits = 0
    for c in cells:
        c = c.strip()
        if c:
            if c in _PLACEHOLDERS or c.count(" ") > 5:
                return False
            n += 1
            digits += bool(_DIGIT.search(c))
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


def _rejected(text: str, cells: list[R]) -> bool:
    """Prose (more than 5 words a cell) or a key-value form (30% or more "Key:" cells)."""
    if not cells:
        return True
    lo, hi = min(c[0] for c in cells), max(c[1] for c in cells)
    # Cells of 9 characters or fewer on average hold 5 words or fewer: no need to count.
    n = len(cells)
    if (
        sum([b - a for a, b in cells]) > 9 * n
        and sum([text.count(" ", a, b) for a, b in cells]) > 4 * n
    ):
        return True
    if text.find(":", lo, hi) < 0:
        return False
    keys = sum(1 for a, b in cells if text[b - 1] == ":" or _KEY.match(text, a, b))
    return keys * 10 >= 3 * len(cells)


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
        row: list[Cell | None] = [_cell(*c) if c else None for c in r]
        out.append(tuple(row) + (None,) * (ncols - len(r)))
    for (i, c), pieces in (more or {}).items():
        cell = out[i][c]
        assert cell is not None  # a wrap is only attached under a filled cell
        out[i] = (*out[i][:c], Cell(cell.start, cell.end, _cells(pieces)), *out[i][c + 1 :])
    return TableBlock(form, head, tuple(out), tuple(sorted(covered)))


# Cell is frozen, so its generated __init__ sets each field through object.__setattr__; filling
# the slots through their descriptors makes a Cell in 55% of the time, and a page of table
# holds a few hundred cells.
_NEW = object.__new__
_SET_START, _SET_END, _SET_MORE = (Cell.__dict__[f].__set__ for f in ("start", "end", "more"))


def _cell(a: int, b: int) -> Cell:
    cell: Cell = _NEW(Cell)
    _SET_START(cell, a)
    _SET_END(cell, b)
    _SET_MORE(cell, ())
    return cell


def _cells(rs: list[R]) -> tuple[Cell, ...]:
    return tuple(_cell(a, b) for a, b in rs)


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
        and len({raw.count("\t") for k, _, raw in lines if k != _RULE}) > 1
        and any("\t\t" in raw for _, _, raw in lines)
    ):
        # Not tab-separated values (which may only drop empty cells at the end of a row): runs
        # of tabs that pad cells to the next column, read by their x like runs of spaces.
        _aligned(text, [_tab_entry(k, ls, raw) for k, ls, raw in lines], out, "tabs")
        return
    parsed: list[tuple[int, int, list[R | None] | None]] = []  # line bounds, cells or markup
    for k, ls, raw in lines:
        a, b = ls + len(raw) - len(raw.lstrip()), ls + len(raw.rstrip())
        if k == _RULE:
            cells = None
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
    if _rejected(text, filled):
        return
    if kind == _SEMI and sum([text.count(" ", a, b) for a, b in filled]) > 2 * len(filled):
        return  # CSV cells are short; clauses of prose between semicolons are not
    header = [[c] if c else [] for c in head] if has_header else None
    form = "markdown" if md else {_PIPE: "pipes", _TAB: "tabs", _SEMI: "semicolon"}[kind]
    out.append(_block(text, form, header, data, [(a, b) for a, b, _ in parsed]))


def _tab_entry(kind: int, ls: int, raw: str) -> Entry:
    """A tab line as an aligned line: tabs move to the next 8-column stop, as they display."""
    segs: list[Seg] = []
    x = off = 0
    for piece in raw.split("\t") if kind != _RULE else ():
        segs += [(s[0] + x, s[1] + x, s[2] + off, s[3] + off) for s in _segments(ls, piece)]
        off += len(piece) + 1
        x = (x + len(piece)) // 8 * 8 + 8
    return (kind if kind == _RULE else _ALIGN if len(segs) > 1 else _TEXT, ls, ls + len(raw), segs)


# ---- aligned layouts: columns by x position -------------------------------------------------


def _entry(kind: int, ls: int, raw: str) -> Entry:
    segs = _segments(ls, raw) if kind in (_ALIGN, _TEXT) else []
    return (
        kind if kind in (_RULE, _BLANK) else _ALIGN if len(segs) > 1 else _TEXT,
        ls,
        ls + len(raw),
        segs,
    )


# Text whose words are one space apart; runs of these are the cells of an aligned line.
_RUN = re.compile(r"[^ ]+(?: [^ ]+)*")


def _segments(ls: int, raw: str) -> list[Seg]:
    """The runs of text between runs of 2+ spaces in a line starting at ls."""
    return [(m.start(), m.end(), ls + m.start(), ls + m.end()) for m in _RUN.finditer(raw)]


def _aligned(text: str, entries: list[Entry], out: list[TableBlock], form: str = "aligned") -> None:
    """Split the run at key-value lines (never table rows), then read each part."""
    part: list[Entry] = []
    for e in entries:
        if e[0] == _BLANK:
            continue
        segs = e[3]
        if (
            e[0] == _ALIGN
            and text.find(":", e[1], e[2]) >= 0
            and 2 * sum(text[s[3] - 1] == ":" or bool(_KEY.match(text, s[2], s[3])) for s in segs)
            >= len(segs)
        ):
            _grid(text, part, form, out)
            part = []
        else:
            part.append(e)
    _grid(text, part, form, out)


def _columns(lines: list[list[Seg]]) -> list[R]:
    """Column x-ranges: stretches between gutters, cut where a line has two cells in one."""
    regions: list[R] = []
    seen: set[int] = set()  # the lines with a cell in the current stretch
    clashes: list[tuple[int, int]] = []  # (line, x) where a line's second cell in a stretch starts
    lo = hi = -1
    for x0, x1, line in sorted([(s[0], s[1], n) for n, segs in enumerate(lines) for s in segs]):
        if x0 > hi:
            if hi >= 0:
                regions.append((lo, hi))
            lo, hi = x0, x1
            seen.clear()
        elif x1 > hi:
            hi = x1
        if line in seen:
            clashes.append((line, x0))
        seen.add(line)
    regions.append((lo, hi))
    if not clashes:
        return regions
    cov = [0] * (hi + 1)  # how many lines reach each x
    for segs in lines:
        for x0, x1, _, _ in segs:
            for x in range(x0, x1):
                cov[x] += 1
    cuts: set[int] = set()
    for line, x0 in clashes:
        gap = range(max(s[1] for s in lines[line] if s[1] <= x0), x0)
        low = min((cov[x] for x in gap), default=len(lines))
        if low <= max(1, len(lines) // 3):  # cut in the middle of the least covered stretch
            x = next(x for x in gap if cov[x] == low)
            end = next((y for y in range(x, x0) if cov[y] != low), x0)
            cuts.add((x + end) // 2)
    cols: list[R] = []
    for a, b in regions:
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


def _misfit(segs: list[Seg], cols: list[R], starts: list[int]) -> bool:
    """A cell reaching 3+ characters into a column no other cell of its line is in: a title or
    footer set above or below the columns, not in them."""
    own = {_col(cols, starts, x0, x1) for x0, x1, _, _ in segs}
    for x0, x1, _, _ in segs:
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
    cols = _columns([entries[i][3] for i in multi])
    starts = [c[0] for c in cols]
    # A title or footer has few runs; a row with a long cell over a blank one has many.
    short = max(2, len(cols) // 2)
    first, last = entries[multi[0]][3], entries[multi[-1]][3]
    lo = multi[0] + 1 if len(first) <= short and _misfit(first, cols, starts) else 0
    hi = multi[-1] if len(last) <= short and _misfit(last, cols, starts) else len(entries)
    if lo or hi < len(entries):  # read again without it: the columns change
        return entries[lo:hi]
    lines: list[tuple[Entry, list[R | None]]] = []
    clashes = 0
    ncols = len(cols)
    for e in entries:
        cells: list[R | None] = [None] * ncols
        clash = False
        for x0, x1, a, b in e[3]:
            j = bisect_right(starts, x0) - 1
            if j < 0 or x1 > cols[j][1]:  # not within one column: the one it overlaps most
                j = _col(cols, starts, x0, x1)
            if old := cells[j]:
                cells[j] = (old[0], b)  # two cells in one column are joined
                clash = True
            else:
                cells[j] = (a, b)
        clashes += clash
        lines.append((e, cells))
    clash_share = clashes / len(multi)  # the rule in prose; in a table, OCR spacing in a cell
    if clash_share > 0.75:
        return []
    used = [c for c in range(len(cols)) if any(cells[c] for _, cells in lines)]
    if len(used) < len(cols):
        cols = [cols[c] for c in used]
        lines = [(e, [cells[c] for c in used]) for e, cells in lines]
    return _rows(text, lines, cols, form, out, clash_share) if len(cols) >= 2 else []


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
    header: list[list[R]] | None = [[] for _ in range(ncols)] if nhead else None
    rows: list[list[R | None]] = []
    one_run: list[bool] = []  # whether each row is a one-run line (a note, or an unplaced wrap)
    more: dict[tuple[int, int], list[R]] = {}
    starts: list[int] = []  # start of each row's line, to check that a wrap is under its cell
    covered: list[R] = []
    kept = 0  # len(covered) at the last line that is surely part of the table
    wrappable = False  # whether the line above is a row of many runs, or a wrap of one
    rest = len(lines)
    for i, (e, cells) in enumerate(lines):
        kind, ls = e[0], e[1]
        sure = kind != _TEXT
        if header is not None and top <= i < top + nhead:
            sure = True
            for c, cell in enumerate(cells):
                if cell:
                    header[c].append(cell)
        elif kind != _RULE:
            # Only a sparse line can be a wrap, or (one run) a note across the columns.
            sparse = kind == _TEXT or 2 * (ncols - cells.count(None)) < ncols
            filled = [(c, cell) for c, cell in enumerate(cells) if cell] if sparse else []
            inside = all(
                cols[c][0] - 2 <= a - ls and b - ls <= cols[c][1] + 2 for c, (a, b) in filled
            )
            if (
                sparse
                and wrappable
                and inside
                and _wraps(text, filled, ncols, ls, rows[-1], starts[-1])
            ):
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
        covered.append((e[3][0][2], e[3][-1][3]) if e[3] else _trim(text, ls, e[2]) or (ls, ls))
        kept = len(covered) if sure else kept
    covered = covered[:kept]
    end = covered[-1][1] if covered else -1
    while one_run and one_run[-1] and starts[-1] > end:  # under the last row: a note, a source
        rows.pop()
        one_run.pop()
        starts.pop()
    left = [e for e, _ in lines[rest + 1 :]]  # after the line that ended the table, if any
    cells_in = [c for r in rows for c in r if c]
    # Two aligned columns without a header are a letterhead or a label/value list as often
    # as a table; there is nothing to tell them apart by, so they are left out.
    if not (header or ncols > 2) or sum(ncols - r.count(None) >= 2 for r in rows) < 2:
        return left
    if _rejected(text, cells_in):
        return left
    # Gutters that prose has by chance: in a few lines, or between words in many cells.
    n = len(cells_in)  # (cells of 8 characters or fewer on average are not wordy)
    wordy = (
        sum([b - a for a, b in cells_in]) > 8 * n
        and sum([text.count(" ", a, b) for a, b in cells_in]) > n
    )
    if (wordy and clash_share > 0.25) or ((wordy or len(rows) < 6) and not _lined_up(rows, starts)):
        return left
    out.append(_block(text, form, header, rows, covered, more))
    return left


def _lined_up(rows: list[list[R | None]], starts: list[int]) -> bool:
    """Whether the inner columns line up as a table's do: in three of four, two thirds of the
    cells share a left edge, a right edge or a centre (one character slack). The first and
    last columns are left out: the margins of any paragraph line them up."""
    good = total = 0
    for c in range(1, len(rows[0]) - 1):
        edges = [
            (cell[0] - ls, cell[1] - ls)
            for r, ls in zip(rows, starts, strict=True)
            if (cell := r[c])
        ]
        if len(edges) < 2:
            continue
        total += 1
        lefts, rights = sorted(a for a, _ in edges), sorted(b for _, b in edges)
        for xs, slack in ((lefts, 1), (rights, 1), (sorted(a + b for a, b in edges), 2)):
            if max(bisect_right(xs, x + slack) - i for i, x in enumerate(xs)) * 3 >= 2 * len(xs):
                good += 1
                break
    return 4 * good >= 3 * total


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
