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
    return Span(start, end, label, text[start:end], round(confidence, 3), AGENT)


def checked(text: str, start: int, end: int, label: str, confidence: float) -> Span | None:
    """As `make`, with confidence lowered (never the span dropped) when the validator objects."""
    found = make(text, start, end, label, confidence)
    if found is None or validate(label, found.text) is None:
        return found
    return make(text, found.start, found.end, label, confidence * _DOUBTED)


def checked_confidence(label: str, value: str, confidence: float) -> float:
    """The confidence `checked` gives a span of this value that needs no trimming."""
    return round(confidence if validate(label, value) is None else confidence * _DOUBTED, 3)
