-- Stage one export run's Parquet files (seed 002 step 6) into _incoming_pages / _incoming_spans.
-- By hand:  SET VARIABLE pages_glob = 'argilla/out/vessels_ocr_B/export_run_id=7/pages.parquet';
--           SET VARIABLE spans_glob = 'argilla/out/vessels_ocr_B/export_run_id=7/spans.parquet';
--           .read sql/load_annotated_parquet.sql
--           then .read sql/argilla_export_loader_from_staged.sql
CREATE OR REPLACE TEMP TABLE _incoming_pages AS
FROM read_parquet(getvariable('pages_glob'));

CREATE OR REPLACE TEMP TABLE _incoming_spans AS
FROM read_parquet(getvariable('spans_glob'));
