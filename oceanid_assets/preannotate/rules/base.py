"""Span construction and scanning helpers shared by the rule modules.

The rules run on every page, so their patterns are written for re's one shortcut: it skips
ahead to where a match can start only when a pattern begins with a literal, a character set, or
an alternation whose branches all begin with a literal. Any other start (\\b, a repeat such as
\\d{4}, letters under IGNORECASE) makes it attempt a match at every position of the page."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import validate

AGENT = "rules-v2"  # v2: layout-independent tables, keys and identifiers (issue 14)
_TRIM = " \t\n.,;:|│┃║"  # and the rules of a table drawn with box characters
# What a dot leader between a key and its value is made of, with the blanks around it.
LEADER_CHARS = " \t.\u2026\u00b7_"
_DOUBTED = 0.6  # confidence factor for a value its label's validator objects to


def word_start(text: str, pos: int) -> bool:
    """True at the start of a word. Patterns leave out a leading \\b and callers check this
    instead: re only skips ahead fast to a literal or character-set first item, and a leading
    \\b made every page scan several times slower."""
    return pos == 0 or not text[pos - 1].isalnum()


def lines_with(
    text: str, hint: re.Pattern[str], lines: PageLines | None = None
) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text where `hint` matches. A pattern that cannot match
    across a line break finds the same matches in these lines as in the whole text; a hint that
    re can skip ahead to finds the lines for a pattern that it cannot.

    Only the page's stretches of filled lines are searched, as `scan` searches them: the hint
    must be one `scan` can look for, except that it may match blanks alone (lines of nothing
    else are skipped all the same). `lines`: the text's `page_lines`, if another string with
    the same lines (its lower case) was split already."""
    for start, end in (page_lines(text) if lines is None else lines).stretches:
        if text.find("\n", start, end) < 0:  # a line alone between blank ones: one search
            if hint.search(text, start, end):
                yield start, end
            continue
        line_end = -1
        for m in hint.finditer(text, start, end):
            if m.start() < line_end:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start(), end)
            if line_end < 0:
                line_end = end
            yield line_start, line_end


class PageLines(NamedTuple):
    offsets: list[tuple[int, int]]  # (start, end) of every line, blank ones included
    filled: list[int]  # the indices of the lines with a non-blank character
    stretches: list[tuple[int, int]]  # (start, end) of each run of filled lines


# The finders after the tables each walk the same page (its tables blanked): its lines are
# split once and kept for the next finder. One page at a time: a finder reading a cell's text
# in between only costs a second split.
_LAST_LINES: tuple[str, PageLines] = ("", PageLines([(0, 0)], [], []))


def page_lines(text: str) -> PageLines:
    """The text's lines, which of them are filled, and the stretches of filled lines."""
    global _LAST_LINES
    last = _LAST_LINES
    if last[0] is text:
        return last[1]
    offsets: list[tuple[int, int]] = []
    filled: list[int] = []
    stretches: list[tuple[int, int]] = []
    start = 0
    for i, line in enumerate(text.split("\n")):
        end = start + len(line)
        offsets.append((start, end))
        if line and not line.isspace():
            if filled and filled[-1] == i - 1:
                stretches[-1] = (stretches[-1][0], end)
            else:
                stretches.append((start, end))
            filled.append(i)
        start = end + 1
    lines = PageLines(offsets, filled, stretches)
    _LAST_LINES = (text, lines)
    return lines


def line_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the text, blank ones included."""
    offsets, start = [], 0
    for line in text.split("\n"):
        offsets.append((start, start + len(line)))
        start += len(line) + 1
    return offsets


def scan(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, pos) for a pattern whose matches hold a non-blank character and
    no line break, and whose lookaheads take a line break after a match as they take the end of
    the text (`\\b`, `(?!\\d)`; not `$` nor `(?!\\s)`): each match is found within a stretch of
    filled lines, and the blank lines between (most of a page whose tables are blanked) are
    not scanned. (re's lookbehinds and `\\b` see the text before `pos`, as in the whole text.)"""
    for start, end in page_lines(text).stretches:
        if end > pos:
            yield from pattern.finditer(text, max(start, pos), end)


