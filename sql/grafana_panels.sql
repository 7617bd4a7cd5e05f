-- Grafana panels over md_raw_ocr and md_annotated (seed 001 "Integrity & Monitoring"): one
-- `-- PANEL n: title` block per panel, ONE SELECT each, ids and counts only (no page text).
--
-- Grafana: the DuckDB data source plugin (motherduck-duckdb-datasource) with a read-only
-- MotherDuck token. Put this in the data source's initialization SQL, so every connection has
-- the two databases under the names the panels use and the views of sql/monitoring_views.sql:
--   ATTACH IF NOT EXISTS 'md:md_raw_ocr' AS raw; ATTACH IF NOT EXISTS 'md:md_annotated' AS ann;
--   SET VARIABLE batch_id = NULL;   -- then paste sql/monitoring_views.sql
-- Time-series panels return a `time` column; add `WHERE $__timeFilter(time)` in Grafana to
-- follow the dashboard's range. By hand, from the repository root:
--   duckdb
--   D ATTACH '.oceanid/md_raw_ocr.duckdb' AS raw (READ_ONLY);
--   D ATTACH '.oceanid/md_annotated.duckdb' AS ann (READ_ONLY);
--   D .read sql/monitoring_views.sql
--   D .read sql/grafana_panels.sql

-- PANEL 1: documents and pages ingested per day
-- Time series: documents and pages first loaded into md_raw_ocr per UTC day (a later OCR pass
-- of a page does not count it again).
WITH first_pages AS (
    SELECT doc_id, page_num, min(loaded_at) AS loaded_at
    FROM raw.main.raw_pages
    GROUP BY doc_id, page_num
),
pages AS (
    SELECT date_trunc('day', timezone('UTC', loaded_at)) AS day, count(*) AS pages
    FROM first_pages GROUP BY day
),
documents AS (
    SELECT date_trunc('day', timezone('UTC', loaded_at)) AS day, count(*) AS documents
    FROM raw.main.raw_documents GROUP BY day
)
SELECT day                        AS time,
       coalesce(d.documents, 0)   AS documents,
       coalesce(p.pages, 0)       AS pages
FROM pages AS p
FULL OUTER JOIN documents AS d USING (day)
ORDER BY time;

-- PANEL 2: coverage % per batch
-- Table / bar gauge: pages in raw vs records in Argilla vs pages annotated (coverage_by_batch).
SELECT batch_id, documents, pages_expected, pages_in_raw, records_in_argilla, pages_annotated,
       argilla_coverage_pct, annotated_pct
FROM coverage_by_batch
ORDER BY batch_id;

-- PANEL 3: label distribution
-- Bar chart: valid SME spans per label, from each annotator's latest response state.
WITH latest AS (
    SELECT export_run_id, argilla_dataset, argilla_record_id, annotator_id, response_status
    FROM ann.main.annotations_pages
    QUALIFY row_number() OVER (
        PARTITION BY argilla_dataset, argilla_record_id, annotator_id
        ORDER BY export_run_id DESC) = 1
)
SELECT s.label, count(*) AS spans
FROM ann.main.annotations_spans AS s
JOIN latest AS l
  ON l.export_run_id = s.export_run_id AND l.argilla_dataset = s.argilla_dataset
 AND l.argilla_record_id = s.argilla_record_id AND l.annotator_id = s.annotator_id
WHERE l.response_status = 'submitted' AND s.validation_status = 'valid'
GROUP BY s.label
ORDER BY spans DESC, s.label;

-- PANEL 4: annotator throughput
-- Time series: pages submitted per annotator per UTC day (first submission of each record by
-- each annotator; edits later do not count again).
WITH first_submissions AS (
    SELECT annotator_id, argilla_dataset, argilla_record_id, min(submitted_at) AS submitted_at
    FROM ann.main.annotations_pages
    WHERE response_status = 'submitted' AND submitted_at IS NOT NULL
    GROUP BY ALL
)
SELECT date_trunc('day', timezone('UTC', submitted_at)) AS time,
       annotator_id,
       count(*)                                         AS pages_submitted
FROM first_submissions
GROUP BY ALL
ORDER BY time, annotator_id;

-- PANEL 5: OCR-to-Argilla latency per batch
-- Table / stat: seconds from a page's OCR load to its first succeeded push, and the share of
-- pages in Argilla within 5 minutes (seed 000 success metric: 95 %).
SELECT batch_id, latency_p50_s, latency_p95_s, latency_max_s, pages_within_5_min,
       pages_in_raw, within_5_min_pct
FROM coverage_by_batch
ORDER BY batch_id;

-- PANEL 6: suggestion quality per agent
-- Time series: per agent (rules, LLM, each trained model version) and UTC week, the share of
-- suggested spans SMEs kept unchanged and the exact recall over their final spans, from each
-- dataset's latest export run (md_annotated.suggestion_quality).
WITH latest AS (
    SELECT *
    FROM ann.main.suggestion_quality
    QUALIFY dense_rank() OVER (PARTITION BY argilla_dataset ORDER BY export_run_id DESC) = 1
)
SELECT date_trunc('week', timezone('UTC', computed_at))                       AS time,
       agent,
       round(100.0 * sum(accepted) / nullif(sum(suggested), 0), 1)            AS accepted_pct,
       round(100.0 * sum(recall_exact * gold) / nullif(sum(gold), 0), 1)      AS recall_exact_pct,
       sum(gold)                                                              AS gold_spans
FROM latest
GROUP BY ALL
ORDER BY time, agent;
