-- md_ops: the backfill's own records, apart from md_raw_ocr and md_annotated (least privilege:
-- the raw loader writes only md_raw_ocr, the Argilla loader only md_annotated, and the ops
-- writers only md_ops). Append-only like the others: writers only INSERT; status is derived.
-- By hand:  duckdb .oceanid/md_ops.duckdb -c ".read sql/ops_schema.sql"

-- Every historical PDF the backfill copied into uploads/<batch_id>/, keyed by content: a PDF
-- whose doc_sha256 is here is never copied again, whatever its name or folder.
CREATE TABLE IF NOT EXISTS backfill_documents (
    doc_id          VARCHAR     NOT NULL PRIMARY KEY,  -- UUIDv7, as in the receipt
    doc_sha256      VARCHAR     NOT NULL,
    source_key      VARCHAR     NOT NULL,              -- the historical PDF's key in the store
    source_version  VARCHAR     NOT NULL,              -- its ETag / mtime: unchanged = not re-read
    size_bytes      BIGINT      NOT NULL,
    batch_id        VARCHAR     NOT NULL,
    prefix          VARCHAR     NOT NULL,              -- the scanned prefix, e.g. historical/
    staged_at       TIMESTAMPTZ NOT NULL
);

-- Batches the backfill looks after: ones it made, and batches it found already in the store.
CREATE TABLE IF NOT EXISTS backfill_batches (
    batch_id        VARCHAR     NOT NULL PRIMARY KEY,
    source          VARCHAR     NOT NULL,              -- 'historical' | 'uploads' | 'ocr'
    documents       INTEGER,                           -- PDFs staged (historical only)
    first_seen_at   TIMESTAMPTZ NOT NULL
);

-- One row per failed attempt of a stage (the failed Dagster step) for a batch, or per document
-- quarantined by the raw load (doc_id set, stage 'raw_quarantine').
CREATE TABLE IF NOT EXISTS failure_ledger (
    batch_id        VARCHAR     NOT NULL,
    doc_id          VARCHAR,                           -- NULL: the stage failed for the batch
    stage           VARCHAR     NOT NULL,              -- step key: raw_ingest, suggestions, ...
    error           VARCHAR     NOT NULL,              -- truncated; never page text
    attempt         INTEGER     NOT NULL,              -- 1 + earlier failures of the same item
    failed_at       TIMESTAMPTZ NOT NULL,
    dagster_run_id  VARCHAR     NOT NULL,
    job_name        VARCHAR
);

-- A stage that later succeeded for the batch (only written while a failure is open).
CREATE TABLE IF NOT EXISTS failure_resolutions (
    batch_id        VARCHAR     NOT NULL,
    doc_id          VARCHAR,
    stage           VARCHAR     NOT NULL,
    resolved_at     TIMESTAMPTZ NOT NULL,
    dagster_run_id  VARCHAR     NOT NULL
);

-- Every Dagster asset backfill the backfill command launched, per partition.
CREATE TABLE IF NOT EXISTS backfill_launches (
    backfill_id     VARCHAR     NOT NULL,
    batch_id        VARCHAR     NOT NULL,
    reason          VARCHAR     NOT NULL,              -- 'missing' | 'retry'
    assets          VARCHAR     NOT NULL,              -- comma-separated asset keys
    launched_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (backfill_id, batch_id)
);

-- The ledger per item: attempts, the last error, and where it stands. The attempt limit is the
-- variable backfill_max_attempts (3 when unset):  SET VARIABLE backfill_max_attempts = 5;
CREATE OR REPLACE VIEW vw_failure_ledger AS
WITH failures AS (
    SELECT batch_id, doc_id, stage,
           count(*)                      AS attempts,
           max(failed_at)                AS last_attempt_at,
           arg_max(error, failed_at)     AS error,
           arg_max(dagster_run_id, failed_at) AS last_run_id
    FROM failure_ledger
    GROUP BY batch_id, doc_id, stage
), resolved AS (
    SELECT batch_id, doc_id, stage, max(resolved_at) AS resolved_at
    FROM failure_resolutions
    GROUP BY batch_id, doc_id, stage
), launched AS (
    SELECT batch_id, max(launched_at) AS launched_at FROM backfill_launches GROUP BY batch_id
)
SELECT f.batch_id, f.doc_id, f.stage, f.error, f.attempts, f.last_attempt_at, f.last_run_id,
       r.resolved_at,
       CASE
           WHEN r.resolved_at >= f.last_attempt_at THEN 'resolved'
           WHEN f.attempts >= coalesce(getvariable('backfill_max_attempts'), 3) THEN 'gave_up'
           WHEN l.launched_at > f.last_attempt_at THEN 'retrying'
           ELSE 'failed'
       END AS status
FROM failures AS f
LEFT JOIN resolved AS r
       ON r.batch_id = f.batch_id AND r.stage = f.stage AND r.doc_id IS NOT DISTINCT FROM f.doc_id
LEFT JOIN launched AS l ON l.batch_id = f.batch_id;
