"""The OCR pass of the raw load: pages without a usable text layer get text from an engine.

Pages are rendered one at a time in this thread (PDFium is not thread-safe) and recognised by
`workers` threads: the embedded engines run a process or release the GIL, a server engine
waits on HTTP. At most a few pages are rendered ahead of them, so memory stays at a few page
images whatever the batch size. A page that fails is recorded with its reason and the rest go
on; a page the engine read but found nothing on is recorded too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from oceanid_assets.ingest.pdf_text import PageText
from oceanid_assets.ingest.text import normalize_page_text
from oceanid_assets.ocr.engine import OcrEngine, OcrFailed, OcrText, OcrUnavailable
from oceanid_assets.ocr.render import render_page
from oceanid_assets.ocr.settings import OcrSettings
from oceanid_assets.ocr.text_layer import needs_ocr

log = logging.getLogger("oceanid.ingest.ocr")

PageKey = tuple[str, int]  # doc_id, page_num
# Pages rendered ahead of the engine, beyond one per worker: enough to keep workers busy, few
# enough that page images (~9 MB each at 300 DPI) stay small beside many workers.
_AHEAD = 4


@dataclass(frozen=True)
class OcrJob:
    doc_id: str
    path: Path
    page_num: int


@dataclass(frozen=True)
class OcrPage:
    text: OcrText
    runtime_ms: float  # rendering and recognition


@dataclass
class OcrOutcome:
    pages: dict[PageKey, OcrPage] = field(default_factory=dict)
    failures: dict[PageKey, str] = field(default_factory=dict)
    seconds: float = 0.0


def ocr_pages(
    jobs: Iterable[OcrJob], engine: OcrEngine, workers: int, dpi: int, max_pixels: int
) -> OcrOutcome:
    outcome = OcrOutcome()
    started = time.perf_counter()
    in_flight: dict[Future[OcrPage], PageKey] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        for path, doc_jobs in groupby(jobs, key=lambda job: job.path):
            document = pdfium.PdfDocument(path)
            try:
                for job in doc_jobs:
                    key = (job.doc_id, job.page_num)
                    rendered_at = time.perf_counter()
                    try:
                        image = render_page(document, job.page_num, dpi, max_pixels)
                    except OcrFailed as exc:
                        _fail(outcome, key, str(exc))
                        continue
                    while len(in_flight) >= workers + min(workers, _AHEAD):
                        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                        _collect(outcome, in_flight, done)
                    in_flight[pool.submit(_recognize, engine, image, rendered_at)] = key
            finally:
                document.close()
        _collect(outcome, in_flight, set(in_flight))
    outcome.seconds = time.perf_counter() - started
    return outcome


def _recognize(engine: OcrEngine, image: Image.Image, rendered_at: float) -> OcrPage:
    found = engine.recognize(image)
    text = normalize_page_text(found.text)
    raw = found.text_raw if found.text_raw is not None else found.text
    return OcrPage(
        OcrText(text, found.confidence, raw if raw != text else None),
        (time.perf_counter() - rendered_at) * 1000,
    )


def _collect(
    outcome: OcrOutcome, in_flight: dict[Future[OcrPage], PageKey], done: set[Future[OcrPage]]
) -> None:
    for future in done:
        key = in_flight.pop(future)
        try:
            page = future.result()
        except OcrFailed as exc:
            _fail(outcome, key, str(exc))
            continue
        except Exception as exc:  # an engine bug must not lose the batch's other pages
            # Only the type: a library's own message may quote what it was reading.
            _fail(outcome, key, f"OCR failed: {type(exc).__name__} (an engine error)")
            continue
        if not page.text.text:
            _fail(outcome, key, "OCR found no text on the page")
            continue
        outcome.pages[key] = page


def _fail(outcome: OcrOutcome, key: PageKey, reason: str) -> None:
    log.warning("OCR of doc_id %s page %d failed: %s", key[0], key[1], reason)
    outcome.failures[key] = reason


@dataclass
class OcrPass:
    """The OCR pass over one batch's uploaded pages."""

    engine: str
    engine_version: str
    outcome: OcrOutcome
    # Pages whose text layer is not usable: their OCR text replaces it instead of joining it.
    replaces_layer: set[PageKey]

    @property
    def mean_confidence(self) -> float | None:
        pages = self.outcome.pages.values()
        known = [p.text.confidence for p in pages if p.text.confidence is not None]
        return sum(known) / len(known) if known else None


def run_ocr_pass(
    pages: dict[str, list[PageText]], paths: dict[str, Path], settings: OcrSettings
) -> OcrPass | None:
    """OCR the pages `settings.mode` asks for; None when no page needs it."""
    wanted = [
        OcrJob(doc_id, paths[doc_id], page.page_num)
        for doc_id, doc_pages in pages.items()
        for page in doc_pages
        if needs_ocr(page.text_usable, page.image_count, settings.mode)
    ]
    if not wanted:
        return None
    replaces = {
        (doc_id, page.page_num)
        for doc_id, doc_pages in pages.items()
        for page in doc_pages
        if needs_ocr(page.text_usable, page.image_count, "auto")
    }
    try:
        engine = settings.open_engine()
    except OcrUnavailable as exc:
        log.error("OCR of %d pages skipped: %s", len(wanted), exc)
        reason = f"OCR engine unavailable: {exc}"
        outcome = OcrOutcome(failures={(job.doc_id, job.page_num): reason for job in wanted})
        return OcrPass(
            settings.engine_label, f"{settings.engine_label} unavailable", outcome, replaces
        )
    try:
        outcome = ocr_pages(wanted, engine, settings.workers, settings.dpi, settings.max_pixels)
    finally:
        close = getattr(engine, "close", None)
        if callable(close):
            close()
    log.info(
        "OCR (%s): %d pages read, %d failed, in %.1f s",
        engine.version,
        len(outcome.pages),
        len(outcome.failures),
        outcome.seconds,
    )
    return OcrPass(engine.name, engine.version, outcome, replaces)
