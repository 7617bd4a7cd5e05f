"""Page images for OCR, rendered with pypdfium2 at a set resolution and a capped pixel count."""

from __future__ import annotations

import math

import pypdfium2 as pdfium
from PIL import Image

from oceanid_assets.ocr.engine import OcrFailed


def render_page(
    document: pdfium.PdfDocument, page_num: int, dpi: int, max_pixels: int
) -> Image.Image:
    """Page `page_num` (1-based) in grey levels at `dpi`, or at the resolution that keeps it
    within `max_pixels` (a poster-sized page must not take gigabytes). The image's `dpi` info
    is the resolution used. Raises OcrFailed for a page that cannot be rendered."""
    page = document[page_num - 1]
    try:
        width_pt, height_pt = page.get_size()
        if not (width_pt > 0.5 and height_pt > 0.5) or not math.isfinite(width_pt * height_pt):
            raise OcrFailed(f"the page has no area to render ({width_pt:.0f} x {height_pt:.0f} pt)")
        scale = dpi / 72
        pixels = width_pt * height_pt * scale * scale
        if pixels > max_pixels:
            # The largest scale with (w·s + 1)(h·s + 1) <= max_pixels: PDFium rounds sides up.
            w, h = width_pt, height_pt
            scale = (-(w + h) + math.sqrt((w + h) ** 2 + 4 * w * h * (max_pixels - 1))) / (
                2 * w * h
            )
        if scale * 72 < 50:
            raise OcrFailed(
                f"the page is too large to OCR ({width_pt / 72:.0f} x {height_pt / 72:.0f} in): "
                f"within {max_pixels:,} pixels it would be rendered at {scale * 72:.0f} DPI"
            )
        try:
            bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
        except pdfium.PdfiumError as exc:
            raise OcrFailed(f"the page could not be rendered: {exc}") from exc
        image: Image.Image = bitmap.to_pil()
        image.info["dpi"] = (scale * 72, scale * 72)
        return image
    finally:
        page.close()
