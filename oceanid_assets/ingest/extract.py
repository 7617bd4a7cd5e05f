"""Parallel text extraction over the pages of many PDFs.

PDFium is not thread-safe, so the work is split into page ranges run in worker processes.
Workers are forked: spawn and forkserver re-import the parent's __main__ in every worker, which
in a Dagster run is Dagster itself (~1 s a worker, measured). Fork is safe for this work: the
children only open local files with PDFium and return text; they log nothing and start no
threads, so no lock another thread held at fork time is ever touched.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from oceanid_assets.ingest.pdf_text import PageText, extract_pages

CHUNK_PAGES = 32
# Below this many pages a pool costs more than it saves.
MIN_PAGES_FOR_POOL = 96


@dataclass(frozen=True)
class PdfJob:
    doc_id: str
    path: Path
    page_count: int


@dataclass(frozen=True)
class Extracted:
    pages: dict[str, list[PageText]]  # doc_id -> pages in order
    failures: dict[str, str]  # doc_id -> reason


# What extracts one page range: `extract_pages` (the stored pass) unless a caller compares.
PageExtractor = Callable[[Path, int, int], list[PageText]]


def extract_documents(
    jobs: list[PdfJob], workers: int, extract: PageExtractor = extract_pages
) -> Extracted:
    total_pages = sum(job.page_count for job in jobs)
    if workers <= 1 or total_pages < MIN_PAGES_FOR_POOL:
        return _run(jobs, lambda fn, *args: _Done(fn(*args)), extract)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return _run(jobs, pool.submit, extract)


class _Done:
    """A finished result shaped like a Future, so the in-process path shares the merge code."""

    def __init__(self, value: list[PageText]) -> None:
        self._value = value

    def result(self) -> list[PageText]:
        return self._value


def _run(
    jobs: list[PdfJob],
    submit: Callable[..., Future[list[PageText]] | _Done],
    extract: PageExtractor,
) -> Extracted:
    futures: list[tuple[str, Future[list[PageText]] | _Done]] = []
    failures: dict[str, str] = {}
    for job in jobs:
        for first in range(1, job.page_count + 1, CHUNK_PAGES):
            last = min(first + CHUNK_PAGES - 1, job.page_count)
            try:
                futures.append((job.doc_id, submit(extract, job.path, first, last)))
            except Exception as exc:  # the in-process path raises here, the pool path below
                failures[job.doc_id] = f"text extraction failed: {exc}"
    pages: dict[str, list[PageText]] = {}
    for doc_id, future in futures:
        if doc_id in failures:
            continue
        try:
            pages.setdefault(doc_id, []).extend(future.result())
        except Exception as exc:
            failures[doc_id] = f"text extraction failed: {exc}"
    for doc_id in failures:
        pages.pop(doc_id, None)
    return Extracted(pages, failures)
