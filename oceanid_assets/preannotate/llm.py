"""LLM extractor: asks an Ollama or OpenAI-compatible endpoint for the entities on each page and
returns exact character spans.

Pages are split into line-aligned chunks; every chunk is one request, at most
`config.concurrency` in flight. The model answers label + text; offsets are recovered in
`chunking.locate_entities`. A page whose request still fails after `max_attempts` is reported in
`LlmResult.failures` and the batch goes on.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

from oceanid_assets.backoff import Backoff
from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.chunking import (
    Chunk,
    Located,
    LocateStats,
    chunk_page,
    locate_entities,
    resolve_overlaps,
)
from oceanid_assets.preannotate.llm_wire import (
    LlmConfig,
    MalformedOutput,
    parse_entities,
    parse_retry_after,
    request_body,
    request_headers,
)
from oceanid_assets.preannotate.spans import PageInput, Span

__all__ = ["LatencySummary", "LlmConfig", "LlmResult", "PageFailure", "extract_llm"]

log = logging.getLogger("oceanid.preannotate.llm")

_KNOWN_LABELS = frozenset(LABELS)


@dataclass(frozen=True)
class PageFailure:
    doc_id: str
    page_num: int
    error: str  # never contains page text or the api key
    attempts: int


@dataclass(frozen=True)
class LatencySummary:
    count: int = 0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    max_ms: float = 0.0

    @classmethod
    def of(cls, samples_ms: Sequence[float]) -> LatencySummary:
        if not samples_ms:
            return cls()
        ordered = sorted(samples_ms)

        def rank(q: float) -> float:  # nearest-rank percentile
            return ordered[max(0, math.ceil(q * len(ordered)) - 1)]

        return cls(len(ordered), rank(0.50), rank(0.95), ordered[-1])


@dataclass
class LlmResult:
    spans: dict[tuple[str, int], list[Span]] = field(default_factory=dict)
    failures: list[PageFailure] = field(default_factory=list)
    hallucinations: int = 0
    unknown_labels: int = 0
    malformed_entities: int = 0
    overlaps: int = 0
    requests: int = 0
    retries: int = 0
    latency_ms: LatencySummary = field(default_factory=LatencySummary)


class _RequestFailed(Exception):
    def __init__(self, error: str, attempts: int) -> None:
        super().__init__(error)
        self.error = error
        self.attempts = attempts


class _Retryable(Exception):
    def __init__(self, error: str, retry_after: float | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.retry_after = retry_after


@dataclass
class _Run:
    config: LlmConfig
    client: httpx.AsyncClient
    semaphore: asyncio.Semaphore
    requests: int = 0
    retries: int = 0
    latencies_ms: list[float] = field(default_factory=list)

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        cfg = self.config
        if retry_after is not None:
            return min(retry_after, cfg.retry_after_cap_s)
        return Backoff(cfg.backoff_base_s, cfg.backoff_cap_s, cfg.max_attempts).jittered_s(attempt)

    async def attempt(self, chunk: Chunk) -> list[object]:
        cfg = self.config
        async with self.semaphore:
            self.requests += 1
            started = time.perf_counter()
            try:
                # httpx's timeout is per phase (connect, each read...); this one bounds the whole
                # request, which is what the configured timeout promises.
                async with asyncio.timeout(cfg.timeout_s):
                    response = await self.client.post(
                        cfg.endpoint,
                        json=request_body(cfg, chunk.text),
                        headers=request_headers(cfg),
                    )
            except (TimeoutError, httpx.TimeoutException) as exc:
                raise _Retryable(f"timeout after {cfg.timeout_s:g}s") from exc
            except httpx.TransportError as exc:
                raise _Retryable(f"transport error: {type(exc).__name__}") from exc
            finally:
                self.latencies_ms.append((time.perf_counter() - started) * 1000)
        status = response.status_code
        if status == 429 or status == 408 or status >= 500:
            raise _Retryable(
                f"HTTP {status}", parse_retry_after(response.headers.get("retry-after"))
            )
        if status >= 400:
            # 401/404 (bad key, unknown model) will not heal by retrying.
            raise _RequestFailed(f"HTTP {status}", 0)
        try:
            return parse_entities(cfg.resolved_api, response.content)
        except MalformedOutput as exc:
            raise _Retryable(f"malformed output: {exc}") from exc

    async def request_chunk(self, page: PageInput, chunk: Chunk) -> list[object]:
        cfg = self.config
        for attempt in range(1, cfg.max_attempts + 1):
            try:
                return await self.attempt(chunk)
            except _RequestFailed as exc:
                raise _RequestFailed(exc.error, attempt) from exc
            except _Retryable as exc:
                if attempt == cfg.max_attempts:
                    raise _RequestFailed(exc.error, attempt) from exc
                delay = self.backoff(attempt, exc.retry_after)
                log.warning(
                    "llm retry doc=%s page=%d chunk=%d attempt=%d/%d error=%s wait=%.2fs",
                    page.doc_id,
                    page.page_num,
                    chunk.index,
                    attempt,
                    cfg.max_attempts,
                    exc.error,
                    delay,
                )
                self.retries += 1
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    async def page(
        self, page: PageInput, stats: LocateStats
    ) -> tuple[list[Located], int] | PageFailure:
        cfg = self.config
        chunks = chunk_page(page.text, cfg.max_chars_per_chunk, cfg.chunk_overlap_chars)
        outcomes = await asyncio.gather(
            *(self.request_chunk(page, chunk) for chunk in chunks), return_exceptions=True
        )
        located: list[Located] = []
        page_stats = LocateStats()
        for chunk, outcome in zip(chunks, outcomes, strict=True):
            if isinstance(outcome, _RequestFailed):
                # Partial pages would look complete to a reviewer; the whole page fails.
                return PageFailure(page.doc_id, page.page_num, outcome.error, outcome.attempts)
            if isinstance(outcome, BaseException):
                raise outcome
            located.extend(locate_entities(chunk, outcome, _KNOWN_LABELS, page_stats))
        kept, overlaps = resolve_overlaps(located)
        stats.hallucinations += page_stats.hallucinations
        stats.unknown_labels += page_stats.unknown_labels
        stats.malformed_entities += page_stats.malformed_entities
        log.debug(
            "llm page doc=%s page=%d chunks=%d spans=%d hallucinations=%d unknown_labels=%d "
            "overlaps=%d",
            page.doc_id,
            page.page_num,
            len(chunks),
            len(kept),
            page_stats.hallucinations,
            page_stats.unknown_labels,
            overlaps,
        )
        return kept, overlaps


async def extract_llm_async(pages: Sequence[PageInput], config: LlmConfig) -> LlmResult:
    started = time.perf_counter()
    limits = httpx.Limits(
        max_connections=config.concurrency, max_keepalive_connections=config.concurrency
    )
    # Retries are ours (with backoff and Retry-After); the transport must not add its own.
    transport = httpx.AsyncHTTPTransport(retries=0, limits=limits)
    timeout = httpx.Timeout(config.timeout_s)
    async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:
        run = _Run(config, client, asyncio.Semaphore(config.concurrency))
        stats = LocateStats()
        outcomes = await asyncio.gather(*(run.page(page, stats) for page in pages))
    result = LlmResult(
        hallucinations=stats.hallucinations,
        unknown_labels=stats.unknown_labels,
        malformed_entities=stats.malformed_entities,
        requests=run.requests,
        retries=run.retries,
        latency_ms=LatencySummary.of(run.latencies_ms),
    )
    for page, outcome in zip(pages, outcomes, strict=True):
        if isinstance(outcome, PageFailure):
            log.error(
                "llm page failed doc=%s page=%d attempts=%d error=%s",
                page.doc_id,
                page.page_num,
                outcome.attempts,
                outcome.error,
            )
            result.failures.append(outcome)
            continue
        kept, overlaps = outcome
        result.overlaps += overlaps
        result.spans[(page.doc_id, page.page_num)] = [
            Span(
                start=s.start,
                end=s.end,
                label=s.label,
                text=page.text[s.start : s.end],
                confidence=config.confidence,
                agent=config.agent,
            )
            for s in kept
        ]
    log.info(
        "llm batch model=%s api=%s pages=%d failed=%d requests=%d retries=%d hallucinations=%d "
        "unknown_labels=%d p50=%.0fms p95=%.0fms elapsed=%.1fs",
        config.model,
        config.resolved_api,
        len(pages),
        len(result.failures),
        result.requests,
        result.retries,
        result.hallucinations,
        result.unknown_labels,
        result.latency_ms.p50_ms,
        result.latency_ms.p95_ms,
        time.perf_counter() - started,
    )
    return result


def extract_llm(pages: Sequence[PageInput], config: LlmConfig) -> LlmResult:
    """Synchronous entry point. Safe to call from code already running an event loop (a notebook,
    an async Dagster op): the work then runs on its own loop in a worker thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(extract_llm_async(pages, config))
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, extract_llm_async(pages, config)).result()
