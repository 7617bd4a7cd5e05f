"""Page drafts that record gold spans at the moment their value is appended."""

from __future__ import annotations

from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

MIN_PAGE = 700
MAX_PAGE = 3000

_EDGE = " \t\r\n.,;:'\"*|"


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


def _tight(value: str) -> tuple[int, int]:
    """Offsets of the value without surrounding whitespace, punctuation or unpaired brackets."""
    start, end = 0, len(value)
    changed = True
    while changed and start < end:
        changed = False
        while start < end and value[start] in _EDGE:
            start, changed = start + 1, True
        while end > start and value[end - 1] in _EDGE:
            end, changed = end - 1, True
        core = value[start:end]
        if core.endswith(")") and core.count("(") < core.count(")"):
            end, changed = end - 1, True
        elif core.startswith("(") and core.count("(") > core.count(")"):
            start, changed = start + 1, True
    return start, end


class PageDraft:
    """Text built piece by piece; a labelled piece becomes a gold span when it is added."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0
        self.spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    def add(self, value: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r}")
            start, end = _tight(value)
            if end > start:
                self.spans.append(GoldSpan(self._length + start, self._length + end, label))
        self._chunks.append(value)
        self._length += len(value)
        return self

    def cell(self, value: str, width: int, label: str | None = None, right: bool = False) -> None:
        """A fixed-width column cell; the padding is never part of the span."""
        pad = " " * max(1, width - len(value))
        if right:
            self.add(pad)
            self.add(value, label)
        else:
            self.add(value, label)
            self.add(pad)

    def line(self, *parts: str | tuple[str, str | None]) -> PageDraft:
        """Pieces, each plain text or (value, label), then a newline."""
        for part in parts:
            if isinstance(part, tuple):
                self.add(part[0], part[1])
            else:
                self.add(part)
        return self.add("\n")

    def extend(self, other: PageDraft) -> PageDraft:
        """Append another draft; its spans move by this draft's length."""
        offset = self._length
        self.spans.extend(GoldSpan(s.start + offset, s.end + offset, s.label) for s in other.spans)
        self._chunks.append(other.text)
        self._length += len(other)
        return self


class Pager:
    """Blocks onto pages of at most `budget` characters, with at most `max_pages` pages."""

    def __init__(self, budget: int = 2500, max_pages: int = 3) -> None:
        self.budget = budget
        self.max_pages = max_pages
        self.pages: list[PageDraft] = [PageDraft()]

    @property
    def page(self) -> PageDraft:
        return self.pages[-1]

    def room(self, size: int) -> bool:
        return len(self.page) + size <= self.budget

    def full(self) -> bool:
        return len(self.pages) >= self.max_pages

    def new_page(self) -> PageDraft:
        self.pages.append(PageDraft())
        return self.page

    def put(self, block: PageDraft) -> None:
        self.page.extend(block)


def pad_pages(pages: list[PageDraft], fillers: list[PageDraft], minimum: int = 820) -> None:
    """Unlabelled-heavy boilerplate blocks appended to short pages (never beyond MAX_PAGE)."""
    queue = list(fillers)
    for page in pages:
        while len(page) < minimum and queue:
            block = queue.pop(0)
            if len(page) + len(block) + 1 > MAX_PAGE:
                continue
            page.add("\n")
            page.extend(block)
