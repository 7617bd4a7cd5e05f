"""PageDraft: page text built piece by piece, each gold span recorded as its value is appended."""

from __future__ import annotations

from collections.abc import Iterable

# A piece is plain text, or (value, label) for a value that carries a gold span.
Piece = str | tuple[str, str]

MAX_PAGE = 3000
_EDGE = " \t\n,;:.!?\"'"


def piece_len(pieces: Iterable[Piece]) -> int:
    return sum(len(p if isinstance(p, str) else p[0]) for p in pieces)


class PageDraft:
    """One page under construction. Spans are recorded at append time, never searched for."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[tuple[int, int, str]] = []

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, *pieces: Piece) -> PageDraft:
        for piece in pieces:
            if isinstance(piece, str):
                self._append(piece)
                continue
            value, label = piece
            if not value:
                continue
            if value[0] in _EDGE or value[-1] in _EDGE:
                raise ValueError(f"untight {label} value {value!r}")
            start = self._length
            self._append(value)
            self.spans.append((start, self._length, label))
        return self

    def line(self, *pieces: Piece) -> PageDraft:
        """The pieces, then a newline."""
        return self.add(*pieces, "\n")

    def fits(self, *pieces: Piece, reserve: int = 0) -> bool:
        """Whether the pieces still fit under the page limit, keeping `reserve` characters."""
        return self._length + piece_len(pieces) + reserve <= MAX_PAGE - 60

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)
