-- Which of a batch's new documents repeat content that is already loaded, so that the same
-- document is never loaded, pushed and annotated twice (docs/raw-ingestion.md, "One copy of
-- each document"). From _candidate_documents (doc_id, doc_sha256; staged by the caller) a
-- candidate is a repeat of:
--   1. a loaded document with the same bytes (doc_sha256) under another doc_id, in any batch;
--   2. a loaded document with its doc_id in another batch (an OCR drop delivered again);
--   3. an earlier candidate with the same bytes (the lowest doc_id: UUIDv7, the first upload).
-- One row per repeat: doc_id, duplicate_of_doc_id, duplicate_of_batch_id.
-- By hand:  SET VARIABLE batch_id = 'my-batch';
--           CREATE TEMP TABLE _candidate_documents AS SELECT 'd1' AS doc_id, 'ab…' AS doc_sha256;
--           .read sql/find_duplicate_documents.sql
WITH first_copy AS (  -- the first load of each content, if bytes were ever loaded twice before
    SELECT doc_sha256, arg_min(doc_id, loaded_at) AS doc_id, arg_min(batch_id, loaded_at) AS batch_id
    FROM raw_documents
    WHERE doc_sha256 IS NOT NULL
    GROUP BY doc_sha256
),
repeats AS (
    SELECT 1 AS rule, c.doc_id, f.doc_id AS duplicate_of_doc_id,
           f.batch_id AS duplicate_of_batch_id
    FROM _candidate_documents AS c
    JOIN first_copy AS f ON f.doc_sha256 = c.doc_sha256 AND f.doc_id <> c.doc_id
    UNION ALL
    SELECT 2, c.doc_id, d.doc_id, d.batch_id
    FROM _candidate_documents AS c
    JOIN raw_documents AS d ON d.doc_id = c.doc_id AND d.batch_id <> getvariable('batch_id')
    UNION ALL
    SELECT 3, doc_id, first_value(doc_id) OVER same_bytes, getvariable('batch_id')
    FROM _candidate_documents
    WHERE doc_sha256 IS NOT NULL
    WINDOW same_bytes AS (PARTITION BY doc_sha256 ORDER BY doc_id)
    QUALIFY doc_id <> first_value(doc_id) OVER same_bytes
)
SELECT DISTINCT ON (doc_id) doc_id, duplicate_of_doc_id, duplicate_of_batch_id
FROM repeats
ORDER BY doc_id, rule;
