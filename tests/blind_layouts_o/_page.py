"""Pages and gold spans, and the builder that records each span as its value is appended."""

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


@dataclass(frozen=True)
class PageDraft:
    """A page of a document before it is given its document id and number."""

    text: str
    spans: tuple[GoldSpan, ...]


# A piece of page text: plain text, or (value, label) where label None means "not labelled".
Piece = str | tuple[str, str | None]


class PageBuilder:
    """Appends text to one page; a labelled value is recorded with its offsets as it goes in."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._tail = ""  # the last two characters, to place blank lines
        self._spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._size

    def add(self, *pieces: Piece) -> PageBuilder:
        for piece in pieces:
            if isinstance(piece, str):
                self._append(piece)
            else:
                self.value(*piece)
        return self

    def line(self, *pieces: Piece) -> PageBuilder:
        return self.add(*pieces, "\n")

    def blank(self) -> PageBuilder:
        """End the current line if needed, then leave one empty line."""
        if self._tail and not self._tail.endswith("\n"):
            self._append("\n")
        if self._tail and self._tail != "\n\n":
            self._append("\n")
        return self

    def value(self, text: str, label: str | None) -> PageBuilder:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"label {label!r} is not in labelset v1")
            if not text or text != text.strip():
                raise ValueError(f"span value {text!r} is empty or not tight")
            self._spans.append(GoldSpan(self._size, self._size + len(text), label))
        self._append(text)
        return self

    def cell(self, text: str, label: str | None, width: int) -> PageBuilder:
        """A table cell: the value (labelled or not) padded to width with at least one space."""
        self.value(text, label)
        return self._append(" " * max(1, width - len(text)))

    def _append(self, text: str) -> PageBuilder:
        self._parts.append(text)
        self._size += len(text)
        self._tail = (self._tail + text)[-2:]
        return self

    def draft(self) -> PageDraft:
        text = "".join(self._parts)
        stripped = text.rstrip()
        spans = tuple(s for s in self._spans if s.end <= len(stripped))
        return PageDraft(stripped + "\n", spans)


class DocumentBuilder:
    """The pages of one document; layouts write to `page` and call `new_page` at a break."""

    def __init__(self) -> None:
        self.pages: list[PageBuilder] = [PageBuilder()]

    @property
    def page(self) -> PageBuilder:
        return self.pages[-1]

    def new_page(self) -> PageBuilder:
        self.pages.append(PageBuilder())
        return self.page

    def drafts(self) -> list[PageDraft]:
        return [p.draft() for p in self.pages if len(p)]
