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

-- One row per page text the first time a succeeded push put it into its dataset (re-pushing
-- the same text adds nothing): records in Argilla per document, and OCR-to-Argilla latency.
CREATE TABLE IF NOT EXISTS argilla_pushed_records (
    dataset          VARCHAR     NOT NULL,   -- vessels_ocr_<batch_id>
    batch_id         VARCHAR     NOT NULL,
    record_id        VARCHAR     NOT NULL,   -- <doc_id>:<page_num>
    doc_id           VARCHAR     NOT NULL,
    page_num         INTEGER     NOT NULL,
    text_sha256      VARCHAR     NOT NULL,   -- sha256 of the text as pushed
    records_sha256   VARCHAR     NOT NULL,   -- the records file that carried it
    pushed_at        TIMESTAMPTZ NOT NULL,   -- when that push was recorded as succeeded
    dagster_run_id   VARCHAR     NOT NULL,
    PRIMARY KEY (dataset, record_id, text_sha256)
);

-- One row per export run that loaded something. export_run_id is the central monotonic counter:
-- max + 1, taken inside the loading transaction (writers of md_annotated share one pool).
CREATE TABLE IF NOT EXISTS annotations_exports (
    export_run_id       BIGINT      NOT NULL PRIMARY KEY,
    argilla_dataset     VARCHAR     NOT NULL,
    batch_id            VARCHAR     NOT NULL,
    exported_at         TIMESTAMPTZ NOT NULL,
    record_count        INTEGER     NOT NULL,   -- (record, annotator) responses in this run
    span_count          INTEGER     NOT NULL,
    checksum            VARCHAR     NOT NULL,   -- sha256 over the run's sorted content hashes
    labelset_version    VARCHAR     NOT NULL,
    guideline_revision  VARCHAR     NOT NULL,   -- sha256[:12] of the dataset's guidelines text
    source              VARCHAR     NOT NULL,   -- 'argilla-api' or the export file's object key
    pages_uri           VARCHAR     NOT NULL,   -- argilla/out/…/export_run_id=<n>/pages.parquet
    spans_uri           VARCHAR     NOT NULL,
    dagster_run_id      VARCHAR     NOT NULL
);

-- One row per (record, annotator) response state: a run holds only states new since the last.
CREATE TABLE IF NOT EXISTS annotations_pages (
    export_run_id       BIGINT      NOT NULL,
    argilla_dataset     VARCHAR     NOT NULL,
    argilla_record_id   VARCHAR     NOT NULL,   -- <doc_id>:<page_num>
    doc_id              VARCHAR     NOT NULL,
    page_num            INTEGER     NOT NULL,
    text_sha256         VARCHAR     NOT NULL,
    annotator_id        VARCHAR     NOT NULL,   -- Argilla user id
    response_status     VARCHAR     NOT NULL,   -- 'submitted' | 'discarded'
    submitted_at        TIMESTAMPTZ,
    unsure              VARCHAR,
    notes               VARCHAR,
    span_count          INTEGER     NOT NULL,
    content_sha256      VARCHAR     NOT NULL,   -- status, answers and spans: equal means unchanged
    record_json         VARCHAR,                -- optional: the response as exported
    PRIMARY KEY (export_run_id, argilla_dataset, argilla_record_id, annotator_id)
);

CREATE TABLE IF NOT EXISTS annotations_spans (
    export_run_id       BIGINT      NOT NULL,
    argilla_dataset     VARCHAR     NOT NULL,
    argilla_record_id   VARCHAR     NOT NULL,
    span_id             VARCHAR     NOT NULL,   -- <record>:<sha1(annotator|start|end|label)[:12]>
    doc_id              VARCHAR     NOT NULL,
    page_num            INTEGER     NOT NULL,
    label               VARCHAR     NOT NULL,
    "start"             INTEGER     NOT NULL,
    "end"               INTEGER     NOT NULL,
    text                VARCHAR,                -- re-derived: page_text[start:end]
    annotator_id        VARCHAR     NOT NULL,
    validation_status   VARCHAR     NOT NULL,   -- 'valid' | 'invalid'
    validation_error    VARCHAR,                -- why, when invalid (IMO check digit, …)
    PRIMARY KEY (export_run_id, argilla_record_id, span_id)
);

