"""Page drafts that record gold spans at the moment a value is appended."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Characters a span never starts or ends with: the value is printed whole, the span is tight.
EDGE = " \t\n.,;:()[]{}\"'`«»"


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
    """Text built piece by piece; `put` appends a value and, with a label, its gold span."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    def add(self, text: str) -> PageDraft:
        """Unlabelled text."""
        self._parts.append(text)
        self._length += len(text)
        return self

    def put(self, value: str, label: str | None = None) -> PageDraft:
        """Append `value`; with a label, record a span over it without edge punctuation."""
        if label is not None:
            core = value.strip(EDGE)
            if core:
                start = self._length + value.index(core)
                self.spans.append(GoldSpan(start, start + len(core), label))
        return self.add(value)

    def cell(self, value: str, label: str | None, width: int, right: bool = False) -> PageDraft:
        """A padded table cell (at least one space after it)."""
        pad = " " * max(1, width - len(value))
        if right:
            return self.add(pad).put(value, label)
        return self.put(value, label).add(pad)

    def kv(self, key: str, value: str, label: str | None = None, end: str = "\n") -> PageDraft:
        return self.add(key).put(value, label).add(end)

    def extend(self, other: PageDraft) -> PageDraft:
        shift = self._length
        self.spans.extend(GoldSpan(s.start + shift, s.end + shift, s.label) for s in other.spans)
        return self.add(other.text())

    def text(self) -> str:
        return "".join(self._parts)


MIN_LEN = 700
MAX_LEN = 3000


def paginate(
    head: Callable[[int], PageDraft],
    blocks: Sequence[PageDraft],
    tail: Callable[[int, bool], PageDraft],
    fillers: Sequence[str],
    max_pages: int = 3,
    limit: int = 2950,
) -> list[PageDraft]:
    """Blocks flowed onto up to max_pages pages between a head and a tail (blocks that do not fit
    are dropped). A short or label-less last page takes blocks back from the page before it;
    a page still short of MIN_LEN gets the layout's own boilerplate before its tail."""
    heads: dict[int, PageDraft] = {}

    def head_of(number: int) -> PageDraft:
        if number not in heads:
            heads[number] = head(number)
        return heads[number]

    def end_len(number: int) -> int:
        return max(len(tail(number, False)), len(tail(number, True))) + 20

    groups: list[list[PageDraft]] = [[]]
    used = len(head_of(1))
    for block in blocks:
        number = len(groups)
        if groups[-1] and used + len(block) + end_len(number) > limit:
            if number >= max_pages:
                break
            groups.append([])
            used = len(head_of(number + 1))
        groups[-1].append(block)
        used += len(block)

    def size(index: int) -> int:
        return len(head_of(index + 1)) + sum(len(b) for b in groups[index]) + end_len(index + 1)

    while len(groups) > 1:
        last, before = groups[-1], groups[-2]
        needy = size(len(groups) - 1) < MIN_LEN + 150 or not any(b.spans for b in last)
        if not needy or len(before) < 2:
            break
        moved = before[-1]
        if size(len(groups) - 2) - len(moved) < MIN_LEN - 150:
            break
        if size(len(groups) - 1) + len(moved) > limit:
            break
        last.insert(0, before.pop())

    pages: list[PageDraft] = []
    spare = list(fillers)
    for index, group in enumerate(groups):
        number = index + 1
        page = PageDraft().extend(head_of(number))
        for block in group:
            page.extend(block)
        end = tail(number, number == len(groups))
        pool = spare or list(fillers)
        while len(page) + len(end) < MIN_LEN + 40 and pool:
            text = pool.pop(0)
            if text in spare:
                spare.remove(text)
            page.add(text)
            if not pool and len(page) + len(end) < MIN_LEN + 40:
                pool = list(fillers)
        page.extend(end)
        pages.append(page)
    return pages
