-- The append-only audit: every recorded load whose rows changed since (a row updated, deleted,
-- or added under the load's key). Compares the latest recording per (table, load key) with
-- current_fingerprints (sql/fingerprint_raw_ocr.sql or sql/fingerprint_annotated.sql, run first
-- on the same database). No rows: nothing changed behind the loaders' backs.
WITH recorded AS (
    SELECT table_name, load_key, row_count, fingerprint, recorded_at
    FROM load_fingerprints
    QUALIFY row_number() OVER (
        PARTITION BY table_name, load_key ORDER BY recorded_at DESC) = 1
)
SELECT r.table_name,
       r.load_key,
       r.row_count                    AS recorded_rows,
       coalesce(c.row_count, 0)       AS current_rows,
       r.recorded_at
FROM recorded AS r
LEFT JOIN current_fingerprints AS c USING (table_name, load_key)
WHERE c.fingerprint IS DISTINCT FROM r.fingerprint
ORDER BY r.table_name, r.load_key;
