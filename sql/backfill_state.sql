-- The batches the backfill looks after, with when they were first seen and their last launch.
SELECT b.batch_id, b.source, b.first_seen_at, max(l.launched_at) AS last_launch_at,
       arg_max(l.backfill_id, l.launched_at) AS last_backfill_id
FROM backfill_batches AS b
LEFT JOIN backfill_launches AS l USING (batch_id)
GROUP BY ALL
ORDER BY b.batch_id;
