-- Append one push attempt to argilla_ingest_log; `attempt` counts earlier rows for the same file
-- content. By hand (the variables the argilla_dataset asset sets):
--   SET VARIABLE dataset = 'vessels_ocr_my-batch'; SET VARIABLE batch_id = 'my-batch';
--   SET VARIABLE records_uri = 'argilla/in/vessels_ocr_my-batch/argilla_records.parquet';
--   SET VARIABLE records_sha256 = '…'; SET VARIABLE record_count = 10; SET VARIABLE records_pushed = 10;
--   SET VARIABLE spans_rejected = 0; SET VARIABLE status = 'succeeded'; SET VARIABLE error = NULL;
--   SET VARIABLE started_at = now(); SET VARIABLE dagster_run_id = 'manual';
--   .read sql/record_argilla_ingest.sql
INSERT INTO argilla_ingest_log BY NAME
SELECT getvariable('dataset')                    AS dataset,
       getvariable('batch_id')                   AS batch_id,
       getvariable('records_uri')                AS records_uri,
       getvariable('records_sha256')             AS records_sha256,
       getvariable('record_count')               AS record_count,
       getvariable('records_pushed')             AS records_pushed,
       getvariable('spans_rejected')             AS spans_rejected,
       getvariable('status')                     AS status,
       getvariable('error')                      AS error,
       1 + (SELECT count(*)
            FROM argilla_ingest_log AS l
            WHERE l.records_uri = getvariable('records_uri')
              AND l.records_sha256 = getvariable('records_sha256'))  AS attempt,
       getvariable('started_at')                 AS started_at,
       now()                                     AS finished_at,
       getvariable('dagster_run_id')             AS dagster_run_id
RETURNING attempt;
