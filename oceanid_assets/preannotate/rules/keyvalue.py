"""'Key: value' lines (licences, registry extracts, forms) in any wording `headers` knows, in
English, Spanish and French, one pair a line or several side by side (a two-column form as
layout-keeping text extraction gives it: pairs apart by runs of spaces).

The key says what the value is; `values` reads the value as that kind."""

from __future__ import annotations

import re

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import LEADER_CHARS, lines_with, make, page_lines
from oceanid_assets.preannotate.rules.dates import DATE_RE
from oceanid_assets.preannotate.rules.values import (
    STREET_START,
    address_block,
    is_placeholder,
    value_spans,
)
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import validate

_COLON = re.compile(":")
# Pairs of a two-column form sit apart by a run of spaces or a tab; inside a key or a value
# words are one or two spaces apart.
_GAP = re.compile(r" {3,}|\t+")
# Enumerators before a key: "1.", "a)", "(iv)", "-", "•".
# A form's box number may also stand alone ("11  Vessel name", "4 Flag State"), in square
# brackets ("[11] Vessel name") or numbered within a section ("1.1 Name of vessel").
_ENUMERATOR = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-z][.)]|\([ivx]{1,4}\)|\[\d{1,2}\]|[-•*])\s+"
    r"|\d{1,2}\s{2,}|\d{1,2} (?=[^\W\d_][^\W\d_])"
)
_KEY_START = re.compile(r"[^\W\d_]", re.UNICODE)
_MAX_KEY = 60
# A numbered item of a form may name its field at length ("13. Date on which the ship ceased to
# be registered with the State indicated in 2:", IMO's CSR).
_MAX_NUMBERED_KEY = 100
# Words that make a key's own text an associate's role ("Owner:" is ASSOC_ROLE "Owner").
_ROLE_WORD = re.compile(
    r"(?:registered |beneficial )?(?:ship)?owner|operator|manager|charterer|armador|armateur|"
    r"propietario|propriétaire|operador|exploitant|licen[cs]e holder|titular|titulaire",
    re.IGNORECASE,
)
# Text before a bare "Name:" that shows it is an associate's name, not the vessel's.
_ASSOC_CONTEXT = re.compile(
    r"owner|operator|armador|armateur|propietario|propriétaire|operador|exploitant|holder|"
    r"titular|titulaire|company|empresa|société|societe|capacity|role|agent",
    re.IGNORECASE,
)
_KEYED = 0.85
_ASSOCIATE_KINDS = frozenset(
    {k.OWNER, k.ROLE, k.ADDRESS, k.CITY, k.STATE, k.COUNTRY, k.COMPANY_REG}
)


def key_value_pairs(text: str, line_start: int, line_end: int) -> list[tuple[int, int, int, int]]:
    """(key start, key end, value start, value end) of each 'key: value' on the line."""
    segments = _segments(text, line_start, line_end)
    pairs = []
    i = 0
    while i < len(segments):
        start, end = segments[i]
        colon = text.find(":", start, end)
        i += 1
        if colon >= 0 and (next_key := _next_key(text, colon + 1, end)) is not None:
            # "Reg. No: CT7-35314  Authorisation: Fishing", pairs two spaces apart.
            segments.insert(i, (next_key, end))
            end = next_key
        if colon < 0 and i < len(segments) and text[segments[i][0]] == ":":
            # "Vessel name      : value", keys padded to one width before their colons.
            colon, end = segments[i][0], segments[i][1]
            i += 1
        if colon < 0:
            continue
        key_start, key_end = start, colon
        while key_start < key_end and text[key_start] in " \t":
            key_start += 1
        longest = _MAX_KEY
        if m := _ENUMERATOR.match(text, key_start, key_end):
            key_start = m.end()
            if m.group().rstrip().endswith((".", ")")) and m.group()[0].isdigit():
                longest = _MAX_NUMBERED_KEY  # "13. ...", "6.1. ...": a form's numbered item
        while key_end > key_start and text[key_end - 1] == " ":
            key_end -= 1
        if not (0 < key_end - key_start <= longest and _KEY_START.match(text, key_start)):
            continue
        value_start, value_end = colon + 1, end
        while value_start < value_end and text[value_start] in LEADER_CHARS:
            value_start += 1  # "Key:....... value", a dot leader after the colon
        # "Key:" at the end of its segment, the value in the next column.
        if text[value_start:value_end].strip() == "" and i < len(segments):
            next_start, next_end = segments[i]
            if ":" not in text[next_start:next_end]:
                value_start, value_end = next_start, next_end
                i += 1
        pairs.append((key_start, key_end, value_start, value_end))
    return pairs


