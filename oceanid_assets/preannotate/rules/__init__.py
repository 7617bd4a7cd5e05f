"""Rule-based pre-annotator (agent "rules-v2"): no network, no model, fast enough to run on
every page. `extract_rules(page_text)` returns non-overlapping spans with exact offsets;
`extract_document(page_texts)` does the same for a document's pages in order."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from oceanid_assets.preannotate.rules.base import AGENT, LEADER_CHARS, Taken
from oceanid_assets.preannotate.rules.changes import find_change_records
from oceanid_assets.preannotate.rules.dates import find_dates
from oceanid_assets.preannotate.rules.diffs import hunk_lines, replaced_values, without_markers
from oceanid_assets.preannotate.rules.grid import ColumnHeads, find_grid_tables
from oceanid_assets.preannotate.rules.history import (
    as_former,
    former_in_the_past,
    new_identity,
)
from oceanid_assets.preannotate.rules.identifiers import find_identifiers
from oceanid_assets.preannotate.rules.keyvalue import find_key_values
from oceanid_assets.preannotate.rules.mentions import known_names, with_mentions
from oceanid_assets.preannotate.rules.particulars import find_listed_particulars
from oceanid_assets.preannotate.rules.prose import (
    find_prose,
    flags_after_names,
    names_leading_identifiers,
)
from oceanid_assets.preannotate.rules.structured import find_structured
from oceanid_assets.preannotate.rules.tables import find_tables
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import country_code

__all__ = ["AGENT", "extract_document", "extract_rules"]

# When two proposals overlap, the more specific source wins ties of confidence: a typed table
# cell or a keyed value says more than a pattern found in running text.
_IDENTIFIERS_RANK = 1  # between keyed values and dates
_PROSE_RANK = 3
_FINDERS = (
    (0, find_change_records),
    (0, find_key_values),
    (0, find_listed_particulars),
    (2, find_dates),
    (_PROSE_RANK, find_prose),
)


def extract_rules(text: str) -> list[Span]:
    """The spans of one page read on its own."""
    spans = _extract(text, Carried(None, {}))[0]
    return with_mentions(text, spans, known_names([spans]))


def extract_document(texts: Iterable[str]) -> list[list[Span]]:
    """The spans of each page of one document, read in page order: a table that goes on over
    the next page without its header keeps its columns' meaning there, and a vessel's name
    read on one page is read wherever the document repeats it."""
    pages = list(texts)
    found: list[list[Span]] = []
    carried = Carried(None, {})
    for text in pages:
        spans, carried = _extract(text, carried)
        found.append(spans)
    names = known_names(found)
    found = [with_mentions(text, spans, names) for text, spans in zip(pages, found, strict=True)]
    # A page that gives the vessel's new identity makes the document's other pages tell of
    # the identity it had (a deletion certificate's transcript).
    renamed = [new_identity(text, spans) for text, spans in zip(pages, found, strict=True)]
    given = frozenset().union(*(values for values in renamed if values is not None))
    if any(values is not None for values in renamed):
        found = [
            spans if values is not None else as_former(spans, given)
            for spans, values in zip(found, renamed, strict=True)
        ]
    return found


class Carried(NamedTuple):
    """What a page leaves the next one of its document: the columns of a table that goes on
    without its header, and the columns of the database tables a dump has created."""

    heads: ColumnHeads | None
    tables: Mapping[str, list[str]]


def _extract(text: str, carried: Carried) -> tuple[list[Span], Carried]:
    hunks = hunk_lines(text)  # a unified diff's
    plain = _without_markup(without_markers(text, hunks) if hunks else text)
    spans, carried = _extract_plain(plain, carried)
    if plain is not text:
        # Offsets hold; a span's text is the page's own.
        spans = [replace(s, text=text[s.start : s.end]) for s in spans]
    if hunks:
        spans = replaced_values(text, hunks, spans)
    return spans, carried


# Markdown bold ("**Name of Ship:** ...", what DeepSeek-OCR makes of a bold key) and dot leaders
# ("Port of registry ....... VIGO", a register extract's way of joining a key to its value).
_BOLD = re.compile(r"\*\*|(?<!_)__(?!_)")
# ... … ··· ___ ----
_LEADER = re.compile(r"\.(?: ?\.){2,}|\u2026+|\u00b7(?: ?\u00b7){2,}|_{3,}|-{4,}")


_QUOTED = re.compile(r"^(?:[ \t]*>)+", re.MULTILINE)
# An input box of a form: "[ value   ]" or "[ choice  ▾]" (not a tick box, "[ ]" or "[X]").
_INPUT_BOX = re.compile("\\[ ([^\\[\\]\\n\u25be]*?)[ \u25be]*\\]")
_FORM_BOXES = 3
_WIDEST_TICK_BOX = 6


# A table drawn with box-drawing characters (a scanned form as OCR writes it, a console export)
# is the same table as one drawn with ASCII pipes, dashes and corners.
_BOX_DRAWING = re.compile("[\u2500-\u257f]")
_AS_ASCII = str.maketrans(
    {
        **{ch: "|" for ch in "\u2502\u2503\u2551\u254e\u254f\u2506\u2507\u250a\u250b"},
        **{ch: "-" for ch in "\u2500\u2501\u2550\u254c\u254d\u2504\u2505\u2508\u2509"},
    }
)


def _as_ascii_box(m: re.Match[str]) -> str:
    """The box-drawing character as its ASCII drawing: a line, a border, or a corner."""
    ch = m.group()
    drawn = ch.translate(_AS_ASCII)
    return drawn if drawn != ch else "+"


def _without_markup(text: str) -> str:
    """The page with bold markers and e-mail quote marks as blanks, each dot leader opening
    with a colon and box drawing as ASCII: the same length, so offsets hold, and the rules
    read the key and value they join."""
    if not text.isascii() and _BOX_DRAWING.search(text):  # isascii: O(1), the search is not
        text = _BOX_DRAWING.sub(_as_ascii_box, text)
    if "**" in text or "__" in text:
        text = _BOLD.sub(lambda m: " " * len(m.group()), text)
    if "[ " in text and (boxes := _INPUT_BOX.findall(text)) and len(boxes) >= _FORM_BOXES:
        # A web form printed to PDF ("Vessel name *   [ MAN I FENG NO.22     ▾]"): the value
        # without its box, two blanks or more from its label as a form's values are.
        text = _INPUT_BOX.sub(_box_value, text)
    if ">" in text and _QUOTED.search(text):
        # An e-mail's quoted reply ("> > NAME   CALL SIGN ..."): the lines as they were sent.
        text = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    if (
        "..." in text
        or ". . ." in text
        or "\u2026" in text
        or "\u00b7" in text
        or "___" in text
        or "----" in text
    ):
        text = _LEADER.sub(lambda m: _leader(m.string, m.start(), m.end()), text)
    return text


def _box_value(m: re.Match[str]) -> str:
    """The box's value where it stands, its brackets and drop-down mark blanks; a tick box
    ("[ ]", "[ X ]") stays as it is, for the options it marks."""
    if len(m.group()) < _WIDEST_TICK_BOX or len(m.group(1).strip()) == 1:
        return m.group()
    return "  " + m.group(1) + " " * (len(m.group()) - 2 - len(m.group(1)))


def _leader(text: str, start: int, end: int) -> str:
    """A colon where the dots join a key before them to a value after them on the same line;
    dots with nothing on one side (a blank to fill in, a signature line) stay as they are."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].rstrip()
    after = text[end : len(text) if line_end < 0 else line_end].strip(LEADER_CHARS)
    if not before or not after or not (before[-1].isalpha() or before[-1] == ")"):
        return text[start:end]
    # Only the first dot becomes the colon: the line keeps its shape (no new column gap for
    # the table finders), and a value is read from after the dots.
    # A leader of dashes reads as one of dots, which the value's reading skips.
    return ":" + text[start + 1 : end].replace("-", ".")


