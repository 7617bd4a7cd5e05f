-- The promoted extractor: the latest version the gate promoted (none: the rules alone run).
-- Run on a reader connection with md_annotated as `ann`.
-- By hand:  ATTACH '.oceanid/md_annotated.duckdb' AS ann (READ_ONLY);  .read sql/promoted_extractor.sql
SELECT version, decided_at, f1_candidate
FROM ann.main.extractor_promotions
WHERE promoted
ORDER BY decided_at DESC
LIMIT 1;
