-- Per document of one batch in md_annotated (GET /batches/<batch_id> of the upload service):
-- pages a succeeded push put into the batch's dataset, and pages an SME submitted.
-- By hand:  duckdb -readonly .oceanid/md_annotated.duckdb
--   D SET VARIABLE batch_id = 'my-batch';
--   D .read sql/upload_batch_document_progress.sql
WITH in_argilla AS (
    SELECT doc_id, count(DISTINCT page_num) AS pages_in_argilla
    FROM argilla_pushed_records
    WHERE batch_id = getvariable('batch_id')
    GROUP BY doc_id
),
annotated AS (
    SELECT doc_id, count(DISTINCT page_num) AS pages_annotated
    FROM annotations_pages
    WHERE argilla_dataset = 'vessels_ocr_' || getvariable('batch_id')
      AND response_status = 'submitted'
    GROUP BY doc_id
)
SELECT doc_id,
       coalesce(i.pages_in_argilla, 0)      AS pages_in_argilla,
       coalesce(a.pages_annotated, 0)       AS pages_annotated
FROM in_argilla AS i
FULL OUTER JOIN annotated AS a USING (doc_id)
ORDER BY doc_id;
