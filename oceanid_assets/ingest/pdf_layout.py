"""Page text that keeps the page's layout, built from character positions (pypdfium2).

PDFium's own text (`get_text_range`) follows the content stream: a table drawn column by column
comes out one column after another, the cells of a row are joined by one space whatever their
distance, and the vertical space between blocks is lost. Here the text is rebuilt from where the
characters are on the page:

1. Pieces. The page text is split at whitespace into words, in content-stream order; words
   joined by one real space (PDFium reports those only inside one run of drawn text; the
   spaces it generates between runs have no width) form a phrase, and a phrase is a piece. Its
   left edge is its first glyph's loose box (the glyph's advance box, one height per font); its
   right edge is where the whitespace after it starts (PDFium puts a generated separator at the
   end of the previous glyph) or its last glyph's right edge. That is one box look-up per word
   and one per phrase instead of one per character: a ctypes call costs ~0.8 µs and a register
   page has ~2,700 characters but ~450 words and ~300 phrases. A phrase whose two ends disagree
   (a rotated label, two text objects PDFium joined without a separator) is redone from the
   boxes of all its characters. A page whose text mostly runs another way (sampled char angles)
   is done the same in coordinates turned a quarter, half or three quarters.
2. Lines. Pieces on one baseline in one font have the very same vertical extent; those groups,
   top to bottom, join a line when their centres are within half a height of it. A cell drawn
   last (a table drawn column by column) still lands in its row. Text running down or up an
   upright page (a margin label) follows the page's lines, one piece a line.
3. Columns. Within a line pieces are ordered by x. A word gap stays one space; a wider gap (a
   column gap) puts the next piece at its natural character column,
   round((x - page left) / median character advance), at least two spaces on. Where the text
   before a column is longer in characters than in width, every piece at or right of that
   column on the page moves right by the same amount (one shift per column position, never
   decreasing), so pieces that start at the same x start at the same offset in their lines.
4. Blank lines. A distance between two lines well above the page's usual one (both measured in
   line heights) becomes one blank line.

The result then goes through `normalize_page_text` like every page text; pieces are cleaned
(control characters, NFC) before they are placed, so the normalisation does not move them. It
strips the page's leading spaces, so an indented first line starts at its first piece (its
other columns keep their offsets); keeping them would change the canonical form of all text.

The per-piece arithmetic is done with numpy: in plain Python it cost more than PDFium's own
text extraction (measured on the demo batch, one worker: 250 pages/s against 330 with numpy
and 640 for the plain text).
"""

from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import groupby, repeat

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from oceanid_assets.ingest.text import normalize_page_text

# Bump when the algorithm changes what text a page gets: it is part of ENGINE_VERSION, which
# keys stored page texts (raw_pages), so a new version is a new pass, never a silent overwrite.
LAYOUT_VERSION = "1"

_WHITESPACE = " \t\r\n"
# PDFium marks a hyphen that ends a line and joins it to the next word: U+FFFE in GetText,
# U+0002 from GetUnicode. Lines are kept apart here, so the hyphen is shown as drawn.
_HYPHEN_MARKS = "\ufffe\x02"
# Anything but printable ASCII and the whitespace words are split at: pieces need cleaning.
_NEEDS_CLEANING = re.compile(r"[^\x20-\x7e\t\r\n]")
_COLUMN_SPACES = re.compile(r" {2,}")  # what `_render` puts before a column, at least


# Own prototypes on PDFium's exported functions: plain ints for handles and pointers, so that
# `map` calls them over precomputed addresses without building a ctypes object per call
# (2.5x faster than pypdfium2's typed wrappers with a Python loop, measured).
def _address(function: object) -> int:
    """Where a function of PDFium's, as pypdfium2 loaded it, is in memory."""
    address = ctypes.cast(function, ctypes.c_void_p).value  # type: ignore[arg-type]
    if address is None:
        raise ImportError(f"PDFium function {function!r} has no address")
    return address


