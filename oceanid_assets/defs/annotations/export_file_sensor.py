"""Argilla export files dropped under `argilla/out/vessels_ocr_<batch_id>/` become load runs
(which files are new: `oceanid_assets.annotations.export_scan`)."""

from __future__ import annotations

from dagster import (
    DefaultSensorStatus,
    RunConfig,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    define_asset_job,
    sensor,
)

from oceanid_assets.annotations.export_scan import ExportFilesCursor, scan_export_files
from oceanid_assets.config import sensor_interval_seconds
from oceanid_assets.defs.annotations.assets import AnnotationsExportConfig
from oceanid_assets.defs.batches import batch_runs
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout

EXPORT_FILE_KEY_TAG = "oceanid/export_file_key"
EXPORT_FILE_SHA256_TAG = "oceanid/export_file_sha256"


load_export_file_job = define_asset_job(
    "load_export_file",
    selection=["annotations_export"],
    description=f"Load an Argilla export file dropped under {layout.ARGILLA_OUT} (run "
    "config export_file_key) into md_annotated, the way annotations_export loads the API's.",
)


@sensor(
    job=load_export_file_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Finds Argilla SDK export files (.json, .jsonl, .parquet) dropped under "
    f"{layout.argilla_out_prefix(layout.BATCH_ID)} (not Oceanid's own "
    f"{layout.EXPORT_RUN_FOLDER}<n>/ files) and "
    "requests load_export_file for each new (key, content hash).",
)
def argilla_export_file_sensor(
    context: SensorEvaluationContext, object_store: ObjectStoreResource
) -> SensorResult:
    cursor = ExportFilesCursor.from_json(context.cursor)
    scan = scan_export_files(object_store.get_store(), cursor)
    return batch_runs(
        context,
        [
            RunRequest(
                run_key=drop.run_key,
                partition_key=drop.batch_id,
                run_config=RunConfig(
                    ops={"annotations_export": AnnotationsExportConfig(export_file_key=drop.key)}
                ),
                # Labels for the UI and for finding runs; the asset reads only its config.
                tags={EXPORT_FILE_KEY_TAG: drop.key, EXPORT_FILE_SHA256_TAG: drop.sha256},
            )
            for drop in scan.new
        ],
        cursor.to_json(),
        f"{len(scan.new)} new export file(s), {scan.hashed} hashed",
        scan.warnings,
    )