def _next_key(text: str, start: int, end: int) -> int | None:
    """Where a second key the vocabulary lists starts in a run, two spaces after a value."""
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    two = text.rfind("  ", start, colon)
    if two < 0:
        return None
    key_start = two + 2
    while key_start < colon and text[key_start] == " ":
        key_start += 1
    if not text[start:two].strip() or k.listed_kind_of(text[key_start:colon]) is None:
        return None
    return key_start


def key_spans(text: str, kind: str, key_start: int, key_end: int) -> list[Span]:
    """Labels a key's own words carry: a measure's wording and unit, an associate's role."""
    key = text[key_start:key_end]
    if kind == k.METRIC:
        wording, unit = k.split_unit(key)
        spans = [make(text, key_start, key_start + len(wording), "METRIC_TYPE", _KEYED)]
        if unit is not None:
            unit_start = text.find(unit, key_start + len(wording), key_end)
            spans.append(make(text, unit_start, unit_start + len(unit), "METRIC_UNIT", _KEYED))
        return [s for s in spans if s]
    if kind == k.OWNER and (m := _ROLE_WORD.search(key)):
        span = make(text, key_start + m.start(), key_start + m.end(), "ASSOC_ROLE", 0.8)
        return [span] if span else []
    return []


def _segments(
    text: str, line_start: int, line_end: int, gap_pattern: re.Pattern[str] = _GAP
) -> list[tuple[int, int]]:
    """Runs of text on the line apart by a gap, as (start, end) offsets."""
    segments, cursor = [], line_start
    for gap in gap_pattern.finditer(text, line_start, line_end):
        if gap.start() > cursor:
            segments.append((cursor, gap.start()))
        cursor = gap.end()
    if cursor < line_end:
        segments.append((cursor, line_end))
    return [(a, b) for a, b in segments if text[a:b].strip()]


_KEY_SHARE = 2 / 3  # of a line's runs that must name a field for it to be a line of keys


# Digits standing as a number; a digit inside a word is OCR's look-alike of a letter ("N0.",
# "Ca11 Sign", "F1ag").
_NUMBER_IN_RUN = re.compile(r"(?<!\w)\d+(?!\w)")


def _has_digits(run: str) -> bool:
    return _NUMBER_IN_RUN.search(run) is not None


def is_key_line(runs: list[str]) -> bool:
    """True if the runs of a line are field names side by side, as a boxed form prints them over
    their values: no digits, and most name a field the vocabulary knows."""
    if len(runs) < 2 or any(_has_digits(k.numbered_key(run)) for run in runs if _has_digits(run)):
        return False
    runs = [k.numbered_key(run) for run in runs]
    named = sum(1 for run in runs if len(run) <= _MAX_KEY and k.kind_of(run.rstrip(" :")))
    return named >= _KEY_SHARE * len(runs)


def _key_line(
    text: str, line_start: int, line_end: int
) -> list[tuple[int, int, str | None]] | None:
    """(start, end, kind) of each key if the line is keys side by side; else None."""
    segments = _segments(text, line_start, line_end)
    runs = [text[a:b] for a, b in segments]
    if not is_key_line(runs) or any(":" in run.rstrip(" :") for run in runs):
        return None
    keys: list[tuple[int, int, str | None]] = []
    for start, end in segments:
        while end > start and text[end - 1] in " :":
            end -= 1
        keys.append((start, end, k.kind_of(text[start:end])))
    return keys


