"""Text of born-digital PDFs with pypdfium2, and the checks that make a PDF loadable."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from oceanid_assets.ingest.text import normalize_page_text

PDF_MAGIC = b"%PDF-"
ENGINE = "pypdfium2"
ENGINE_VERSION = f"pypdfium2-{pdfium.PYPDFIUM_INFO}/pdfium-{pdfium.PDFIUM_INFO.build}"


class UnreadablePdf(ValueError):
    """The file cannot be loaded as a PDF; the message says why in words a user can act on."""


@dataclass(frozen=True)
class PageText:
    page_num: int  # 1-based
    text: str  # normalised
    runtime_ms: float


def _open(source: Path | bytes) -> pdfium.PdfDocument:
    head = source[:1024] if isinstance(source, bytes) else _read_head(source)
    if PDF_MAGIC not in head:
        raise UnreadablePdf("not a PDF: the file does not start with the %PDF- signature")
    try:
        return pdfium.PdfDocument(source)
    except pdfium.PdfiumError as exc:
        raise UnreadablePdf(_why_unloadable(source)) from exc


def _why_unloadable(source: Path | bytes) -> str:
    """Name the reason PDFium refused a file.

    PDFium's last-error code is process-global and is not reset by a failure that sets none
    (a document without pages), so it can report an earlier file's error: ask pypdf instead.
    """
    try:
        reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
        if reader.is_encrypted:
            return "encrypted PDF: a password is required to open it"
        if len(reader.pages) == 0:
            return "the PDF has no pages"
    except PdfReadError as exc:
        return f"corrupt PDF: {exc}"
    except Exception as exc:  # pypdf raises assorted errors on damaged files
        return f"corrupt PDF: {type(exc).__name__}: {exc}"
    return "corrupt PDF: PDFium cannot parse it"


def _read_head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(1024)


def count_pages(source: Path | bytes) -> int:
    """Open the PDF and return its page count; raise UnreadablePdf for anything unloadable."""
    document = _open(source)
    try:
        pages = len(document)
    finally:
        document.close()
    if pages == 0:
        raise UnreadablePdf("the PDF has no pages")
    return pages


def extract_pages(
    source: Path | bytes, first_page: int = 1, last_page: int | None = None
) -> list[PageText]:
    """Extract normalised text for pages first_page..last_page (1-based, inclusive)."""
    document = _open(source)
    try:
        last = len(document) if last_page is None else min(last_page, len(document))
        pages = []
        for page_num in range(first_page, last + 1):
            started = time.perf_counter()
            page = document[page_num - 1]
            textpage = page.get_textpage()
            try:
                raw = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
            text = normalize_page_text(raw)
            pages.append(PageText(page_num, text, (time.perf_counter() - started) * 1000))
        return pages
    finally:
        document.close()


def extract_page_texts(source: Path | bytes) -> list[str]:
    """All page texts of a PDF, normalised exactly as the raw load stores them."""
    return [page.text for page in extract_pages(source)]
