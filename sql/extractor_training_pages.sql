-- Every SME-verified page: the final answer per page of every dataset (vw_final_answers),
-- discarded pages left out, with the page text it answered (matched by text_sha256) and its
-- spans. Run on a reader connection with md_raw_ocr as `raw` and md_annotated as `ann`.
-- By hand:  ATTACH '.oceanid/md_raw_ocr.duckdb' AS raw (READ_ONLY);
--           ATTACH '.oceanid/md_annotated.duckdb' AS ann (READ_ONLY);
--           .read sql/extractor_training_pages.sql
WITH answered AS (
    SELECT argilla_dataset, argilla_record_id, annotator_id, export_run_id, doc_id, page_num,
           text_sha256
    FROM ann.main.vw_final_answers
    WHERE response_status = 'submitted'
),
texts AS (
    SELECT DISTINCT doc_id, page_num, text_sha256, text FROM raw.main.raw_pages
)
SELECT a.argilla_dataset,
       a.doc_id,
       a.page_num,
       t.text,
       list(struct_pack(start := s."start", "end" := s."end", label := s.label)
            ORDER BY s."start", s."end", s.label) FILTER (WHERE s.label IS NOT NULL) AS spans
FROM answered AS a
JOIN texts AS t USING (doc_id, page_num, text_sha256)
LEFT JOIN ann.main.annotations_spans AS s
       ON s.export_run_id = a.export_run_id AND s.argilla_dataset = a.argilla_dataset
      AND s.argilla_record_id = a.argilla_record_id AND s.annotator_id = a.annotator_id
GROUP BY ALL
ORDER BY a.argilla_dataset, a.doc_id, a.page_num;
