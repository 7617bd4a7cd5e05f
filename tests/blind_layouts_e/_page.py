"""Page drafts that record each gold span as its value is appended (never found afterwards)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

# A piece of a line: plain text, or (value, label) where label None means "not labelled".
Part = str | tuple[str, str | None]


@dataclass(frozen=True)
class GoldSpan:
    start: int  # str offsets into BlindPage.text, end-exclusive
    end: int
    label: str


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int  # from 1 within the document
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


class PageDraft:
    """One page being written left to right; labelled values are recorded where they land."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._size = 0
        self._spans: list[GoldSpan] = []

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    @property
    def spans(self) -> tuple[GoldSpan, ...]:
        return tuple(self._spans)

    def add(self, text: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"not a labelset v1 label: {label}")
            if not text or text != text.strip():
                raise ValueError(f"gold value must be tight and non-empty: {text!r}")
            self._spans.append(GoldSpan(self._size, self._size + len(text), label))
        self._chunks.append(text)
        self._size += len(text)
        return self

    def parts(self, *parts: Part) -> PageDraft:
        for part in parts:
            if isinstance(part, str):
                self.add(part)
            else:
                self.add(part[0], part[1])
        return self

    def line(self, *parts: Part) -> PageDraft:
        return self.parts(*parts).add("\n")

    def field(
        self,
        key: str,
        *parts: Part,
        width: int = 0,
        leader: str = " ",
        sep: str = ": ",
        indent: str = "",
    ) -> PageDraft:
        """One "key: value" line; the key (never labelled) padded to `width` with `leader`."""
        padded = key if len(key) >= width else key + " " + leader * (width - len(key) - 1)
        return self.line(indent + padded + sep, *parts)

    def para(self, *parts: Part, width: int = 0) -> PageDraft:
        """Running text wrapped at `width` (0: one line), breaking only at spaces of the plain
        text: a labelled value is never split across lines."""
        tokens: list[tuple[str, str | None]] = []
        for part in parts:
            if isinstance(part, str):
                tokens += [(piece, None) for piece in re.split(r"( +)", part) if piece]
            else:
                tokens.append(part)
        column, space = 0, False
        for text, label in tokens:
            if label is None and not text.strip():
                space = column > 0
                continue
            if space:
                wrap = width and column + 1 + len(text) > width
                self.add("\n" if wrap else " ")
                column = 0 if wrap else column + 1
                space = False
            self.add(text, label)
            column += len(text)
        return self.add("\n")

    def nl(self, count: int = 1) -> PageDraft:
        return self.add("\n" * count)

    def cell(
        self, value: str, width: int, label: str | None = None, *, right: bool = False
    ) -> PageDraft:
        """A fixed-width column: names may be cut to the width (the cut text is the gold
        value); identifiers must fit, so a label other than a name never truncates."""
        shown = value[:width]
        names = ("VESSEL_NAME", "ASSOC_NAME", "HOME_PORT")
        if label is not None and label not in names and shown != value:
            raise ValueError(f"{label} {value!r} does not fit a {width}-wide column")
        tight = shown.strip()
        pad = " " * (width - len(shown))
        lead = shown[: len(shown) - len(shown.lstrip())]
        trail = shown[len(lead) + len(tight) :]
        if right:
            self.add(pad)
        self.add(lead)
        if tight:
            self.add(tight, label)
        self.add(trail)
        if not right:
            self.add(pad)
        return self

    def finish(self, doc_id: str, page_num: int, layout: str) -> BlindPage:
        return BlindPage(doc_id, page_num, self.text, self.spans, layout)


def lab(value: str | None, label: str, placeholder: str) -> Part:
    """The value labelled, or the document's placeholder (unlabelled) when it is missing."""
    return (value, label) if value else placeholder
