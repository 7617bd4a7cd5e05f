-- md_annotated: the current fingerprint of every load, as the temp view current_fingerprints
-- (table_name, load_key, row_count, fingerprint); see sql/fingerprint_raw_ocr.sql. The export
-- tables are keyed by export_run_id, the ingest log and pushed records by dagster_run_id.
-- By hand:  .read sql/fingerprint_annotated.sql   then   FROM current_fingerprints;
CREATE OR REPLACE TEMP VIEW current_fingerprints AS
WITH row_hashes AS (
    SELECT 'argilla_ingest_log' AS table_name, dagster_run_id AS load_key,
           sha256(to_json(struct_pack(dataset, batch_id, records_uri, records_sha256,
                                      record_count, records_pushed, spans_rejected, status,
                                      error, attempt, started_at := epoch_us(started_at),
                                      finished_at := epoch_us(finished_at), dagster_run_id
           ))::VARCHAR) AS row_sha256
    FROM argilla_ingest_log
    UNION ALL
    SELECT 'argilla_pushed_records', dagster_run_id,
           sha256(to_json(struct_pack(dataset, batch_id, record_id, doc_id, page_num,
                                      text_sha256, records_sha256,
                                      pushed_at := epoch_us(pushed_at), dagster_run_id
           ))::VARCHAR)
    FROM argilla_pushed_records
    UNION ALL
    SELECT 'annotations_exports', export_run_id::VARCHAR,
           sha256(to_json(struct_pack(export_run_id, argilla_dataset, batch_id,
                                      exported_at := epoch_us(exported_at), record_count,
                                      span_count, checksum, labelset_version,
                                      guideline_revision, source, pages_uri, spans_uri,
                                      dagster_run_id
           ))::VARCHAR)
    FROM annotations_exports
    UNION ALL
    SELECT 'annotations_pages', export_run_id::VARCHAR,
           sha256(to_json(struct_pack(export_run_id, argilla_dataset, argilla_record_id, doc_id,
                                      page_num, text_sha256, annotator_id, response_status,
                                      submitted_at := epoch_us(submitted_at), unsure, notes,
                                      span_count, content_sha256, record_json
           ))::VARCHAR)
    FROM annotations_pages
    UNION ALL
    SELECT 'annotations_spans', export_run_id::VARCHAR,
           sha256(to_json(struct_pack(export_run_id, argilla_dataset, argilla_record_id,
                                      span_id, doc_id, page_num, label, "start", "end", text,
                                      annotator_id, validation_status, validation_error
           ))::VARCHAR)
    FROM annotations_spans
)
SELECT table_name, load_key, count(*) AS row_count,
       sha256(string_agg(row_sha256, ',' ORDER BY row_sha256)) AS fingerprint
FROM row_hashes
GROUP BY table_name, load_key;
