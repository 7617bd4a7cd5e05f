-- Record the documents staged in _incoming_quarantine; the same (object, content, reason) is
-- recorded once however often the batch is re-run.
INSERT INTO raw_quarantine BY NAME
SELECT DISTINCT
       getvariable('batch_id')        AS batch_id,
       i.doc_id,
       i.object_key,
       i.filename,
       i.doc_sha256,
       i.reason,
       now()                          AS detected_at,
       getvariable('dagster_run_id')  AS dagster_run_id
FROM _incoming_quarantine AS i
WHERE NOT EXISTS (
    SELECT 1 FROM raw_quarantine AS q
    WHERE q.object_key = i.object_key AND q.reason = i.reason
      AND q.doc_sha256 IS NOT DISTINCT FROM i.doc_sha256
);
