"""What every stage shares: the batch partitions, the database pools, and how a sensor turns
the batches it found into runs."""

from collections.abc import Sequence

from dagster import DynamicPartitionsDefinition, RunRequest, SensorEvaluationContext, SensorResult

# One partition per batch_id; the sensors register them as batches appear in the store.
batch_partitions = DynamicPartitionsDefinition(name="batches")

# Dagster pools, one per DuckDB database: a local DuckDB file takes one writer process, so every
# step writing it claims its pool (limit 1 in dagster.yaml; more on MotherDuck, deploy/helm).
RAW_POOL = "md_raw_ocr"
ANNOTATED_POOL = "md_annotated"


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
    known = set(context.instance.get_dynamic_partitions(batch_partitions.name or "batches"))
    new = sorted(found - known)
    context.log.info(f"{summary}, {len(new)} new partition(s)")
    return SensorResult(
        run_requests=list(requests),
        dynamic_partitions_requests=[batch_partitions.build_add_request(new)] if new else [],
        cursor=cursor,
    )
