-- Record the repeats staged in _incoming_duplicates (doc_id, object_key, filename, doc_sha256,
-- duplicate_of_doc_id, duplicate_of_batch_id; found by find_duplicate_documents.sql): once per
-- (batch, doc_id) however often the batch is re-run.
-- By hand:  SET VARIABLE batch_id = 'my-batch'; SET VARIABLE dagster_run_id = 'manual';
--           CREATE TEMP TABLE _incoming_duplicates AS FROM 'duplicates.parquet';
--           .read sql/record_duplicates.sql
INSERT INTO raw_duplicates BY NAME
SELECT DISTINCT ON (i.doc_id)
       getvariable('batch_id')        AS batch_id,
       i.doc_id,
       i.object_key,
       i.filename,
       i.doc_sha256,
       i.duplicate_of_doc_id,
       i.duplicate_of_batch_id,
       now()                          AS detected_at,
       getvariable('dagster_run_id')  AS dagster_run_id
FROM _incoming_duplicates AS i
WHERE NOT EXISTS (
    SELECT 1 FROM raw_duplicates AS d
    WHERE d.batch_id = getvariable('batch_id') AND d.doc_id = i.doc_id
);
