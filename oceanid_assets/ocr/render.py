"""Page images for OCR, rendered with pypdfium2 at a set resolution within set limits.

Three limits keep one uploaded page from taking the machine: the rendered page's pixel count
(`max_pixels`: a poster is rendered at a lower resolution), each side (engines refuse images
over 32,767 px a side, Tesseract among them), and the images PDFium would decode to draw the
page (a 2 MB PDF can hold a 40,000 px square image, which decodes to gigabytes however small
the page is rendered).
"""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from oceanid_assets.ocr.engine import OcrFailed

MIN_DPI = 50  # below this, OCR reads little: refuse rather than read badly
MAX_SIDE_PX = 32_000  # under the 32,767 px engines take
# Images on the page may hold this many times max_pixels before the page is refused unrendered.
IMAGE_PIXELS_FACTOR = 4


def render_page(
    document: pdfium.PdfDocument, page_num: int, dpi: int, max_pixels: int
) -> Image.Image:
    """Page `page_num` (1-based) in grey levels at `dpi`, or at the resolution that keeps it
    within `max_pixels` and MAX_SIDE_PX a side. The image's `dpi` info is the resolution used.
    Raises OcrFailed for a page that cannot or must not be rendered, saying why."""
    page = document[page_num - 1]
    try:
        width_pt, height_pt = page.get_size()
        if not (width_pt > 0.5 and height_pt > 0.5) or not math.isfinite(width_pt * height_pt):
            raise OcrFailed(f"the page has no area to render ({width_pt:.0f} x {height_pt:.0f} pt)")
        scale = _scale(width_pt, height_pt, dpi, max_pixels)
        if scale * 72 < MIN_DPI:
            raise OcrFailed(
                f"the page is too large to OCR ({width_pt / 72:.0f} x {height_pt / 72:.0f} in): "
                f"within {max_pixels:,} pixels and {MAX_SIDE_PX:,} a side it could only be "
                f"rendered at {math.floor(scale * 72 * 10) / 10} DPI, under {MIN_DPI}"
            )
        _refuse_image_bombs(page, IMAGE_PIXELS_FACTOR * max_pixels)
        try:
            bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
        except pdfium.PdfiumError as exc:
            raise OcrFailed(f"the page could not be rendered: {exc}") from exc
        image: Image.Image = bitmap.to_pil()
        image.info["dpi"] = (scale * 72, scale * 72)
        return image
    finally:
        page.close()


def _scale(width_pt: float, height_pt: float, dpi: int, max_pixels: int) -> float:
    w, h = width_pt, height_pt
    scale = dpi / 72
    if w * h * scale * scale > max_pixels:
        # The largest scale with (w·s + 1)(h·s + 1) <= max_pixels: PDFium rounds sides up.
        scale = (-(w + h) + math.sqrt((w + h) ** 2 + 4 * w * h * (max_pixels - 1))) / (2 * w * h)
    return min(scale, (MAX_SIDE_PX - 1) / max(w, h))


def _refuse_image_bombs(page: pdfium.PdfPage, limit: int) -> None:
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        try:
            width, height = image.get_px_size()
        except pdfium.PdfiumError:
            continue  # no size to read: PDFium will not decode it either
        if width * height > limit:
            raise OcrFailed(
                f"an image on the page is {width:,} x {height:,} px, more than the {limit:,} "
                f"pixels OCR decodes (OCEANID_OCR_MAX_PIXELS x {IMAGE_PIXELS_FACTOR})"
            )
