-- The partitions of a Dagster backfill just launched, staged in _incoming_launches.
INSERT INTO backfill_launches BY NAME
SELECT backfill_id, batch_id, reason, assets, now() AS launched_at FROM _incoming_launches;