def find_keys_over_values(text: str) -> list[Span]:
    """A boxed form's line of keys and, below it (a blank line between is allowed), the line of
    their values: each value goes to the key its run overlaps most, or else starts nearest."""
    spans: list[Span] = []
    # Blank lines (a table's lines, blanked) hold no keys.
    lines, filled, _ = page_lines(text)
    for i in filled:
        if i == len(lines) - 1:
            break
        line_start, line_end = lines[i]
        if line_end - line_start < 8 or not _GAP.search(text, line_start, line_end):
            continue
        keys = _key_line(text, line_start, line_end)
        if keys is None:
            continue
        below = [j for j in (i + 1, i + 2) if j < len(lines) and text[slice(*lines[j])].strip()]
        if not below:
            continue
        value_start, value_end = lines[below[0]]
        if _key_line(text, value_start, value_end) is not None:
            continue
        for a, b in _segments(text, value_start, value_end):
            key_start, key_end, kind = _nearest_key(
                keys, a - value_start, b - value_start, line_start
            )
            if kind is None or kind == k.IGNORE:
                continue
            spans += key_spans(text, kind, key_start, key_end)
            spans += value_spans(kind, text, a, b, _KEYED - 0.05)
    return spans


def _nearest_key(
    keys: list[tuple[int, int, str | None]], left: int, right: int, line_start: int
) -> tuple[int, int, str | None]:
    def fit(key: tuple[int, int, str | None]) -> tuple[int, int]:
        key_left, key_right = key[0] - line_start, key[1] - line_start
        overlap = min(right, key_right) - max(left, key_left)
        return (overlap, -abs(left - key_left))

    return max(keys, key=fit)


# Where a wrapped value's next line may start, from the column of its first line.
_WRAP_SLACK = 2
# Lines apart (blank ones included) that still make two pairs one record.
_RECORD_REACH = 2


# A gap between two runs of a line: where a key and the value beside it can be, two spaces
# included ("Vessel name  ZHOU YU 8"). Words inside a key or a value may be two spaces apart
# too: the pairs' reading decides (a run that names a field, then one that does not).
_INNER_GAP = re.compile(r"\S(?: {2,}|\t+)\S")
# What each _INNER_GAP holds, which re skips ahead to (see base); _INNER_GAP itself starts at
# any non-blank, where re tries it. (lines_with skips blank lines, which hold no _INNER_GAP.)
_GAP_HINT = re.compile("  |\t")
_TWO_SPACES = re.compile(r" {2,}")


def _pairs_beside(
    text: str, line_start: int, line_end: int
) -> list[tuple[str, int, int, int, int]]:
    """(kind, key start, key end, value start, value end) of each run on the line that names
    a field followed by one that does not: one pair a line or several side by side ("Vessel
    name  X      Flag  Y"). A run with a colon is the colon reader's. Nothing if any other run
    is left over: that line is a table's row ("5   J. Cruz   Master   KOREAN")."""
    # A box's sides ("| Owner        NAME |", an infobox, a framed form) frame the pairs.
    while line_start < line_end and text[line_start] in _BOX_SIDES:
        line_start += 1
    while line_end > line_start and text[line_end - 1] in _BOX_SIDES:
        line_end -= 1
    runs = [
        (start, end, segment)
        for segment, (a, b) in enumerate(_segments(text, line_start, line_end))
        for start, end in _segments(text, a, b, _TWO_SPACES)
    ]
    pairs = []
    i = 0
    while i < len(runs):
        start, end, segment = runs[i]
        i += 1
        if ":" in text[start:end]:
            continue
        kind = _field_named(text, start, end)
        if kind is None and i < len(runs) and runs[i][2] == segment:
            # A key with a gap of two inside it ("2009-2010  Owner", a period and a role).
            end = runs[i][1]
            kind = _field_named(text, start, end, opens_with_word=False)
            i += 1
        if kind is None or i == len(runs):
            return []
        value_start, value_end, _ = runs[i]
        value = text[value_start:value_end]
        if ":" in value or k.kind_of(value) is not None:
            return []
        pairs.append((kind, start, end, value_start, value_end))
        i += 1
    return pairs


