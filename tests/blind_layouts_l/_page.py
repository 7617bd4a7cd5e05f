"""Gold-data types and the page builder: spans are recorded as values are appended."""

from __future__ import annotations

from dataclasses import dataclass

from oceanid_assets.labelset import LABELS


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
    """A page being written: plain text and labelled values, appended in reading order."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._size

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def spans(self) -> tuple[GoldSpan, ...]:
        return tuple(self._spans)

    @property
    def column(self) -> int:
        """Characters written since the last newline."""
        text = self.text
        return len(text) - (text.rfind("\n") + 1)

    def add(self, text: str) -> PageDraft:
        self._parts.append(text)
        self._size += len(text)
        return self

    def val(self, value: str, label: str | None) -> PageDraft:
        """Append a value; with a label, record it as a gold span."""
        if label is None:
            return self.add(value)
        if not value or value != value.strip():
            raise ValueError(f"span value must be non-empty and tight: {value!r}")
        if label not in LABELS:
            raise ValueError(f"not a labelset v1 label: {label}")
        start = self._size
        self.add(value)
        self._spans.append(GoldSpan(start, self._size, label))
        return self

    def nl(self, count: int = 1) -> PageDraft:
        return self.add("\n" * count)

    def line(self, text: str = "") -> PageDraft:
        return self.add(text).nl()

    def field(self, key: str, value: str, label: str | None, end: str = "\n") -> PageDraft:
        """`key` then the value then `end` (a key is never labelled)."""
        return self.add(key).val(value, label).add(end)

    def cell(
        self, value: str, width: int, label: str | None = None, right: bool = False
    ) -> PageDraft:
        """A fixed-width table cell; the padding is outside the span."""
        pad = " " * max(width - len(value), 1)
        if right:
            return self.add(pad).val(value, label)
        return self.val(value, label).add(pad)

    def pad_to(self, column: int) -> PageDraft:
        return self.add(" " * max(column - self.column, 1))
