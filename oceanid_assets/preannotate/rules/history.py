"""What a vessel was, where the page says it has changed since. The finders read names, flags
and identifiers as current; this turns those a page places in the past into NAME_CHANGE,
FLAG_CHANGE and ID_CHANGE:

- in a sentence about a period that has ended: "Between 3 June 2009 and 30 March 2017 the
  vessel operated as SHIN JIANN LIH under the flag of Vanuatu, using call sign YJKA1.", or in a
  clause that says what it was until a year ("Same hull was SILVER PEARL until 2022, ...");
- on a record of one registration closed by the date the ship ceased to be registered (item 13
  of IMO's Continuous Synopsis Record);
- in a row of a history table whose period has ended, when another runs to the present;
- on a page that gives the vessel's new name or flag under their own keys ("New flag: China",
  "Nouveau nom : SHUN ZE 6"), as a deletion certificate or a reflagging notice does: the
  particulars elsewhere on the page are the ones it had."""

from __future__ import annotations

import re
from dataclasses import replace

from oceanid_assets.preannotate.rules.base import word_start
from oceanid_assets.preannotate.spans import Span

FORMER_LABEL = {
    "VESSEL_NAME": "NAME_CHANGE",
    "FLAG": "FLAG_CHANGE",
    "IRCS": "ID_CHANGE",
    "MMSI": "ID_CHANGE",
    "NATIONAL_REG_NO": "ID_CHANGE",
}
# A sentence opening on a period with an end: "Between ... and ...", "Entre el ... y el ...",
# "Entre le ... et le ...", "Until 2017", "Hasta 2017", "Jusqu'en 2017".
_ENDED_PERIOD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*"
    r"(?:(?:Between|From|Entre)\b[^.\n;]{0,40}?\b(?:19|20)\d\d\b[^.\n;]{0,12}?\b"
    r"(?:and|to|y|et|al|au|a)\b[^.\n;]{0,40}?\b(?:19|20)\d\d\b"
    r"|(?:Until|Hasta|Jusqu'(?:en|au))\b[^.\n;]{0,30}?\b(?:19|20)\d\d\b)",
    re.MULTILINE,
)
# Or a clause that says what the vessel was until a year: "Same hull was SILVER PEARL until
# 2022, flagged to Vanuatu, call sign YJXWE." (the period runs from "was" to the sentence's end).
_WAS_UNTIL = re.compile(
    r"(?:was|were|fue|era|était)\b[^.\n;]{0,60}?\b(?:until|hasta|jusqu'(?:en|au))\b"
    r"[^.\n;]{0,15}?\b(?:19|20)\d\d\b"
)
# A sentence ends at a full stop before a blank and a capital, or at a blank line.
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z\u00c0-\u00dd])|\n\s*\n")
_HINT = re.compile(r"Between|From|Entre|Until|Hasta|Jusqu|until|hasta|jusqu")


# A key giving the vessel's identity after the change, at the start of its line.
_NEW_IDENTITY = re.compile(
    r"^[ \t|]*(?:New (?:name|flag|call sign|flag State)|Nuevo (?:nombre|pabell[óo]n)|"
    r"Nueva bandera|Nouveau (?:nom|pavillon)|Nouvel indicatif)[ \t]*:",
    re.MULTILINE | re.IGNORECASE,
)


def new_identity(text: str, spans: list[Span]) -> frozenset[str] | None:
    """The values a page gives under its new-identity keys ('New name: SHUN ZE 6'), or None if
    it has no such key."""
    lines = _new_identity_lines(text)
    if not lines:
        return None
    return frozenset(s.text for s in spans if any(a <= s.start < b for a, b in lines))


def as_former(spans: list[Span], new: frozenset[str]) -> list[Span]:
    """A page of a document that gives the vessel's new identity elsewhere (a deletion
    certificate's transcript page): its particulars are the ones the vessel had, except where
    it repeats the new ones."""
    return [
        replace(s, label=label) if (label := FORMER_LABEL.get(s.label)) and s.text not in new else s
        for s in spans
    ]


def _new_identity_lines(text: str) -> list[tuple[int, int]]:
    if not any(hint in text for hint in _NEW_HINTS):
        return []
    return [_line(text, m.start()) for m in _NEW_IDENTITY.finditer(text)]


# A row of an identity-over-time table whose period has ended ("2012-2014  PUYUAN 868  Belize
# V3SP ...", "AMAZON BIRD    until 20 Aug 2021"), on a page whose other rows run to the present.
# A row that opens on a year or a date, then a column gap.
_DATED_ROW = re.compile(
    r"^[ \t|]*(?:\d{1,2}[./-]\d{1,2}[./-](?P<year_last>(?:19|20)\d\d)|(?P<year>(?:19|20)\d\d)"
    r"(?:[-./]\d\d(?:[-./]\d\d)?)?)(?:[ \t|]{2,}|\t)\S.*$",
    re.MULTILINE,
)
_ARROWS = ("->", "\u2192", "=>")
_YEAR_AT_LINE_START = re.compile(r"\n[ \t|]*(?:19|20)\d\d")  # a literal first: a quick gate
_HISTORY_CUE = re.compile(
    r"(?i)identit|histor|over time|dans le temps|a lo largo|previous|former|anterior|ancien"
)
_YEARS_ROW = re.compile(
    r"^[ \t|]*(?:19|20)\d\d[ \t]*[-\u2013/][ \t]*(?:19|20)?\d\d\b.*$", re.MULTILINE
)
# "until" in a column of its own, not in a sentence ("valid from ... until ..."): after a
# column gap, or opening the row ("until 06/06/2016  Cameroon  TJCKF").
_UNTIL_CELL = re.compile(
    r"(?:\S[ \t]{2,}|^[ \t|]*)\(?(?:until|hasta|jusqu'(?:au|en))[ \t]+\d", re.MULTILINE
)
_UNTIL_WORDS = ("until", "hasta", "jusqu'")
_TO_THE_PRESENT = re.compile(
    r"\b(?:present|since|now|current|desde|depuis|actuel|actual)\b"
    r"|^[ \t|]*(?:from|du) \d",  # the row that opens on the date the present began
    re.IGNORECASE | re.MULTILINE,
)
# Literal pieces of _NEW_IDENTITY's keys, looked for before it (a case-blind scan of the page).
_NEW_HINTS = ("New", "new", "NEW", "Nuev", "nuev", "NUEV", "Nouv", "nouv", "NOUV")


