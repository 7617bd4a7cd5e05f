"""What an export run tells the team: coverage by SMEs, agreement, and how suggestions fared."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import combinations

import pyarrow as pa

Span = tuple[int, int, str]


def spans_by_response(spans: pa.Table) -> dict[tuple[str, str], set[Span]]:
    by_response: dict[tuple[str, str], set[Span]] = defaultdict(set)
    for row in spans.select(
        ["argilla_record_id", "annotator_id", "start", "end", "label"]
    ).to_pylist():
        by_response[(row["argilla_record_id"], row["annotator_id"])].add(
            (row["start"], row["end"], row["label"])
        )
    return by_response


def agreement(pages: pa.Table, spans: pa.Table) -> tuple[int, float | None]:
    """(pages with 2+ submitted responses, mean pairwise exact-span F1 over them)."""
    submitted: dict[str, list[str]] = defaultdict(list)
    for row in pages.select(["argilla_record_id", "annotator_id", "response_status"]).to_pylist():
        if row["response_status"] == "submitted":
            submitted[row["argilla_record_id"]].append(row["annotator_id"])
    by_response = spans_by_response(spans)
    scores = []
    for record, annotators in submitted.items():
        for a, b in combinations(sorted(annotators), 2):
            left, right = by_response.get((record, a), set()), by_response.get((record, b), set())
            total = len(left) + len(right)
            scores.append(1.0 if total == 0 else 2 * len(left & right) / total)
    shared = sum(1 for annotators in submitted.values() if len(annotators) > 1)
    return shared, (sum(scores) / len(scores) if scores else None)


def suggestion_outcomes(
    pages: pa.Table, spans: pa.Table, suggestions: Mapping[str, list[Span]]
) -> dict[str, int]:
    """Per suggested span, per submitted response: accepted unchanged, edited, or rejected.

    Edited: an annotated span overlaps it with other bounds or another label. Added: annotated
    spans that overlap no suggestion.
    """
    by_response = spans_by_response(spans)
    tally: Counter[str] = Counter({"accepted": 0, "edited": 0, "rejected": 0, "added": 0})
    for row in pages.select(["argilla_record_id", "annotator_id", "response_status"]).to_pylist():
        if row["response_status"] != "submitted":
            continue
        suggested = set(suggestions.get(row["argilla_record_id"], []))
        annotated = by_response.get((row["argilla_record_id"], row["annotator_id"]), set())
        for span in suggested:
            if span in annotated:
                tally["accepted"] += 1
            elif any(_overlap(span, other) for other in annotated):
                tally["edited"] += 1
            else:
                tally["rejected"] += 1
        tally["added"] += sum(
            1 for span in annotated if not any(_overlap(span, s) for s in suggested)
        )
    return dict(tally)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