_LOOSE_BOX = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(
    _address(pdfium_c.FPDFText_GetLooseCharBox)
)
_GET_TEXT = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_void_p
)(_address(pdfium_c.FPDFText_GetText))
_GET_UNICODE = ctypes.CFUNCTYPE(ctypes.c_uint, ctypes.c_void_p, ctypes.c_int)(
    _address(pdfium_c.FPDFText_GetUnicode)
)
_CHAR_ANGLE = ctypes.CFUNCTYPE(ctypes.c_float, ctypes.c_void_p, ctypes.c_int)(
    _address(pdfium_c.FPDFText_GetCharAngle)
)
_RECT_BYTES = ctypes.sizeof(pdfium_c.FS_RECTF)  # left, top, right, bottom as floats

# Thresholds, in the units named; each is a judgement about typeset text, not a fitted value.
_SAME_LINE = 0.5  # centres closer than this many (smaller) heights: the same line
_REAL_SPACE_MAX = 4.0  # one real space stretched (justified) up to this many widths: a word gap
_TYPED_SPACES = 1.8  # several real spaces wider than this many: spaces typed to align columns
_COLUMN_GAP = 0.8  # a gap without a real space wider than this many character advances
_TOUCHING = 0.15  # closer than this many advances, with no real space between: one word
_BLANK_LINE = 1.5  # a line distance this many times the page's usual one: a blank line
_USUAL_PITCH_CAP = 1.6  # with under 3 line distances, the usual one is at most this (heights)
_DIRECTION_SAMPLE = 24  # words whose first character's angle decides the text's direction
# Reading direction in page coordinates for PDFium's char angles 0, 1/4, 1/2, 3/4 turn (which
# it measures clockwise).
_DIRECTIONS = ("+x", "-y", "-x", "+y")

_Floats = npt.NDArray[np.float64]
_Ints = npt.NDArray[np.int64]
_Box = tuple[float, float, float, float]  # left, top, right, bottom (PDFium's FS_RECTF order)
# A piece built character by character: text, left, right, bottom, top, sep_len, sep_width.
_Piece = tuple[str, float, float, float, float, int, float]


@dataclass(frozen=True)
class _Pieces:
    """Runs of characters with no whitespace (or one real space) between them, placed on the
    page, in content-stream order: piece i+1 follows piece i in the text PDFium reports."""

    text: list[str]
    left: _Floats
    right: _Floats
    bottom: _Floats
    top: _Floats
    sep_len: _Ints  # whitespace characters after the piece in the stream (0: the next touches)
    sep_width: _Floats  # width of the first of them if it is a real space; 0 if generated

    @classmethod
    def of(cls, pieces: Sequence[_Piece]) -> _Pieces:
        def floats(k: int) -> _Floats:
            return np.array([p[k] for p in pieces], dtype=np.float64)

        return cls(
            text=[p[0] for p in pieces],
            left=floats(1),
            right=floats(2),
            bottom=floats(3),
            top=floats(4),
            sep_len=np.array([p[5] for p in pieces], dtype=np.int64),
            sep_width=floats(6),
        )

    def tuples(self) -> list[_Piece]:
        return list(
            zip(
                self.text,
                self.left.tolist(),
                self.right.tolist(),
                self.bottom.tolist(),
                self.top.tolist(),
                self.sep_len.tolist(),
                self.sep_width.tolist(),
                strict=True,
            )
        )


def layout_page_text(textpage: pdfium.PdfTextPage) -> str:
    """The page's text with its layout kept, normalised (`normalize_page_text`); "" if none."""
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    count = pdfium_c.FPDFText_CountChars(textpage)
    if not handle or count <= 0:
        return ""
    text = _char_text(handle, count)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    starts, stops = _words(codes)
    if not len(starts):
        return ""
    pieces = _phrase_pieces(handle, text, codes, starts, stops, _direction(handle, starts))
    if not pieces.text:
        return ""
    if np.count_nonzero(pieces.top > pieces.bottom) * 2 < len(pieces.text):
        # PDFium has no extent for most of the text (fonts without metrics): its plain text
        # reads better than a layout of points.
        return normalize_page_text(text)
    return _assemble(pieces)


