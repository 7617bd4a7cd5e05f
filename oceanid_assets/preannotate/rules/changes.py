"""Records of changes: one row (or block of keys) per changed field of a vessel, the field
named in a cell and its previous and new values beside it ("Call sign | BBAF1 | BZSX7"), as
RFMO records of changes and flag-State amendment notices print them.

No header says what the values are; the row's field does. The new value is read as that
field's kind, the previous one as the matching former kind (a former name, flag or identifier),
or as the field's own kind for an owner or operator, who stays an associate of the vessel."""

from __future__ import annotations

import re
from collections.abc import Sequence

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import lines_with
from oceanid_assets.preannotate.rules.keyvalue import key_value_pairs
from oceanid_assets.preannotate.rules.table_forms import Cell, HeaderCell
from oceanid_assets.preannotate.rules.values import value_spans
from oceanid_assets.preannotate.spans import Span

# Wordings after headers.normalise (lower case, no accents or punctuation).
_FIELD = re.compile(
    r"(?:field|attribute|item|particular|data|campo|dato|champ|donnee|rubrique)s?"
    r"(?: (?:changed|modified|amended|updated|modificado|cambiado|modifie|modifiee))?"
)
_PREVIOUS = re.compile(
    r"(?:previous|old|former|prior|earlier) (?:value|entry|details?)|previous|before|"
    r"valor (?:anterior|previo|antiguo)|(?:ancienne|precedente) valeur|valeur "
    r"(?:precedente|anterieure|ancienne)|antes|avant|"
    # An RFMO's circular of discrepancies: what its record holds, against what the flag State
    # reports ("ICCAT Record | Flag State data", "Registro CIAT | Dato nacional").
    r"[a-z]+ record|(?:registro|registre) [a-z]+"
)
_NEW = re.compile(
    r"(?:new|current|updated|amended) (?:value|entry|details?)|new|after|"
    r"(?:valor|dato) (?:nuevo|actual)|nuevo valor|nouvelle valeur|valeur (?:nouvelle|actuelle)|"
    r"despues|apres|"
    r"flag state (?:data|value|information)|national (?:data|value)|"
    r"(?:datos?|donnees?) (?:nacional|nacionales|nationale|nationales)"
)
_CORRECTED = re.compile(
    r"(?:correct|corrected|proposed|right) (?:value|entry|data)|"
    r"valor (?:correcto|corregido|propuesto)|valeur (?:correcte|corrigee|proposee)"
)
_CURRENT = re.compile(r"(?:current|existing) (?:value|entry)|valor actual|valeur actuelle")
_CONFIDENCE = 0.85
_COLON = re.compile(":")


def change_columns(header: Sequence[HeaderCell]) -> tuple[int, int | None, int | None] | None:
    """(field, previous, new) column indexes of a record of changes; None for other tables.
    Beside a corrected value ("Current value in DB | Correct value", a correction's ticket),
    the current value is the one being replaced."""
    wordings = [k.normalise(cell.text) for cell in header]
    corrected = next((i for i, w in enumerate(wordings) if _CORRECTED.fullmatch(w)), None)
    field = previous = None
    new = corrected
    for i, wording in enumerate(wordings):
        if field is None and _FIELD.fullmatch(wording):
            field = i
        elif previous is None and (
            _PREVIOUS.fullmatch(wording) or (corrected is not None and _CURRENT.match(wording))
        ):
            previous = i
        elif new is None and _NEW.fullmatch(wording):
            new = i
    if field is None or (previous is None and new is None):
        return None
    return field, previous, new


def previous_columns(header: Sequence[HeaderCell] | None) -> frozenset[int]:
    """Indexes of the columns a header calls previous values ('Previous', 'Valeur
    précédente'): in a record printed as keys down the side, the values it had."""
    if header is None:
        return frozenset()
    return frozenset(
        i for i, cell in enumerate(header) if _PREVIOUS.fullmatch(k.normalise(cell.text))
    )


def change_spans(
    text: str, field: Cell | None, previous: Cell | None, new: Cell | None
) -> list[Span]:
    """The spans of one change: its values read as what its field names."""
    if field is None:
        return []
    kind = k.kind_of(text[field.start : field.end])
    if kind is None:
        return []
    spans: list[Span] = []
    if new is not None:
        spans += _cell_spans(text, kind, new)
    former = k.FORMER_KIND.get(kind)
    if previous is not None and former is not None:
        spans += _cell_spans(text, former, previous)
    return spans


def _cell_spans(text: str, kind: str, cell: Cell) -> list[Span]:
    spans: list[Span] = []
    for piece in (cell, *cell.more):
        spans += value_spans(kind, text, piece.start, piece.end, _CONFIDENCE)
    return spans


# Looked for in the page's lower case: a search under IGNORECASE tries every position.
_HINTS = ("valu", "valor", "valeur", "previous", "anterior", "ancien")
_LINES_APART = 3  # a change's keys sit on consecutive lines, perhaps with one between


def find_change_records(text: str) -> list[Span]:
    """Spans of the changes a page lists as blocks of keys ("Field changed: Call sign" /
    "Previous value: BBQG6" / "New value: BZT08"), the pairs read as `keyvalue` reads them."""
    lower = text.lower()
    if not any(hint in lower for hint in _HINTS):
        return []
    spans: list[Span] = []
    kind: str | None = None
    since = 0
    for line_start, line_end in lines_with(text, _COLON):
        since += 1
        for key_start, key_end, value_start, value_end in key_value_pairs(
            text, line_start, line_end
        ):
            wording = k.normalise(text[key_start:key_end])
            value = Cell(value_start, value_end)
            if _FIELD.fullmatch(wording):
                kind, since = k.kind_of(text[value_start:value_end].strip()), 0
            elif kind is None or since > _LINES_APART:
                continue
            elif _NEW.fullmatch(wording):
                spans += _cell_spans(text, kind, value)
            elif _PREVIOUS.fullmatch(wording) and (former := k.FORMER_KIND.get(kind)) is not None:
                spans += _cell_spans(text, former, value)
    return spans
