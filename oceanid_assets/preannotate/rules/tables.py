"""Tables in extracted page text: a header line names the columns, and each row below it is
read as the header's columns in order.

pypdfium2 joins cells with single spaces and drops empty cells, so rows cannot be split on
whitespace runs. A row is read as its tokens instead: each column, left to right, takes the next
cell or stays empty, where a cell is one token of the column's type (IMO = 7 digits, MMSI = 9
digits, flag = a country code, ...) or, for free text, country names, written dates and code
lists, several. Only the vessel name cannot be empty.

More than one reading can fit a row. The one taken is the first in a fixed order of preference:
at each column a cell before an empty column, the shortest free text, the longest country name.
A backtracking regex over the row finds the same reading but can take seconds on a prose line
under a header (measured: 1.1 s for 160 characters). Here one pass from the last column back
marks, per column, the tokens from which the rest of the row can still be read (a bit set per
column), and one pass forward takes the first preferred choice that keeps the row readable: a
few operations per column, whatever the line. The reading depends only on the header and on
which tests each token passes, so rows of the same make-up share one computation."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from oceanid_assets.preannotate.rules.base import (
    AGENT,
    checked_confidence,
    lines_with,
    make,
    page_lines,
)
from oceanid_assets.preannotate.rules.vocab import (
    COUNTRY_NAMES,
    FAO_AREAS,
    ISO2,
    ISO3,
    RFMO_CODES,
    SPECIES,
)
from oceanid_assets.preannotate.spans import Span

_RFMO = "|".join(sorted(set(RFMO_CODES), key=len, reverse=True))
# (header phrase, column kind), tried in order at each header token.
_PHRASES: tuple[tuple[str, str], ...] = (
    (rf"(?-i:{_RFMO})", "rfmo"),
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
# One alternation, named by kind: the first phrase that matches at a header token wins.
_PHRASE_RE = re.compile("|".join(rf"(?P<{kind}>{p})(?=\s|$)" for p, kind in _PHRASES), re.I)
_UNIT_IN_HEADER = re.compile(r"\((m|metres|ft|kW|t|GT)\)")
_HEADER_HINT = re.compile(r"(?:IMO|MMSI|IRCS|Call ?Sign|Flag)\b", re.I)
# The same for lower-cased ASCII text, where it needs no IGNORECASE and re skips ahead (see base).
_HEADER_HINT_FOLDED = re.compile(_HEADER_HINT.pattern.lower())

# Tests a single token can pass, each one bit of the token's features. Apart from the two
# value tests (year, flag) they only look at character classes, so they are run once per shape
# (digits, capitals and small letters replaced by 9, A, a) rather than once per token.
_SHAPE_TESTS: tuple[tuple[str, str], ...] = (
    ("seq", r"\d{1,5}"),
    ("ref", r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*"),
    ("imo", r"\d{7}"),
    ("ircs", r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8}"),
    ("mmsi", r"\d{9}"),
    ("metric", r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
    ("date", r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}"),
    # Descriptive cells (gear, vessel type) are words in lower or mixed case; requiring a
    # lowercase letter or bracket keeps them from swallowing codes and numbers of the
    # neighbouring columns.
    ("word", r"\S*[a-z(]\S*"),
    ("more_words", r"\S*[a-z()]\S*"),
)
_FEATURE = {
    name: 1 << i for i, name in enumerate([*(name for name, _ in _SHAPE_TESTS), "year", "flag"])
}
_SHAPE_RES = tuple((re.compile(pattern), _FEATURE[name]) for name, pattern in _SHAPE_TESTS)
_SHAPE = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "9" * 10 + "A" * 26 + "a" * 26
)
_YEAR = re.compile(r"(?:18|19|20)\d\d")
_FLAG_CODES = ISO3 | ISO2
# A token containing whitespace other than spaces and tabs fits no cell.
_OTHER_SPACE = re.compile(r"[^\S \t]")
_TOKEN = re.compile(r"[^ \t]+")

# Cells of more than one token: country names, written dates, lists of area or species codes.
# (first token, end token, family) of a cell over tokens [first, end).
Reading = tuple[int, int, str]


def _names_by_first_word() -> dict[str, list[tuple[str, int]]]:
    """Country names and their word counts by first word, longest first."""
    names: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for name in sorted(COUNTRY_NAMES, key=lambda n: n.count(" "), reverse=True):
        names[name.split(" ")[0]].append((name, name.count(" ") + 1))
    return dict(names)


_COUNTRY_NAMES_BY_FIRST_WORD = _names_by_first_word()
_COUNTRY_FIRST_WORDS = frozenset(_COUNTRY_NAMES_BY_FIRST_WORD)
# The day's first digit stands apart so that re skips ahead to digits (see base).
_DATE_WRITTEN = re.compile(r"\d\d? [A-Z][a-z]{2,8}\.? \d{4}")
_AREA_LIST = re.compile(r"\d{2}(?:\.\d{1,2}(?:\.[a-z])?)?(?:, ?\d{2}(?:\.\d{1,2}(?:\.[a-z])?)?)*")
_SPECIES_LIST = re.compile(r"[A-Z]{3}(?:, ?[A-Z]{3})*")

# How each column kind reads its cell: one token with a feature, any run of tokens (free
# text), a run of words (descriptive text), or multi-token readings of a family.
_ONE_TOKEN = {
    "seq": _FEATURE["seq"],
    "id": _FEATURE["ref"],
    "natreg": _FEATURE["ref"],
    "licence": _FEATURE["ref"],
    "imo": _FEATURE["imo"],
    "ircs": _FEATURE["ircs"],
    "mmsi": _FEATURE["mmsi"],
    "metric": _FEATURE["metric"],
    "year": _FEATURE["year"],
    "flag": _FEATURE["flag"],  # a code, before any country name
    "start": _FEATURE["date"],  # a numeric date
    "end": _FEATURE["date"],
}
_FREE_TEXT = frozenset({"name", "port", "owner"})
_READING = {"flag": "flag", "start": "date", "end": "date", "area": "area", "species": "species"}
# Columns whose filled cells show a line really is a row of this table.
_STRONG = frozenset({"id", "flag", "imo", "ircs", "mmsi", "start", "end"})

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
# Cells whose type the reading already fixed; only identifiers get a validity check.
_VALIDATED = frozenset({"imo", "mmsi", "ircs"})
# List cells: each known code in them is a span.
_LISTED = {
    "area": (re.compile(r"[\d.a-z]+"), FAO_AREAS, "FAO_AREA_CODE"),
    "species": (re.compile(r"[A-Z]{3}"), SPECIES, "SPECIES_NAME"),
}


@dataclass(frozen=True)
class Header:
    kinds: tuple[str, ...]
    spans: tuple[Span, ...]  # labelled words of the header itself (RFMO code, metric names)
    readings: frozenset[str]  # families of multi-token readings its columns take


def parse_header(text: str, start: int, end: int) -> Header | None:
    kinds: list[str] = []
    spans: list[Span | None] = []
    pos, unknown, after_rfmo = start, 0, False
    while pos < end:
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos >= end:
            break
        m = _PHRASE_RE.match(text, pos, end)
        if m is None:
            unknown += 1
            if unknown > 2:  # prose that names a flag or an IMO number
                return None
            nxt = text.find(" ", pos, end)
            pos = end if nxt < 0 else nxt
            kinds.append("text")
            continue
        kind = m.lastgroup or ""
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
    if len(known) < 4 or not ident:
        return None
    readings = frozenset(_READING[k] for k in kinds if k in _READING)
    return Header(tuple(kinds), tuple(s for s in spans if s), readings)


def _header_lines(text: str) -> set[int]:
    """Start offsets of the lines that could be a header: they name an identifier or the flag."""
    if text.isascii():
        # ASCII: the lower case has the text's lines.
        folded = text.lower()
        return {start for start, _ in lines_with(folded, _HEADER_HINT_FOLDED, page_lines(text))}
    return {start for start, _ in lines_with(text, _HEADER_HINT)}


def find_tables(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """Spans of every table found, and the (start, end) of the lines read as header or row,
    which the other finders can skip."""
    spans: list[Span] = []
    covered: list[tuple[int, int]] = []
    header_lines = _header_lines(text)
    if not header_lines:  # every table opens with its header: none here
        return spans, covered
    header: Header | None = None
    misses = 0
    pos = 0
    length = len(text)
    while pos < length:
        nl = text.find("\n", pos)
        end = length if nl < 0 else nl
        if pos in header_lines:
            found = parse_header(text, pos, end)
            if found is not None:
                header, misses = found, 0
                spans.extend(found.spans)
                covered.append((pos, end))
                pos = end + 1
                continue
        if header is not None:
            row = row_spans(text, pos, end, header)
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


def row_spans(text: str, start: int, end: int, header: Header) -> list[Span] | None:
    """Spans of the line text[start:end] read as a row under `header`, or None if it is not
    one."""
    cells = row_cells(text, start, end, header)
    if cells is None:
        return None
    spans: list[Span] = []
    for kind, cell_start, cell_end in cells:
        label = _LABEL.get(kind)
        if label is None:  # sequence number, descriptive text, or a list of codes
            if kind in _LISTED:
                code, known, listed_label = _LISTED[kind]
                spans += [
                    Span(m.start(), m.end(), listed_label, m.group(), 0.85, AGENT)
                    for m in code.finditer(text, cell_start, cell_end)
                    if m.group() in known
                ]
        elif kind in _FREE_TEXT:
            span = make(text, cell_start, cell_end, label, 0.8)  # may end in punctuation
            if span:
                spans.append(span)
        else:  # typed cells hold nothing to trim
            cell = text[cell_start:cell_end]
            confidence = checked_confidence(label, cell, 0.9) if kind in _VALIDATED else 0.9
            spans.append(Span(cell_start, cell_end, label, cell, confidence, AGENT))
    return spans


def row_cells(text: str, start: int, end: int, header: Header) -> list[tuple[str, int, int]] | None:
    """(column kind, start, end) of each filled cell of the line text[start:end] read as a row
    under `header`, or None if it is not one."""
    cells = row_cells_by_column(text, start, end, header)
    if cells is None:
        return None
    return [(header.kinds[column], a, b) for column, a, b in cells]


def row_cells_by_column(
    text: str, start: int, end: int, header: Header, typed_next: bool = False
) -> list[tuple[int, int, int]] | None:
    """(column, start, end) of each filled cell of the line read as a row under `header`;
    `typed_next` as `read_row` takes it."""
    tokens = _tokens(text, start, end)
    if tokens is None:
        return None
    words, offsets = tokens
    features = tuple(map(token_features, words))
    readings = _multi_token_readings(header, text, start, end, words, offsets)
    cells = read_row(header.kinds, features, readings, typed_next)
    if cells is None:
        return None
    return [
        (column, offsets[first], offsets[last - 1] + len(words[last - 1]))
        for column, first, last in cells
    ]


def _tokens(text: str, start: int, end: int) -> tuple[list[str], list[int]] | None:
    """The row's tokens and their offsets; None if a token holds whitespace no cell accepts."""
    if _OTHER_SPACE.search(text, start, end):
        return None
    line = text[start:end]
    words = line.split(" ")
    if "" in words or "\t" in line:  # not single spaces throughout: find each token
        found = list(_TOKEN.finditer(text, start, end))
        return [m.group() for m in found], [m.start() for m in found]
    offsets: list[int] = []
    pos = start
    for word in words:
        offsets.append(pos)
        pos += len(word) + 1
    return words, offsets


