"""Exact-span scoring of pre-annotations against gold spans (oceanid_dev.evaluate_rules runs it
on the demo documents)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from typing import NamedTuple

from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.spans import Span


class LabelScore(NamedTuple):
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float


SpanLike = Span | tuple[int, int, str]
Scored = Iterable[tuple[Hashable, SpanLike]]
Table = dict[str, LabelScore]


def _key(page: Hashable, span: SpanLike) -> tuple[Hashable, int, int, str]:
    if isinstance(span, Span):
        return (page, span.start, span.end, span.label)
    start, end, label = span
    return (page, start, end, label)


def score(predicted: Scored, gold: Scored) -> Table:
    """Per label (tp, fp, fn, precision, recall); a match needs the same page, start, end and
    label. Precision is 1.0 with nothing predicted and recall 1.0 with nothing to find, so
    absent labels do not read as failures."""
    pred = {_key(page, span) for page, span in predicted}
    true = {_key(page, span) for page, span in gold}
    tp = Counter(k[3] for k in pred & true)
    fp = Counter(k[3] for k in pred - true)
    fn = Counter(k[3] for k in true - pred)
    table: Table = {}
    for label in sorted(set(tp) | set(fp) | set(fn), key=_order):
        t, p, n = tp[label], fp[label], fn[label]
        table[label] = LabelScore(
            t, p, n, t / (t + p) if t + p else 1.0, t / (t + n) if t + n else 1.0
        )
    return table


def _order(label: str) -> tuple[int, str]:
    return (LABELS.index(label) if label in LABELS else len(LABELS), label)


def format_table(table: Table) -> str:
    lines = [
        "| label | tp | fp | fn | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, s in table.items():
        lines.append(f"| {label} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} |")
    tp, fp, fn = (sum(s[i] for s in table.values()) for i in range(3))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    lines.append(f"| **all** | {tp} | {fp} | {fn} | {precision:.3f} | {recall:.3f} |")
    return "\n".join(lines)
