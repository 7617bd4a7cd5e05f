-- md_annotated: what went to Argilla and what came back. Append-only: loaders only INSERT;
-- schema changes add columns. By hand:  duckdb .oceanid/md_annotated.duckdb -c ".read sql/annotated_schema.sql"

-- One row per attempt to push a records file into an Argilla dataset, successful or not.
-- The autoload sensor reads it to tell new drops (by URI and content hash) from ingested ones.
CREATE TABLE IF NOT EXISTS argilla_ingest_log (
    dataset          VARCHAR     NOT NULL,   -- vessels_ocr_<batch_id>
    batch_id         VARCHAR     NOT NULL,
    records_uri      VARCHAR     NOT NULL,   -- object key of argilla_records.parquet
    records_sha256   VARCHAR     NOT NULL,   -- hex SHA-256 of that file's bytes
    record_count     INTEGER     NOT NULL,   -- records in the file
    records_pushed   INTEGER     NOT NULL,   -- records sent before success or failure
    spans_rejected   INTEGER     NOT NULL,   -- suggested spans Argilla would refuse, left out
    status           VARCHAR     NOT NULL,   -- 'succeeded' | 'failed'
    error            VARCHAR,                -- the failure, without record text
    attempt          INTEGER     NOT NULL,   -- 1 + earlier attempts for this dataset and hash
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ NOT NULL,
    dagster_run_id   VARCHAR     NOT NULL,
    PRIMARY KEY (records_uri, records_sha256, attempt)
);
