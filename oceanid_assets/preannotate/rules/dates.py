"""Dates in ISO, day-first numeric and written-month forms, labelled START_DATE or END_DATE
only when the words just before them say which; other dates (issue, edition) stay unlabelled."""

from __future__ import annotations

import re

from oceanid_assets.preannotate.rules.base import make, word_start
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import parse_date

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE_RE = re.compile(
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([./-])\d{1,2}\1\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r"\.?,? \d{4}|" + _MONTH + r"\.? \d{1,2},? \d{4})\b"
)
# Closest cue wins: each pattern is anchored at the end of the text before the date.
_END_CUES = re.compile(
    r"(?:\b(?:to|until|till|through|expir\w*|expires|end(?:ing)?(?: date)?|valid to|"
    r"auth\w*\.? to|date to)\s*[:\-]?\s*$)|"
    r"(?:\b(?:removed|deleted|withdrawn|expired|terminated|cancell?ed|revoked)\b[^.;\n]{0,40}\bon\s*$)",
    re.IGNORECASE,
)
_START_CUES = re.compile(
    r"\b(?:from|since|period|commenc\w*|effective(?: date)?|registration|registered on|"
    r"start(?:ing)?(?: date)?|begin\w*|date from)\s*(?:on\s*)?[:\-]?\s*(?:of\s*)?$",
    re.IGNORECASE,
)
_NEUTRAL_CUES = re.compile(r"\b(?:issued|as at|as of|dated?|printed|signed)\b[^\n]{0,12}$", re.I)


def context_label(before: str) -> str | None:
    if _NEUTRAL_CUES.search(before):
        return None
    if _END_CUES.search(before):
        return "END_DATE"
    if _START_CUES.search(before):
        return "START_DATE"
    return None


def find_dates(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in DATE_RE.finditer(text):
        if not word_start(text, m.start()):
            continue
        # Cues may sit at the end of the previous line when running text wraps.
        label = context_label(text[max(0, m.start() - 50) : m.start()])
        if label is None or parse_date(m.group()) is None:
            continue
        span = make(text, m.start(), m.end(), label, 0.85)
        if span:
            spans.append(span)
    return spans
