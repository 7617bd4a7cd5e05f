"""Pages under construction: text grows piece by piece and a gold span is recorded the moment a
labelled value is appended, so spans are never found by searching the finished text."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from oceanid_assets.labelset import LABELS

# Labels whose values may be broken over two lines by a wrap (the span then covers the break).
WRAPPABLE = frozenset({"ASSOC_NAME", "ADDRESS", "AUTH_TYPE"})
_EDGE = " \t\n.,;:"


@dataclass(frozen=True, order=True)
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
    """One page's text and its gold spans, appended in reading order."""

    def __init__(self) -> None:
        self._text = ""
        self.spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return len(self._text)

    @property
    def text(self) -> str:
        return self._text

    def add(self, text: str, label: str | None = None) -> PageDraft:
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"not a labelset v1 label: {label}")
            if not text or text[0] in _EDGE or text[-1] in _EDGE:
                raise ValueError(f"gold value is not tight: {text!r} ({label})")
            start = len(self._text)
            self.spans.append(GoldSpan(start, start + len(text), label))
        self._text += text
        return self

    def val(self, text: str | None, label: str, placeholder: str = "N/A") -> PageDraft:
        """A labelled value, or an unlabelled placeholder when there is none."""
        return self.add(text, label) if text else self.add(placeholder)

    def nl(self, count: int = 1) -> PageDraft:
        return self.add("\n" * count)

    def pad_to(self, column: int) -> PageDraft:
        """Spaces up to `column` on the current line (at least one)."""
        line_start = self._text.rfind("\n") + 1
        used = len(self._text) - line_start
        return self.add(" " * max(1, column - used))

    def line_len(self) -> int:
        return len(self._text) - (self._text.rfind("\n") + 1)

    def extend(self, other: PageDraft) -> PageDraft:
        shift = len(self._text)
        self._text += other._text
        self.spans.extend(GoldSpan(s.start + shift, s.end + shift, s.label) for s in other.spans)
        return self

    def wrap(self, start: int, width: int) -> PageDraft:
        """Greedy line wrapping of the text from `start`, turning spaces into line breaks (offsets
        are unchanged). Breaks never fall inside a span unless its label is wrappable."""
        locked = [(s.start, s.end) for s in self.spans if s.label not in WRAPPABLE]
        chars = list(self._text)
        line_start = self._text.rfind("\n", 0, start) + 1
        last_space = -1
        i = line_start
        while i < len(chars):
            char = chars[i]
            if char == "\n":
                line_start, last_space = i + 1, -1
            else:
                if char == " " and i >= start and not any(a <= i < b for a, b in locked):
                    last_space = i
                if i - line_start >= width and last_space > line_start:
                    chars[last_space] = "\n"
                    line_start, last_space = last_space + 1, -1
            i += 1
        self._text = "".join(chars)
        return self

    def finished(self, doc_id: str, page_num: int, layout: str) -> BlindPage:
        spans = tuple(sorted(self.spans))
        for left, right in pairwise(spans):
            if right.start < left.end:
                raise ValueError(f"overlapping gold spans in {layout}: {left} {right}")
        return BlindPage(doc_id, page_num, self._text, spans, layout)
