"""Gold data types and the page builder that records each span as its value is appended."""

from __future__ import annotations

from collections.abc import Mapping
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
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


Part = str | tuple[str, str] | tuple[str | None, str, str]


def shown(part: Part) -> str:
    """The text a part puts on the page (a missing value shows its placeholder)."""
    if isinstance(part, str):
        return part
    if len(part) == 2:
        return part[0] or ""
    return part[0] or part[2]


class PageDraft:
    """One page under construction: text pieces plus the gold spans recorded while writing.

    `add(value, label)` appends a labelled value and records its offsets at that moment;
    nothing is ever found again by searching the finished text."""

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

    def add(self, value: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"not a labelset v1 label: {label}")
            if not value or value != value.strip():
                raise ValueError(f"a gold value must be tight and non-empty: {value!r}")
            self._spans.append(GoldSpan(self._length, self._length + len(value), label))
        self._parts.append(value)
        self._length += len(value)
        return self

    def val(self, value: str | None, label: str, placeholder: str) -> PageDraft:
        """The value labelled, or the document's placeholder (unlabelled) when it is missing."""
        return self.add(value, label) if value else self.add(placeholder)

    def put(self, *parts: Part) -> PageDraft:
        """Plain strings, (value, label) pairs and (value-or-None, label, placeholder) triples."""
        for part in parts:
            if isinstance(part, str):
                self.add(part)
            elif len(part) == 2:
                self.add(part[0] or "", part[1])
            else:
                self.val(part[0], part[1], part[2])
        return self

    def line(self, *parts: Part) -> PageDraft:
        return self.put(*parts).add("\n")

    def template(self, text: str, slots: Mapping[str, Part | list[Part]]) -> PageDraft:
        """Write `text`, putting each {slot}'s part (or parts) as it is reached."""
        rest = text
        while "{" in rest:
            before, _, after = rest.partition("{")
            slot, _, rest = after.partition("}")
            self.add(before)
            part = slots[slot]
            if isinstance(part, list):
                self.put(*part)
            else:
                self.put(part)
        return self.add(rest)

    def nl(self, count: int = 1) -> PageDraft:
        return self.add("\n" * count)
