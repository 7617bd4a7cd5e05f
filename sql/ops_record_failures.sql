-- Record the failures staged in _incoming_failures (batch_id, doc_id, stage, error, failed_at,
-- dagster_run_id, job_name). The same (run, stage, document) is recorded once, so a sensor
-- tick that is retried, or a quarantine imported twice, adds nothing.
INSERT INTO failure_ledger BY NAME
SELECT i.batch_id, i.doc_id, i.stage, i.error,
       1 + (SELECT count(*) FROM failure_ledger AS e
            WHERE e.batch_id = i.batch_id AND e.stage = i.stage
              AND e.doc_id IS NOT DISTINCT FROM i.doc_id)
       + (row_number() OVER (PARTITION BY i.batch_id, i.doc_id, i.stage ORDER BY i.failed_at) - 1)
                                                        AS attempt,
       i.failed_at, i.dagster_run_id, i.job_name
FROM (SELECT DISTINCT * FROM _incoming_failures) AS i
WHERE NOT EXISTS (
    SELECT 1 FROM failure_ledger AS e
    WHERE e.dagster_run_id = i.dagster_run_id AND e.stage = i.stage
      AND e.doc_id IS NOT DISTINCT FROM i.doc_id
);
SELECT count(*) FROM failure_ledger WHERE dagster_run_id IN (SELECT dagster_run_id FROM _incoming_failures);
