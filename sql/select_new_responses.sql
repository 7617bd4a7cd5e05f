-- From candidate responses (_candidate_pages / _candidate_spans, staged by the caller) keep the
-- (record, annotator) states that differ from the latest stored one: _new_pages / _new_spans.
-- An unchanged response (same content_sha256 as its latest state) is never stored twice.
-- content_sha256 leaves the annotator's username out: a renamed user is not a changed response.
CREATE OR REPLACE TEMP TABLE _new_pages AS
WITH latest AS (
    SELECT argilla_dataset, argilla_record_id, annotator_id,
           arg_max(content_sha256, export_run_id) AS content_sha256
    FROM annotations_pages
    GROUP BY ALL
)
SELECT c.*
FROM _candidate_pages AS c
LEFT JOIN latest AS l USING (argilla_dataset, argilla_record_id, annotator_id)
WHERE l.content_sha256 IS DISTINCT FROM c.content_sha256;

CREATE OR REPLACE TEMP TABLE _new_spans AS
SELECT s.*
FROM _candidate_spans AS s
SEMI JOIN _new_pages AS p USING (argilla_dataset, argilla_record_id, annotator_id);
