-- Per records file and content hash: ingested yet, and how many failed attempts so far.
-- The autoload sensor compares the drops it finds in the store against this. By hand:
--   duckdb -readonly .oceanid/md_annotated.duckdb -c ".read sql/argilla_ingest_state.sql"
SELECT records_uri,
       records_sha256,
       bool_or(status = 'succeeded')                 AS ingested,
       count(*) FILTER (WHERE status = 'failed')     AS failed_attempts,
       max(finished_at)                              AS last_attempt_at
FROM argilla_ingest_log
GROUP BY ALL
ORDER BY records_uri, last_attempt_at;
