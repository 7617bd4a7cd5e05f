"""What every stage shares: the batch partitions, the database pools, and how a sensor turns
the batches it found into runs."""

from collections.abc import Sequence

from dagster import (
    AssetKey,
    AutomationCondition,
    DagsterEventType,
    DagsterInstance,
    DagsterRunStatus,
    DynamicPartitionsDefinition,
    RunRequest,
    RunsFilter,
    SensorEvaluationContext,
    SensorResult,
)

from oceanid_assets.ingest.ingest_job import BATCH_PARTITIONS_NAME

# One partition per batch_id; the sensors register them as batches appear in the store.
batch_partitions = DynamicPartitionsDefinition(name=BATCH_PARTITIONS_NAME)

# Dagster pools, one per DuckDB database: a local DuckDB file takes one writer process, so every
# step writing it claims its pool (limit 1 in dagster.yaml; more on MotherDuck, deploy/helm).
RAW_POOL = "md_raw_ocr"
ANNOTATED_POOL = "md_annotated"

# Dagster's eager condition, for the assets a batch's ingest run carries below raw_pages, except
# that a new partition does not trigger them when their parents are missing or were made by a
# run that carries them too. A batch partition appears with the ingest run that materializes
# these assets. With the plain `newly_missing` trigger, the automation sensor started a second
# run for an asset whenever its first look at the new partition came while the ingest run was
# between that asset's parents and the asset itself: its `in_progress` read false while the run
# was at that step (bench/e2e.py, `suggestions` beside a 1,000-page ingest run; `argilla_pages`
# or `argilla_records` beside 100-page runs, the evaluation records showing `newly_missing` with
# the parents already there). Parents updated by anything else than such a run still trigger it
# (`any_deps_updated`, which ignores the same runs).
eager_after_parents = AutomationCondition.eager().replace(
    "newly_missing",
    AutomationCondition.newly_missing()
    & ~AutomationCondition.any_deps_missing()
    & ~AutomationCondition.any_deps_match(AutomationCondition.executed_with_root_target()),
)

UNFINISHED = [
    DagsterRunStatus.QUEUED,
    DagsterRunStatus.NOT_STARTED,
    DagsterRunStatus.STARTING,
    DagsterRunStatus.STARTED,
]


def batch_runs(
    context: SensorEvaluationContext,
    requests: Sequence[RunRequest],
    cursor: str,
    summary: str,
    warnings: Sequence[str] = (),
) -> SensorResult:
    """The sensor's result: its run requests (one partition = one batch each), the batches
    among them that are not partitions yet registered in the same tick, and its cursor.

    `summary` says what the tick found (ids and counts, never content); the count of new
    partitions is added to it in the tick's log line. `warnings` (folders or files the scan
    ignored, and why) are logged first.
    """
    for warning in warnings:
        context.log.warning(warning)
    found = {request.partition_key for request in requests if request.partition_key}
    known = set(context.instance.get_dynamic_partitions(BATCH_PARTITIONS_NAME))
    new = sorted(found - known)
    context.log.info(f"{summary}, {len(new)} new partition(s)")
    return SensorResult(
        run_requests=list(requests),
        dynamic_partitions_requests=[batch_partitions.build_add_request(new)] if new else [],
        cursor=cursor,
    )


def batches_in_flight(instance: DagsterInstance, asset: str) -> set[str]:
    """Batches with a run, queued or running, that plans to materialize `asset`.

    A sensor leaves those batches to that run: a new batch's ingest run pushes it to Argilla
    itself, and the records file it writes on the way must not start a second push.
    """
    key = AssetKey(asset)
    batches = set()
    for run in instance.get_runs(RunsFilter(statuses=UNFINISHED)):
        batch = run.tags.get("dagster/partition")
        if batch is None or batch in batches:
            continue
        # A job's runs name no asset selection; the run's planned materializations do.
        planned = instance.all_logs(
            run.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION_PLANNED
        )
        if any(e.dagster_event and e.dagster_event.asset_key == key for e in planned):
            batches.add(batch)
    return batches
