"""Tokens of a page text with exact character offsets, for the sequence labeller.

A token is a run of non-space characters; the separators ``: , ; | ( ) [ ] { } "`` are tokens
of their own, an HTML tag is one token, and a trailing full stop or quote is split off
("No." -> "No", "."). Everything
else stays whole, so identifiers keep their shape: ``9074729``, ``BZU5D``, ``AT000CHN17517``,
``2025-07-01``, ``ESP-0042``, ``12.5``, ``NO.81MARU``.

Offsets are Python str offsets into the page text (end-exclusive), as for `Span`:
``text[t.start:t.end] == t.text`` always holds. Lines are split at ``\\n`` only; any other
whitespace (tabs, ``\\r``, no-break spaces) separates tokens within a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Separators that are tokens of their own wherever they stand.
_SEPARATORS = ':,;|()[]{}"'
# An HTML tag (what DeepSeek-OCR and web registers emit for tables) is one token, attributes
# and all, so a cell's value is a token of its own: `<td>9074729</td>` is three tokens.
_SEP = re.escape(_SEPARATORS)
_WORD = re.compile(rf"</?[A-Za-z][^<>\n]*>|[<>]|[{_SEP}]|[^\s<>{_SEP}]+")
# Split off the end of a word (not its middle): "ref." -> "ref" "."; "12.5" stays whole.
_TRAILING = ".'\u2019\u201d\u00bb"
_LEADING = "'\u2018\u201c\u00ab"
# A separator after which the next token starts a new cell, as a column gap does.
_CELL_SEPARATORS = frozenset({"|", ";"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # str offset into the page text
    end: int  # exclusive
    text: str  # == page_text[start:end]
    line: int  # 0-based line index in the page
    index: int  # 0-based index of the token within its line
    column: int  # character offset of the token's start within its line
    gap: bool  # preceded on its line by 2+ spaces, a tab, or a '|' / ';' separator


def tokenize(text: str) -> list[Token]:
    """The page's tokens in text order, with exact offsets."""
    tokens: list[Token] = []
    offset = 0
    for line_no, line in enumerate(text.split("\n")):
        index = 0
        previous_end: int | None = None  # offset in the line of the previous token's end
        previous_text = ""
        for match in _WORD.finditer(line):
            for start, end in _pieces(line, match.start(), match.end()):
                if previous_end is None:
                    gap = False
                else:
                    between = line[previous_end:start]
                    gap = (
                        len(between) >= 2
                        or "\t" in between
                        or previous_text in _CELL_SEPARATORS
                        or _is_tag(previous_text)
                    )
                piece = line[start:end]
                tokens.append(
                    Token(offset + start, offset + end, piece, line_no, index, start, gap)
                )
                index += 1
                previous_end, previous_text = end, piece
        offset += len(line) + 1
    return tokens


def _is_tag(token: str) -> bool:
    return len(token) > 2 and token[0] == "<" and token[-1] == ">"


def _pieces(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """A matched word without its leading quote and trailing stops or quotes, which become
    tokens of their own; a word made only of those characters stays whole ("..."), and so
    does an HTML tag."""
    if all(ch in _TRAILING for ch in line[start:end]) or _is_tag(line[start:end]):
        return [(start, end)]
    lead = start
    while lead < end - 1 and line[lead] in _LEADING:
        lead += 1
    trail = end
    while trail > lead + 1 and line[trail - 1] in _TRAILING:
        trail -= 1
    if lead == start and trail == end:
        return [(start, end)]
    pieces = [(i, i + 1) for i in range(start, lead)]
    pieces.append((lead, trail))
    pieces.extend((i, i + 1) for i in range(trail, end))
    return pieces
