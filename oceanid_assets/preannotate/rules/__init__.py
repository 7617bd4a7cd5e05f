"""Rule-based pre-annotator (agent "rules-v1"): no network, no model, fast enough to run on
every page. `extract_rules(page_text)` returns non-overlapping spans with exact offsets."""

from __future__ import annotations

from bisect import bisect_right

from oceanid_assets.preannotate.rules.base import AGENT
from oceanid_assets.preannotate.rules.dates import find_dates
from oceanid_assets.preannotate.rules.identifiers import find_identifiers
from oceanid_assets.preannotate.rules.keyvalue import find_key_values
from oceanid_assets.preannotate.rules.prose import find_prose
from oceanid_assets.preannotate.rules.tables import find_tables
from oceanid_assets.preannotate.spans import Span

__all__ = ["AGENT", "extract_rules"]

# When two proposals overlap, the more specific source wins ties of confidence: a typed table
# cell or a keyed value says more than a pattern found in running text.
_FINDERS = (find_key_values, find_identifiers, find_dates, find_prose)


def extract_rules(text: str) -> list[Span]:
    table_spans, covered = find_tables(text)
    # Lines read as table header or rows are blanked (same length, so offsets hold) rather
    # than scanned again by every other finder: that is most of a record page. Table cells
    # never overlap each other, so only the other finders' proposals need resolving.
    rest = _blank(text, covered) if covered else text
    proposals: list[tuple[float, int, int, Span]] = []
    for rank, finder in enumerate(_FINDERS):
        for span in finder(rest):
            proposals.append((-span.confidence, rank, span.start - span.end, span))
    proposals.sort(key=lambda p: p[:3])
    # Kept spans never overlap, so sorted by start their ends are sorted too: a candidate
    # only needs checking against its two neighbours. Covered lines start out taken, which
    # drops the rare free-text match that runs across a blanked table line.
    starts = [start for start, _ in covered]
    ends = [end for _, end in covered]
    kept = list(table_spans)
    for *_, span in proposals:
        i = bisect_right(starts, span.start)
        if i and ends[i - 1] > span.start:
            continue
        if i < len(starts) and starts[i] < span.end:
            continue
        starts.insert(i, span.start)
        ends.insert(i, span.end)
        kept.append(span)
    kept.sort(key=lambda s: (s.start, s.end))
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
