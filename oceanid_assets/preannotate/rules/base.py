"""Span construction and scanning helpers shared by the rule modules.

The rules run on every page, so their patterns are written for re's one shortcut: it skips
ahead to where a match can start only when a pattern begins with a literal, a character set, or
an alternation whose branches all begin with a literal. Any other start (\\b, a repeat such as
\\d{4}, letters under IGNORECASE) makes it attempt a match at every position of the page."""

from __future__ import annotations

import re
from collections.abc import Iterator

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


def lines_with(text: str, hint: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text where `hint` matches. A pattern that cannot match
    across a line break finds the same matches in these lines as in the whole text; a hint that
    re can skip ahead to finds the lines for a pattern that it cannot."""
    end = -1
    for m in hint.finditer(text):
        if m.start() < end:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        if end < 0:
            end = len(text)
        yield start, end


def line_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the text, blank ones included."""
    offsets, start = [], 0
    for line in text.split("\n"):
        offsets.append((start, start + len(line)))
        start += len(line) + 1
    return offsets


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


def words_of(text: str) -> str:
    """The text's runs of non-blank characters one space apart. A string without blanks (or
    with single spaces between non-blanks) is in the text only if it is in this, which is a
    fraction of the length of a page whose tables are blanked: cues are looked for here first,
    and a finder whose cues are all missing is skipped."""
    return " ".join(text.split())


def make(text: str, start: int, end: int, label: str, confidence: float) -> Span | None:
    """A span over text[start:end] trimmed of surrounding blanks and punctuation, so offsets
    stay exact and spans stay tight; None if nothing is left."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        # Keep a trailing full stop that belongs to an abbreviation such as "NO." or "Co.".
        if (
            text[end - 1] == "."
            and end - start > 2
            and text[end - 2].isalpha()
            and (end == len(text) or text[end] not in " \n")
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
