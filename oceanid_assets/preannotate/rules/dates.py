"""Dates in ISO, day-first numeric and written-month forms, labelled START_DATE or END_DATE
only when the words just before them say which; other dates (issue, edition) stay unlabelled."""

from __future__ import annotations

import re
from collections.abc import Iterator

from oceanid_assets.preannotate.rules.base import LEADER_CHARS, make, scan, word_start, words_of
from oceanid_assets.preannotate.rules.vocab import alternation
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import parse_date

_MONTHS = (
    *("January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun"),
    *("July", "Jul", "August", "Aug", "September", "Sept", "Sep", "October", "Oct"),
    *("November", "Nov", "December", "Dec"),
    # Spanish and French months, lower case as those languages write them.
    *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre"),
    *("setiembre", "octubre", "noviembre", "diciembre", "janvier", "février", "fevrier", "mars"),
    *("avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre"),
    *("décembre", "decembre"),
)
# A trie (`alternation`): most letters of a line start some month's name.
_MONTH = "(?:" + alternation(_MONTHS) + ")"
# Dates that start with the day or year, and dates that start with the month, scanned apart:
# each can begin with something re skips ahead to (see base), the two together cannot. The
# first digit stands apart for the same reason.
_DIGIT_FIRST = (
    r"\d(?:\d{3}([-/.])\d{1,2}\1\d{1,2}|\d?([./-])\d{1,2}\2\d{4}|"
    r"\d?(?:st|nd|rd|th|er)? (?:de )?" + _MONTH + r"\.?,? (?:de )?\d{4}|"
    # "15-MAR-2025", "15 MAR 2025", "15MAR2025": the month in capitals, as lists and
    # mainframe registers print it.
    r"\d?[- ]?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[- ]?\d{4})\b"
)
_MONTH_FIRST = _MONTH + r"\.? \d{1,2},? \d{4}\b"
DATE_RE = re.compile(rf"(?:{_DIGIT_FIRST}|{_MONTH_FIRST})")
_DIGIT_FIRST_RE = re.compile(_DIGIT_FIRST)
_MONTH_FIRST_RE = re.compile(_MONTH_FIRST)
# Closest cue wins: each pattern is anchored at the end of the text before the date.
_END_CUES = re.compile(
    r"(?:\b(?:to|until|till|through|expir\w*|expires|exp\.?|end(?:ing)?(?: date)?|valid to|hasta|"
    r"vence|vencimiento|al|au|jusqu'au|fin|"
    r"auth\w*\.? to|date to)(?:\s+(?:el|le|on))?\s*[:\-]?\s*$)|"
    r"(?:\b(?:removed|deleted|withdrawn|expired|terminated|cancell?ed|revoked)\b[^.;\n]{0,40}\bon\s*$)",
    re.IGNORECASE,
)
_START_CUES = re.compile(
    r"\b(?:from|since|period|commenc\w*|effective(?: date)?|registration|registered on|reg\.?|"
    r"desde|del|du|inicio|d[ée]but|"
    r"start(?:ing)?(?: date)?|begin\w*|date from)"
    r"(?:\s+(?:el|le))?\s*(?:on\s*)?[:\-]?\s*(?:of\s*)?$",
    re.IGNORECASE,
)
_NEUTRAL_CUES = re.compile(r"\b(?:issued|as at|as of|dated?|printed|signed)\b[^\n]{0,12}$", re.I)
# The last word of every start or end cue above, once trailing blanks, ":" and "-" are gone:
# one of these words, a word ending in the optional "on"/"of" (written without a space), or an
# open-ended stem. The three cue searches cost ~8 us a date; most dates (table cells, "as at")
# have no such word before them and skip the searches.
_CUE_LAST_WORDS = frozenset(
    {
        *("to", "until", "till", "through", "end", "ending", "date"),
        *("from", "since", "period", "effective", "start", "starting"),
        *("hasta", "vence", "vencimiento", "al", "au", "fin", "desde", "del", "du", "inicio"),
        *("el", "le", "on"),  # "desde el", "hasta el", "expiring on"
        *("exp", "reg"),  # a mainframe's "REG 06OCT2017", "EXP 05OCT2018"
    }
)
_CUE_SUFFIXES = ("on", "of")
_CUE_STEMS = ("expir", "commenc", "begin")