def _field_named(text: str, start: int, end: int, opens_with_word: bool = True) -> str | None:
    """The kind of field a run names; a file name ("IATTC_2019.xlsx   Sheet1") or a rule
    ("---[REGISTRATION]---") names none. (An underscore among words is a speck of OCR:
    "OFF_ICIAL No".)"""
    run = text[start:end]
    if len(run) > _MAX_KEY or ("_" in run and " " not in run.strip()):
        return None
    key = k.numbered_key(run)
    return k.kind_of(key) if _KEY_START.match(key) or not opens_with_word else None


def find_keys_beside_values(text: str) -> list[Span]:
    """A record printed as keys on the left and values to their right, without colons (a
    vessel record, an RFV extract, a web page's details): on a line, a run that names a field
    and beside it one that does not, one such pair a line or two side by side. A value wrapped
    onto the next lines, under itself, goes on there. A pair alone, with no other within two
    lines, is a title beside a date or a page number."""
    pairs: list[tuple[int, str, int, int, int, int]] = []  # line, kind, key, value offsets
    line_no, counted_to, skip_to = 0, 0, 0
    for line_start, line_end in lines_with(text, _GAP_HINT):
        if line_start < skip_to or not _INNER_GAP.search(text, line_start, line_end):
            continue
        on_line = _pairs_beside(text, line_start, line_end)
        if not on_line:
            continue
        line_no += text.count("\n", counted_to, line_start)
        counted_to = line_start
        if len(on_line) == 1 and on_line[0][4] == line_end:
            # A value wrapped onto the next lines: one run each, under the value's first line.
            kind, key_start, key_end, value_start, value_end = on_line[0]
            column = value_start - line_start
            next_start = line_end + 1
            while next_start < len(text):
                next_end = text.find("\n", next_start)
                next_end = len(text) if next_end < 0 else next_end
                more = _segments(text, next_start, next_end)
                if len(more) != 1 or abs(more[0][0] - next_start - column) > _WRAP_SLACK:
                    break
                value_end, next_start = more[0][1], next_end + 1
            skip_to = next_start
            on_line = [(kind, key_start, key_end, value_start, value_end)]
        pairs += [(line_no, *pair) for pair in on_line]
    spans: list[Span] = []
    for n, (i, kind, key_start, key_end, value_start, value_end) in enumerate(pairs):
        alone = (n == 0 or i - pairs[n - 1][0] > _RECORD_REACH) and (
            n + 1 == len(pairs) or pairs[n + 1][0] - i > _RECORD_REACH
        )
        if alone or kind == k.IGNORE:
            continue
        spans += key_spans(text, kind, key_start, key_end)
        if not is_placeholder(text, value_start, value_end):
            spans += value_spans(kind, text, value_start, value_end, _KEYED - 0.1)
    return spans


# What may frame a key or a value on a line of its own: a box's sides, blanks.
_BOX_SIDES = " \t|"
# A value under its key is a few words; a sentence under a heading is not one.
_MAX_VALUE_WORDS = 8


