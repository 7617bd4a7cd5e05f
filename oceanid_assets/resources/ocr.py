"""Dagster resource for the OCR pass of the raw load: mode, engine and limits (OCEANID_OCR_*)."""

from __future__ import annotations

from dagster import ConfigurableResource
from pydantic import Field

from oceanid_assets import config
from oceanid_assets.ocr.settings import OcrSettings
from oceanid_assets.resources.env import resolved


class OcrResource(ConfigurableResource):  # type: ignore[misc,type-arg]
    mode: str = Field(default="auto", description="auto, always or never (OCEANID_OCR).")
    engine: str = Field(default="tesseract", description="Embedded engine: tesseract or rapidocr.")
    url: str | None = Field(default=None, description="DeepSeek-OCR server; None: embedded.")
    model: str | None = Field(default=None, description="Model on that server.")
    api_key: str | None = Field(default=None, description="Always an EnvVar reference.")
    concurrency: int | None = Field(default=None, description="Pages OCRed at once.")
    dpi: int = Field(default=300, description="Resolution pages are rendered at.")
    max_pixels: int = Field(default=25_000_000, description="Largest rendered page.")
    timeout_s: float = Field(default=300.0, description="Seconds per page or request.")
    max_attempts: int = Field(default=4, description="Tries per request to the server.")

    @classmethod
    def from_env(cls) -> OcrResource:
        return cls(
            mode=config.text("OCEANID_OCR"),
            engine=config.text("OCEANID_OCR_ENGINE"),
            url=config.optional("OCEANID_OCR_URL"),
            model=config.optional("OCEANID_OCR_MODEL"),
            api_key=config.env_var("OCEANID_OCR_API_KEY"),
            concurrency=(
                config.integer("OCEANID_OCR_CONCURRENCY")
                if config.is_set("OCEANID_OCR_CONCURRENCY")
                else None
            ),
            dpi=config.integer("OCEANID_OCR_DPI"),
            max_pixels=config.integer("OCEANID_OCR_MAX_PIXELS"),
            timeout_s=config.number("OCEANID_OCR_TIMEOUT_S"),
            max_attempts=config.integer("OCEANID_OCR_MAX_ATTEMPTS"),
        )

    def settings(self) -> OcrSettings:
        """The plain settings the raw load takes; ValueError naming the variable if invalid."""
        return OcrSettings(
            mode=self.mode,  # type: ignore[arg-type]  # OcrSettings validates it
            engine=self.engine,
            url=self.url,
            model=self.model,
            api_key=resolved(self.api_key),
            concurrency=self.concurrency,
            dpi=self.dpi,
            max_pixels=self.max_pixels,
            timeout_s=self.timeout_s,
            max_attempts=self.max_attempts,
        )
