"""Dagster resource for Argilla: the team's server in production, the local one by default."""

from __future__ import annotations

import argilla as rg
from dagster import ConfigurableResource
from pydantic import Field

from oceanid_assets import config
from oceanid_assets.argilla.push import BulkClient, PushConfig
from oceanid_assets.resources.env import resolved


class ArgillaResource(ConfigurableResource):  # type: ignore[misc,type-arg]
    api_url: str = Field(description="Argilla API URL (ARGILLA_API_URL; local server if unset).")
    api_key: str = Field(description="API key (ARGILLA_API_KEY), always through EnvVar.")
    workspace: str = Field(default="argilla", description="Workspace holding the datasets.")
    batch_size: int = Field(default=250, description="Records per bulk upsert (1-500).")
    concurrency: int = Field(default=2, description="Bulk requests in flight.")
    max_attempts: int = Field(default=5, description="Tries per request on transient errors.")
    backoff_base_s: float = Field(default=0.5, description="First retry delay, doubled each try.")

    @classmethod
    def from_env(cls) -> ArgillaResource:
        return cls(
            api_url=config.argilla_api_url() or f"http://127.0.0.1:{config.argilla_local_port()}",
            # The built-in local key is not a secret; any key from the environment stays an EnvVar.
            api_key=config.env_var("ARGILLA_API_KEY") or config.argilla_api_key(),
            workspace=config.text("OCEANID_ARGILLA_WORKSPACE"),
            batch_size=config.integer("OCEANID_ARGILLA_BATCH_SIZE"),
            concurrency=config.integer("OCEANID_ARGILLA_CONCURRENCY"),
            max_attempts=config.integer("OCEANID_ARGILLA_MAX_ATTEMPTS"),
            backoff_base_s=config.number("OCEANID_ARGILLA_BACKOFF_BASE_S"),
        )

    def push_config(self) -> PushConfig:
        return PushConfig(
            batch_size=self.batch_size,
            concurrency=self.concurrency,
            max_attempts=self.max_attempts,
            backoff_base_s=self.backoff_base_s,
        )

    def _key(self) -> str:
        return resolved(self.api_key) or ""  # resources/env.py: outside a run too

    def sdk_client(self) -> rg.Argilla:
        return rg.Argilla(api_url=self.api_url, api_key=self._key(), timeout=120)

    def bulk_client(self) -> BulkClient:
        return BulkClient(self.api_url, self._key(), self.push_config())

    def dataset_url(self, dataset_id: str) -> str:
        return f"{self.api_url.rstrip('/')}/dataset/{dataset_id}/annotation-mode"
