"""Particulars run together in a paragraph, as sanctions lists print an entry: the vessel's name,
its type and flag, then `Key value` pieces apart by semicolons ("Vessel Registration
Identification IMO 9123457; MMSI 412000001; Former Vessel Flag Togo; ...") and the entries it is
linked to; a company's entry opens with its name and address instead.

No colon joins a key to its value: the longest run of words opening a piece that names a field
is the key, the rest of the piece its value."""

from __future__ import annotations

import re
from collections.abc import Callable

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import make
from oceanid_assets.preannotate.rules.dates import DATE_RE
from oceanid_assets.preannotate.rules.keyvalue import key_spans
from oceanid_assets.preannotate.rules.values import address_spans, value_spans
from oceanid_assets.preannotate.spans import Span

_CONFIDENCE = 0.8
_MIN_PIECES = 3  # keyed pieces an entry has at least
_KEYED_SHARE = 2 / 3
_MAX_KEY_WORDS = 6
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# Apart by semicolons outside brackets: "(f.k.a. A; f.k.a. B)" is one piece.
_PIECE = re.compile(r"(?:\([^()]*\)|[^;()])+")
_WORD = re.compile(r"\S+")
_LINKED = re.compile(r"\((?:Linked To|Linked to|Vinculado a|Lié à):\s*([^()]+?)\)")
_ALIASES = re.compile(r"\(((?:f\.k\.a\.|a\.k\.a\.|ex)\s+[^()]+)\)")
_ALIAS = re.compile(r"(?:(?:f\.k\.a\.|a\.k\.a\.|ex)\s+)?([^;]+)")
_FLAG_WORD = re.compile(r" flag\b")
_NAME_RUN = re.compile(r"[A-Z0-9][A-Z0-9.'&/-]*(?: [A-Z0-9][A-Z0-9.'&/-]*)*(?= |$|,)")
_VESSEL_KINDS = frozenset({k.IMO, k.MMSI, k.IRCS, k.FORMER_FLAG, k.FORMER_ID, k.FLAG})
_HINT = re.compile(r"; (?:Vessel|MMSI|Call Sign|Former|Other|Organi[sz]ation|Company|Nationality)")


def find_listed_particulars(text: str) -> list[Span]:
    if not _HINT.search(text):
        return []
    spans: list[Span] = []
    for paragraph in _PARAGRAPH.finditer(text):
        spans += _entry_spans(text, paragraph.start(), paragraph.end())
    return spans


def _entry_spans(text: str, start: int, end: int) -> list[Span]:
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text, start, end)]
    if not pieces or "\n" in text[pieces[0][0] : pieces[0][1]].strip():
        return []  # an entry opens with its name on the first line, not under a heading
    # The list's own tags and links close the entry: "[SDGT] (Linked To: ...)".
    fields = [p for p in pieces[1:] if text[p[0] : p[1]].lstrip()[:1] not in ("[", "(")]
    keyed = [(piece, found) for piece in fields if (found := _keyed(text, *piece)) is not None]
    # Most pieces after the opening are keyed: an entry, not a sentence with semicolons.
    if len(keyed) < _MIN_PIECES or len(keyed) < _KEYED_SHARE * len(fields):
        return []
    spans: list[Span | None] = []
    vessel = False
    for (_, piece_end), (kind, key_start, key_end) in keyed:
        vessel = vessel or kind in _VESSEL_KINDS
        if kind == k.IGNORE or text[key_end - 1] == ":":
            continue  # a key of no label, or one the colon reader reads
        spans += key_spans(text, kind, key_start, key_end)
        value_end = _before_bracket(text, key_end, piece_end)
        if kind in (k.START, k.END) and len(DATE_RE.findall(text, key_end, value_end)) > 1:
            kind = k.PERIOD
        spans += value_spans(kind, text, key_end, value_end, _CONFIDENCE)
    spans += _opening(text, *pieces[0], vessel)
    for m in _LINKED.finditer(text, start, end):
        label = "ASSOC_NAME" if vessel else "VESSEL_NAME"
        spans.append(make(text, m.start(1), m.end(1), label, _CONFIDENCE - 0.1))
    return [s for s in spans if s]


def _keyed(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(kind, key start, key end) of the run of words opening the piece that names a field,
    with a value after it. The longest run that names one may hold the value's first word
    ('Former Vessel Flag Sierra'): of the shorter runs that name the same kind, the longest the
    vocabulary lists is the key, else the shortest."""
    words = list(_WORD.finditer(text, start, end))
    for n in range(min(_MAX_KEY_WORDS, len(words) - 1), 0, -1):
        kind = _kind_of_words(text, words, n, k.kind_of)
        if kind is None:
            continue
        chain = [n]
        while chain[-1] > 1 and _kind_of_words(text, words, chain[-1] - 1, k.kind_of) == kind:
            chain.append(chain[-1] - 1)
        listed = [m for m in chain if _kind_of_words(text, words, m, k.listed_kind_of) == kind]
        n = listed[0] if listed else chain[-1]
        return kind, words[0].start(), words[n - 1].end()
    return None


def _kind_of_words(
    text: str, words: list[re.Match[str]], n: int, kind_of: Callable[[str], str | None]
) -> str | None:
    key = text[words[0].start() : words[n - 1].end()]
    return None if ":" in key[:-1] else kind_of(key.rstrip(":"))


def _before_bracket(text: str, start: int, end: int) -> int:
    """Where a value ends: before a bracketed note ("872GRT (vessel) [GLOMAG]")."""
    for mark in (" (", " [", "\n"):
        at = text.find(mark, start, end)
        if at >= 0:
            end = at
    return end


def _opening(text: str, start: int, end: int, vessel: bool) -> list[Span | None]:
    """The entry's first piece: a vessel's name, former names and flag ('NAME (f.k.a. OLD)
    Longliner China flag'), or a company's name and address ('NAME, street, city, country')."""
    while start < end and text[start] in " \n":
        start += 1
    if not vessel:
        comma = text.find(", ", start, end)
        if comma < 0:
            return []
        return [
            make(text, start, comma, "ASSOC_NAME", _CONFIDENCE),
            *address_spans(text, comma + 2, _before_bracket(text, comma + 2, end), _CONFIDENCE),
        ]
    spans: list[Span | None] = []
    if name := _NAME_RUN.match(text, start, end):
        spans.append(make(text, name.start(), name.end(), "VESSEL_NAME", _CONFIDENCE))
    if aliases := _ALIASES.search(text, start, end):
        cursor = aliases.start(1)
        while alias := _ALIAS.match(text, cursor, aliases.end(1)):
            spans.append(make(text, alias.start(1), alias.end(1), "NAME_CHANGE", _CONFIDENCE))
            cursor = alias.end() + 1
            while cursor < aliases.end(1) and text[cursor] == " ":
                cursor += 1
    if flag := _FLAG_WORD.search(text, start, end):
        country_start = text.rfind(")", start, flag.start()) + 1 or start
        spans += _flag_before(text, country_start, flag.start())
    return spans


def _flag_before(text: str, start: int, end: int) -> list[Span | None]:
    """The country that ends the words before 'flag' ('Longliner Chinese Taipei flag')."""
    words = list(_WORD.finditer(text, start, end))
    for n in range(min(3, len(words)), 0, -1):
        country_start = words[-n].start()
        found = value_spans(k.FLAG, text, country_start, end, _CONFIDENCE)
        if found and found[0].confidence >= _CONFIDENCE:
            return list(found)
    return []
