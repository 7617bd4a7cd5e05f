-- The suggestion_quality rows of a dataset's latest export run, as the asset shows them.
-- By hand:  SET VARIABLE dataset = 'vessels_ocr_b1';  .read sql/suggestion_quality_latest.sql
SELECT *
FROM suggestion_quality
WHERE argilla_dataset = getvariable('dataset')
  AND export_run_id = (
      SELECT max(export_run_id) FROM annotations_exports
      WHERE argilla_dataset = getvariable('dataset')
  )
ORDER BY agent, label;
