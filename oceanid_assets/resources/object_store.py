"""Dagster resource around the store: `OCEANID_STORE_URL` picks the backend."""

from __future__ import annotations

from typing import Any

import pyarrow.fs as pafs
from dagster import ConfigurableResource
from dagster_aws.s3 import S3Resource
from dagster_aws.s3.utils import construct_s3_client
from pydantic import Field

from oceanid_assets import config
from oceanid_assets.resources.env import resolved
from oceanid_assets.storage.store import LocalStore, S3Store, Store


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
            settings = _resolved_s3_settings(self.s3)
            # boto3 (listings, puts) and DuckDB (pyarrow's S3 client) get the same endpoint,
            # region and keys: one set of settings, two clients.
            return S3Store(self.url, _boto3_client(self.s3, settings), _arrow_s3(self.s3, settings))
        return LocalStore(self.url)


def _secret(var: str) -> str | None:
    # Only through EnvVar, so the value never appears in run config or the UI; an unset key
    # falls back to boto3's own chain (instance roles, ~/.aws).
    return config.env_var(var)


def _s3_resource() -> S3Resource:
    return S3Resource(
        endpoint_url=config.optional("OCEANID_S3_ENDPOINT_URL"),
        region_name=config.text("AWS_REGION") or config.text("AWS_DEFAULT_REGION") or "auto",
        aws_access_key_id=_secret("AWS_ACCESS_KEY_ID"),
        aws_secret_access_key=_secret("AWS_SECRET_ACCESS_KEY"),
        aws_session_token=_secret("AWS_SESSION_TOKEN"),
    )


_SECRET_FIELDS = ("aws_access_key_id", "aws_secret_access_key", "aws_session_token")


def _resolved_s3_settings(s3: S3Resource) -> dict[str, str | None]:
    """Endpoint, region and keys with EnvVars resolved (see resources/env.py)."""

    fields = ("endpoint_url", "region_name", *_SECRET_FIELDS)
    return {field: resolved(getattr(s3, field)) for field in fields}


def _boto3_client(s3: S3Resource, settings: dict[str, str | None]) -> Any:
    return construct_s3_client(
        max_attempts=s3.max_attempts,
        profile_name=s3.profile_name,
        use_ssl=s3.use_ssl,
        verify=s3.verify,
        use_unsigned_session=s3.use_unsigned_session,
        **settings,
    )


def _arrow_s3(s3: S3Resource, settings: dict[str, str | None]) -> pafs.S3FileSystem:
    endpoint = settings["endpoint_url"]
    return pafs.S3FileSystem(
        access_key=settings["aws_access_key_id"],
        secret_key=settings["aws_secret_access_key"],
        session_token=settings["aws_session_token"],
        anonymous=bool(s3.use_unsigned_session),
        region=settings["region_name"],
        endpoint_override=endpoint,
        # An endpoint without a scheme follows use_ssl, as boto3 does.
        scheme=None if endpoint and "://" in endpoint else ("https" if s3.use_ssl else "http"),
        # The store never creates or removes buckets; a typo in the URL fails instead.
        allow_bucket_creation=False,
        allow_bucket_deletion=False,
    )
