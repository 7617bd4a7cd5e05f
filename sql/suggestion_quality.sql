-- Append how each agent's suggestions fared against the SMEs' final spans, per label, for one
-- dataset at its latest export run. Gold: the final answer per page (vw_final_answers) when
-- submitted; a discarded page counts for nobody. Suggestions: _suggestions (the batch's
-- suggestions Parquet), one row per agent that voted for a span (the merge keeps each vote).
-- Edited and rejected follow annotations/metrics.py: edited = a final span overlaps it with
-- other bounds or another label; rejected = no final span overlaps it.
-- By hand:  SET VARIABLE dataset = 'vessels_ocr_b1'; SET VARIABLE batch_id = 'b1';
--           SET VARIABLE dagster_run_id = 'manual';
--           CREATE TEMP TABLE _suggestions AS FROM 'argilla/in/vessels_ocr_b1/suggestions/suggestions.parquet';
--           .read sql/suggestion_quality.sql
INSERT INTO suggestion_quality BY NAME
WITH run AS (
    SELECT max(export_run_id) AS export_run_id
    FROM annotations_exports WHERE argilla_dataset = getvariable('dataset')
),
answered AS (
    SELECT argilla_record_id, annotator_id, export_run_id FROM vw_final_answers
    WHERE argilla_dataset = getvariable('dataset') AND response_status = 'submitted'
),
gold AS (
    SELECT s.argilla_record_id AS page, s.label, s."start", s."end"
    FROM annotations_spans AS s
    JOIN answered AS a USING (argilla_record_id, annotator_id, export_run_id)
    WHERE s.argilla_dataset = getvariable('dataset')
),
suggested AS (
    SELECT DISTINCT vote.agent, s.doc_id || ':' || s.page_num AS page, s.label, s."start", s."end"
    FROM _suggestions AS s, unnest(s.agents) AS v(vote)
    WHERE s.doc_id || ':' || s.page_num IN (SELECT argilla_record_id FROM answered)
),
agents AS (SELECT DISTINCT agent FROM suggested),
judged AS (   -- each suggestion against the final spans of its page
    SELECT s.agent, s.label,
           EXISTS (SELECT 1 FROM gold AS g WHERE g.page = s.page AND g.label = s.label
                   AND g."start" = s."start" AND g."end" = s."end") AS exact,
           EXISTS (SELECT 1 FROM gold AS g WHERE g.page = s.page AND g.label = s.label
                   AND g."start" < s."end" AND s."start" < g."end") AS overlap,
           EXISTS (SELECT 1 FROM gold AS g WHERE g.page = s.page
                   AND g."start" < s."end" AND s."start" < g."end") AS touched
    FROM suggested AS s
),
found AS (    -- each final span against each agent's suggestions of its page
    SELECT a.agent, g.label,
           EXISTS (SELECT 1 FROM suggested AS s WHERE s.agent = a.agent AND s.page = g.page
                   AND s.label = g.label AND s."start" = g."start" AND s."end" = g."end")
               AS exact,
           EXISTS (SELECT 1 FROM suggested AS s WHERE s.agent = a.agent AND s.page = g.page
                   AND s.label = g.label AND s."start" < g."end" AND g."start" < s."end")
               AS overlap
    FROM gold AS g CROSS JOIN agents AS a
),
by_suggestion AS (
    SELECT agent, label, count(*) AS suggested,
           count(*) FILTER (exact) AS accepted,
           count(*) FILTER (NOT exact AND touched) AS edited,
           count(*) FILTER (NOT touched) AS rejected,
           count(*) FILTER (overlap) AS overlapping
    FROM judged GROUP BY ALL
),
by_gold AS (
    SELECT agent, label, count(*) AS gold,
           count(*) FILTER (exact) AS found_exact,
           count(*) FILTER (overlap) AS found_overlap
    FROM found GROUP BY ALL
)
SELECT getvariable('dataset')                              AS argilla_dataset,
       getvariable('batch_id')                             AS batch_id,
       (SELECT export_run_id FROM run)                     AS export_run_id,
       agent,
       label,
       (SELECT count(*) FROM answered)                     AS pages,
       coalesce(s.suggested, 0)                            AS suggested,
       coalesce(g.gold, 0)                                 AS gold,
       coalesce(s.accepted, 0)                             AS accepted,
       coalesce(s.edited, 0)                               AS edited,
       coalesce(s.rejected, 0)                             AS rejected,
       coalesce(g.gold, 0) - coalesce(g.found_overlap, 0)  AS missed,
       s.accepted / nullif(s.suggested, 0)                 AS precision_exact,
       g.found_exact / nullif(g.gold, 0)                   AS recall_exact,
       s.overlapping / nullif(s.suggested, 0)              AS precision_overlap,
       g.found_overlap / nullif(g.gold, 0)                 AS recall_overlap,
       now()                                               AS computed_at,
       getvariable('dagster_run_id')                       AS dagster_run_id
FROM by_suggestion AS s
FULL JOIN by_gold AS g USING (agent, label)
WHERE (SELECT export_run_id FROM run) IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM suggestion_quality AS q
      WHERE q.argilla_dataset = getvariable('dataset')
        AND q.export_run_id = (SELECT export_run_id FROM run)
  );
