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

-- Added with OCR inside the raw load: where the text came from, and the engine's confidence.
-- Rows loaded before have no text_source: they are text layers (or OCR drops: ocr_engine says).
ALTER TABLE raw_pages ADD COLUMN IF NOT EXISTS text_source VARCHAR;     -- text_layer, ocr, ocr_drop
ALTER TABLE raw_pages ADD COLUMN IF NOT EXISTS ocr_confidence DOUBLE;   -- mean word confidence 0-1

-- Pages that got no text from a pass, with the reason (an OCR failure, a page with no area...);
-- their document still loads.
CREATE TABLE IF NOT EXISTS raw_page_failures (
    batch_id        VARCHAR     NOT NULL,
    doc_id          VARCHAR     NOT NULL,
    page_num        INTEGER     NOT NULL,
    stage           VARCHAR     NOT NULL,              -- 'ocr'
    ocr_engine      VARCHAR,
    reason          VARCHAR     NOT NULL,
    detected_at     TIMESTAMPTZ NOT NULL,
    dagster_run_id  VARCHAR     NOT NULL
);

-- Documents not loaded because their content already is (sql/find_duplicate_documents.sql):
-- the same PDF bytes under another doc_id, or an OCR drop document another batch loaded. Their
-- pages are not stored again, so nothing is pushed to Argilla or annotated twice.
CREATE TABLE IF NOT EXISTS raw_duplicates (
    batch_id               VARCHAR     NOT NULL,   -- the batch the repeat arrived in
    doc_id                 VARCHAR     NOT NULL,   -- the repeat's own doc_id
    object_key             VARCHAR,
    filename               VARCHAR,
    doc_sha256             VARCHAR,
    duplicate_of_doc_id    VARCHAR     NOT NULL,   -- the document that holds the content
    duplicate_of_batch_id  VARCHAR     NOT NULL,
    detected_at            TIMESTAMPTZ NOT NULL,
    dagster_run_id         VARCHAR     NOT NULL
);

-- The page text Argilla should show, one pass per (doc_id, page_num): a pass with text that is
-- not the load's own OCR (a text layer, or an OCR drop someone delivered for the page) over the
-- load's OCR, then the latest. The load stores its OCR beside a text layer only when the layer
-- was usable (OCEANID_OCR=always); an unusable layer is replaced, not stored.
CREATE OR REPLACE VIEW vw_argilla_pages AS
SELECT doc_id, page_num, batch_id, text, text_sha256, char_count, ocr_engine, ocr_model_version,
       ocr_run_id, loaded_at, coalesce(text_source, 'text_layer') AS text_source, ocr_confidence
FROM raw_pages
QUALIFY row_number() OVER (
    PARTITION BY doc_id, page_num
    ORDER BY text_source IS DISTINCT FROM 'ocr' AND char_count > 0 DESC,
             loaded_at DESC, ocr_run_id DESC
) = 1;
