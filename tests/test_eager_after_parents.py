"""The automation condition of the assets an ingest run carries (`defs/batches.py`): a new batch
whose parents that run made is that run's to finish, never a second run's; parents made by
anything else still trigger the asset. Evaluated by Dagster's own tester on a real instance."""

from collections.abc import Iterator

import pytest
from dagster import (
    AssetExecutionContext,
    DagsterInstance,
    Definitions,
    asset,
    define_asset_job,
    evaluate_automation_conditions,
)

from oceanid_assets.defs.batches import batch_partitions, eager_after_parents
from oceanid_assets.ingest.ingest_job import BATCH_PARTITIONS_NAME

_FAIL = {"child": False}


@asset(partitions_def=batch_partitions)
def parent(context: AssetExecutionContext) -> str:
    return str(context.partition_key)


@asset(partitions_def=batch_partitions, automation_condition=eager_after_parents)
def child(parent: str) -> str:
    if _FAIL["child"]:
        raise RuntimeError("the run has not reached its end yet")
    return parent


@pytest.fixture
def instance() -> Iterator[DagsterInstance]:
    with DagsterInstance.ephemeral() as instance:
        yield instance


def _requested_after_new_batch(instance: DagsterInstance, run_targets_child: bool) -> int:
    defs = Definitions(
        assets=[parent, child], jobs=[define_asset_job("ingest", selection=[parent, child])]
    )
    first = evaluate_automation_conditions(defs, instance)  # before any batch: initial tick
    assert first.total_requested == 0
    instance.add_dynamic_partitions(BATCH_PARTITIONS_NAME, ["b1"])
    _FAIL["child"] = True  # the ingest run is "between" the parent and the child
    try:
        # The run names its assets, as the ingest run does (its RunRequest's asset_selection).
        targets = [parent.key, child.key] if run_targets_child else [parent.key]
        defs.resolve_job_def("ingest").execute_in_process(
            instance=instance, partition_key="b1", asset_selection=targets, raise_on_error=False
        )
    finally:
        _FAIL["child"] = False
    second = evaluate_automation_conditions(defs, instance, cursor=first.cursor)
    return second.get_num_requested(child.key)


def test_new_batch_whose_parents_its_run_made_is_left_to_that_run(
    instance: DagsterInstance,
) -> None:
    assert _requested_after_new_batch(instance, run_targets_child=True) == 0


def test_parents_made_by_another_run_still_trigger(instance: DagsterInstance) -> None:
    assert _requested_after_new_batch(instance, run_targets_child=False) == 1
