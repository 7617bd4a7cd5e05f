-- Append the documents staged in _incoming_documents; a doc_id already loaded is skipped.
-- By hand:  SET VARIABLE batch_id = 'my-batch'; SET VARIABLE dagster_run_id = 'manual';
--           CREATE TEMP TABLE _incoming_documents AS FROM read_parquet('documents/*.parquet');
--           .read sql/load_raw_documents.sql
INSERT INTO raw_documents BY NAME
SELECT DISTINCT ON (i.doc_id)
       i.doc_id,
       getvariable('batch_id')        AS batch_id,
       i.doc_sha256,
       i.filename,
       i.object_key,
       i.size_bytes,
       i.page_count,
       i.source,
       i.uploaded_at,
       now()                          AS loaded_at,
       getvariable('dagster_run_id')  AS dagster_run_id
FROM _incoming_documents AS i
WHERE NOT EXISTS (SELECT 1 FROM raw_documents AS d WHERE d.doc_id = i.doc_id);
