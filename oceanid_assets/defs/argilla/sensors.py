"""The autoload sensor (seed 000 phase 3.5): records files in the store become Argilla datasets."""

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    define_asset_job,
    sensor,
)

from oceanid_assets.argilla.records_scan import (
    IngestState,
    RecordsCursor,
    RetryPolicy,
    plan_pushes,
    scan_records_drops,
)
from oceanid_assets.config import annotated_db_url, sensor_interval_seconds
from oceanid_assets.defs.batches import register_batches, unregistered_batches
from oceanid_assets.resources.databases import open_read_only, sql_text
from oceanid_assets.resources.object_store import ObjectStoreResource

argilla_push_job = define_asset_job(
    "argilla_push",
    selection=["argilla_dataset"],
    description="Push a batch's argilla_records.parquet into its Argilla dataset.",
)


def read_ingest_states(database: str) -> dict[tuple[str, str], IngestState]:
    """The ingest log, summarised per (records_uri, sha256); empty before the first push."""
    if not database.startswith("md:") and not Path(database).exists():
        return {}
    # open_read_only: on MotherDuck the sensor reads with the reader's token, never a writer's.
    with open_read_only(database) as conn:
        tables = conn.sql(
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'argilla_ingest_log'"
        ).fetchall()
        if not tables:
            return {}
        rows = conn.sql(sql_text("argilla_ingest_state.sql")).fetchall()
    return {
        (uri, sha): IngestState(bool(ingested), int(failed), last)
        for uri, sha, ingested, failed, last in rows
    }


@sensor(
    job=argilla_push_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Finds argilla/in/vessels_ocr_*/argilla_records.parquet files not yet in "
    "md_annotated.argilla_ingest_log (by key and content hash) and pushes them; failed pushes "
    "are retried with exponential backoff.",
)
def argilla_autoload_sensor(
    context: SensorEvaluationContext, object_store: ObjectStoreResource
) -> SensorResult | SkipReason:
    cursor = RecordsCursor.from_json(context.cursor)
    scan = scan_records_drops(object_store.get_store(), cursor)
    for key in scan.invalid_keys:
        context.log.warning(f"ignoring {key}: the folder name is not vessels_ocr_<valid batch_id>")
    try:
        states = read_ingest_states(annotated_db_url())
    except duckdb.IOException as exc:
        # A local md_annotated file is locked while a push or export writes it; look next tick.
        return SkipReason(f"md_annotated is busy ({type(exc).__name__}); will look again")
    policy = RetryPolicy(
        base=timedelta(seconds=sensor_interval_seconds()),
        max_attempts=int(os.environ.get("OCEANID_ARGILLA_AUTOLOAD_MAX_ATTEMPTS", "8")),
    )
    requests, given_up = plan_pushes(scan.drops, states, datetime.now(UTC), policy)
    for drop in given_up:
        context.log.warning(
            f"{drop.key} (sha256 {drop.sha256[:12]}) failed {policy.max_attempts} pushes; "
            "not retrying: see argilla_ingest_log, fix, then drop the file again or launch "
            "argilla_push for the partition"
        )
    new_batches = unregistered_batches(context.instance, (r.drop.batch_id for r in requests))
    context.log.info(
        f"{len(scan.drops)} records file(s), {scan.hashed} hashed, {len(requests)} push(es) "
        f"to request, {len(new_batches)} new partition(s)"
    )
    return SensorResult(
        run_requests=[
            RunRequest(
                run_key=request.run_key,
                partition_key=request.drop.batch_id,
                tags={
                    "oceanid/records_uri": request.drop.key,
                    "oceanid/records_sha256": request.drop.sha256,
                    "oceanid/attempt": str(request.attempt),
                },
            )
            for request in requests
        ],
        dynamic_partitions_requests=register_batches(new_batches),
        cursor=cursor.to_json(),
    )
