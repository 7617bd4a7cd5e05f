"""A page builder that records each gold span as its value is appended (never by searching)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int  # exclusive
    label: str


@dataclass(frozen=True)
class PageDraft:
    text: str
    spans: tuple[GoldSpan, ...]


# A piece of page text: plain text, or (value, label) where label None means "print, unlabelled".
Item = str | tuple[str, str | None]


def fill(template: str, **slots: Item | list[Item]) -> list[Item]:
    """Items for a template whose {slots} are values (labelled or not) or lists of items."""
    items: list[Item] = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2 == 0:
            items.extend([piece] if piece else [])
        else:
            slot = slots[piece]
            items.extend(slot if isinstance(slot, list) else [slot])
    return items


class PageBuilder:
    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0
        self._spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    def _put(self, text: str) -> None:
        self._chunks.append(text)
        self._length += len(text)

    def val(self, text: str, label: str | None) -> PageBuilder:
        """Append a value; with a label, record its gold span at the current offset."""
        if label is None:
            self._put(text)
            return self
        if not text or text != text.strip() or label not in LABELS:
            raise ValueError(f"bad gold value {text!r} for {label!r}")
        start = self._length
        self._put(text)
        self._spans.append(GoldSpan(start, self._length, label))
        return self

    def add(self, *items: Item) -> PageBuilder:
        for item in items:
            if isinstance(item, str):
                self._put(item)
            else:
                self.val(*item)
        return self

    def line(self, *items: Item) -> PageBuilder:
        return self.add(*items, "\n")

    def field(
        self,
        key: str,
        *items: Item,
        style: str = "colon",
        width: int = 26,
        key_label: str | None = None,
    ) -> PageBuilder:
        """A key and its value on one line; `key_label` labels the key (a metric's name)."""
        self.val(key, key_label)
        gap = max(1, width - len(key))
        self._put(
            {
                "colon": ": ",
                "aligned": ":" + " " * gap,
                "dots": " " + "." * gap + " ",
                "tab": "\t",
                "spaces": " " * (gap + 1),
            }[style]
        )
        return self.line(*items)

    def wrap(self, items: list[Item], width: int, indent: Callable[[], str]) -> PageBuilder:
        """Fill lines up to `width`, breaking only at spaces of plain text (a value is never
        split); `indent()` gives each line's leading spaces; newlines in plain text are kept."""
        atoms: list[tuple[str, str | None]] = []
        for item in items:
            if isinstance(item, str):
                atoms.extend((piece, None) for piece in re.split(r"(\s+)", item) if piece)
            else:
                atoms.append(item)
        lead = indent()
        self._put(lead)
        col, space = len(lead), ""
        for text, label in atoms:
            if label is None and text.isspace():
                if "\n" in text:
                    lead = indent()
                    self._put("\n" * text.count("\n") + lead)
                    col, space = len(lead), ""
                elif col > len(lead):
                    space = " "
                continue
            if space and col + 1 + len(text) > width:
                lead = indent()
                self._put("\n" + lead)
                col, space = len(lead), ""
            self._put(space)
            self.val(text, label)
            col += len(space) + len(text)
            space = ""
        return self

    def draft(self) -> PageDraft:
        return PageDraft("".join(self._chunks), tuple(self._spans))
