"""A page under construction: text is appended piece by piece and a gold span is recorded at the
moment its value is appended (spans are never found by searching the finished text)."""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_CHARS = 700
TARGET_CHARS = 830
MAX_CHARS = 3000


@dataclass
class PageDraft:
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> PageDraft:
        """Append unlabelled text."""
        self.parts.append(text)
        self.length += len(text)
        return self

    def val(self, value: str, label: str | None) -> PageDraft:
        """Append a value; label it (tight: edge whitespace and punctuation are left outside)."""
        start = self.length
        self.add(value)
        if label is None:
            return self
        lo, hi = 0, len(value)
        while lo < hi and not value[lo].isalnum():
            lo += 1
        while hi > lo and not value[hi - 1].isalnum():
            hi -= 1
        if hi > lo:
            self.spans.append((start + lo, start + hi, label))
        return self

    def nl(self, count: int = 1) -> PageDraft:
        return self.add("\n" * count)

    def line(self, text: str = "") -> PageDraft:
        return self.add(text + "\n")

    def pad(self, key: str, width: int) -> PageDraft:
        """A key padded to a column width (fixed-width forms)."""
        return self.add(key.ljust(width))

    def cell(self, value: str, label: str | None, width: int, right: bool = False) -> PageDraft:
        """A fixed-width table cell: the value (labelled) padded with spaces, never cut."""
        fill = " " * max(width - len(value), 1)
        if right:
            self.add(fill[:-1])
            self.val(value, label)
            return self.add(" ")
        self.val(value, label)
        return self.add(fill)

    def extend(self, other: PageDraft) -> PageDraft:
        """Append another draft (a row built apart so that its length is known first)."""
        shift = self.length
        self.spans.extend((s + shift, e + shift, label) for s, e, label in other.spans)
        return self.add(other.text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def __len__(self) -> int:
        return self.length

    def room(self, extra: int, limit: int = MAX_CHARS - 260) -> bool:
        """Whether `extra` more characters still fit with room left for a footer."""
        return self.length + extra <= limit
