"""Page drafts that record each gold span at the moment its value is appended."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

MAX_PAGE = 3000
MIN_PAGE = 700

# Characters a span may not start or end with (tight spans).
_EDGE = " \t\r\n.,;:!?\"'()[]{}<>/|*#=-_`"


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


Piece = str | tuple[str, str | None]


class PageDraft:
    """Text under construction; `add` takes plain strings and (value, label) pairs."""

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

    def _plain(self, text: str) -> None:
        if text:
            self._parts.append(text)
            self._length += len(text)

    def value(self, value: str, label: str | None) -> PageDraft:
        """Append `value`; if labelled, record the span of its tight core."""
        if label is None:
            self._plain(value)
            return self
        core = value.strip(_EDGE)
        if not core:
            self._plain(value)
            return self
        lead = value.index(core)
        self._plain(value[:lead])
        start = self._length
        self._plain(core)
        self._spans.append(GoldSpan(start, self._length, label))
        self._plain(value[lead + len(core) :])
        return self

    def add(self, *pieces: Piece) -> PageDraft:
        for piece in pieces:
            if isinstance(piece, str):
                self._plain(piece)
            else:
                self.value(piece[0], piece[1])
        return self

    def line(self, *pieces: Piece) -> PageDraft:
        return self.add(*pieces, "\n")

    def extend(self, other: PageDraft) -> PageDraft:
        offset = self._length
        self._plain(other.text)
        self._spans.extend(GoldSpan(s.start + offset, s.end + offset, s.label) for s in other.spans)
        return self

    def fits(self, other: PageDraft, limit: int) -> bool:
        return self._length + len(other) <= limit

    def pad(self, rng: random.Random, fillers: Sequence[str], minimum: int) -> PageDraft:
        """Append filler paragraphs (plain text, in a random order) until `minimum` is reached."""
        pool = list(fillers)
        rng.shuffle(pool)
        while self._length < minimum and pool:
            self._plain(pool.pop() + "\n")
        return self

    def paragraph(self, *pieces: Piece, width: int = 92, indent: str = "") -> PageDraft:
        """Append prose wrapped at `width`; a labelled value is never broken across lines."""
        chunks: list[list[tuple[str, str | None]]] = [[]]
        for piece in pieces:
            text, label = (piece, None) if isinstance(piece, str) else piece
            if label is None:
                for k, part in enumerate(text.split(" ")):
                    if k:
                        chunks.append([])
                    if part:
                        chunks[-1].append((part, None))
            else:
                chunks[-1].append((text, label))
        column = 0
        self._plain(indent)
        column = len(indent)
        first = True
        for chunk in (c for c in chunks if c):
            size = sum(len(text) for text, _ in chunk)
            if not first and column + 1 + size > width:
                self._plain("\n" + indent)
                column = len(indent)
            elif not first:
                self._plain(" ")
                column += 1
            for text, label in chunk:
                self.value(text, label)
            column += size
            first = False
        self._plain("\n")
        return self


def fill(template: str, values: dict[str, Piece | list[Piece]]) -> list[Piece]:
    """Pieces of `template` with each `{key}` replaced by values[key]: a plain or labelled value,
    or a list of them."""
    parts = re.split(r"\{(\w+)\}", template)
    out: list[Piece] = []
    for n, part in enumerate(parts):
        if n % 2:
            value = values[part]
            out.extend(value if isinstance(value, list) else [value])
        elif part:
            out.append(part)
    return out
