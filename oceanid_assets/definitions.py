"""The Oceanid code location: assets, sensors and resources, configured from the environment."""

from __future__ import annotations

import os

from dagster import (
    AssetSelection,
    AutomationConditionSensorDefinition,
    DefaultSensorStatus,
    Definitions,
    EnvVar,
)
from dagster_aws.s3 import S3Resource

from oceanid_assets import config
from oceanid_assets.assets.preannotation import argilla_pages, suggestions
from oceanid_assets.assets.raw import raw_ingest
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.sensors.drops import batch_drop_sensor, ingest_batch_job


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


def build_resources() -> dict[str, object]:
    return {
        "object_store": ObjectStoreResource(url=config.store_url(), s3=_s3_resource()),
        "raw_db": DuckDBDatabase(database=config.raw_db_url(), schema_file="raw_schema.sql"),
        # Tables arrive with the annotations issue; the resource is wired now so both databases
        # are configured the same way from the start.
        "annotated_db": DuckDBDatabase(database=config.annotated_db_url()),
    }


# Carries each batch downstream once its parents update; on by default, like the drop sensor.
automation_sensor = AutomationConditionSensorDefinition(
    "oceanid_automation",
    target=AssetSelection.all(),
    default_status=DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=config.sensor_interval_seconds(),
)

defs = Definitions(
    assets=[raw_ingest, argilla_pages, suggestions],
    jobs=[ingest_batch_job],
    sensors=[batch_drop_sensor, automation_sensor],
    resources=build_resources(),
)
