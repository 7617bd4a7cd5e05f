from dagster import DynamicPartitionsDefinition

# One partition per batch_id; the drop sensor registers them as batches appear in the store.
batch_partitions = DynamicPartitionsDefinition(name="batches")
