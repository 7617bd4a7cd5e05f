"""Page records and the page builder that records gold spans as values are appended."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

Cell = tuple[str, str | None]  # a value and its label (None: printed but not labelled)


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int  # exclusive
    label: str


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int  # from 1 within a document
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


@dataclass(frozen=True)
class PageDraft:
    """One page as a layout module builds it; the generator adds doc id, number and layout."""

    text: str
    spans: tuple[GoldSpan, ...]


class PageBuilder:
    """Appends text piece by piece; a labelled piece becomes a gold span at its own offsets.

    Offsets are taken from the running length at the moment a value is appended, so the gold
    never depends on searching the finished text for a value."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._size = 0
        self._spans: list[GoldSpan] = []
        self._line_start = 0
        self._wrap: int | None = None
        self._prefix = ""
        self._fresh = True  # at the start of a line

    @property
    def size(self) -> int:
        return self._size

    @property
    def column(self) -> int:
        """Characters since the last newline (for padding table cells)."""
        return self._size - self._line_start

    def wrap(self, width: int | None) -> PageBuilder:
        """From now on break prose lines at spaces before `width` (None: stop wrapping)."""
        self._wrap = width
        return self

    def quote(self, prefix: str) -> PageBuilder:
        """From the next line on, start every line with prefix ("> " for a quoted e-mail)."""
        self._prefix = prefix
        return self

    def text(self, value: str) -> PageBuilder:
        for piece in re.split(r"([ \n])", value):
            if piece == "\n":
                if self._fresh and self._prefix:
                    self._raw(self._prefix.rstrip())
                self._raw("\n")
            elif piece:
                self._before(piece)
                self._raw(piece)
        return self

    def span(self, value: str, label: str) -> PageBuilder:
        if label not in LABELS:
            raise ValueError(f"not a labelset v1 label: {label}")
        if not value or value != value.strip() or "\n" in value:
            raise ValueError(f"gold value is empty, multi-line or not tight: {value!r}")
        self._before(value)
        start = self._size
        self._raw(value)
        self._spans.append(GoldSpan(start, self._size, label))
        return self

    def _before(self, piece: str) -> None:
        """The quote prefix at a line start; a line break first if the piece would overflow."""
        if self._fresh:
            if self._prefix:
                self._raw(self._prefix)
        elif (
            self._wrap
            and piece != " "
            and self.column + len(piece) > self._wrap
            and self._chunks[-1].endswith(" ")
        ):
            # Turn the space just written into a line break (spans never end in a space).
            self._chunks[-1] = self._chunks[-1][:-1] + "\n" + self._prefix
            self._size += len(self._prefix)
            self._line_start = self._size - len(self._prefix)

    def _raw(self, value: str) -> None:
        cut = value.rfind("\n")
        if cut >= 0:
            self._line_start = self._size + cut + 1
        self._chunks.append(value)
        self._size += len(value)
        if value:
            self._fresh = value.endswith("\n")

    def put(self, value: str, label: str | None = None) -> PageBuilder:
        return self.span(value, label) if label else self.text(value)

    def cells(self, cells: Iterable[Cell], sep: str = ", ") -> PageBuilder:
        """Several values joined by sep (e.g. 'Zhoushan, China')."""
        for position, (value, label) in enumerate(cells):
            if position:
                self.text(sep)
            self.put(value, label)
        return self

    def line(self, value: str = "") -> PageBuilder:
        return self.text(value + "\n")

    def nl(self, count: int = 1) -> PageBuilder:
        return self.text("\n" * count)

    def field(
        self, key: str, value: str, label: str | None, sep: str = ": ", end: str = "\n"
    ) -> PageBuilder:
        """A printed key (never labelled) followed by its value."""
        return self.text(key + sep).put(value, label).text(end)

    def pad_to(self, column: int) -> PageBuilder:
        """Spaces up to a column, and at least one."""
        return self.text(" " * max(1, column - self.column))

    def row(
        self, cells: Iterable[Cell], widths: Iterable[int], indent: str = "", end: str = "\n"
    ) -> PageBuilder:
        """A fixed-width table row; each cell is padded to the start of the next column."""
        self.text(indent)
        stop = len(indent)
        items = list(cells)
        for position, ((value, label), width) in enumerate(zip(items, widths, strict=True)):
            self.put(value, label)
            stop += width
            if position < len(items) - 1:
                self.pad_to(stop)
        return self.text(end)

    def draft(self) -> PageDraft:
        return PageDraft("".join(self._chunks), tuple(self._spans))
