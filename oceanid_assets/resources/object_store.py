"""Dagster resource around the store: `OCEANID_STORE_URL` picks the backend."""

from __future__ import annotations

import os

from dagster import ConfigurableResource, EnvVar
from dagster_aws.s3 import S3Resource
from pydantic import Field

from oceanid_assets import config
from oceanid_assets.resources.store import LocalStore, S3Store, Store


class ObjectStoreResource(ConfigurableResource):  # type: ignore[misc,type-arg]
    """Local folder or S3-compatible bucket; the S3 client comes from dagster-aws `S3Resource`."""

    url: str = Field(description="Local folder, or s3://bucket/prefix (R2: set s3.endpoint_url).")
    s3: S3Resource = Field(default_factory=S3Resource)

    @classmethod
    def from_env(cls) -> ObjectStoreResource:
        """The store the environment describes: what the code location and the CLI both use."""
        return cls(url=config.store_url(), s3=_s3_resource())

    def get_store(self) -> Store:
        if self.url.startswith("s3://"):
            return S3Store(self.url, self.s3.get_client())
        return LocalStore(self.url)


def _secret(var: str) -> str | None:
    # Only through EnvVar, so the value never appears in run config or the UI; an unset key
    # falls back to boto3's own chain (instance roles, ~/.aws).
    return EnvVar(var) if os.environ.get(var) else None


def _s3_resource() -> S3Resource:
    return S3Resource(
        endpoint_url=os.environ.get("OCEANID_S3_ENDPOINT_URL") or None,
        region_name=os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "auto",
        aws_access_key_id=_secret("AWS_ACCESS_KEY_ID"),
        aws_secret_access_key=_secret("AWS_SECRET_ACCESS_KEY"),
        aws_session_token=_secret("AWS_SESSION_TOKEN"),
    )
