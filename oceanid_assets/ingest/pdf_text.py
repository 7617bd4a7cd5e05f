"""Text of born-digital PDFs with pypdfium2, and the checks that make a PDF loadable.

Two extractions: the layout one (`extract_pages`, what the raw load stores; see pdf_layout.py)
and PDFium's plain text in content-stream order (`extract_pages_plain`, the earlier pass, kept
for comparison). Each has its own engine name and version, which raw_pages stores with the text.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from oceanid_assets.ingest.pdf_layout import LAYOUT_VERSION, layout_page_text
from oceanid_assets.ingest.text import normalize_page_text
from oceanid_assets.ocr.text_layer import usable_text

PDF_MAGIC = b"%PDF-"
_LIBRARIES = f"pypdfium2-{pdfium.PYPDFIUM_INFO}/pdfium-{pdfium.PDFIUM_INFO.build}"
# The pass the raw load stores: (ocr_engine, ocr_model_version) key raw_pages rows together with
# the text, so pages stored by the plain pass stay as they are and a re-extraction under this
# version adds rows beside them (vw_argilla_pages shows the latest pass).
ENGINE = "pypdfium2-layout"
ENGINE_VERSION = f"layout-{LAYOUT_VERSION}/{_LIBRARIES}"
# The earlier pass: PDFium's text in content-stream order (what ENGINE/ENGINE_VERSION were).
PLAIN_ENGINE = "pypdfium2"
PLAIN_ENGINE_VERSION = _LIBRARIES


class UnreadablePdf(ValueError):
    """The file cannot be loaded as a PDF; the message says why in words a user can act on."""


@dataclass(frozen=True)
class PageText:
    page_num: int  # 1-based
    text: str  # normalised
    runtime_ms: float
    # Whether the text layer is usable as it is (ocr/text_layer.py), decided once, here.
    text_usable: bool = True
    # Image objects on a page whose text layer is not usable (0 when it is: not counted).
    image_count: int = 0


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
    """Layout-keeping text (ENGINE) for pages first_page..last_page (1-based, inclusive)."""
    return _extract(source, first_page, last_page, layout_page_text)


def extract_pages_plain(
    source: Path | bytes, first_page: int = 1, last_page: int | None = None
) -> list[PageText]:
    """PDFium's plain text (PLAIN_ENGINE), normalised, for the same pages: the earlier pass."""
    return _extract(
        source,
        first_page,
        last_page,
        lambda textpage: normalize_page_text(textpage.get_text_range()),
    )


def _extract(
    source: Path | bytes,
    first_page: int,
    last_page: int | None,
    page_text: Callable[[pdfium.PdfTextPage], str],
) -> list[PageText]:
    document = _open(source)
    try:
        last = len(document) if last_page is None else min(last_page, len(document))
        pages = []
        for page_num in range(first_page, last + 1):
            started = time.perf_counter()
            page = document[page_num - 1]
            textpage = page.get_textpage()
            try:
                text = page_text(textpage)
                usable = usable_text(text)
                images = 0 if usable else _count_images(page)
            finally:
                textpage.close()
                page.close()
            runtime_ms = (time.perf_counter() - started) * 1000
            pages.append(PageText(page_num, text, runtime_ms, usable, images))
        return pages
    finally:
        document.close()


def _count_images(page: pdfium.PdfPage) -> int:
    # Depth 2: scanners and converters often wrap the page image in a form XObject.
    return sum(1 for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2))


def extract_page_texts(source: Path | bytes) -> list[str]:
    """All page texts of a PDF, as the raw load stores them (layout-keeping, normalised)."""
    return [page.text for page in extract_pages(source)]
