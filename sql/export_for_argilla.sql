-- The pages of one batch as Argilla should show them: the best pass per page (vw_argilla_pages).
-- The `argilla_pages` asset writes this result to
-- argilla/in/vessels_ocr_<batch_id>/pages/pages.parquet. By hand:
--   SET VARIABLE batch_id = 'my-batch';
--   COPY (FROM query_table('vw_argilla_pages') WHERE batch_id = getvariable('batch_id'))
--   TO 'pages.parquet';   -- or .read this file to see the rows
SELECT p.doc_id,
       p.page_num,
       p.text,
       p.text_sha256,
       p.batch_id,
       p.ocr_engine,
       p.ocr_model_version,
       d.object_key,
       d.filename,
       d.source
FROM vw_argilla_pages AS p
JOIN raw_documents AS d USING (doc_id)
WHERE p.batch_id = getvariable('batch_id')
ORDER BY p.doc_id, p.page_num;
