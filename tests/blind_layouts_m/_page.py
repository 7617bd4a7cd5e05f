"""The page builder: text is appended piece by piece and every gold span is recorded at the
moment its value is appended, so offsets never come from searching the finished page."""

from __future__ import annotations

from dataclasses import dataclass

# A piece of a line: plain text, or (value, label) where label None means "print, unlabelled".
Piece = str | tuple[str, str | None]


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PageDraft:
    text: str
    spans: tuple[GoldSpan, ...]


class PageBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._spans: list[GoldSpan] = []

    def __len__(self) -> int:
        return self._length

    def text(self, value: str) -> PageBuilder:
        self._parts.append(value)
        self._length += len(value)
        return self

    def span(self, value: str, label: str | None) -> PageBuilder:
        """Append a value; record it as a gold span unless label is None."""
        if label is not None:
            if not value or value != value.strip():
                raise ValueError(f"gold value must be tight and non-empty: {value!r}")
            self._spans.append(GoldSpan(self._length, self._length + len(value), label))
        return self.text(value)

    def add(self, *pieces: Piece) -> PageBuilder:
        for piece in pieces:
            if isinstance(piece, str):
                self.text(piece)
            else:
                self.span(*piece)
        return self

    def line(self, *pieces: Piece) -> PageBuilder:
        return self.add(*pieces).text("\n")

    def kv(self, key: str, *pieces: Piece, width: int = 0, sep: str = ": ") -> PageBuilder:
        """A `key: value` line; the key (padded to width) is never labelled."""
        return self.line(f"{key}{sep}".ljust(width), *pieces)

    def para(self, *pieces: Piece, width: int = 78) -> PageBuilder:
        """A paragraph wrapped at spaces outside values: a value never breaks across lines."""
        words: list[list[tuple[str, str | None]]] = [[]]
        for piece in pieces:
            value, label = (piece, None) if isinstance(piece, str) else piece
            if label is not None:
                words[-1].append((value, label))
                continue
            for index, part in enumerate(value.split(" ")):
                if index:
                    words.append([])
                if part:
                    words[-1].append((part, None))
        column = 0
        for word in (w for w in words if w):
            size = sum(len(text) for text, _ in word)
            if column and column + 1 + size > width:
                self.text("\n")
                column = 0
            elif column:
                self.text(" ")
                column += 1
            for text, label in word:
                self.span(text, label)
            column += size
        return self.text("\n")

    def blank(self, count: int = 1) -> PageBuilder:
        return self.text("\n" * count)

    def rule(self, char: str = "-", width: int = 72) -> PageBuilder:
        return self.line(char * width)

    def row(self, cells: list[list[Piece]], widths: list[int], sep: str = "") -> PageBuilder:
        """A fixed-width table row; each cell is a list of pieces, padded to its width."""
        for index, cell in enumerate(cells):
            start = self._length
            self.add(*cell)
            if index < len(cells) - 1:
                used = self._length - start
                self.text(" " * max(widths[index] - used, 2) + sep)
        return self.text("\n")

    def draft(self) -> PageDraft:
        text = "".join(self._parts).rstrip() + "\n"
        return PageDraft(text, tuple(self._spans))
