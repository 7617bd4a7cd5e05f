"""Demo batches: vessel-registry PDFs plus the ground-truth entity spans of every page.

Offsets refer to the page text exactly as the pipeline stores it (`extract_page_texts`), so a
demo batch can be scored against what the pre-annotator and the SMEs produce for it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.layouts import RENDERERS, Draft
from oceanid_dev.demo.sheet import Run
from oceanid_dev.demo.vessels import Vessel

# Spans outside labelset v1 are a generator bug.
LABELS_V1: frozenset[str] = frozenset(LABELS)
KINDS = ("rfmo_record", "licence", "registry_extract", "circular")
_SMALL_KINDS = KINDS[1:]
_SMALL_PAGES = {"licence": (1, 1, 2), "registry_extract": (1, 2, 3), "circular": (1, 2)}


@dataclass(frozen=True)
class TruthSpan:
    page_num: int  # 1-based
    start: int  # str offsets into the page's extracted text, end-exclusive
    end: int
    label: str
    text: str  # == page_text[start:end]


@dataclass(frozen=True)
class DemoDocument:
    filename: str
    kind: str  # one of KINDS
    pdf_bytes: bytes
    page_count: int
    spans: tuple[TruthSpan, ...]


class GroundTruthError(RuntimeError):
    """A drawn run is not where the extracted text has it: a bug in the generator."""


def generate_demo_documents(
    vessels: list[Vessel], *, pages: int = 12, seed: int = 0
) -> list[DemoDocument]:
    """About `pages` pages (exact unless a layout overflows) of the four document kinds, at
    least one of each from 4 pages up; the same (vessels, pages, seed) gives the same bytes."""
    if pages < 1:
        raise ValueError(f"pages must be at least 1, got {pages}")
    if not vessels:
        raise ValueError("no vessels to put in the documents")
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    documents: list[DemoDocument] = []
    taken: set[str] = set()
    for kind, target in _plan(pages, rng):
        remaining = target
        # With few vessels a record or an extract comes out shorter than planned; more of
        # the same kind make up the difference, so the batch keeps the requested size.
        while remaining > 0:
            draft = RENDERERS[kind](vessels, remaining, rng)
            document = _finish(draft, _unique(draft.filename, taken))
            documents.append(document)
            remaining -= document.page_count
    return documents


def _plan(pages: int, rng: random.Random) -> list[tuple[str, int]]:
    """(kind, pages) per planned document; records take what the smaller kinds leave."""
    if pages < len(KINDS):
        return [(kind, 1) for kind in KINDS[:pages]]
    small_budget = 3 + round((pages - 4) * 0.15)
    plan: list[tuple[str, int]] = []
    while small_budget > 0:
        kind = _SMALL_KINDS[len(plan) % len(_SMALL_KINDS)]
        kinds_still_missing = max(0, len(_SMALL_KINDS) - len(plan) - 1)
        size = min(rng.choice(_SMALL_PAGES[kind]), small_budget - kinds_still_missing)
        plan.append((kind, size))
        small_budget -= size
    record_budget = pages - sum(size for _, size in plan)
    while record_budget > 0:
        size = min(rng.randint(3, 40), record_budget)
        plan.append(("rfmo_record", size))
        record_budget -= size
    rng.shuffle(plan)
    return plan


def _unique(filename: str, taken: set[str]) -> str:
    stem, suffix = filename.rsplit(".", 1)
    stem = re.sub(r"[^a-z0-9_-]+", "_", stem.lower()).strip("_")
    candidate, n = f"{stem}.{suffix}", 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}_{n}.{suffix}"
    taken.add(candidate)
    return candidate


def _finish(draft: Draft, filename: str) -> DemoDocument:
    pdf_bytes = draft.sheet.output()
    texts = extract_page_texts(pdf_bytes)
    spans = locate_spans(texts, draft.sheet.pages)
    return DemoDocument(filename, draft.kind, pdf_bytes, len(texts), spans)


def locate_spans(
    page_texts: Sequence[str], page_runs: Sequence[Sequence[Run]]
) -> tuple[TruthSpan, ...]:
    """Walk each page's extracted text run by run, in drawing order. Only whitespace may sit
    between two runs, so a value can never be matched somewhere it was not drawn."""
    if len(page_texts) != len(page_runs):
        raise GroundTruthError(f"{len(page_texts)} pages extracted, {len(page_runs)} drawn")
    spans: list[TruthSpan] = []
    for page_num, (text, runs) in enumerate(zip(page_texts, page_runs, strict=True), start=1):
        cursor = 0
        for run in runs:
            while cursor < len(text) and text[cursor].isspace():
                cursor += 1
            if not text.startswith(run.text, cursor):
                found = text[cursor : cursor + len(run.text) + 20]
                raise GroundTruthError(
                    f"page {page_num} offset {cursor}: drew {run.text!r}, "
                    f"extracted text reads {found!r}"
                )
            for mark in run.marks:
                start, end = cursor + mark.start, cursor + mark.end
                spans.append(TruthSpan(page_num, start, end, mark.label, text[start:end]))
            cursor += len(run.text)
        if text[cursor:].strip():
            raise GroundTruthError(f"page {page_num}: undrawn text {text[cursor:][:40]!r}")
    check_spans(spans, page_texts)
    return tuple(spans)


def check_spans(spans: Sequence[TruthSpan], page_texts: Sequence[str]) -> None:
    """Raise GroundTruthError unless every span is in the labelset, tight, matches its page
    slice and overlaps no other span."""
    last_end: dict[int, int] = {}
    for span in sorted(spans, key=lambda s: (s.page_num, s.start)):
        text = page_texts[span.page_num - 1]
        problem = (
            "label outside labelset v1"
            if span.label not in LABELS_V1
            else "text differs from the page slice"
            if text[span.start : span.end] != span.text
            else "not tight"
            if not span.text or span.text != span.text.strip(" \n.,;:")
            else "overlaps the previous span"
            if span.start < last_end.get(span.page_num, 0)
            else ""
        )
        if problem:
            raise GroundTruthError(f"{problem}: {span}")
        last_end[span.page_num] = span.end
