"""Page drafts that record gold spans at the moment a value is appended."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


# A piece of page text: plain text, or (value, label) where label None means unlabelled.
Piece = str | tuple[str, str | None]
# A table cell: one piece or several pieces written side by side.
Cell = Piece | Sequence[Piece]

_EDGE = " \t\n,;:"


def piece_text(piece: Piece) -> str:
    return piece if isinstance(piece, str) else piece[0]


def cell_pieces(cell: Cell) -> list[Piece]:
    if isinstance(cell, str | tuple):
        return [cell]
    return list(cell)


def cell_len(cell: Cell) -> int:
    return sum(len(piece_text(p)) for p in cell_pieces(cell))


class PageDraft:
    """Text built left to right; a labelled value's span is recorded as it is appended."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def spans(self) -> tuple[GoldSpan, ...]:
        return tuple(self._spans)

    def add(self, text: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"label {label!r} is not in labelset v1")
            if not text or text.strip(_EDGE) != text:
                raise ValueError(f"span value {text!r} is not tight")
            self._spans.append(GoldSpan(self._length, self._length + len(text), label))
        self._parts.append(text)
        self._length += len(text)
        return self

    def put(self, *pieces: Piece) -> PageDraft:
        for piece in pieces:
            if isinstance(piece, str):
                self.add(piece)
            else:
                self.add(piece[0], piece[1])
        return self

    def line(self, *pieces: Piece) -> PageDraft:
        return self.put(*pieces, "\n")

    def cell(self, cell: Cell, width: int = 0, right: bool = False) -> PageDraft:
        pad = " " * max(0, width - cell_len(cell))
        if right:
            self.add(pad)
        self.put(*cell_pieces(cell))
        if not right:
            self.add(pad)
        return self

    def row(
        self,
        cells: Sequence[Cell],
        widths: Sequence[int] | None = None,
        sep: str = "  ",
        right: Sequence[bool] | None = None,
        lead: str = "",
        tail: str = "",
    ) -> PageDraft:
        """One table row ending in a newline; the last cell is not padded."""
        self.add(lead)
        for i, cell in enumerate(cells):
            last = i == len(cells) - 1
            width = 0 if widths is None or (last and not tail) else widths[i]
            self.cell(cell, width, bool(right and right[i]))
            if not last:
                self.add(sep)
        self.add(tail)
        return self.add("\n")

    def extend(self, other: PageDraft) -> PageDraft:
        for span in other._spans:
            self._spans.append(
                GoldSpan(span.start + self._length, span.end + self._length, span.label)
            )
        self._parts.append(other.text)
        self._length += len(other)
        return self


def pack(
    rows: Sequence[PageDraft],
    head: Callable[[int, int], PageDraft],
    foot: Callable[[int, int], PageDraft],
    budget: int = 2800,
    max_pages: int = 3,
) -> list[PageDraft]:
    """Rows spread over pages of at most `budget` characters (head and foot included); rows
    that do not fit on `max_pages` pages are dropped. head/foot must not draw random numbers."""
    frame = max(len(head(i, max_pages)) for i in range(1, max_pages + 1))
    frame += max(len(foot(i, max_pages)) for i in range(1, max_pages + 1))
    groups: list[list[PageDraft]] = []
    current: list[PageDraft] = []
    for row in rows:
        if current and frame + sum(len(r) for r in current) + len(row) > budget:
            groups.append(current)
            current = []
            if len(groups) == max_pages:
                break
        current.append(row)
    if current and len(groups) < max_pages:
        groups.append(current)
    groups = _balance(groups, budget - frame)
    pages = []
    for number, group in enumerate(groups, start=1):
        page = head(number, len(groups))
        for row in group:
            page.extend(row)
        pages.append(page.extend(foot(number, len(groups))))
    return pages


def _balance(groups: list[list[PageDraft]], room: int) -> list[list[PageDraft]]:
    """The same rows over the same number of pages, of near-equal size where they still fit."""
    rows = [row for group in groups for row in group]
    if len(groups) < 2:
        return groups
    total = sum(len(row) for row in rows)
    balanced: list[list[PageDraft]] = [[] for _ in groups]
    done, index = 0, 0
    for row in rows:
        if (
            index < len(groups) - 1
            and balanced[index]
            and done >= total * (index + 1) / len(groups)
        ):
            index += 1
        balanced[index].append(row)
        done += len(row)
    if all(group and sum(len(r) for r in group) <= room for group in balanced):
        return balanced
    return groups


def fill(page: PageDraft, notes: Sequence[str], minimum: int = 820) -> PageDraft:
    """Append unlabelled note lines until the page reaches `minimum` characters."""
    for note in notes:
        if len(page) >= minimum:
            break
        page.add(note + "\n")
    return page