def _lone_key(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, kind) of the key a line holds alone ('Name of vessel', '3. IMO number:',
    '| MMSI |'), or None."""
    line = text[start:end]
    key = line.strip(_BOX_SIDES)
    if not key or len(key) > _MAX_KEY or "|" in key:
        return None
    wording = k.numbered_key(key).rstrip(" :")
    if not wording or _has_digits(wording) or ":" in wording:
        return None
    kind = k.listed_kind_of(wording)
    if kind is None:
        return None
    key_start = start + line.index(key)
    key_end = key_start + len(key.rstrip(" :"))
    return key_start, key_end, kind


def find_keys_above_values(text: str) -> list[Span]:
    """A form that prints each key on a line of its own and its value on the next (a blank line
    between is allowed): 'Name of vessel' over 'OCEAN STAR', as one box a line of a scanned
    certificate reads. Two such pairs at least: one alone is a heading over a line of text."""
    # Blank lines (a table's lines, blanked) hold no keys.
    lines, filled, _ = page_lines(text)
    pairs: list[tuple[int, int, str, int, int]] = []
    after = 0  # the first line that can hold a key: none of the values read holds one
    for line in filled:
        if line < after:
            continue
        if line == len(lines) - 1:
            break
        line_start, line_end = lines[line]
        if line_end - line_start > _MAX_KEY + 8:
            continue
        key = _lone_key(text, line_start, line_end)
        if key is None:
            continue
        below = [
            j for j in (line + 1, line + 2) if j < len(lines) and text[slice(*lines[j])].strip()
        ]
        if not below:
            continue
        value_start, value_end = lines[below[0]]
        value = text[value_start:value_end].strip(_BOX_SIDES)
        if (
            not value
            or "|" in value
            or value.count(" ") >= _MAX_VALUE_WORDS
            or _GAP.search(value)
            or _lone_key(text, value_start, value_end) is not None
            or _COLON.search(value)
        ):
            continue
        value_start += text[value_start:value_end].index(value)
        pairs.append((*key, value_start, value_start + len(value)))
        after = below[0] + 1
    spans: list[Span] = []
    if len(pairs) < 2:
        return spans
    for key_start, key_end, kind, value_start, value_end in pairs:
        if kind == k.IGNORE:
            continue
        spans += key_spans(text, kind, key_start, key_end)
        if not is_placeholder(text, value_start, value_end):
            spans += value_spans(kind, text, value_start, value_end, _KEYED - 0.1)
    return spans


# A value written one character a box, as a form through OCR gives it: "| 4 | 1 | 2 | 0 |".
_BOXED_CHARACTERS = re.compile(r"(?<=\| )[A-Za-z0-9](?: \| [A-Za-z0-9]){3,}(?= \|)")
_BOXED_KINDS = {k.IMO: "IMO", k.MMSI: "MMSI", k.IRCS: "IRCS", k.CFR: "EU_CFR"}


def find_boxed_characters(text: str) -> list[Span]:
    """An identifier written one character a box after its key ('7. MMSI  | 4 | 1 | 2 |'):
    the boxes from the first character to the last, when the characters read together pass
    the identifier's own check."""
    spans: list[Span] = []
    for m in _BOXED_CHARACTERS.finditer(text) if " | " in text else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        key = text[line_start : m.start()].rstrip(" |:")
        kind = k.kind_of(k.numbered_key(key.strip())) if key.strip() else None
        label = _BOXED_KINDS.get(kind or "")
        if label is None:
            continue
        value = m.group().replace(" | ", "").upper()
        if validate(label, value) is None:
            span = make(text, m.start(), m.end(), label, _KEYED - 0.05)
            if span is not None:
                spans.append(span)
    return spans


