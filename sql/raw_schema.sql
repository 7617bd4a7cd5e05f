-- md_raw_ocr: raw documents and page texts. Append-only: loaders only INSERT; schema changes
-- add columns. Run by hand:  duckdb .oceanid/md_raw_ocr.duckdb -c ".read sql/raw_schema.sql"

CREATE TABLE IF NOT EXISTS raw_documents (
    doc_id          VARCHAR     NOT NULL PRIMARY KEY,  -- UUIDv7 from the upload receipt
    batch_id        VARCHAR     NOT NULL,
    doc_sha256      VARCHAR,                           -- hex SHA-256 of the PDF bytes
    filename        VARCHAR,
    object_key      VARCHAR,                           -- key in the object store
    size_bytes      BIGINT,
    page_count      INTEGER     NOT NULL,
    source          VARCHAR     NOT NULL,              -- 'upload' (PDF) or 'ocr_drop'
    uploaded_at     TIMESTAMPTZ,
    loaded_at       TIMESTAMPTZ NOT NULL,
    dagster_run_id  VARCHAR     NOT NULL
);

-- One row per page per OCR pass. A pass that reproduces a stored text adds nothing.
CREATE TABLE IF NOT EXISTS raw_pages (
    doc_id             VARCHAR     NOT NULL,
    page_num           INTEGER     NOT NULL,           -- 1-based
    batch_id           VARCHAR     NOT NULL,
    text               VARCHAR     NOT NULL,           -- normalised; span offsets refer to it
    text_raw           VARCHAR,                        -- engine output before cleaning, if different
    text_sha256        VARCHAR     NOT NULL,           -- sha256(text), computed at load
    char_count         INTEGER     NOT NULL,
    ocr_engine         VARCHAR     NOT NULL,
    ocr_model_version  VARCHAR     NOT NULL,
    ocr_runtime_ms     DOUBLE,
    ocr_run_id         VARCHAR     NOT NULL,           -- the pass that produced the text
    loaded_at          TIMESTAMPTZ NOT NULL,
    dagster_run_id     VARCHAR     NOT NULL,
    PRIMARY KEY (doc_id, page_num, ocr_engine, ocr_model_version, text_sha256)
);

-- Documents that could not be loaded, with the reason; the rest of their batch still loads.
CREATE TABLE IF NOT EXISTS raw_quarantine (
    batch_id        VARCHAR     NOT NULL,
    doc_id          VARCHAR,
    object_key      VARCHAR     NOT NULL,
    filename        VARCHAR,
    doc_sha256      VARCHAR,
    reason          VARCHAR     NOT NULL,
    detected_at     TIMESTAMPTZ NOT NULL,
    dagster_run_id  VARCHAR     NOT NULL
);

-- The page text Argilla should show: the latest OCR pass per (doc_id, page_num).
CREATE OR REPLACE VIEW vw_argilla_pages AS
SELECT doc_id, page_num, batch_id, text, text_sha256, char_count, ocr_engine, ocr_model_version,
       ocr_run_id, loaded_at
FROM raw_pages
QUALIFY row_number() OVER (
    PARTITION BY doc_id, page_num ORDER BY loaded_at DESC, ocr_run_id DESC
) = 1;