@lru_cache(maxsize=65536)
def token_features(token: str) -> int:
    """The tests a token passes, as bits of `_FEATURE`."""
    features = _shape_features(token.translate(_SHAPE))
    if token in _FLAG_CODES:
        features |= _FEATURE["flag"]
    if _YEAR.fullmatch(token):
        features |= _FEATURE["year"]
    return features


@lru_cache(maxsize=4096)
def _shape_features(shape: str) -> int:
    return sum(bit for test, bit in _SHAPE_RES if test.fullmatch(shape))


def _multi_token_readings(
    header: Header, text: str, start: int, end: int, words: list[str], offsets: list[int]
) -> tuple[Reading, ...]:
    """Cells of more than one token the row could hold, the preferred first for each token."""
    if not header.readings:
        return ()
    found: list[Reading] = []
    last = len(words) - 1
    if "flag" in header.readings and not _COUNTRY_FIRST_WORDS.isdisjoint(words):
        for i, word in enumerate(words):
            # Longest first: "Hong Kong Special Administrative Region of China", then "Hong Kong".
            for name, count in _COUNTRY_NAMES_BY_FIRST_WORD.get(word, ()):
                name_end = offsets[i] + len(name)
                if (
                    i + count - 1 <= last
                    and text.startswith(name, offsets[i])
                    and offsets[i + count - 1] + len(words[i + count - 1]) == name_end
                ):
                    found.append((i, i + count, "flag"))
    if "date" in header.readings and _DATE_WRITTEN.search(text, start, end):
        for i in range(last - 1):
            if _DATE_WRITTEN.fullmatch(text, offsets[i], offsets[i + 2] + len(words[i + 2])):
                found.append((i, i + 3, "date"))
    for family, pattern in (("area", _AREA_LIST), ("species", _SPECIES_LIST)):
        if family in header.readings:
            for i in range(last + 1):
                # Every token of a list but the last ends in one of its commas.
                j = i
                while j < last and words[j].endswith(","):
                    j += 1
                if pattern.fullmatch(text, offsets[i], offsets[j] + len(words[j])):
                    found.append((i, j + 1, family))
    return tuple(found)


