from itertools import pairwise

from oceanid_assets.preannotate.merge import merge_spans
from oceanid_assets.preannotate.spans import Span

TEXT = "Vessel SERGEY BOCHKAREV IMO 8907022 call sign UBST3"


def span(start: int, end: int, label: str, confidence: float, agent: str) -> Span:
    return Span(start, end, label, TEXT[start:end], confidence, agent)


def test_agreement_raises_confidence_and_keeps_both_votes() -> None:
    (merged,) = merge_spans(
        [[span(28, 35, "IMO", 0.9, "rules-v1")], [span(28, 35, "IMO", 0.6, "llm:qwen")]]
    )
    assert merged.text == "8907022" and merged.label == "IMO"
    assert merged.confidence == round(1 - 0.1 * 0.4, 4) > 0.9
    assert merged.votes == (("llm:qwen", 0.6), ("rules-v1", 0.9))
    assert merged.agent == "llm:qwen+rules-v1"


def test_overlapping_disagreement_keeps_the_more_confident_span() -> None:
    rules = [span(7, 23, "VESSEL_NAME", 0.85, "rules-v1")]
    llm = [span(7, 13, "ASSOC_NAME", 0.6, "llm:qwen"), span(46, 51, "IRCS", 0.6, "llm:qwen")]
    merged = merge_spans([rules, llm])
    assert [(s.text, s.label, s.agent) for s in merged] == [
        ("SERGEY BOCHKAREV", "VESSEL_NAME", "rules-v1"),
        ("UBST3", "IRCS", "llm:qwen"),
    ]


def test_result_never_overlaps_and_is_in_page_order() -> None:
    spans = [
        span(s, s + 5, "OTHER_EXT_ID", c, "a") for s, c in [(0, 0.5), (3, 0.7), (6, 0.6), (9, 0.9)]
    ]
    merged = merge_spans([spans])
    assert all(a.end <= b.start for a, b in pairwise(merged))
    assert [s.start for s in merged] == [
        3,
        9,
    ]  # 0.9 wins its region, then 0.7; 0.6 and 0.5 overlap them


def test_same_agent_twice_counts_once() -> None:
    (merged,) = merge_spans(
        [[span(28, 35, "IMO", 0.9, "rules-v1")], [span(28, 35, "IMO", 0.9, "rules-v1")]]
    )
    assert merged.confidence == 0.9 and merged.votes == (("rules-v1", 0.9),)
