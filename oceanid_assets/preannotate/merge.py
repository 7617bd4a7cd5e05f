"""Merge the spans of several extractors into one non-overlapping set per page.

Argilla's span question does not allow overlap, so every region ends with one span. Where
agents agree on the exact span and label, confidence rises (noisy-or of their confidences);
where they overlap and disagree, the more confident span wins. Every span keeps the votes of
the agents that proposed it.
"""

from __future__ import annotations

from collections.abc import Iterable

from oceanid_assets.preannotate.spans import Span


def merge_spans(per_agent: Iterable[Iterable[Span]]) -> list[Span]:
    """One span per region, in page order."""
    agreed: dict[tuple[int, int, str], list[Span]] = {}
    for spans in per_agent:
        for span in spans:
            agreed.setdefault((span.start, span.end, span.label), []).append(span)
    candidates = [_combine(group) for group in agreed.values()]
    # Most confident first; among equals the longer span, then the earlier one.
    candidates.sort(key=lambda s: (-s.confidence, -(s.end - s.start), s.start, s.label))
    kept: list[Span] = []
    for span in candidates:
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))


def _combine(group: list[Span]) -> Span:
    votes: dict[str, float] = {}
    for span in group:
        for agent, confidence in span.votes or ((span.agent, span.confidence),):
            votes[agent] = max(votes.get(agent, 0.0), confidence)
    doubt = 1.0
    for confidence in votes.values():
        doubt *= 1.0 - confidence
    best = max(group, key=lambda s: s.confidence)
    return Span(
        start=best.start,
        end=best.end,
        label=best.label,
        text=best.text,
        confidence=round(1.0 - doubt, 4),
        agent="+".join(sorted(votes)),
        votes=tuple(sorted(votes.items())),
    )
