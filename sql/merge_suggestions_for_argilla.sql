-- One Argilla record per page of a batch: the page text, traceability metadata, and the batch's
-- merged suggestions shaped as Argilla span suggestions, as the temp view `argilla_records`.
-- The argilla_records asset writes it to argilla/in/vessels_ocr_<batch_id>/argilla_records.parquet.
-- By hand (seed 002 step 4):
--   SET VARIABLE pages_uri = 'argilla/in/vessels_ocr_my-batch/pages/pages.parquet';
--   SET VARIABLE suggestions_uri = 'argilla/in/vessels_ocr_my-batch/suggestions/suggestions.parquet';
--   SET VARIABLE labelset_version = 'v1';
--   .read sql/merge_suggestions_for_argilla.sql
--   COPY argilla_records TO 'argilla_records.parquet';
-- Spans were merged to one per region upstream (the span question forbids overlap); a suggestion
-- attaches only to the page text it was computed on (same text_sha256).
CREATE OR REPLACE TEMP VIEW argilla_records AS
WITH pages AS (
    FROM read_parquet(getvariable('pages_uri'))
),
spans AS (
    FROM read_parquet(getvariable('suggestions_uri'))
),
page_suggestions AS (
    SELECT doc_id,
           page_num,
           text_sha256,
           list({'start': "start", 'end': "end", 'label': label} ORDER BY "start")  AS value,
           list(round(confidence, 4) ORDER BY "start")                             AS score,
           -- Argilla's agent: letters, digits and - _ : . / or spaces; extractors joined by '+'.
           array_to_string(
               list_sort(list_distinct(flatten(list(string_split(model, '+'))))), ' ')  AS agents,
           min(confidence)                                                         AS min_confidence,
           count(*)                                                                AS suggestion_count
    FROM spans
    GROUP BY doc_id, page_num, text_sha256
)
SELECT p.doc_id || ':' || p.page_num AS id,
       p.text,
       {
           'doc_id': p.doc_id,
           'page_num': p.page_num,
           'text_sha256': p.text_sha256,
           'labelset_version': getvariable('labelset_version'),
           'source': p.source,
           'ocr_engine': p.ocr_engine,
           'object_key': p.object_key,
           'min_confidence': s.min_confidence,
           'suggestion_count': coalesce(s.suggestion_count, 0)
       } AS metadata,
       CASE WHEN s.value IS NULL THEN '[]'
            ELSE to_json([{
                'question_name': 'entities',
                'value': s.value,
                'score': s.score,
                'agent': left(regexp_replace(s.agents, '[^a-zA-Z0-9_:./ -]', '_', 'g'), 200)
            }])::VARCHAR
       END AS suggestions_json
FROM pages AS p
LEFT JOIN page_suggestions AS s
       ON s.doc_id = p.doc_id AND s.page_num = p.page_num AND s.text_sha256 = p.text_sha256
ORDER BY p.doc_id, p.page_num;