def layout_text_from_boxes(
    texts: Sequence[str],
    left: Sequence[float],
    right: Sequence[float],
    bottom: Sequence[float],
    top: Sequence[float],
    column_gap: float,
) -> str:
    """Page text from words or phrases an OCR engine found, placed by their boxes in page
    coordinates (y grows upwards): the same lines, columns and blank lines as a text layer
    gets. A gap wider than `column_gap` (same unit) starts a column; the engine knows best
    what its word gaps are. "" if there is nothing."""
    keep = [i for i, t in enumerate(texts) if t.strip()]
    if not keep:
        return ""
    pieces = _Pieces(
        text=[_clean(" ".join(texts[i].split())) for i in keep],
        left=np.array([left[i] for i in keep], dtype=np.float64),
        right=np.array([right[i] for i in keep], dtype=np.float64),
        bottom=np.array([bottom[i] for i in keep], dtype=np.float64),
        top=np.array([top[i] for i in keep], dtype=np.float64),
        # One generated separator after each: only distances tell a word gap from a column.
        sep_len=np.ones(len(keep), dtype=np.int64),
        sep_width=np.zeros(len(keep), dtype=np.float64),
    )
    return _assemble(pieces, column_gap)


def _char_text(handle: int, count: int) -> str:
    """One character per PDFium char index (GetText, or GetUnicode where they disagree)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = _GET_TEXT(handle, 0, count, ctypes.addressof(buffer))
    text = bytes(memoryview(buffer).cast("B")[: max(written - 1, 0) * 2]).decode(
        "utf-16-le", errors="replace"
    )
    if len(text) == count:
        return text
    # GetText can drop or add characters against the char list (crbug.com/pdfium/2079), and
    # surrogate pairs would shift indices: fall back to one code point per index.
    codes = map(_GET_UNICODE, repeat(handle, count), range(count))
    return "".join(chr(c) if 0 < c < 0xD800 or 0xDFFF < c < 0x110000 else "\ufffd" for c in codes)


def _boxes(handle: int, indices: Sequence[int]) -> _Floats:
    """Loose boxes of the chars at `indices`, one row each: left, top, right, bottom."""
    rects = (ctypes.c_float * (4 * len(indices)))()
    base = ctypes.addressof(rects)
    addresses = range(base, base + _RECT_BYTES * len(indices), _RECT_BYTES)
    # `map` makes the calls without a Python-level loop; a failed call (an index out of range,
    # which `indices` never holds) leaves a zero box, which reads as no position below.
    for _ in map(_LOOSE_BOX, repeat(handle, len(indices)), indices, addresses):
        pass
    return np.ctypeslib.as_array(rects).reshape(-1, 4).astype(np.float64)


def _words(codes: npt.NDArray[np.uint32]) -> tuple[_Ints, _Ints]:
    """Start and stop (exclusive) of each word: a run without whitespace, which a hyphen
    mark ends. (A regex over the text did the same at five times the cost.)"""
    space = (codes == 32) | (codes == 9) | (codes == 10) | (codes == 13)
    mark = (codes == 0xFFFE) | (codes == 2)
    after_break = np.ones(len(codes), dtype=bool)
    after_break[1:] = space[:-1] | mark[:-1]
    before_break = mark.copy()
    before_break[:-1] |= space[1:]
    before_break[-1] = True
    return np.flatnonzero(~space & after_break), np.flatnonzero(~space & before_break) + 1


def _direction(handle: int, starts: _Ints) -> str:
    """Which way most of the page's text runs, in page coordinates ("+x" for upright text,
    "+y" for text turned a quarter counter-clockwise...), from a sample of words' angles."""
    step = max(1, len(starts) // _DIRECTION_SAMPLE)
    votes = dict.fromkeys(_DIRECTIONS, 0)
    for angle in map(_CHAR_ANGLE, repeat(handle), starts[::step].tolist()):
        if angle >= 0:  # -1: PDFium has no angle for it
            votes[_DIRECTIONS[round(angle / (math.pi / 2)) % 4]] += 1
    return max(_DIRECTIONS, key=lambda d: votes[d])  # a tie goes to upright, listed first


def _turn(boxes: _Floats, direction: str) -> _Floats:
    """Boxes in coordinates where `direction` runs left to right and the line above has a
    larger y; a quarter turn keeps boxes axis-aligned, so lines and columns work as upright."""
    if direction == "+x":
        return boxes
    left, top, right, bottom = boxes.T
    if direction == "+y":
        x1, y1, x2, y2 = top, -left, bottom, -right
    elif direction == "-x":
        x1, y1, x2, y2 = -left, -top, -right, -bottom
    else:  # "-y"
        x1, y1, x2, y2 = -top, left, -bottom, right
    return np.column_stack(
        (np.minimum(x1, x2), np.maximum(y1, y2), np.maximum(x1, x2), np.minimum(y1, y2))
    )


def _phrase_pieces(
    handle: int,
    text: str,
    codes: npt.NDArray[np.uint32],
    starts: _Ints,
    stops: _Ints,
    direction: str,
) -> _Pieces:
    """Pieces of the page: phrases placed by their first glyph and what follows them, the odd
    one redone char by char. Boxes are turned so that `direction` runs left to right."""
    count = len(text)
    # Words are split only at whitespace, so what lies between two words is their separator.
    seps = np.empty_like(starts)
    seps[:-1] = starts[1:] - stops[:-1]
    seps[-1] = count - stops[-1]
    # What follows each word: its separator if it has one, else its last glyph. A generated
    # separator is a point (PDFium puts it at the end of the last glyph); a real one has a size.
    ends = _turn(_boxes(handle, np.where(seps > 0, stops, stops - 1).tolist()), direction)
    joined = np.zeros(len(starts), dtype=bool)  # joined to the previous word by one real space
    joined[1:] = (
        (seps[:-1] == 1)
        & (codes[np.minimum(stops[:-1], count - 1)] == ord(" "))
        & (ends[:-1, 2] > ends[:-1, 0])  # a real space has a width, a generated one none
    )
    heads = np.flatnonzero(~joined)
    tails = np.append(heads[1:] - 1, len(starts) - 1)
    first = _turn(_boxes(handle, starts[heads].tolist()), direction)
    fl, ft, fb = first[:, 0], first[:, 1], first[:, 3]
    a, b, sep = starts[heads], stops[tails], seps[tails]
    el, et, er, eb = ends[tails].T
    sep_width = np.where(sep > 0, er - el, 0.0)
    if direction == "+x":
        right = np.where(sep > 0, el, er)
    else:
        # PDFium places a generated separator along x whatever the text's direction: the
        # phrase ends at its last glyph.
        el, et, er, eb = _turn(_boxes(handle, (b - 1).tolist()), direction).T
        right = er
    height = ft - fb
    ok = (height > 0) & (right >= fl - 0.01 * height) & (right <= fl + (b - a + 1) * 2.0 * height)
    # A generated separator is a point on the last glyph's baseline; a real space or a last
    # glyph shares most of the first glyph's height.
    on_baseline = (et >= fb - 0.1 * height) & (et <= ft + 0.1 * height)
    overlap = np.minimum(ft, et) - np.maximum(fb, eb) >= _SAME_LINE * np.minimum(height, et - eb)
    ok &= np.where(et <= eb, on_baseline, overlap)
    phrases = [text[x:y] for x, y in zip(a.tolist(), b.tolist(), strict=True)]
    if _NEEDS_CLEANING.search(text) is not None:
        phrases = [_clean(p) for p in phrases]
        ok &= np.array([bool(p) for p in phrases])  # nothing left: redone, and dropped there
    pieces = _Pieces(phrases, fl, right, fb, ft, sep, sep_width)
    if ok.all():
        return pieces
    # Runs of phrases to redo, from the first character of the first to the first character
    # of the next good phrase (the whitespace after them belongs to their last piece).
    kept = pieces.tuples()
    out: list[_Piece] = []
    bad = np.flatnonzero(~ok).tolist()
    done = 0
    for _, run in groupby(enumerate(bad), key=lambda e: e[1] - e[0]):
        first_bad, *rest = [phrase for _, phrase in run]
        last_bad = rest[-1] if rest else first_bad
        out += kept[done:first_bad]
        stop = int(a[last_bad + 1]) if last_bad + 1 < len(kept) else count
        out += _char_pieces(handle, text, int(a[first_bad]), stop, direction)
        done = last_bad + 1
    out += kept[done:]
    return _Pieces.of(out)


def _char_pieces(handle: int, text: str, start: int, end: int, direction: str) -> list[_Piece]:
    """Pieces from every character's box in text[start:end]: a piece continues while the next
    glyph follows the previous one in its line, or stacks under it (a vertical label)."""
    boxes = _turn(_boxes(handle, range(start, end)), direction)
    # Growing pieces: text, left, right, bottom, top, sep_len, sep_width.
    pieces: list[list[str | float | int]] = []
    current: list[str | float | int] | None = None
    last: _Box = (0.0, 0.0, 0.0, 0.0)
    pending_ws = 0
    vertical = False  # the current piece runs down or up the page
    for k, (left, top, right, bottom) in enumerate(boxes.tolist()):
        box = (left, top, right, bottom)
        char = text[start + k]
        if char in _WHITESPACE:
            if current is None:
                continue
            if vertical and pending_ws == 0 and _follows(last, box) == "stacked":
                # A vertical label is placed as one piece: its words would otherwise land on
                # separate lines, in reverse order for text that runs up the page.
                current[0] = f"{current[0]} "
                last = box
                continue
            if pending_ws == 0:
                current[6] = max(right - left, 0.0)
            pending_ws += 1
            current[5] = pending_ws
            continue
        how = _follows(last, box) if current is not None and pending_ws == 0 else None
        if current is not None and how is not None:
            current[0] = f"{current[0]}{char}"
            current[1:5] = [
                min(float(current[1]), left),
                max(float(current[2]), right),
                min(float(current[3]), bottom),
                max(float(current[4]), top),
            ]
            vertical = how == "stacked"
        else:
            current = [char, left, right, bottom, top, 0, 0.0]
            pieces.append(current)
            vertical = False
        last = box
        pending_ws = 0
    out: list[_Piece] = []
    for piece_text, left, right, bottom, top, sep_len, sep_width in pieces:
        word = _clean(str(piece_text).rstrip(" "))
        if word:
            out.append(
                (
                    word,
                    float(left),
                    float(right),
                    float(bottom),
                    float(top),
                    int(sep_len),
                    float(sep_width),
                )
            )
    return out


def _follows(prev: _Box, box: _Box) -> str | None:
    """How glyph `box` continues the run that ended with glyph `prev`: "inline" (next in the
    line), "stacked" (next in text running down or up the page) or None (it starts a new run)."""
    pl, pt, pr, pb = prev
    left, top, right, bottom = box
    height = min(pt - pb, top - bottom)
    if height > 0 and min(pt, top) - max(pb, bottom) >= _SAME_LINE * height:
        return "inline" if -0.3 * height <= left - pr <= 0.3 * height else None
    width = min(pr - pl, right - left)
    stacked = (
        width > 0
        and min(pr, right) - max(pl, left) >= _SAME_LINE * width
        and min(abs(bottom - pt), abs(pb - top)) <= 0.3 * max(pr - pl, right - left)
    )
    return "stacked" if stacked else None


def _clean(word: str) -> str:
    """A piece as the normalisation would leave it, so that placing it fixes its length."""
    for mark in _HYPHEN_MARKS:
        word = word.replace(mark, "-")
    if word.isascii() and word.isprintable():
        return word
    return normalize_page_text(word)


def _assemble(pieces: _Pieces, min_column_gap: float | None = None) -> str:
    chars = np.array([len(t) for t in pieces.text], dtype=np.float64)
    width = pieces.right - pieces.left
    height = pieces.top - pieces.bottom
    usual_height = float(np.median(height))
    # Text running down or up an upright page (a margin label): taller than two lines, one
    # glyph wide. It has no place in the page's lines, so it follows them, one piece a line.
    vertical = (chars > 1) & (height >= 2 * usual_height) & (width <= 1.5 * usual_height)
    if vertical.all():
        vertical[:] = False
    flowing = ~vertical
    measured = flowing & (chars > 1) & (width > 0)
    if measured.any():
        page_advance = float(np.median(width[measured] / chars[measured]))
    else:  # single characters only: half a line height is a fair character width
        page_advance = 0.5 * usual_height
    page_advance = page_advance if page_advance > 0 else 1.0
    line_of, centres, heights = _lines(pieces, flowing)
    blank = _blank_lines_after(centres, heights)
    if vertical.any():
        left_edge = float(pieces.left[flowing].min())
        line_of[vertical] = len(centres) + np.arange(int(vertical.sum()))
        left = np.where(vertical, left_edge, pieces.left)  # at the left margin
        right = np.where(vertical, left_edge + chars * page_advance, pieces.right)
        pieces = replace(pieces, left=left, right=right)
        blank[-1] = True
        blank += [False] * int(vertical.sum())
    # Reading order: by line, then by x within the line.
    order = np.lexsort((pieces.left, line_of))
    texts = _render(pieces, chars[order], order, line_of[order], page_advance, min_column_gap)
    out: list[str] = []
    for line_text, blank_after in zip(texts, blank, strict=True):
        out.append(line_text.rstrip())
        if blank_after:
            out.append("")
    # normalize_page_text strips the page's leading spaces. An indented first line (a header
    # row whose first cell is empty) then keeps the offsets of its other columns: what the
    # strip takes from the front goes in before its second column instead.
    indent = len(out[0]) - len(out[0].lstrip(" "))
    if indent:
        body = out[0][indent:]
        second = _COLUMN_SPACES.search(body)
        out[0] = (
            body
            if second is None
            else f"{body[: second.start()]}{' ' * indent}{body[second.start() :]}"
        )
    page = "\n".join(out)
    if page.isascii() and page.replace("\n", "").isprintable():
        # What normalize_page_text would still do to printable ASCII, at a tenth of the cost
        # (its trailing-space pattern is slow over the long runs of spaces laid-out text has).
        return page.strip("\n ")
    return normalize_page_text(page)


def _lines(
    pieces: _Pieces, flowing: npt.NDArray[np.bool_]
) -> tuple[_Ints, list[float], list[float]]:
    """Each flowing piece's line number (0 at the top), and each line's vertical centre and
    height. The other pieces get line -1."""
    # Pieces of one font on one baseline have the very same box extent: group those first,
    # then join groups, top to bottom, whose centres are within half a height of the line's.
    keys, first, inverse, sizes = np.unique(
        (pieces.top + pieces.bottom)[flowing],
        return_index=True,
        return_inverse=True,
        return_counts=True,
    )
    group_heights = (pieces.top - pieces.bottom)[flowing][first]
    line_of_group = np.empty(len(keys), dtype=np.int64)
    centres: list[float] = []
    heights: list[float] = []
    members: list[int] = []
    for g in range(len(keys) - 1, -1, -1):
        c, h, n = float(keys[g]) / 2, float(group_heights[g]), int(sizes[g])
        if centres and abs(centres[-1] - c) <= _SAME_LINE * min(h, heights[-1]):
            # Running means: a line's reference does not drift with one raised glyph.
            weight = n / (members[-1] + n)
            centres[-1] += (c - centres[-1]) * weight
            heights[-1] += (h - heights[-1]) * weight
            members[-1] += n
        else:
            centres.append(c)
            heights.append(h)
            members.append(n)
        line_of_group[g] = len(centres) - 1
    line_of = np.full(len(pieces.text), -1, dtype=np.int64)
    line_of[flowing] = line_of_group[inverse.reshape(-1)]
    return line_of, centres, heights


def _render(
    pieces: _Pieces,
    chars: _Floats,
    order: _Ints,
    line: _Ints,
    page_advance: float,
    min_column_gap: float | None,
) -> list[str]:
    """The text of each line, from its pieces in reading order (`order`, with each one's
    `line` and length in `chars`).

    A segment is a piece at a column gap, or a line's first, with the pieces that follow it at
    word gaps. Segments go to their natural character column plus a shift S(column) that
    never decreases with the column: where a segment would start less than two spaces after
    the previous one in its line, S rises from that column on, on every line alike.
    """
    left, right = pieces.left[order], pieces.right[order]
    texts = [pieces.text[i] for i in order.tolist()]
    # The character advance of each line's font, roughly: its pieces' width over their length.
    measured = chars > 1
    line_chars = np.bincount(line, weights=np.where(measured, chars, 0.0))
    line_widths = np.bincount(line, weights=np.where(measured, right - left, 0.0))
    line_advance = np.where(
        line_widths > 0, line_widths / np.maximum(line_chars, 1.0), page_advance
    )
    advance = line_advance[line[1:]]
    gap = left[1:] - right[:-1]
    prev = order[:-1]
    next_in_stream = (order[1:] == prev + 1) & (pieces.sep_len[prev] > 0)
    real_space = next_in_stream & (pieces.sep_width[prev] > 0)  # real space(s) in the text
    limit = np.where(pieces.sep_len[prev] == 1, _REAL_SPACE_MAX, _TYPED_SPACES)
    column_gap = np.where(
        real_space,
        gap > limit * pieces.sep_width[prev],
        gap > (_COLUMN_GAP * advance if min_column_gap is None else min_column_gap),
    )
    touching = ~next_in_stream & (gap < _TOUCHING * advance)
    starts_line = np.ones(len(order), dtype=bool)
    starts_line[1:] = line[1:] != line[:-1]
    starts = starts_line.copy()
    starts[1:] |= column_gap
    spaces = np.zeros(len(order), dtype=np.int64)  # before each piece that is not a start
    spaces[1:] = ~touching & ~starts[1:]
    first = np.flatnonzero(starts)  # each segment's first piece
    length = np.add.reduceat(chars.astype(np.int64) + spaces, first)
    column = np.rint((left[first] - left.min()) / page_advance).astype(np.int64)
    opens_line = starts_line[first]
    # Columns rise strictly along a line: two close pieces can round to the same column.
    if np.any(~opens_line[1:] & (column[1:] <= column[:-1])):
        for k in range(1, len(column)):
            if not opens_line[k] and column[k] <= column[k - 1]:
                column[k] = column[k - 1] + 1
    # How far each segment overflows into the next one's two spaces, were both unshifted.
    over = np.zeros(len(first), dtype=np.int64)
    over[1:] = np.where(opens_line[1:], 0, column[:-1] + length[:-1] + 2 - column[1:])
    steps: list[int] = []  # S as a step function: S = shifts[i] from steps[i] on
    shifts: list[int] = []
    for k in sorted(np.flatnonzero(over > 0).tolist(), key=lambda k: int(column[k])):
        at, before = int(column[k]), int(column[k - 1])
        need = shifts[bisect_right(steps, before) - 1] if steps and steps[0] <= before else 0
        need += int(over[k])
        if not shifts or need > shifts[-1]:
            if steps and steps[-1] == at:
                shifts[-1] = need
            else:
                steps.append(at)
                shifts.append(need)
    if steps:
        step = np.searchsorted(np.array(steps), column, side="right") - 1
        column = column + np.where(step >= 0, np.array(shifts)[np.maximum(step, 0)], 0)
    pad = column.copy()
    pad[1:] -= np.where(opens_line[1:], 0, column[:-1] + length[:-1])
    spaces[first] = pad
    strings = [" " * n + t if n else t for n, t in zip(spaces.tolist(), texts, strict=True)]
    bounds = np.flatnonzero(starts_line).tolist()
    return ["".join(strings[a:b]) for a, b in zip(bounds, [*bounds[1:], len(texts)], strict=True)]


def _blank_lines_after(centres: list[float], heights: list[float]) -> list[bool]:
    """Whether a blank line follows each line: its distance to the next, in line heights, is
    well above the page's usual one."""
    pitches = [
        (centres[n] - centres[n + 1]) / max((heights[n] + heights[n + 1]) / 2, 1e-6)
        for n in range(len(centres) - 1)
    ]
    if not pitches:
        return [False] * len(centres)
    usual = float(np.median(pitches))
    if len(pitches) < 3:  # too few distances to tell the usual one from a gap
        usual = min(usual, _USUAL_PITCH_CAP)
    return [p > _BLANK_LINE * usual for p in pitches] + [False]
