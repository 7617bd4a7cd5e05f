-- After a succeeded push: one argilla_pushed_records row per record whose text is new to the
-- dataset (same record id and text_sha256 already there: nothing). `pushed_records` is the
-- records file (columns id, text) registered by the loader; by hand, e.g.
--   CREATE TEMP VIEW pushed_records AS FROM 'argilla/in/vessels_ocr_my-batch/argilla_records.parquet';
--   SET VARIABLE dataset = 'vessels_ocr_my-batch'; SET VARIABLE batch_id = 'my-batch';
--   SET VARIABLE records_sha256 = '…'; SET VARIABLE dagster_run_id = 'manual';
--   .read sql/record_argilla_pushed_records.sql
INSERT INTO argilla_pushed_records BY NAME
WITH pushed AS (
    SELECT id                                             AS record_id,
           regexp_extract(id, '^(.+):([0-9]+)$', 1)       AS doc_id,
           regexp_extract(id, '^(.+):([0-9]+)$', 2)       AS page_num,
           sha256(text)                                   AS text_sha256
    FROM pushed_records
)
SELECT getvariable('dataset')          AS dataset,
       getvariable('batch_id')         AS batch_id,
       p.record_id,
       p.doc_id,
       p.page_num::INTEGER             AS page_num,
       p.text_sha256,
       getvariable('records_sha256')   AS records_sha256,
       now()                           AS pushed_at,
       getvariable('dagster_run_id')   AS dagster_run_id
FROM pushed AS p
WHERE p.doc_id <> ''   -- ids not of the form <doc_id>:<page_num> name no raw page
  AND NOT EXISTS (
      SELECT 1 FROM argilla_pushed_records AS a
      WHERE a.dataset = getvariable('dataset')
        AND a.record_id = p.record_id
        AND a.text_sha256 = p.text_sha256)
RETURNING record_id;
