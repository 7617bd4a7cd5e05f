-- Append one export run from _incoming_pages / _incoming_spans (sql/load_annotated_parquet.sql)
-- under export_run_id, plus its audit row. The primary keys make a second load of the same run
-- fail instead of duplicating rows. Variables: export_run_id, argilla_dataset, batch_id,
-- labelset_version, guideline_revision, source, pages_uri, spans_uri, dagster_run_id.
INSERT INTO annotations_pages BY NAME
SELECT getvariable('export_run_id') AS export_run_id, * EXCLUDE (export_run_id)
FROM _incoming_pages;

INSERT INTO annotations_spans BY NAME
SELECT getvariable('export_run_id') AS export_run_id, * EXCLUDE (export_run_id)
FROM _incoming_spans;

INSERT INTO annotations_exports BY NAME
SELECT getvariable('export_run_id')       AS export_run_id,
       getvariable('argilla_dataset')     AS argilla_dataset,
       getvariable('batch_id')            AS batch_id,
       now()                              AS exported_at,
       (SELECT count(*) FROM _incoming_pages)  AS record_count,
       (SELECT count(*) FROM _incoming_spans)  AS span_count,
       (SELECT sha256(coalesce(string_agg(content_sha256, ',' ORDER BY argilla_record_id, annotator_id), ''))
        FROM _incoming_pages)             AS checksum,
       getvariable('labelset_version')    AS labelset_version,
       getvariable('guideline_revision')  AS guideline_revision,
       getvariable('source')              AS source,
       getvariable('pages_uri')           AS pages_uri,
       getvariable('spans_uri')           AS spans_uri,
       getvariable('dagster_run_id')      AS dagster_run_id;
