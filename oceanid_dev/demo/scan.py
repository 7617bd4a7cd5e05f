"""Scanned variants of the demo PDFs: image-only pages the way a flatbed scanner makes them.

Every page is rendered in grayscale, turned by a slight skew, given sensor noise and a few specks
of dust, JPEG-compressed, and put alone on a page of the original size in points, so the PDF has
no text layer: only an OCR stage can read it. The same input bytes and seed give the same bytes.
The ground truth stays what it was: the text layer of the born-digital original.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

from oceanid_dev.demo.documents import DemoDocument

DPI_CHOICES = (150, 300)
MAX_SKEW_DEGREES = 1.0
NOISE_SIGMA = (2.0, 4.0)  # grey levels
SPECKS = (2, 8)  # per page
JPEG_QUALITY = (60, 85)
_CREATION_DATE = datetime(2024, 1, 1, tzinfo=UTC)  # fixed, so the bytes depend on the seed only


def scan_pdf(pdf_bytes: bytes, *, seed: int, dpi: int | None = None) -> bytes:
    """An image-only PDF of every page of `pdf_bytes`, as scanned at `dpi` (None: 150 or 300,
    drawn from the seed); pages keep their size in points."""
    return _scan(pdf_bytes, seed=seed, dpi=dpi, only=None)


def mix_pages(text_pdf: bytes, scanned_pdf: bytes, scanned_pages: set[int]) -> bytes:
    """A PDF with page n (1-based) from `scanned_pdf` when n is in `scanned_pages`, else from
    `text_pdf`. Both must have the same number of pages."""
    text_reader = PdfReader(io.BytesIO(text_pdf))
    scanned_reader = PdfReader(io.BytesIO(scanned_pdf))
    count = len(text_reader.pages)
    if len(scanned_reader.pages) != count:
        raise ValueError(
            f"the scanned PDF has {len(scanned_reader.pages)} pages, the text PDF {count}"
        )
    outside = sorted(n for n in scanned_pages if not 1 <= n <= count)
    if outside:
        raise ValueError(f"scanned pages {outside} outside 1..{count}")
    writer = PdfWriter()
    for number in range(1, count + 1):
        reader = scanned_reader if number in scanned_pages else text_reader
        writer.add_page(reader.pages[number - 1])
    # pypdf leaves out /ID unless asked; no timestamps either, so the output is deterministic.
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_document(
    document: DemoDocument, *, seed: int, pages: set[int] | None = None
) -> DemoDocument:
    """`document` scanned (every page, or only `pages`, the rest keeping their text layer), with
    the same kind and spans: the spans refer to the text of the born-digital original."""
    if pages is None:
        pdf_bytes = scan_pdf(document.pdf_bytes, seed=seed)
    else:
        outside = sorted(n for n in pages if not 1 <= n <= document.page_count)
        if outside:
            raise ValueError(
                f"{document.filename}: pages {outside} outside 1..{document.page_count}"
            )
        scanned = _scan(document.pdf_bytes, seed=seed, dpi=None, only=pages)
        pdf_bytes = mix_pages(document.pdf_bytes, scanned, pages)
    stem = document.filename.removesuffix(".pdf")
    return replace(document, filename=f"{stem}-scan.pdf", pdf_bytes=pdf_bytes)


def _scan(pdf_bytes: bytes, *, seed: int, dpi: int | None, only: set[int] | None) -> bytes:
    """scan_pdf; with `only`, the other pages stay blank (mix_pages drops them), so a partly
    scanned document costs the pages it scans. Each page has its own random stream, so a page
    comes out the same whichever other pages are scanned."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    drawn = rng.choice(DPI_CHOICES)  # drawn either way, so a given dpi keeps the same noise
    dpi = dpi if dpi is not None else drawn
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, got {dpi}")
    document_key = rng.getrandbits(64)
    pdf = FPDF(unit="pt")
    pdf.set_creation_date(_CREATION_DATE)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    source = pdfium.PdfDocument(pdf_bytes)
    try:
        for index in range(len(source)):
            page = source[index]
            try:
                width, height = page.get_size()
                pdf.add_page(format=(width, height))
                if only is not None and index + 1 not in only:
                    continue
                # One page at a time: 300 DPI A4 is ~8.7 Mpx, a few tens of MB while it is worked.
                jpeg = _scan_page(page, dpi, np.random.default_rng([document_key, index]))
            finally:
                page.close()
            pdf.image(io.BytesIO(jpeg), x=0, y=0, w=width, h=height)
    finally:
        source.close()
    return bytes(pdf.output())


def _scan_page(page: pdfium.PdfPage, dpi: int, rng: np.random.Generator) -> bytes:
    """JPEG bytes of one page as a flatbed scanner gives it: grey, skewed, noisy, specked."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        image = bitmap.to_pil().convert("L")
    finally:
        bitmap.close()
    angle = float(rng.uniform(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES))
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    draw = ImageDraw.Draw(image)
    scale = dpi / 150
    for _ in range(int(rng.integers(SPECKS[0], SPECKS[1] + 1))):
        x = float(rng.uniform(0, image.width))
        y = float(rng.uniform(0, image.height))
        radius = float(rng.uniform(0.6, 2.2)) * scale
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=int(rng.integers(20, 90))
        )
    pixels = np.asarray(image, dtype=np.float32)
    sigma = float(rng.uniform(*NOISE_SIGMA))
    pixels = pixels + rng.standard_normal(pixels.shape, dtype=np.float32) * sigma
    noisy = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    quality = int(rng.integers(JPEG_QUALITY[0], JPEG_QUALITY[1] + 1))
    noisy.save(out, format="JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return out.getvalue()
