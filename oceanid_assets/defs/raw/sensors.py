"""The drop sensor: new batches in the store become partitions and ingest runs, untouched."""

from __future__ import annotations

from dagster import (
    AssetKey,
    DefaultSensorStatus,
    RunRequest,
    RunsFilter,
    SensorEvaluationContext,
    SensorResult,
    define_asset_job,
    sensor,
)

from oceanid_assets.config import sensor_interval_seconds
from oceanid_assets.defs.batches import batch_runs
from oceanid_assets.ingest.drop_scan import DropCursor, scan_store, upload_quiet_seconds
from oceanid_assets.ingest.ingest_job import (
    INGEST_ASSET_NAMES,
    INGEST_JOB_NAME,
    LAUNCHED_ON_CLOSE_TAG,
    ingest_run_tags,
)
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout

# How long an upload-service batch may stay open without new uploads (read at load).
UPLOAD_QUIET_SECONDS = upload_quiet_seconds()

# The automation and autoload sensors see the run's materializations and do not start the same
# assets again (tests/test_one_run_per_batch.py).
INGEST_ASSETS = [AssetKey(name) for name in INGEST_ASSET_NAMES]
ingest_batch_job = define_asset_job(
    INGEST_JOB_NAME,
    selection=INGEST_ASSETS,
    description="Load a batch's uploaded PDFs and OCR drops into md_raw_ocr, pre-annotate its "
    "pages and push them into its Argilla dataset.",
)


@sensor(
    job=ingest_batch_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description=f"Watches {layout.upload_prefix(layout.BATCH_ID)} receipts and "
    f"{layout.ocr_success_key(layout.BATCH_ID)} markers.",
)
def batch_drop_sensor(
    context: SensorEvaluationContext, object_store: ObjectStoreResource
) -> SensorResult:
    cursor = DropCursor.from_json(context.cursor)

    def launched_on_close(batch_id: str) -> bool:
        runs = RunsFilter(tags={LAUNCHED_ON_CLOSE_TAG: batch_id})
        return bool(context.instance.get_run_records(runs, limit=1))

    scan = scan_store(
        object_store.get_store(),
        cursor,
        quiet_seconds=UPLOAD_QUIET_SECONDS,
        launched_on_close=launched_on_close,
    )
    for batch_id, why in sorted(scan.waiting.items()):
        context.log.info(f"batch {batch_id}: {why}")
    for batch_id in scan.launched_on_close:
        context.log.info(f"batch {batch_id}: its run was launched on close by the upload service")
    return batch_runs(
        context,
        [
            RunRequest(
                run_key=work.run_key,
                partition_key=work.batch_id,
                # Named on the run (a whole job's run names none), so that the automation
                # sensor's eager conditions ignore updates made by a run that had their asset too.
                asset_selection=INGEST_ASSETS,
                tags=ingest_run_tags(work.source, work.new_documents),
            )
            for work in scan.work
        ],
        scan.cursor.to_json(),
        f"checked {scan.batches_checked} batches, listed {scan.objects_listed} objects, "
        f"{len(scan.work)} run(s) to request",
        scan.warnings,
    )
