"""Item features of a page's tokens for the CRF (pycrfsuite's dict form: a str value becomes the
attribute ``name:value``, a bool or float is the weight of the attribute ``name``).

Nothing here names a layout: a token is described by what it looks like (shape, length,
digits), what the validators say of it (IMO check digit, MMSI MID, ITU call-sign series,
country, year, date), what the rule engine made of it (``rule:IMO``), what the key before a
``:`` on its line and the header of the table column it sits under name (through
`headers.kinds_of`, and as normalised words, so a model learns header wordings the vocabulary
does not know), where it stands in its line and cell, and the same few facts of its
neighbours. The page's rule spans are computed once by the caller and passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from oceanid_assets.learn.tokens import Token
from oceanid_assets.preannotate.rules import headers
from oceanid_assets.preannotate.rules.vocab import COUNTRY_NAME_SET, is_country_code
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import parse_date, validate

Features = dict[str, float | str | bool]

_MAX_WORD = 12  # longer words are names more often than cues: their shape is enough
_MAX_SHAPE = 10
_MAX_HEADER_WORDS = 3
_MAX_KEY_CHARS = 40
_HEADER_REACH = 60  # lines below a header line that it may still head
_NEAR = 2  # columns between a cell and a header cell that still count as under it
# Month names as registries print them (English, Spanish, French), for dates in words.
_MONTHS = frozenset(
    (
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov"),
        *("dec", "january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december", "enero", "febrero", "marzo"),
        *("abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre"),
        *("noviembre", "diciembre", "janvier", "fevrier", "février", "mars", "avril", "mai"),
        *("juin", "juillet", "aout", "août", "septembre", "octobre", "novembre", "decembre"),
        "décembre",
    )
)
_SEPARATORS = frozenset(":,;|()[]{}\"'.-/")


def page_features(text: str, tokens: Sequence[Token], rule_spans: Sequence[Span]) -> list[Features]:
    """One feature dict per token, in token order."""
    n = len(tokens)
    if n == 0:
        return []
    rules = _rule_marks(tokens, rule_spans)
    lines = _lines(tokens)
    cell_of, cells = _cells(tokens, lines)
    keys = _key_marks(text, tokens, lines, cells, cell_of)
    columns = _column_marks(text, tokens, lines, cells, cell_of)

    words = [_word(t.text) for t in tokens]
    shapes = [_short_shape(t.text) for t in tokens]
    result: list[Features] = []
    for i, token in enumerate(tokens):
        first, last = lines[token.line]
        f: Features = dict(_own(token.text))
        label, begins, ends = rules[i]
        if label:
            f["rule"] = label
            if begins:
                f["rule_b"] = True
            if ends:
                f["rule_e"] = True
        f["idx"] = _bucket(i - first)
        if i == first:
            f["BOL"] = True
        if i == last:
            f["EOL"] = True
        if token.gap:
            f["gap"] = True
        if i < last and tokens[i + 1].gap:
            f["gap_after"] = True
        cell = cells[cell_of[i]]
        if i == cell[0]:
            f["cell_b"] = True
        if i == cell[1]:
            f["cell_e"] = True
        f.update(keys[i])
        f.update(columns[i])
        for d in (-2, -1, 1, 2):
            j = i + d
            if j < first or j > last:
                if d in (-1, 1):
                    f[f"{d}:edge"] = True
                continue
            f[f"{d}:s"] = shapes[j]
            if (word := words[j]) is not None:
                f[f"{d}:w"] = word
            f[f"{d}:r"] = rules[j][0] or "O"
        result.append(f)
    return result


# --- the token alone ---------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _own(word: str) -> tuple[tuple[str, str | bool], ...]:
    """The features of a word that do not depend on where it stands (cached: words recur)."""
    digits = sum(ch.isdigit() for ch in word)
    letters = sum(ch.isalpha() for ch in word)
    f: list[tuple[str, str | bool]] = [
        ("bias", True),
        ("shape", _shape(word)[:_MAX_SHAPE]),
        ("sshape", _short_shape(word)),
        ("len", _bucket(len(word))),
        ("nd", str(min(digits, 12))),
    ]
    if (lower := _word(word)) is not None:
        f.append(("w", lower))
    if digits and letters:
        f.append(("alnum", True))
    if word.isupper():
        f.append(("upper", True))
    elif word[:1].isupper():
        f.append(("title", True))
    if word in _SEPARATORS:
        f.append(("sep", True))
    if digits == len(word):
        if len(word) == 7 and validate("IMO", word) is None:
            f.append(("v_imo", True))
        elif len(word) == 9 and validate("MMSI", word) is None:
            f.append(("v_mmsi", True))
        elif len(word) == 4 and validate("BUILD_YEAR", word) is None:
            f.append(("v_year", True))
    elif (
        3 <= len(word) <= 8
        and letters
        and word.isalnum()
        and word.isupper()
        and validate("IRCS", word) is None
    ):
        f.append(("v_ircs", True))
    if len(word) == 12 and digits == 9 and validate("EU_CFR", word) is None:
        f.append(("v_cfr", True))
    if letters == len(word) and (word in COUNTRY_NAME_SET or is_country_code(word)):
        f.append(("v_country", True))
    if digits >= 4 and len(word) <= 10 and parse_date(word) is not None:
        f.append(("v_date", True))
    if word.lower().rstrip(".") in _MONTHS:
        f.append(("v_month", True))
    return tuple(f)


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> str | None:
    """The lower-cased word, only for short words without digits (cues, not names or numbers)."""
    if len(word) > _MAX_WORD or any(ch.isdigit() for ch in word):
        return None
    return word.lower()


def _shape(word: str) -> str:
    return "".join(
        "9" if ch.isdigit() else "X" if ch.isupper() else "x" if ch.isalpha() else ch for ch in word
    )


@lru_cache(maxsize=1 << 16)
def _short_shape(word: str) -> str:
    """The shape with runs collapsed: 'BZU5D' -> 'X9X', '2025-07-01' -> '9-9-9'."""
    out: list[str] = []
    for ch in _shape(word):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _bucket(n: int) -> str:
    return str(n) if n < 10 else "10-12" if n <= 12 else "13+"


# --- the page around it ------------------------------------------------------------------------


def _rule_marks(
    tokens: Sequence[Token], spans: Sequence[Span]
) -> list[tuple[str | None, bool, bool]]:
    """Per token: the label of the rule span it overlaps (spans do not overlap each other),
    whether the token starts that span and whether it ends it."""
    marks: list[tuple[str | None, bool, bool]] = [(None, False, False)] * len(tokens)
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    j = 0
    for i, token in enumerate(tokens):
        while j < len(ordered) and ordered[j].end <= token.start:
            j += 1
        if j < len(ordered) and ordered[j].start < token.end:
            span = ordered[j]
            marks[i] = (span.label, token.start <= span.start, token.end >= span.end)
    return marks


def _lines(tokens: Sequence[Token]) -> dict[int, tuple[int, int]]:
    """Line index -> indices of its first and last token (lines with tokens only)."""
    lines: dict[int, tuple[int, int]] = {}
    for i, token in enumerate(tokens):
        first = lines.get(token.line, (i, i))[0]
        lines[token.line] = (first, i)
    return lines


def _cells(
    tokens: Sequence[Token], lines: dict[int, tuple[int, int]]
) -> tuple[list[int], list[tuple[int, int]]]:
    """Cells are runs of tokens between column gaps; per token its cell's number, and per cell
    its first and last token."""
    cell_of = [0] * len(tokens)
    cells: list[tuple[int, int]] = []
    for first, last in lines.values():
        start = first
        for i in range(first, last + 1):
            if i > first and tokens[i].gap:
                cells.append((start, i - 1))
                start = i
            cell_of[i] = len(cells)
        cells.append((start, last))
    return cell_of, cells


def _key_marks(
    text: str,
    tokens: Sequence[Token],
    lines: dict[int, tuple[int, int]],
    cells: list[tuple[int, int]],
    cell_of: list[int],
) -> list[Features]:
    """'Key: value' on a line: the value's tokens get what the key names (key:IMO) and the key's
    words; the key's tokens are marked as such. The nearest key before a token on its line
    counts ('Flag: JPN    Port: OTSUCHI')."""
    marks: list[Features] = [{} for _ in tokens]
    for first, last in lines.values():
        current: Features = {}
        for i in range(first, last + 1):
            if tokens[i].text == ":":
                cell_first = cells[cell_of[i]][0]
                if cell_first < i:
                    key = text[tokens[cell_first].start : tokens[i].start].strip()
                    current = _described("key", key) if len(key) <= _MAX_KEY_CHARS else {}
                    for k in range(cell_first, i):
                        marks[k]["in_key"] = True
                continue
            if current:
                marks[i].update(current)
    return marks


def _column_marks(
    text: str,
    tokens: Sequence[Token],
    lines: dict[int, tuple[int, int]],
    cells: list[tuple[int, int]],
    cell_of: list[int],
) -> list[Features]:
    """The header of the column a token's cell sits under: the nearest header-like line above
    (two or more cells, no digits), and in it the cell that overlaps the token's cell in
    character columns (or ends within two columns of it). A cell overlapping more than two
    header cells is running text, not a column's."""
    marks: list[Features] = [{} for _ in tokens]
    header: list[tuple[int, int, Features]] | None = None  # (col start, col end, features)
    header_line = -(10**9)
    for line_no, (first, last) in lines.items():
        line_cells = cells[cell_of[first] : cell_of[last] + 1]
        if len(line_cells) >= 2 and not any(
            ch.isdigit() for ch in text[tokens[first].start : tokens[last].end]
        ):
            header, header_line = [], line_no
            for a, b in line_cells:
                described = _described("col", text[tokens[a].start : tokens[b].end])
                header.append((tokens[a].column, tokens[b].column + len(tokens[b].text), described))
                for i in range(a, b + 1):
                    marks[i]["hdr"] = True
                    marks[i].update({f"h{k}": v for k, v in described.items()})
            continue
        if header is None or line_no - header_line > _HEADER_REACH:
            continue
        for a, b in line_cells:
            lo, hi = tokens[a].column, tokens[b].column + len(tokens[b].text)
            best: Features | None = None
            best_overlap, overlapping = 0, 0
            for h_lo, h_hi, described in header:  # in column order
                if h_hi < lo - _NEAR:
                    continue
                if h_lo > hi + _NEAR:
                    break
                overlap = (hi if hi < h_hi else h_hi) - (lo if lo > h_lo else h_lo)
                if overlap > 0:
                    overlapping += 1
                    if overlap > best_overlap:
                        best, best_overlap = described, overlap
                elif best_overlap == 0 and -overlap <= _NEAR:
                    best = described
            if best and overlapping <= 2:
                for i in range(a, b + 1):
                    marks[i].update(best)
    return marks


@lru_cache(maxsize=8192)
def _described_cached(prefix: str, wording: str) -> tuple[tuple[str, str | bool], ...]:
    out: list[tuple[str, str | bool]] = []
    for kind in headers.kinds_of(wording):
        out.append((f"{prefix}:{headers.KIND_LABEL.get(kind, kind)}", True))
    words = headers.normalise(wording).split()[:_MAX_HEADER_WORDS]
    if words:
        out.append((f"{prefix}w", " ".join(words)))
    return tuple(out)


def _described(prefix: str, wording: str) -> Features:
    """What a key or header wording names: its kinds as labels (`col:IMO`) and its first words,
    normalised (`colw:hull ref`)."""
    return dict(_described_cached(prefix, wording))
