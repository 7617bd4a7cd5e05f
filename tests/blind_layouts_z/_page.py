"""Page drafts that record gold spans at the moment a value is appended."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

_LABELS = frozenset(LABELS)
# A labelled value may not start or end with whitespace or with this punctuation.
EDGE_PUNCTUATION = " \t\n\r.,;:!?()[]{}<>\"'|/\\-\u2013—*"


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


Segment = tuple[str, str | None]


class PageDraft:
    """Text built piece by piece; `add(value, label)` records the span of `value` as it goes in."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def column(self) -> int:
        """Characters since the last newline."""
        for index in range(len(self._parts) - 1, -1, -1):
            part = self._parts[index]
            if "\n" in part:
                return (
                    len(part)
                    - part.rindex("\n")
                    - 1
                    + sum(len(p) for p in self._parts[index + 1 :])
                )
        return self._length

    def add(self, text: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in _LABELS:
                raise ValueError(f"label {label!r} is not in labelset v1")
            if not text or text[0] in EDGE_PUNCTUATION or text[-1] in EDGE_PUNCTUATION:
                raise ValueError(f"labelled value {text!r} is not tight")
            self.spans.append(GoldSpan(self._length, self._length + len(text), label))
        self._parts.append(text)
        self._length += len(text)
        return self

    def opt(self, value: str | None, label: str | None, placeholder: str) -> PageDraft:
        """The value labelled when there is one, else the document's own placeholder."""
        return self.add(value, label) if value else self.add(placeholder)

    def nl(self, count: int = 1) -> PageDraft:
        return self.add("\n" * count)

    def cell(self, value: str, width: int, label: str | None = None, right: bool = False) -> None:
        """A fixed-width table cell; the padding is never part of the span."""
        pad = " " * max(1, width - len(value))
        if right:
            self.add(pad)
            self.add(value, label)
        else:
            self.add(value, label)
            self.add(pad)

    def kv(self, key: str, value: str | None, label: str | None, placeholder: str = "—") -> None:
        self.add(key)
        self.opt(value, label, placeholder)
        self.nl()

    def wrap(self, segments: Iterable[Segment], width: int = 78, indent: str = "") -> None:
        """Prose wrapped at `width`: unlabelled text breaks at spaces, labelled values never."""
        pending_space = False
        for text, label in segments:
            tokens = [text] if label else re.findall(r"\s+|\S+", text)
            for token in tokens:
                if not label and token.isspace():
                    if "\n" in token:
                        self.add("\n" * token.count("\n") + indent)
                        pending_space = False
                    else:
                        pending_space = True
                    continue
                needed = len(token) + (1 if pending_space else 0)
                # A token glued to the previous one (",", ")") never starts a line.
                if pending_space and self.column > len(indent) and self.column + needed > width:
                    self.add("\n" + indent)
                elif pending_space:
                    self.add(" ")
                pending_space = False
                self.add(token, label)


def finish(drafts: list[PageDraft]) -> list[PageDraft]:
    """Drafts with trailing whitespace trimmed (spans never reach into it)."""
    for draft in drafts:
        while draft._parts and draft._parts[-1].strip() == "":
            draft._length -= len(draft._parts.pop())
        if draft._parts:  # a labelled part never ends in whitespace, so this cuts no span
            last = draft._parts.pop()
            draft._length -= len(last) - len(last.rstrip())
            draft._parts.append(last.rstrip())
    return drafts