@lru_cache(maxsize=4096)
def read_row(
    kinds: tuple[str, ...],
    features: tuple[int, ...],
    readings: tuple[Reading, ...],
    typed_next: bool = False,
) -> tuple[tuple[int, int, int], ...] | None:
    """(column, first token, end token) of each filled cell of the preferred reading of a row
    whose tokens have these features; None if no reading fits or fewer than two of its cells
    are in columns that identify a row. Depends on nothing else, so rows of the same make-up
    share one computation. `typed_next`: a free-text cell ends, where it can, right before a
    token of the next column's type, rather than as short as it can (a row whose cells ran
    together under a header with identifiers: 'SEA STAR 9123457 ...')."""
    with_feature: dict[int, int] = defaultdict(int)  # feature -> tokens that pass it, as bits
    for i, passed in enumerate(features):
        while passed:
            feature = passed & -passed
            with_feature[feature] |= 1 << i
            passed ^= feature
    # readable[c]: bit i set when columns c, c+1, ... can read exactly tokens i, i+1, ...
    readable = [0] * len(kinds) + [1 << len(features)]
    for column in range(len(kinds) - 1, -1, -1):
        kind, rest = kinds[column], readable[column + 1]
        starts = 0
        if kind in _ONE_TOKEN:
            starts = with_feature[_ONE_TOKEN[kind]] & (rest >> 1)
        elif kind in _FREE_TEXT:  # any run of tokens ending where the rest is readable
            starts = (1 << (rest.bit_length() - 1)) - 1 if rest else 0
        elif kind == "text":
            # Tokens from which a descriptive cell, running on over further words, can end
            # where the rest is readable.
            ends, grown = 0, rest
            while grown != ends:
                ends, grown = grown, grown | (with_feature[_FEATURE["more_words"]] & (grown >> 1))
            starts = with_feature[_FEATURE["word"]] & (ends >> 1)
        family = _READING.get(kind)
        for first, end, reading in readings:
            if reading == family and rest >> end & 1:
                starts |= 1 << first
        # Any column but the vessel name can be left empty: then the rest reads from here.
        readable[column] = starts if kind == "name" else starts | rest
    if not readable[0] & 1:
        return None
    cells: list[tuple[int, int, int]] = []
    token = 0
    for column, kind in enumerate(kinds):
        after = kinds[column + 1] if typed_next and column + 1 < len(kinds) else None
        cell_end = _first_choice(kind, token, readable[column + 1], features, readings, after)
        if cell_end is not None:
            cells.append((column, token, cell_end))
            token = cell_end
    if sum(kinds[column] in _STRONG for column, _, _ in cells) < 2:
        return None
    return tuple(cells)


