"""Pages and gold spans, and the page builder that records each span as its value is written."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

Value = tuple[str, str | None]  # (text, label or None)


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
    """One page as a layout builds it; the generator adds the document id and page number."""

    text: str
    spans: tuple[GoldSpan, ...]


class PageBuilder:
    """Appends text piece by piece; a labelled piece becomes a gold span at its own offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._line_start = 0
        self._spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    @property
    def column(self) -> int:
        return self._length - self._line_start

    def add(self, text: str, label: str | None = None) -> PageBuilder:
        if label is not None and text:
            if label not in LABELS:
                raise ValueError(f"{label} is not a labelset v1 label")
            if text != text.strip():
                raise ValueError(f"gold value {text!r} ({label}) is not tight")
            self._spans.append(GoldSpan(self._length, self._length + len(text), label))
        newline = text.rfind("\n")
        if newline >= 0:
            self._line_start = self._length + newline + 1
        self._parts.append(text)
        self._length += len(text)
        return self

    def fmt(self, template: str, *values: Value | str) -> PageBuilder:
        """Writes `template` with each "{}" replaced by the next value; (text, label) values
        are labelled, plain strings are not."""
        pieces = template.split("{}")
        if len(pieces) != len(values) + 1:
            raise ValueError(f"{template!r} takes {len(pieces) - 1} values, got {len(values)}")
        for piece, value in zip(pieces, (*values, ""), strict=True):
            self.add(piece)
            if isinstance(value, tuple):
                self.add(value[0], value[1])
            else:
                self.add(value)
        return self

    def nl(self, count: int = 1) -> PageBuilder:
        return self.add("\n" * count)

    def pad_to(self, column: int, fill: str = " ") -> PageBuilder:
        """Fills the current line up to `column` (at least one fill character)."""
        return self.add(fill * max(1, column - self.column))

    def cell(self, text: str, width: int, label: str | None = None) -> PageBuilder:
        """A left-aligned table cell: the value, then spaces to `width` (at least two)."""
        self.add(text, label)
        return self.add(" " * max(2, width - len(text)))

    def extend(self, other: PageBuilder) -> PageBuilder:
        """Appends a block built on its own, keeping its spans."""
        offset = self._length
        for span in other._spans:
            self._spans.append(GoldSpan(span.start + offset, span.end + offset, span.label))
        return self.add("".join(other._parts))

    def draft(self) -> PageDraft:
        text = "".join(self._parts)
        return PageDraft(text.rstrip() + "\n", tuple(self._spans))


def paginate(blocks: list[PageBuilder], pages: int, shortest: int = 850) -> list[PageBuilder]:
    """Splits consecutive blocks over at most `pages` pages so that the shortest page is as long
    as possible, using fewer pages when a split would leave a page under `shortest` chars."""
    sizes = [len(block) for block in blocks]
    best: tuple[int, ...] = ()
    for count in range(max(1, min(pages, len(blocks))), 0, -1):
        best_min = -1
        for cuts in itertools.combinations(range(1, len(blocks)), count - 1):
            bounds = (0, *cuts, len(blocks))
            low = min(sum(sizes[a:b]) for a, b in itertools.pairwise(bounds))
            if low > best_min:
                best, best_min = cuts, low
        if best_min >= shortest:
            break
    bounds = (0, *best, len(blocks))
    result = []
    for a, b in itertools.pairwise(bounds):
        page = PageBuilder()
        for block in blocks[a:b]:
            page.extend(block)
        result.append(page)
    return result
