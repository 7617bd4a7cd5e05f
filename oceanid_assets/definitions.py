"""The Oceanid code location: assets, sensors and resources, configured from the environment."""

from __future__ import annotations

from dagster import (
    AssetSelection,
    AutomationConditionSensorDefinition,
    DefaultSensorStatus,
    Definitions,
)

from oceanid_assets import config
from oceanid_assets.assets.preannotation import argilla_pages, suggestions
from oceanid_assets.assets.raw import raw_ingest
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.sensors.drops import batch_drop_sensor, ingest_batch_job


def build_resources() -> dict[str, object]:
    return {
        "object_store": ObjectStoreResource.from_env(),
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
