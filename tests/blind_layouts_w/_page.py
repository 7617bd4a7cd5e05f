"""Page text with gold spans recorded at the moment each value is appended."""

from __future__ import annotations

from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

_EDGE_PUNCT = " \t\n\r,;:.()[]{}\"'"


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
    """A page under construction: plain text is added with `add`, labelled values with `val`."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, text: str) -> PageDraft:
        self._parts.append(text)
        self._length += len(text)
        return self

    def val(self, value: str, label: str | None) -> PageDraft:
        """Append `value`; record it as a gold span when a label is given."""
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"not a labelset v1 label: {label}")
            if not value or value[0] in _EDGE_PUNCT or value[-1] in _EDGE_PUNCT:
                raise ValueError(f"span is not tight: {value!r} ({label})")
            self.spans.append(GoldSpan(self._length, self._length + len(value), label))
        return self.add(value)

    def seq(self, *pieces: str | tuple[str, str | None]) -> PageDraft:
        """Append pieces in order: a str is plain text, a (value, label) pair is a value."""
        for piece in pieces:
            if isinstance(piece, tuple):
                self.val(piece[0], piece[1])
            else:
                self.add(piece)
        return self

    def line(self, *pieces: str | tuple[str, str | None]) -> PageDraft:
        return self.seq(*pieces).add("\n")

    def extend(self, other: PageDraft) -> PageDraft:
        """Append another draft's text, shifting its spans."""
        base = self._length
        self.spans.extend(GoldSpan(s.start + base, s.end + base, s.label) for s in other.spans)
        return self.add(other.text)

    def pad(self, lines: list[str], minimum: int) -> PageDraft:
        """Append unlabelled lines (footers, notes) until the page reaches `minimum` characters."""
        for text in lines:
            if self._length >= minimum:
                break
            self.add(text if text.endswith("\n") else text + "\n")
        return self

    def cell(self, value: str, width: int, label: str | None, right: bool = False) -> PageDraft:
        """A fixed-width cell: the value padded with spaces (a space always follows)."""
        pad = " " * max(1, width - len(value))
        if right:
            return self.add(pad[:-1]).val(value, label).add(" ")
        return self.val(value, label).add(pad)


class DocDraft:
    """Pages of one document: blocks go on the current page while it has room."""

    def __init__(self, limit: int = 2750) -> None:
        self.limit = limit
        self.pages: list[PageDraft] = [PageDraft()]

    @property
    def page(self) -> PageDraft:
        return self.pages[-1]

    def new_page(self) -> PageDraft:
        self.pages.append(PageDraft())
        return self.page

    def put(self, block: PageDraft, header: PageDraft | None = None) -> None:
        """Append `block`, first turning the page (with `header` on top) when it would overflow."""
        if len(self.page) and len(self.page) + len(block) > self.limit:
            self.new_page()
            if header is not None:
                self.page.extend(header)
        self.page.extend(block)
