"""Dagster resource for pre-annotation: which extractors run, and the LLM endpoint if any."""

from __future__ import annotations

from dagster import ConfigurableResource
from pydantic import Field

from oceanid_assets import config
from oceanid_assets.preannotate.llm_wire import LlmConfig
from oceanid_assets.resources.env import resolved


class PreannotatorResource(ConfigurableResource):  # type: ignore[misc,type-arg]
    extractor: str = Field(default="all", description="rules, llm or all (OCEANID_PREANNOTATOR).")
    coverage_min: float = Field(
        default=0.9,
        description="Share of pages with a suggestion below which the suggestions check warns.",
    )
    llm_url: str | None = Field(default=None, description="LLM endpoint; None: rules only.")
    llm_model: str | None = Field(default=None, description="LLM model (required with a URL).")
    llm_api_key: str | None = Field(default=None, description="Always an EnvVar reference.")
    llm_api: str = Field(default="auto", description="auto, ollama or openai.")
    llm_concurrency: int = Field(default=2, description="LLM requests in flight.")
    llm_timeout_s: float = Field(default=120.0, description="Seconds per LLM request.")
    llm_max_chars_per_chunk: int = Field(default=6000, description="Page text per LLM request.")
    llm_max_attempts: int = Field(default=4, description="Tries per LLM request.")
    llm_backoff_base_s: float = Field(default=1.0, description="First LLM retry delay.")

    @classmethod
    def from_env(cls) -> PreannotatorResource:
        return cls(
            extractor=config.text("OCEANID_PREANNOTATOR"),
            coverage_min=config.number("OCEANID_SUGGESTION_COVERAGE_MIN"),
            llm_url=config.optional("OCEANID_LLM_URL"),
            llm_model=config.optional("OCEANID_LLM_MODEL"),
            llm_api_key=config.env_var("OCEANID_LLM_API_KEY"),
            llm_api=config.text("OCEANID_LLM_API"),
            llm_concurrency=config.integer("OCEANID_LLM_CONCURRENCY"),
            llm_timeout_s=config.number("OCEANID_LLM_TIMEOUT_S"),
            llm_max_chars_per_chunk=config.integer("OCEANID_LLM_MAX_CHARS_PER_CHUNK"),
            llm_max_attempts=config.integer("OCEANID_LLM_MAX_ATTEMPTS"),
            llm_backoff_base_s=config.number("OCEANID_LLM_BACKOFF_BASE_S"),
        )

    def llm_config(self) -> LlmConfig | None:
        """None without an endpoint (rules only); ValueError for a half-set endpoint."""
        if not self.llm_url:
            return None
        if not self.llm_model:
            raise ValueError("OCEANID_LLM_URL is set but OCEANID_LLM_MODEL is not")
        return LlmConfig(
            url=self.llm_url,
            model=self.llm_model,
            api=self.llm_api,  # type: ignore[arg-type]  # LlmConfig validates it
            api_key=resolved(self.llm_api_key),
            timeout_s=self.llm_timeout_s,
            concurrency=self.llm_concurrency,
            max_chars_per_chunk=self.llm_max_chars_per_chunk,
            max_attempts=self.llm_max_attempts,
            backoff_base_s=self.llm_backoff_base_s,
        )
