-- Record the fingerprint of one load of one table, right after the load (same transaction).
-- Needs the temp view current_fingerprints (sql/fingerprint_raw_ocr.sql or
-- sql/fingerprint_annotated.sql) and the table of sql/load_fingerprints_schema.sql. By hand:
--   SET VARIABLE fp_table = 'raw_pages'; SET VARIABLE fp_key = '<dagster_run_id>';
--   SET VARIABLE dagster_run_id = 'manual';  .read sql/record_fingerprint.sql
INSERT INTO load_fingerprints BY NAME
SELECT table_name, load_key, row_count, fingerprint,
       now()                          AS recorded_at,
       getvariable('dagster_run_id')  AS dagster_run_id
FROM current_fingerprints
WHERE table_name = getvariable('fp_table') AND load_key = getvariable('fp_key')
RETURNING row_count;
