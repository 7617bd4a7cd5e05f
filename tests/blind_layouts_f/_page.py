"""Gold types and the page builder: every span is recorded as its value is appended."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int  # exclusive, in str offsets
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
    text: str
    spans: tuple[GoldSpan, ...]


@dataclass
class Page:
    """Appends text left to right; `val` records a gold span at the current offset."""

    _parts: list[str] = field(default_factory=list)
    _size: int = 0
    _spans: list[GoldSpan] = field(default_factory=list)

    def add(self, text: str) -> Page:
        self._parts.append(text)
        self._size += len(text)
        return self

    def val(self, value: str, label: str | None = None) -> Page:
        if label is not None:
            if not value or value != value.strip():
                raise ValueError(f"gold value must be tight and non-empty: {value!r}")
            self._spans.append(GoldSpan(self._size, self._size + len(value), label))
        return self.add(value)

    def cell(self, value: str, width: int, label: str | None = None) -> Page:
        """A table cell: the value, then spaces up to `width` (at least one)."""
        self.val(value, label)
        return self.add(" " * max(1, width - len(value)))

    def nl(self, count: int = 1) -> Page:
        return self.add("\n" * count)

    def column(self) -> int:
        """Characters since the last newline (for aligned layouts)."""
        text = "".join(self._parts)
        return len(text) - (text.rfind("\n") + 1)

    def draft(self) -> PageDraft:
        return PageDraft("".join(self._parts).rstrip() + "\n", tuple(self._spans))


class Doc:
    """A document's pages; layouts call `new_page()` at each page break."""

    def __init__(self) -> None:
        self.pages: list[Page] = [Page()]

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> Page:
        self.pages.append(Page())
        return self.page

    def drafts(self) -> list[PageDraft]:
        return [page.draft() for page in self.pages]
