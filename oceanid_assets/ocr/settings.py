"""How the raw load OCRs: the mode, the engine and its limits, from OCEANID_OCR_* (config.py)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from oceanid_assets.ocr.engine import OcrEngine, OcrUnavailable
from oceanid_assets.ocr.text_layer import OCR_MODES, OcrMode

EMBEDDED_ENGINES = ("tesseract", "rapidocr")
_SERVER_CONCURRENCY = 2


@dataclass(frozen=True)
class OcrSettings:
    mode: OcrMode = "auto"
    engine: str = "tesseract"  # the embedded engine; a URL selects DeepSeek-OCR instead
    url: str | None = None
    model: str | None = None
    api_key: str | None = field(default=None, repr=False)
    concurrency: int | None = None  # None: the CPU count, or 2 with a server
    dpi: int = 300
    max_pixels: int = 25_000_000
    timeout_s: float = 300.0
    max_attempts: int = 4

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"OCEANID_OCR={self.mode!r}: expected one of {', '.join(OCR_MODES)}")
        if not self.url and self.engine not in EMBEDDED_ENGINES:
            raise ValueError(
                f"OCEANID_OCR_ENGINE={self.engine!r}: expected one of {', '.join(EMBEDDED_ENGINES)}"
            )
        if self.url and not self.model:
            raise ValueError("OCEANID_OCR_URL is set but OCEANID_OCR_MODEL is not")
        if not 50 <= self.dpi <= 600:
            raise ValueError(f"OCEANID_OCR_DPI={self.dpi}: expected 50 to 600")
        if self.max_pixels < 1_000_000:
            raise ValueError(f"OCEANID_OCR_MAX_PIXELS={self.max_pixels}: expected at least 1000000")
        if self.concurrency is not None and self.concurrency < 1:
            raise ValueError(f"OCEANID_OCR_CONCURRENCY={self.concurrency}: expected at least 1")

    @property
    def engine_label(self) -> str:
        """The engine's name as raw_pages stores it, known before the engine is opened."""
        return "deepseek-ocr" if self.url else self.engine

    @property
    def workers(self) -> int:
        if self.concurrency is not None:
            return self.concurrency
        return _SERVER_CONCURRENCY if self.url else (os.cpu_count() or 1)

    def open_engine(self) -> OcrEngine:
        """The engine these settings name; OcrUnavailable if it cannot run here."""
        if self.url:
            from oceanid_assets.ocr.deepseek import DeepSeekOcr, DeepSeekOcrConfig

            server = DeepSeekOcr(
                DeepSeekOcrConfig(
                    url=self.url,
                    model=str(self.model),
                    api_key=self.api_key,
                    concurrency=self.workers,
                    timeout_s=self.timeout_s,
                    max_attempts=self.max_attempts,
                )
            )
            # Once per batch: an unreachable server or a wrong model name fails every page at
            # once with that reason, not after every page's retries and timeouts.
            try:
                server.check()
            except OcrUnavailable:
                server.close()
                raise
            return server
        if self.engine == "rapidocr":
            from oceanid_assets.ocr.rapid import RapidOcrEngine

            return RapidOcrEngine()
        from oceanid_assets.ocr.tesseract import TesseractEngine

        return TesseractEngine(timeout_s=self.timeout_s)


__all__ = ["OcrSettings", "OcrUnavailable"]
