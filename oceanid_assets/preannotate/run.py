"""Pages in, suggestions out: the pre-annotation step shared by the asset and the CLI.

Input: an Arrow table with doc_id, page_num, text (text_sha256 optional).
Output: the suggestions table of sql/PREANNOTATION_SCHEMA.md, plus the pages that failed.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from oceanid_assets.labelset import LABELSET_VERSION
from oceanid_assets.preannotate.merge import Regions, lone_vote, merge_regions
from oceanid_assets.preannotate.spans import PageInput, Span
from oceanid_assets.storage.store import Store

if TYPE_CHECKING:
    from oceanid_assets.learn.crf import TrainedExtractor
    from oceanid_assets.preannotate.llm import LlmConfig

log = logging.getLogger("oceanid.preannotate")

EXTRACTORS = ("rules", "llm", "all")
MODEL_VERSION = f"oceanid-{version('oceanid')}/labelset-{LABELSET_VERSION}"

SUGGESTIONS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("page_num", pa.int32()),
        ("span_id", pa.string()),
        ("label", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
        ("text_sha256", pa.string()),
        ("confidence", pa.float64()),
        ("model", pa.string()),
        ("model_version", pa.string()),
        ("generated_at", pa.timestamp("us", tz="UTC")),
        (
            "agents",
            pa.list_(pa.struct([("agent", pa.string()), ("confidence", pa.float64())])),
        ),
    ]
)
# What the exact-span check reads back of a written suggestions file.
SPAN_CHECK_COLUMNS = ("doc_id", "page_num", "span_id", "start", "end", "text")
FAILURES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("page_num", pa.int32()),
        ("agent", pa.string()),
        ("error", pa.string()),
        ("attempts", pa.int32()),
    ]
)


class PreannotationError(ValueError):
    pass


@dataclass
class Preannotation:
    suggestions: pa.Table
    failures: pa.Table
    pages: int
    pages_with_suggestions: int
    seconds: float
    hallucinations: int = 0
    agents: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.pages_with_suggestions / self.pages if self.pages else 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def spans_per_label(self) -> dict[str, int]:
        return dict(sorted(Counter(self.suggestions["label"].to_pylist()).items()))


def span_id(doc_id: str, page_num: int, span: Span) -> str:
    """Seed 003's `${doc_id}:${page_num}:${sha1(start||end||label)}`: stable across re-runs."""
    return f"{doc_id}:{page_num}:{_span_digest(span.start, span.end, span.label)}"


def _span_digest(start: int, end: int, label: str) -> str:
    digest = hashlib.sha1(f"{start}|{end}|{label}".encode(), usedforsecurity=False)
    return digest.hexdigest()[:12]


_CONSTANT_COLUMNS = ("model_version", "generated_at", "agents")  # not one value per span


