"""A vessel's name wherever a document repeats it: a form names the vessel once under its key,
and its running headers, subject lines and later pages ("FISHING VESSEL SAFETY CERTIFICATE
FVSC-38036   SHENG FU YU NO.168") repeat the name with nothing to say what it is. A name read
with evidence elsewhere in the document is evidence enough there."""

from __future__ import annotations

from collections.abc import Iterable

from oceanid_assets.preannotate.rules.base import Taken, make
from oceanid_assets.preannotate.spans import Span

_CONFIDENCE = 0.6
_MIN_LENGTH = 4  # shorter names ("SEA", "ZHU") are words of other text too
_SOURCE_CONFIDENCE = 0.7  # a name guessed from its shape alone vouches for no other mention


def known_names(pages: Iterable[list[Span]]) -> frozenset[str]:
    """The vessel names read with evidence on a document's pages."""
    return frozenset(
        span.text
        for spans in pages
        for span in spans
        if span.label == "VESSEL_NAME"
        and span.confidence >= _SOURCE_CONFIDENCE
        and len(span.text) >= _MIN_LENGTH
        and any(ch.isalpha() for ch in span.text)
    )


def with_mentions(text: str, spans: list[Span], names: frozenset[str]) -> list[Span]:
    """The page's spans and each further mention of a known name that no span covers,
    standing as a word of its own."""
    if not names:
        return spans
    taken = Taken((s.start, s.end) for s in spans)
    added: list[Span] = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if _stands_alone(text, at, end) and taken.take(at, end):
                span = make(text, at, end, "VESSEL_NAME", _CONFIDENCE)
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
