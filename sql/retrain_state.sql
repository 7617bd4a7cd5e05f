-- What the retraining trigger decides on (learn/retrain.py): verified pages now, the verified
-- pages the last trained version knew and when it was decided, and the share of suggested
-- spans SMEs accepted unchanged in the last 7 days and the 7 before (all agents, every batch).
-- Run on a reader connection with md_annotated as `ann`.
-- By hand:  ATTACH '.oceanid/md_annotated.duckdb' AS ann (READ_ONLY);  .read sql/retrain_state.sql
WITH verified AS (
    SELECT count(*) AS pages FROM ann.main.vw_final_answers WHERE response_status = 'submitted'
),
last_training AS (
    SELECT annotated_pages, decided_at
    FROM ann.main.extractor_promotions
    ORDER BY decided_at DESC
    LIMIT 1
),
acceptance AS (
    SELECT sum(accepted) FILTER (WHERE computed_at >= now() - INTERVAL 7 DAY)
               / nullif(sum(suggested) FILTER (WHERE computed_at >= now() - INTERVAL 7 DAY), 0)
               AS this_week,
           sum(accepted) FILTER (WHERE computed_at < now() - INTERVAL 7 DAY)
               / nullif(sum(suggested) FILTER (WHERE computed_at < now() - INTERVAL 7 DAY), 0)
               AS last_week
    FROM ann.main.suggestion_quality
    WHERE computed_at >= now() - INTERVAL 14 DAY
)
SELECT (SELECT pages FROM verified)                       AS verified_pages,
       (SELECT annotated_pages FROM last_training)        AS pages_at_last_training,
       (SELECT decided_at FROM last_training)             AS last_trained_at,
       (SELECT this_week FROM acceptance)                 AS acceptance_this_week,
       (SELECT last_week FROM acceptance)                 AS acceptance_last_week;
