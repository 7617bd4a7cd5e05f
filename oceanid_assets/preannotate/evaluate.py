"""Scoring of pre-annotations against gold spans, exact and lenient.

`evaluate` counts per label and `format_evaluation` prints the table, for `oceanid evaluate`
and for the quality report (tests/quality_report.py). Reading Parquet files is evaluate_io.py's
job, so this module stays plain Python over (page, span) pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.spans import Span

IDENTIFIERS: tuple[str, ...] = ("IMO", "MMSI", "IRCS")


SpanLike = Span | tuple[int, int, str]
Scored = Iterable[tuple[Hashable, SpanLike]]
_Key = tuple[Hashable, int, int, str]  # page, start, end, label


@dataclass(frozen=True)
class Counts:
    """One label's (or a group's) span counts; every figure of the report derives from them.

    Exact: same page, start, end and label. Lenient: a predicted span is matched when it
    overlaps a gold span of its label on its page, and a gold span when a predicted one overlaps
    it; the two can differ (one long prediction may cover two gold spans).
    """

    gold: int = 0
    predicted: int = 0
    exact: int = 0  # exact matches (tp)
    lenient_predicted: int = 0  # predicted spans that overlap a gold span
    lenient_gold: int = 0  # gold spans that a predicted span overlaps

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.exact + other.exact,
            self.lenient_predicted + other.lenient_predicted,
            self.lenient_gold + other.lenient_gold,
        )

    @property
    def exact_fp(self) -> int:
        return self.predicted - self.exact

    @property
    def exact_fn(self) -> int:
        return self.gold - self.exact

    @property
    def lenient_fp(self) -> int:
        return self.predicted - self.lenient_predicted

    @property
    def lenient_fn(self) -> int:
        return self.gold - self.lenient_gold

    # Precision is 1.0 with nothing predicted and recall 1.0 with nothing to find, so a label
    # absent on both sides does not read as a failure; the counts printed beside them (and F1,
    # which is 0 when recall is) keep a label with nothing predicted from looking good.
    @property
    def exact_precision(self) -> float:
        return _ratio(self.exact, self.predicted)

    @property
    def exact_recall(self) -> float:
        return _ratio(self.exact, self.gold)

    @property
    def exact_f1(self) -> float:
        return _f1(self.exact_precision, self.exact_recall)

    @property
    def lenient_precision(self) -> float:
        return _ratio(self.lenient_predicted, self.predicted)

    @property
    def lenient_recall(self) -> float:
        return _ratio(self.lenient_gold, self.gold)

    @property
    def lenient_f1(self) -> float:
        return _f1(self.lenient_precision, self.lenient_recall)


@dataclass(frozen=True)
class Evaluation:
    labels: dict[str, Counts]  # labels with a gold or a predicted span, in labelset order
    pages: int  # scored pages
    pages_with_suggestions: int  # scored pages with at least one predicted span
    ignored_spans: int = 0  # predicted spans on pages that were not scored
    ignored_pages: int = 0
    # Of the scored pages, those with a gold span, and of those the ones with a suggestion: a
    # labelled page that holds nothing (a judgment's signature page) has nothing to suggest.
    gold_pages: int = 0
    gold_pages_with_suggestions: int = 0

    @property
    def total(self) -> Counts:
        return sum(self.labels.values(), Counts())

    @property
    def identifiers(self) -> Counts:
        return sum((self.labels.get(label, Counts()) for label in IDENTIFIERS), Counts())

    @property
    def coverage(self) -> float:
        return self.pages_with_suggestions / self.pages if self.pages else 0.0

    @property
    def coverage_of_gold_pages(self) -> float:
        return self.gold_pages_with_suggestions / self.gold_pages if self.gold_pages else 0.0


def evaluate(
    predicted: Scored, gold: Scored, pages: Collection[Hashable] | None = None
) -> Evaluation:
    """Counts per label over the scored pages: every page with a gold span, and `pages` (the
    labelled pages, some of which may have no gold span).

    Predicted spans on other pages are ignored and counted as such: the team labels some pages
    of a batch, and suggestions on the rest say nothing about quality. Identical spans are
    counted once.
    """
    true = {_key(page, span) for page, span in gold}
    scored = frozenset(pages or ()) | {k[0] for k in true}
    everything = {_key(page, span) for page, span in predicted}
    pred = {k for k in everything if k[0] in scored}
    ignored = everything - pred
    matched_pred, matched_gold = _overlaps(pred, true)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for k in true:
        counts[k[3]]["gold"] += 1
    for k in pred:
        counts[k[3]]["predicted"] += 1
    for k in pred & true:
        counts[k[3]]["exact"] += 1
    for k in matched_pred:
        counts[k[3]]["lenient_predicted"] += 1
    for k in matched_gold:
        counts[k[3]]["lenient_gold"] += 1
    return Evaluation(
        labels={label: Counts(**counts[label]) for label in sorted(counts, key=_order)},
        pages=len(scored),
        pages_with_suggestions=len({k[0] for k in pred}),
        ignored_spans=len(ignored),
        ignored_pages=len({k[0] for k in ignored}),
        gold_pages=len(gold_pages := {k[0] for k in true}),
        gold_pages_with_suggestions=len(gold_pages & {k[0] for k in pred}),
    )


def _overlaps(pred: set[_Key], true: set[_Key]) -> tuple[set[_Key], set[_Key]]:
    """The predicted and the gold spans that overlap one of the other side (same page, label)."""
    gold_by: dict[tuple[Hashable, str], list[_Key]] = defaultdict(list)
    for k in true:
        gold_by[(k[0], k[3])].append(k)
    matched_pred: set[_Key] = set()
    matched_gold: set[_Key] = set()
    # Pairwise within one page and label: a hand-labelled page holds a few spans of a label.
    for p in pred:
        for g in gold_by.get((p[0], p[3]), ()):
            if p[1] < g[2] and g[1] < p[2]:  # end-exclusive: touching spans do not overlap
                matched_pred.add(p)
                matched_gold.add(g)
    return matched_pred, matched_gold


COLUMNS = (
    "label",
    "gold",
    "predicted",
    "exact P",
    "exact R",
    "exact F1",
    "lenient P",
    "lenient R",
    "lenient F1",
    "exact tp/fp/fn",
    "lenient fp/fn",
)


def format_evaluation(result: Evaluation, style: str = "markdown") -> str:
    """The table (one row per label, then the identifiers group and all labels), the page
    coverage and what was ignored; `style` is "markdown" or "text" (aligned columns)."""
    if style not in ("markdown", "text"):
        raise ValueError(f"unknown style {style!r}: choose markdown or text")
    group = f"identifiers ({', '.join(IDENTIFIERS)})"
    rows = [_cells(label, c) for label, c in result.labels.items()]
    if style == "markdown":
        group, everything = f"**{group}**", "**all**"
    else:
        everything = "all"
    rows += [_cells(group, result.identifiers), _cells(everything, result.total)]
    table = _markdown(rows) if style == "markdown" else _aligned(rows)
    notes = [
        f"page coverage: {result.pages_with_suggestions} of {result.pages} scored pages "
        f"({result.coverage:.1%}) have at least one suggestion; of the {result.gold_pages} "
        f"with a gold span, {result.gold_pages_with_suggestions} "
        f"({result.coverage_of_gold_pages:.1%})",
        f"ignored: {result.ignored_spans} suggested span(s) on {result.ignored_pages} page(s) "
        "that were not scored",
    ]
    return table + "\n\n" + format_notes(notes, style)


def format_notes(notes: Iterable[str], style: str = "markdown") -> str:
    # A list in markdown, or the lines would run together into one paragraph when rendered.
    return "\n".join(f"- {note}" if style == "markdown" else note for note in notes)


def _cells(label: str, c: Counts) -> list[str]:
    figures = (
        c.exact_precision,
        c.exact_recall,
        c.exact_f1,
        c.lenient_precision,
        c.lenient_recall,
        c.lenient_f1,
    )
    return [
        label,
        str(c.gold),
        str(c.predicted),
        *(f"{x:.3f}" for x in figures),
        f"{c.exact}/{c.exact_fp}/{c.exact_fn}",
        f"{c.lenient_fp}/{c.lenient_fn}",
    ]


def _markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "| --- |" + " ---: |" * (len(COLUMNS) - 1)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _aligned(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [list(COLUMNS), *rows]) for i in range(len(COLUMNS))]

    def line(row: list[str]) -> str:
        first = row[0].ljust(widths[0])
        return "  ".join(
            [first, *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))]
        )

    return "\n".join([line(list(COLUMNS)), *(line(row) for row in rows)]).rstrip()


def _key(page: Hashable, span: SpanLike) -> _Key:
    if isinstance(span, Span):
        return (page, span.start, span.end, span.label)
    start, end, label = span
    return (page, start, end, label)


def _order(label: str) -> tuple[int, str]:
    return (LABELS.index(label) if label in LABELS else len(LABELS), label)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
