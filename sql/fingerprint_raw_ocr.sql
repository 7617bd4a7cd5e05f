-- md_raw_ocr: the current fingerprint of every load, as the temp view current_fingerprints
-- (table_name, load_key, row_count, fingerprint). A row's hash covers a fixed list of columns
-- (columns added later do not change old fingerprints); timestamps enter as epoch microseconds
-- so the session time zone does not matter. Loads are keyed by dagster_run_id.
-- By hand:  .read sql/fingerprint_raw_ocr.sql   then   FROM current_fingerprints;
CREATE OR REPLACE TEMP VIEW current_fingerprints AS
WITH row_hashes AS (
    SELECT 'raw_documents' AS table_name, dagster_run_id AS load_key,
           sha256(to_json(struct_pack(doc_id, batch_id, doc_sha256, filename, object_key,
                                      size_bytes, page_count, source,
                                      uploaded_at := epoch_us(uploaded_at),
                                      loaded_at := epoch_us(loaded_at), dagster_run_id
           ))::VARCHAR) AS row_sha256
    FROM raw_documents
    UNION ALL
    SELECT 'raw_pages', dagster_run_id,
           sha256(to_json(struct_pack(doc_id, page_num, batch_id, text, text_raw, text_sha256,
                                      char_count, ocr_engine, ocr_model_version, ocr_runtime_ms,
                                      ocr_run_id, loaded_at := epoch_us(loaded_at),
                                      dagster_run_id
           ))::VARCHAR)
    FROM raw_pages
    UNION ALL
    SELECT 'raw_quarantine', dagster_run_id,
           sha256(to_json(struct_pack(batch_id, doc_id, object_key, filename, doc_sha256, reason,
                                      detected_at := epoch_us(detected_at), dagster_run_id
           ))::VARCHAR)
    FROM raw_quarantine
    UNION ALL
    SELECT 'raw_page_failures', dagster_run_id,
           sha256(to_json(struct_pack(batch_id, doc_id, page_num, stage, ocr_engine, reason,
                                      detected_at := epoch_us(detected_at), dagster_run_id
           ))::VARCHAR)
    FROM raw_page_failures
    UNION ALL
    SELECT 'raw_duplicates', dagster_run_id,
           sha256(to_json(struct_pack(batch_id, doc_id, object_key, filename, doc_sha256,
                                      duplicate_of_doc_id, duplicate_of_batch_id,
                                      detected_at := epoch_us(detected_at), dagster_run_id
           ))::VARCHAR)
    FROM raw_duplicates
)
SELECT table_name, load_key, count(*) AS row_count,
       sha256(string_agg(row_sha256, ',' ORDER BY row_sha256)) AS fingerprint
FROM row_hashes
GROUP BY table_name, load_key;