class _SpanTwin:
    """Span without its frozen __setattr__, as table_forms' _Twin is for Cell: made and filled
    at the speed of any object, then turned into a Span by setting its __class__ (allowed
    between classes of the same slots), in a quarter of the time of Span(...). A page makes
    about a hundred spans, most of them table cells."""

    __slots__ = Span.__slots__  # type: ignore[attr-defined]  # made by dataclass(slots=True)
    start: int
    end: int
    label: str
    text: str
    confidence: float
    agent: str
    votes: tuple[tuple[str, float], ...]


def new_span(start: int, end: int, label: str, text: str, confidence: float) -> Span:
    """Span(start, end, label, text, confidence, AGENT), made as _SpanTwin says."""
    twin = _SpanTwin()
    twin.start, twin.end, twin.label, twin.text = start, end, label, text
    twin.confidence, twin.agent, twin.votes = confidence, AGENT, ()
    twin.__class__ = Span  # type: ignore[assignment]  # see _SpanTwin
    return twin  # type: ignore[return-value]  # a Span now


_LAST_WORDS: tuple[str, str] = ("", "")  # as _LAST_LINES: the finders share the page's words


def words_of(text: str) -> str:
    """The text's runs of non-blank characters one space apart. A string without blanks (or
    with single spaces between non-blanks) is in the text only if it is in this, which is a
    fraction of the length of a page whose tables are blanked: cues are looked for here first,
    and a finder whose cues are all missing is skipped."""
    global _LAST_WORDS
    last = _LAST_WORDS
    if last[0] is text:
        return last[1]
    words = " ".join(text.split())
    _LAST_WORDS = (text, words)
    return words


_COMPANY_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:Ltd|LTD|Co|CO|Inc|INC|Corp|CORP|S\.A|S\.L|K\.K|Pty|Cia|Bhd|Lda|B\.V|N\.V)\.$"
)


def make(text: str, start: int, end: int, label: str, confidence: float) -> Span | None:
    """A span over text[start:end] trimmed of surrounding blanks and punctuation, so offsets
    stay exact and spans stay tight; None if nothing is left."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        # Keep a trailing full stop that belongs to an abbreviation such as "NO." or "Co.";
        # a company's "Ltd." or "S.A." keeps it before a blank too.
        if (
            text[end - 1] == "."
            and end - start > 2
            and text[end - 2].isalpha()
            and (
                end == len(text)
                or text[end] not in " \n"
                or _COMPANY_ABBREVIATION.search(text, max(start, end - 6), end)
            )
        ):
            break
        end -= 1
    if start >= end:
        return None
    return new_span(start, end, label, text[start:end], round(confidence, 3))


def checked(text: str, start: int, end: int, label: str, confidence: float) -> Span | None:
    """As `make`, with confidence lowered (never the span dropped) when the validator objects."""
    found = make(text, start, end, label, confidence)
    if found is None or validate(label, found.text) is None:
        return found
    return make(text, found.start, found.end, label, confidence * _DOUBTED)


def checked_confidence(label: str, value: str, confidence: float) -> float:
    """The confidence `checked` gives a span of this value that needs no trimming."""
    return round(confidence if validate(label, value) is None else confidence * _DOUBTED, 3)


class Taken:
    """Stretches of a page that kept spans (or blanked tables) hold. They never overlap, so
    sorted by start their ends are sorted too: a candidate is checked against its two
    neighbours only."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, stretches: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self._starts = [start for start, _ in ordered]
        self._ends = [end for _, end in ordered]

    def take(self, start: int, end: int) -> bool:
        """Takes start..end if nothing taken overlaps it; False if something does."""
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return False
        if i < len(self._starts) and self._starts[i] < end:
            return False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
