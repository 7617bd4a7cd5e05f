"""Page text from the boxes an OCR engine reports, laid out as a text layer is.

Engines give words (Tesseract) or phrases (RapidOCR) with boxes in image pixels. A scan is
rarely straight: across a register table 1° of skew moves the right-hand cells a whole line
height, and they would join the next row. So the page's slope is measured on its own lines
(the median over lines, robust to a stray word) and every box is sheared back by it before the
boxes go through the same line and column assembly as a PDF text layer
(`pdf_layout.layout_text_from_boxes`). A shear, not a rotation: at a few degrees the two agree
to a fraction of a pixel, and a shear keeps each box's width.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from oceanid_assets.ingest.pdf_layout import layout_text_from_boxes

# Slopes beyond this (about 6°) are not skew but a rotated page or a bad fit: left as they are.
_MAX_SLOPE = 0.1


@dataclass(frozen=True)
class TextBox:
    text: str
    left: float  # image pixels, y grows downwards
    top: float
    right: float
    bottom: float
    confidence: float | None = None  # the engine's confidence in [0, 1], if any


def fitted_slope(centres: Sequence[tuple[float, float]]) -> float | None:
    """Least-squares dy/dx through the centres of one line's words; None under two words."""
    if len(centres) < 2:
        return None
    mean_x = sum(x for x, _ in centres) / len(centres)
    mean_y = sum(y for _, y in centres) / len(centres)
    spread = sum((x - mean_x) ** 2 for x, _ in centres)
    if spread <= 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in centres) / spread


def page_slope(slopes: Sequence[float | None]) -> float:
    """The page's skew as dy/dx: the median of its lines' slopes, 0 if none is believable."""
    believable = [s for s in slopes if s is not None and abs(s) <= _MAX_SLOPE]
    return statistics.median(believable) if believable else 0.0


def text_from_boxes(boxes: Sequence[TextBox], slope: float, column_gap: float) -> str:
    """The page text of `boxes` once sheared straight by `slope`, in the layout of a text layer;
    a gap between boxes wider than `column_gap` pixels starts a column."""
    texts, left, right, bottom, top = [], [], [], [], []
    for box in boxes:
        # y measured from the page's (skewed) horizontal through x = 0, then flipped upwards.
        shift = slope * (box.left + box.right) / 2
        texts.append(box.text)
        left.append(box.left)
        right.append(box.right)
        bottom.append(shift - box.bottom)
        top.append(shift - box.top)
    return layout_text_from_boxes(texts, left, right, bottom, top, column_gap)


def median_height(boxes: Sequence[TextBox]) -> float:
    heights = [box.bottom - box.top for box in boxes if box.bottom > box.top]
    return statistics.median(heights) if heights else 1.0


def mean_confidence(boxes: Sequence[TextBox]) -> float | None:
    """Confidence of the page: the boxes' own, weighted by their characters."""
    weighted = [
        (box.confidence, len(box.text.strip()))
        for box in boxes
        if box.confidence is not None and box.text.strip()
    ]
    total = sum(n for _, n in weighted)
    if not total:
        return None
    return sum(c * n for c, n in weighted) / total