-- The annotator's Argilla username beside the id (null for rows stored before it was read, or
-- when the export's key may not list the workspace's users). Not part of content_sha256.
ALTER TABLE annotations_pages ADD COLUMN IF NOT EXISTS annotator_username VARCHAR;
ALTER TABLE annotations_spans ADD COLUMN IF NOT EXISTS annotator_username VARCHAR;

-- How each agent's suggestions fared against the SMEs' final spans, per label, for one export
-- run of a dataset (sql/suggestion_quality.sql). Appended once per (dataset, export_run_id).
CREATE TABLE IF NOT EXISTS suggestion_quality (
    argilla_dataset     VARCHAR     NOT NULL,
    batch_id            VARCHAR     NOT NULL,
    export_run_id       BIGINT      NOT NULL,   -- the dataset's latest export run when computed
    agent               VARCHAR     NOT NULL,   -- rules-v2, llm:<model>, model-<version>
    label               VARCHAR     NOT NULL,
    pages               INTEGER     NOT NULL,   -- pages with a final submitted answer
    suggested           INTEGER     NOT NULL,   -- the agent's spans on those pages
    gold                INTEGER     NOT NULL,   -- the SMEs' final spans
    accepted            INTEGER     NOT NULL,   -- suggested spans kept unchanged
    edited              INTEGER     NOT NULL,   -- overlapped by a final span of other bounds or label
    rejected            INTEGER     NOT NULL,   -- overlapping no final span
    missed              INTEGER     NOT NULL,   -- final spans no suggestion of this label overlaps
    precision_exact     DOUBLE,
    recall_exact        DOUBLE,
    precision_overlap   DOUBLE,
    recall_overlap      DOUBLE,
    computed_at         TIMESTAMPTZ NOT NULL,
    dagster_run_id      VARCHAR     NOT NULL,
    PRIMARY KEY (argilla_dataset, export_run_id, agent, label)
);

-- Every promotion decision on a trained extractor, promoted or refused, with its figures.
CREATE TABLE IF NOT EXISTS extractor_promotions (
    version             VARCHAR     NOT NULL,   -- models/extractor/<version>/
    decided_at          TIMESTAMPTZ NOT NULL,
    promoted            BOOLEAN     NOT NULL,
    reason              VARCHAR     NOT NULL,
    trigger             VARCHAR     NOT NULL,   -- why it was trained: pages, acceptance, nightly, manual
    train_pages         INTEGER     NOT NULL,
    holdout_pages       INTEGER     NOT NULL,
    holdout_documents   INTEGER     NOT NULL,
    f1_candidate        DOUBLE      NOT NULL,   -- exact-span F1 on the held-back pages
    f1_promoted         DOUBLE,                 -- the version promoted before, on the same pages
    f1_rules            DOUBLE      NOT NULL,
    previous_version    VARCHAR,
    label_f1            VARCHAR     NOT NULL,   -- JSON {label: {candidate, promoted, gold}}
    annotated_pages     INTEGER     NOT NULL,   -- verified pages known when trained
    dagster_run_id      VARCHAR     NOT NULL,
    PRIMARY KEY (version, decided_at)
);

-- The final answer per page of each dataset: the latest response (submitted_at, then export
-- run; the annotator id breaks ties). What training and suggestion quality take as gold when
-- its status is 'submitted'; a discarded page counts for nobody.
CREATE OR REPLACE VIEW vw_final_answers AS
SELECT *
FROM annotations_pages
QUALIFY row_number() OVER (
    PARTITION BY argilla_dataset, argilla_record_id
    ORDER BY submitted_at DESC NULLS LAST, export_run_id DESC, annotator_id
) = 1;
