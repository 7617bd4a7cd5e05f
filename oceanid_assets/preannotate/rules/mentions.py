"""A vessel's name wherever a document repeats it: a form names the vessel once under its key,
and its running headers, subject lines and later pages ("FISHING VESSEL SAFETY CERTIFICATE
FVSC-38036   SHENG FU YU NO.168") repeat the name with nothing to say what it is. A name read
with evidence elsewhere in the document is evidence enough there. So is an associate's name of
two words or more (an owner's in a later page's running header)."""

from __future__ import annotations

from collections.abc import Iterable

from oceanid_assets.preannotate.rules.base import Taken, make
from oceanid_assets.preannotate.spans import Span

_CONFIDENCE = 0.6
_MIN_LENGTH = 4  # shorter names ("SEA", "ZHU") are words of other text too
_SOURCE_CONFIDENCE = 0.7  # a name guessed from its shape alone vouches for no other mention


# A vessel's name, and an associate's (an owner's name in a later page's running header).
_REPEATED = ("VESSEL_NAME", "ASSOC_NAME")
_MIN_ASSOCIATE_WORDS = 2  # one word ("OWNER", a surname) is too often other text


def known_names(pages: Iterable[list[Span]]) -> dict[str, str]:
    """The vessels' and associates' names read with evidence on a document's pages, with
    their labels (a vessel's where a name is read as both)."""
    names: dict[str, str] = {}
    for spans in pages:
        for span in spans:
            if (
                span.label in _REPEATED
                and span.confidence >= _SOURCE_CONFIDENCE
                and len(span.text) >= _MIN_LENGTH
                and any(ch.isalpha() for ch in span.text)
                and (span.label == "VESSEL_NAME" or len(span.text.split()) >= _MIN_ASSOCIATE_WORDS)
                and names.get(span.text) != "VESSEL_NAME"
            ):
                names[span.text] = span.label
    return names


def with_mentions(text: str, spans: list[Span], names: dict[str, str]) -> list[Span]:
    """The page's spans and each further mention of a known name that no span covers,
    standing as a word of its own."""
    if not names:
        return spans
    taken = Taken((s.start, s.end) for s in spans)
    added: list[Span] = []
    for name, label in names.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if _stands_alone(text, at, end) and taken.take(at, end):
                span = make(text, at, end, label, _CONFIDENCE)
                if span is not None:
                    added.append(span)
            at = text.find(name, end)
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda s: (s.start, s.end))


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or before in "-/" or after in "-/")