def _first_choice(
    kind: str,
    token: int,
    rest: int,
    features: tuple[int, ...],
    readings: tuple[Reading, ...],
    next_kind: str | None = None,
) -> int | None:
    """End token of the most preferred cell for this column at `token` after which the rest of
    the row is readable, or None to leave the column empty."""
    if token == len(features):
        return None
    if kind in _FREE_TEXT:
        after = rest >> (token + 1)
        if not after:
            return None
        # Asked for (next_kind given): the shortest text after which the next column's typed
        # token is there ('SEA STAR 9123457' under Name, IMO: the name ends before the seven
        # digits, not after 'SEA' with the IMO column left empty). Else the shortest.
        if next_kind in _ONE_TOKEN:
            wanted, ends = _ONE_TOKEN[next_kind], after
            while ends:
                lowest = ends & -ends
                end = token + lowest.bit_length()
                if end < len(features) and features[end] & wanted:
                    return end
                ends ^= lowest
        return token + (after & -after).bit_length()
    if kind == "text":
        if not features[token] & _FEATURE["word"]:
            return None
        end = token + 1
        while not rest >> end & 1:
            if end == len(features) or not features[end] & _FEATURE["more_words"]:
                return None
            end += 1
        return end
    if kind in _ONE_TOKEN and features[token] & _ONE_TOKEN[kind] and rest >> (token + 1) & 1:
        return token + 1
    family = _READING.get(kind)
    for first, end, reading in readings:
        if first == token and reading == family and rest >> end & 1:
            return end
    return None
