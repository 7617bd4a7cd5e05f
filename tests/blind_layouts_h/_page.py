"""A page builder that records each gold span at the moment its value is appended."""

from __future__ import annotations

from dataclasses import dataclass

# A piece of a line: plain text, or (value, label) where label None means "print, do not label".
Item = str | tuple[str, str | None]


@dataclass(frozen=True)
class PageDraft:
    text: str
    spans: tuple[tuple[int, int, str], ...]


class Page:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._spans: list[tuple[int, int, str]] = []

    def add(self, text: str, label: str | None = None) -> Page:
        """Append text; if labelled, the whole of `text` is the span (it must be tight)."""
        if label is not None and text:
            if text != text.strip():
                raise ValueError(f"span value is not tight: {text!r}")
            self._spans.append((self._length, self._length + len(text), label))
        self._parts.append(text)
        self._length += len(text)
        return self

    def put(self, *items: Item) -> Page:
        for item in items:
            if isinstance(item, str):
                self.add(item)
            else:
                self.add(item[0], item[1])
        return self

    def line(self, *items: Item) -> Page:
        return self.put(*items).add("\n")

    def blank(self, count: int = 1) -> Page:
        return self.add("\n" * count)

    def cell(
        self, value: str, width: int, label: str | None = None, right: bool = False, gap: str = "  "
    ) -> Page:
        """A fixed-width table cell (padded, never truncated) followed by a column gap."""
        pad = " " * max(0, width - len(value))
        if right:
            self.add(pad)
        self.add(value, label)
        if not right:
            self.add(pad)
        return self.add(gap)

    def end_row(self) -> Page:
        """Drop the trailing padding of the row just written, then break the line."""
        text = "".join(self._parts)
        stripped = text.rstrip(" ")
        floor = max((end for _, end, _ in self._spans), default=0)
        cut = max(len(stripped), floor)
        self._parts = [text[:cut]]
        self._length = cut
        return self.add("\n")

    def draft(self) -> PageDraft:
        text = "".join(self._parts)
        return PageDraft(text.rstrip() + "\n", tuple(self._spans))
