"""The span every extractor returns: character offsets into the page text, end-exclusive."""

from __future__ import annotations

from dataclasses import dataclass, field


# slots: the rules build tens of thousands of spans a second, and a frozen dataclass with slots
# is constructed in about half the time.
@dataclass(frozen=True, slots=True)
class Span:
    start: int  # Python str offset into the page text
    end: int  # exclusive
    label: str  # a label of labelset v1
    text: str  # == page_text[start:end]
    confidence: float  # in [0, 1]
    agent: str  # which extractor said it, e.g. "rules-v2" or "llm:qwen2.5:7b"
    # Every agent that proposed this region and label, with its own confidence (after merging).
    votes: tuple[tuple[str, float], ...] = field(default=())


@dataclass(frozen=True)
class PageInput:
    doc_id: str
    page_num: int
    text: str
