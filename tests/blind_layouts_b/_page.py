"""Page builder for blind layout set B: text is appended piece by piece and every gold span is
recorded at the moment its value is appended (offsets are never searched for afterwards).

Test-only blind evaluation data, written without reading the rule-based extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class BlindPage:
    layout: str
    doc_id: str
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]


# A fragment of text with its gold label (None: unlabelled); a cell is a run of fragments.
Frag = tuple[str, str | None]
Cell = tuple[Frag, ...]
EMPTY: Cell = ()
_MARK = re.compile(r"\[\[([A-Z_]+)=(.*?)\]\]")


def plain(text: str) -> Cell:
    return ((text, None),) if text else EMPTY


def lab(text: str, label: str) -> Cell:
    return ((text, label),)


def cell_len(cell: Cell) -> int:
    return sum(len(text) for text, _ in cell)


def cell_text(cell: Cell) -> str:
    return "".join(text for text, _ in cell)


def joined(cells: Iterable[Cell], separator: str) -> Cell:
    """Cells joined by an unlabelled separator, skipping empty ones."""
    out: list[Frag] = []
    for cell in cells:
        if not cell:
            continue
        if out:
            out.append((separator, None))
        out.extend(cell)
    return tuple(out)


class PageText:
    """Append-only page text with gold spans."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._line_start = 0
        self._spans: list[GoldSpan] = []

    @property
    def column(self) -> int:
        return self._size - self._line_start

    def add(self, text: str, label: str | None = None) -> PageText:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r}")
            if not text or text != text.strip() or "\n" in text:
                raise ValueError(f"untidy {label} value {text!r}")
            self._spans.append(GoldSpan(self._size, self._size + len(text), label))
        self._parts.append(text)
        newline = text.rfind("\n")
        if newline >= 0:
            self._line_start = self._size + newline + 1
        self._size += len(text)
        return self

    def cell(self, cell: Cell) -> PageText:
        for text, label in cell:
            self.add(text, label)
        return self

    def marked(self, text: str) -> PageText:
        """Append prose in which labelled values are written "[[LABEL=value]]": each piece is
        appended in turn, so a span's offsets are those of its value as it is appended."""
        parts = _MARK.split(text)  # text, label, value, text, label, value, ..., text
        for i in range(0, len(parts), 3):
            self.add(parts[i])
            if i + 2 < len(parts):
                self.add(parts[i + 2], parts[i + 1])
        return self

    def line(self, *frags: Frag | str) -> PageText:
        """Fragments (bare strings are unlabelled) followed by a newline."""
        for frag in frags:
            if isinstance(frag, str):
                self.add(frag)
            else:
                self.add(*frag)
        return self.add("\n")

    def pad_to(self, column: int, minimum: int = 1) -> PageText:
        gap = column - self.column
        return self.add(" " * max(gap, minimum if self.column else 0))

    def finish(self) -> tuple[str, tuple[GoldSpan, ...]]:
        return "".join(self._parts), tuple(self._spans)


@dataclass(frozen=True)
class PageDraft:
    text: str
    spans: tuple[GoldSpan, ...]


def draft(page: PageText) -> PageDraft:
    text, spans = page.finish()
    return PageDraft(text, spans)


def column_widths(lines: Sequence[Sequence[Cell]]) -> list[int]:
    count = max(len(line) for line in lines)
    return [
        max((cell_len(line[i]) for line in lines if i < len(line)), default=0) for i in range(count)
    ]


def aligned_lines(
    page: PageText,
    lines: Sequence[Sequence[Cell]],
    widths: Sequence[int],
    gap: int = 2,
    indent: int = 0,
    right: frozenset[int] = frozenset(),
) -> None:
    """Write physical lines of cells at fixed column positions, as layout-preserving text
    extraction prints them: blank cells are skipped and lines carry no trailing spaces."""
    starts = [indent + sum(widths[:i]) + gap * i for i in range(len(widths))]
    for line in lines:
        for i, cell in enumerate(line):
            if not cell:
                continue
            start = starts[i] + (widths[i] - cell_len(cell) if i in right else 0)
            page.pad_to(start, minimum=gap)
            page.cell(cell)
        page.add("\n")


def wrap_words(text: str, width: int) -> list[str]:
    """Greedy word wrap; a single over-long word stays whole, and a line never ends in a comma
    (the word after a comma goes with it)."""
    words: list[str] = []
    for word in text.split():
        if words and words[-1].endswith(","):
            words[-1] += " " + word
        else:
            words.append(word)
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]
