-- load_fingerprints: what each load wrote, fingerprinted right after it wrote it (append-only,
-- like the tables it audits). One row per (table, load key) per recording; the audit compares
-- the latest recording with a fresh computation (sql/audit_fingerprints.sql). Created in both
-- md_raw_ocr and md_annotated. By hand:  .read sql/load_fingerprints_schema.sql
CREATE TABLE IF NOT EXISTS load_fingerprints (
    table_name      VARCHAR     NOT NULL,   -- raw_pages, annotations_spans, ...
    load_key        VARCHAR     NOT NULL,   -- dagster_run_id, or export_run_id for annotations
    row_count       BIGINT      NOT NULL,
    fingerprint     VARCHAR     NOT NULL,   -- sha256 over the sorted sha256 of each row
    recorded_at     TIMESTAMPTZ NOT NULL,
    dagster_run_id  VARCHAR
);
