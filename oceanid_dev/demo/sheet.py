"""A PDF canvas (fpdf2) that records every text run it draws, with the labelled values in it.

Ground truth is only as good as the match between what was drawn and what text extraction
returns, so every string on a page goes through `Sheet` and is recorded in drawing order; the
span locator then walks the extracted text run by run. Runs never wrap (paragraphs are broken
into lines here, with labelled values kept whole) and never end a line with a hyphen (pdfium
joins such a line to the next and drops the hyphen).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fpdf import FPDF

Part = str | tuple[str, str]  # literal text, or (label, value)

_PT = 25.4 / 72  # mm per point
_SPACES = re.compile(r"\s+")
# Fixed so that the same seed gives the same bytes; fpdf2 would otherwise stamp the clock.
_CREATION_DATE = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Run:
    text: str
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Column:
    header: tuple[Part, ...]
    width: float
    right: bool = False


def plain(text: str) -> str:
    """ASCII-only text with single spaces: core PDF fonts are latin-1, and pdfium collapses
    runs of spaces, so anything else would not come back verbatim."""
    ascii_only = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub(" ", ascii_only)


def value_text(text: str) -> str:
    """A labelled value as it is drawn: plain, trimmed, no trailing punctuation."""
    return plain(text).strip().rstrip(".,;:-").rstrip()


def compose(parts: Sequence[Part]) -> Run:
    text = ""
    marks: list[Mark] = []
    for part in parts:
        if isinstance(part, tuple):
            label, raw = part
            value = value_text(raw)
            if not value:
                raise ValueError(f"empty {label} value {raw!r}")
            marks.append(Mark(len(text), len(text) + len(value), label))
            text += value
        else:
            piece = plain(part)
            text += piece[1:] if text.endswith(" ") and piece.startswith(" ") else piece
    if text != text.strip():
        raise ValueError(f"run starts or ends with a space: {text!r}")
    return Run(text, tuple(marks))


class Sheet:
    """One PDF document being drawn; `pages[i]` lists the runs of page i+1 in drawing order."""

    def __init__(
        self,
        *,
        landscape: bool = False,
        margin: float = 15.0,
        family: str = "helvetica",
        footer: Sequence[Part] = (),
    ) -> None:
        self.pdf = FPDF(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.pdf.set_creation_date(_CREATION_DATE)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(margin, margin, margin)
        self.margin = margin
        self.family = family
        # "{page}" and "{pages}" in literal parts are filled in when the PDF is written.
        self.footer = tuple(footer)
        self.pages: list[list[Run]] = []
        self.y = margin
        self.size = 10.0
        self.style = ""

    @property
    def left(self) -> float:
        return self.margin

    @property
    def width(self) -> float:
        return float(self.pdf.w) - 2 * self.margin

    @property
    def bottom(self) -> float:
        return float(self.pdf.h) - self.margin - 6  # room for the footer line

    def add_page(self) -> None:
        self.pdf.add_page()
        self.pages.append([])
        self.y = self.margin
        self.font(self.size, self.style)

    def font(self, size: float, style: str = "") -> None:
        self.size, self.style = size, style
        self.pdf.set_font(self.family, style, size)

    def line_height(self, lead: float = 1.45, size: float | None = None) -> float:
        return (size or self.size) * _PT * lead

    def measure(self, text: str) -> float:
        # Core-font metrics straight from the width table: fpdf2's get_string_width costs a
        # graphics-state copy per call, which dominated the time to build a 1,000-page batch.
        widths: dict[str, int] = self.pdf.current_font.cw  # type: ignore[union-attr, assignment]
        return sum(widths[c] for c in text) * self.size / 1000 * _PT

    def fit(self, value: str, width: float) -> str:
        """The value cut short enough to fit `width`, so that a table cell never wraps."""
        text = value_text(value)
        while text and self.measure(text) > width:
            text = value_text(text[:-1])
        return text

    def put(self, x: float, baseline: float, parts: Sequence[Part]) -> None:
        run = compose(parts)
        self.pdf.text(x, baseline, run.text)
        self.pages[-1].append(run)

    def line(
        self, parts: Sequence[Part], *, indent: float = 0.0, lead: float = 1.45, align: str = "L"
    ) -> None:
        """One line of text at the cursor, starting a new page when the current one is full."""
        height = self.line_height(lead)
        if self.y + height > self.bottom:
            self.add_page()
        x = self.left + indent
        if align != "L":
            spare = self.width - indent - self.measure(compose(parts).text)
            x += spare if align == "R" else spare / 2
        self.put(x, self.y + self.size * _PT, parts)
        self.y += height

    def paragraph(self, parts: Sequence[Part], *, indent: float = 0.0, lead: float = 1.45) -> None:
        """Parts wrapped to the text width; line breaks fall only on spaces in literal text."""
        space = self.measure(" ")
        limit = self.width - indent
        line: list[Part] = []
        used = 0.0
        for word in _words(parts):
            size = self.measure(compose(word).text)
            if line and used + space + size > limit:
                self.line(line, indent=indent, lead=lead)
                line, used = [], 0.0
            if line:
                line.append(" ")
                used += space
            line.extend(word)
            used += size
        if line:
            self.line(line, indent=indent, lead=lead)

    def gap(self, mm: float) -> None:
        self.y += mm

    def rule(self, width: float = 0.2) -> None:
        self.pdf.set_line_width(width)
        self.pdf.line(self.left, self.y, self.left + self.width, self.y)

    def row(
        self,
        columns: Sequence[Column],
        cells: Sequence[Sequence[Part]],
        *,
        height: float,
        pad: float = 1.0,
    ) -> None:
        """A table row at the cursor; cells must already fit their column (see `fit`)."""
        x = self.left
        baseline = self.y + (height + self.size * _PT * 0.7) / 2
        for column, cell in zip(columns, cells, strict=True):
            if cell:
                offset = pad
                if column.right:
                    offset = column.width - pad - self.measure(compose(cell).text)
                self.put(x + offset, baseline, cell)
            x += column.width
        self.y += height
        self.rule(0.1)

    def output(self) -> bytes:
        if self.footer:
            self.font(7)
            total = len(self.pages)
            for number in range(1, total + 1):
                self.pdf.page = number
                run = compose(
                    [
                        p if isinstance(p, tuple) else p.format(page=number, pages=total)
                        for p in self.footer
                    ]
                )
                self.pages[number - 1].append(run)
                self.pdf.text(self.left, float(self.pdf.h) - self.margin, run.text)
        return bytes(self.pdf.output())


def _words(parts: Sequence[Part]) -> list[list[Part]]:
    """Split parts at the spaces of literal text; a labelled value always stays in one word."""
    words: list[list[Part]] = [[]]
    for part in parts:
        if isinstance(part, tuple):
            words[-1].append(part)
            continue
        for i, piece in enumerate(plain(part).split(" ")):
            if i:
                words.append([])
            if piece:
                words[-1].append(piece)
    return [word for word in words if word]
