"""The drop sensor: new batches in the store become partitions and ingest runs, untouched."""

from __future__ import annotations

from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    define_asset_job,
    sensor,
)

from oceanid_assets.config import sensor_interval_seconds
from oceanid_assets.defs.batches import register_batches, unregistered_batches
from oceanid_assets.ingest.drop_scan import DropCursor, scan_store
from oceanid_assets.resources.object_store import ObjectStoreResource

ingest_batch_job = define_asset_job(
    "ingest_batch",
    selection=["raw_documents", "raw_pages"],
    description="Load a batch's uploaded PDFs and OCR drops into md_raw_ocr.",
)


@sensor(
    job=ingest_batch_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Watches uploads/<batch_id>/ receipts and ocr/<batch_id>/_SUCCESS markers.",
)
def batch_drop_sensor(
    context: SensorEvaluationContext, object_store: ObjectStoreResource
) -> SensorResult:
    scan = scan_store(object_store.get_store(), DropCursor.from_json(context.cursor))
    for warning in scan.warnings:
        context.log.warning(warning)
    new_batches = unregistered_batches(context.instance, (w.batch_id for w in scan.work))
    context.log.info(
        f"checked {scan.batches_checked} batches, listed {scan.objects_listed} objects, "
        f"{len(scan.work)} run(s) to request, {len(new_batches)} new partition(s)"
    )
    return SensorResult(
        run_requests=[
            RunRequest(
                run_key=work.run_key,
                partition_key=work.batch_id,
                tags={
                    "oceanid/source": work.source,
                    "oceanid/new_documents": str(work.new_documents),
                },
            )
            for work in scan.work
        ],
        dynamic_partitions_requests=register_batches(new_batches),
        cursor=scan.cursor.to_json(),
    )
