"""A linear-chain CRF over tokens (python-crfsuite), trained on SME-verified spans.

    extractor = train(pages)                 # pages: LabelledPage(doc_id, text, spans)
    spans = extractor.extract(page_text)     # list[Span], exact offsets, agent "model"
    again = TrainedExtractor.from_bytes(extractor.model_bytes)

Tokens are tagged BIO (``B-IMO``, ``I-VESSEL_NAME``, ``O``); a page is one sequence. Features
(features.py) include what the rule engine said of each token, so the model learns when the
rules can be trusted and what they miss. CPU only, nothing is downloaded: training a few
hundred pages takes seconds.

Determinism: the same pages with the same parameters give the same model bytes, in any process
and whatever order the pages come in. crfsuite's L-BFGS has no randomness, but it numbers
attributes and labels in the order it first meets them and sums in that order, so `train` sorts
the pages first; features are built in code order from lists and tuples, never by iterating a
set or using Python's salted `hash()`. tests/test_training_determinism.py trains in two
processes with different hash seeds, page orders and preceding work and compares the bytes.
"""

from __future__ import annotations

import os
import tempfile
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pycrfsuite

from oceanid_assets.learn.features import Features, page_features
from oceanid_assets.learn.tokens import Token, tokenize
from oceanid_assets.preannotate.evaluate import Evaluation, evaluate
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.spans import Span

AGENT = "model"
OUTSIDE = "O"

GoldSpan = tuple[int, int, str]  # start, end (exclusive), label


@dataclass(frozen=True)
class LabelledPage:
    """A page's text and its verified spans (str offsets into `text`, end-exclusive)."""

    doc_id: str
    text: str
    spans: Sequence[GoldSpan]
    page_num: int = 1


# --- BIO ---------------------------------------------------------------------------------------


def bio_tags(tokens: Sequence[Token], spans: Iterable[GoldSpan]) -> tuple[list[str], int]:
    """BIO tags of the tokens, and how many spans the tags cannot represent exactly.

    A token overlapping a span is in it (B- for its first token, I- for the rest). A span is
    unaligned when it starts or ends inside a token (it is tagged, a little wider), or when it
    covers no token or shares a token with a span tagged before it (it is left out)."""
    tags = [OUTSIDE] * len(tokens)
    starts = [t.start for t in tokens]
    unaligned = 0
    for start, end, label in sorted(spans):
        first = _first_token_ending_after(tokens, starts, start)
        inside = []
        i = first
        while i < len(tokens) and tokens[i].start < end:
            inside.append(i)
            i += 1
        if not inside or any(tags[j] != OUTSIDE for j in inside):
            unaligned += 1  # left out: no token, or a token already in another span
            continue
        if tokens[inside[0]].start != start or tokens[inside[-1]].end != end:
            unaligned += 1
        tags[inside[0]] = f"B-{label}"
        for j in inside[1:]:
            tags[j] = f"I-{label}"
    return tags, unaligned


def _first_token_ending_after(tokens: Sequence[Token], starts: list[int], offset: int) -> int:
    i = max(bisect_right(starts, offset) - 1, 0)
    while i < len(tokens) and tokens[i].end <= offset:
        i += 1
    return i


def spans_from_tags(tokens: Sequence[Token], tags: Sequence[str]) -> list[GoldSpan]:
    """Decode BIO tags: a span runs from a B- (or an I- that does not continue its label) over
    the I- tokens of its label that follow; offsets are the tokens'."""
    spans: list[GoldSpan] = []
    current: list[int] | None = None  # [start, end] of the open span
    label = ""
    for token, tag in zip(tokens, tags, strict=True):
        prefix, _, tag_label = tag.partition("-")
        if prefix == "I" and current is not None and tag_label == label:
            current[1] = token.end
            continue
        if current is not None:
            spans.append((current[0], current[1], label))
            current = None
        if prefix in ("B", "I") and tag_label:
            current, label = [token.start, token.end], tag_label
    if current is not None:
        spans.append((current[0], current[1], label))
    return spans


# --- training ----------------------------------------------------------------------------------


def page_items(
    text: str, rule_spans: Sequence[Span] | None = None
) -> tuple[list[Token], list[Features]]:
    """The page's tokens and their features (`rule_spans` default: `extract_rules(text)`)."""
    tokens = tokenize(text)
    rules = extract_rules(text) if rule_spans is None else rule_spans
    return tokens, page_features(text, tokens, rules)


