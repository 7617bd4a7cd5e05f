"""RapidOCR (PaddleOCR's models run by onnxruntime, shipped inside the `rapidocr-onnxruntime`
wheel) as an engine. Nothing downloads: the wheel's own detection and recognition models load.

It reports text lines as quadrilaterals; a line's top edge gives its slope, and the lines go
through the same deskew and layout as Tesseract's words (boxes.py). The models are PaddleOCR's
Chinese/English ones: Latin letters with accents (é, ñ, ç) are outside their alphabet, which
the measurement in docs/ocr.md shows.
"""

from __future__ import annotations

import threading
from importlib import metadata
from typing import Any

import numpy as np
from PIL import Image

from oceanid_assets.ingest.pdf_layout import LAYOUT_VERSION
from oceanid_assets.ocr.boxes import (
    TextBox,
    mean_confidence,
    median_height,
    page_slope,
    text_from_boxes,
)
from oceanid_assets.ocr.engine import OcrFailed, OcrText, OcrUnavailable

# RapidOCR's boxes are phrases: what separates two on one line is mostly a column gap.
COLUMN_GAP = 0.6


class RapidOcrEngine:
    name = "rapidocr"

    def __init__(self) -> None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:  # pragma: no cover - it is in requirements.lock
            raise OcrUnavailable(
                "the OCR engine rapidocr is not installed (pip install rapidocr-onnxruntime)"
            ) from exc
        self._local = threading.local()  # one model instance per thread: no shared state
        self._factory = RapidOCR
        release = metadata.version("rapidocr-onnxruntime")
        self.version = f"rapidocr-{release}/layout-{LAYOUT_VERSION}"

    def recognize(self, image: Image.Image) -> OcrText:
        engine = getattr(self._local, "engine", None)
        if engine is None:
            engine = self._local.engine = self._factory()
        try:
            found, _ = engine(np.asarray(image.convert("RGB")))
        except Exception as exc:  # onnxruntime and OpenCV raise assorted errors
            # Only the type: a library's own message may quote what it was reading.
            raise OcrFailed(f"rapidocr failed: {type(exc).__name__}") from exc
        boxes, slopes = _boxes(found or [])
        text = text_from_boxes(boxes, page_slope(slopes), COLUMN_GAP * median_height(boxes))
        return OcrText(text=text, confidence=mean_confidence(boxes))


def _boxes(found: list[Any]) -> tuple[list[TextBox], list[float | None]]:
    boxes: list[TextBox] = []
    slopes: list[float | None] = []
    for quad, text, score in found:
        xs = [float(p[0]) for p in quad]
        ys = [float(p[1]) for p in quad]
        boxes.append(TextBox(str(text), min(xs), min(ys), max(xs), max(ys), float(score)))
        (x0, y0), (x1, y1) = quad[0], quad[1]  # top-left, top-right
        slopes.append((float(y1) - float(y0)) / (float(x1) - float(x0)) if x1 != x0 else None)
    return boxes, slopes
