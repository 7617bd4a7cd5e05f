"""Text that carries its gold spans: every value is labelled when it is appended, never found.

`Rich` is a string with spans relative to itself; concatenating, padding and wrapping move the
spans with the text, so a layout composes cells, lines and columns and the offsets follow. A
`PageBuilder` appends Rich pieces to a page and turns their spans into `GoldSpan`s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from oceanid_assets.labelset import LABELS

Span = tuple[int, int, str]


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int  # exclusive
    label: str


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


@dataclass(frozen=True)
class PageDraft:
    text: str
    spans: tuple[GoldSpan, ...]


@dataclass(frozen=True)
class Rich:
    text: str = ""
    spans: tuple[Span, ...] = ()

    def __len__(self) -> int:
        return len(self.text)

    def __add__(self, other: Rich | str) -> Rich:
        right = as_rich(other)
        n = len(self.text)
        moved = tuple((s + n, e + n, label) for s, e, label in right.spans)
        return Rich(self.text + right.text, self.spans + moved)

    def __radd__(self, other: str) -> Rich:
        return as_rich(other) + self

    def ljust(self, width: int) -> Rich:
        return self + " " * max(0, width - len(self))

    def rjust(self, width: int) -> Rich:
        return " " * max(0, width - len(self)) + self

    def center(self, width: int) -> Rich:
        room = max(0, width - len(self))
        return " " * (room // 2) + self + " " * (room - room // 2)

    def rstrip(self) -> Rich:
        text = self.text.rstrip()
        assert all(e <= len(text) for _, e, _ in self.spans), "a span ends in trailing blanks"
        return Rich(text, self.spans)

    def slice(self, start: int, end: int) -> Rich:
        """The text[start:end] piece; spans cut at the edges are clipped and kept tight."""
        spans: list[Span] = []
        for s, e, label in self.spans:
            a, b = max(s, start), min(e, end)
            # a value cut at a line end loses the blank and separator it was cut at
            cut = " ,;/-" if a > s or b < e else " "
            while a < b and (self.text[a] in cut or self.text[a].isspace()):
                a += 1
            while b > a and (self.text[b - 1] in cut or self.text[b - 1].isspace()):
                b -= 1
            if a < b:
                spans.append((a - start, b - start, label))
        return Rich(self.text[start:end], tuple(spans))

    def wrap(self, width: int, *, keep_spans: bool = False) -> list[Rich]:
        """Greedy word wrap at blanks, as a narrow cell or column wraps its text. A value that
        is cut over two lines becomes one span per line; keep_spans cuts only between values."""
        units: list[tuple[int, int]] = []
        start = None
        for i, ch in enumerate(self.text + " "):
            inside = keep_spans and any(s < i < e for s, e, _ in self.spans)
            if ch == " " and not inside:
                if start is not None:
                    units.append((start, i))
                    start = None
            elif start is None:
                start = i
        lines: list[Rich] = []
        first = last = -1
        for a, b in units:
            if first >= 0 and b - first > width:
                lines.append(self.slice(first, last))
                first = -1
            if first < 0:
                first = a
            last = b
        if first >= 0:
            lines.append(self.slice(first, last))
        return lines or [Rich()]


def as_rich(part: Rich | str) -> Rich:
    return part if isinstance(part, Rich) else Rich(part)


def val(text: str, label: str | None) -> Rich:
    """A value as printed; labelled over its whole text unless label is None."""
    if label is None or not text:
        return Rich(text)
    assert label in LABELS, label
    assert text == text.strip(), f"untight value {text!r}"
    return Rich(text, ((0, len(text), label),))


def join(parts: Iterable[Rich | str], sep: Rich | str) -> Rich:
    out = Rich()
    for i, part in enumerate(parts):
        out = out + (sep if i else "") + part
    return out


class PageBuilder:
    """Appends pieces to one page, recording each piece's spans at the offset it lands on."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._spans: list[GoldSpan] = []

    def add(self, part: Rich | str) -> None:
        piece = as_rich(part)
        for s, e, label in piece.spans:
            self._spans.append(GoldSpan(self._size + s, self._size + e, label))
        self._parts.append(piece.text)
        self._size += len(piece.text)

    def line(self, *parts: Rich | str) -> None:
        self.add(join(parts, "").rstrip())
        self.add("\n")

    def lines(self, rows: Iterable[Rich]) -> None:
        for row in rows:
            self.line(row)

    def blank(self, count: int = 1) -> None:
        self.add("\n" * count)

    def draft(self) -> PageDraft:
        text = "".join(self._parts).rstrip() + "\n"
        spans = tuple(sorted(self._spans, key=lambda g: g.start))
        for span in spans:
            value = text[span.start : span.end]
            assert span.end <= len(text) and value and value == value.strip(), span
        for left, right in pairwise(spans):
            assert left.end <= right.start, (left, right)
        return PageDraft(text, spans)


def side_by_side(columns: list[list[Rich]], widths: list[int], gap: str = "  ") -> list[Rich]:
    """Cells laid next to each other, top-aligned; a short cell leaves blanks below it."""
    height = max(len(col) for col in columns)
    rows: list[Rich] = []
    for i in range(height):
        row = Rich()
        for j, (col, width) in enumerate(zip(columns, widths, strict=True)):
            cell = col[i] if i < len(col) else Rich()
            row = row + (gap if j else "") + cell.ljust(width)
        rows.append(row.rstrip())
    return rows
