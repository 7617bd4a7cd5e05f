"""Merge the spans of several extractors into one non-overlapping set per page.

Argilla's span question does not allow overlap, so every region ends with one span. Where
agents agree on the exact span and label, confidence rises (noisy-or of their confidences);
where they overlap and disagree, the more confident span wins. Every span keeps the votes of
the agents that proposed it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from oceanid_assets.preannotate.spans import Span


@dataclass(frozen=True, slots=True)
class Regions:
    """One page's spans, one per region, in page order.

    `lone`: the spans are those of a single agent whose spans never overlap (the rules alone,
    the default), passed through as given: each one's vote and merged confidence are
    `lone_vote(span.confidence)`. Building a merged Span for each of hundreds of spans per
    page cost more than the rules that found them, so a caller that only reads the values
    (the suggestions table) skips it. Otherwise the spans are merged, votes filled in."""

    spans: list[Span]
    lone: bool


def merge_spans(per_agent: Iterable[Iterable[Span]]) -> list[Span]:
    """One span per region, in page order, each with its votes."""
    regions = merge_regions(per_agent)
    if regions.lone:
        return [_combine([span]) for span in regions.spans]
    return regions.spans


def lone_vote(confidence: float) -> tuple[float, float]:
    """(the agent's vote, the merged confidence) of a span that one agent alone proposed."""
    vote = max(0.0, confidence)
    return vote, round(1.0 - (1.0 - vote), 4)


def merge_regions(per_agent: Iterable[Iterable[Span]]) -> Regions:
    proposals = [spans if isinstance(spans, list) else list(spans) for spans in per_agent]
    proposed = [spans for spans in proposals if spans]
    if len(proposed) == 1 and _disjoint_in_order(proposed[0]):
        # Every span is its own region and survives, in the order given.
        return Regions(proposed[0], lone=True)
    agreed: dict[tuple[int, int, str], list[Span]] = {}
    for spans in proposals:
        for span in spans:
            agreed.setdefault((span.start, span.end, span.label), []).append(span)
    candidates = [_combine(group) for group in agreed.values()]
    # Most confident first; among equals the longer span, then the earlier one.
    candidates.sort(key=lambda s: (-s.confidence, -(s.end - s.start), s.start, s.label))
    if any(s.start >= s.end for s in candidates):
        return Regions(_keep_pairwise(candidates), lone=False)
    # Kept spans never overlap, so sorted by start their ends are sorted too: the kept spans
    # that start before a candidate ends are a prefix, and the last of them reaches furthest.
    # Comparing each candidate with every kept span cost more than the rules that found them.
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Span] = []
    for span in candidates:
        i = bisect_left(starts, span.end)
        if i and ends[i - 1] > span.start:
            continue
        starts.insert(i, span.start)
        ends.insert(i, span.end)
        kept.append(span)
    return Regions(sorted(kept, key=lambda s: (s.start, s.end)), lone=False)


def _disjoint_in_order(spans: list[Span]) -> bool:
    """True if every span is non-empty, ends where or before the next one starts, and carries
    no votes of an earlier merge."""
    previous_end = -1
    for span in spans:
        if span.votes or span.start < previous_end or span.start >= span.end:
            return False
        previous_end = span.end
    return True


def _keep_pairwise(candidates: list[Span]) -> list[Span]:
    # An empty span overlaps whatever strictly contains its position, which breaks the sorted
    # ends the bisection relies on; no extractor emits one, so this quadratic check is rare.
    kept: list[Span] = []
    for span in candidates:
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))


def _combine(group: list[Span]) -> Span:
    if len(group) == 1 and not group[0].votes:
        only = group[0]
        vote, confidence = lone_vote(only.confidence)
        return Span(
            only.start,
            only.end,
            only.label,
            only.text,
            confidence,
            only.agent,
            ((only.agent, vote),),
        )
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
