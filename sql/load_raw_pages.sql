-- Append the page texts staged in _incoming_pages. text_sha256 is computed here, from the
-- stored text, so the hash can never disagree with it. A page whose engine, version and text
-- are already stored is skipped, which makes re-running a batch a no-op.
-- By hand:  SET VARIABLE batch_id = 'my-batch'; SET VARIABLE dagster_run_id = 'manual';
--           CREATE TEMP TABLE _incoming_pages AS FROM read_parquet('pages/*.parquet');
--           .read sql/load_raw_pages.sql
INSERT INTO raw_pages BY NAME
WITH incoming AS (
    SELECT DISTINCT ON (doc_id, page_num, ocr_engine, ocr_model_version, sha256(text))
           *, sha256(text) AS text_sha256
    FROM _incoming_pages
)
SELECT i.doc_id,
       i.page_num,
       getvariable('batch_id')        AS batch_id,
       i.text,
       nullif(i.text_raw, i.text)     AS text_raw,
       i.text_sha256,
       length(i.text)                 AS char_count,
       i.ocr_engine,
       i.ocr_model_version,
       i.ocr_runtime_ms,
       i.ocr_run_id,
       i.text_source,
       i.ocr_confidence,
       now()                          AS loaded_at,
       getvariable('dagster_run_id')  AS dagster_run_id
FROM incoming AS i
WHERE NOT EXISTS (
    SELECT 1 FROM raw_pages AS p
    WHERE p.doc_id = i.doc_id AND p.page_num = i.page_num AND p.ocr_engine = i.ocr_engine
      AND p.ocr_model_version = i.ocr_model_version AND p.text_sha256 = i.text_sha256
);
