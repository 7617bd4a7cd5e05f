"""Span construction shared by the rule modules."""

from __future__ import annotations

from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import validate

AGENT = "rules-v1"
_TRIM = " \t\n.,;:"


def word_start(text: str, pos: int) -> bool:
    """True at the start of a word. Patterns leave out a leading \\b and callers check this
    instead: re only skips ahead fast to a literal or character-set first item, and a leading
    \\b made every page scan several times slower."""
    return pos == 0 or not text[pos - 1].isalnum()


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
    if found is None:
        return None
    if validate(label, found.text) is not None:
        return make(text, found.start, found.end, label, confidence * 0.6)
    return found
