"""A page builder that records each gold span as its value is appended, so offsets are never
recovered by searching the finished text (a search would find the first of two equal values)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PageDraft:
    text: str
    spans: tuple[GoldSpan, ...]


# A piece of page text and the label it carries, if any.
Piece = tuple[str, str | None]


def pieces_width(pieces: Iterable[Piece]) -> int:
    return sum(len(text) for text, _ in pieces)


class PageBuilder:
    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._padding: list[bool] = []  # True for chunks that are pure alignment padding
        self._length = 0
        self._line_start = 0
        self._spans: list[GoldSpan] = []

    @property
    def column(self) -> int:
        return self._length - self._line_start

    def add(self, text: str, label: str | None = None) -> PageBuilder:
        if label is not None:
            if not text or text != text.strip():
                raise ValueError(f"a gold span must be non-empty and tight: {text!r}")
            self._spans.append(GoldSpan(self._length, self._length + len(text), label))
        self._push(text, padding=False)
        return self

    def pieces(self, pieces: Iterable[Piece]) -> PageBuilder:
        for text, label in pieces:
            self.add(text, label)
        return self

    def pad_to(self, column: int, minimum: int = 1) -> PageBuilder:
        self._push(" " * max(minimum, column - self.column), padding=True)
        return self

    def cell(self, pieces: Iterable[Piece], width: int) -> PageBuilder:
        start = self.column
        self.pieces(pieces)
        return self.pad_to(start + width)

    def newline(self, count: int = 1) -> PageBuilder:
        # PDF text extraction drops the padding after a line's last cell.
        while self._chunks and self._padding[-1]:
            self._length -= len(self._chunks.pop())
            self._padding.pop()
        self._push("\n" * count, padding=False)
        return self

    def line(self, *parts: Piece | str) -> PageBuilder:
        for part in parts:
            if isinstance(part, str):
                self.add(part)
            else:
                self.add(*part)
        return self.newline()

    def draft(self) -> PageDraft:
        self.newline()
        text = "".join(self._chunks).rstrip("\n") + "\n"
        return PageDraft(text=text, spans=tuple(self._spans))

    def _push(self, text: str, *, padding: bool) -> None:
        if not text:
            return
        self._chunks.append(text)
        self._padding.append(padding)
        newline = text.rfind("\n")
        if newline >= 0:
            self._line_start = self._length + newline + 1
        self._length += len(text)
