"""A page builder that records each gold span as its value is appended, so offsets never come
from searching the finished text (a value that also occurs elsewhere on the page would be
found at the wrong place)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

# One piece of a cell or line: its text and the gold label it carries (None: not labelled).
Piece = tuple[str, str | None]


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PageDraft:
    text: str
    spans: tuple[GoldSpan, ...]


def width(pieces: Sequence[Piece]) -> int:
    return sum(len(text) for text, _ in pieces)


class PageBuilder:
    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0
        self._line_start = 0
        self._spans: list[GoldSpan] = []

    @property
    def column(self) -> int:
        """Characters written since the last newline (for aligning leaders and columns)."""
        return self._length - self._line_start

    def text(self, text: str) -> PageBuilder:
        """Append unlabelled text (keys, headers, punctuation, placeholders)."""
        self._chunks.append(text)
        newline = text.rfind("\n")
        if newline >= 0:
            self._line_start = self._length + newline + 1
        self._length += len(text)
        return self

    def value(self, text: str, label: str) -> PageBuilder:
        """Append a labelled value; the span is exactly this text."""
        if label not in LABELS:
            raise ValueError(f"not a labelset v1 label: {label}")
        if not text or text != text.strip() or "\n" in text:
            raise ValueError(f"a gold span must be tight and on one line: {text!r}")
        start = self._length
        self.text(text)
        self._spans.append(GoldSpan(start, self._length, label))
        return self

    def put(self, *pieces: Piece) -> PageBuilder:
        for text, label in pieces:
            if label is None:
                self.text(text)
            else:
                self.value(text, label)
        return self

    def cell(self, pieces: Sequence[Piece], size: int, align: str = "<") -> PageBuilder:
        """Pieces padded with spaces to `size` characters (never truncated)."""
        pad = max(0, size - width(pieces))
        if align == ">":
            self.text(" " * pad)
        self.put(*pieces)
        if align != ">":
            self.text(" " * pad)
        return self

    def line(self, *pieces: Piece) -> PageBuilder:
        """Pieces followed by a newline, with trailing spaces of the line dropped."""
        self.put(*pieces)
        self.newline()
        return self

    def paragraph(self, pieces: Sequence[Piece], size: int, indent: str = "") -> PageBuilder:
        """Running text wrapped at `size` columns, then a blank line."""
        for line in wrap(pieces, size - len(indent)):
            self.text(indent).line(*line)
        return self.newline()

    def newline(self, count: int = 1) -> PageBuilder:
        # Trailing blanks of padded cells go, as PDF text extraction drops them; a span never
        # ends in a space, so trimming cannot reach into one.
        while self._chunks:
            last = self._chunks[-1]
            if not last:  # an empty placeholder
                self._chunks.pop()
                continue
            removable = min(len(last) - len(last.rstrip(" ")), self._length - self._last_end)
            if removable == 0:
                break
            self._chunks[-1] = last[: len(last) - removable]
            self._length -= removable
            if self._chunks[-1]:
                break
            self._chunks.pop()
        return self.text("\n" * count)

    @property
    def _last_end(self) -> int:
        return self._spans[-1].end if self._spans else 0

    def build(self) -> PageDraft:
        text = "".join(self._chunks)
        assert len(text) == self._length
        return PageDraft(text.rstrip("\n") + "\n", tuple(self._spans))


def wrap(pieces: Sequence[Piece], size: int) -> list[list[Piece]]:
    """Pieces as lines of at most `size` characters, broken only at spaces of unlabelled text:
    a gold span never runs across a line break."""
    words: list[list[Piece]] = [[]]
    for text, label in pieces:
        if label is not None:
            words[-1].append((text, label))
            continue
        for index, part in enumerate(text.split(" ")):
            if index:
                words.append([])
            if part:
                words[-1].append((part, None))
    lines: list[list[Piece]] = []
    current: list[Piece] = []
    for word in (w for w in words if w):
        if current and width(current) + 1 + width(word) > size:
            lines.append(current)
            current = []
        if current:
            current.append((" ", None))
        current.extend(word)
    if current:
        lines.append(current)
    return lines
