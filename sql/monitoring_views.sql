-- Coverage and OCR-to-Argilla latency (seed 000 phase 5, success metrics) as temp views over
-- md_raw_ocr attached as `raw` and md_annotated attached as `ann`:
--   page_pipeline_status   one row per current page (vw_argilla_pages): in Argilla, annotated,
--                          seconds from its OCR load to its first succeeded push
--   coverage_by_document   per doc_id: pages in raw, records in Argilla, pages annotated, %
--   coverage_by_batch      the same per batch, with latency percentiles and the share of pages
--                          in Argilla within 5 minutes of their OCR load (target: 95 %)
-- `SET VARIABLE batch_id = '…'` restricts them to one batch; unset or NULL = all batches.
-- The coverage asset runs this file; sql/grafana_panels.sql reads the views. By hand:
--   duckdb
--   D ATTACH '.oceanid/md_raw_ocr.duckdb' AS raw (READ_ONLY);
--   D ATTACH '.oceanid/md_annotated.duckdb' AS ann (READ_ONLY);
--   D .read sql/monitoring_views.sql
--   D FROM coverage_by_batch;
-- Ids and counts only: no page text leaves these views.

CREATE OR REPLACE TEMP VIEW page_pipeline_status AS
WITH pages AS (
    SELECT batch_id, doc_id, page_num, text_sha256, loaded_at
    FROM raw.main.vw_argilla_pages
    WHERE getvariable('batch_id') IS NULL OR batch_id = getvariable('batch_id')
),
pushed AS (
    -- The first succeeded push that carried this exact text into the batch's dataset.
    SELECT dataset, doc_id, page_num, text_sha256, min(pushed_at) AS pushed_at
    FROM ann.main.argilla_pushed_records
    WHERE getvariable('batch_id') IS NULL OR batch_id = getvariable('batch_id')
    GROUP BY ALL
),
responses AS (
    -- Each annotator's latest response state per record (a later run supersedes).
    SELECT argilla_dataset AS dataset, doc_id, page_num, text_sha256, response_status,
           submitted_at
    FROM ann.main.annotations_pages
    QUALIFY row_number() OVER (
        PARTITION BY argilla_dataset, argilla_record_id, annotator_id
        ORDER BY export_run_id DESC) = 1
),
annotated AS (
    SELECT dataset, doc_id, page_num, text_sha256,
           count(*) FILTER (WHERE response_status = 'submitted')  AS submitted,
           count(*) FILTER (WHERE response_status = 'discarded')  AS discarded,
           min(submitted_at) FILTER (WHERE response_status = 'submitted') AS first_submitted_at
    FROM responses
    GROUP BY ALL
)
SELECT p.batch_id,
       p.doc_id,
       p.page_num,
       p.text_sha256,
       p.loaded_at,
       u.pushed_at,
       u.pushed_at IS NOT NULL                                  AS in_argilla,
       -- The same text may have been pushed before this OCR pass stored it again: 0, not < 0.
       -- (greatest() skips NULLs: a page not pushed yet must stay NULL, not 0.)
       CASE WHEN u.pushed_at IS NOT NULL
            THEN greatest(epoch(u.pushed_at) - epoch(p.loaded_at), 0) END AS latency_s,
       coalesce(a.submitted, 0) > 0                             AS annotated,
       coalesce(a.discarded, 0) > 0 AND coalesce(a.submitted, 0) = 0 AS discarded_only,
       a.first_submitted_at
FROM pages AS p
LEFT JOIN pushed AS u
       ON u.dataset = 'vessels_ocr_' || p.batch_id AND u.doc_id = p.doc_id
      AND u.page_num = p.page_num AND u.text_sha256 = p.text_sha256
LEFT JOIN annotated AS a
       ON a.dataset = 'vessels_ocr_' || p.batch_id AND a.doc_id = p.doc_id
      AND a.page_num = p.page_num AND a.text_sha256 = p.text_sha256;

CREATE OR REPLACE TEMP VIEW coverage_by_document AS
WITH documents AS (
    SELECT batch_id, doc_id, filename, page_count
    FROM raw.main.raw_documents
    WHERE getvariable('batch_id') IS NULL OR batch_id = getvariable('batch_id')
),
per_doc AS (
    SELECT doc_id,
           count(*)                                  AS pages_in_raw,
           count(*) FILTER (WHERE in_argilla)        AS records_in_argilla,
           count(*) FILTER (WHERE annotated)         AS pages_annotated
    FROM page_pipeline_status
    GROUP BY doc_id
)
SELECT d.batch_id,
       d.doc_id,
       d.filename,
       d.page_count,
       coalesce(s.pages_in_raw, 0)                                           AS pages_in_raw,
       coalesce(s.records_in_argilla, 0)                                     AS records_in_argilla,
       coalesce(s.pages_annotated, 0)                                        AS pages_annotated,
       round(100.0 * coalesce(s.records_in_argilla, 0) / nullif(d.page_count, 0), 1)
                                                                             AS argilla_coverage_pct,
       round(100.0 * coalesce(s.pages_annotated, 0) / nullif(d.page_count, 0), 1)
                                                                             AS annotated_pct
FROM documents AS d
LEFT JOIN per_doc AS s USING (doc_id)
ORDER BY d.batch_id, d.doc_id;

CREATE OR REPLACE TEMP VIEW coverage_by_batch AS
WITH docs AS (
    SELECT batch_id,
           count(*)                   AS documents,
           sum(page_count)::BIGINT            AS pages_expected,
           sum(pages_in_raw)::BIGINT          AS pages_in_raw,
           sum(records_in_argilla)::BIGINT    AS records_in_argilla,
           sum(pages_annotated)::BIGINT       AS pages_annotated
    FROM coverage_by_document
    GROUP BY batch_id
),
latency AS (
    SELECT batch_id,
           quantile_cont(latency_s, 0.5)                 AS latency_p50_s,
           quantile_cont(latency_s, 0.95)                AS latency_p95_s,
           max(latency_s)                                AS latency_max_s,
           count(*) FILTER (WHERE latency_s <= 300)      AS pages_within_5_min,
           count(*)                                      AS pages_current
    FROM page_pipeline_status
    GROUP BY batch_id
)
SELECT d.batch_id,
       d.documents,
       d.pages_expected,
       d.pages_in_raw,
       d.records_in_argilla,
       d.pages_annotated,
       round(100.0 * d.records_in_argilla / nullif(d.pages_expected, 0), 1) AS argilla_coverage_pct,
       round(100.0 * d.pages_annotated / nullif(d.pages_expected, 0), 1)    AS annotated_pct,
       round(l.latency_p50_s, 1)                                            AS latency_p50_s,
       round(l.latency_p95_s, 1)                                            AS latency_p95_s,
       round(l.latency_max_s, 1)                                            AS latency_max_s,
       coalesce(l.pages_within_5_min, 0)                                    AS pages_within_5_min,
       -- Pages not pushed yet count as late: the metric is "in Argilla within 5 minutes".
       round(100.0 * coalesce(l.pages_within_5_min, 0) / nullif(l.pages_current, 0), 1)
                                                                            AS within_5_min_pct
FROM docs AS d
LEFT JOIN latency AS l USING (batch_id)
ORDER BY d.batch_id;
