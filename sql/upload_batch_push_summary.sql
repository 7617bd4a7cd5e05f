-- The Argilla pushes of one batch in md_annotated, as one row (GET /batches/<batch_id> of the
-- upload service): attempts, whether any succeeded, the latest status and when.
-- By hand:  duckdb -readonly .oceanid/md_annotated.duckdb
--   D SET VARIABLE batch_id = 'my-batch';
--   D .read sql/upload_batch_push_summary.sql
SELECT count(*)                             AS attempts,
       coalesce(bool_or(status = 'succeeded'), false) AS succeeded,
       arg_max(status, finished_at)         AS last_status,
       max(finished_at)                     AS last_at
FROM argilla_ingest_log
WHERE batch_id = getvariable('batch_id');
