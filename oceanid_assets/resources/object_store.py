"""Dagster resource around the store: `OCEANID_STORE_URL` picks the backend."""

from __future__ import annotations

from dagster import ConfigurableResource
from dagster_aws.s3 import S3Resource
from pydantic import Field

from oceanid_assets.resources.store import LocalStore, S3Store, Store


class ObjectStoreResource(ConfigurableResource):  # type: ignore[misc,type-arg]
    """Local folder or S3-compatible bucket; the S3 client comes from dagster-aws `S3Resource`."""

    url: str = Field(description="Local folder, or s3://bucket/prefix (R2: set s3.endpoint_url).")
    s3: S3Resource = Field(default_factory=S3Resource)

    def get_store(self) -> Store:
        if self.url.startswith("s3://"):
            return S3Store(self.url, self.s3.get_client())
        return LocalStore(self.url)
