"""The Dagster side of the backfill: the ledger's feeders and the `backfill_scan` job.

The ledger is fed by every stage without touching an asset: a run-failure sensor records each
failed step of a batch-partitioned run (stage = step key: raw_ingest, suggestions,
argilla_dataset, coverage...), a run-success sensor marks open failures of the stages that run
carried resolved. Both evaluate in the code server, like every sensor, and write only md_ops.
"""

from datetime import UTC, datetime

from dagster import (
    Config,
    DagsterEventType,
    DagsterRunStatus,
    DefaultSensorStatus,
    MetadataValue,
    OpExecutionContext,
    Output,
    RunFailureSensorContext,
    RunStatusSensorContext,
    job,
    op,
    run_failure_sensor,
    run_status_sensor,
)
from pydantic import Field

from oceanid_assets.backfill import ledger
from oceanid_assets.backfill.plan import Policy
from oceanid_assets.backfill.scan import DEFAULT_BATCH_SIZE, DEFAULT_PREFIX
from oceanid_assets.config import BATCH_ID_PATTERN, sensor_interval_seconds
from oceanid_assets.defs.backfill.run import PARTITION_TAG, run_backfill
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource

# The environment's backfill settings (OCEANID_BACKFILL_*), read once when the code location
# loads: the job's config defaults, and the retry limit the ledger's views count against.
POLICY = Policy.from_env()


def _batch_of(tags: dict[str, str] | object) -> str | None:
    batch = tags.get(PARTITION_TAG) if isinstance(tags, dict) else None
    return batch if isinstance(batch, str) and BATCH_ID_PATTERN.fullmatch(batch) else None


def failures_of_run(context: RunFailureSensorContext) -> list[ledger.Failure]:
    run = context.dagster_run
    batch_id = _batch_of(dict(run.tags))
    if batch_id is None:  # not a batch's run (integrity_daily_job, backfill_scan...)
        return []
    record = context.instance.get_run_record_by_id(run.run_id)
    ended = record.end_time if record else None
    failed_at = datetime.fromtimestamp(ended, UTC) if ended else datetime.now(UTC)
    failures = []
    for event in context.get_step_failure_events():
        data = event.step_failure_data
        error = data.error
        # Dagster wraps the asset's exception; the innermost cause says what went wrong.
        while error is not None and error.cause is not None:
            error = error.cause
        text = f"{error.cls_name}: {error.message}" if error else event.message or "step failed"
        failures.append(
            ledger.Failure(
                batch_id=batch_id,
                stage=event.step_key or run.job_name,
                error=text,
                failed_at=failed_at,
                dagster_run_id=run.run_id,
                job_name=run.job_name,
            )
        )
    if not failures:  # the run failed outside any step (launch, run worker, canceled...)
        failures.append(
            ledger.Failure(
                batch_id=batch_id,
                stage=f"run:{run.job_name}",
                error=context.failure_event.message or "run failed",
                failed_at=failed_at,
                dagster_run_id=run.run_id,
                job_name=run.job_name,
            )
        )
    return failures


@run_failure_sensor(
    name="failure_ledger_sensor",
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Records every failed step of a batch's run in md_ops.failure_ledger.",
)
def failure_ledger_sensor(context: RunFailureSensorContext, ops_db: DuckDBDatabase) -> None:
    failures = failures_of_run(context)
    if not failures:
        return
    # Raising here (md_ops busy past the timeout) fails the tick; the sensor then sees the
    # same run again, and the insert skips what is already recorded.
    with ledger.connect_ops(ops_db, POLICY.max_attempts) as ops:
        ledger.record_failures(ops, failures)
    context.log.info(
        f"run {context.dagster_run.run_id}: {len(failures)} failure(s) of batch "
        f"{failures[0].batch_id} recorded ({', '.join(f.stage for f in failures)})"
    )


@run_status_sensor(
    name="failure_ledger_resolved_sensor",
    run_status=DagsterRunStatus.SUCCESS,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Marks a batch's failed stages resolved in md_ops when a run carries them.",
)
def failure_ledger_resolved_sensor(context: RunStatusSensorContext, ops_db: DuckDBDatabase) -> None:
    run = context.dagster_run
    batch_id = _batch_of(dict(run.tags))
    if batch_id is None:
        return
    # The steps that succeeded in this run (a step retried within the run counts once) and when
    # the run did, from its event log.
    records = context.instance.get_records_for_run(
        run.run_id, of_type={DagsterEventType.STEP_SUCCESS, DagsterEventType.RUN_SUCCESS}
    ).records
    stages = list(
        dict.fromkeys(
            r.event_log_entry.step_key
            for r in records
            if r.event_log_entry.dagster_event_type == DagsterEventType.STEP_SUCCESS
            and r.event_log_entry.step_key
        )
    )
    success = [
        r.event_log_entry.timestamp
        for r in records
        if r.event_log_entry.dagster_event_type == DagsterEventType.RUN_SUCCESS
    ]
    finished = datetime.fromtimestamp(success[0], UTC) if success else datetime.now(UTC)
    with ledger.connect_ops(ops_db, POLICY.max_attempts) as ops:
        resolved = ledger.record_resolutions(ops, batch_id, stages, finished, run.run_id)
    if resolved:
        context.log.info(f"batch {batch_id}: {resolved} failure(s) resolved by run {run.run_id}")


class BackfillScanConfig(Config):  # type: ignore[misc]
    prefix: str = Field(default=DEFAULT_PREFIX, description="Store prefix of the historical PDFs.")
    batch_size: int = Field(default=DEFAULT_BATCH_SIZE, description="PDFs per batch.")
    dry_run: bool = Field(default=False, description="Report only: stage and launch nothing.")
    max_attempts: int = Field(
        default=POLICY.max_attempts, description="Failures of a batch before it is given up."
    )
    backoff_base_s: float = Field(
        default=POLICY.backoff_base_s, description="Wait after a batch's first failure."
    )
    backoff_max_s: float = Field(
        default=POLICY.backoff_max_s, description="Longest wait between a batch's retries."
    )
    grace_s: float = Field(
        default=POLICY.grace_s,
        description="Age before the backfill launches a batch nobody ran (the drop sensor's "
        "turn first).",
    )

    def policy(self) -> Policy:
        return Policy(self.max_attempts, self.backoff_base_s, self.backoff_max_s, self.grace_s)


@op(description="Stage historical PDFs as batches, register them, launch missing and retries.")
def backfill_scan_op(
    context: OpExecutionContext,
    config: BackfillScanConfig,
    object_store: ObjectStoreResource,
    ops_db: DuckDBDatabase,
    readers: ReadOnlyDatabases,
) -> Output[None]:
    report = run_backfill(
        object_store.get_store(),
        context.instance,
        ops_db,
        readers,
        prefix=config.prefix,
        batch_size=config.batch_size,
        dry_run=config.dry_run,
        policy=config.policy(),
    )
    gave_up = [
        {"batch_id": d.batch_id, "detail": d.detail} for d in report.plan.by_action("gave_up")
    ]
    return Output(
        None,
        metadata={
            **report.summary(),
            "backfills": MetadataValue.json([launch.backfill_id for launch in report.launches]),
            "given_up_batches": MetadataValue.json(gave_up[:50]),
        },
    )


@job(
    name="backfill_scan",
    description="`oceanid backfill` as a job: historical PDFs under a prefix into batches, and a "
    "Dagster backfill over what is missing or failed (docs/backfill.md).",
)
def backfill_scan_job() -> None:
    backfill_scan_op()
