"""Tables in extracted page text: a header line names the columns, and each row below it is
split into cells by a regex built from the header's column types.

pypdfium2 joins cells with single spaces and drops empty cells, so rows cannot be split on
whitespace runs. Instead each column contributes a typed, optional group (IMO = 7 digits,
MMSI = 9 digits, flag = a country code, ...) and the regex engine's backtracking finds the
reading where every token lands in a column that accepts it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from oceanid_assets.preannotate.rules.base import AGENT, checked, make
from oceanid_assets.preannotate.rules.vocab import (
    COUNTRY_NAME_PATTERN,
    FAO_AREAS,
    ISO2,
    ISO3,
    RFMO_CODES,
    SPECIES,
    trie_regex,
)
from oceanid_assets.preannotate.spans import Span

_RFMO = "|".join(sorted(set(RFMO_CODES), key=len, reverse=True))
# (header phrase, column kind), tried in order at each header token.
_PHRASES: tuple[tuple[str, str], ...] = (
    (_RFMO, "rfmo"),
    (r"IMO(?: No\.?| Number)?", "imo"),
    (r"IRCS|(?:International )?(?:Radio )?Call ?Sign", "ircs"),
    (r"MMSI", "mmsi"),
    (r"Vessel Name|Name of (?:the )?Vessel|Ship Name|Vessel|Name", "name"),
    (r"Flag State|Flag", "flag"),
    (
        r"(?:Gross Tonnage|GRT|GT|Tonnage|Length Overall|LOA|Length|Engine Power|Power|kW)"
        r"(?: \((?:m|metres|ft|kW|t|GT)\))?",
        "metric",
    ),
    (
        r"Auth(?:\.|ori[sz]ed|ori[sz]ation)? ?from|Valid from|Date from|Start(?: Date)?|From",
        "start",
    ),
    (
        r"Auth(?:\.|ori[sz]ed|ori[sz]ation)? ?(?:to|until)|Valid (?:to|until)|Date to|"
        r"Expiry(?: Date)?|End(?: Date)?|To|Until",
        "end",
    ),
    (r"Gear(?: Type)?|Fishing Gear|Vessel Type|Type", "text"),
    (r"Port of Registry|Home Port|Port", "port"),
    (r"Registered Owner|Owner|Operator", "owner"),
    (r"Year Built|Year of Build|Build Year|Built|Year", "year"),
    (r"Licen[cs]e No\.?|Permit No\.?", "licence"),
    (r"FAO Areas?|Areas?", "area"),
    (r"Species", "species"),
    (r"Registration No\.?|Reg\. No\.?", "natreg"),
    (r"Serial No\.?|Record No\.?|VID|ID|No\.?|#", "id"),
)
_PHRASE_RES = tuple(
    (re.compile(rf"(?:{p})(?=\s|$)", re.I if kind != "rfmo" else 0), kind) for p, kind in _PHRASES
)
_UNIT_IN_HEADER = re.compile(r"\((m|metres|ft|kW|t|GT)\)")
_HEADER_HINT = re.compile(r"(?:IMO|MMSI|IRCS|Call ?Sign|Flag)\b", re.I)
_FREE = r"[^\s]+(?:[ \t]+[^\s]+)*?"
# Descriptive cells (gear, vessel type) are words in lower or mixed case; requiring a lowercase
# letter or bracket keeps them from swallowing codes and numbers of the neighbouring columns.
_WORDS = r"[^\s]*[a-z(][^\s]*(?:[ \t]+[^\s]*[a-z()][^\s]*)*?"
_DATE = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
_CODES = trie_regex(ISO3 | ISO2)
_NAMES = COUNTRY_NAME_PATTERN
_CELL: dict[str, str] = {
    "seq": r"\d{1,5}",
    "id": r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*",
    "natreg": r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*",
    "licence": r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*",
    "name": _FREE,
    "flag": rf"(?:{_CODES}|{_NAMES})",
    "imo": r"\d{7}",
    "ircs": r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8}",
    "mmsi": r"\d{9}",
    "metric": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "start": _DATE,
    "end": _DATE,
    "text": _WORDS,
    "port": _FREE,
    "owner": _FREE,
    "year": r"(?:18|19|20)\d\d",
    "area": r"\d{2}(?:\.\d{1,2}(?:\.[a-z])?)?(?:, ?\d{2}(?:\.\d{1,2}(?:\.[a-z])?)?)*",
    "species": r"[A-Z]{3}(?:, ?[A-Z]{3})*",
}
_LABEL = {
    "id": "RFMO_ID",
    "natreg": "NATIONAL_REG_NO",
    "licence": "LICENSE_NO",
    "name": "VESSEL_NAME",
    "flag": "FLAG",
    "imo": "IMO",
    "ircs": "IRCS",
    "mmsi": "MMSI",
    "metric": "METRIC_VALUE",
    "start": "START_DATE",
    "end": "END_DATE",
    "port": "HOME_PORT",
    "owner": "ASSOC_NAME",
    "year": "BUILD_YEAR",
}
# Columns whose filled cells show a line really is a row of this table.
_STRONG = frozenset({"id", "flag", "imo", "ircs", "mmsi", "start", "end"})


@dataclass(frozen=True)
class Header:
    kinds: tuple[str, ...]
    spans: tuple[Span, ...]  # labelled words of the header itself (RFMO code, metric names)


def parse_header(text: str, start: int, end: int) -> Header | None:
    kinds: list[str] = []
    spans: list[Span | None] = []
    pos, unknown, after_rfmo = start, 0, False
    while pos < end:
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos >= end:
            break
        m, kind = None, ""
        for phrase_re, phrase_kind in _PHRASE_RES:
            m = phrase_re.match(text, pos, end)
            if m:
                kind = phrase_kind
                break
        if m is None:
            unknown += 1
            nxt = text.find(" ", pos, end)
            pos = end if nxt < 0 else nxt
            kinds.append("text")
            continue
        if kind == "rfmo":
            spans.append(make(text, m.start(), m.end(), "RFMO_CODE", 0.9))
            after_rfmo = True
        else:
            if (
                kind == "id"
                and not kinds
                and not after_rfmo
                and m.group().lower() in ("no.", "no", "#")
            ):
                kind = "seq"
            if kind == "metric":
                unit = _UNIT_IN_HEADER.search(m.group())
                type_end = m.start() + (unit.start() if unit else len(m.group()))
                spans.append(make(text, m.start(), type_end, "METRIC_TYPE", 0.85))
                if unit:
                    spans.append(
                        make(
                            text,
                            m.start() + unit.start(1),
                            m.start() + unit.end(1),
                            "METRIC_UNIT",
                            0.85,
                        )
                    )
            kinds.append(kind)
            after_rfmo = False
        pos = m.end()
    known = [k for k in kinds if k != "text"]
    ident = {"imo", "mmsi", "ircs", "name"} & set(known)
    if len(known) < 4 or not ident or unknown > 2:
        return None
    return Header(tuple(kinds), tuple(s for s in spans if s))


# A real row matches in ~0.1 ms; a long prose line under a table header can make the optional
# free-text cells backtrack for seconds (measured: 1.1 s for a 160-character line). Python's
# `re` cannot be bounded, the `regex` package can: a line that runs out of time is not a row.
ROW_MATCH_TIMEOUT_S = 0.02


@lru_cache(maxsize=64)
def row_regex(kinds: tuple[str, ...]) -> regex.Pattern[str]:
    parts = [r"[ \t]*"]
    for i, kind in enumerate(kinds):
        sep = r"[ \t]*" if i == 0 else r"(?:(?<![^\n])|[ \t]+)"
        cell = _CELL[kind]
        optional = "" if kind == "name" else "?"
        parts.append(rf"(?:{sep}({cell})(?=[ \t]|$)){optional}")
    parts.append(r"[ \t]*$")
    return regex.compile("".join(parts), regex.M)


_AREA_TOKEN = re.compile(r"[\d.a-z]+")
_CODE_TOKEN = re.compile(r"[A-Z]{3}")
# Cells whose shape the row regex already fixed; only identifiers get a validity check.
_VALIDATED = frozenset({"imo", "mmsi", "ircs"})


def _cell_spans(text: str, kind: str, start: int, end: int) -> list[Span]:
    if kind == "area" or kind == "species":
        token, known, label = (
            (_AREA_TOKEN, FAO_AREAS, "FAO_AREA_CODE")
            if kind == "area"
            else (_CODE_TOKEN, SPECIES, "SPECIES_NAME")
        )
        return [
            Span(m.start(), m.end(), label, m.group(), 0.85, AGENT)
            for m in token.finditer(text, start, end)
            if m.group() in known
        ]
    if kind not in _LABEL:
        return []
    label = _LABEL[kind]
    if kind in _VALIDATED:
        span = checked(text, start, end, label, 0.9)
        return [span] if span else []
    value = text[start:end]
    if kind in ("name", "port", "owner"):
        span = make(text, start, end, label, 0.8)  # free text may end in punctuation
        return [span] if span else []
    return [Span(start, end, label, value, 0.9, AGENT)]


def find_tables(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """Spans of every table found, and the (start, end) of the lines read as header or row,
    which the other finders can skip."""
    spans: list[Span] = []
    covered: list[tuple[int, int]] = []
    header: Header | None = None
    misses = 0
    pos = 0
    length = len(text)
    while pos < length:
        nl = text.find("\n", pos)
        end = length if nl < 0 else nl
        if _HEADER_HINT.search(text, pos, end):
            found = parse_header(text, pos, end)
            if found is not None:
                header, misses = found, 0
                spans.extend(found.spans)
                covered.append((pos, end))
                pos = end + 1
                continue
        if header is not None:
            row = _row(text, pos, end, header)
            if row is None:
                misses += 1
                if misses > 3:
                    header = None
            else:
                misses = 0
                spans.extend(row)
                covered.append((pos, end))
        pos = end + 1
    return spans, covered


def _row(text: str, start: int, end: int, header: Header) -> list[Span] | None:
    try:
        m = row_regex(header.kinds).match(text, start, end, timeout=ROW_MATCH_TIMEOUT_S)
    except TimeoutError:
        return None
    if m is None:
        return None
    filled = [(kind, m.span(i)) for i, kind in enumerate(header.kinds, start=1) if m.start(i) >= 0]
    if sum(kind in _STRONG for kind, _ in filled) < 2:
        return None
    spans: list[Span] = []
    for kind, (a, b) in filled:
        spans.extend(_cell_spans(text, kind, a, b))
    return spans
