"""The Oceanid code location: assets, sensors and resources, configured from the environment."""

from __future__ import annotations

from dagster import (
    AssetSelection,
    AutomationConditionSensorDefinition,
    DefaultSensorStatus,
    Definitions,
)

from oceanid_assets import config
from oceanid_assets.assets.annotations import annotations_export
from oceanid_assets.assets.argilla import argilla_dataset, argilla_records
from oceanid_assets.assets.monitoring import coverage
from oceanid_assets.assets.preannotation import argilla_pages, suggestions
from oceanid_assets.assets.raw import raw_ingest
from oceanid_assets.backfill.sensors import (
    backfill_scan_job,
    failure_ledger_resolved_sensor,
    failure_ledger_sensor,
)
from oceanid_assets.checks.integrity import integrity_checks, integrity_daily, integrity_daily_job
from oceanid_assets.executors import executor
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.sensors.annotations_poll import (
    annotations_export_job,
    argilla_submissions_sensor,
)
from oceanid_assets.sensors.argilla_autoload import argilla_autoload_sensor, argilla_push_job
from oceanid_assets.sensors.drops import batch_drop_sensor, ingest_batch_job
from oceanid_assets.sensors.export_files import argilla_export_file_sensor, load_export_file_job


def build_resources() -> dict[str, object]:
    return {
        "object_store": ObjectStoreResource.from_env(),
        # Each writer with its own MotherDuck token (MD_RAW_TOKEN / MD_ANNOT_TOKEN) for md: URLs.
        "raw_db": DuckDBDatabase.for_role("raw", config.raw_db_url(), "raw_schema.sql"),
        "annotated_db": DuckDBDatabase.for_role(
            "annotated", config.annotated_db_url(), "annotated_schema.sql"
        ),
        "argilla": ArgillaResource.from_env(),
    }


# Carries each batch downstream once its parents update; on by default, like the drop sensor.
automation_sensor = AutomationConditionSensorDefinition(
    "oceanid_automation",
    target=AssetSelection.all(),
    default_status=DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=config.sensor_interval_seconds(),
)

defs = Definitions(
    assets=[
        raw_ingest,
        argilla_pages,
        suggestions,
        argilla_records,
        argilla_dataset,
        annotations_export,
        coverage,
    ],
    asset_checks=integrity_checks,
    jobs=[
        ingest_batch_job,
        argilla_push_job,
        annotations_export_job,
        load_export_file_job,
        integrity_daily_job,
        backfill_scan_job,
    ],
    schedules=[integrity_daily],
    sensors=[
        batch_drop_sensor,
        argilla_autoload_sensor,
        argilla_submissions_sensor,
        argilla_export_file_sensor,
        automation_sensor,
        failure_ledger_sensor,
        failure_ledger_resolved_sensor,
    ],
    resources=build_resources(),
    executor=executor(),  # OCEANID_EXECUTOR: multiprocess (default) or k8s step pods
)
