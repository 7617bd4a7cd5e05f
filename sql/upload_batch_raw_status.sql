-- Where each document of one batch is in md_raw_ocr (GET /batches/<batch_id> of the upload
-- service): loaded (page_count, distinct pages stored), quarantined (one reason) or a repeat
-- of a document another batch holds (that batch).
-- By hand:  duckdb -readonly .oceanid/md_raw_ocr.duckdb
--   D SET VARIABLE batch_id = 'my-batch';
--   D .read sql/upload_batch_raw_status.sql
WITH documents AS (
    SELECT doc_id, page_count FROM raw_documents WHERE batch_id = getvariable('batch_id')
),
pages AS (
    SELECT doc_id, count(DISTINCT page_num) AS pages
    FROM raw_pages WHERE batch_id = getvariable('batch_id')
    GROUP BY doc_id
),
quarantined AS (
    SELECT doc_id, any_value(reason) AS reason
    FROM raw_quarantine
    WHERE batch_id = getvariable('batch_id') AND doc_id IS NOT NULL
    GROUP BY doc_id
),
duplicates AS (
    SELECT doc_id, any_value(duplicate_of_batch_id) AS duplicate_of_batch_id
    FROM raw_duplicates
    WHERE batch_id = getvariable('batch_id')
    GROUP BY doc_id
)
SELECT doc_id,
       d.page_count IS NOT NULL              AS loaded,
       coalesce(p.pages, d.page_count)       AS pages,
       q.reason                              AS quarantine_reason,
       r.duplicate_of_batch_id
FROM documents AS d
FULL OUTER JOIN quarantined AS q USING (doc_id)
FULL OUTER JOIN duplicates AS r USING (doc_id)
LEFT JOIN pages AS p USING (doc_id)
ORDER BY doc_id;