def train(
    pages: Iterable[LabelledPage],
    *,
    max_iterations: int = 100,
    c1: float = 0.05,
    c2: float = 0.01,
) -> TrainedExtractor:
    """Train a CRF (L-BFGS) on the pages' gold spans; the model is kept as bytes. The pages
    are taken in a fixed order (doc_id, page_num, text, spans), not as given."""
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(
        {
            "max_iterations": max_iterations,
            "c1": c1,
            "c2": c2,
            # Transitions between every pair of tags seen, so the decoder may also step where
            # training never did (a span followed directly by another label).
            "feature.possible_transitions": True,
        }
    )
    labels: Counter[str] = Counter()
    n_pages = n_tokens = unaligned = 0
    for page in sorted(pages, key=_training_order):
        tokens, items = page_items(page.text)
        if not tokens:
            continue
        tags, missed = bio_tags(tokens, page.spans)
        trainer.append(items, tags)
        labels.update(label for _, _, label in page.spans)
        n_pages += 1
        n_tokens += len(tokens)
        unaligned += missed
    if not labels:
        raise ValueError("no gold spans to learn from")
    handle, path = tempfile.mkstemp(prefix="oceanid-crf-", suffix=".crfsuite")
    os.close(handle)
    try:
        trainer.train(path)
        with open(path, "rb") as f:
            model_bytes = f.read()
    finally:
        os.unlink(path)
    return TrainedExtractor(
        model_bytes,
        labels=dict(sorted(labels.items())),
        train_seconds=time.perf_counter() - started,
        pages=n_pages,
        tokens=n_tokens,
        unaligned=unaligned,
    )


def _training_order(page: LabelledPage) -> tuple[str, int, str, tuple[GoldSpan, ...]]:
    # The whole page is the key, so equal keys are equal pages and the order is total.
    return page.doc_id, page.page_num, page.text, tuple(sorted(page.spans))


class TrainedExtractor:
    """A trained model and its tagger.

    One instance holds one crfsuite tagger, which keeps the last tagged page as state (for the
    marginals): use an instance from one thread at a time, and give each thread its own
    (`TrainedExtractor.from_bytes(model_bytes)`; loading takes milliseconds)."""

    def __init__(
        self,
        model_bytes: bytes,
        *,
        labels: dict[str, int] | None = None,
        train_seconds: float = 0.0,
        pages: int = 0,
        tokens: int = 0,
        unaligned: int = 0,
    ) -> None:
        self.model_bytes = model_bytes
        self._tagger = _open_tagger(model_bytes)
        tags = self._tagger.labels()
        # Label -> gold spans seen in training; a model loaded from bytes knows its labels
        # but not the counts (0).
        self.labels: dict[str, int] = labels or {
            label: 0 for label in sorted({tag[2:] for tag in tags if tag != OUTSIDE})
        }
        self.train_seconds = train_seconds
        self.pages = pages
        self.tokens = tokens
        self.unaligned = unaligned  # gold spans the token tags could not represent exactly

    @classmethod
    def from_bytes(cls, model_bytes: bytes) -> TrainedExtractor:
        return cls(model_bytes)

    def extract(
        self, text: str, *, rule_spans: Sequence[Span] | None = None, agent: str = AGENT
    ) -> list[Span]:
        """Spans on the page, sorted by start; confidence is the mean over the span's tokens of
        the marginal probability of the tag given to each. `rule_spans`: the page's
        `extract_rules` output when the caller already has it."""
        tokens, items = page_items(text, rule_spans)
        if not tokens:
            return []
        tagger = self._tagger
        tags = tagger.tag(items)
        marginals = [tagger.marginal(tag, i) for i, tag in enumerate(tags)]
        index = {t.start: i for i, t in enumerate(tokens)}
        spans: list[Span] = []
        for start, end, label in spans_from_tags(tokens, tags):
            first = index[start]
            last = first
            while tokens[last].end < end:
                last += 1
            confidence = sum(marginals[first : last + 1]) / (last - first + 1)
            spans.append(
                Span(start, end, label, text[start:end], min(max(confidence, 0.0), 1.0), agent)
            )
        return spans

    def __call__(self, text: str) -> list[Span]:
        return self.extract(text)


def _open_tagger(model_bytes: bytes) -> pycrfsuite.Tagger:
    # crfsuite reads the whole model file into memory when it opens it, so the file can go.
    handle, path = tempfile.mkstemp(prefix="oceanid-crf-", suffix=".crfsuite")
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(model_bytes)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
    finally:
        os.unlink(path)
    return tagger


# --- scoring -----------------------------------------------------------------------------------

Extractor = TrainedExtractor | Callable[[str], Sequence[Span]]


def evaluate_extractor(extractor: Extractor, pages: Sequence[LabelledPage]) -> Evaluation:
    """Exact and lenient scores (preannotate.evaluate) of an extractor on labelled pages: a
    `TrainedExtractor`, or any function of the page text such as `extract_rules`. Every page
    is scored, with or without gold spans."""
    predicted = [(n, span) for n, page in enumerate(pages) for span in extractor(page.text)]
    gold = [(n, span) for n, page in enumerate(pages) for span in page.spans]
    return evaluate(predicted, gold, pages=range(len(pages)))


def exact_f1(evaluation: Evaluation) -> tuple[dict[str, float], float]:
    """Per-label exact F1 and the exact F1 over all labels."""
    return (
        {label: counts.exact_f1 for label, counts in evaluation.labels.items()},
        evaluation.total.exact_f1,
    )
