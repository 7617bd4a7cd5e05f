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

from oceanid_assets.labelset import LABELSET_VERSION
from oceanid_assets.preannotate.merge import merge_spans
from oceanid_assets.preannotate.spans import PageInput, Span

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
    digest = hashlib.sha1(f"{span.start}|{span.end}|{span.label}".encode(), usedforsecurity=False)
    return f"{doc_id}:{page_num}:{digest.hexdigest()[:12]}"


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
        from oceanid_assets.preannotate.rules import AGENT, extract_rules

        by_rules = {(p.doc_id, p.page_num): extract_rules(p.text) for p in inputs}
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
    rows = []
    for page in inputs:
        key = (page.doc_id, page.page_num)
        merged = merge_spans(found.get(key, []) for found in proposals)
        result.pages_with_suggestions += bool(merged)
        rows += [
            {
                "doc_id": page.doc_id,
                "page_num": page.page_num,
                "span_id": span_id(page.doc_id, page.page_num, span),
                "label": span.label,
                "start": span.start,
                "end": span.end,
                "text": span.text,
                "text_sha256": hashes[key],
                "confidence": span.confidence,
                "model": span.agent,
                "model_version": MODEL_VERSION,
                "generated_at": generated_at,
                "agents": [{"agent": a, "confidence": c} for a, c in span.votes],
            }
            for span in merged
        ]
    result.seconds = time.perf_counter() - started
    result.suggestions = pa.Table.from_pylist(rows, SUGGESTIONS_SCHEMA)
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


def by_page(pages: pa.Table, column: str) -> dict[tuple[str, int], str]:
    """A column of the pages table keyed by (doc_id, page_num)."""
    keys = zip(pages["doc_id"].to_pylist(), pages["page_num"].to_pylist(), strict=True)
    return dict(zip(keys, pages[column].to_pylist(), strict=True))


def bad_spans(pages: pa.Table, suggestions: pa.Table) -> list[str]:
    """span_ids whose offsets fall outside their page or whose text is not the page's slice."""
    texts = by_page(pages, "text")
    bad = []
    for row in suggestions.select(
        ["doc_id", "page_num", "span_id", "start", "end", "text"]
    ).to_pylist():
        page = texts.get((row["doc_id"], row["page_num"]))
        ok = page is not None and 0 <= row["start"] < row["end"] <= len(page)
        if not ok or page[row["start"] : row["end"]] != row["text"]:  # type: ignore[index]
            bad.append(row["span_id"])
    return bad


def pages_covered(suggestions: pa.Table) -> int:
    keys = pc.binary_join_element_wise(
        suggestions["doc_id"], pc.cast(suggestions["page_num"], pa.string()), ":"
    )
    return len(pc.unique(keys)) if suggestions.num_rows else 0