def find_key_values(text: str) -> list[Span]:
    spans: list[Span] = [
        *find_keys_over_values(text),
        *find_keys_beside_values(text),
        *find_keys_above_values(text),
        *find_boxed_characters(text),
    ]
    recent: list[str] = []  # kinds of the last few keys
    # Only lines with a colon can hold a pair; scanning for line starts would try every
    # position of the page (see base).
    for line_start, line_end in lines_with(text, _COLON):
        for key_start, key_end, value_start, value_end in key_value_pairs(
            text, line_start, line_end
        ):
            kind = k.kind_of(text[key_start:key_end])
            if kind is None or kind == k.IGNORE:
                recent = [*recent[-2:], k.IGNORE]
                continue
            if kind == k.NAME and k.is_bare_name(text[key_start:key_end]):
                near = text[max(0, line_start - 120) : line_start]
                if _ASSOCIATE_KINDS.intersection(recent[-2:]) or _ASSOC_CONTEXT.search(near):
                    kind = k.OWNER
            recent = [*recent[-2:], kind]
            if (
                len(kinds := k.kinds_of(text[key_start:key_end])) > 1
                and not is_placeholder(text, value_start, value_end)  # "N/A" is no two parts
                and len(parts := k.combined_parts(text, value_start, value_end)) == len(kinds)
            ):
                # 'Call sign / MMSI: BZU3F / 412440246': a value for each kind the key names.
                for part_kind, part in zip(kinds, parts, strict=True):
                    spans += value_spans(part_kind, text, *part, _KEYED)
                continue
            if kind in (k.START, k.END) and len(DATE_RE.findall(text, value_start, value_end)) > 1:
                kind = k.PERIOD
            spans += key_spans(text, kind, key_start, key_end)
            if value_end == line_end and not text[value_start:value_end].strip():
                # "Nombre y dirección del armador:" over the lines that give them; a form's
                # numbered item ("13. Date on which the ship ceased ...:") over its value.
                below = _lines_below(text, line_start, line_end)
                numbered = bool(text[line_start:key_start].strip())
                if below and (numbered or kind in _ASSOCIATE_BLOCK_KINDS):
                    spans += _block_spans(text, kind, text[key_start:key_end], below)
                continue
            if not is_placeholder(text, value_start, value_end):
                spans += value_spans(kind, text, value_start, value_end, _KEYED)
                if (
                    kind == k.OWNER
                    and (below := _lines_below(text, line_start, line_end))
                    and STREET_START.match(text, *below[0])
                ):
                    # "8. Name of Company (ISM): NAME" over "      No. 69 Binhai Road, Dalian".
                    spans += address_block(text, below, _KEYED - 0.1)
    return spans


_ASSOCIATE_BLOCK_KINDS = frozenset({k.OWNER, k.ADDRESS})
# The next item of a list ("2.", "b)", "-"); not a number and a word, as a date opens ("28 May").
_LIST_ITEM = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)]|\([ivx]{1,4}\)|[-•*])\s+")
_NAME_WORD = re.compile(r"(?i)\b(?:name|nombre|nom)\b")
_MOST_LINES_BELOW = 4
# Column gaps that make a line a table's row ("2022-06-03  22-0443  Espadon  47  33.858"), not
# a value's next line; an owner's dated line has two ("2014-2019  Owner  NAME, town").
_ROW_GAPS = 3


def _block_spans(text: str, kind: str, key: str, lines: list[tuple[int, int]]) -> list[Span]:
    """The value printed under its key: an associate's name and address lines ('Name and
    address of owner:'), an address alone, or the first line read as the key's kind."""
    if is_placeholder(text, *lines[0]):
        return []
    if kind == k.OWNER or (kind == k.ADDRESS and _NAME_WORD.search(key)):
        return value_spans(k.OWNER, text, *lines[0], _KEYED) + (
            address_block(text, lines[1:], _KEYED - 0.1) if len(lines) > 1 else []
        )
    if kind == k.ADDRESS:
        return address_block(text, lines, _KEYED - 0.1)
    return value_spans(kind, text, *lines[0], _KEYED)


def _lines_below(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """(start, end) of the lines under a key's line that sit further in than it and hold no
    key of their own (nor open a list's next item, nor are a table's row), up to a blank
    line: the key's value."""
    line = text[line_start:line_end]
    indent = len(line) - len(line.lstrip())
    lines: list[tuple[int, int]] = []
    start = line_end + 1
    while start < len(text) and len(lines) < _MOST_LINES_BELOW:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        below = text[start:end]
        below_indent = len(below) - len(below.lstrip())
        if (
            not below.strip()
            or below_indent <= indent
            or ":" in below
            or _LIST_ITEM.match(below, below_indent)
            or len(_TWO_SPACES.findall(below.rstrip(), below_indent)) >= _ROW_GAPS
        ):
            break
        lines.append((start + below_indent, start + len(below.rstrip())))
        start = end + 1
    return lines
