"""What every OCR engine offers the raw load: one page image in, its text and confidence out.

Engines are plain objects (no Dagster): the embedded ones (Tesseract, RapidOCR) run on this
machine, the production one (DeepSeek-OCR) behind an OpenAI-compatible server. The raw load
calls `recognize` from a bounded pool of threads, so an engine must be safe to call from
several threads at once; a page that cannot be read raises `OcrFailed` with a reason that names
no page text and no secret, and the rest of the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PIL import Image


class OcrFailed(RuntimeError):
    """One page could not be OCRed; the message is the reason recorded for it."""


class OcrUnavailable(RuntimeError):
    """The engine cannot run at all here (binary or language data missing, no endpoint)."""


@dataclass(frozen=True)
class OcrText:
    text: str  # page text, normalised as every stored text (ingest.text.normalize_page_text)
    confidence: float | None  # mean word confidence in [0, 1]; None if the engine gives none
    text_raw: str | None = None  # the engine's output before cleaning, when it differs


class OcrEngine(Protocol):
    @property
    def name(self) -> str:
        """Stored as raw_pages.ocr_engine, e.g. `tesseract`, `rapidocr`, `deepseek-ocr`."""
        ...

    @property
    def version(self) -> str:
        """Stored as raw_pages.ocr_model_version: engine, model and settings that change text."""
        ...

    def recognize(self, image: Image.Image) -> OcrText:
        """Text of one rendered page (RGB or L). Raises OcrFailed for this page only."""
        ...