def _extract_plain(text: str, carried: Carried) -> tuple[list[Span], Carried]:
    # Records printed as JSON, XML or YAML first (read whole, then blanked), tables of any form
    # next, then tables whose cells pypdfium2's plain extraction joined with
    # single spaces (read token by token). Lines read as a table are blanked (same length, so
    # offsets hold) rather than scanned again by every other finder: that is most of a record
    # page. Table cells never overlap each other, so only the other finders' proposals need
    # resolving.
    records = find_structured(text, carried.tables)
    if records.covered:
        text = _blank(text, records.covered)
    grid = find_grid_tables(text, carried.heads)
    grid_spans = records.spans + grid.spans
    grid_covered = sorted(records.covered + grid.covered)
    rest = _blank(text, grid.covered) if grid.covered else text
    token_spans, token_covered = find_tables(rest)
    rest = _blank(rest, token_covered) if token_covered else rest
    covered = sorted(grid_covered + token_covered)
    proposals: list[tuple[float, int, int, Span]] = []
    for rank, finder in _FINDERS:
        for span in finder(rest):
            proposals.append((-span.confidence, rank, span.start - span.end, span))
    found = [*grid_spans, *token_spans, *(p[-1] for p in proposals)]
    # The page's flags are evidence for the identifiers found outside tables.
    flags = frozenset(  # a list, not a generator: a page's ~60 spans go faster through it
        [code for s in found if s.label == "FLAG" and (code := country_code(s.text)) is not None]
    )
    identifiers = find_identifiers(rest, flags, page=text)
    for span in identifiers:
        proposals.append((-span.confidence, _IDENTIFIERS_RANK, span.start - span.end, span))
    for span in names_leading_identifiers(rest, identifiers):
        proposals.append((-span.confidence, _PROSE_RANK, span.start - span.end, span))
    proposals.sort(key=lambda p: p[:3])
    # Covered lines start out taken, which drops the rare free-text match that runs across a
    # blanked table line.
    taken = Taken(covered)
    kept = [*grid_spans, *token_spans]
    kept += [span for *_, span in proposals if taken.take(span.start, span.end)]
    kept += [span for span in flags_after_names(text, kept) if taken.take(span.start, span.end)]
    kept.sort(key=_START_END)
    if _UNTICKED_HINT.search(text):
        kept = _without_unticked_options(text, kept)
    return former_in_the_past(text, kept), Carried(grid.heads, records.tables)


_START_END = attrgetter("start", "end")  # a page's spans, most of them table cells, in order

# A form's pre-printed options: a ticked box marks the vessel's value, an empty one an option
# it did not take ("[X] Longline  [ ] Purse seine", "☒ ICCAT ☐ IOTC").
_UNTICKED_HINT = re.compile(r"\[ \]|\( \)|[☐□]")
_UNTICKED_OPTION = re.compile(r"(?:\[ \]|\( \)|[☐□])(?:(?!\[[ xX]\]|\([ xX]\)|[☐□☒☑■])[^\n])*")


def _without_unticked_options(text: str, spans: list[Span]) -> list[Span]:
    options = [(m.start(), m.end()) for m in _UNTICKED_OPTION.finditer(text)]
    starts = [start for start, _ in options]
    kept = []
    for span in spans:
        i = bisect_right(starts, span.start) - 1
        if i >= 0 and span.end <= options[i][1]:
            continue
        kept.append(span)
    return kept


def _blank(text: str, covered: list[tuple[int, int]]) -> str:
    pieces: list[str] = []
    cursor = 0
    for start, end in covered:
        pieces.append(text[cursor:start])
        pieces.append(" " * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