def _may_end_in_cue(before: str) -> bool:
    tail = before.rstrip().rstrip(":-").rstrip()
    start = len(tail)
    while start and (tail[start - 1].isalnum() or tail[start - 1] == "_"):
        start -= 1
    word = tail[start:]
    if not word.isascii():
        return True  # re.IGNORECASE matches some non-ASCII letters to ASCII ones
    word = word.lower()
    return word in _CUE_LAST_WORDS or word.endswith(_CUE_SUFFIXES) or word.startswith(_CUE_STEMS)


def context_label(before: str) -> str | None:
    if not _may_end_in_cue(before):
        return None
    if _NEUTRAL_CUES.search(before):
        return None
    if _END_CUES.search(before):
        return "END_DATE"
    if _START_CUES.search(before):
        return "START_DATE"
    return None


def date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of DATE_RE.finditer(text), from two scans that re runs several times faster:
    digit-first and month-first dates, merged in order without overlaps. A date's blanks are
    single spaces between non-blanks, so a scan with no match in the page's words (a short
    string on a page whose tables are blanked) has none in the page either, and is skipped."""
    words = words_of(text)
    no_match: Iterator[re.Match[str]] = iter(())
    # Neither pattern matches a line break or looks past a date's end further than \b: `scan`
    # finds their matches in the page's filled lines alone.
    digit_first = scan(_DIGIT_FIRST_RE, text) if _DIGIT_FIRST_RE.search(words) else no_match
    month_first = scan(_MONTH_FIRST_RE, text) if _MONTH_FIRST_RE.search(words) else no_match
    next_digit_first, next_month_first = next(digit_first, None), next(month_first, None)
    while next_digit_first or next_month_first:
        if next_month_first is None or (
            next_digit_first is not None and next_digit_first.start() < next_month_first.start()
        ):
            found, next_digit_first = next_digit_first, next(digit_first, None)
        else:
            found, next_month_first = next_month_first, next(month_first, None)
        assert found is not None
        yield found
        # A match of the other kind that overlaps this one is not a date; rescan after it.
        if next_digit_first is not None and next_digit_first.start() < found.end():
            digit_first = scan(_DIGIT_FIRST_RE, text, found.end())
            next_digit_first = next(digit_first, None)
        if next_month_first is not None and next_month_first.start() < found.end():
            month_first = scan(_MONTH_FIRST_RE, text, found.end())
            next_month_first = next(month_first, None)


# "01/02/2025 - 31/01/2026": a period, its end after a hyphen, en or em dash.
_RANGE_DASH = re.compile(r"[ \t]*[-\u2013\u2014][ \t]*")


def _without_leader(before: str) -> str:
    """'Valid until:........ ' -> 'Valid until:': a dot leader between a cue and its date."""
    stripped = before.rstrip(LEADER_CHARS)
    return stripped if len(before) - len(stripped) > 2 else before


def find_dates(text: str) -> list[Span]:
    spans: list[Span] = []
    previous: tuple[re.Match[str], str | None] | None = None
    for m in date_matches(text):
        if not word_start(text, m.start()):
            continue
        # Cues may sit at the end of the previous line when running text wraps.
        label = context_label(_without_leader(text[max(0, m.start() - 50) : m.start()]))
        if parse_date(m.group()) is None:
            continue
        if (
            label is None
            and previous is not None
            and previous[1] in (None, "START_DATE")
            and _RANGE_DASH.fullmatch(text, previous[0].end(), m.start())
            and context_label(text[max(0, previous[0].start() - 50) : previous[0].start()])
            != "END_DATE"
        ):
            label = "END_DATE"
            if previous[1] is None and (
                start := make(text, *previous[0].span(), "START_DATE", 0.8)
            ):
                spans.append(start)
        previous = (m, label)
        if label is None:
            continue
        span = make(text, m.start(), m.end(), label, 0.85 if previous[1] else 0.8)
        if span:
            spans.append(span)
    return spans
