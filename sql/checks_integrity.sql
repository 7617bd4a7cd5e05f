-- Integrity checks over md_raw_ocr and md_annotated (seed 001 "Integrity & Monitoring", seed 002
-- step 7 gates). Each `-- CHECK n: title` block is ONE SELECT that returns the offending rows,
-- never page text:
--     check_id, batch_id, doc_id, page_num, ref, detail
-- (`ref`: the row's own id where it has one: export_run_id, span_id, dataset; NULL otherwise.)
-- An empty result is a pass. Dagster runs the blocks one at a time (oceanid_assets/monitoring/integrity.py
-- splits this file on the `-- CHECK n:` markers); keep one SELECT per block, ended by `;`.
--
-- By hand, with the duckdb CLI, from the repository root (both databases attached read-only;
-- on MotherDuck attach 'md:md_raw_ocr' AS raw and 'md:md_annotated' AS ann instead):
--   duckdb
--   D ATTACH '.oceanid/md_raw_ocr.duckdb' AS raw (READ_ONLY);
--   D ATTACH '.oceanid/md_annotated.duckdb' AS ann (READ_ONLY);
--   D SET VARIABLE batch_id = 'demo-20261122-101500';   -- optional; unset or NULL = all batches
--   D .read sql/checks_integrity.sql
--
-- Pilot gates (seed 002 step 7): CHECK 1, 3, 6 and 8 return no rows.

-- CHECK 1: documents without pages
-- A document row in raw_documents with no row at all in raw_pages.
SELECT 1                                    AS check_id,
       d.batch_id,
       d.doc_id,
       NULL::INTEGER                        AS page_num,
       NULL::VARCHAR                        AS ref,
       format('document has no pages (page_count {})', d.page_count) AS detail
FROM raw.main.raw_documents AS d
WHERE (getvariable('batch_id') IS NULL OR d.batch_id = getvariable('batch_id'))
  AND NOT EXISTS (SELECT 1 FROM raw.main.raw_pages AS p WHERE p.doc_id = d.doc_id)
ORDER BY d.batch_id, d.doc_id;

-- CHECK 2: pages without text_sha256
-- Every OCR pass of every page (not only the latest) must carry its text hash.
SELECT 2                                    AS check_id,
       p.batch_id,
       p.doc_id,
       p.page_num,
       p.ocr_run_id                         AS ref,
       'page has no text_sha256'            AS detail
FROM raw.main.raw_pages AS p
WHERE (getvariable('batch_id') IS NULL OR p.batch_id = getvariable('batch_id'))
  AND coalesce(p.text_sha256, '') = ''
ORDER BY p.batch_id, p.doc_id, p.page_num;

-- CHECK 3: stored text_sha256 differs from sha256(text)
-- Recomputes the hash of every stored page text (hex SHA-256 of its UTF-8 bytes).
SELECT 3                                    AS check_id,
       p.batch_id,
       p.doc_id,
       p.page_num,
       p.ocr_run_id                         AS ref,
       format('stored text_sha256 {}… differs from sha256(text) {}…',
              left(p.text_sha256, 12), left(sha256(p.text), 12)) AS detail
FROM raw.main.raw_pages AS p
WHERE (getvariable('batch_id') IS NULL OR p.batch_id = getvariable('batch_id'))
  AND coalesce(p.text_sha256, '') <> ''
  AND p.text_sha256 <> sha256(p.text)
ORDER BY p.batch_id, p.doc_id, p.page_num;

-- CHECK 4: page count differs from pages loaded
-- raw_documents.page_count vs the distinct page numbers in raw_pages, for documents that have
-- pages (documents with none are CHECK 1). Lists the missing and the unexpected page numbers.
SELECT 4                                    AS check_id,
       d.batch_id,
       d.doc_id,
       NULL::INTEGER                        AS page_num,
       NULL::VARCHAR                        AS ref,
       format('page_count {} but {} pages loaded; missing {}; unexpected {}',
              d.page_count, len(l.nums),
              list_filter(range(1, d.page_count + 1), lambda n: NOT list_contains(l.nums, n)),
              list_filter(l.nums, lambda n: n < 1 OR n > d.page_count)) AS detail
FROM raw.main.raw_documents AS d
JOIN (
    SELECT doc_id, list(DISTINCT page_num ORDER BY page_num) AS nums
    FROM raw.main.raw_pages
    GROUP BY doc_id
) AS l USING (doc_id)
WHERE (getvariable('batch_id') IS NULL OR d.batch_id = getvariable('batch_id'))
  AND (len(l.nums) <> d.page_count OR list_min(l.nums) < 1 OR list_max(l.nums) > d.page_count)
ORDER BY d.batch_id, d.doc_id;

-- CHECK 5: pages without an Argilla record in their pushed dataset
-- For each batch with a succeeded push (argilla_ingest_log.status = 'succeeded'), take the latest
-- one. (a) One row per batch when its record_count differs from the batch's pages in
-- vw_argilla_pages (one record per page is the contract), or when it pushed fewer records than
-- its file held. (b) One row per page whose current text (doc_id, page_num, text_sha256) no
-- succeeded push put into the dataset (argilla_pushed_records): Argilla does not show it (yet).
-- Transient while a new OCR pass travels to Argilla; a warning.
WITH pushed AS (
    SELECT batch_id, dataset, record_count, records_pushed, started_at
    FROM ann.main.argilla_ingest_log
    WHERE status = 'succeeded'
      AND (getvariable('batch_id') IS NULL OR batch_id = getvariable('batch_id'))
    QUALIFY row_number() OVER (
        PARTITION BY batch_id ORDER BY finished_at DESC, attempt DESC) = 1
),
pages AS (
    SELECT batch_id, count(*) AS pages
    FROM raw.main.vw_argilla_pages
    WHERE (getvariable('batch_id') IS NULL OR batch_id = getvariable('batch_id'))
    GROUP BY batch_id
)
SELECT 5                                    AS check_id,
       u.batch_id,
       NULL::VARCHAR                        AS doc_id,
       NULL::INTEGER                        AS page_num,
       u.dataset                            AS ref,
       format('latest succeeded push has {} records ({} pushed) for {} pages',
              u.record_count, u.records_pushed, coalesce(g.pages, 0)) AS detail
FROM pushed AS u
LEFT JOIN pages AS g USING (batch_id)
WHERE u.record_count <> coalesce(g.pages, 0) OR u.records_pushed < u.record_count
UNION ALL
SELECT 5,
       v.batch_id,
       v.doc_id,
       v.page_num,
       u.dataset,
       format('page text {} (loaded at {}) is in no succeeded push to the dataset',
              left(v.text_sha256, 12), v.loaded_at)
FROM raw.main.vw_argilla_pages AS v
JOIN pushed AS u USING (batch_id)
WHERE NOT EXISTS (
    SELECT 1 FROM ann.main.argilla_pushed_records AS r
    WHERE r.dataset = u.dataset AND r.doc_id = v.doc_id AND r.page_num = v.page_num
      AND r.text_sha256 = v.text_sha256)
ORDER BY 2, 3 NULLS FIRST, 4;

-- CHECK 6: export audit rows that disagree with the rows stored under their export_run_id
-- annotations_exports.record_count vs rows of annotations_pages, span_count vs rows of
-- annotations_spans, per export_run_id; also rows stored under an export_run_id that has no
-- annotations_exports row.
WITH pages AS (
    SELECT export_run_id, any_value(argilla_dataset) AS dataset, count(*) AS n
    FROM ann.main.annotations_pages GROUP BY export_run_id
),
spans AS (
    SELECT export_run_id, any_value(argilla_dataset) AS dataset, count(*) AS n
    FROM ann.main.annotations_spans GROUP BY export_run_id
),
runs AS (
    SELECT coalesce(e.export_run_id, p.export_run_id, s.export_run_id) AS export_run_id,
           coalesce(e.batch_id,
                    regexp_extract(coalesce(p.dataset, s.dataset), '^vessels_ocr_(.*)$', 1))
                                                                             AS batch_id,
           e.export_run_id IS NOT NULL                                       AS audited,
           e.record_count, e.span_count,
           coalesce(p.n, 0)                                                  AS pages,
           coalesce(s.n, 0)                                                  AS spans
    FROM ann.main.annotations_exports AS e
    FULL JOIN pages AS p ON p.export_run_id = e.export_run_id
    FULL JOIN spans AS s ON s.export_run_id = coalesce(e.export_run_id, p.export_run_id)
)
SELECT 6                                    AS check_id,
       batch_id,
       NULL::VARCHAR                        AS doc_id,
       NULL::INTEGER                        AS page_num,
       export_run_id::VARCHAR               AS ref,
       CASE WHEN NOT audited
            THEN format('{} pages and {} spans stored under an export_run_id with no '
                        'annotations_exports row', pages, spans)
            ELSE format('record_count {} vs {} pages stored; span_count {} vs {} spans stored',
                        record_count, pages, span_count, spans)
       END                                  AS detail
FROM runs
WHERE (getvariable('batch_id') IS NULL OR batch_id = getvariable('batch_id'))
  AND (NOT audited OR record_count <> pages OR span_count <> spans)
ORDER BY export_run_id;

-- CHECK 7: annotated spans outside their page, or whose text is not the page text's slice
-- Each span is checked against the page text it was annotated on: raw_pages by doc_id, page_num
-- and the text_sha256 of its response row in annotations_pages. Offsets are character offsets,
-- end-exclusive (Python str slicing): text[start:end] = substr(text, start + 1, end - start).
-- Spans the loader stored as 'invalid' may lie outside the page (that is why they are invalid);
-- a 'valid' one may not. Spans whose page text is missing are CHECK 8.
WITH page_texts AS (
    SELECT DISTINCT ON (doc_id, page_num, text_sha256) doc_id, page_num, text_sha256, text
    FROM raw.main.raw_pages
),
spans AS (
    SELECT e.batch_id, s.export_run_id, s.span_id, s.doc_id, s.page_num, s.label,
           s."start", s."end", s.text AS span_text, s.validation_status,
           length(t.text) AS page_length,
           CASE WHEN 0 <= s."start" AND s."start" <= s."end" AND s."end" <= length(t.text)
                THEN substr(t.text, s."start" + 1, s."end" - s."start") END AS page_slice
    FROM ann.main.annotations_spans AS s
    JOIN ann.main.annotations_pages AS a
      ON a.export_run_id = s.export_run_id AND a.argilla_dataset = s.argilla_dataset
     AND a.argilla_record_id = s.argilla_record_id AND a.annotator_id = s.annotator_id
    JOIN ann.main.annotations_exports AS e ON e.export_run_id = s.export_run_id
    JOIN page_texts AS t
      ON t.doc_id = s.doc_id AND t.page_num = s.page_num AND t.text_sha256 = a.text_sha256
    WHERE (getvariable('batch_id') IS NULL OR e.batch_id = getvariable('batch_id'))
)
SELECT 7                                    AS check_id,
       batch_id,
       doc_id,
       page_num,
       span_id                              AS ref,
       CASE WHEN page_slice IS NULL
            THEN format('{} span [{}, {}) of export run {} outside its page ({} characters)',
                        validation_status, "start", "end", export_run_id, page_length)
            ELSE format('span [{}, {}) {} of export run {}: stored text ({} characters) is not '
                        'the page text slice', "start", "end", label, export_run_id,
                        length(span_text))
       END                                  AS detail
FROM spans
WHERE (page_slice IS NULL AND validation_status = 'valid')
   OR (page_slice IS NOT NULL AND span_text IS DISTINCT FROM page_slice)
ORDER BY batch_id, doc_id, page_num, span_id;

-- CHECK 8: annotated pages without a raw page (orphans)
-- A response row in annotations_pages whose (doc_id, page_num, text_sha256) is not in raw_pages:
-- either the page is unknown, or no stored OCR pass has the text the SME annotated. Also spans
-- stored without their response row in annotations_pages.
SELECT 8                                    AS check_id,
       coalesce(e.batch_id, regexp_extract(a.argilla_dataset, '^vessels_ocr_(.*)$', 1))
                                            AS batch_id,
       a.doc_id,
       a.page_num,
       a.export_run_id::VARCHAR             AS ref,
       CASE WHEN EXISTS (SELECT 1 FROM raw.main.raw_pages AS r
                         WHERE r.doc_id = a.doc_id AND r.page_num = a.page_num)
            THEN format('response of {} (export run {}): no raw page has text_sha256 {}…',
                        a.annotator_id, a.export_run_id, left(a.text_sha256, 12))
            ELSE format('response of {} (export run {}): page not in raw_pages',
                        a.annotator_id, a.export_run_id)
       END                                  AS detail
FROM ann.main.annotations_pages AS a
LEFT JOIN ann.main.annotations_exports AS e ON e.export_run_id = a.export_run_id
WHERE (getvariable('batch_id') IS NULL
       OR coalesce(e.batch_id, regexp_extract(a.argilla_dataset, '^vessels_ocr_(.*)$', 1))
          = getvariable('batch_id'))
  AND NOT EXISTS (
      SELECT 1 FROM raw.main.raw_pages AS r
      WHERE r.doc_id = a.doc_id AND r.page_num = a.page_num AND r.text_sha256 = a.text_sha256)
UNION ALL
SELECT 8,
       regexp_extract(s.argilla_dataset, '^vessels_ocr_(.*)$', 1),
       s.doc_id,
       s.page_num,
       s.span_id,
       format('span of {} (export run {}) has no response row in annotations_pages',
              s.annotator_id, s.export_run_id)
FROM ann.main.annotations_spans AS s
WHERE (getvariable('batch_id') IS NULL
       OR regexp_extract(s.argilla_dataset, '^vessels_ocr_(.*)$', 1) = getvariable('batch_id'))
  AND NOT EXISTS (
      SELECT 1 FROM ann.main.annotations_pages AS a
      WHERE a.export_run_id = s.export_run_id AND a.argilla_dataset = s.argilla_dataset
        AND a.argilla_record_id = s.argilla_record_id AND a.annotator_id = s.annotator_id)
ORDER BY 2, 3, 4, 5;
