"""Page drafts that record gold spans at the moment a value is appended."""

from __future__ import annotations

from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

_LOOSE = " \t\r\n,;:"


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


class PageDraft:
    """Text built left to right; `add(value, label)` records the span of a labelled value."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._spans: list[GoldSpan] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def spans(self) -> tuple[GoldSpan, ...]:
        return tuple(self._spans)

    def add(self, value: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"label {label!r} is not in labelset v1")
            if not value or value.strip(_LOOSE) != value:
                raise ValueError(f"labelled value {value!r} is not tight")
            self._spans.append(GoldSpan(self._length, self._length + len(value), label))
        self._parts.append(value)
        self._length += len(value)
        return self

    def put(self, *pieces: str | tuple[str, str | None]) -> PageDraft:
        """Append pieces: plain strings, or (value, label) pairs."""
        for piece in pieces:
            if isinstance(piece, tuple):
                self.add(piece[0], piece[1])
            else:
                self.add(piece)
        return self

    def line(self, *pieces: str | tuple[str, str | None]) -> PageDraft:
        return self.put(*pieces).add("\n")

    def cell(
        self, value: str, width: int, label: str | None = None, right: bool = False
    ) -> PageDraft:
        """A fixed-width cell; a value longer than its column pushes the rest along by one space."""
        gap = max(width - len(value), 1)
        if right:
            return self.add(" " * gap).add(value, label)
        return self.add(value, label).add(" " * gap)

    def extend(self, other: PageDraft) -> PageDraft:
        for span in other._spans:
            self._spans.append(
                GoldSpan(span.start + self._length, span.end + self._length, span.label)
            )
        self._parts.append(other.text)
        self._length += len(other)
        return self

    def rstrip_lines(self) -> PageDraft:
        """Drop trailing spaces at the ends of lines (as a text export does); spans move with it."""
        text = self.text
        keep = [True] * len(text)
        index = len(text) - 1
        trailing = True
        while index >= 0:
            char = text[index]
            if char == "\n":
                trailing = True
            elif char == " " and trailing:
                keep[index] = False
            else:
                trailing = False
            index -= 1
        shift = [0] * (len(text) + 1)
        removed = 0
        for position, kept in enumerate(keep):
            shift[position] = removed
            if not kept:
                removed += 1
        shift[len(text)] = removed
        new_text = "".join(c for c, kept in zip(text, keep, strict=True) if kept)
        new_spans = [
            GoldSpan(s.start - shift[s.start], s.end - shift[s.end], s.label) for s in self._spans
        ]
        self._parts = [new_text]
        self._spans = new_spans
        self._length = len(new_text)
        return self