class _SuggestionRows:
    """The suggestions table built column by column: a batch holds hundreds of thousands of
    spans, and a dict per span for Table.from_pylist cost more than finding them."""

    def __init__(self) -> None:
        self.columns: dict[str, list[object]] = {
            name: [] for name in SUGGESTIONS_SCHEMA.names if name not in _CONSTANT_COLUMNS
        }
        self.vote_offsets = [0]
        self.vote_agents: list[str] = []
        self.vote_confidences: list[float] = []
        # Pages of one layout repeat the same offsets and labels, and the rules a handful of
        # confidences: each digest and lone vote is worked out once per batch.
        self.digests: dict[tuple[int, int, str], str] = {}
        self.lone_votes: dict[float, tuple[float, float]] = {}

    def add_page(self, doc_id: str, page_num: int, text_sha256: str, regions: Regions) -> None:
        spans = regions.spans
        if not spans:
            return
        count = len(spans)
        columns = self.columns
        columns["doc_id"] += [doc_id] * count
        columns["page_num"] += [page_num] * count
        prefix = f"{doc_id}:{page_num}:"
        digests = self.digests
        span_ids = columns["span_id"]
        for span in spans:
            key = (span.start, span.end, span.label)
            digest = digests.get(key)
            if digest is None:
                digest = digests[key] = _span_digest(*key)
            span_ids.append(prefix + digest)
        columns["label"] += [span.label for span in spans]
        columns["start"] += [span.start for span in spans]
        columns["end"] += [span.end for span in spans]
        columns["text"] += [span.text for span in spans]
        columns["text_sha256"] += [text_sha256] * count
        agents = [span.agent for span in spans]
        columns["model"] += agents
        if regions.lone:
            known = self.lone_votes
            votes = []
            for span in spans:
                vote = known.get(span.confidence)
                if vote is None:
                    vote = known[span.confidence] = lone_vote(span.confidence)
                votes.append(vote)
            columns["confidence"] += [merged for _, merged in votes]
            self.vote_agents += agents
            self.vote_confidences += [vote for vote, _ in votes]
            last = self.vote_offsets[-1]
            self.vote_offsets += range(last + 1, last + count + 1)
            return
        columns["confidence"] += [span.confidence for span in spans]
        for span in spans:
            for agent, confidence in span.votes:
                self.vote_agents.append(agent)
                self.vote_confidences.append(confidence)
            self.vote_offsets.append(len(self.vote_agents))

    def table(self, generated_at: datetime) -> pa.Table:
        schema = SUGGESTIONS_SCHEMA
        count = len(self.columns["span_id"])
        votes_type = schema.field("agents").type
        votes = pa.StructArray.from_arrays(
            [
                pa.array(self.vote_agents, pa.string()),
                pa.array(self.vote_confidences, pa.float64()),
            ],
            fields=list(votes_type.value_type),
        )
        constant = {
            "model_version": pa.repeat(pa.scalar(MODEL_VERSION, pa.string()), count),
            "generated_at": pa.repeat(
                pa.scalar(generated_at, schema.field("generated_at").type), count
            ),
            "agents": pa.ListArray.from_arrays(
                pa.array(self.vote_offsets, pa.int32()), votes, type=votes_type
            ),
        }
        arrays = [
            constant[field.name]
            if field.name in constant
            else pa.array(self.columns[field.name], field.type)
            for field in schema
        ]
        return pa.Table.from_arrays(arrays, schema=schema)


def preannotate(
    pages: pa.Table,
    extractor: str = "all",
    llm_config: LlmConfig | None = None,
    model: tuple[str, TrainedExtractor] | None = None,
) -> Preannotation:
    """Suggestions of the extractors `extractor` names, merged per region (each agent's vote
    kept). `model`: the promoted trained extractor as (agent, extractor), run beside the rules
    and fed their spans as features."""
    if extractor not in EXTRACTORS:
        raise PreannotationError(f"unknown extractor {extractor!r}: choose one of {EXTRACTORS}")
    missing = [c for c in ("doc_id", "page_num", "text") if c not in pages.column_names]
    if missing:
        raise PreannotationError(
            f"pages table lacks column(s) {', '.join(missing)}; found {pages.column_names}"
        )
    if extractor == "llm" and llm_config is None:
        raise PreannotationError("extractor 'llm' needs OCEANID_LLM_URL and OCEANID_LLM_MODEL")
    if "text_sha256" not in pages.column_names:
        computed = [hashlib.sha256(t.encode()).hexdigest() for t in pages["text"].to_pylist()]
        pages = pages.append_column("text_sha256", pa.array(computed, pa.string()))
    inputs = [
        PageInput(str(d), int(p), str(t))
        for d, p, t in zip(
            pages["doc_id"].to_pylist(),
            pages["page_num"].to_pylist(),
            pages["text"].to_pylist(),
            strict=True,
        )
    ]
    started = time.perf_counter()
    proposals: list[dict[tuple[str, int], list[Span]]] = []
    failures: list[dict[str, object]] = []
    result = Preannotation(pa.table({}), pa.table({}), len(inputs), 0, 0.0)
    if extractor in ("rules", "all"):
        from oceanid_assets.preannotate.rules import AGENT

        by_rules = _rules_by_document(inputs)
        proposals.append(by_rules)
        result.agents.append(AGENT)
        if model is not None:
            agent, trained = model
            by_model: dict[tuple[str, int], list[Span]] = {}
            for p in inputs:
                key = (p.doc_id, p.page_num)
                by_model[key] = trained.extract(p.text, rule_spans=by_rules[key], agent=agent)
            proposals.append(by_model)
            result.agents.append(agent)
    if extractor in ("llm", "all") and llm_config is not None:
        from oceanid_assets.preannotate.llm import extract_llm

        llm = extract_llm(inputs, llm_config)
        proposals.append(llm.spans)
        result.hallucinations = llm.hallucinations
        result.agents.append(f"llm:{llm_config.model}")
        failures += [
            {
                "doc_id": f.doc_id,
                "page_num": f.page_num,
                "agent": f"llm:{llm_config.model}",
                "error": f.error,
                "attempts": f.attempts,
            }
            for f in llm.failures
        ]
    generated_at = datetime.now(UTC)
    hashes = by_page(pages, "text_sha256")
    rows = _SuggestionRows()
    for page in inputs:
        key = (page.doc_id, page.page_num)
        regions = merge_regions(found.get(key, []) for found in proposals)
        result.pages_with_suggestions += bool(regions.spans)
        rows.add_page(page.doc_id, page.page_num, hashes[key], regions)
    result.seconds = time.perf_counter() - started
    result.suggestions = rows.table(generated_at)
    result.failures = pa.Table.from_pylist(failures, FAILURES_SCHEMA)
    log.info(
        "pre-annotated %d pages with %s: %d spans, %d pages with suggestions, %d failures, "
        "%d hallucinated spans dropped, %.0f pages/s",
        result.pages,
        "+".join(result.agents),
        result.suggestions.num_rows,
        result.pages_with_suggestions,
        result.failures.num_rows,
        result.hallucinations,
        result.pages_per_second,
    )
    return result


