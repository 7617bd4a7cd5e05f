"""Page drafts that record a gold span at the moment its value is appended."""

from __future__ import annotations

from dataclasses import dataclass

from oceanid_assets.labelset import LABELS

_LABELS = frozenset(LABELS)
_EDGE = " \t\n\r,;:"


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
    """Text under construction; `add(value, label)` records the span of `value` as it goes in."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._spans: list[GoldSpan] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def spans(self) -> tuple[GoldSpan, ...]:
        return tuple(self._spans)

    def add(self, text: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in _LABELS:
                raise ValueError(f"label {label!r} is not in labelset v1")
            if not text or text[0] in _EDGE or text[-1] in _EDGE:
                raise ValueError(f"span value {text!r} is not tight")
            self._spans.append(GoldSpan(self._length, self._length + len(text), label))
        self._parts.append(text)
        self._length += len(text)
        return self

    def nl(self, count: int = 1) -> PageDraft:
        return self.add("\n" * count)

    def line(self, text: str = "") -> PageDraft:
        return self.add(text + "\n")

    def extend(self, other: PageDraft) -> PageDraft:
        for span in other._spans:
            self._spans.append(
                GoldSpan(span.start + self._length, span.end + self._length, span.label)
            )
        self._parts.append(other.text)
        self._length += len(other)
        return self

    def finish(self, doc_id: str, page_num: int, layout: str) -> BlindPage:
        return BlindPage(doc_id, page_num, self.text, tuple(self._spans), layout)
