from collections.abc import Iterable

from dagster import AddDynamicPartitionsRequest, DagsterInstance, DynamicPartitionsDefinition

# One partition per batch_id; the sensors register them as batches appear in the store.
batch_partitions = DynamicPartitionsDefinition(name="batches")


def unregistered_batches(instance: DagsterInstance, batch_ids: Iterable[str]) -> list[str]:
    """The batch ids a sensor found that are not partitions yet, sorted."""
    known = set(instance.get_dynamic_partitions(batch_partitions.name or "batches"))
    return sorted(set(batch_ids) - known)


def register_batches(batch_ids: list[str]) -> list[AddDynamicPartitionsRequest]:
    """The SensorResult request that adds them (none when there is nothing to add)."""
    return [batch_partitions.build_add_request(batch_ids)] if batch_ids else []
