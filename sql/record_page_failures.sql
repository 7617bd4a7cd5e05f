-- Record the pages staged in _incoming_page_failures (doc_id, page_num, stage, ocr_engine,
-- reason); the same page, stage, engine and reason is recorded once however often it recurs.
-- By hand:  SET VARIABLE batch_id = 'my-batch'; SET VARIABLE dagster_run_id = 'manual';
--           CREATE TEMP TABLE _incoming_page_failures AS FROM 'failures.parquet';
--           .read sql/record_page_failures.sql
INSERT INTO raw_page_failures BY NAME
SELECT DISTINCT
       getvariable('batch_id')        AS batch_id,
       i.doc_id,
       i.page_num,
       i.stage,
       i.ocr_engine,
       i.reason,
       now()                          AS detected_at,
       getvariable('dagster_run_id')  AS dagster_run_id
FROM _incoming_page_failures AS i
WHERE NOT EXISTS (
    SELECT 1 FROM raw_page_failures AS f
    WHERE f.doc_id = i.doc_id AND f.page_num = i.page_num AND f.stage = i.stage
      AND f.ocr_engine IS NOT DISTINCT FROM i.ocr_engine AND f.reason = i.reason
);
