"""The autoload sensor (seed 000 phase 3.5): records files in the store become Argilla datasets."""

from datetime import UTC, datetime

from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    define_asset_job,
    sensor,
)

from oceanid_assets import config
from oceanid_assets.argilla.records_scan import (
    IngestState,
    RecordsCursor,
    plan_pushes,
    scan_records_drops,
)
from oceanid_assets.backoff import Backoff
from oceanid_assets.config import sensor_interval_seconds
from oceanid_assets.db.connect import DatabaseBusy, database_exists, table_exists
from oceanid_assets.db.sql import sql_text
from oceanid_assets.defs.batches import batch_runs, batches_in_flight
from oceanid_assets.resources.databases import ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout

# A failed push is retried one sensor interval later, then doubling up to half an hour.
RETRY = Backoff(
    base_s=sensor_interval_seconds(),
    cap_s=30 * 60,
    max_attempts=config.integer("OCEANID_ARGILLA_AUTOLOAD_MAX_ATTEMPTS"),
)

argilla_push_job = define_asset_job(
    "argilla_push",
    selection=["argilla_dataset"],
    description="Push a batch's argilla_records.parquet into its Argilla dataset.",
)


def read_ingest_states(readers: ReadOnlyDatabases) -> dict[tuple[str, str], IngestState]:
    """The ingest log, summarised per (records_uri, sha256); empty before the first push.

    Read-only, with the readers' token on MotherDuck; while a push or an export writes a local
    file, DatabaseBusy at once (the next tick looks again).
    """
    if not database_exists(readers.annotated_url):
        return {}
    with readers.connect("ann", busy_timeout_s=0) as conn:
        if not table_exists(conn, "argilla_ingest_log", "ann"):
            return {}
        conn.execute("USE ann")
        rows = conn.sql(sql_text("argilla_ingest_state.sql")).fetchall()
    return {
        (uri, sha): IngestState(bool(ingested), int(failed), last)
        for uri, sha, ingested, failed, last in rows
    }


@sensor(
    job=argilla_push_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description=f"Finds {layout.records_key(layout.ANY_BATCH)} files not yet in "
    "md_annotated.argilla_ingest_log (by key and content hash) and pushes them; failed pushes "
    "are retried with exponential backoff.",
)
def argilla_autoload_sensor(
    context: SensorEvaluationContext,
    object_store: ObjectStoreResource,
    readers: ReadOnlyDatabases,
) -> SensorResult | SkipReason:
    cursor = RecordsCursor.from_json(context.cursor)
    scan = scan_records_drops(object_store.get_store(), cursor)
    for key in scan.invalid_keys:
        context.log.warning(
            f"ignoring {key}: the folder name is not {layout.dataset_name(layout.VALID_BATCH_ID)}"
        )
    # Read before the ingest log: a push that ends between the two reads is then in the log.
    in_flight = batches_in_flight(context.instance, "argilla_dataset") if scan.drops else set()
    try:
        states = read_ingest_states(readers)
    except DatabaseBusy as exc:
        # A local md_annotated file is locked while a push or export writes it; look next tick.
        return SkipReason(f"md_annotated is busy ({type(exc).__name__}); will look again")
    drops = [drop for drop in scan.drops if drop.batch_id not in in_flight]
    requests, given_up = plan_pushes(drops, states, datetime.now(UTC), RETRY)
    for drop in given_up:
        context.log.warning(
            f"{drop.key} (sha256 {drop.sha256[:12]}) failed {RETRY.max_attempts} pushes; "
            "not retrying: see argilla_ingest_log, fix, then drop the file again or launch "
            "argilla_push for the partition"
        )
    return batch_runs(
        context,
        [
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
        cursor.to_json(),
        f"{len(scan.drops)} records file(s), {scan.hashed} hashed, {len(requests)} push(es) "
        "to request",
    )
