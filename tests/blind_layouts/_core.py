"""Gold-span bookkeeping shared by the blind layouts (test-only data).

The blind layouts were written without reading the rule-based extractor, so that they judge it
on page shapes it was never tuned on. This module only records where each value lands while a
page is being written: offsets are taken at append time, never by searching the finished text,
because the same value (a port, a year, a tonnage) can legitimately occur twice on one page.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A piece of a cell or line: its text and its gold label (None = unlabelled text).
Frag = tuple[str, str | None]
Cell = tuple[Frag, ...]


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


@dataclass(frozen=True)
class PageContext:
    """Where a page sits in its document; doc_key seeds choices shared by the doc's pages
    (title, column set, issuing body) so that a multi-page register looks like one document."""

    doc_key: str
    page_num: int
    doc_pages: int
    rng: random.Random

    def doc_rng(self) -> random.Random:
        return random.Random(self.doc_key)


class PageText:
    """Append-only page text; a labelled append records its span at the current offset."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._spans: list[GoldSpan] = []

    def add(self, text: str, label: str | None = None) -> PageText:
        if label is not None and text:
            if text != text.strip():
                raise ValueError(f"gold value {text!r} ({label}) has surrounding whitespace")
            self._spans.append(GoldSpan(self._length, self._length + len(text), label))
        self._parts.append(text)
        self._length += len(text)
        return self

    def frags(self, frags: Iterable[Frag]) -> PageText:
        for text, label in frags:
            self.add(text, label)
        return self

    def line(self, *items: Frag | str) -> PageText:
        """One line from plain strings and (text, label) fragments, then a newline."""
        for item in items:
            if isinstance(item, str):
                self.add(item)
            else:
                self.add(*item)
        return self.add("\n")

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def spans(self) -> tuple[GoldSpan, ...]:
        return tuple(self._spans)


def cell(text: str, label: str | None = None) -> Cell:
    return ((text, label),)


def cell_width(c: Cell) -> int:
    return sum(len(text) for text, _ in c)


def joined(parts: Sequence[Cell], sep: str) -> Cell:
    """Several labelled values in one cell ("ALB, YFT", "BZU6D / 412549512")."""
    out: list[Frag] = []
    for i, part in enumerate(parts):
        if i:
            out.append((sep, None))
        out.extend(part)
    return tuple(out)


def key_value(page: PageText, key: Cell, value: Cell, width: int, style: str) -> None:
    """One "Key: value" line as forms print it; the key is padded to `width` so the values
    line up. Styles: "colon" (Key:    value), "pad" (Key    : value), "dots" (Key ..... : value),
    "fr" (Key : value, French spacing), "tab" (Key:<TAB>value)."""
    page.frags(key)
    pad = max(1, width - cell_width(key))
    if style == "colon":
        page.add(":" + " " * pad)
    elif style == "pad":
        page.add(" " * pad + ": ")
    elif style == "dots":
        page.add(" " + "." * max(3, pad) + " : ")
    elif style == "fr":
        page.add(" : ")
    else:
        page.add(":\t")
    page.frags(value)
    page.add("\n")