# A record of the identity a vessel had under one registration, closed by the date it ceased
# (item 13 of IMO's Continuous Synopsis Record, in its three official languages).
_CEASED = re.compile(
    r"(?:ceased to be registered|cess[ée] d'[êe]tre immatricul[ée]|"
    r"dej[óo] de estar (?:matriculado|registrado|inscrito))[^\n:]*:[ \t]*\n?[ \t]*"
    r"(?=\d{1,2}[ ./-]|\d{4}-|[A-Z][a-z]+ \d)",
    re.IGNORECASE,
)
_CEASED_HINTS = ("ceased", "cess", "dej")


# A heading over what the vessel had once ("Earlier allocations to this vessel:", "Asignaciones
# anteriores:", "Attributions antérieures :"); the lines under it, to a blank line, are former.
_EARLIER_WORD = re.compile(
    r"\b(?:earlier|previous|former|prior|withdrawn|anterior(?:es)?|ant[ée]rieur(?:e?s)?|"
    r"pr[ée]c[ée]dent(?:e?s)?)\b",
    re.IGNORECASE,
)
_LONGEST_HEADING = 60
# "Amendments since the previous edition:" is about what changed, not what the vessel had.
_SINCE = re.compile(r"(?i)\b(?:since|depuis|desde)\b")


def _under_earlier_headings(text: str) -> list[tuple[int, int]]:
    blocks = []
    colon = text.find(":\n")  # a heading ends its line on a colon; few lines do
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        if (
            colon - line_start <= _LONGEST_HEADING
            and _EARLIER_WORD.search(text, line_start, colon)
            and not _SINCE.search(text, line_start, colon)
        ):
            blank = text.find("\n\n", colon + 2)
            blocks.append((colon + 2, len(text) if blank < 0 else blank))
        colon = text.find(":\n", colon + 2)
    return blocks


def former_in_the_past(text: str, spans: list[Span]) -> list[Span]:
    periods = _ended_periods(text) if _HINT.search(text) else []
    periods += _ended_rows(text)
    periods += _earlier_dated_rows(text)
    periods += _under_earlier_headings(text)
    new_lines = _new_identity_lines(text)
    ceased = any(hint in text for hint in _CEASED_HINTS) and _CEASED.search(text) is not None
    if not periods and not new_lines and not ceased:
        return spans
    out = []
    for span in spans:
        label = FORMER_LABEL.get(span.label)
        if label is not None and (
            ceased
            or any(a <= span.start and span.end <= b for a, b in periods)
            or (new_lines and not any(a <= span.start < b for a, b in new_lines))
        ):
            span = replace(span, label=label)
        out.append(span)
    return out


def _earlier_dated_rows(text: str) -> list[tuple[int, int]]:
    """The rows of an identity-over-time table that opens each row on the date a new identity
    began ("2013  SANTA ROSA 28  Cameroun ...", then "2023-08-01  FU YUAN YU 7008  Chine ..."),
    on a page that speaks of the vessel's history: every row but the latest."""
    if not _YEAR_AT_LINE_START.search(text) or not _HISTORY_CUE.search(text):
        return []
    runs: list[list[tuple[int, int, int]]] = [[]]  # runs of consecutive dated rows
    previous_end = -2
    for m in _DATED_ROW.finditer(text):
        if m.start() != previous_end + 1:
            runs.append([])
        runs[-1].append((int(m.group("year") or m.group("year_last")), m.start(), m.end()))
        previous_end = m.end()
    earlier: list[tuple[int, int]] = []
    for run in runs:
        years = [year for year, _, _ in run]
        # A log of changes ("2014-01-28  Flag change  Fiji -> China") gives each row's own
        # before and after: its rows are no identities.
        if any(arrow in text[start:end] for _, start, end in run for arrow in _ARROWS):
            continue
        if len(run) >= 2 and years == sorted(years):
            earlier += [(start, end) for _, start, end in run[:-1]]
    return earlier


def _ended_rows(text: str) -> list[tuple[int, int]]:
    rows = [(m.start(), m.end()) for m in _YEARS_ROW.finditer(text)]
    for word in _UNTIL_WORDS:
        at = text.find(word)
        while at >= 0:
            line_start, line_end = _line(text, text.rfind("\n", 0, at) + 1)
            if _UNTIL_CELL.search(text, line_start, line_end):
                rows.append((line_start, line_end))
            at = text.find(word, line_end)
    if not rows or not _TO_THE_PRESENT.search(text):
        return []
    return rows


def _ended_periods(text: str) -> list[tuple[int, int]]:
    periods = []
    # _WAS_UNTIL opens on its verbs without \b, which re skips ahead to (see base).
    was_until = [m for m in _WAS_UNTIL.finditer(text) if word_start(text, m.start())]
    for m in [*_ENDED_PERIOD.finditer(text), *was_until]:
        end = _SENTENCE_END.search(text, m.end())
        periods.append((m.start(), end.start() if end else len(text)))
    return periods


def _line(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return pos, len(text) if end < 0 else end
