"""Page drafts that record gold spans at the moment a labelled value is appended."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS


@dataclass(frozen=True, order=True)
class GoldSpan:
    start: int  # str offset, inclusive
    end: int  # str offset, exclusive
    label: str


# A plain piece of text, or a (value, label) pair that becomes a gold span.
Seg = str | tuple[str, str]

# A value may neither start nor end with one of these (tight spans).
EDGE_CHARS = " \t\r\n,;:.!?\"'()[]{}<>/|-*=#_\u2013\u2014\u00b0"


class PageDraft:
    """Text under construction plus the spans of the labelled values appended to it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, *segs: Seg) -> PageDraft:
        for seg in segs:
            if isinstance(seg, str):
                self._append(seg)
            else:
                self.mark(seg[0], seg[1])
        return self

    def line(self, *segs: Seg) -> PageDraft:
        return self.add(*segs, "\n")

    def mark(self, value: str, label: str) -> PageDraft:
        if label not in LABELS:
            raise ValueError(f"label {label!r} is not in labelset v1")
        if not value or value[0] in EDGE_CHARS or value[-1] in EDGE_CHARS:
            raise ValueError(f"value {value!r} ({label}) is not tight")
        start = self._length
        self._append(value)
        self.spans.append(GoldSpan(start, self._length, label))
        return self

    def extend(self, other: PageDraft) -> PageDraft:
        shift = self._length
        self._append(other.text)
        self.spans.extend(GoldSpan(s.start + shift, s.end + shift, s.label) for s in other.spans)
        return self

    def wrap(self, segs: Sequence[Seg], width: int, indent: str = "", column: int = 0) -> PageDraft:
        """Append segs as a paragraph wrapped at width; labelled values are never broken.

        A space in plain text is a break opportunity, a newline a forced break; column is
        where the current line already ends."""
        words: list[list[Seg]] = [[]]
        for seg in segs:
            if isinstance(seg, tuple):
                words[-1].append(seg)
                continue
            for piece in re.split(r"( +|\n)", seg):
                if not piece:
                    continue
                if piece == "\n":
                    words.append(["\n"])
                    words.append([])
                elif piece.isspace():
                    words.append([])
                else:
                    words[-1].append(piece)
        for word in words:
            if not word:
                continue
            if word == ["\n"]:
                self._append("\n" + indent)
                column = len(indent)
                continue
            size = sum(len(p if isinstance(p, str) else p[0]) for p in word)
            if column > len(indent):
                if column + 1 + size > width:
                    self._append("\n" + indent)
                    column = len(indent)
                else:
                    self._append(" ")
                    column += 1
            elif column == 0 and indent:
                self._append(indent)
                column = len(indent)
            self.add(*word)
            column += size
        return self

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)


def pad(page: PageDraft, target: int, paragraphs: Sequence[str], rng: random.Random) -> None:
    """Append unlabelled boilerplate (in a shuffled order) until the page reaches target."""
    pool = list(paragraphs)
    rng.shuffle(pool)
    while len(page) < target and pool:
        page.add("\n", pool.pop(), "\n")