def _rules_by_document(inputs: list[PageInput]) -> dict[tuple[str, int], list[Span]]:
    """The rules over each document's pages in page order (a table continues across pages)."""
    from oceanid_assets.preannotate.rules import extract_document

    documents: dict[str, list[PageInput]] = {}
    for page in inputs:
        documents.setdefault(page.doc_id, []).append(page)
    found: dict[tuple[str, int], list[Span]] = {}
    for doc_id, pages in documents.items():
        pages.sort(key=lambda p: p.page_num)
        for page, spans in zip(pages, extract_document(p.text for p in pages), strict=True):
            found[(doc_id, page.page_num)] = spans
    return found


def by_page(pages: pa.Table, column: str) -> dict[tuple[str, int], str]:
    """A column of the pages table keyed by (doc_id, page_num)."""
    keys = zip(pages["doc_id"].to_pylist(), pages["page_num"].to_pylist(), strict=True)
    return dict(zip(keys, pages[column].to_pylist(), strict=True))


_NO_PAGE = object()


def bad_spans(pages: pa.Table, suggestions: pa.Table) -> list[str]:
    """span_ids whose offsets fall outside their page or whose text is not the page's slice."""
    texts = by_page(pages, "text")
    bad = []
    # Column lists, not a dict per row; and Python's slice, not SQL's substring, which counts
    # characters from the start of the page for every span. A page's spans are written
    # together, so its text is looked up once per run of them.
    doc_id: object = _NO_PAGE
    page_num: object = _NO_PAGE
    page: str | None = None
    for span_doc, span_page, span, start, end, text in zip(
        *(suggestions[column].to_pylist() for column in SPAN_CHECK_COLUMNS), strict=True
    ):
        if span_page != page_num or span_doc != doc_id:
            doc_id, page_num = span_doc, span_page
            page = texts.get((span_doc, span_page))
        if page is None or not 0 <= start < end <= len(page) or page[start:end] != text:
            bad.append(span)
    return bad


def written_spans(store: Store, key: str) -> pa.Table:
    """The columns of a written suggestions file that the exact-span check reads (by
    `bad_spans` and `pages_covered`): decoding the agents lists and the rest cost more than
    the check itself."""
    return pq.read_table(pa.BufferReader(store.read_bytes(key)), columns=list(SPAN_CHECK_COLUMNS))


def pages_covered(suggestions: pa.Table) -> int:
    keys = pc.binary_join_element_wise(
        suggestions["doc_id"], pc.cast(suggestions["page_num"], pa.string()), ":"
    )
    return len(pc.unique(keys)) if suggestions.num_rows else 0
